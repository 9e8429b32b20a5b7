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


def test_ingredient_list_above_the_steps_belongs_to_the_text():
    ingredients = ["250 g flour", "125 g cold butter", "1 egg", "2 tbsp sugar", "1 pinch of salt", "Icing sugar"]
    steps = [
        "Rub the flour, the butter, the sugar and the salt together with your fingers until fine crumbs form.",
        "Add the egg and knead everything quickly into a smooth dough, then wrap it and chill it for an hour.",
        "Roll the dough out thinly, cut out small stars and bake them at 180 degrees for about ten minutes.",
        "Leave the biscuits to cool on a rack and dust them with icing sugar before you serve them.",
    ]
    dump = "\n".join(MENU + ["Butter stars", "", "Serves: 40 biscuits", "", "Ingredients:"] + ingredients
                     + ["", "Method:", ""] + steps + FOOTER)
    art = extract_text_dump(dump, "i.txt")
    assert "125 g cold butter" in art.text and "1 pinch of salt" in art.text
    assert steps[0] in art.text and steps[-1] in art.text
    assert ABOUT not in art.text


def test_numbered_headlines_glued_to_their_rank_are_no_ingredients():
    para = ("The city council met on Monday to discuss the new budget, and after a long debate it agreed "
            "to spend more on schools, less on roads, and to keep the swimming pool open all winter.")
    ranked = ["1Council keeps the pool open", "2Schools get more money", "3Roads must wait", "4Winter is coming"]
    dump = "\n".join(MENU + ["Budget agreed", "", para, "", para.replace("Monday", "Tuesday"), "",
                             "Most read"] + ranked + FOOTER)
    art = extract_text_dump(dump, "r.txt")
    assert not any(r in art.text for r in ranked)
