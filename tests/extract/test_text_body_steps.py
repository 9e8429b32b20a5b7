"""Text dumps: the steps of instructions, printed as short sentences among paragraphs or
as '1 / text / 2 / text' (invented dumps)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

MENU = ["Plum Kitchen", "", "Home", "Recipes", "Baking", "Contact", ""]
ABOUT = ("Plum Kitchen is the little corner of the web where Ada has been writing down the dishes of "
         "her grandmother's village since the long winter of 2009, one notebook at a time, and where "
         "readers from all over send in their own versions of the same old recipes to compare.")
FOOTER = ["", "Share", "Facebook", "Twitter", "Email", "", "Archive", "March 2020", "April 2020", "May 2020",
          "", "About this blog", "", ABOUT, "", "Imprint", "Privacy"]


def test_short_sentences_among_paragraphs_are_text():
    steps = [
        "Put the flour, the sugar and the cold butter into a bowl and rub them together with your fingers.",
        "Add the egg and knead everything quickly into a smooth dough that no longer sticks to the bowl.",
        "Heat the oven to 180 degrees.",
        "Grease a small tin.",
        "Press the dough into the tin and bake it on the middle shelf for about twenty minutes until golden.",
        "Leave the tart to cool in the tin before you lift it out and cut it into small squares.",
    ]
    dump = "\n".join(MENU + ["Almond squares", "", "Method:", ""] + steps + FOOTER)
    art = extract_text_dump(dump, "s.txt")
    assert "Grease a small tin." in art.text and "Heat the oven to 180 degrees." in art.text
    assert steps[0] in art.text and steps[-1] in art.text
    assert ABOUT not in art.text


def test_bare_step_numbers_do_not_make_the_steps_a_menu():
    steps = [
        "Wash the lentils in a sieve under cold water until the water runs clear.",
        "Fry the chopped onion in a little oil until soft, then add the garlic and spices.",
        "Add the lentils and the stock and let everything simmer for thirty minutes.",
        "Blend half of the soup until smooth and stir it back into the pot.",
        "Season with salt and lemon juice and serve the soup with warm flat bread.",
    ]
    block = ["Method"]
    for n, s in enumerate(steps, 1):
        block += [str(n), s]
    dump = "\n".join(MENU + ["Lentil soup", ""] + block + ["Reviews"] + FOOTER)
    art = extract_text_dump(dump, "n.txt")
    assert all(s in art.text for s in steps)
    assert ABOUT not in art.text
