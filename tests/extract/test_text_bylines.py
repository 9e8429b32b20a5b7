"""Text dumps: bare byline names printed with a stamp or a role, on invented dumps."""
from __future__ import annotations

import pytest

from invented_dumps import HARBOUR_STORY

from tidings.extract.text import extract_text_dump

BODY = HARBOUR_STORY


@pytest.mark.parametrize("byline", [
    "Maria Lenton|Published 2 days ago",
    "Maria LentonPublished Jul 17, 2024, 11:21am",
    "Maria Lenton2 minutes ago",
    "Maria Lenton 7 hours ago",
    "Maria Lenton | 05.04.2025 - 10:15",
    "Maria Lenton / HARBOURNEWS.COM / Sep 2, 2024, 17:07 IST",
    "Maria LentonNovember 6, 2023",
])
def test_name_with_stamp_on_one_line(byline):
    dump = ["Harbour channel to be deepened for the largest ships", "", byline, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_name_with_role_over_the_date_line():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton Political Correspondent", "16 September 2024 9:33pm", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_headline_with_a_number_is_no_byline():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Port News 24 hours a day", "", "16 September 2024", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == []


@pytest.mark.parametrize("name", ["Chris Wilson-Smith", "Per-Erik Ofstrand"])
def test_hyphenated_names_over_the_date(name):
    dump = ["Harbour channel to be deepened for the largest ships", "",
            name, "Published 3 hours ago", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == [name]


@pytest.mark.parametrize("stamp, day", [
    ("Associated PressApril 28, 2023 GMT", "2023-04-28"),
    ("Published Fri, Apr 28 20232:23 PM EDT", "2023-04-28"),
    ("Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54", "2023-08-30"),
    ("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", "2025-01-05"),
])
def test_mangled_and_long_date_stamps(stamp, day):
    dump = ["Harbour channel to be deepened for the largest ships", "", stamp, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert (a.date or "")[:10] == day


def test_four_word_name_with_stamp():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Van Der Lenton|Published 2 days ago", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Van Der Lenton"]


def test_byline_under_the_headline_before_a_teaser_name_above_it():
    dump = ["Other stories", "Jonas Pikkert", "12 January 2024", "Port Authority", "",
            "Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton", "16 September 2024 9:33pm", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_name_under_the_headline_with_the_time_after_the_photo():
    dump = ["Harbour channel to be deepened for the largest ships",
            "Maria Lenton",
            "Photo: Port Authority",
            "A dredger at work in the main channel of the port during the night shift",
            "09:51", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_stamp_glued_to_update_label_still_dates_the_name():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton Deputy Content Director",
            "08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


@pytest.mark.parametrize("byline", [
    "Maria Lenton | 06.11.23",
    "Maria Lenton Zuletzt geändert am 06.11.2023",
])
def test_name_with_short_or_update_stamp(byline):
    dump = ["Harbour channel to be deepened for the largest ships", "", byline, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_name_of_the_story_under_a_teaser_header_inside_the_text():
    dump = ["Harbour channel to be deepened for the largest ships", ""] + BODY + [
        "", "Dredging plan splits the fishing villages on the eastern shore", "",
        "Maria Lenton", "27.04.2020 - 18:50 Uhr", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


@pytest.mark.parametrize("byline", [
    "Von Maria Lenton Landespolitische Korrespondentin",
    "By Maria Lenton Last updated Nov 8, 2023 Share with new partner:",
    "By Maria Lenton Senior Reporter",
])
def test_byline_drops_role_and_update_label(byline):
    dump = ["Harbour channel to be deepened for the largest ships", "", byline, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_title_cased_byline_with_the_paper_it_was_written_for():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "By Maria Lenton And Jonas Pikkert For The Harbour Gazette",
            "Published: 22:00 GMT, 26 September 2020", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton", "Jonas Pikkert"]


@pytest.mark.parametrize("meta,author,date", [
    ("14. März 2023 Maria Lenton Hafen", ["Maria Lenton"], "2023-03-14"),
    ("March 14, 2023 Maria Lenton 0", ["Maria Lenton"], "2023-03-14"),
    ("14. März 2023 Maria Hafen, Schifffahrt, Umwelt", ["Maria"], "2023-03-14"),
    ("4 Min. 14. März 2023 Lenton 2 Kommentare", ["Lenton"], "2023-03-14"),
    ("14. März 202315. März 2023 Maria Lenton Hafen, Umwelt", ["Maria Lenton"], "2023-03-14"),
    ("14/03/202314/03/2023 ~ Maria Lenton", ["Maria Lenton"], "2023-03-14"),
    ("14. Mär 2023 // Maria Lenton", ["Maria Lenton"], "2023-03-14"),
    ("Veröffentlicht am 14. März 2023 von Mlenton", ["Mlenton"], "2023-03-14"),
])
def test_blog_post_line_gives_date_and_author(meta, author, date):
    # a sidebar's own date over the menu must not win over the post line under the headline
    dump = ["Dienstag, 21. März 2023", "", "Start", "Hafen", "Kontakt", "",
            "Harbour channel to be deepened for the largest ships", "", meta, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == author
    assert a.date == date


def test_date_then_a_sentence_is_no_post_line():
    from tidings.extract.textlines_people import _post_meta
    assert _post_meta("12. März 2021 Die Regierung hat beschlossen") is None
    assert _post_meta("von Maria Lenton | 20. Mai 2007 | Hafen") is None


def test_name_over_a_date_line_with_an_update_in_brackets():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton", "January 28, 2025 11:30 am (Updated 11:54 am)", "share email Save", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_blog_post_line_beats_a_credit_under_the_text():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "14. März 2023 Maria Lenton Hafen", ""] + BODY + ["", "von Hafenamt", "", "Teilen", "Drucken"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
    assert a.date == "2023-03-14"


@pytest.mark.parametrize("name", ["Maria DeLenton", "Maria McAdam"])
def test_surname_with_a_prefix_capital(name):
    dump = ["Harbour channel to be deepened for the largest ships", "",
            name, "Updated Mar 12, 2020 @ 10:42 am", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == [name]


def test_column_label_byline_with_date_and_comment_count():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Kolumne von Maria Lenton - 28.04.2024 um 08:52 Uhr - 12 Ergänzungen", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


@pytest.mark.parametrize("label", ["Auteur : ", "Autore: ", "Authors: "])
def test_author_label_with_french_spacing_and_other_languages(label):
    dump = ["Harbour channel to be deepened for the largest ships", "", BODY[0], "",
            label + "Maria Lenton", "Édition : J. Roe", ""] + BODY[2:]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_the_bylines_own_date_dates_the_story():
    dump = ["Dienstag, 21. März 2023", "", "Start", "Hafen", "Kontakt", "",
            "Harbour channel to be deepened for the largest ships", "",
            "By Maria Lenton - Harbour Post - Tuesday, March 14, 2023", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
    assert a.date == "2023-03-14"


def test_single_post_line_of_the_page_only_when_it_is_alone():
    from tidings.extract import textlines as tl
    from tidings.extract.textlines_people import _single_post_meta
    one = ["Menu", "", "14. März 2023 Maria Lenton Hafen", ""] + BODY
    assert _single_post_meta(tl.split_lines("\n".join(one))) == ("2023-03-14", ["Maria Lenton"])
    # an archive page prints one per post
    two = one + ["", "2. März 2023 John Roe Umwelt", ""]
    assert _single_post_meta(tl.split_lines("\n".join(two))) is None
    # a dated item in a list block is an event, not the post
    events = ["Termine", "13.01.23 Harbour Buyout Party", "Alle Termine", "Archiv", ""] + BODY
    assert _single_post_meta(tl.split_lines("\n".join(events))) is None


def test_name_printed_twice_by_the_author_photo():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton Maria Lenton", "", "Publisert 06.01.2026 - 17:29", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_name_over_its_job_title_line():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton", "", "Journalist", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_bare_names_in_czech_and_cyrillic_letters_beside_a_time():
    from tidings.extract.text import extract_text_dump

    for name in ("Ondřej Novák", "Андрей Смирнов"):
        dump = ["Home", "", "Water board bans garden hoses as reservoir hits a thirty-year low", "",
                name, "9:51", "",
                "The regional water board said on Thursday that the reservoir above the town had fallen "
                "to its lowest level in thirty years after the driest spring on record.", "",
                "Households will be asked to stop watering gardens and washing cars from Monday, and the "
                "board will fine those who fill private swimming pools before the autumn."]
        assert extract_text_dump("\n".join(dump), "n.txt").authors == [name]


def _story(*byline: str) -> str:
    return "\n".join(["Home", "", "Water board bans garden hoses as reservoir hits a thirty-year low", "",
                      "Households face fines for filling pools as the driest spring on record empties the "
                      "valley's reservoir", "", *byline, "",
                      "The regional water board said on Thursday that the reservoir above the town had fallen "
                      "to its lowest level in thirty years after the driest spring on record.", "",
                      "Households will be asked to stop watering gardens and washing cars from Monday, and the "
                      "board will fine those who fill private swimming pools before the autumn."])


def test_two_bare_names_on_one_line_over_the_story_age():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("Julia Hartmann | Clare Nolan", "vor 3 Stunden"), "a.txt")
    assert a.authors == ["Julia Hartmann", "Clare Nolan"]
    a = extract_text_dump(_story("Trine Holm Jensen og Karen Lund", "Offentliggjort torsdag 06. feb 2025 17:25"),
                          "c.txt")
    assert a.authors == ["Trine Holm Jensen", "Karen Lund"]


def test_bare_name_over_a_spanish_job_title_or_a_date_without_year():
    from tidings.extract.text import extract_text_dump

    assert extract_text_dump(_story("Marta Olivares", "Corresponsal en Atenas"), "b.txt").authors == ["Marta Olivares"]
    assert extract_text_dump(_story("Per-Erik Dahl", "mandag 5. august kl. 14:47"), "h.txt").authors == ["Per-Erik Dahl"]


def test_two_capitalised_phrases_without_a_stamp_are_no_byline():
    from tidings.extract.text import extract_text_dump

    assert extract_text_dump(_story("Water Board | Garden Hoses"), "n.txt").authors == []


def test_post_line_with_the_time_before_the_name():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("9. September 2025 um 15:46 Uhr / Frank Weber-Lang"), "e.txt")
    assert a.authors == ["Frank Weber-Lang"]
    # a section after the time is no author
    assert extract_text_dump(_story("18.02.2022, 10:27 | Recht & Gesetz | Jetzt kommentieren"), "s.txt").authors == []


def test_agency_after_with_is_a_credit_not_a_name():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("Von Diana Kessler mit AP", "Zuerst veröffentlicht am 30/04/2024 - 16:17"), "f.txt")
    assert a.authors == ["Diana Kessler"]
    assert "AP" in a.credits


def test_co_authors_stacked_one_per_line_over_the_date():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("Ingrid Solberg", "Marlene Holm Berg", "Publisert torsdag 09. mai 2024 - 13:26"),
                          "s.txt")
    assert a.authors == ["Ingrid Solberg", "Marlene Holm Berg"]


def test_by_label_over_names_glued_to_their_roles():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("By", "Lucy HarperNews Reporter", "Tim HollandNews Reporter", "Phoebe Marsh"),
                          "r.txt")
    assert a.authors == ["Lucy Harper", "Tim Holland", "Phoebe Marsh"]


def test_agency_after_the_last_of_two_names():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("By Jane Holloway and Vera Marsh The Associated Press", "Posted May 24, 2026 10:05 am"),
                          "g.txt")
    assert a.authors == ["Jane Holloway", "Vera Marsh"]
    assert "AP" in a.credits


def test_agency_byline_leaves_no_label_word_as_author():
    from tidings.extract.text import extract_text_dump

    for byline in (["By", "The Associated Press"], ["By The Associated Press"]):
        a = extract_text_dump(_story(*byline), "w.txt")
        assert a.authors == []
        assert "AP" in a.credits


def test_bare_name_with_its_handle_glued_under_the_published_line():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("Published Fri, Apr 28 2023 2:23 PM EDT", "Greg Holloway@GregHolloway"), "h.txt")
    assert a.authors == ["Greg Holloway"]


def test_byline_with_the_date_after_a_slash():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("By Cat Holloway/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST"),
                          "s.txt")
    assert a.authors == ["Cat Holloway"]


def test_a_stamp_label_the_name_cleaner_refuses_does_not_end_the_search():
    from tidings.extract.text import extract_text_dump

    # "Letzte Aktualisierung" (two capitalised words over a date) is refused as a name; the
    # search must go on to the author's own line under the dates
    tail = ["", "Erstveröffentlichung", "12.03.2024", "Letzte Aktualisierung", "13.03.2024", "",
            "Karin Obermayr", "", "#Wasser"]
    a = extract_text_dump(_story() + "\n" + "\n".join(tail), "l.txt")
    assert a.authors == ["Karin Obermayr"]


def test_byline_with_on_and_a_weekday_date():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("By Helen Marsh on Thu, Nov 9, 2023 at 4:00 am"), "o.txt")
    assert a.authors == ["Helen Marsh"]


@pytest.mark.parametrize("byline, name", [
    (("Christoph von Eichhorn", "Aktualisiert: 11.04.2020, 10:27"), "Christoph von Eichhorn"),
    (("28. November 2022", "- Nadja Oberholz"), "Nadja Oberholz"),
])
def test_bare_name_with_a_particle_or_a_dash_beside_its_stamp(byline, name):
    assert extract_text_dump(_story(*byline), "p.txt").authors == [name]


def test_phrase_with_der_beside_a_date_is_no_name():
    assert extract_text_dump(_story("Stadt der Zukunft", "11.04.2020, 10:27"), "q.txt").authors == []


@pytest.mark.parametrize("line, handle", [
    ("Veröffentlicht am Juli 9, 2016 von wakereader", "wakereader"),
    ("Gespeichert von rasolo am 24. Juli 2017 - 18:55", "rasolo"),
    ("erstellt von Dominique — veröffentlicht 28.01.2022 06:00", "Dominique"),
    ("Verfasst von: gartenfreunde | 31. Dezember 2008", "gartenfreunde"),
])
def test_post_stamp_naming_a_one_word_handle(line, handle):
    assert extract_text_dump(_story(line), "h.txt").authors == [handle]


def test_handle_needs_the_stamp_label_and_date():
    # a menu line "Rezepte von oma" carries neither a publishing label nor a date
    assert extract_text_dump(_story("Rezepte von omakocht"), "h2.txt").authors == []


@pytest.mark.parametrize("line, author", [
    ("26. September 2019 Ulla Steinhauer Schreibe einen Kommentar", "Ulla Steinhauer"),
    ("28. Januar 2015 karstenweiss Schreibe einen Kommentar", "karstenweiss"),
    ("March 3, 2021 Tom Ashby Leave a comment", "Tom Ashby"),
])
def test_post_line_ending_in_the_comment_link(line, author):
    a = extract_text_dump(_story(line), "c.txt")
    assert a.authors == [author]


def test_post_author_label_before_by():
    a = extract_text_dump(_story("Post author By Helga Brandner", "Post date March 5, 2014"), "pa.txt")
    assert a.authors == ["Helga Brandner"]


def test_headline_shaped_like_a_name_over_a_date_is_no_byline():
    dump = ["Menu", "", "Verjährung von Urlaubsansprüchen", "", "20.12.2022", ""] + BODY
    assert extract_text_dump("\n".join(dump), "v.txt").authors == []


def test_post_line_time_after_a_dash_is_no_handle():
    assert extract_text_dump(_story("28. Juni 2025 - 16.03 Uhr"), "t.txt").authors == []


@pytest.mark.parametrize("line", ["Autorin/Autor Clara Montes", "Autor*in: Clara Montes", "Autor:in Clara Montes"])
def test_gender_fair_author_labels(line):
    assert extract_text_dump(_story(line, "Datum 28.04.2023"), "g.txt").authors == ["Clara Montes"]


def test_names_with_a_bracketed_role_over_a_place_and_a_long_stamp():
    a = extract_text_dump(_story("Chus del Pino, Marta Abad (Enviado especial)", "", "Sevilla, Los Gallardos", "",
                                 "10/07/2026 00:50 Actualizado a 10/07/2026 22:39"), "b.txt")
    assert a.authors == ["Chus del Pino", "Marta Abad"]


def test_menu_item_over_a_stamp_in_another_block_is_no_name():
    dump = ["Green Room", "Podcast", "Eye Opener", "Eye on Money", "",
            "Harbour News February 24, 2020, 7:57 AM", "",
            "Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY
    assert extract_text_dump("\n".join(dump), "m.txt").authors == []


def test_social_handle_glued_to_the_byline_name_but_not_an_email():
    assert extract_text_dump(_story("By Helen Marsh@HelenMarsh"), "s1.txt").authors == ["Helen Marsh"]
    assert extract_text_dump(_story("Por Mariano Ortiz mortiz@harbour.com.ar"), "s2.txt").authors == ["Mariano Ortiz"]


def test_editor_label_after_the_date_with_a_bracketed_role():
    a = extract_text_dump(_story("05.02.2020 - Redaktion: Eberhard Vogt (Pressesprecher des Verbands)"), "r.txt")
    assert a.authors == ["Eberhard Vogt"]


def test_site_name_run_on_after_the_byline_name_is_cut():
    dump = _story("Veröffentlicht am 03.02.2022 von Sarah Lindner Harbour Review") + "\n\nHarbour Review\n"
    assert extract_text_dump(dump, "h.txt").authors == ["Sarah Lindner"]


@pytest.mark.parametrize("lines, name", [
    (("Kolumnist*in: Evelyn Tammer",), "Evelyn Tammer"),
    (("Text & Fotos: Ivo Valenta 0 337",), "Ivo Valenta"),
    (("Jossi Lanner", "Erstellt: vor 4 Stunden"), "Jossi Lanner"),
    (("1.11.23 20:19 von Lars Obermann Lesezeit: 4 Min.",), "Lars Obermann"),
])
def test_more_byline_labels_and_stamps(lines, name):
    assert extract_text_dump(_story(*lines), "m.txt").authors == [name]


def test_blog_name_opening_with_an_article_is_no_author():
    a = extract_text_dump(_story("Published on 19. Juni 2016 von Das Nachtkabinett"), "n.txt")
    assert a.authors == []


@pytest.mark.parametrize("footer, authors", [
    ("Archive – RSS – Impressum – 2009-2020 by Tilman Brecht – Powered by Nikola", ["Tilman Brecht"]),
    ("Webdesign und alle Inhalte © by Ralf Gassner | All Rights Reserved | Impressum", ["Ralf Gassner"]),
    ("© 2023 Harbour Courier. All rights reserved", []),
    ("© 2022 Internetredaktion Stadt Hafen", []),
])
def test_footer_copyright_owner_is_the_last_resort_author(footer, authors):
    dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY
                     + ["", "Impressum", "", footer])
    assert extract_text_dump(dump, "f.txt").authors == authors


def test_footer_copyright_owner_above_a_long_footer_menu():
    # the menu and a cookie notice push the site's copyright line 30 lines from the end; a bare
    # "© Jane Doe" that far up credits a photo and names no writer
    menu = [f"Menu entry {n}" for n in range(1, 30)]
    for footer, authors in (("©2020 - Tilman Brecht - HARBOUR CONSULTING®", ["Tilman Brecht"]),
                            ("© Tilman Brecht", [])):
        dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY
                         + ["", "Impressum", "", footer, ""] + menu)
        assert extract_text_dump(dump, "f2.txt").authors == authors


def test_blog_post_footer_far_under_the_text():
    tail = ["", "Verwandte Artikel:", "", "Reservoir rules", "", "Share", "", "Rated 5.0 out of 5", "", "Tags", "",
            "Twitter", "", "Facebook", "", "Email", "", "Print", "", "Reddit", "", "Like this", "",
            "Posted by Günter W. Kessler at 18:52 Tagged with: water, valley", "", "Kommentar verfassen"]
    dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY + tail)
    assert extract_text_dump(dump, "p.txt").authors == ["Günter W. Kessler"]


def test_time_after_a_dash_with_am_pm_is_no_handle():
    assert extract_text_dump(_story("June 30, 2026 - 4.34pm"), "t2.txt").authors == []


def test_blog_post_footer_under_a_long_sidebar():
    # the post footer stands under a blog's archive and label lists, 30 to 50 lines down
    sidebar = []
    for n in range(40):
        sidebar += [f"Archive entry {n + 1}", ""]
    tail = ["", "Labels: water, valley", ""] + sidebar + ["Posted by T. R. Ellison at 2:33 PM", "",
                                                         "Newer Post Older Post Home"]
    dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY + tail)
    assert extract_text_dump(dump, "p2.txt").authors == ["T. R. Ellison"]


def test_author_line_under_the_text_names_the_author():
    # past the tags, the share bar and a list of related posts: further down than a byline is sought
    related = ["Hosepipe bans explained", "Reservoir levels by region", "How to save water in the garden",
               "Ten drought-proof plants", "Rain barrels: are they worth it?", "The driest summers on record"]
    tail = (["", "Tags: water, drought", "", "Share", "Facebook", "Twitter", "Email", "", "Related posts", ""]
            + [x for r in related for x in (r, "")] + ["Author: Jacob Castell", "", "Published: 03 December 2019"])
    dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY + tail)
    assert extract_text_dump(dump, "a.txt").authors == ["Jacob Castell"]



@pytest.mark.parametrize("box", [
    ["Autor*in", "Clara Weidmann (Medizinredakteurin, M.A. Kommunikation)"],
    ["Clara Weidmann Autorin"],
])
def test_author_box_at_the_end_of_the_text(box):
    tail = ["", "Tags: Wasser, Dürre", "", "Teilen", ""] + [x for b in box for x in (b, "")] + ["Quellen", "",
                                                                                             "Weitere Artikel"]
    dump = "\n".join(["Water board bans garden hoses as reservoir hits a thirty-year low", ""] + BODY + tail)
    assert extract_text_dump(dump, "box.txt").authors == ["Clara Weidmann"]


def test_a_signatory_called_author_is_no_byline():
    tail = ["", "Signatories", "", "Jacob Castell, author", "Anna Perl, author", "Tom Reiss, author", "",
            "Share this letter"]
    dump = "\n".join(["Open letter on the reservoir plans", ""] + BODY + tail)
    assert extract_text_dump(dump, "sig.txt").authors == []


_KO_BODY = [
    "시의회는 화요일 강변도로를 따라 4킬로미터 길이의 자전거 전용도로를 만드는 계획을 승인했다. 이 결정으로 2년 넘게 이어진 논란이 끝났다.",
    "의원들은 찬성 31표, 반대 12표로 계획을 통과시켰다. 강변 주민들은 주차 공간이 줄어 상점들이 피해를 볼 것이라고 주장했다.",
    "교통위원회는 공사가 내년 여름이 끝나기 전에 마무리될 것이며 비용은 지역 교통기금에서 충당된다고 밝혔다.",
]
_JA_BODY = [
    "市議会は火曜日、川沿いの道路に約4キロの自転車専用レーンを整備する計画を承認した。二年以上続いた論争に決着がついた。",
    "採決は賛成31、反対12だった。川沿いの住民からは駐車場が減れば商店街が打撃を受けるとの声が上がっていた。",
    "交通委員会によると、工事は来年の夏までに終わる見通しで、費用は地域の交通基金から支出される。",
]


def test_korean_reporter_byline():
    dump = "\n\n".join(["시의회, 강변도로에 4킬로미터 자전거 전용도로 만들기로 결정", "서울 김민지 기자 mjkim@example.kr",
                        "입력 2025.01.21 20:50"] + _KO_BODY)
    assert extract_text_dump(dump, "ko.txt").authors == ["김민지"]


def test_korean_co_reporters_listed_under_the_text():
    # each reporter on a line of their own with an e-mail line under it, below the text
    dump = "\n\n".join(["시의회, 강변도로에 4킬로미터 자전거 전용도로 만들기로 결정", "입력 2025.01.21 20:50"]
                        + _KO_BODY + ["김민지 기자\nmjkim@example.kr", "박서준 기자\nsjpark@example.kr",
                                      "이하늘 기자\nhnlee@example.kr", "추천 기사"])
    assert extract_text_dump(dump, "ko.txt").authors == ["김민지", "박서준", "이하늘"]



def test_japanese_name_written_apart_under_the_date_line():
    dump = "\n\n".join(["市議会、川沿いに自転車専用レーン整備へ", "2025/1/21 20:50\n山田 花子", "社会"] + _JA_BODY)
    assert extract_text_dump(dump, "ja.txt").authors == ["山田 花子"]


def test_japanese_section_labels_by_the_date_are_no_name():
    dump = "\n\n".join(["市議会、川沿いに自転車専用レーン整備へ", "2025/1/21 20:50\n社会", "地震・災害"] + _JA_BODY)
    assert extract_text_dump(dump, "ja.txt").authors == []


_ZH_BODY = [
    "市议会周二批准了沿河道路修建四公里自行车专用道的计划，持续两年多的争议就此结束。",
    "议员们以三十一票赞成、十二票反对通过了该计划。沿河居民曾表示，停车位减少会影响商店的生意。",
    "交通委员会表示，工程将在明年夏天结束前完成，费用由地区交通基金支付。",
]


def test_chinese_reporter_byline():
    dump = "\n\n".join(["市议会批准沿河道路修建自行车专用道计划", "本报记者 王小明", "2025年1月21日"] + _ZH_BODY)
    assert extract_text_dump(dump, "zh.txt").authors == ["王小明"]


def test_a_teasers_media_label_beside_its_stamp_is_no_name():
    from tidings.extract.textlines_people import _bare_name_near_date
    from tidings.extract import textlines as tl
    lines = tl.split_lines("Reservoir levels fall again\n\n15.04.2024 With Video\n\nRain expected next week")
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert _bare_name_near_date(lines, list(range(len(lines)))) == []
    lines = tl.split_lines("Reservoir levels fall again\n\n15.04.2024 Clara Montes\n\nRain expected next week")
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert _bare_name_near_date(lines, list(range(len(lines)))) == ["Clara Montes"]


def test_menu_link_over_the_headline_is_no_byline():
    # a menu of links whose last item reads like a name, over the story's place and date
    dump = ["Offers:", "", "Harbour Tours", "Fishmarket", "Quay Cafe", "Brighter New Tomorrow", "Ferries", "",
            "Portsmouth", "", "02/02/2025 09:00", "",
            "Harbour channel to be deepened for the largest ships", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == []


def test_stacked_bylines_over_the_headline_still_count():
    dump = ["Home", "", "Maria Lenton", "John Roe", "02/02/2025 09:00", "",
            "Harbour channel to be deepened for the largest ships", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton", "John Roe"]



def test_marker_word_before_a_place_is_no_byline():
    # Indonesian "di" ("in") reads like the Italian byline marker; a teaser over the headline
    # "Raids in Pati, Several Officials Detained" names no writer, the bare name by the stamp does
    dump = ["Razia KPK di Pati, Sejumlah Pejabat Daerah Ditangkap", "", "Home", "Ekonomi", "",
            "Harbour channel to be deepened for the largest ships", "",
            "Maria Lenton", "20/1/2026 18:30", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_lead_in_byline_still_names_its_writer():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Eine Kolumne von Maria Lenton, Hamburg", "20/1/2026 18:30", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


@pytest.mark.parametrize("line", ["Themenstarter seebaer77", "Thread starter seebaer77", "Started by: seebaer77"])
def test_a_forum_thread_is_written_by_its_starter(line):
    from tidings.extract.text import extract_text_dump

    assert extract_text_dump(_story(line, "Forum Moderator", "12.03.2024"), "f.txt").authors == ["seebaer77"]


def test_bare_name_over_a_place_and_a_stamp_ending_in_a_full_stop():
    from tidings.extract.text import extract_text_dump

    # further down than the lines right under the headline, where a later stamp also counts
    a = extract_text_dump(_story("Regala esta noticia", "", "Marta Olivares", "", "Córdoba", "",
                                 "25/04/2026 Actualizado a las 15:10h."), "s.txt")
    assert a.authors == ["Marta Olivares"]


@pytest.mark.parametrize("line, desk", [
    ("Redaktion - 31. Januar 2022", "Redaktion"),
    ("Harbour Review Redaktion", "Harbour Review Redaktion"),
])
def test_the_newsroom_alone_under_the_headline_signs_the_story(line, desk):
    from tidings.extract.text import extract_text_dump

    assert extract_text_dump(_story(line), "r.txt").authors == [desk]


def test_a_newsroom_link_in_a_menu_signs_nothing():
    from tidings.extract.text import extract_text_dump

    menu = ["Über uns", "Redaktion", "Kontakt", "Impressum"]
    assert extract_text_dump(_story(*menu), "m.txt").authors == []


@pytest.mark.parametrize("label", ["Weitere Informationen", "Neueste Beiträge", "Rechtliche Hinweise",
                                   "Recent Findings", "Zitat von Seebaer"])
def test_a_heading_or_a_quote_label_by_a_stamp_is_no_byline(label):
    from tidings.extract.text import extract_text_dump

    assert extract_text_dump(_story(label, "14. Oktober 2021"), "l.txt").authors == []


def test_a_marked_desk_byline_under_the_headline_beats_a_teaser_name_by_its_stamp():
    from tidings.extract.text import extract_text_dump

    a = extract_text_dump(_story("Por Redacción Harbour Review", "", "Seguir", "", "Marta Olivares", "3 de mayo de 2022"),
                          "d.txt")
    assert a.authors == ["Redacción Harbour Review"]


def test_name_under_the_lead_photos_caption_with_the_stamp_over_the_photo():
    # headline / standfirst / date / the lead photo's caption / the writer's name / share bar
    dump = ["Harbour channel to be deepened for the largest ships",
            "The port wants the biggest container ships to reach it at low tide.", "News", "19.2.2020 14.00",
            "Dredgers work in the outer channel at dawn, seen from the old pier. (Ann Roe/Harbour Agency)",
            "Maria Lenton", "Share article:", "Share on Facebook", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
    assert not a.text.startswith("Dredgers")


def test_two_writers_and_a_place_by_their_stamp_under_the_lead():
    # "Name, Place, Name date, time": the story's byline runs to twelve words; a teaser's shorter
    # "Name, Place date" further down is another story's
    dump = ["Harbour channel to be deepened for the largest ships",
            "The port wants the biggest container ships to reach its quays at any tide.",
            "Maria Lenton, Oslo, Jon Berg 19.10.2025, 23:38 Uhr", ""] + BODY + [
            "", "Ferry fares rise again", "Clara Montes, Bergen 18.10.2025, 19:33"]
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton", "Jon Berg"]


def test_a_tag_list_by_a_stamp_names_no_writers():
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Mittwoch, März 7, 2018 21 Allgemein, Harbour Works, Deep-Water, ships and tides, Port Permalink",
            ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").authors == []


@pytest.mark.parametrize("stamp, expected", [
    ("KaiBoater 17.10.2025, 13:56 Uhr", ["KaiBoater"]),
    ("harbourfan77 17.10.2025, 13:56", ["harbourfan77"]),
    # a section's name by the stamp is a plain capitalised word, no handle
    ("Wirtschaft 17.10.2025, 13:56 Uhr", []),
])
def test_a_users_handle_by_the_posts_stamp_under_the_headline(stamp, expected):
    # a deal or forum post: headline / vote count / "Handle date, time" / count
    dump = ["Two ferry tickets for the price of one this weekend", "", "503", stamp, "26", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").authors == expected


def test_a_name_ending_in_the_second_surnames_initial_by_its_stamp():
    # "Ana María Rojas P.": the full stop of the initial makes no sentence, nor the initial a fourth word
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "Ana María Rojas P.", "miércoles, 4 de mayo de 2022 07:59 hs", ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").authors == ["Ana María Rojas P"]


@pytest.mark.parametrize("stamp, expected", [
    ("skipperjo28.09.2512:44", ["skipperjo"]),
    # a stamp's label glued to the date is no handle
    ("aktualisiert28.09.2512:44", []),
])
def test_a_handle_glued_to_the_forum_posts_stamp(stamp, expected):
    # a forum thread: the board's trail, the thread's title, the poster glued to the stamp
    dump = ["Forum>Harbour>Which berth takes a boat of twelve metres at low tide in the old harbour?",
            "Which berth takes a boat of twelve metres at low tide?", stamp, ""] + BODY
    assert extract_text_dump("\n".join(dump), source="t").authors == expected


def test_name_with_its_email_under_the_first_copy_of_the_headline():
    # the header (headline, standfirst, byline with the writer's address and the stamp, share
    # buttons in one long block) comes before the headline's second copy over the text
    head = "Harbour channel to be deepened for the largest ships"
    header = [head, "", "Dredging starts in spring, the harbour authority says",
              "ports", "Maria Lenton", "maria.lenton@harbournews.example", "16.09.2024, 09:33:00",
              "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Telegram", "E-mail", ""]
    related = ["Related", "", "Ferry timetable to change in May", "New lighthouse keeper named", ""]
    dump = header + related + [head, "", "Dredging starts in spring, the harbour authority says", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]


def test_a_desk_address_under_a_name_in_a_long_block_is_no_contact():
    head = "Harbour channel to be deepened for the largest ships"
    header = [head, "", "Dredging starts in spring, the harbour authority says",
              "ports", "Harbour Desk", "news@harbournews.example", "16.09.2024, 09:33:00",
              "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Telegram", "E-mail", ""]
    dump = header + ["Related", "", "Ferry timetable to change in May", ""] + [
        head, "", "Dredging starts in spring, the harbour authority says", ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors != ["Harbour Desk"]


@pytest.mark.parametrize("meta", [
    "Maria Lenton Ports and shipping 16 September 202416 September 2024dredging, harbour 0 Comment",
    "Maria Lenton Häfen 16. September 2024 Hafen, Bagger 3 Kommentare",
])
def test_post_line_opening_with_the_writer_and_ending_with_the_comment_count(meta):
    dump = ["Harbour channel to be deepened for the largest ships", "", meta, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
    assert a.date.startswith("2024-09-16")


@pytest.mark.parametrize("posted, byline", [
    ("Gespeichert von redakteur am 7. Juli 2019 - 18:44", "Ein Beitrag von Maria Lenton"),
    ("Submitted by webadmin on 7 July 2019 - 18:44", "Guest post by Maria Lenton"),
])
def test_the_writers_byline_under_the_account_that_posted_it(posted, byline):
    head = "Harbour channel to be deepened for the largest ships"
    dump = [head, "", posted, "", head, "Dredging starts in spring, the harbour authority says", "",
            byline, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
    assert a.date.startswith("2019-07-07")


@pytest.mark.parametrize("button", ["Follow", "+ Folgen", "Suivre", "Tips meg"])
def test_name_under_the_date_with_a_follow_or_tip_button(button):
    # the header's button after the writer's name is a label, not a third name word
    dump = ["Harbour channel to be deepened for the largest ships", "",
            "12.03.24 10:15", "", "Maria Lenton " + button, ""] + BODY
    a = extract_text_dump("\n".join(dump), source="t")
    assert a.authors == ["Maria Lenton"]
