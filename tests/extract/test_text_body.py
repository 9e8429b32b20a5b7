"""Text dumps: which lines are the article's text, on invented dumps (encoding damage,
scripts with their own full stop, repeated notices, teasers cut off by their box)."""
from __future__ import annotations

from pathlib import Path

from tidings.extract import textlines as tl
from tidings.extract.text import extract_text_dump, repair_mojibake

HARBOUR = (Path(__file__).resolve().parents[1] / "fixtures" / "text"
           / "harbour-paragraphs.txt").read_text(encoding="utf-8").splitlines()


def _dump(parts: list[str]) -> str:
    return "\n\n".join(parts) + "\n"


def _mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def test_utf8_read_as_windows_1252_is_repaired():
    title = "La revancha del piloto tras su sanción: «No le soporto»"
    paras = [
        "El piloto neerlandés celebró la victoria en el circuito con un mensaje dirigido a su rival, "
        "a quien acusó de haber exagerado durante la reunión con los comisarios del sábado.",
        "La sanción, que le obligó a salir desde la sexta posición, no le impidió dominar la carrera "
        "de principio a fin y sumar su decimocuarta victoria de la temporada.",
        "Según el equipo, la relación entre ambos pilotos se había deteriorado después de la carrera "
        "de Bakú, cuando los dos coches se tocaron en la última vuelta.",
    ]
    art = extract_text_dump(_mojibake(_dump(["Deportes", title, "Por Ana García"] + paras)), "mojibake.txt")
    assert art.title == title
    assert "La sanción, que le obligó a salir desde la sexta posición" in art.text
    assert "Ã" not in art.text


def test_real_latin_letters_are_not_taken_for_mojibake():
    text = "Straße und Café: Ãœber-Marken? ßé, Â° und Ãx bleiben, wie sie sind."
    assert repair_mojibake(text) == text


def test_devanagari_danda_ends_a_sentence():
    paras = [
        "शहर की नगर परिषद ने मंगलवार को नदी के किनारे नई साइकिल लेन बनाने के प्रस्ताव को मंजूरी दे दी। "
        "इस फैसले के बाद दो साल से चल रहा विवाद खत्म हो गया है और काम अगले महीने शुरू होगा।",
        "परिषद के सदस्यों ने बहस के बाद इस योजना का समर्थन किया। नदी के पास रहने वाले कुछ लोगों ने कहा "
        "कि पार्किंग कम होने से बाजार की दुकानों को नुकसान होगा, लेकिन उनकी बात नहीं मानी गई।",
        "परिवहन समिति ने कहा कि यह काम अगली गर्मियों से पहले पूरा कर लिया जाएगा। इसके लिए पैसा "
        "क्षेत्रीय परिवहन कोष से दिया जाएगा और शहर पर कोई नया कर नहीं लगेगा।",
    ]
    lines = tl.split_lines(_dump(paras))
    tl.add_features(lines, "hi")
    assert all(ln.sentence for ln in lines)
    # a vowel sign does not split a word: the count is the spaced words', and the function
    # words of the stop list are found
    assert lines[0].words == len(paras[0].split())
    tl.classify(lines, "hi")
    assert all(ln.kind == "body" for ln in lines)
    art = extract_text_dump(_dump(["मुख्य पृष्ठ", "शहर"] + paras + ["संपर्क"]), "hi.txt")
    assert art.text.startswith(paras[0][:20])


def test_a_notice_repeated_in_every_embed_is_not_text():
    notice = ("Your current choices prevent this external content from loading. You can change "
              "them at any time and allow the display of content from other providers, which "
              "may then learn that you have visited this page.")
    parts = ["Pier to close for six weeks", "By Maria Lenton"]
    for n, para in enumerate(HARBOUR, 1):
        parts += [f"{n}. {para}", "External content not available", notice, "Change settings"]
    art = extract_text_dump(_dump(parts), "embeds.txt")
    assert "current choices" not in art.text
    assert "eastern basin" in art.text and "cargo quay" in art.text


def test_a_page_printed_three_times_keeps_its_text():
    art = extract_text_dump(_dump(["Pier to close for six weeks"] + HARBOUR * 3), "thrice.txt")
    assert "eastern basin" in art.text


_TEASERS = [
    ("Navy tests new patrol boats off the northern coast", "2026-03-14",
     "NEW FLEET: The navy said the six boats, built at a yard in the south of the country, would "
     "be used to patrol the fishing grounds where foreign trawlers have been seen in recent weeks. "
     "Officials said the crews had trained for months on the new radar systems, which can follow "
     "small craft at night and in poor weather, and that more boats would follow next year if the "
     "trials went well. The opposition asked why the contract had gone to a single yard and "
     "whether the price had been agreed before the", "By John Castel"),
    ("Farmers warn of poor harvest after dry spring", "2026-03-12",
     "DRY FIELDS: Growers in the central plains said that the wheat planted in autumn had suffered "
     "from the lack of rain in March and April, and that yields could fall by a third compared "
     "with last year. The farmers' union asked the government to release water from the "
     "reservoirs earlier than planned, and to delay the repayment of loans taken out after the "
     "floods of two years ago, which many families are still paying off with an", "By Lena Moritz"),
    ("Rail operator promises faster trains on the coast line", "2026-03-11",
     "TRACK WORK: The operator said that the new signals on the coast line would cut the journey "
     "between the two largest cities by twenty minutes once the work is finished in the summer. "
     "Passenger groups welcomed the plan but said that the trains were often late because of old "
     "rolling stock rather than signals, and asked for the replacement of the carriages that have "
     "been in service since the", "By Omar Haddad"),
    ("Museum reopens after three years of repairs", "2026-03-10",
     "NEW HALLS: The city museum opened its doors again on Saturday after a renovation that added "
     "two halls for modern art and a workshop for school classes. The director said that visitors "
     "had queued around the block on the first morning, and that the museum would stay open late "
     "on Thursdays for the rest of the year so that people who work during the day can see the "
     "collection, which includes several paintings never shown before to the", "By Clara Nunes"),
]


def test_summaries_cut_off_by_a_teaser_box_are_not_text():
    parts = ["Pier to close for six weeks", "By Maria Lenton"] + HARBOUR + ["You might also like"]
    for head, date, summary, byline in _TEASERS:
        parts += [head, date, summary, byline]
    parts += ["Front Page", "Business", "Sports"]
    art = extract_text_dump(_dump(parts), "teasers.txt")
    assert "cargo quay" in art.text
    assert "NEW FLEET" not in art.text and "DRY FIELDS" not in art.text and "NEW HALLS" not in art.text


def test_a_lead_in_to_a_list_is_text():
    lead = ("The inspection report, which the authority published on its website on Friday after "
            "repeated requests from the fishermen's association and the ferry operator, clearly "
            "distinguishes between")
    parts = (["Pier to close for six weeks", "By Maria Lenton"] + HARBOUR[:2]
             + [lead, "cracks that only need sealing, and", "cracks that weaken a pillar."] + HARBOUR[2:])
    art = extract_text_dump(_dump(parts), "leadin.txt")
    assert "distinguishes between" in art.text


def test_teasers_under_a_time_stamp_are_not_text():
    # "time / headline / summary" units, the headline a question or an exclamation
    teasers = [
        "Today, 12:34",
        "When does a strike stop being fair to commuters?",
        "Bus and tram drivers have walked out four times this spring, and many workers who "
        "cannot work from home say the stoppages now cost them hours every week.",
        "Today, 07:09",
        "Pilots extend their strike as talks with the airline collapse",
        "The cabin crew will strike on Wednesday and Thursday, and the pilots' union said that it "
        "saw no reason to return to the table before the airline made a new offer.",
        "21.03.2026, 10:13",
        "Speed checks on every main road in the region today!",
        "Police will run speed checks at more than two hundred places across the region until "
        "midnight, as part of a campaign that several neighbouring countries also take part in.",
    ]
    parts = ["Pier to close for six weeks", "By Maria Lenton"] + HARBOUR + ["Editor's picks"] + teasers
    art = extract_text_dump(_dump(parts + ["Home", "Region", "Sport"]), "stamped.txt")
    assert "cargo quay" in art.text
    assert "stoppages" not in art.text and "pilots' union" not in art.text and "two hundred" not in art.text


_FERRY = [
    "The harbour board voted on Monday to keep the night ferry running through the winter, "
    "reversing a plan that would have cut the last crossing from the timetable in November.",
    "Members said the crossing carries nurses and shift workers from the island to the hospital, "
    "and that the bus that was meant to replace it would take more than an hour longer.",
    "The ferry operator had asked for the cut after fuel costs rose by a third last year, "
    "and it warned the board that the service would lose money until the spring.",
    "The board agreed to cover the loss from its reserve fund and will review the timetable "
    "again in March, when the operator publishes its accounts for the year.",
]
_NEXT_STORY = [
    "The new bridge over the harbour mouth will open two months late after engineers found cracks "
    "in two of the concrete piers during a routine inspection in the summer.",
    "The city council said the repairs would be paid by the contractor under the terms of the "
    "building contract, and that the opening was now planned for the end of April.",
    "Residents of the harbour district, who have lived with the building site for three years, "
    "said they were disappointed but preferred a late bridge to an unsafe one.",
    "The contractor said the cracks were found early enough to be repaired without taking the "
    "piers down, and that the work would start as soon as the weather allowed.",
    "Traffic on the old swing bridge will stay limited to cars and buses until then, and lorries "
    "will continue to use the ring road around the northern end of the harbour.",
]


def test_a_next_article_appended_under_the_story_is_cut():
    # an endless-scroll page prints the next story under the first, with its own headline,
    # standfirst, byline and "Published" stamp
    page = ["Skip to main content", "News", "Sport", "Weather",
            "Night ferry saved for the winter", "By Jane Holm", "Published 03.03.2025 - 09:12"]
    page += _FERRY + ["Share article", "More on", "ferry harbour transport",
                      "Bridge opening delayed by cracks in piers",
                      "Engineers found the damage during a routine summer inspection.",
                      "By Tom Berg", "Published 03.03.2025 - 08:40"] + _NEXT_STORY
    art = extract_text_dump(_dump(page), "scroll.txt")
    assert "when the operator publishes its accounts" in art.text
    assert "concrete piers" not in art.text
    assert "routine summer inspection" not in art.text


def test_a_stamp_among_the_paragraphs_alone_cuts_nothing():
    # a "Published" line among the paragraphs with no stamp above the text is the article's
    # own stamp printed after its lead, not the start of another story
    page = ["News", "Night ferry saved for the winter", "By Jane Holm"] + _FERRY[:3]
    page += ["Published 03.03.2025 - 09:12"] + _FERRY[3:] + _NEXT_STORY[:3]
    art = extract_text_dump(_dump(page), "footer-stamp.txt")
    assert "when the operator publishes its accounts" in art.text


def test_link_titles_cut_off_with_an_ellipsis_are_not_text():
    # a "latest articles" box cuts each linked title to fit and ends it with "..."
    page = ["News", "Night ferry saved for the winter", "By Jane Holm"] + _FERRY
    page += ["Add us to your news feed.", "Transport Latest Articles",
             "Council Leader Defends Bus Plan at Debate, Says Costs Are ...",
             "Harbour Board Considering Meeting with Island Resi...",
             "Ferry Crews Praise Nurses for Winter Service, Call for More ...",
             "Privacy policy", "Contact us"]
    art = extract_text_dump(_dump(page), "cut-titles.txt")
    assert "when the operator publishes its accounts" in art.text
    assert "Council Leader Defends" not in art.text
    assert "Island Resi" not in art.text


_OFFER = ["THIS STORY IS FOR SUBSCRIBERS",
          "Read the latest local, national and international news in one place.",
          "Unlimited access to all of our articles and to the archives of our twelve partner papers.",
          "The digital edition, an exact copy of the printed paper to read on any of your devices.",
          "Daily puzzles and a weekly quiz for the whole family to enjoy.",
          "Back local reporting."]


def test_an_offer_printed_twice_between_the_paragraphs_is_not_text():
    # a paywall sets its list of perks once in the teaser box and again in its dialog
    page = ["News", "Pier to close for six weeks", "By Maria Lenton", HARBOUR[0]]
    page += _OFFER + ["SUBSCRIBE NOW"] + _OFFER + ["Already a subscriber? Sign in"] + HARBOUR[1:]
    art = extract_text_dump(_dump(page), "offer-twice.txt")
    assert "eastern basin" in art.text and "cargo quay" in art.text
    assert "Unlimited access" not in art.text and "digital edition" not in art.text


def test_a_page_printed_twice_keeps_its_text():
    art = extract_text_dump(_dump(["Pier to close for six weeks"] + HARBOUR * 2), "twice.txt")
    assert "eastern basin" in art.text and "cargo quay" in art.text


def test_a_run_of_title_case_menu_items_is_not_text():
    menu = ("Travel Adventures Island Diary Slow Travel Explore Sailing Travel Tales Notes From The "
            "Coast Taste Of The North Women Beyond Borders Green Harbours Special Coverage Climate "
            "Discover The Islands")
    page = ["News", "Pier to close for six weeks", "By Maria Lenton", HARBOUR[0], menu] + HARBOUR[1:]
    lines = tl.split_lines(_dump(page))
    tl.add_features(lines, "en")
    tl.classify(lines, "en")
    assert next(ln for ln in lines if ln.text == menu).kind != "body"
    art = extract_text_dump(_dump(page), "menu-run.txt")
    assert "Slow Travel" not in art.text and "cargo quay" in art.text


def test_prose_full_of_names_is_still_text():
    paras = ["The founding members were Belgium, Canada, Denmark, France, Iceland, Italy, "
             "Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.",
             "Die Bundesregierung hat am Mittwoch in Berlin beschlossen, dass die Deutsche Bahn "
             "bis Ende Mai neue Züge für die Strecke zwischen Hamburg und München bestellen darf."]
    for lang, text in zip(("en", "de"), paras):
        lines = tl.split_lines(text)
        tl.add_features(lines, lang)
        tl.classify(lines, lang)
        assert lines[0].kind == "body"


def test_a_publishers_appeal_for_support_is_not_text():
    appeals = ["Did you find this useful? If you valued this article, please support us with a "
               "small monthly gift: we have no paywall and no owner, only our readers.",
               "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende."]
    for appeal in appeals:
        page = ["News", "Pier to close for six weeks", "By Maria Lenton"] + HARBOUR + [appeal, "Donate"]
        art = extract_text_dump(_dump(page), "appeal.txt")
        assert "cargo quay" in art.text and appeal[:20] not in art.text


def test_a_single_embed_placeholder_is_not_text():
    placeholder = ("At this point you will find external content chosen by our editors that adds to "
                   "the article. You can show it with one click and hide it again.")
    page = ["News", "Pier to close for six weeks", "By Maria Lenton"] + HARBOUR[:2] + [
        "Recommended editorial content", placeholder, "Show external content"] + HARBOUR[2:]
    art = extract_text_dump(_dump(page), "embed.txt")
    assert "cargo quay" in art.text and "chosen by our editors" not in art.text


def test_without_function_words_a_long_line_with_inner_full_stops_is_text():
    # a language with no stop-word list: only punctuation tells prose from menus, and the
    # dump may have lost a paragraph's last full stop
    para = ("The harbour authority said the pier would close next month. The work should take six "
            "weeks. Boats will be moved to the eastern basin for the duration of the work")
    menu = "Home News Sport Business Weather Culture Opinion Travel Video Podcasts Newsletters Events Jobs Archive Contact Advertise With Us Today Tomorrow"
    lines = tl.split_lines(_dump([para, menu]))
    tl.add_features(lines, None)
    tl.classify(lines, None)
    assert lines[0].kind == "body" and lines[1].kind != "body"


CONSENT_STORY = [
    "The school board sent a letter to every family on Monday, explaining how the new vaccination "
    "bus will visit the secondary schools over the next three weeks.",
    "Teachers said that the parent consent forms had been sent out by e-mail last week, and that most "
    "of them had already come back signed.",
    "The bus will stop at each school for two days, and pupils whose parents agreed will be seen "
    "during the morning lessons, the board said.",
]
PITCH = ("Want more stories like this one? Sign up for our newsletter and get the best of the week "
         "in your inbox every Friday morning.")


def test_a_paragraph_naming_its_topic_with_a_furniture_word_stays_text():
    # 'consent' is consent-dialog vocabulary; between two paragraphs it is the story's topic
    art = extract_text_dump(_dump(["Schools", "Vaccination bus for schools", *CONSENT_STORY]), "consent.txt")
    assert all(p in art.text for p in CONSENT_STORY)


def test_a_newsletter_pitch_between_paragraphs_stays_out():
    story = CONSENT_STORY[:2] + [PITCH] + CONSENT_STORY[2:]
    art = extract_text_dump(_dump(["Schools", "Vaccination bus for schools", *story]), "pitch.txt")
    assert CONSENT_STORY[2] in art.text
    assert PITCH not in art.text
