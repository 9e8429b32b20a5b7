"""Text dumps: a thread of reader comments with no header over it (invented dump)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
    "and the city will now look for a buyer for the site on the western pier.",
    "Commuters who used the ferry every morning said they were disappointed by the decision, "
    "which leaves them with a longer bus ride around the bay during the winter months.",
]
COMMENT = ("I have taken that ferry every day for twenty years and I still cannot believe that the "
           "board would rather sell the pier than fix it. The bus takes an hour longer in the winter, "
           "and nobody on the board has ever asked the people who ride it what they think of the plan.")


def _dump(reply: str) -> str:
    parts = ["Ferry terminal to close", *STORY]
    for k, name in enumerate(["Jane Doe", "Tom Weller", "Anna Berg", "Mark Stone"], 1):
        parts += [f"{name}\n{k + 10}. März 2025 um 18:0{k} Uhr", COMMENT, reply]
    return "\n\n".join(parts) + "\n"


def test_thread_of_dated_comments_with_reply_buttons_is_not_the_story():
    art = extract_text_dump(_dump("Antworten"), "c.txt")
    assert STORY[0] in art.text and STORY[1] in art.text
    assert "twenty years" not in art.text


def test_dated_paragraphs_without_a_thread_s_furniture_stay_text():
    # the same dated paragraphs without reply buttons or "says" headers: a diary, a ticker
    art = extract_text_dump(_dump("Weiter"), "d.txt")
    assert "twenty years" in art.text
