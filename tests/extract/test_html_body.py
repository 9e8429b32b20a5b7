"""Body text on invented pages: which blocks are the story and which are page furniture."""
import pytest

from invented_pages import WATER_BOARD_STORY as STORY

from tidings.extract.html import extract_html


def page(inside: str, after: str = "") -> str:
    return ("<html><head><title>Water board replaces pumps</title></head><body>"
            "<header><a href='/'>Home</a> <a href='/news'>News</a></header>"
            "<article><h1>Water board replaces pumps</h1><div class='story-body'>" + inside + STORY + after
            + "</div></article><footer>Contact us</footer></body></html>")


def body(html: str) -> str:
    return extract_html(html, "t.html").text


def test_sign_in_wall_hidden_by_utility_class_is_not_body():
    wall = ("<div class='article-block sign-in-group hidden'><h2>THIS CONTENT IS RESERVED FOR SUBSCRIBERS</h2>"
            "<p>Enjoy unlimited access to local, national and international news from our newsroom.</p>"
            "<p>Create an account or sign in to continue with your reading experience today.</p></div>")
    text = body(page("", wall))
    assert "RESERVED FOR SUBSCRIBERS" not in text
    assert "Create an account" not in text
    assert text.startswith("The county water board voted")


def test_block_shown_from_a_screen_width_is_body():
    # Tailwind/Bootstrap: hidden on phones, shown from medium screens up.
    shown = ("<div class='hidden md:block'><p>A spokesperson for the board said the contract would be put out "
             "to tender within the month, with local firms encouraged to bid for the work.</p></div>")
    assert "put out to tender" in body(page("", shown))
    shown = shown.replace("hidden md:block", "d-none d-lg-block")
    assert "put out to tender" in body(page("", shown))


CONSENT = ("<div id='consent-sdk'><div class='pc-container'><h2>Your privacy choices</h2>"
           + "".join(f"<div class='policy-text'><p>When you visit our website we store cookies on your browser to "
                     f"collect information about you, your preferences or your device, used mostly to make the "
                     f"site work as you expect it to (section {i}).</p></div>" for i in range(8))
           + "</div></div>")


def test_consent_centre_longer_than_the_story_is_not_body():
    html = page("").replace("<footer>", CONSENT + "<footer>")
    text = body(html)
    assert text.startswith("The county water board voted")
    assert "store cookies" not in text


def test_modal_dialog_is_not_body():
    dialog = ("<div aria-modal='true'><div class='article-body'>"
              + "".join("<p>You are reading on another device. Only one device can read with this account at "
                        "a time; continue here and the other device will be signed out of your account.</p>"
                        for _ in range(6)) + "</div></div>")
    text = body(page("").replace("<footer>", dialog + "<footer>"))
    assert text.startswith("The county water board voted")
    assert "another device" not in text


def test_component_named_after_the_article_block_is_not_its_body():
    # BEM: "c-article" is the story's block; "c-article-share-popup" is another component.
    share = ("<div class='c-article-share-popup'><div class='c-article-share-popup__list'>"
             + "".join(f"<a class='c-article-share-popup__link' href='https://{n}.example/share'><span>{n}</span></a>"
                       for n in ("Facebook", "Flipboard", "Messenger", "Telegram", "Whatsapp")) + "</div></div>")
    html = ("<html><body><article><h1>Water board replaces pumps</h1><div class='c-article'>" + STORY + share
            + "</div></article></body></html>")
    text = body(html)
    assert text.startswith("The county water board voted")
    assert "Flipboard" not in text


def test_teaser_text_wrapped_under_another_storys_linked_headline_is_not_body():
    card = ("<div class='teaser'><div class='teaserpadding'><h2><a href='/news/bridge-closed-for-repairs.html'>"
            "Bridge on the river road closed for repairs</a></h2><div class='teasertext'><p>The old bridge will "
            "stay shut until the spring while crews replace its deck. <a href='/news/bridge.html'>more</a></p>"
            "</div></div></div>")
    text = body(page("", card))
    assert "The old bridge will stay shut" not in text
    assert text.startswith("The county water board voted")


def test_section_heading_with_a_named_anchor_and_its_paragraph_are_body():
    section = ("<div class='box'><h3 class='subtitle'><a name='part2' class='jumpLabel'>Who pays for the pumps"
               "</a></h3><div class='paragraph'><p>The cost will be shared between the county and the three towns "
               "the station serves, in proportion to the water each of them draws.</p></div></div>")
    text = body(page("", section))
    assert "Who pays for the pumps" in text.split("\n\n")
    assert "The cost will be shared" in text


def test_story_under_its_own_permalinked_headline_is_body():
    html = ("<html><head><meta property='og:title' content='Water board replaces pumps'></head><body>"
            "<div id='content'><div class='post'><h2 class='entry-title'><a href='/water-board-replaces-pumps/' "
            "rel='bookmark'>Water board replaces pumps</a></h2><div class='entry-content'><p>Short note: the vote "
            "was unanimous.</p>" + STORY + "</div></div></div></body></html>")
    assert "the vote was unanimous" in body(html)


def test_camelcase_state_label_does_not_make_the_story_header_a_caption():
    # "hasCaption" says the header holds a picture caption, like "has-caption"; it is no caption itself.
    html = ("<html><body><main><article><div class='articleHeader column hasCaption'>"
            "<h1 class='headline'>Water board replaces pumps</h1><address class='byline'>By Ingrid Solberg</address>"
            "</div><div class='bodytext'>" + STORY + "</div></article></main></body></html>")
    art = extract_html(html, "t.html")
    assert art.title == "Water board replaces pumps"
    assert art.authors == ["Ingrid Solberg"]
    assert not any("Water board" in c for c in art.captions)


def test_most_read_list_after_the_story_is_not_body():
    tail = ("<h2>Most read articles</h2><p>Ferry timetable changes for the winter season announced by the "
            "operator, with fewer crossings on Sundays.</p><p>School roof repairs to finish before the new "
            "term, the council confirms after a long summer delay.</p>")
    text = body(page("", tail))
    assert "Ferry timetable" not in text and "Most read" not in text
    assert text.endswith("the following spring at the earliest.")


def test_latest_developments_subheading_is_body():
    tail = ("<h2>Latest developments</h2><p>On Wednesday the board published the contract notice, inviting "
            "bids from pump makers by the end of the month.</p>")
    text = body(page("", tail))
    assert "Latest developments" in text and "published the contract notice" in text


REST = ("Residents of the three towns will be told of any interruption to their supply at least a week in advance, "
        "the board said.\n\nThe last major works at the station, in 2009, left some streets without water for two "
        "days, a memory that still shapes how the board plans its repairs.\n\nThe board meets again in March, when "
        "it expects to award the contract and to publish a timetable for the installation.")


def ld_page(article_body: str) -> str:
    import json
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Water board replaces pumps",
                     "articleBody": article_body})
    return page("", "<div class='paywall-teaser'><p>Subscribe to read the full story.</p></div>").replace(
        "</head>", f"<script type='application/ld+json'>{ld}</script></head>")


def test_paywalled_story_is_completed_from_json_ld_article_body():
    import re
    story = "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in STORY.split("</p>") if p)
    text = body(ld_page(story + "\n\n" + REST))
    paras = text.split("\n\n")
    assert paras[0].startswith("The county water board voted")
    assert paras[-1].startswith("The board meets again in March")
    assert sum(1 for p in paras if p.startswith("Engineers told the board")) == 1


def test_article_body_markup_is_read_as_paragraphs():
    story = STORY + "".join(f"<p><strong>{p}</strong></p>" for p in REST.split("\n\n"))
    text = body(ld_page(story))
    assert "<p>" not in text and "<strong>" not in text
    assert text.split("\n\n")[-1].startswith("The board meets again in March")


def test_article_body_markup_escaped_twice_is_read_as_paragraphs():
    import html
    story = STORY + "".join(f"<p class='texto'>{p.replace('a week', 'a s&eacute;maine')}</p>" for p in REST.split("\n\n"))
    text = body(ld_page(html.escape(story)))
    assert "&lt;" not in text and "<p" not in text and "&eacute;" not in text
    assert "a sémaine" in text
    assert text.split("\n\n")[-1].startswith("The board meets again in March")


def test_json_ld_summary_that_is_not_the_printed_story_is_not_appended():
    summary = ("Pumps at the Millbrook station are to be replaced. The board approved the plan on Tuesday after "
               "a long dispute. " * 4 + "\n\n" + REST)
    text = body(ld_page(summary))
    assert "The board meets again in March" not in text


def test_long_author_biography_box_is_not_body():
    bio = ("<div class='slice-author-bio'><div class='author__biography'><p>A veteran of three decades in local "
           "journalism, Ingrid Solberg has covered water, roads and planning for the paper since 2004, after "
           "years as a court reporter in the capital.</p><p>She has won two regional press awards for her "
           "reporting on the cost of public utilities, and teaches a summer course on data journalism at the "
           "county college, where she also sits on the advisory board of the student newspaper.</p>"
           "<p>Ingrid lives by the river with two dogs, a canoe and far too many books about bridges.</p></div></div>")
    html = page("<p class='byline'>By Ingrid Solberg</p>", bio)
    art = extract_html(html, "t.html")
    assert "veteran of three decades" not in art.text
    assert art.text.startswith("The county water board voted")
    assert art.authors == ["Ingrid Solberg"]


def test_line_beside_a_picture_in_the_story_is_its_caption():
    pic = ("<div class='kick'><img src='/img/pumps.jpg' alt=''><p><span>Engineers inspect one of the failed "
           "pumps at the Millbrook station.</span></p></div>")
    inline = ("<p><img src='/img/map.png' alt=''>The station serves about forty thousand homes in the three towns "
              "along the river valley, the board said.</p>")
    promo = ("<aside><div class='card'><img src='/ad.png'><p>Learn a language in ten minutes a day</p></div></aside>")
    html = page(pic + inline, "").replace("<footer>", promo + "<footer>")
    art = extract_html(html, "t.html")
    assert "Engineers inspect one of the failed pumps at the Millbrook station." in art.captions
    assert "Engineers inspect" not in art.text
    assert "The station serves about forty thousand homes" in art.text  # a picture inside the paragraph
    assert not any("Learn a language" in c for c in art.captions)


def test_caption_beside_a_picture_wrapped_in_spans_is_a_caption():
    widget = ("<div class='image-widget'><span class='image'><span><picture><img src='/img/a.jpg'></picture></span>"
              "</span><p><span>Board members visit the pump hall before the vote on Tuesday.</span></p>"
              "<p>Image: Tom Reyes</p></div>")
    art = extract_html(page(widget, ""), "t.html")
    assert "Board members visit the pump hall before the vote on Tuesday." in art.captions
    assert "Board members visit" not in art.text and "Tom Reyes" not in art.text


def test_caption_inside_a_button_that_opens_the_picture_is_a_caption():
    viewer = ("<button class='slide-viewer'><div class='image-embed'><img src='/img/hall.jpg'>"
              "<figcaption><span>Board members visit the pump hall before the vote</span></figcaption>"
              "</div></button>")
    control = "<button class='share'><span>Share this article on social media now</span></button>"
    art = extract_html(page(viewer + control, ""), "t.html")
    assert art.captions == ["Board members visit the pump hall before the vote"]
    assert "Board members visit" not in art.text and "Share this" not in art.text


@pytest.mark.parametrize("line", [
    "Got a story? Get in touch with our news team by emailing us at news@ledger.example.com.",
    "Is your street affected? Get in touch at newsdesk@ledger.example.com",
    "For more stories like this, check our news page.",
    "Find more of our latest stories by signing up to our free weekly newsletter",
    "This is a breaking news story - more to follow",
    "Follow The Ledger on Google News and add us as a preferred source.",
])
def test_newsroom_call_out_is_not_body(line):
    text = body(page("", f"<p>{line}</p>"))
    assert line[:20] not in text
    assert text.endswith("the following spring at the earliest.")


def test_get_in_touch_in_a_sentence_is_body():
    line = "The board said it would get in touch with every household before the work begins next year."
    assert line in body(page("", f"<p>{line}</p>"))


def test_more_from_the_site_heading_ends_the_story():
    tail = ("<h2>More Harbour Ledger</h2><p>A second ferry operator has applied for a licence to run evening "
            "crossings to the islands, the council said.</p><p>Fishermen in the north harbour say the new pier "
            "will take away the moorings they have used for decades.</p>")
    html = page("", tail).replace("<head>", "<head><meta property='og:site_name' content='Harbour Ledger'>")
    text = body(html)
    assert "second ferry operator" not in text
    assert text.endswith("the following spring at the earliest.")
    # "More money" is a subheading, not the site's name.
    text = body(page("", tail.replace("More Harbour Ledger", "More money for the towns")))
    assert "second ferry operator" in text


def test_embedded_social_post_is_not_body():
    tweet = ("<blockquote class='twitter-tweet'><p lang='en'>Buses diverted from the river road all day tomorrow "
             "while the pump works begin. Plan ahead!</p>— Valley Buses (@valleybus) <a href='https://x.example/s/1'>"
             "March 4, 2024</a></blockquote>")
    quote = ("<blockquote><p>We have waited two years for this decision and the towns will finally get the "
             "reliable supply they were promised.</p></blockquote>")
    text = body(page("", tweet + quote))
    assert "Buses diverted" not in text and "@valleybus" not in text
    assert "We have waited two years" in text  # a quotation printed in the story stays


def test_disclaimer_box_is_not_body():
    box = ("<div class='council-disclaimer'><div class='council-disclaimer__content'>Opinions expressed are "
           "solely those of the author and do not reflect the views of the editors or publishers of this site."
           "</div></div>")
    text = body(page("", box))
    assert "Opinions expressed" not in text
    assert text.endswith("the following spring at the earliest.")


@pytest.mark.parametrize("credit", ["Photo: AFP", "Tom Reyes/Getty Images", "Andrew Marsh / AP"])
def test_picture_credit_left_in_the_body_is_not_body(credit):
    text = body(page(f"<div><p>{credit}</p></div>", ""))
    assert credit not in text
    assert text.startswith("The county water board voted")


def test_caption_styled_links_and_form_hints_are_not_captions():
    # Themes reuse a small-print "caption" style for footer menu links and for the hints of a
    # sign-in form; neither describes a picture. A real figure caption still counts.
    fig = ("<figure><img src='/img/pumps.jpg'><figcaption>Engineers inspect one of the failed pumps at the "
           "Millbrook station.</figcaption></figure>")
    menu = ("<ul><li class='footer-col__item caption'><a href='/about'>About Us</a></li>"
            "<li class='footer-col__item caption'><a href='/shop'>Ledger Shop</a></li></ul>"
            "<a class='nav-x_caption1' href='/archive'>Archive</a>")
    form = ("<div style='display:none'><form action='/login'><p class='caption'><a href='/reset'>Forgot your "
            "password?</a></p><p class='caption'>New to the Ledger? <a href='/join'>Subscribe</a></p></form></div>")
    html = page(fig, "").replace("<footer>", "<footer>" + menu + form)
    art = extract_html(html, "t.html")
    assert art.captions == ["Engineers inspect one of the failed pumps at the Millbrook station."]


def test_span_wrapping_the_story_is_read_as_its_blocks():
    # A theme wraps the whole main column in a <span>; a script template inside it carries a
    # donation box. Read as one phrase, story, furniture and script text ran into one paragraph.
    html = ("<html><head><title>Water board replaces pumps</title></head><body>"
            "<span class='body' role='main'><div class='story'><article><h1>Water board replaces pumps</h1>"
            + STORY + "</article></div><script type='text/html'><p class='support'>Support our newsroom "
            "with a small monthly gift today.</p></script><div class='comments'><h2>Write the first comment</h2>"
            "</div></span></body></html>")
    paras = body(html).split("\n\n")
    assert paras[0].startswith("The county water board voted")
    assert len(paras) == 3
    assert not any("Support our newsroom" in p or "first comment" in p for p in paras)


def test_video_card_title_and_teaser_are_neither_body_nor_caption():
    card = ("<div class='video-card'><img src='poster.jpg' alt=''><div class='video-card__info'>"
            "<h3>Pump station flooded after the storm</h3><span>2 days ago</span>"
            "<p>Residents describe the night the river rose over the Millbrook road.</p></div></div>")
    art = extract_html(page(card), "t.html")
    assert "Residents describe the night" not in art.text
    assert not any("Residents describe" in c for c in art.captions)
    assert art.text.startswith("The county water board voted")


def test_topic_link_inside_a_sentence_keeps_its_words():
    # The CMS links a phrase to its topic page with a tag-classed anchor; a tag row stays out.
    para = ("<p>The board compared the offer with the <a id='auto-tag_water-pumps' href='/t/water-pumps/'>"
            "water pumps</a> bought by the neighbouring county in the spring of last year.</p>")
    tags = "<p>Tags: <a class='tag' href='/t/a/'>Riverside Topics</a> <a class='tag' href='/t/b/'>Utilities</a></p>"
    text = body(page(para, tags))
    assert "compared the offer with the water pumps bought by the neighbouring county" in text
    assert "Riverside Topics" not in text


def test_tag_heading_naming_the_article_leads_the_tag_list_not_the_body():
    after = ("<h2>Schlagwörter zu diesem Artikel</h2><ul><li><a href='/t/pumpen'>Pumpen</a></li>"
             "<li><a href='/t/wasser'>Wasserwerk</a></li></ul>")
    art = extract_html(page("", after), "t.html")
    assert "Schlagwörter" not in art.text
    assert art.tags[:2] == ["Pumpen", "Wasserwerk"]


@pytest.mark.parametrize("label", ["Lesezeit: 3 Min.", "4 min read", "7 Min. Lesezeit", "Reading time: 5 minutes"])
def test_reading_time_line_is_not_body(label):
    text = body(page(f"<p>{label}</p>"))
    assert label not in text
    assert text.startswith("The county water board voted")


def test_bare_minutes_line_stays():
    # Without a reading label, "15 minutes" is as often a recipe's step or a list's option.
    steps = "<ul><li>15 minutes</li><li>30 minutes</li></ul>"
    assert "15 minutes" in body(page("", steps))


def test_list_item_linking_a_phrase_of_its_sentence_stays_but_teaser_links_go():
    notes = ("<ul><li>Households can check their meter reading online at any time of day.</li>"
             "<li>Want to know what the work will cost you? <a href='/costs'>Read our full guide to the "
             "charges for each district</a>.</li></ul>")
    teasers = ("<ul><li><a href='/a'>Council opens the new library in the old market hall</a> (12.03.)</li>"
               "<li><a href='/b'>Flood barriers tested on the river front this weekend</a> (11.03.)</li></ul>")
    text = body(page(notes, teasers))
    assert "Want to know what the work will cost you? Read our full guide" in text
    assert "Council opens the new library" not in text


def test_call_out_closing_a_block_split_by_blank_lines_is_not_body():
    block = ("<div class='entry'>The pumps will be delivered in spring and fitted over the summer months, the board's "
             "engineer said after the meeting.<br><br>Residents can follow the works on the board's notice page."
             "<br><br>Sign up for our newsletter to get every council story first.<br><br>"
             "Warning: Undefined variable $post in /var/www/html/wp-content/themes/x/single.php on line 12</div>")
    paras = body(page("", block)).split("\n\n")
    assert "Residents can follow the works on the board's notice page." in paras
    assert not any("newsletter" in p or "on line 12" in p for p in paras)


def test_closing_note_on_the_bylined_writer_is_not_body():
    bio = "<p>Jane Marlow writes about water, energy and local government for the paper.</p>"
    art = extract_html(page("<p class='byline'>By Jane Marlow</p>", bio), "t.html")
    assert art.authors == ["Jane Marlow"]
    assert "writes about water" not in art.text
    # A story about the same person keeps its sentences about her.
    early = "<p>Jane Marlow is the board's chair and has led it since the dispute began three years ago.</p>"
    rest = "".join(f"<p>{p}</p>" for p in REST.split("\n\n"))
    art = extract_html(page("<p class='byline'>By Jane Marlow</p>" + early, rest), "t.html")
    assert "has led it since the dispute" in art.text


@pytest.mark.parametrize("line", [
    "Mit unserem Newsletter bleiben Sie informiert",
    "Like what you read? Get the weekly digest straight to your inbox.",
    "Want more? Sign in here for our weekly council newsletter.",
    "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
])
def test_plug_for_the_sites_newsletter_or_channel_is_not_body(line):
    assert line not in body(page("", f"<p>{line}</p>"))


def test_story_about_a_newsletter_keeps_its_sentences():
    line = "The council's newsletter, printed since 1974, will move online next year, the clerk said on Monday."
    assert line in body(page("", f"<p>{line}</p>"))


@pytest.mark.parametrize("line", [
    "Externer Inhalt",
    "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Bluesky her.",
    "Wie bewerten Sie diesen Artikel?",
    "Was this article helpful?",
    "We use your sign-up to send you the stories you asked for and to improve our service.",
])
def test_embed_consent_stand_in_and_feedback_widget_are_not_body(line):
    assert line not in body(page("", f"<p>{line}</p>"))


def test_caption_printed_as_a_paragraph_with_its_credit_is_a_caption():
    cap = "The Millbrook station seen from the river. (Foto: Jane Roe)"
    credits = "Photos: Jane Roe, Tom Hale"
    art = extract_html(page("", f"<p>{cap}</p><p>{credits}</p>"), "t.html")
    assert cap not in art.text and credits not in art.text
    assert any(c.startswith("The Millbrook station seen from the river") for c in art.captions)
    # A sentence that merely ends in a bracket stays.
    line = "The board will meet again after the summer (probably in September)."
    assert line in extract_html(page("", f"<p>{line}</p>"), "t.html").text


def test_contact_block_after_the_story_is_not_body():
    end = ("<h3>Kontakt:</h3><p>Jane Roe, press office of the county water board, telephone 0123 456 789, "
           "jane.roe@example.org</p>")
    text = body(page("", end))
    assert "The county water board voted" in text
    assert "Kontakt" not in text and "press office of the county water board" not in text


@pytest.mark.parametrize("line", ["Quellen ausblenden", "Bild anzeigen Bild schließen", "Show more"])
def test_show_and_hide_button_labels_are_not_body(line):
    assert line not in body(page("", f"<div>{line}</div>")).split("\n\n")


def test_figure_caption_printed_as_a_paragraph_is_a_caption():
    cap = "Abbildung 2: Water levels at the Millbrook station since 2010."
    art = extract_html(page("", f"<p>{cap}</p>"), "t.html")
    assert cap not in art.text
    assert any("Water levels at the Millbrook station" in c for c in art.captions)


def test_tail_after_the_marked_story_container_is_not_body():
    # The CMS marks the story's container ("article-body"); a notice set after it in the same
    # <main>, in plain paragraphs with no furniture class, tips the region picker to <main>.
    notice = ("<section><p>Reading on another device. You can read this newspaper on one device at a time, "
              "so this message will show on the other one.</p>"
              "<p>Why am I seeing this message? Someone else, or you, is reading with this account elsewhere.</p>"
              "</section>")
    html = ("<html><body><header><a href='/'>Home</a> <a href='/news'>News</a></header><main>"
            "<h1>Water board replaces pumps</h1><div class='article-body'>" + STORY + STORY.replace("pumps", "valves")
            + "</div>" + notice + "</main><footer>Contact us</footer></body></html>")
    text = body(html)
    assert text.startswith("The county water board voted")
    assert "new valves would be installed" in text
    assert "another device" not in text and "Why am I seeing" not in text


def test_story_running_on_after_the_marked_container_is_kept():
    # The marked box holds only the opening; the story goes on in a sibling box.
    html = ("<html><body><main><h1>Water board replaces pumps</h1><div class='article-body'>" + STORY
            + "</div><div class='more'>" + STORY.replace("pumps", "valves") + "</div></main></body></html>")
    text = body(html)
    assert "new pumps would be installed" in text and "new valves would be installed" in text


def test_headline_printed_again_over_the_story_is_not_its_lead():
    # The header prints the headline a second time, under a kicker, between the <h1> and the
    # story's container; the lead beside it retells the story in words of its own.
    html = ("<html><body><div class='header'><h1>Water board votes to replace the ageing pumps at "
            "Millbrook station</h1><div class='teaser'>Millbrook: Water board votes to replace the ageing "
            "pumps at Millbrook station after dispute</div>"
            "<div class='teaser'>Households will not see their bills rise before spring, the chair of the "
            "board promised on Tuesday evening.</div></div>"
            "<main><div class='article-body'>" + STORY + STORY.replace("pumps", "valves") + "</div></main>"
            "<div class='more'>" + "".join(f"<p><a href='/n/{i}'>Another story from the county, number {i}</a></p>"
                                           for i in range(8)) + "</div></body></html>")
    text = body(html)
    assert "after dispute" not in text
    assert text.startswith("Households will not see their bills rise")


def test_further_links_heading_and_its_list_are_not_body():
    # "Weiterführende Links" heads a list of links under the story, as "Further reading" does.
    after = ("<p>Weiterführende Links</p><p><a href='/pumpen'>Pumpen im Vergleich: was die neuen Modelle "
             "leisten</a></p><p><a href='/bericht'>Der Jahresbericht des Wasserverbands</a></p>")
    text = body(page("", after))
    assert "Weiterführende" not in text and "Jahresbericht" not in text
    assert text.endswith("at the earliest.")


def test_post_of_linked_paragraphs_is_more_than_its_longest_paragraph():
    # A blog post whose paragraphs link their sources, with a row of links under them: the
    # links cost the post's box nearly what its other paragraphs bring, and its longest plain
    # paragraph alone scored highest.
    post = ("<div class='post'>"
            "<p>Our allotment society met on Sunday to plan the spring planting, and members agreed to share "
            "the cost of a new water tank for the lower plots, which dry out first every summer. The tank "
            "will hold enough rain for two weeks of watering, and the society will ask the council whether "
            "it can be placed beside the gate where the delivery lorry can reach it without damaging beds.</p>"
            "<p>The idea came from a <a href='/x'>neighbouring society's water scheme</a>, which halved its "
            "summer water bill; their <a href='/y'>annual report</a> sets out what the tank cost them and how long it took to pay for itself.</p>"
            + "".join(f"<p><a href='/t/{i}'>Gardening tips, part {i}</a></p>" for i in range(2))
            + "</div>")
    html = ("<html><body><header><a href='/'>Home</a> <a href='/blog'>Blog</a></header><main><h1>Spring "
            "planting</h1>" + post + "</main></body></html>")
    text = body(html)
    assert text.startswith("Our allotment society met on Sunday")
    assert "The idea came from a neighbouring society's water scheme" in text
    assert "Gardening tips" not in text


@pytest.mark.parametrize("card", [
    "<p>The town plans a new park by the river, with room for a market. <span class='more'>more</span></p>",
    "<p>Die Stadt plant einen neuen Park am Fluss… <a href='/park'>mehr</a> •••</p>",
    "<p>Le maire a présenté le budget de l'année prochaine. Lire la suite</p>",
])
def test_teaser_closed_by_its_more_label_is_not_body(card):
    # Another page's teaser set between the story's paragraphs: its last sentence, then a
    # "more" label (a link, or the whole card is one).
    inside = STORY.replace("</p>", "</p><div class='box'>" + card + "</div>", 1)
    text = body(page(inside))
    assert "park" not in text.casefold() and "budget" not in text
    assert "households would see no change" in text


def test_sentence_ending_in_more_is_body():
    line = "<p>The board said it would need more.</p><p>Residents want a say in the plan, and much more.</p>"
    text = body(page("", line))
    assert "it would need more." in text and "and much more." in text


def test_links_styled_as_story_text_are_not_paragraphs():
    # The CMS classes every link in the story's text like the story ("story-body__link"); in
    # a list of other stories between the paragraphs, each linked headline is a link still.
    related = ("<ul class='story-body__list'>"
               "<li><a class='story-body__link' href='/bridge'>Bridge repairs postponed for a second time</a></li>"
               "<li><a class='story-body__link' href='/island'>Island population grows as families move in</a></li>"
               "</ul>")
    inside = STORY.replace("</p>", "</p>" + related, 1)
    text = body(page(inside))
    assert "Bridge repairs" not in text and "Island population" not in text
    assert "households would see no change" in text


def test_card_wrapped_in_one_link_is_not_body_however_long():
    card = ("<div class='card'><a href='/island'><div>Island population grows as young families move in</div>"
            "<div>The island's school has opened a second class for the first time in forty years, and the "
            "ferry company says it will add a morning crossing to carry the new commuters to the mainland.</div>"
            "</a></div>")
    text = body(page(STORY.replace("</p>", "</p>" + card, 1)))
    assert "Island population" not in text and "second class" not in text
    assert "households would see no change" in text


def test_paragraph_linked_whole_is_kept():
    ref = ("<p><a href='/report.pdf'>Report of the county water board on the state of the pumping stations "
           "at Millbrook, Eastfield and Lower Ford, with the engineers' recommendations for their repair and "
           "replacement over the next ten years</a></p>")
    assert "Report of the county water board" in body(page("", ref))


def test_consent_stand_in_of_an_embedded_video_is_not_body():
    # German publishers' consent tools print this in place of an embedded video or post.
    stand_in = ("<div class='box'><h3>Empfohlener redaktioneller Inhalt</h3><p>An dieser Stelle findest du einen "
                "externen Inhalt von einer Videoplattform, der den Artikel ergänzt.</p><label>"
                "<p>Ich bin damit einverstanden, dass mir Inhalte dieser Plattform angezeigt werden.</p></label>"
                "<div><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</p></div></div>")
    text = body(page(STORY.replace("</p>", "</p>" + stand_in, 1)))
    assert "redaktioneller" not in text and "einverstanden" not in text and "externen Inhalt" not in text
    assert "households would see no change" in text


@pytest.mark.parametrize("head", ["Sobre la firma", "Sobre el autor", "À propos de l'auteur", "Sull'autore"])
def test_box_on_the_writer_under_its_heading_is_not_body(head):
    box = (f"<div class='signature'><h3>{head}</h3><p>Covers the county council and its water board from the "
           f"regional office, after ten years on the business desk.</p></div>")
    text = body(page("", box))
    assert head not in text and "business desk" not in text
    assert text.endswith("at the earliest.")


def test_cookie_notice_line_in_polish_is_not_body():
    notice = "<p>Informujemy, że korzystamy z cookies.</p><p>Informujemy, że korzystamy z plików cookies.</p>"
    text = body(page("", notice))
    assert "cookies" not in text and text.endswith("at the earliest.")


def test_sign_up_box_with_an_email_field_is_not_body():
    # Utility-class markup only: the e-mail field is what marks the box.
    box = ("<section class='mt-4 border p-4'><h3>The Morning Pier</h3><p class='text-sm'>Every weekday at seven: "
           "the harbour's news in five minutes, straight from our desk to you.</p><form class='flex'>"
           "<div class='w-3/5'><input type='email' placeholder='Your e-mail'></div><button>Go</button></form>"
           "<p class='text-xs'>Your address is only used to send you this letter, and you can leave at any time.</p>"
           "</section>")
    text = body(page(STORY.replace("</p>", "</p>" + box, 1)))
    assert "Morning Pier" not in text and "five minutes" not in text and "Your address" not in text
    assert "households would see no change" in text


@pytest.mark.parametrize("label", ["Table of Contents", "Inhaltsverzeichnis", "Inhalt", "Sommaire"])
def test_table_of_contents_label_is_not_body(label):
    toc = (f"<div><p>{label}</p><ul><li><a href='#costs'>Costs</a></li><li><a href='#dates'>Dates</a></li></ul>"
           "</div>")
    text = body(page(toc))
    assert label not in text.split("\n\n")
    assert text.startswith("The county water board voted")


def test_label_repeated_over_live_blog_entries_is_not_body():
    entries = [("10:05", "Crews closed the north pumping station at dawn to start the work."),
               ("11:40", "A council officer said the first new pump would arrive on Thursday."),
               ("13:15", "Residents near the station were told to expect some noise until evening.")]
    blog = "".join(f"<div class='entry'><p>Priya Lanark</p><p>PINNED UPDATE</p><p>{t}</p><p>{s}</p></div>"
                   for t, s in entries)
    text = body(page(blog))
    paragraphs = text.split("\n\n")
    assert "Priya Lanark" not in paragraphs and "PINNED UPDATE" not in paragraphs
    assert "first new pump would arrive" in text and text.endswith("at the earliest.")


def test_item_line_repeated_with_a_colon_stays():
    # "Colour: red" under each product of a list is what the writer says of each item.
    items = "".join(f"<h3>Pump {n}</h3><p>Colour: red</p><p>The model {n} moves ten litres a second and runs "
                    f"quietly enough for a town centre.</p>" for n in "ABC")
    text = body(page("", items))
    assert text.split("\n\n").count("Colour: red") == 3


def test_polish_read_more_label_over_a_card_is_not_body():
    card = ("<div class='excerpt'><p class='subtitle'>Czytaj więcej</p><div><a href='/art2-pompy'>"
            "Nowe pompy w stacji północnej</a></div></div>")
    text = body(page(STORY.replace("</p>", "</p>" + card, 1)))
    assert "Czytaj" not in text and "Nowe pompy" not in text
    assert "households would see no change" in text


def test_clipped_summary_of_a_card_under_read_more_is_not_body():
    card = ("<div class='excerpt'><p class='subtitle'>Read more</p><div><a href='/pumps-2'>Second pump station "
            "to close for a month</a><p class='lead'>The board confirmed on Monday evening that the south station "
            "will shut for repairs from next week, according to a statement from the chairman, Mr Ha...</p></div>"
            "</div><h2>What residents can expect</h2>")
    text = body(page(STORY.replace("</p>", "</p>" + card, 1)))
    assert "south station" not in text
    assert "What residents can expect" in text and "households would see no change" in text


def test_summary_inside_a_read_more_card_is_not_body():
    card = ("<div class='box'><div class='label'><p>Read more</p></div><div class='card'><a href='/pumps-2'>Second "
            "pump station to close for a month</a><div><p class='lead'>The board confirmed on Monday evening that "
            "the south station will shut for repairs from next week, and that water will be drawn from the north "
            "station meanwhile.</p></div></div></div>")
    text = body(page(STORY.replace("</p>", "</p>" + card, 1)))
    assert "south station" not in text and "Read more" not in text
    assert "households would see no change" in text and text.endswith("at the earliest.")


def test_read_more_heading_in_the_story_box_leaves_the_story():
    # Straight in the story's box, the label's first larger box is the story: nothing is a card.
    text = body(page(STORY.replace("</p>", "</p><p>Read more</p>", 1)))
    assert "households would see no change" in text
