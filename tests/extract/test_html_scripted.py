"""Script-rendered pages: the story ships as an HTML string inside the page's scripts."""
import json

from tidings.extract.html import extract_html
from tidings.extract.scripted import article_markup

PARAGRAPHS = [
    "The harbour authority approved a plan on Monday to deepen the northern channel, so that "
    "the largest container ships can dock without waiting for the high tide.",
    "Dredging will begin in the spring and last about eighteen months, the authority said, and "
    "the fishing fleet will keep a lane open through the works at all times.",
    "Residents of the old town had asked for a study of the noise first; the board said the "
    "study would run alongside the work rather than hold it up.",
]
STORY_HTML = (
    "<div class='img-box'><img src='a.jpg'><div class='caption'><p>Cranes over the northern "
    "quay at dawn</p></div></div>$$ARTICLEAD$$"
    + "".join(f"<p class='body-p'>{p}</p>" for p in PARAGRAPHS)
)


def shell(scripts: str) -> str:
    return ("<html><head><title>Harbour channel to be deepened</title></head><body>"
            "<div id='root'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></div>"
            + scripts + "</body></html>")


def _js_string(value: str) -> str:
    # What a server writes into a <script>: a JSON string literal with "<" escaped.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def test_story_in_an_app_state_blob_is_read():
    state = '{"article":{"id":7,"contentHtml":' + _js_string(STORY_HTML) + '}}'
    art = extract_html(shell(f"<script>window.__STATE__ = {state};</script>"), "s.html")
    assert art.text.split("\n\n") == PARAGRAPHS
    assert art.captions == ["Cranes over the northern quay at dawn"]


def test_story_escaped_twice_in_a_streamed_chunk_is_read():
    inner = '1:{"contentHtml":' + _js_string(STORY_HTML) + '}\n'
    chunk = "self.__next_f.push([1," + _js_string(inner) + "])"
    art = extract_html(shell(f"<script>{chunk}</script>"), "s.html")
    assert art.text.split("\n\n") == PARAGRAPHS


def test_ad_slot_placeholders_are_not_text():
    state = '{"contentHtml":' + _js_string(STORY_HTML) + '}'
    art = extract_html(shell(f"<script>var s = {state};</script>"), "s.html")
    assert "ARTICLEAD" not in art.text and "$$" not in art.text


def test_a_printed_story_wins_over_strings_in_its_scripts():
    printed = "".join(f"<p>{p}</p>" for p in reversed(PARAGRAPHS))
    teaser = '{"promoHtml":' + _js_string("<p>Other story one, told at length " + "x" * 300
                                          + "</p><p>Other story two</p>") + '}'
    page = ("<html><body><article><h1>Harbour channel to be deepened</h1>" + printed
            + f"</article><script>var s = {teaser};</script></body></html>")
    art = extract_html(page, "p.html")
    assert art.text.split("\n\n") == list(reversed(PARAGRAPHS))


def test_one_paragraph_string_is_no_story():
    assert article_markup(['var s = {"notice":' + _js_string("<p>" + "Cookies help us. " * 20 + "</p>") + '};']) is None


def test_broken_literals_and_plain_code_give_nothing():
    assert article_markup(['var s = "\\u00zz' + "a" * 300 + '";', "function f(){return 1}" * 50]) is None


def test_unclosed_literal_full_of_escaped_quotes_gives_nothing():
    # Hostile: every quote inside could start a literal that never closes.
    assert article_markup(['var s = "' + '\\"' * 20000]) is None
    assert article_markup(['var s = "' + '\\"' * 300 + '\n' + 'x = "<p>one</p>";']) is None
