"""Text set out in one long block of headings, list items and sentences (the minutes of
a meeting) is the article, though its short lines would make it look like a menu."""
from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump

NAV = ["Home", "About us", "Members", "Groups", "Contact"]
MINUTES = [
    "Approval of the last minutes",
    "approved",
    "Statutes",
    "We want to find a wording of the new statutes that the members can vote on at the next general meeting. Anna drafts a proposal.",
    "Membership fee",
    "Ben sets up an online vote in which every member enters the yearly fee of their own choice, in francs or in the club's own currency.",
    "All members are told about it by mail.",
    "Accounts 2019",
    "Carla asks Ben whether she can help with the books.",
    "New members",
    "Lately new members have joined the club at a steady rate, and we are close to two hundred. We thank everyone who spread the word.",
    "Dates",
    "- General meeting 2020: first half of May, probably in Basel",
    "- 2 November 2019: forum, Bern",
    "Regional group",
    "Ben talks to the woman who wants to start a regional group by the lake next spring. Since there is interest in the next canton too, both could join.",
    "Bank account",
    "Anna has her ID certified and sends it to Ben before the end of the month.",
    "Next board meeting",
    "5 December 2019",
]
AFTER = ["Categories", "News", "Post navigation", "Minutes of the board meeting of 5 August 2019",
         "Upcoming events", "Forum", "Basic income", "Money and ethics", "Local trade", "Exchange circles"]
SIDEBAR = ["We are a club for people who trade goods and services with each other without money. "
           "Our own currency keeps prices fair and helps the local economy of the towns around the lake.",
           "Anyone can decide how much they ask for what they offer and what they give for the offers of others."]


def test_minutes_in_one_block_win_over_a_short_about_box():
    text = "\n".join(NAV) + "\n\nMinutes of the board meeting\n\n" + "\n".join(MINUTES) + "\n\n" + \
        "\n".join(AFTER) + "\n\n" + "\n\n".join(SIDEBAR) + "\n"
    a = extract_text_dump(text, "m.txt")
    assert MINUTES[5] in a.text and MINUTES[15] in a.text
    assert SIDEBAR[0] not in a.text


def test_a_long_menu_block_is_still_no_text():
    menu = ["Latest news", "Sport", "Weather", "Culture", "Travel", "Money", "Science", "Health",
            "Opinion", "Video", "Podcasts", "Archive"]
    text = "\n".join(NAV) + "\n\n" + "\n".join(menu) + "\n\n" + "\n\n".join(SIDEBAR) + "\n"
    a = extract_text_dump(text, "n.txt")
    assert "Podcasts" not in a.text and SIDEBAR[0] in a.text


def test_a_block_of_reader_comments_under_their_header_is_not_made_text():
    post = ["The town council voted last night to keep the old ferry running for two more winters, "
            "after a long debate about the cost of the repairs and the bridge that may replace it.",
            "The mayor said the decision gives the town time to find money for the bridge without "
            "leaving the villages across the water cut off in the meantime."]
    thread = ["Post a comment", "You must sign in to post a comment.", "6 comments"]
    for name, words in (("Tom Weller", "Good news for the villages, at last someone listens to them."),
                        ("Ann Roe", "The bridge will never be built, mark my words on this one."),
                        ("Joe Bloggs", "Two winters is not enough time to raise the money for it."),
                        ("Kim Lee", "I take the ferry every day and I am glad it stays with us."),
                        ("Sam Fox", "The repairs will cost more than the council says they will."),
                        ("Lou Park", "My children cross the water to school and need the boat.")):
        thread += [f"By {name}, on Wednesday 15 May 2019 at 08h07", words]
    text = "\n".join(NAV) + "\n\nFerry to run two more winters\n\n" + "\n\n".join(post) + "\n\n" + \
        "\n".join(AFTER) + "\n\n" + "\n".join(thread) + "\n"
    a = extract_text_dump(text, "c.txt")
    assert post[0] in a.text
    assert "mark my words" not in a.text
    # the thread's comments stay out of the scoring of a prose block, else the text region
    # runs on into them (the bylines in it then read as the story's)
    lines = tl.split_lines(text)
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert not any("prose" in ln.tags for ln in lines)



def test_short_minutes_with_four_sentences_are_text():
    minutes = ["Budget", "approved",
               "The treasurer explains that the ferry repairs cost more than planned last year, and the board "
               "agrees to ask the members for a small extra fee at the general meeting.",
               "Events",
               "- 2 November: forum, Bern",
               "- 9 November: fair, Basel",
               "Anna will run the stand at the fair and asks for two more helpers from the regional groups, "
               "who can send her a mail by the end of October.",
               "Ben prints the new leaflets for both events and brings them to the next board meeting, "
               "where the board will also plan the stand for the spring market.",
               "Carla writes a short report on the forum for the club paper so that the members who could "
               "not come can read what was said about the future of local money."]
    text = "\n".join(NAV) + "\n\nMinutes of the board meeting\n\n" + "\n".join(minutes) + "\n\n" + \
        "\n".join(AFTER) + "\n\n" + "\n\n".join(SIDEBAR) + "\n"
    a = extract_text_dump(text, "p.txt")
    assert minutes[2] in a.text and minutes[7] in a.text
