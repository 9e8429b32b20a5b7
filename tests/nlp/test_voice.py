"""A government publisher's "we" is that government; anyone else's "we" is no one."""
from __future__ import annotations

import pytest

from tidings.nlp.voice import publisher_voice, speaks_in_own_voice


@pytest.mark.parametrize("url, country, sector, name", [
    ("https://www.state.gov/secretary-meets-minister/", "USA", "GOV", "state.gov"),
    ("https://www.defense.gov/News/Releases/", "USA", "MIL", "defense.gov"),
    ("https://www.gov.uk/government/news/uk-sanctions", "GBR", "GOV", "gov.uk"),
    ("https://www.mofa.go.jp/press/release/", "JPN", "GOV", "mofa.go.jp"),
    ("https://WWW.MFA.GOV.UA/en/news/", "UKR", "GOV", "mfa.gov.ua"),
])
def test_government_domains_speak_for_their_state(url, country, sector, name):
    voice = publisher_voice(url)
    assert (voice.country, voice.sector, voice.name) == (country, sector, name)


@pytest.mark.parametrize("url", [
    None, "", "https://www.nytimes.com/2025/01/21/world/asia/japan.html",
    "https://evilgov.com/we-condemn", "https://gov.example.org/", "http://[::1", "not a url",
])
def test_other_publishers_have_no_voice(url):
    assert publisher_voice(url) is None


def test_transcripts_speak_in_each_speakers_voice():
    assert not speaks_in_own_voice("SECRETARY BLINKEN: Good afternoon.\n\nFOREIGN MINISTER KOFOD: Thank you.")
    assert speaks_in_own_voice("We condemn the attack in the strongest terms.\n\nOffice of the Spokesperson")


def _sides(analyzer, text, voice):
    from tidings.nlp import DocContext

    analysis = analyzer.analyze_one(text, DocContext(voice=voice))
    return [(e.type, e.source.country, e.target.country) for e in analysis.events]


def test_a_government_statements_we_is_that_government(analyzer):
    voice = publisher_voice("https://www.state.gov/on-the-strikes/")
    assert ("ACCUSE", "USA", "RUS") in _sides(analyzer, "We strongly condemn Russia's missile strikes on Kyiv.", voice)
    # A newspaper's "we" is no one in the news.
    assert ("ACCUSE", "USA", "RUS") not in _sides(analyzer, "We strongly condemn Russia's missile strikes on Kyiv.",
                                                 None)


def test_a_quoted_we_stays_the_speakers(analyzer):
    voice = publisher_voice("https://www.state.gov/remarks/")
    text = '"We thank Poland for its steadfast support," Ukrainian Foreign Minister Dmytro Kuleba said.'
    assert all(src != "USA" for _, src, _ in _sides(analyzer, text, voice))
