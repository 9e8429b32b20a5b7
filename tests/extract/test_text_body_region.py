"""Text dumps: where the article's run of lines starts and ends (invented dumps)."""
from __future__ import annotations

from tidings.extract.text import extract_text_dump

# two short notices of the shop over the story: they read as sentences and join the run
NOTICES = [
    "Thank you for your order. We wish you a pleasant time with your copy.",
    "Your voucher code was sent to you by mail and is valid for thirty days.",
]
STORY = [
    "Premiere tonight: a new work for the autumn programme.",
    "For almost eighty minutes the dancers move under a thin curtain of falling water, and the stage of "
    "the depot slowly turns into a river bank where people meet, quarrel, make up and drift apart again.",
    "The choreographer, who took over the company in the spring, has built the piece from small scenes: "
    "two dancers share an umbrella, a crowd runs for shelter, a child stamps in a puddle on the stage.",
    "Water drips into sixteen buckets along the walls, and the sound of it sets the pace of the dancers, "
    "slow at first and then faster, until the whole company runs in circles around the wet stage.",
    "Later the dancers build a kind of raft out of their own bodies and float across the river of the "
    "stage, a long and quiet scene that the audience watched without a sound.",
    "At the end the water stops, the dancers stand still in the puddles and the light on the stage goes "
    "out one lamp after another, until only the buckets along the walls still shine.",
    "Further shows at the depot are planned for every weekend in November, and the company wants to take "
    "the piece on tour to three other cities by the river next year.",
]


def test_a_story_under_short_notices_keeps_its_last_paragraphs():
    # the opening the last paragraphs are compared with is a third of the text's length, not of
    # its lines: two notices and a short deck alone share no word with the story's end
    parts = ["Culture Pages", "Home\nTheatre\nDance\nMusic", *NOTICES, "Rain on the stage", *STORY,
             "Share", "Imprint\nPrivacy\nContact"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "r.txt")
    assert STORY[1] in art.text
    assert STORY[-1] in art.text and STORY[-2] in art.text


LETTER = [
    "They told me to write a letter whenever I am angry with someone.",
    "So today I begin, because there are so many letters to write now.",
    "Can you walk through walls? Are you tired of it all?",
    "When were you last in love, head over heels, like a fool?",
    "And so many more questions that nobody ever answers.",
    "Every girl dreams of a singer on a poster above her bed.",
    "Mine has finally arrived. We wear fine clothes and eat the best food.",
    "When I was ten years old, I saw my future in a shop window.",
]
STORY_BUS = [
    "The regional council agreed on Thursday to double the number of night buses between the old town "
    "and the university campus, after two years of complaints from students and shift workers.",
    "The new timetable starts in October. Buses will run every fifteen minutes until two in the morning "
    "on weekdays and every ten minutes on Friday and Saturday nights, the council said.",
    "Councillors from all parties backed the plan, although several of them asked how the service would "
    "be paid for once the two-year grant from the national transport fund runs out.",
    "A first review of the service is planned for the end of the academic year, when the council wants "
    "to decide whether the night buses should also serve the hospital.",
]
OTHER_STORIES = [
    "The city council has approved a new budget for the harbour district after months of debate.",
    "A local bakery won the national prize for its rye bread, the jury announced on Monday.",
    "Heavy rain flooded several cellars in the northern suburbs overnight, the fire brigade said.",
]


def test_short_lines_in_the_texts_own_block_are_not_cut_as_another_story():
    # a letter of short sentences printed as one block: its last lines share no word with
    # its first ones, but nothing sets them apart from it
    parts = ["My Diary", "Home\nLetters\nPhotos", "Letters", "\n".join(LETTER), "Comments\nArchive"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "l.txt")
    assert LETTER[0] in art.text and LETTER[-1] in art.text


def test_stories_in_blocks_of_their_own_under_the_text_are_cut():
    parts = ["My Diary", "Home\nLetters\nPhotos", "Letters", *LETTER[:5], *OTHER_STORIES, "Comments\nArchive"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "o.txt")
    assert LETTER[0] in art.text and LETTER[4] in art.text
    assert not any(s in art.text for s in OTHER_STORIES)


def test_a_stamp_line_between_the_paragraphs_is_not_text():
    stamp = "14.03.2025 um 09:12 Uhr - Jane Roe - 12 comments"
    updated = "14/03/2025 09:12 Updated 14/03/2025 11:40"
    timed = ("The second train left the station at 10:45 on 14.03.2025, a full hour late, and the "
             "passengers who had waited on the cold platform were offered free coffee.")
    parts = ["City Times", "News\nSport\nCulture", "Night buses for students", STORY_BUS[0], stamp,
             *STORY_BUS[1:3], updated, timed, STORY_BUS[3], "Imprint\nPrivacy"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "s.txt")
    assert STORY_BUS[0] in art.text and STORY_BUS[3] in art.text
    assert stamp not in art.text and updated not in art.text
    assert timed in art.text  # a sentence that tells the time is text


def test_a_tags_row_under_the_story_ends_the_text():
    note = ("Jane Roe has covered the council and the city's buses and trains for the paper since 2019, "
            "and before that she wrote about students and the university for a weekly.")
    parts = ["City Times", "News\nSport\nCulture", "Night buses for students", *STORY_BUS,
             "Tags: night buses, council, students", note, "Imprint\nPrivacy"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "t.txt")
    assert STORY_BUS[0] in art.text and STORY_BUS[-1] in art.text
    assert note not in art.text


def test_a_tags_row_over_most_of_the_story_ends_nothing():
    parts = ["City Times", "News\nSport\nCulture", "Night buses for students", STORY_BUS[0],
             "Tags: night buses, council, students", *STORY_BUS[1:], "Imprint\nPrivacy"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "u.txt")
    assert all(p in art.text for p in STORY_BUS)


def test_the_publishers_about_us_box_under_the_story_is_not_text():
    about = ("We have reported on the city's council, its buses and its university for over fifty years, "
             "and our newsroom is owned by a foundation of our readers.")
    parts = ["City Times", "News\nSport\nCulture", "Night buses for students", *STORY_BUS,
             "About us", about, "Imprint\nPrivacy"]
    art = extract_text_dump("\n\n".join(parts) + "\n", "a.txt")
    assert STORY_BUS[0] in art.text and STORY_BUS[-1] in art.text
    assert about not in art.text and "About us" not in art.text
