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


def recipe_page(beside: str) -> str:
    steps = "".join(f"<p>{s}</p>" for s in (
        "Warm the milk in a small pan until it steams, then stir in the butter until it has melted.",
        "Mix the flour with the yeast in a wide bowl, pour in the warm milk and knead for five minutes.",
        "Leave the dough covered in a warm corner of the kitchen until it has doubled in size.",
        "Shape twelve small rolls, brush them with the beaten egg and bake them for twenty minutes."))
    return ("<html><body><header><nav><a href='/'>Home</a> <a href='/recipes'>Recipes</a></nav></header>"
            "<main><h1>Soft milk rolls</h1><div class='recipe'>" + beside +
            "<div class='tools'><a href='#print'>Print</a></div>"
            "<div class='method'><h2>Method</h2>" + steps + "</div></div>"
            "<aside><h3>Popular now</h3><ul><li><a href='/a'>Lemon tart with a crisp base</a></li>"
            "<li><a href='/b'>Slow roast lamb shoulder</a></li><li><a href='/c'>Spring onion pancakes</a></li>"
            "</ul></aside></main></body></html>")


INGREDIENTS = ("<div class='ingredients'><h2>Ingredients</h2><table>"
               "<tr><td>250 g</td><td>flour</td></tr><tr><td>1 sachet</td><td>dried yeast</td></tr>"
               "<tr><td>150 ml</td><td>milk</td></tr><tr><td>40 g</td><td>butter</td></tr>"
               "<tr><td>1</td><td>egg</td></tr><tr><td>1 pinch</td><td>salt</td></tr></table></div>")


def test_headed_ingredient_table_beside_the_steps_is_body():
    text = body(recipe_page(INGREDIENTS))
    paras = text.split("\n\n")
    assert "250 g | flour" in paras and "1 pinch | salt" in paras
    assert text.index("250 g | flour") < text.index("Warm the milk")
    assert "Print" not in paras and "Lemon tart with a crisp base" not in text


def test_headed_link_list_beside_the_story_stays_out():
    more = ("<div class='more'><h2>More bakes</h2><ul>" + "".join(
        f"<li><a href='/r{i}'>A bake with a long enough name number {i}</a></li>" for i in range(6)) + "</ul></div>")
    text = body(recipe_page(more))
    assert "Warm the milk" in text and "A bake with a long enough name" not in text


def test_calendar_widget_rows_are_not_body():
    week = "".join(f"<td>{d}</td>" for d in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))
    days = "".join(f"<td>{d}</td>" for d in range(8, 15))
    first = "<td></td>" * 5 + "<td>1</td><td>2</td>"
    cal = f"<table class='availability'><tr>{week}</tr><tr>{first}</tr><tr>{days}</tr></table>"
    paras = body(page("", cal)).split("\n\n")
    assert not any(p.startswith(("Mo | Tu", "8 | 9", "1 | 2")) for p in paras)


def test_row_of_short_figures_that_do_not_follow_on_is_body():
    draw = "<table><tr><td>Numbers</td><td>Bonus</td></tr><tr>" + "".join(
        f"<td>{n}</td>" for n in (4, 17, 23, 31, 38, 42)) + "</tr></table>"
    assert "4 | 17 | 23 | 31 | 38 | 42" in body(page("", draw)).split("\n\n")
