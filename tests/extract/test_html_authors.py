"""Author resolution on invented pages: stated names bound a visible byline, handles and the
publisher are not extra people, capitalised surnames stay."""
from selectolax.lexbor import LexborHTMLParser

from tidings.extract import fields
from tidings.extract.html import extract_html
from tidings.extract.walk import Walker

_BODY = "<p>" + "The county board voted on Tuesday to rebuild the old river bridge before winter. " * 6 + "</p>"


def _page(head: str = "", byline: str = "") -> str:
    return (f"<html lang='en'><head><title>Bridge to be rebuilt</title>{head}</head><body><article>"
            f"<h1>Bridge to be rebuilt</h1>{byline}{_BODY}</article></body></html>")


def test_capitalised_surname_kept():
    assert fields.clean_author("Marie-Claire DUVALIER", loose=True) == ["Marie-Claire DUVALIER"]
    assert fields.clean_author("Paul Henri MARTINEZ") == ["Paul Henri MARTINEZ"]
    # A desk after the name is still cut.
    assert fields.clean_author("Jane Doe NDR KULTUR") == ["Jane Doe"]


def test_handle_duplicating_a_name_is_dropped():
    head = '<meta name="author" content="Tomas Reyes"><meta name="author" content="tomas-reyes">'
    assert extract_html(_page(head=head), "p.html").authors == ["Tomas Reyes"]


def test_stated_name_bounds_a_byline_running_into_the_job_line():
    head = '<meta name="author" content="Lena Fischbach">'
    byline = ('<div class="byline">By <a href="/authors/lena">Lena Fischbach</a>'
              '<span class="job-title">Travel Correspondent</span></div>')
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Lena Fischbach"]


def test_publisher_beside_people_is_dropped_but_kept_alone():
    head = ('<meta property="og:site_name" content="Kestrel Voice">'
            '<meta name="author" content="Kestrel Voice"><meta name="author" content="Omar Lindqvist">')
    assert extract_html(_page(head=head), "p.html").authors == ["Omar Lindqvist"]
    alone = '<meta property="og:site_name" content="Kestrel Voice"><meta name="author" content="Kestrel Voice">'
    assert extract_html(_page(head=alone), "p.html").authors == ["Kestrel Voice"]


def test_byline_nested_in_the_date_line():
    byline = ('<div class="posted-on">Posted on <time datetime="2024-03-02">2 March 2024</time> '
              '<span class="by-author">by <span class="author vcard"><a class="url fn n" href="/author/ines/">'
              'Ines Marlowe</a></span></span></div>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Ines Marlowe"]


def test_stated_desk_or_unusual_name_is_kept_whole():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Redaktion"}}</script>')
    assert extract_html(_page(head=ld), "p.html").authors == ["Redaktion"]
    head = '<meta name="author" content="Lena petrova">'
    assert extract_html(_page(head=head), "p.html").authors == ["Lena petrova"]


def test_forum_posting_author_handle():
    ld = ('<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Bridge to be '
          'rebuilt", "author": {"@type": "Person", "name": "riverfan77"}}</script>')
    assert extract_html(_page(head=ld), "p.html").authors == ["riverfan77"]


def test_publication_name_after_the_person_is_cut():
    head = '<meta property="og:site_name" content="Harbor Herald">'
    byline = '<div class="byline">By Tom Reed Harbor Herald Staff</div>'
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Tom Reed"]
    assert fields.clean_author("Harbor Herald - Tom Reed", house=("Harbor Herald",)) == ["Tom Reed"]
    # A blog named after its author keeps the name.
    assert fields.clean_author("By Tom Reed, Lisbon", house=("Tom Reed",)) == ["Tom Reed"]


def test_von_inside_a_headline_or_sentence_is_no_byline():
    page = ("<html><head><title>Rettung von Booten und Fähren</title></head><body><article>"
            "<h1>Rettung von Booten und Fähren</h1>"
            "<p>Die Helfer, die von Kiel kamen, brachten die Boote sicher in den Hafen zurück.</p>"
            + _BODY + "</article></body></html>")
    assert extract_html(page, "p.html").authors == []


def test_byline_after_a_date_and_copyright_lines():
    assert fields.clean_author("12.03.2023 14:10 von Jana Berg") == ["Jana Berg"]
    assert fields.clean_author("News | by Jana Berg") == ["Jana Berg"]
    assert fields.clean_author("© Getty Images/Kontributor") == []


def test_author_in_a_data_script_is_a_last_resort():
    script = '<script>var dl = {"page_type": "article", "author": "Mara Olsen"};</script>'
    assert extract_html(_page(head=script), "p.html").authors == ["Mara Olsen"]
    label = '<script>var form = {"author": "Name", "email": "E-Mail"};</script>'
    assert extract_html(_page(head=label), "p.html").authors == []


def test_byline_in_an_aside_beside_the_article():
    byline = '<aside class="meta"><p class="authors">Von <a class="author-name" href="/a/k">Karl Hopp</a></p></aside>'
    assert extract_html(_page(byline=byline), "p.html").authors == ["Karl Hopp"]


def test_label_then_name_in_the_next_element():
    byline = '<section class="info"><h4>Autor</h4><p><a href="/p/ida">Ida Sommer</a>,</p></section>'
    assert extract_html(_page(byline=byline), "p.html").authors == ["Ida Sommer"]


def test_signature_below_the_article():
    page = ("<html><head><title>Bridge to be rebuilt</title></head><body><article><h1>Bridge to be rebuilt</h1>"
            + _BODY + "<div>Von:<br><br>Henrik Vogt</div></article><footer><p>Impressum</p></footer></body></html>")
    assert extract_html(page, "p.html").authors == ["Henrik Vogt"]
    signed = ("<html><head><title>Bridge to be rebuilt</title></head><body><article><h1>Bridge to be rebuilt</h1>"
              + _BODY + "<p><strong>Autorin: Mira Kessel, Projektleiterin in Tunis.</strong></p></article></body></html>")
    art = extract_html(signed, "p.html")
    assert art.authors == ["Mira Kessel"]
    assert "Projektleiterin" not in art.text


def test_picture_credit_and_form_labels_are_no_writers():
    assert fields.clean_author("Text von Lea Brandt Illustration von Max Ott") == ["Lea Brandt"]
    assert fields.clean_author("~ Cem Yilmaz") == ["Cem Yilmaz"]
    assert fields.clean_author("Name (erforderlich)") == []


def test_fuller_byline_beats_a_one_person_jsonld():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Rosa Lind"}}</script>')
    byline = '<div class="byline">von Rosa Lind, Theo Brandt</div>'
    assert extract_html(_page(head=ld, byline=byline), "p.html").authors == ["Rosa Lind", "Theo Brandt"]


def test_desk_after_a_dash_is_cut_from_the_last_name():
    raw = "Posted by Ana Ruiz, Ben Okafor and Kiran C Nair - Bridge Safety team"
    assert fields.clean_author(raw) == ["Ana Ruiz", "Ben Okafor", "Kiran C Nair"]


def test_commenters_in_furniture_are_no_byline():
    aside = ('<aside class="sidebar"><ul><li><span class="author">Ola Berg</span></li>'
             '<li><span class="author">Ines Walt</span></li><li><span class="author">Tim Roos</span></li></ul></aside>')
    assert extract_html(_page(byline=aside), "p.html").authors == []


def test_link_labels_after_a_name_are_cut():
    assert fields.clean_author("Klaus Friedmann Tags") == ["Klaus Friedmann"]
    assert fields.clean_author("Antworten") == []
    assert fields.clean_author("Anzahl der Kommentare") == []


def _dated_page(line: str) -> str:
    return ("<html lang='de'><head><title>Neue Brücke</title></head><body><main>"
            f"<small>{line}</small><h1>Neue Brücke über den Fluss</h1>"
            "<p>" + "Der Kreistag hat am Dienstag beschlossen, die alte Brücke vor dem Winter neu zu bauen. " * 6
            + "</p></main></body></html>")


def test_name_after_the_date_line_is_the_byline():
    assert extract_html(_dated_page("04.02.2022 | 13:10 Uhr | Greta Vollmer"), "p.html").authors == ["Greta Vollmer"]
    assert extract_html(_dated_page("25.10.2022 - Redaktion: Anton Weiß (Pressesprecher)"), "p.html").authors == ["Anton Weiß"]


def test_section_after_the_date_line_is_no_author():
    assert extract_html(_dated_page("04.02.2022 | Politik"), "p.html").authors == []
    # A sentence after a date is text, not a signature.
    assert extract_html(_dated_page("04.02.2022 - Der Kreistag tagt heute"), "p.html").authors == []


def test_first_name_profile_takes_the_fuller_byline():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Person", "name": "Jonas"}}</script>')
    page = _page(head=head, byline='<p class="byline">By Jonas Ebersbach</p>')
    assert extract_html(page, "p.html").authors == ["Jonas Ebersbach"]


def test_agency_acronym_is_not_a_first_name():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Person", "name": "SID"}}</script>')
    page = _page(head=head, byline='<p class="byline">By SID Sportdienst</p>')
    assert extract_html(page, "p.html").authors == ["SID"]


def _signed_page(box: str) -> str:
    return ("<html lang='de'><head><title>Neue Brücke</title></head><body><main><h1>Neue Brücke über den Fluss</h1>"
            + "<p>Der Kreistag hat am Dienstag beschlossen, die alte Brücke vor dem Winter neu zu bauen.</p>" * 5
            + f"<p>{box}</p></main></body></html>")


def test_author_line_in_a_labelled_box():
    box = "Datum: 19.11.2021<br>Autor: Greta Vollmer<br>Quelle: Kreisblatt"
    assert extract_html(_signed_page(box), "p.html").authors == ["Greta Vollmer"]
    # Such boxes also hold places and times: only a full name is an author.
    box = "Datum: 19.11.2021<br>Autor: Zeit<br>Ort: Rathaus"
    assert extract_html(_signed_page(box), "p.html").authors == []


def test_desk_keeps_its_whole_name():
    head = ('<meta property="og:site_name" content="Kreisblatt">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Person", "name": "Kreisblatt Redaktion"}}</script>')
    assert extract_html(_page(head=head), "p.html").authors == ["Kreisblatt Redaktion"]
    # A person named in the same slot is still cleaned as a name.
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Person", "name": "By Greta Vollmer"}}</script>')
    assert extract_html(_page(head=head), "p.html").authors == ["Greta Vollmer"]


def test_drupal_author_field_is_the_byline():
    byline = ('<div class="field field--name-field-term-author field--type-entity-reference field--label-hidden">'
              '<a href="/team/greta-vollmer">Greta Vollmer</a></div>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Greta Vollmer"]
    # Another Drupal field beside the article is no byline.
    other = ('<div class="field field--name-field-term-region field--label-hidden">'
             '<a href="/region/nord">Kreis Nord</a></div>')
    assert extract_html(_page(byline=other), "p.html").authors == []


def test_cms_default_account_gives_way_to_the_byline():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Person", "name": "wpadmin"}}</script>')
    byline = '<p class="byline">By Greta Vollmer</p>'
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Greta Vollmer"]
    assert extract_html(_page(head='<meta name="author" content="admin">'), "p.html").authors == []


def test_placeholder_words_name_no_author():
    for word in ("publisher", "red.", "anónimo", "Unbenannt"):
        head = f'<meta name="author" content="{word}">'
        assert extract_html(_page(head=head), "p.html").authors == [], word
    assert extract_html(_page(byline="<p>Autor: red</p>"), "p.html").authors == []


def test_desk_with_a_hyphen_or_a_lower_case_name_is_kept_whole():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "KV-Redaktion"}}</script>')
    assert extract_html(_page(head=ld), "p.html").authors == ["KV-Redaktion"]
    byline = '<div class="byline">von <a href="/team">kestrel-net Webteam</a></div>'
    assert extract_html(_page(byline=byline), "p.html").authors == ["kestrel-net Webteam"]


def test_house_name_in_a_caseless_script():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "NewsMediaOrganization", "name": "नगर समाचार"}}</script>')
    assert extract_html(_page(head=ld), "p.html").authors == ["नगर समाचार"]


def test_longer_site_name_keeps_the_shorter_one_from_cutting_the_byline():
    head = '<meta property="og:site_name" content="Das Nachtcafe">'
    byline = '<div class="byline">von Das Nachtcafe</div>'
    authors = extract_html(_page(head=head, byline=byline), "https://nachtcafe.example.org/a.html").authors
    assert authors != ["Das"]


def test_name_labelled_editor_is_not_the_author():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Sari Wulandari"}}</script>')
    byline = ('<div class="author">Budi Santoso</div>'
              '<div class="editor author-editor">Editor : Sari Wulandari</div>')
    assert extract_html(_page(head=ld, byline=byline), "p.html").authors == ["Budi Santoso"]


def test_author_links_split_a_byline_that_runs_names_together():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Kari Nordvik Lunde"}}</script>')
    byline = ('<div class="byline"><a rel="author" href="/a/1">Ola Strand</a>'
              '<a rel="author" href="/a/2">Kari Nordvik Lunde</a></div>')
    assert extract_html(_page(head=ld, byline=byline), "p.html").authors == ["Ola Strand", "Kari Nordvik Lunde"]
    # Author links elsewhere (teasers) are not this byline's.
    teasers = '<div class="byline">By Kari Nordvik Lunde</div><aside><a rel="author" href="/a/3">Per Holm</a></aside>'
    assert extract_html(_page(head=ld, byline=teasers), "p.html").authors == ["Kari Nordvik Lunde"]


def test_wire_service_stated_as_author_in_metadata_is_a_credit():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Associated Press"}}</script>')
    article = extract_html(_page(head=ld), "p.html")
    assert (article.authors, article.credits) == ([], ["AP"])
    head = '<meta name="author" content="Lotte Brink und Ben Adler, dpa">'
    article = extract_html(_page(head=head), "p.html")
    assert (article.authors, article.credits) == (["Lotte Brink", "Ben Adler"], ["dpa"])
    # A visible "(dpa)" or a wire name after a person's in the byline stays a credit.
    byline = '<div class="byline">Von Lotte Brink, dpa</div>'
    assert extract_html(_page(byline=byline), "p.html").authors == ["Lotte Brink"]


def test_names_two_witnesses_agree_on_outweigh_a_lone_one():
    # The CMS states the uploader in JSON-LD; meta tags and the printed byline name the writers.
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "Carla Webb"}}</script>')
    head = ld + '<meta name="author" content="Dana Holt, Evan Pike">'
    byline = '<div class="byline">By Dana Holt , Evan Pike , Channel 9</div>'
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Dana Holt", "Evan Pike"]
    # One witness against one: the stated author stands.
    assert extract_html(_page(head=ld, byline=byline), "p.html").authors == ["Carla Webb"]


def test_label_element_then_the_name_as_plain_text():
    byline = '<div class="meta"><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Henrike Vogt/SP-X</div>'
    assert extract_html(_page(byline=byline), "p.html").authors == ["Henrike Vogt"]


def test_author_list_class_and_a_brand_word_before_von():
    byline = ('<ul class="metaInfoAuthorList"><li class="metaInfoAuthorList-item">'
              '<a href="/author/mb/">Malte Brandt</a></li></ul>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Malte Brandt"]
    assert fields.clean_author("capital von Jemma Kolb 05. November 2024 15:36 Uhr") == ["Jemma Kolb"]


def test_byline_closing_the_body():
    page = _page().replace("</article>", "<p>(责编：王芳、李明)</p></article>")
    assert extract_html(page, "p.html").authors == ["王芳", "李明"]


def test_bold_signature_line_at_the_top_or_foot_of_the_body():
    top = _page().replace("<p>The county", "<p><strong>Lerato Mokoena</strong></p><p>The county", 1)
    assert extract_html(top, "p.html").authors == ["Lerato Mokoena"]
    foot = _page().replace("</article>", '<p style="text-align:right"><strong>Thu Hà / Minh Anh</strong></p></article>')
    assert extract_html(foot, "p.html").authors == ["Thu Hà", "Minh Anh"]
    # A bold subheading whose words the story repeats is no signature; nor is a product code.
    sub = _page().replace("<p>The county", "<p><strong>River Bridge</strong></p><p>The county", 1)
    assert extract_html(sub, "p.html").authors == []
    code = _page().replace("<p>The county", "<p><strong>Thermo Kx4</strong></p><p>The county", 1)
    assert extract_html(code, "p.html").authors == []


def test_desk_in_the_byline_outranks_commenters_and_posted_under_is_cut():
    page = _page(byline='<div class="byline">vom Support Team</div>').replace(
        "</article>", '</article><aside class="sidebar"><div class="author">Petra Lang</div></aside>')
    assert extract_html(page, "p.html").authors == ["Support Team"]
    near = '<p class="postmeta">Posted by Kieselstein under , | Tags: , , |</p>'
    assert extract_html(_page(byline=near), "p.html").authors == ["Kieselstein"]


def test_byline_nested_in_an_inline_wrapper():
    byline = ('<div class="info"><span class="meta--date">28. Jan. 2022</span> '
              '<span class="meta--light"><span class="author">Pia Balthasar </span></span></div>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Pia Balthasar"]


def test_bold_signature_before_a_headed_box_that_runs_on_in_the_body():
    tail = ("<p><b><i>Jonas Wendler</i></b></p><h2>Kurz gemeldet</h2>"
            "<ul><li>" + "The ferry timetable changes next week for the winter season. " * 2 + "</li></ul>")
    assert extract_html(_page().replace("</article>", tail + "</article>"), "p.html").authors == ["Jonas Wendler"]
    more = "".join(f"<p>{x} The council will publish the final plans in spring, officials said.</p>"
                   for x in ("Work starts in May.", "Traffic will be diverted.", "Costs are shared."))
    label = more + "<p><strong>OPENING HOURS</strong></p><h2>Visit</h2><p>" + "Open daily from nine to five. " * 4 + "</p>"
    assert extract_html(_page().replace("</article>", label + "</article>"), "p.html").authors == []


def test_author_box_name_before_its_profile_line():
    box = ('<div class="author">Ines Halvorsen Follow Transformationsbegleiterin und Expertin für neue Arbeit, '
           'schreibt über Teams, Führung und die Frage, wie wir morgen arbeiten wollen.</div>')
    assert extract_html(_page(byline=box), "p.html").authors == ["Ines Halvorsen"]


def test_desk_initials_with_the_wire_are_a_credit_and_no_person():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "kmt/dpa"}}</script>')
    article = extract_html(_page(head=ld), "p.html")
    assert (article.authors, article.credits) == ([], ["dpa"])
    assert fields.clean_author("06.11.2023 13:30 von Mira Symbolbild imago") == ["Mira"]


def test_copyright_line_of_a_personal_site_names_the_writer():
    page = _page().replace("</body>", '<footer><p class="copyrights-text">(c) Henrik Dahl • Impressum</p></footer></body>')
    assert extract_html(page, "p.html").authors == ["Henrik Dahl"]
    for holder in ("Die Stadtzeitung", "Deutscher Ruderverband", "KulturKaufhaus Berlin"):
        firm = _page().replace("</body>", f"<footer><p>© 2023 {holder}</p></footer></body>")
        assert extract_html(firm, "p.html").authors == [], holder


def test_time_stamp_after_a_wire_byline_is_no_part_of_a_name():
    page = _page(byline='<div class="byline">By Associated Press 12:20pm Jan 7, 2024</div>')
    a = extract_html(page, "p.html")
    assert a.authors == [] and "AP" in a.credits


def test_english_byline_tails_are_no_part_of_the_name():
    # Where the story was filed and for whom are cut; a job line in other languages is no name.
    assert fields.clean_author("By Priya Raman in Nairobi") == ["Priya Raman"]
    assert fields.clean_author("By PRIYA RAMAN FOR HARBOURONLINE") == ["PRIYA RAMAN"]
    assert fields.clean_author("By Priya Raman for Example.com") == ["Priya Raman"]
    assert fields.clean_author("Autorin: Uta Weber, Projektleiterin der Stiftung in Tunesien.") == ["Uta Weber"]


def test_agency_byline_names_every_writer_before_the_wire():
    page = _page(byline='<div class="byline">By PRIYA RAMAN and TOMAS REYES Associated Press</div>')
    a = extract_html(page, "p.html")
    assert (a.authors, a.credits) == (["PRIYA RAMAN", "TOMAS REYES"], ["AP"])
    assert fields.clean_author("By Priya Raman with Tomas Reyes") == ["Priya Raman", "Tomas Reyes"]
    assert fields.clean_author("By Priya Raman with Agencies") == ["Priya Raman"]


def test_job_title_printed_beside_the_name_goes_whole():
    # Name and title in two elements read as one line: the title's opening word goes with it.
    byline = ('<div class="byline"><a class="author-name" href="/a/pr">Priya Raman</a>'
              '<span class="role">Transport reporter</span></div>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Priya Raman"]
    assert fields.clean_author("Priya Raman Political Correspondent") == ["Priya Raman"]
    assert fields.clean_author("Priya Anne Raman Reporter") == ["Priya Anne Raman"]
    # One title joined by "and" is not a second writer.
    assert fields.clean_author("By Priya Raman Health and Science Editor") == ["Priya Raman"]


def test_metadata_lists_every_writer_a_run_on_byline_prints():
    head = ''.join(f'<meta name="author" content="{n}">' for n in ("Priya Raman", "Tomas Reyes", "Ines Marlowe"))
    byline = ('<div class="byline">By Priya Raman News Reporter Tomas Reyes News Reporter Ines Marlowe '
              'Updated 20:49, 5 Aug 2024</div>')
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Priya Raman", "Tomas Reyes",
                                                                               "Ines Marlowe"]
    # A publisher the metadata adds, not printed in the byline, stays out.
    head = '<meta name="author" content="Harbour Media Group"><meta name="author" content="Priya Raman">'
    assert extract_html(_page(head=head, byline='<p class="byline">By Priya Raman</p>'), "p.html").authors == [
        "Priya Raman"]


def test_site_name_spelled_as_its_handle_is_the_house_not_the_byline():
    # og:site_name "ElFaro" (the handle's spelling) and the author field "El Faro" are one name:
    # the printed byline, nested in the date block, names the writer.
    head = ('<meta property="og:site_name" content="ElFaro">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
            ' "author": {"@type": "Organization", "name": "El Faro"}}</script>')
    byline = ('<div class="block-date"><div class="tools"><div class="autor"><h6>Marta Quiroga Salas | '
              'Publicado hace 3 horas</h6></div></div></div>')
    assert extract_html(_page(head=head, byline=byline), "p.html").authors == ["Marta Quiroga Salas"]


def test_byline_marked_by_a_test_id_with_the_role_beside_the_name():
    # React themes name their parts in data-testid only; the name and its job line are two elements.
    byline = ('<div data-testid="byline-new-contributors"><div><span>Priya Raman</span></div>'
              '<div><span>Political correspondent</span></div></div>')
    assert extract_html(_page(byline=byline), "p.html").authors == ["Priya Raman"]


def test_outlet_after_the_names_is_no_person():
    assert fields.clean_author("By Priya Raman, HBC Business") == ["Priya Raman"]
    assert fields.clean_author("Priya Raman and Tomas Reyes, The Harbour Post") == ["Priya Raman", "Tomas Reyes"]
    assert fields.clean_author("By Priya Raman, HARBOUR TODAY") == ["Priya Raman"]
    # Names in capitals, and initials leading a name, are still people.
    assert fields.clean_author("PRIYA RAMAN, TOMAS REYES") == ["PRIYA RAMAN", "TOMAS REYES"]
    assert fields.clean_author("Priya Raman, AJ Reyes") == ["Priya Raman", "AJ Reyes"]


def test_byline_of_a_teaser_card_before_the_story_is_not_the_byline():
    card = ("<section class='strip'><div class='card'><h3><a href='/s'>School board cuts its budget by a tenth</a>"
            "</h3><p class='byline'>By Tomas Reyes</p></div></section>")
    page = _page(byline="<p class='byline'>By Priya Raman</p>").replace("<article>", card + "<article>")
    assert extract_html(page, "p.html").authors == ["Priya Raman"]


def test_place_after_the_outlet_in_a_byline_is_no_person():
    head = '<meta property="og:site_name" content="HBC News">'
    page = _page(head=head, byline="<p>By Priya Raman, HBC News, New York</p>")
    assert extract_html(page, "p.html").authors == ["Priya Raman"]
    assert fields.clean_author("By Priya Raman, HBC News, New York") == ["Priya Raman"]
    # "and" after a job title still brings in the next writer; a wire among names breaks nothing.
    raw = "By Priya Raman, Senior Correspondent, and Tomas Reyes, Health Editor"
    assert fields.clean_author(raw) == ["Priya Raman", "Tomas Reyes"]
    assert fields.clean_author("Priya Raman, Reuters, Tomas Reyes") == ["Priya Raman", "Tomas Reyes"]


def test_script_authors_finds_what_a_scan_of_every_position_finds():
    """script_authors tries the pattern only near the word 'author' (for speed); on pages
    built from the pieces data scripts are made of it must return what a plain scan does,
    in the same order, with at most three names."""
    import random

    from tidings.extract.htmlfields import script_authors
    from tidings.extract.meta import SCRIPT_AUTHOR

    pieces = ["author", '"author"', "'authors'", "article_author", '"content_author"',
              "authorName", ":", "=", " = ", '"Jane Doe"', "'Bob Roe'", "[", "]", " ", "x",
              "AUTHOR", '"', "'", "\n"]
    rng = random.Random(7)
    found = 0
    for _ in range(5000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        scanned = [m.group(2) for m in SCRIPT_AUTHOR.finditer(page)][:3]
        assert script_authors(page) == scanned, page
        found += bool(scanned)
    assert found > 500  # the generated pages do hold authors


def test_fact_box_label_styled_apart_without_colon():
    # A fact box below the story: the label in <strong>, no colon, the name after it.
    box = ("<ul class='facts'><li><strong>Datum</strong> 14.03.2024</li>"
           "<li><strong>Autorin/Autor</strong> Greta Hallberg</li></ul>")
    page = (f"<html lang='de'><head><title>Brücke wird neu gebaut</title></head><body><article>"
            f"<h1>Brücke wird neu gebaut</h1>{_BODY}</article>{box}</body></html>")
    assert extract_html(page, "p.html").authors == ["Greta Hallberg"]
    # A sentence that opens with the word is no labelled line.
    prose = "<ul class='facts'><li>Author of the plan was the county board</li></ul>"
    page = page.replace(box, prose)
    assert extract_html(page, "p.html").authors == []


def test_name_before_the_date_line_above_the_story():
    top = "<div class='meta'>Selin Aksoy | 05.04.2025 - Güncelleme : 05.04.2025</div>"
    assert extract_html(_page(byline=top), "p.html").authors == ["Selin Aksoy"]
    # A section name before the date is no person.
    section = "<div class='meta'>Deutsche Politik | 05.04.2025</div>"
    assert extract_html(_page(byline=section), "p.html").authors == []


def test_signature_before_the_story_numbered_notes():
    # Several stories on one page: the signature stands in the middle of the body.
    more = "".join(f"<p>{x} The county will fund the repairs from its reserve, the treasurer said.</p>"
                   for x in ("Repairs start in May.", "Boats will be diverted.", "Tolls stay the same."))
    tail = (more + "<p><em>Lucien Marchal</em></p><p>(1) These figures are collected by the statistics office"
            " and published every spring.</p>" + "".join(
                f"<p>{x} The council will publish the final plans in spring, officials said.</p>"
                for x in ("Work starts in May.", "Traffic will be diverted.", "Costs are shared.")))
    assert extract_html(_page().replace("</article>", tail + "</article>"), "p.html").authors == ["Lucien Marchal"]


def test_licence_line_of_a_personal_site_names_the_writer():
    footer = "<footer><p>(Creative Commons-Lizenz) 2006-2008 by Henrik Dahl<br>Hosted by Netzwerk - Theme by Kolibri</p></footer>"
    assert extract_html(_page().replace("</body>", footer + "</body>"), "p.html").authors == ["Henrik Dahl"]


def test_co_authors_in_sibling_elements_without_separators():
    # The theme adds the commas in CSS: the markup runs the names together.
    for byline in ('<div class="byline"><a href="/author/greta-hallberg">Greta Hallberg</a>'
                   '<a href="/author/jonas-wendler">Jonas Wendler</a></div>',
                   '<div class="byline">By <span class="author">Greta Hallberg</span>'
                   '<span class="author">Jonas Wendler</span></div>'):
        assert extract_html(_page(byline=byline), "p.html").authors == ["Greta Hallberg", "Jonas Wendler"]
    # A name and its job title in sibling elements stay one writer.
    job = '<div class="byline"><span>Greta Hallberg</span><span>Senior Reporter</span></div>'
    assert extract_html(_page(byline=job), "p.html").authors == ["Greta Hallberg"]


def test_signature_names_with_particles():
    foot = _page().replace("</article>", '<p style="text-align:right"><strong>Jean de la Fontaine</strong></p></article>')
    assert extract_html(foot, "p.html").authors == ["Jean de la Fontaine"]
    box = "<ul><li><strong>Autorin</strong> Ana dos Santos</li></ul>"
    assert extract_html(_page().replace("</body>", box + "</body>"), "p.html").authors == ["Ana dos Santos"]


def test_breadcrumb_names_in_the_byline_box_are_no_authors():
    byline = ('<div class="article-author vcard">von <a class="url fn n" rel="author" href="/team">Motor Redaktion</a>'
              '<ul itemscope itemtype="http://schema.org/BreadcrumbList">in Rubrik: '
              '<li itemprop="itemListElement" itemscope><a itemprop="item" href="/brand"><span itemprop="name">Brand</span></a></li>'
              '<li itemprop="itemListElement" itemscope><a itemprop="item" href="/brand/tests">'
              '<span itemprop="name">Brand Tests</span></a></li></ul></div>')
    tree = LexborHTMLParser(_page(byline=byline))
    walker = Walker(page_chars=1000)
    walker.run(tree.body)
    assert walker.found.author_links == ["Motor Redaktion"]


def test_a_later_label_in_the_byline_keeps_the_last_name():
    # "Sendung:" opens the line's next field; read as part of a name it dropped the second writer.
    assert fields.clean_author("Redaktion: Ole Brand und Ina Marx  Sendung: Radio Eins, 25.04.2024") == [
        "Ole Brand", "Ina Marx"]
    assert fields.clean_author("Von Ina Marx Mitarbeit: Ole Brand") == ["Ina Marx"]
    # A label that opens the line still reads as one: "Text und Interview:" is no name.
    assert fields.clean_author("Text und Interview: Ole Brand") == ["Ole Brand"]


def test_paid_content_label_in_the_byline_slot_is_no_author():
    assert fields.clean_author("von Gesponserte Inhalte") == []
    assert fields.clean_author("By Sponsored Content") == []
    assert fields.clean_author("Anzeige") == []


def test_two_teaser_writers_taking_turns_in_the_furniture_are_a_list():
    teasers = "".join(f'<li><a href="/s/{k}">Story {k}</a><div class="teaser-author">Von {n} · {k}</div></li>'
                      for k, n in enumerate(["Ada Kern", "Bo Lenz", "Bo Lenz", "Ada Kern"]))
    page = ("<html><head><title>Bridge to be rebuilt</title></head><body><article><h1>Bridge to be rebuilt</h1>"
            + _BODY + f"</article><aside><ul>{teasers}</ul></aside></body></html>")
    assert extract_html(page, "p.html").authors == []


def test_picture_handed_in_credit_is_no_house_byline():
    # "zvg" (zur Verfügung gestellt) in a byline-styled element credits a picture, not a writer.
    byline = '<div class="byline">zvg</div>'
    assert extract_html(_page(byline=byline), "p.html").authors == []
    # "Red." (Redaktion) before the date and the teaser names no desk: nothing is left of it.
    dated = '<div class="byline">Red. / 31.10.2023 The county wants the bridge rebuilt before winter.</div>'
    assert extract_html(_page(byline=byline + dated), "p.html").authors == []


def test_labels_for_the_writer_in_other_languages_and_with_the_pictures():
    # Who wrote it and who took the pictures share one label; a picture credit after a bar
    # closes the writers' names.
    for line, want in [("<p>Text &amp; Fotos: Mara Lindholm</p>", ["Mara Lindholm"]),
                       ("<div class='article-author'>Texto y fotos: Mara Lindholm</div>", ["Mara Lindholm"]),
                       ("<p>Tekst: Mara Lindholm</p>", ["Mara Lindholm"]),
                       ("<p class='author'>Text: Mara Lindholm | Fotos: Theo Brandt</p>", ["Mara Lindholm"])]:
        assert extract_html(_page(byline=line), "p.html").authors == want, line
    for raw in ("Door onze redacteur Mara Lindholm", "Van onze verslaggever Mara Lindholm", "Skrevet af Mara Lindholm",
                "Scritto da Mara Lindholm", "Publié par Mara Lindholm", "Un article de Mara Lindholm",
                "Text/Fotos: Mara Lindholm", "Texte et photos : Mara Lindholm", "Words: Mara Lindholm"):
        assert fields.clean_author(raw) == ["Mara Lindholm"], raw
    # A date line's "Published" after the name still ends it.
    assert fields.clean_author("Mara Lindholm, Published 3 May") == ["Mara Lindholm"]


def test_co_authors_rel_author_links_side_by_side_are_one_byline():
    byline = ("<div class='meta'><a rel='author' href='/people/mara'>Mara Lindholm</a>, "
              "<a rel='author' href='/people/theo'>Theo Brandt</a> <span>4 hours ago</span></div>")
    assert extract_html(_page(byline=byline), "p.html").authors == ["Mara Lindholm", "Theo Brandt"]
    byline = ("<p>By <span itemprop='author' itemscope itemtype='http://schema.org/Person'><span itemprop='name'>"
              "Mara Lindholm</span></span> and <span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
              "<span itemprop='name'>Theo Brandt</span></span></p>")
    assert extract_html(_page(byline=byline), "p.html").authors == ["Mara Lindholm", "Theo Brandt"]


def test_wire_style_reporting_credits_name_the_reporters_not_the_editor():
    assert fields.clean_author("Reporting by Mara Lindholm; Editing by Theo Brandt") == ["Mara Lindholm"]
    assert fields.clean_author("Reporting by Mara Lindholm in Oslo; Additional reporting by Ines Okafor; "
                               "Editing by Theo Brandt") == ["Mara Lindholm", "Ines Okafor"]
    assert fields.clean_author("Writing by Mara Lindholm; Editing by Theo Brandt") == ["Mara Lindholm"]


def test_bylines_of_teaser_cards_set_as_articles_are_not_the_story_byline():
    cards = ("<section class='latest'><h2>Latest</h2>"
             + "".join(f"<article class='card'><h3><a href='/s{i}'>Another story number {i} about the town council</a>"
                       f"</h3><p class='byline'>By {n}</p></article>" for i, n in enumerate(["Guy Ashworth", "Lena Moreau"]))
             + "</section>")
    page = ("<html lang='en'><head><title>Bridge to be rebuilt</title></head><body><main>" + cards
            + "<article><h1>Bridge to be rebuilt</h1>{byline}" + _BODY + "</article></main></body></html>")
    assert extract_html(page.format(byline="<p class='byline'>By Mara Lindholm</p>"), "p.html").authors == ["Mara Lindholm"]
    # Nor, where the story prints none, its byline in their stead.
    assert extract_html(page.format(byline=""), "p.html").authors == []


def test_rights_reservation_in_the_copyright_line_is_no_owner():
    page = _page().replace("</body>", "<div><small>&copy;RIPRODUZIONE RISERVATA</small></div></body>")
    assert extract_html(page, "p.html").authors == []


def test_name_after_a_dash_closing_the_story_signs_it():
    page = _page().replace("</article>", "<p>– Mara Lindholm</p></article>")
    assert extract_html(page, "p.html").authors == ["Mara Lindholm"]
    # A quotation's source after a dash inside the story is no signature.
    page = _page().replace("<article><h1>Bridge to be rebuilt</h1>",
                           "<article><h1>Bridge to be rebuilt</h1><p>— Mara Lindholm</p>")
    assert extract_html(page, "p.html").authors == []


def test_user_handle_in_the_metadata_takes_the_name_the_byline_prints():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
          ' "author": {"@type": "Person", "name": "mara-lindholm"}}</script>')
    page = _page(head=ld, byline="<p class='byline'>By Mara Lindholm</p>")
    assert extract_html(page, "p.html").authors == ["Mara Lindholm"]


def test_a_sites_own_element_inside_a_line_is_part_of_the_line():
    # Browsers lay out an unknown element inline: its label and the name after it are one line.
    byline = "<div class='subline'><div class='authorline'><light>Text &amp; Fotos:</light> Mara Lindholm</div></div>"
    page = _page(head='<meta name="author" content="Pier Magazin">', byline=byline)
    assert extract_html(page, "p.html").authors == ["Mara Lindholm"]
    w = Walker(page_chars=100)
    w.run(LexborHTMLParser("<body><p><my-label>Text:</my-label> Mara Lindholm</p></body>").body)
    assert [b.text for b in w.blocks] == ["Text: Mara Lindholm"]


def test_a_wire_the_story_was_written_with_is_a_credit_after_mit_or_avec():
    for raw, wire in [("Mara Lindholm mit dpa", "dpa"), ("Von Mara Lindholm mit Material von dpa", "dpa"),
                      ("Mara Lindholm avec AFP", "AFP")]:
        assert fields.clean_author(raw) == ["Mara Lindholm"], raw
        assert fields.find_credits(raw) == [wire], raw
    assert fields.clean_author("Ein Interview mit Mara Lindholm") == []


def test_scholarly_citation_tags_name_one_writer_each_surname_first():
    head = ('<meta name="citation_author" content="Lindholm, Mara K.">'
            '<meta name="citation_author" content="Okafor, Ruth">')
    assert extract_html(_page(head=head), "p.html").authors == ["Mara K. Lindholm", "Ruth Okafor"]
    # A tag already in reading order is kept as it is.
    head = '<meta name="citation_author" content="Ruth Okafor">'
    assert extract_html(_page(head=head), "p.html").authors == ["Ruth Okafor"]


def test_an_author_box_names_the_writer_over_a_line_about_them():
    # The name in its own element, then prose about the writer: read whole, the box is a name
    # run into a sentence ("Mara Lindholm Mara covers ..."), and no name was found in it.
    boxes = ["<div class='author-box'><span class='author-name'>Mara Lindholm</span>"
             "<p>Mara covers the harbour and the fishing fleet for the Gazette.</p></div>",
             "<div class='author-box'><h4>Mara Lindholm</h4><div class='author-box__text'>Mara has covered"
             " the harbour since 2015 and worked in radio before that.</div></div>",
             "<div class='author'><a href='/author/mara'>Mara Lindholm</a><p>Mara Lindholm is the harbour"
             " reporter of the Gazette.</p></div>",
             "<div class='author'><strong>Mara Lindholm</strong> is a reporter based in Oslo who writes about"
             " the sea.</div>"]
    for box in boxes:
        assert extract_html(_page(byline=box), "p.html").authors == ["Mara Lindholm"], box
        below = _page().replace("</article>", box + "</article>")
        assert extract_html(below, "p.html").authors == ["Mara Lindholm"], box
    # Names side by side are co-authors, not a name and a biography.
    two = "<div class='byline'><a href='/a/m'>Mara Lindholm</a> and <a href='/a/t'>Theo Brandt</a>, Staff Writers</div>"
    assert extract_html(_page(byline=two), "p.html").authors == ["Mara Lindholm", "Theo Brandt"]


def test_a_line_break_in_a_byline_ends_the_name():
    # "Jane Doe<br>Harbour Reporter": read as one line, the job's first word joins the name.
    for byline in ("<p class='byline'>Mara Lindholm<br>Harbour Reporter</p>",
                   "<div class='author'>Mara Lindholm<br>Senior Correspondent, Oslo</div>"):
        assert extract_html(_page(byline=byline), "p.html").authors == ["Mara Lindholm"], byline
    # A name set one word a line is still one name.
    assert extract_html(_page(byline="<p class='byline'>Mara<br>Lindholm</p>"), "p.html").authors == ["Mara Lindholm"]


def test_a_metadata_author_written_surname_first_is_one_person():
    # Library and journal systems write "Surname, Given"; read as a list it was two names.
    for head in ('<meta name="author" content="Lindholm, Mara">', '<meta name="DC.creator" content="Lindholm, Mara">',
                 '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to be rebuilt",'
                 ' "author": {"@type": "Person", "name": "Lindholm, Mara K."}}</script>'):
        assert extract_html(_page(head=head), "p.html").authors[0].startswith("Mara"), head
    # Full names in a comma list stay a list.
    head = '<meta name="author" content="Mara Lindholm, Theo Brandt">'
    assert extract_html(_page(head=head), "p.html").authors == ["Mara Lindholm", "Theo Brandt"]
