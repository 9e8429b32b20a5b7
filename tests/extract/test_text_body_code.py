"""Text dumps: code samples and shell commands between the paragraphs of a technical post
(invented dump)."""
from __future__ import annotations

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

P1 = ("Last week our nightly build started to fail on one of the older machines, and it took us "
      "the better part of two days to work out why the same tests passed everywhere else.")
P2 = ("The culprit was a cache that outlived the test that filled it. Clearing it before each test "
      "made the failures go away, and the fix is only a few lines long, as you can see above.")
P3 = ("We have since added a check to the build that runs every test on its own once a week, so "
      "that a test which depends on the state left by another one is caught early.")
CODE = [
    "import os",
    "from harbour.testing import LiveServerCase",
    "from harbour.cache import clear_all",
    "class NightlyTests(LiveServerCase):",
    "def setUp(self):",
    "clear_all()",
    "self.client = self.make_client(timeout=5)",
    "os.environ['HARBOUR_MODE'] = 'test'",
    "def test_pages(self):",
    "self.assertEqual(self.client.get('/').status, 200)",
    "def test_news(self):",
    "self.assertEqual(self.client.get('/news').status, 200)",
]


def _dump(code: list[str]) -> str:
    lines = ["Dev Notes", "", "Home", "Archive", "About", "", "A test that passed alone", "", P1, ""]
    lines += code + ["", P2, "", P3, "", "Older posts", "Newer posts"]
    return "\n".join(lines)


def test_code_sample_does_not_cut_the_post():
    art = extract_text_dump(_dump(CODE), "c.txt")
    assert P1 in art.text and P2 in art.text and P3 in art.text
    assert "from harbour.cache import clear_all" in art.text
    assert "Older posts" not in art.text


def test_menu_of_short_labels_is_no_code():
    menu = ["News", "Sport (M)", "Sport (F)", "Weather", "Culture", "Travel", "Opinion", "Video"]
    lines = tl.split_lines(_dump(menu))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert not any("code" in ln.tags for ln in lines)


def test_one_command_between_paragraphs_is_code_but_a_handle_is_not():
    lines = tl.split_lines(_dump(["sudo apt-get install harbour-tools"]))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert [ln.text for ln in lines if "code" in ln.tags] == ["sudo apt-get install harbour-tools"]
    lines = tl.split_lines(_dump(["Follow us @harbour_news -> 2 hours ago", ">>> More guest columns"]))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert not any("code" in ln.tags for ln in lines)


def test_heading_after_a_code_sample_stays_in_the_text():
    lines = ["Dev Notes", "", "Home", "Archive", "About", "", "A test that passed alone", "", P1, ""]
    lines += CODE + ["", "Why the cache outlived the test", "", P2, "", P3, "", "Older posts", "Newer posts"]
    art = extract_text_dump("\n".join(lines), "c.txt")
    assert "Why the cache outlived the test" in art.text


# Python written with statements rather than calls: keywords that open blocks with a colon,
# an assignment with spaces around '='
PY_STATEMENTS = [
    "def load(path):",
    "result = None",
    "try:",
    "result = read(path)",
    "except OSError as err:",
    "raise LoadError(path)",
    "if result is None:",
    "return result",
    "for name in result:",
    "yield name",
]


def test_python_statements_are_code():
    lines = tl.split_lines(_dump(PY_STATEMENTS))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert [ln.text for ln in lines if "code" in ln.tags] == PY_STATEMENTS


def test_lowercase_line_with_a_colon_in_a_list_is_no_code():
    items = ["if you can: come early", "bring a towel", "while we wait: coffee", "parking is free", "no dogs"]
    lines = tl.split_lines(_dump(items))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert not any("code" in ln.tags for ln in lines)


def test_sentence_handing_over_under_a_code_sample_is_text():
    hand = "And then you call it from another module:"
    # the sample's last lines are short: no paragraph-length line stands right above
    lines = ["Dev Notes", "", "Home", "Archive", "", P1, ""] + CODE[:8] + ["", hand, "", "import nightly",
                                                                           "nightly.run()", "", P2, "", P3]
    art = extract_text_dump("\n".join(lines), "h.txt")
    assert hand in art.text and P3 in art.text
