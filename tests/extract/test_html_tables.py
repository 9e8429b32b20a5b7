"""Tables inside the story: a data row reads as one line, a layout table as its blocks."""
from tidings.extract.html import extract_html
from tests.extract.test_html_body import STORY, page

FEES = ("<table><thead><tr><th>Service</th><th>Fee</th></tr></thead><tbody>"
        "<tr><td>Meter reading</td><td>Free</td></tr>"
        "<tr><td>Pump repair call-out</td><td><a href='/fees'>12 pounds</a>, weekends 20</td></tr>"
        "</tbody></table>")


def body(html: str) -> str:
    return extract_html(html, "t.html").text


def test_table_row_is_one_line_with_its_cells_in_order():
    paras = body(page("", FEES)).split("\n\n")
    assert "Service | Fee" in paras
    assert "Meter reading | Free" in paras
    assert "Pump repair call-out | 12 pounds, weekends 20" in paras
    assert "Meter reading" not in paras  # not cell by cell


def test_table_set_in_a_figure_is_content_and_its_caption_a_caption():
    fig = "<figure class='table-figure'>" + FEES + "<figcaption>Charges for the year ahead</figcaption></figure>"
    art = extract_html(page("", fig), "t.html")
    assert "Meter reading | Free" in art.text
    assert any("Charges for the year ahead" in c for c in art.captions)


def test_layout_table_cells_stay_blocks():
    # A row whose cells hold paragraphs is the page's layout, not data.
    layout = ("<table><tr><td><p>" + STORY[3:-4] + "</p></td><td><p>Contact the board office for details "
              "of the meeting and the papers put before the members.</p></td></tr></table>")
    text = body(page("", layout))
    assert " | " not in text
    assert "Contact the board office for details" in text
