"""Text dumps: captions known by a photo label near them (a gallery button, a "Picture by"
signature, an "(Image: ...)" credit, a left-to-right list of names), on invented dumps."""
from __future__ import annotations

from invented_dumps import FERRY_HEADLINE, FERRY_PARAGRAPHS, read_ferry_around as _read

from tidings.extract.text import extract_text_dump


def test_line_under_a_view_images_button_is_a_caption():
    cap = "The new ferry leaves the old harbour on its first crossing"
    art = _read(["View 4 Images", "", cap])
    assert cap in art.captions
    assert "first crossing" not in art.text


def test_photo_label_before_by_signs_a_caption_in_the_text():
    cap = "A file photograph shows the harbour master speaking at the terminal on May 2, 2024."
    art = _read([cap + " — Picture by Jane Doe", ""])
    assert cap in art.captions
    assert "harbour master speaking" not in art.text
    assert "The mayor said" in art.text


def test_photo_label_before_by_and_a_place_stays_text():
    line = "Since then the old harbour master has kept his favourite photo by the window."
    art = _read([line, ""])
    assert not art.captions
    assert "favourite photo by the window" in art.text


def test_image_credit_in_brackets_makes_a_caption_of_a_furniture_looking_line():
    # the share words made the line look like page furniture; its photo credit says caption
    cap = "Fans leave comments under the first ferry photos at the harbour"
    art = _read([cap + " (Image: Getty)", ""])
    assert cap in art.captions


def test_names_listed_left_to_right_between_headline_and_text_are_a_caption():
    cap = "Board members (li nach re): Jane Doe, John Roe, Mia Moe, Tom Toe"
    dump = [FERRY_HEADLINE, "", "By Maria Lenton", "", cap, ""] + FERRY_PARAGRAPHS[:4]
    art = extract_text_dump("\n\n".join(dump), "t.txt")
    assert cap in art.captions


def test_link_note_in_brackets_is_no_photo_credit():
    # a list of links, each with its "opens in a new window" note, is no row of captions
    links = ["Harbour pilot (m/w/d) Port Authority North (opens in a new window)",
             "Ferry deckhand (m/w/d) Island Lines Ltd (opens in a new window)"]
    art = _read(links + [""])
    assert not art.captions
    assert "Harbour pilot" not in art.text


def test_writers_initials_after_a_paragraph_are_no_photo_credit():
    para = ("Entry to the harbour festival on the western pier is free, and the stalls open at five "
            "on Friday and at noon on Saturday and Sunday. (kas)")
    art = _read([para, ""])
    assert not art.captions
    assert "Entry to the harbour festival" in art.text


def test_lower_case_agency_mark_after_a_photo_label_closes_a_caption():
    cap = "The harbour master in the new control room. Bild © Jane Doe"
    art = _read([cap + " (hr)", ""])
    assert cap in art.captions


def test_a_credit_alone_is_no_caption():
    # the credit under a caption ("Foto: Getty Images", "Foto: Jane Doe (Keystone)") is no
    # caption itself, nor is the label it leaves behind
    for credit in ("Foto: Getty Images", "Foto: Jane Doe (Keystone)"):
        cap = "The harbour master (r.) shows the mayor the new control room"
        dump = [FERRY_HEADLINE, cap, credit, "Von: JANE ROE", "15.05.2023 - 13:52 Uhr", ""] + FERRY_PARAGRAPHS[:4]
        art = extract_text_dump("\n".join(dump), "t.txt")
        assert cap in art.captions
        assert not any(c.casefold().startswith("foto") for c in art.captions), art.captions


def test_caption_over_the_headline_with_a_labelled_credit():
    cap = "Passengers wait on the new pier before the first crossing."
    dump = ["World", "Europe", cap + " Photograph: Jane Doe/Reuters", FERRY_HEADLINE, "By Maria Lenton", ""]
    art = extract_text_dump("\n".join(dump) + "\n" + "\n\n".join(FERRY_PARAGRAPHS[:4]), "t.txt")
    assert art.title == FERRY_HEADLINE
    assert cap in art.captions


def test_unsigned_line_over_the_headline_is_no_caption():
    dump = ["World", "Ferries to the islands: what changes in the new timetable", FERRY_HEADLINE, "By Maria Lenton", ""]
    art = extract_text_dump("\n".join(dump) + "\n" + "\n\n".join(FERRY_PARAGRAPHS[:4]), "t.txt")
    assert not art.captions


def test_caption_under_its_credit_below_a_row_of_tag_links():
    # the tag row over the credit is no caption, and does not make the credit close it
    cap = "Dock workers and passengers celebrate together on the new pier"
    dump = [FERRY_HEADLINE, "", "By Maria Lenton", "Harbour Ferries Islands Council Transport", "Foto: Jane Doe",
            cap, FERRY_PARAGRAPHS[0], ""]
    art = extract_text_dump("\n".join(dump) + "\n" + "\n\n".join(FERRY_PARAGRAPHS[1:4]), "t.txt")
    assert cap in art.captions
    assert "Harbour Ferries Islands Council Transport" not in art.captions


def test_label_whose_value_is_an_agency_is_no_caption():
    # "Translation and adaptation: AFP" under the byline: the agency is a credit, and the
    # label left over once it is split off names no photo
    art = extract_text_dump("\n".join([FERRY_HEADLINE, "", "Published on 13 May 2026 at 15:44", "By: Maria Lenton",
                                       "Translation and adaptation: AFP Germany", ""]
                                      + [p + "\n" for p in FERRY_PARAGRAPHS]), "t.txt")
    assert not any(c.rstrip().endswith(":") for c in art.captions)
