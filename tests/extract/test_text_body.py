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
