"""The shared field helpers: dates, bylines, credits, titles, captions, datelines."""
import pytest

from tidings.extract.fields import (
    agency_name, clean_author, date_from_url, find_credits, is_dateline, parse_date,
    split_caption_credit, split_dateline, strip_site_name,
)


@pytest.mark.parametrize("text,iso", [
    ("2024-05-03T15:47:42+00:00", "2024-05-03"),
    ("Posted May 3, 2024 at 5pm", "2024-05-03"),
    ("3 May 2024", "2024-05-03"),
    ("Veröffentlicht am 3. Mai 2024", "2024-05-03"),
    ("3 de mayo de 2024", "2024-05-03"),
    ("le 12 janvier 2020", "2020-01-12"),
    ("3 мая 2024", "2024-05-03"),
    ("2024年5月3日 10:00", "2024-05-03"),
    ("03.05.2024", "2024-05-03"),  # day first, as European sites write it
    ("Sept. 9, 2021", "2021-09-09"),
])
def test_parse_date_reads_many_languages(text, iso):
    assert parse_date(text) == iso


def test_parse_date_rejects_future_and_nonsense():
    assert parse_date("2024-06-01", crawl_date="2024-05-03") is None
    assert parse_date("2024-05-04", crawl_date="2024-05-03") == "2024-05-04"  # time-zone slack
    assert parse_date("no date here") is None
    assert parse_date("2024-13-45") is None


def test_numeric_date_ending_a_sentence_is_read_but_a_version_number_is_not():
    assert parse_date("Der Beitrag wurde am 21/02/2021. veröffentlicht") == "2021-02-21"
    assert parse_date("Stand: 03.11.2023.") == "2023-11-03"
    assert parse_date("Firmware 1.2.2021.3 fixes the bug") is None


def test_parse_date_full_timestamp_kept_on_request():
    assert parse_date("2024-05-03T15:47:42+00:00", full=True) == "2024-05-03T15:47:42+00:00"


def test_date_from_url():
    assert date_from_url("https://example.com/2021/03/09/story-name/") == "2021-03-09"
    assert date_from_url("https://example.com/news/20210309-story") == "2021-03-09"
    assert date_from_url("https://example.com/news/story-12345") is None


@pytest.mark.parametrize("raw,names", [
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("Von Anna Müller und Peter Schmidt", ["Anna Müller", "Peter Schmidt"]),
    ("By Mary Smith, Senior Correspondent", ["Mary Smith"]),
    ("Jane Doe, Tokyo", ["Jane Doe"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
    ("AFP", []),
    ("The Associated Press", []),
    ("By Kim Lee jane@example.com @kimlee", ["Kim Lee"]),
])
def test_clean_author(raw, names):
    assert clean_author(raw) == names


def test_credits_are_canonical_and_ordered():
    line = "By Jane Doe, with AFP and Reuters; additional reporting by the Associated Press"
    assert find_credits(line) == ["AFP", "Reuters", "AP"]
    assert agency_name("Agence France-Presse") == "AFP"
    # Lower-case "ap" in prose is not the agency.
    assert find_credits("tap the map of ap roads") == []
    assert find_credits("Photo: Getty Images") == []
    assert find_credits("Photo: Getty Images", photo=True) == ["Getty Images"]


@pytest.mark.parametrize("title,sites,expected", [
    ("Rain ends drought | CNN", ["CNN"], "Rain ends drought"),
    ("Rain ends drought - Autoblog", [], "Rain ends drought"),
    ("Der Standard – Wahl in Wien: Ergebnis steht fest", ["derStandard"], "Wahl in Wien: Ergebnis steht fest"),
    ("Japan, US agree to new heights | The Star", [], "Japan, US agree to new heights"),
    # A lower-case tail is part of the headline, not a site name.
    ("Biden signs the budget bill - report says", [], "Biden signs the budget bill - report says"),
    # The site's exact name before a colon is a prefix; another word there is a kicker.
    ("The Harbour Post: Ferry pier opens next spring", ["The Harbour Post"], "Ferry pier opens next spring"),
    ("Harbour: Ferry pier opens next spring", ["The Harbour Post"], "Harbour: Ferry pier opens next spring"),
])
def test_strip_site_name(title, sites, expected):
    assert strip_site_name(title, sites) == expected


@pytest.mark.parametrize("caption,expected", [
    ("PM speaks in Tokyo. (Photo: AFP)", ("PM speaks in Tokyo.", "AFP")),
    ("Protesters in Berlin. John Smith/Reuters", ("Protesters in Berlin.", "John Smith/Reuters")),
    ("A man walks. © dpa", ("A man walks.", "dpa")),
    ("Just a caption without credit", ("Just a caption without credit", None)),
    ("Junge Leute in der Ausbildung", ("Junge Leute in der Ausbildung", None)),
    ("Ein Mann in Berlin. Foto: Jane Doe", ("Ein Mann in Berlin.", "Jane Doe")),
    ("東京の街並み 写真：共同", ("東京の街並み", "共同")),
])
def test_split_caption_credit(caption, expected):
    assert split_caption_credit(caption) == expected


@pytest.mark.parametrize("para,place,rest", [
    ("TOKYO (Reuters) - Japan said on Monday", "TOKYO", "Japan said on Monday"),
    ("WASHINGTON, Jan 21 (AFP) — Talks began", "WASHINGTON", "Talks began"),
    ("Berlin (dpa) - Die Regierung plant", "Berlin", "Die Regierung plant"),
    ("KUALA LUMPUR: Malaysia will", "KUALA LUMPUR", "Malaysia will"),
    ("WASHINGTON — The president", "WASHINGTON", "The president"),
])
def test_split_dateline(para, place, rest):
    assert split_dateline(para) == (place, rest)
    assert is_dateline(para)


@pytest.mark.parametrize("para", [
    "The minister said - as expected - nothing.",
    "US President Trump said on Monday",
    "Tokyo is a big city.",
])
def test_no_dateline_in_prose(para):
    assert split_dateline(para) == (None, para)


@pytest.mark.parametrize("raw,names", [
    ("Text von Christian Berg", ["Christian Berg"]),
    ("Ein Artikel von Pia Lenz | 27.01.2022 - 12:45", ["Pia Lenz"]),
    ("Interview: Julia Hart", ["Julia Hart"]),
    ("Kolumne von Carla Simon", ["Carla Simon"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),  # "von" inside a name stays
    ("by Jake Gould on May 3, 2021", ["Jake Gould"]),
    ("Rainer Holt Do 9 Apr 2020", ["Rainer Holt"]),
    ("Inga Hold Follow Transformationsbegleiterin", ["Inga Hold"]),
    ("Christoph Haas Chefredakteur", ["Christoph Haas"]),
    ("David Stern MDR THÜRINGEN Stand", ["David Stern"]),
    ("责任编辑:孔明", ["孔明"]),
    ("김민수 기자", ["김민수"]),
    ("Guardian staff reporter", []),
    ("Hanns-Weber-Stiftung e.V", []),
    ("Politik | Wirtschaft | Kultur | Sport", []),  # a category run, not people
])
def test_clean_author_real_world_bylines(raw, names):
    assert clean_author(raw) == names


@pytest.mark.parametrize("raw,names", [
    ("Rechtsanwältin Petra Lindner", ["Petra Lindner"]),  # a profession before the name
    ("Redakteur Jonas Brandt", ["Jonas Brandt"]),
    ("Dr. Anke Sommer", ["Dr. Anke Sommer"]),  # an academic title is part of the name
    ("Von Lena.Marquardt am Dienstag, 4. Mai 2021 um 10:02 Uhr", ["Lena.Marquardt"]),
    ("Vom Support Team", []),  # a desk (resolved as a house byline), not a person
    ("Pressemitteilung von Hanna Körner", ["Hanna Körner"]),
    ("Blog Beitrag von Mira Santos", ["Mira Santos"]),
    ("Jonas Berg im Gespräch mit Eva Roth", ["Jonas Berg", "Eva Roth"]),
    ("Tom Weller Alles von Tom Weller Kontakt", ["Tom Weller"]),
    ("Letzte Aktualisierung: 02.03.2022 Autor*in Ida Kranz (Fachredakteurin)", ["Ida Kranz"]),
    ("Photograph by Sam Ortiz, Island Trust", []),  # a picture credit, not the byline
    ("Foto: Sam Ortiz", []),
    ("https://example.org/author/jane-doe/", []),
    ("S.", []),
    ("newsportal.de, Frankfurt, Germany", []),  # an address after a site name
    ("Reuters, Tobias Wendt", ["Tobias Wendt"]),  # an agency first is no address
])
def test_clean_author_prefixes_labels_and_non_names(raw, names):
    assert clean_author(raw) == names


def test_clean_author_loose_keeps_handles_from_metadata():
    assert clean_author("jdoe42") == []
    assert clean_author("jdoe42", loose=True) == ["jdoe42"]


def test_parse_date_month_first_only_when_day_first_is_impossible():
    assert parse_date("11/25/2024") == "2024-11-25"
    assert parse_date("05/06/2024") == "2024-06-05"


def test_date_from_url_day_month_year_slug():
    assert date_from_url("https://example.org/aktuelles/08112021-fachtag") == "2021-11-08"


def test_nordic_finnish_ukrainian_and_romanian_month_names():
    from tidings.extract.fields import parse_date

    assert parse_date("Publicerad 12 augusti 2022 kl. 08.15") == "2022-08-12"
    assert parse_date("Julkaistu 5. joulukuuta 2021") == "2021-12-05"
    assert parse_date("Опубліковано 3 березня 2022") == "2022-03-03"
    assert parse_date("Publicat 7 octombrie 2023") == "2023-10-07"


def test_site_name_inside_the_headline_segment_is_not_the_site_segment():
    t = "Hafenpolizei - Meldungen - Bereits 90 Kontrollen durch die Hafenpolizei im laufenden Jahr"
    # ("Meldungen", the section beside the site's name, goes with it.)
    assert strip_site_name(t, ["hafenpolizei.de", "hafenpolizei"]) == \
        "Bereits 90 Kontrollen durch die Hafenpolizei im laufenden Jahr"
    assert strip_site_name("Ferry pier to close | Harbour Times Online", ["Harbour Times"]) == \
        "Ferry pier to close"


def test_metadata_author_address_names_no_place_as_a_person():
    from tidings.extract.fields import clean_author
    got = clean_author("harbourtimes.com, Portsmouth, England", loose=True)
    assert "Portsmouth" not in got and "England" not in got
    assert clean_author("jdoe42", loose=True) == ["jdoe42"]  # a lone handle is still the byline


def test_place_and_country_closing_a_byline_are_no_part_of_the_name():
    from tidings.extract.fields import clean_author
    assert clean_author("Von Jana Ruß und Tobias Wendt Kakuma /Kenia") == ["Jana Ruß", "Tobias Wendt"]
    assert clean_author("Anna Meier / AFP") == ["Anna Meier"]
    # A category trail with slashes is no byline to cut a place from.
    assert "Top Solar" not in clean_author("01.12.2022 / Speicher / Top Solar News / Wirtschaft")


@pytest.mark.parametrize("raw,names", [
    ("Ingrid Solberg Ingrid Solberg", ["Ingrid Solberg"]),  # a screen-reader copy, then first/last name
    ("By Ingrid Solberg Ingrid Solberg and Tor Haugen", ["Ingrid Solberg", "Tor Haugen"]),
    ("Anna Anna", ["Anna Anna"]),  # two words: too short to tell from a real name
])
def test_clean_author_name_printed_twice(raw, names):
    assert clean_author(raw) == names


def test_korean_bar_and_glued_section_before_the_site_name():
    # Korean sites write the bar as the Hangul vowel "ㅣ" and glue the section with a hyphen.
    assert strip_site_name("시장, 새 다리 건설 발표-사회ㅣ한빛신문", ["한빛신문"]) == "시장, 새 다리 건설 발표"
    assert strip_site_name("시장, 새 다리 건설 발표 ㅣ 한빛신문", ["한빛신문"]) == "시장, 새 다리 건설 발표"
    # A hyphen in a Latin headline is a compound, not a section.
    assert strip_site_name("Anti-Trump rally draws crowds | Daily Tide", ["Daily Tide"]) == \
        "Anti-Trump rally draws crowds"


def test_caption_credit_keeps_its_whole_bracket_and_the_photographer():
    # The agency tail matched inside the bracket must not leave "(AP" or "(dpa" in the caption.
    assert split_caption_credit("The ferry leaves the harbour on Monday. (AP Photo/Jane Doe)") == (
        "The ferry leaves the harbour on Monday.", "AP Photo/Jane Doe")
    # The photographer's name between the last sentence and the bracket is credit, not caption.
    assert split_caption_credit("La nueva terminal del puerto, el 3 de mayo de 2024. Marta Ruiz (EFE)") == (
        "La nueva terminal del puerto, el 3 de mayo de 2024.", "Marta Ruiz (EFE)")
    assert split_caption_credit("Die neue Fähre im Hafen.Jan Ohm (dpa/picture alliance via Getty)") == (
        "Die neue Fähre im Hafen.", "Jan Ohm (dpa/picture alliance via Getty)")
    # A name inside the caption's sentence stays there.
    assert split_caption_credit("Mayor Jane Doe opens the pier (AFP)") == ("Mayor Jane Doe opens the pier", "AFP")


def test_byline_name_glued_to_a_date_and_a_photo_credit_after_it():
    # The date glued to the surname ("Doe12.") starts at its first digit.
    assert clean_author("Greta Hallberg12. März 2024") == ["Greta Hallberg"]
    # "Text: ..., Fotos: ...": the pictures' credit is no writer.
    assert clean_author("Text: Greta Hallberg, Fotos: Jonas Wendler") == ["Greta Hallberg"]
    assert clean_author("Text: Greta Hallberg, Bilder: Jonas Wendler, Lena Fisch") == ["Greta Hallberg"]
    assert clean_author("Greta Hallberg, Jonas Wendler") == ["Greta Hallberg", "Jonas Wendler"]


def test_section_beside_the_site_name_and_cjk_separators():
    # The section next to the site's name at the same end of the title goes with it.
    assert strip_site_name("Pier to reopen in May | Local | Harbour Post", ["Harbour Post"]) == "Pier to reopen in May"
    assert strip_site_name("Harbour Post › Local › Pier to reopen in May", ["Harbour Post"]) == "Pier to reopen in May"
    # A long middle part is no section name.
    assert strip_site_name("Pier to reopen | What the council decided and why | Harbour Post", ["Harbour Post"]) == \
        "Pier to reopen | What the council decided and why"
    # Chinese and Japanese titles join the parts with bare separators.
    assert strip_site_name("港口码头五月重新开放_新闻_海港网", ["海港网"]) == "港口码头五月重新开放"
    assert strip_site_name("桟橋が5月に再開：海港新聞", ["海港新聞"]) == "桟橋が5月に再開"


@pytest.mark.parametrize("text, expected", [
    ("2024. március 3.", "2024-03-03"),            # Hungarian: year, month's name, day
    ("입력 2024. 3. 3. 오후 2:00", "2024-03-03"),    # Korean numerals with dots and spaces
    ("٣ مارس ٢٠٢٤", "2024-03-03"),                  # Arabic month name, Arabic-Indic digits
    ("15 آب 2023", "2023-08-15"),                   # Levantine month name
    ("3 d’abril de 2024", "2024-04-03"),            # Catalan
    ("ngày 3 tháng 3 năm 2024", "2024-03-03"),      # Vietnamese
    ("3-Mar-2024", "2024-03-03"),
    ("Version 1.2. 3. 4.", None),
    ("The plan has 12 parts and 3 phases.", None),
])
def test_parse_date_more_scripts(text, expected):
    assert parse_date(text, crawl_date="2025-01-01") == expected


def test_byline_words_glued_to_the_name():
    # Elements printed with no space between them: a label, a job or a month after the name.
    assert clean_author("By Greta HallbergPublished 3 hours ago") == ["Greta Hallberg"]
    assert clean_author("Von Greta HallbergAktualisiert am 3. Mai") == ["Greta Hallberg"]
    assert clean_author("By Greta Hallberg and Jonas WendlerMarch 3, 2024") == ["Greta Hallberg", "Jonas Wendler"]
    assert clean_author("GRETA HALLBERGMarch 3 2024") == ["GRETA HALLBERG"]
    # Capitals inside a name stay.
    assert clean_author("By Jane McDonald and DeShawn LeBlanc") == ["Jane McDonald", "DeShawn LeBlanc"]


def test_a_one_word_line_in_a_script_without_capitals_is_no_name():
    # One word there is as often a section's label ("Miscellaneous") as a name.
    from tidings.extract.fields import clean_author
    assert clean_author("منوعات") == []
    assert clean_author("محمد علي") == ["محمد علي"]
