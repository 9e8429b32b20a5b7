import pytest

from tidings.extract.detect import detect_format


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><head><title>x</title></head><body><p>a</p></body></html>",
    "<html lang='en'><body><div><p>Words</p></div></body></html>",
    "\n\n  <div class='story'><p>one</p><p>two</p><p>three</p><span>four</span><a href='#'>5</a></div>",
])
def test_markup_is_html(text):
    assert detect_format(text) == "html"


def test_text_dump_with_a_stray_tag_is_text():
    dump = "Headline here\n\nTOKYO: Body text that mentions <b> once.\n\nMore body.\n" * 3
    assert detect_format(dump) == "text"


def test_page_opening_with_a_long_style_block_is_html():
    style = "<style>\n" + ".box {\n  opacity: 1;\n  margin: 0;\n}\n" * 200 + "</style>\n"
    page = style + "<div class='story'><h1>Title</h1><p>One.</p><p>Two.</p><p>Three.</p><a href='#'>x</a></div>"
    assert detect_format(page) == "html"
