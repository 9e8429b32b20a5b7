"""Invented news stories shared by the text-dump tests: the body lines of a dump, blank lines
between paragraphs as a dump prints them."""

HARBOUR_STORY = [
    "The harbour authority approved on Monday a plan to deepen the main shipping channel by "
    "two metres, so that the largest container ships can reach the port at low tide.",
    "",
    "Dredging will start in the spring and last about eighteen months, the authority said, "
    "and the spoil will be used to raise the dykes on the eastern shore.",
    "",
    "Fishermen have warned that the work will stir up silt on the mussel beds in the bay, "
    "and they asked for the dredgers to stop during the spawning season.",
]

RESERVOIR_STORY = [
    "The regional water board said on Thursday that the reservoir above the town had fallen "
    "to its lowest level in thirty years after the driest spring on record.",
    "",
    "Households will be asked to stop watering gardens and washing cars from Monday, and the "
    "board will fine those who fill private swimming pools before the autumn.",
    "",
    "Farmers in the valley said the limits came too late for the first harvest, which has "
    "already lost about a fifth of its yield to the heat and the lack of rain.",
    "",
    "The board will review the rules at the end of August, when it expects the first autumn "
    "storms to begin refilling the reservoir.",
]

FERRY_HEADLINE = "Harbour town opens its new ferry terminal after three years of work"
FERRY_PARAGRAPHS = [
    "The new ferry terminal in the old harbour opened on Tuesday, three years after the first "
    "pile was driven into the seabed and eighteen months later than the council had promised.",
    "The mayor said the building would let two ferries berth at once and cut the waiting time "
    "for foot passengers, who until now queued on the open quay in all weathers.",
    "Ferry operators said they expected the number of crossings to the islands to rise by a "
    "fifth next summer, when the timetable adds an early boat on weekdays.",
    "Residents of the harbour streets asked the council to keep the lorries that serve the "
    "terminal away from the market square on Saturday mornings.",
]

# The ferry story with its headline and byline over two paragraphs and two under them: the
# caption tests set the lines they test between the two halves.
FERRY_HEAD = [FERRY_HEADLINE, "", "By Maria Lenton", "", FERRY_PARAGRAPHS[0], "", FERRY_PARAGRAPHS[1], ""]
FERRY_TAIL = ["", FERRY_PARAGRAPHS[2], "", FERRY_PARAGRAPHS[3], ""]


def read_ferry_around(middle: list[str]):
    """The ferry story read as a text dump, with ``middle`` set between its two halves."""
    from tidings.extract.text import extract_text_dump

    return extract_text_dump("\n".join(FERRY_HEAD + middle + FERRY_TAIL), "t.txt")


# A story closing a ferry terminal, one paragraph per item: the text-dump tests set furniture,
# captions and comments around it.
FERRY_CLOSING = [
    "The harbour board voted on Tuesday to close the old ferry terminal after years of losses, "
    "and the city will now look for a buyer for the site on the western pier.",
    "Commuters who used the ferry every morning said they were disappointed by the decision, "
    "which leaves them with a longer bus ride around the bay during the winter months.",
    "The board said that the terminal had lost money in each of the last nine years and that "
    "repairs to the pier alone would cost more than the city could afford to spend this year.",
    "A public meeting on the future of the pier is planned for the spring, when residents will "
    "be asked whether they would prefer housing, a park or a new market hall on the site.",
]


def dump(*parts: str) -> str:
    """A text dump of ``parts``, one block per part, blank lines between them."""
    return "\n\n".join(parts) + "\n"


# Four paragraphs of one story, without blank lines (the tests join them as they need).
PIER_PARAGRAPHS = [
    "The harbour board met on Tuesday evening to decide the future of the old ferry pier, "
    "which has been closed to the public since the storm damaged its timber deck last winter.",
    "Members argued for almost three hours about the cost of the repairs, and the chairman said "
    "that the board would not borrow money for the work before the next budget was agreed.",
    "A smaller group of members wanted the pier pulled down and replaced by a floating pontoon, "
    "which they said would be cheaper to keep and would serve the new water taxi as well.",
    "The decision was put off until the spring, when the engineers are due to report on the "
    "state of the piles under the deck and on the price of the two plans.",
]
