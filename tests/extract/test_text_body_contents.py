"""Text dumps: a table of contents between the introduction and the sections (invented dump)."""
from __future__ import annotations

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

INTRO = [
    "Eight harbour towns along the coast have rebuilt their ferry piers in the last ten years.",
    "We visited each of them and asked the people who use the ferries what has changed since.",
]
TOWNS = ["Northport", "Eastwick", "Southby", "Westhaven", "Kellmouth", "Brightsea", "Oldquay", "Fairhaven"]


def _section(town: str) -> list[str]:
    return [
        f"{town}",
        "",
        f"The new pier in {town} opened in the spring and has since carried more passengers than the "
        "old one did in its best year, the harbour master told us on a windy morning by the water.",
        "",
        f"Most of the people we met in {town} said that the crossing is quicker now, though some of "
        "them miss the small waiting room where they used to drink tea before the boat came in.",
        "",
    ]


def _dump(contents: list[str]) -> str:
    lines = ["Harbour Life", "", "Eight ferry towns, ten years on", ""]
    for p in INTRO:
        lines += [p, ""]
    lines += contents + [""]
    for town in TOWNS:
        lines += _section(town)
    return "\n".join(lines)


def test_introduction_over_a_table_of_contents_stays_in_the_text():
    art = extract_text_dump(_dump(list(TOWNS)), "c.txt")
    assert INTRO[0] in art.text and INTRO[1] in art.text
    assert "The new pier in Fairhaven" in art.text


def _tagged(contents: list[str]) -> set[str]:
    lines = tl.split_lines(_dump(contents))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    return {ln.text for ln in lines if "contents" in ln.tags}


def test_only_a_block_whose_entries_head_sections_is_a_table_of_contents():
    assert _tagged(list(TOWNS)) == set(TOWNS)
    # the same block of short lines whose entries come back nowhere as subheads is a menu
    assert not _tagged(["Weather", "Traffic", "Sport", "Culture", "Business", "Travel", "Letters", "Archive"])
