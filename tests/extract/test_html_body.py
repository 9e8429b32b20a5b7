"""Body text on invented pages: which blocks are the story and which are page furniture."""
from tidings.extract.html import extract_html

STORY = (
    "<p>The county water board voted on Tuesday to replace the ageing pumps at the Millbrook station, "
    "ending a two-year dispute over who should pay for the work and how quickly it should begin.</p>"
    "<p>Engineers told the board that two of the four pumps had failed during the summer heat and that "
    "the remaining pair were running well beyond the hours their maker recommends for safe use.</p>"
    "<p>The chair of the board said the new pumps would be installed before the first frost, and that "
    "households would see no change to their bills until the following spring at the earliest.</p>"
)


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
