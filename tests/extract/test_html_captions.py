"""Photo captions on invented HTML pages: which words describe a picture."""
from invented_pages import WATER_BOARD_STORY as STORY

from tidings.extract.html import extract_html


def page(inside: str) -> str:
    return ("<html><head><title>Water board replaces pumps</title></head><body>"
            "<article><h1>Water board replaces pumps</h1><div class='story-body'>" + inside + STORY
            + "</div></article><footer>Contact us</footer></body></html>")


def test_slideshow_descriptions_are_captions_not_body():
    slides = "".join(
        f"<div class='Slideshow-item'><picture><img src='/img/{k}.jpg' alt='Image'></picture>"
        f"<div class='SlideshowItem-info'><span class='SlideshowItem-count'>{k} of 2</span>"
        f"<span class='SlideshowItem-infoDescription'><p>{cap} (Photo/Ann Lee)</p></span></div></div>"
        for k, cap in ((1, "Workers lift an old pump out of the Millbrook station, Monday, May 4."),
                       (2, "The chair of the water board speaks to residents in the town hall.")))
    art = extract_html(page(slides), "t.html")
    assert "Workers lift an old pump out of the Millbrook station, Monday, May 4." in art.captions
    assert "The chair of the water board speaks to residents in the town hall." in art.captions
    assert "Workers lift" not in art.text and "speaks to residents" not in art.text


def test_a_clips_running_time_label_is_no_photo_caption():
    clip = ("<div class='media'><div class='player'><video src='/v/pumps.mp4'></video></div>"
            "<div class='media__caption'><span>02:14 min</span> <span>How the old pumps failed in the "
            "heat</span></div></div>"
            "<div class='media'><div class='player'><video src='/v/hall.mp4'></video></div>"
            "<div class='media__caption'>Residents at the hall | Local News 01:05 Min. . Available until "
            "12.08.2031 .</div></div>"
            "<figure><img src='/img/hall.jpg'><figcaption>Residents queue outside the town hall before the "
            "vote. 04.05.2030 | 1:12 min</figcaption></figure>"
            "<figure><img src='/img/pump.jpg'><figcaption>A pump at the station</figcaption></figure>")
    art = extract_html(page(clip), "t.html")
    assert "A pump at the station" in art.captions
    # A clip's own caption may close on its date and running time: still a caption.
    assert any(c.startswith("Residents queue outside the town hall") for c in art.captions)
    assert not any("02:14" in c or "Available until" in c for c in art.captions)


def test_caption_of_a_picture_inside_a_link_that_opens_it_is_a_caption():
    zoom = ("<a class='zoom' href='#photo-1'><figure><picture><img src='/img/pump.jpg'></picture>"
            "<figcaption><span>Engineers lower a new pump into the Millbrook shaft on Monday.</span></figcaption>"
            "</figure></a>"
            "<a href='/img/full/hall.jpg'><figure><img src='/img/hall.jpg'><figcaption>The town hall during "
            "the vote on the pumps</figcaption></figure></a>")
    card = ("<a href='/news/bridge-reopens'><figure><img src='/img/bridge.jpg'><figcaption>Old river bridge "
            "reopens after two years of repairs</figcaption></figure></a>")
    art = extract_html(page(zoom + card), "t.html")
    assert "Engineers lower a new pump into the Millbrook shaft on Monday." in art.captions
    assert "The town hall during the vote on the pumps" in art.captions
    # A link to another story around a captioned picture is a teaser card.
    assert not any("bridge reopens" in c for c in art.captions)
    assert "Engineers lower" not in art.text


def test_figure_linked_whole_to_another_page_is_a_card_not_a_captioned_picture():
    cards = ("<figure><a href='/kids/'><img src='/img/kids-banner.png'><figcaption>Our paper for young "
             "readers</figcaption></a></figure>"
             "<figure><a href='/news/bridge-reopens'><img src='/img/bridge.jpg'><figcaption>Old river bridge "
             "reopens after repairs</figcaption></a></figure>")
    photo = ("<figure><a href='/photos/2030/pump-hall'><img src='/img/pump-hall.jpg'><figcaption>Inside the "
             "pump hall at Millbrook</figcaption></a></figure>"
             "<figure><img src='/img/board.jpg'><figcaption>Members of the water board</figcaption></figure>")
    art = extract_html(page(cards + photo), "t.html")
    assert "Inside the pump hall at Millbrook" in art.captions
    assert "Members of the water board" in art.captions
    assert not any("young readers" in c or "bridge reopens" in c for c in art.captions)


def test_a_charts_source_line_is_no_caption():
    chart = ("<figure><img src='/img/chart.png'><figcaption>Source: Regional Water Statistics Yearbook, County "
             "Utilities Council &amp; Natl Pumping Inst. survey</figcaption></figure>"
             "<figure><img src='/img/pumps.png'><figcaption>Pump failures per year. Source: County Utilities "
             "Council</figcaption></figure>")
    art = extract_html(page(chart), "t.html")
    assert not any(c.startswith("Source:") for c in art.captions)
    assert any(c.startswith("Pump failures per year.") for c in art.captions)
