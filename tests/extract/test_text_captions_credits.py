"""Text dumps: photo captions that close with their photographer's credit, on invented dumps."""
from __future__ import annotations

from invented_dumps import (
    FERRY_HEAD as HEAD,
    FERRY_HEADLINE,
    FERRY_PARAGRAPHS,
    FERRY_TAIL as TAIL,
    read_ferry_around as _read,
)

from tidings.extract.text import extract_text_dump


def test_caption_closing_with_photographer_and_agency_is_a_caption():
    cap = "Passengers board the first ferry from the new terminal in the old harbour on Tuesday."
    art = _read([cap + " Jane Doe (REUTERS)"])
    assert cap in art.captions
    assert "Passengers board the first ferry" not in art.text
    assert "The mayor said" in art.text and "Ferry operators said" in art.text


def test_caption_closing_with_photographer_for_a_paper_is_a_caption():
    cap = "The waiting hall of the terminal looks out over the outer breakwater."
    art = _read([cap + " Tom Weller for The Harbour Times"])
    assert cap in art.captions
    assert "The waiting hall of the terminal" not in art.text


# A caption the page prints between two photos' worth of text, not part of the article's prose:
# it follows a short heading and precedes a related-story line, so the text region skips it.
def _read_boxed(caption_line: str):
    middle = [
        "Related coverage",
        "",
        caption_line,
        "",
        "Ferries to the islands: what changes in the new timetable",
    ]
    return _read(middle)


def test_caption_signed_after_a_slash_is_a_caption():
    cap = "Dock workers fix the gangway to the new pier in the old harbour"
    art = _read_boxed(cap + " / Lena Marsh")
    assert cap in art.captions


def test_caption_with_a_glued_credit_label_is_a_caption():
    cap = "Dock workers fix the gangway to the new pier in the old harbour"
    art = _read_boxed(cap + "Credit: Lena Marsh")
    assert cap in art.captions


def test_time_stamp_signed_after_a_slash_is_no_caption():
    art = _read_boxed("9. September 2025 um 15:46 Uhr / Lena Marsh")
    assert not any("15:46" in c for c in art.captions)


def test_caption_with_a_slash_joined_credit_after_its_last_sentence_is_a_caption():
    cap = "Passengers wait on the quay for the first boat from the new terminal."
    art = _read([cap + " harbourtimes.is/Lena Marsh"])
    assert cap in art.captions
    assert "Passengers wait on the quay" not in art.text


def test_caption_with_a_vietnamese_photo_label_is_a_caption():
    cap = "Hành khách chờ chuyến phà đầu tiên tại nhà ga mới."
    art = _read([cap + " Ảnh: Lena Marsh"])
    assert cap in art.captions


def test_paragraph_closing_with_and_or_stays_in_the_text():
    para = ("Residents may write to the council or speak at the open meeting on Thursday. "
            "and/or Friday")
    art = _read([para])
    assert not any("Residents may write" in c for c in art.captions)


def test_caption_over_a_bracketed_name_line_is_a_caption_and_the_name_no_paragraph():
    cap = "Passengers wait on the quay as the first ferry leaves the new terminal."
    art = _read([cap, "(Jane Doe / Harbour Times)"])
    assert cap in art.captions
    assert "Jane Doe" not in art.text and "Passengers wait on the quay" not in art.text
    assert "The mayor said" in art.text and "Ferry operators said" in art.text


def test_bracketed_aside_under_a_line_makes_no_caption():
    line = "Passengers wait on the quay as the first ferry leaves the new terminal."
    art = _read([line, "(see timetable below)"])
    assert line not in art.captions


def test_caption_over_a_cyrillic_photo_credit_is_a_caption():
    cap = "Пассажиры ждут на причале первый паром из нового терминала"
    art = _read([cap, "", "Фото: Иван Петров, Газета"])
    assert cap in art.captions
    assert "Иван Петров" not in art.text


def test_two_word_caption_over_a_labelled_credit_in_its_block_is_a_caption():
    art = _read(["Westpier terminal.\nPhoto: Jane Doe"])
    assert "Westpier terminal." in art.captions


def test_bare_name_over_a_credit_across_a_blank_line_is_no_caption():
    # the credit there heads the caption below it; the name over it is a byline
    art = _read(["Lena Marsh", "", "Photo: Jane Doe", "",
                 "Dock workers fix the gangway to the new pier in the old harbour."])
    assert "Lena Marsh" not in art.captions


def test_long_bracketed_photo_label_is_a_credit_under_its_caption():
    cap = "Passengers wait on the quay for the first ferry."
    art = _read([cap, "", "(Photo: made with an image generator by the desk of the Harbour Times / jd)"])
    assert cap in art.captions
    assert "image generator" not in art.text


def test_caption_with_photographer_and_agency_glued_without_a_stop_is_a_caption():
    cap = "The new ferry leaves the terminal on its first crossing to the islands"
    art = _read([cap + " Lena Marsh/Harbour Images"])
    assert any(c.startswith("The new ferry leaves the terminal") for c in art.captions)
    assert "The new ferry leaves the terminal" not in art.text


def test_paragraph_ending_on_a_name_pair_without_an_agency_stays_in_the_text():
    para = ("The report was written over two winters by a panel that met in the harbour office "
            "and was chaired by Tom Weller/Lena Marsh")
    art = _read([para])
    assert not any("The report was written" in c for c in art.captions)


def test_caption_with_a_long_copyright_credit_after_its_sentence_is_a_caption():
    cap = "The map shows the route of the new ferry line across the bay."
    credit = "© Harbour Times graphics/OSM | Jane Doe /Harbour Times graphics desk OSM open map chart tool"
    art = _read([cap + " " + credit])
    assert cap in art.captions
    assert "The map shows the route" not in art.text


def test_line_printed_twice_in_a_row_between_paragraphs_is_a_caption():
    cap = "Cranes stand over the half-built quay at the western end of the harbour."
    art = _read([cap, "", cap])
    assert cap in art.captions
    assert cap not in art.text
    assert "The mayor said" in art.text and "Ferry operators said" in art.text


def test_line_printed_twice_over_the_text_is_no_caption():
    echo = "Harbour town opens its new ferry terminal"
    lines = [echo, "", echo, ""] + HEAD[4:] + TAIL
    art = extract_text_dump("\n".join([FERRY_HEADLINE, ""] + lines), "t.txt")
    assert echo not in art.captions


def test_caption_printed_again_without_its_credit_leaves_the_text():
    cap = "Cranes stand over the half-built quay at the western end of the harbour."
    art = _read([cap + " Tom Weller for The Harbour Times", "", cap])
    assert cap in art.captions
    assert cap not in art.text
    assert "The mayor said" in art.text and "Ferry operators said" in art.text


def test_paragraph_ending_with_the_agency_it_was_told_to_stays_in_the_text():
    para = ("The terminal will need a second berth within five years if the number of crossings "
            "keeps growing at this rate, the harbour master said in an interview with Reuters")
    para_de = ("Der Hafen brauche in fünf Jahren einen zweiten Anleger, wenn die Zahl der Fahrten "
               "weiter so wachse, sagte der Hafenmeister gegenüber der APA")
    for p in (para.replace("in an interview with", "to"), para_de):
        art = _read([p])
        assert not any(c.startswith(p[:30]) for c in art.captions)
    assert para[:60] in _read([para.replace("in an interview with", "to")]).text


def test_caption_with_its_agency_after_the_last_sentence_is_still_a_caption():
    cap = "The harbour master shows the plans for the second berth to visitors on Tuesday."
    art = _read([cap + " Reuters"])
    assert cap in art.captions


def test_long_paragraph_over_a_source_label_with_text_after_it_stays_in_the_text():
    para = ("Ticket sales for the new crossings rose by a fifth in the first quarter, and the operators "
            "expect the summer timetable to add another ten per cent once the early weekday boat runs.")
    art = _read([para, "Quelle: Harbour Times graphics"])
    assert para in art.text
    assert para not in art.captions


def test_short_caption_over_a_source_label_is_still_a_caption():
    cap = "The harbour master shows the plans for the second berth."
    art = _read([cap, "Quelle: Harbour Times"])
    assert cap in art.captions


# "Fot." is the Polish and Czech photo label, abbreviated with its stop and no colon
def test_caption_over_an_abbreviated_fot_credit_is_a_caption():
    cap = "Nowy prom przy molo w starym porcie we wtorek rano."
    art = _read([cap, "Fot. Anna Nowak / Agencja Portowa"])
    assert cap in art.captions
    assert "Nowy prom przy molo" not in art.text


def test_caption_closing_with_fot_after_a_comma_is_a_caption():
    cap = "Nowy prom przy molo w starym porcie we wtorek rano"
    art = _read([cap + ", fot. Anna Nowak"])
    assert cap in art.captions
    assert "Nowy prom przy molo" not in art.text


def _read_between(middle_a: list[str], middle_b: list[str]):
    lines = HEAD + middle_a + ["", FERRY_PARAGRAPHS[2], ""] + middle_b + ["", FERRY_PARAGRAPHS[3], "",
                                                                           FERRY_PARAGRAPHS[0], ""]
    return extract_text_dump("\n".join(lines), "t.txt")


def test_caption_closing_with_a_bare_source_is_a_caption_where_the_page_credits_so():
    bare = "The new gangway at dawn."
    signed = "The waiting hall of the terminal looks out over the outer breakwater."
    art = _read_between([bare + " Harbour Authority"], [signed + " Tom Weller for The Harbour Times"])
    assert bare in art.captions and signed in art.captions
    assert "The new gangway at dawn" not in art.text


def test_bare_source_tail_without_other_credited_captions_stays_text():
    art = _read_between(["The new gangway at dawn. Harbour Authority"], [])
    assert not any("gangway at dawn" in c for c in art.captions)


def test_caption_ending_in_capitals_with_a_glued_label_is_a_caption():
    cap = "The skipper wears a coat by HARBOURWEAR"
    art = _read_boxed(cap + "Foto: Lena Marsh. Styling: Tom Weller")
    assert cap in art.captions


def test_caption_closing_with_a_bracketed_credit_spaced_before_its_bracket_is_a_caption():
    cap = "Kapal feri baru bersandar di dermaga pelabuhan lama pada hari Selasa"
    art = _read([cap + "(Dok.Humas Pelabuhan )"])
    assert cap in art.captions
    assert "Kapal feri baru" not in art.text


def test_caption_closing_with_a_courtesy_credit_is_a_caption():
    # the photo lent by its owner: "Courtesy of ...", Spanish "Cedida por ..." glued to the stop
    cap = "The old waiting room of the terminal before the works began in 2022."
    art = _read([cap + " Courtesy of the Harbour Museum", "", FERRY_PARAGRAPHS[2], "",
                 "La sala de espera antigua de la terminal del puerto.Cedida por la Asociación del Muelle"])
    assert cap in art.captions
    assert "La sala de espera antigua de la terminal del puerto." in art.captions
    assert "old waiting room" not in art.text and "sala de espera" not in art.text


def test_sentence_about_a_courtesy_stays_text():
    line = "The operators thanked the crews for their courtesy of manner during the first winter of the works."
    art = _read([line])
    assert line in art.text


def test_caption_closing_with_a_lithuanian_photo_credit_is_a_caption():
    # "<photographer> / <source> nuotr.": the Lithuanian credit, the name before "nuotr." (photo)
    cap = "Naujasis keltų terminalas senajame uoste"
    art = _read([cap + " / J. Petraičio / Uosto nuotr."])
    assert cap in art.captions
    assert "Naujasis keltų terminalas" not in art.text


def test_line_with_slashes_but_no_photo_word_stays_text():
    line = ("The operator said the new fares for adults / children / pensioners will apply from May, "
            "when the summer timetable starts and the early boat runs on weekdays.")
    art = _read([line])
    assert line in art.text


def test_caption_closing_with_a_bracketed_source_and_its_office_is_a_caption():
    # the source names its office after a comma inside the bracket
    cap = "The ferry operator's plan for the new terminal, filed with the council last spring."
    art = _read([cap + " (Harbour Court, Eastern Office of County Records)"])
    assert cap in art.captions
    assert "filed with the council" not in art.text


def test_caption_over_an_agency_before_a_live_blogs_next_entry_is_a_caption():
    # the photo closes one entry; the next opens with its day and its stamped heading
    cap = "The new pier has been in use since May and was repaired twice."
    art = _read([cap, "", "AP", "", "Wednesday, 16 July", "", "15.32: Ferries resume their winter timetable"])
    assert cap in art.captions
    assert "repaired twice" not in art.text


def test_bare_source_caption_left_out_of_the_text_is_a_caption_where_the_page_credits_so():
    # the reader already left the line out of the text; it is still the photo's caption
    bare = "The new gangway with the old lighthouse still under repair behind it."
    signed = "The waiting hall of the terminal looks out over the outer breakwater."
    art = _read_between([bare + " Harbour Authority"], [signed + " Tom Weller for The Harbour Times"])
    assert bare in art.captions


def test_headline_with_its_outlet_between_paragraphs_is_no_caption():
    signed = "The waiting hall of the terminal looks out over the outer breakwater."
    art = _read_between(["Island Ferries Are Ready to Lose the Winter Timetable Case. Harbour Times"],
                        [signed + " Tom Weller for The Harbour Times"])
    assert not any("Winter Timetable" in c for c in art.captions)


def test_wire_archive_photo_caption_is_a_caption():
    # the wire services open an archive photo's caption with "FILE - "
    cap = "FILE - Passengers wait on the open quay of the old terminal, Jan. 12, 2023, in Harbour Town."
    art = _read([cap])
    assert cap in art.captions
    assert "Passengers wait on the open quay" not in art.text
