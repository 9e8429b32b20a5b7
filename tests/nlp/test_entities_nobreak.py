"""Entities: a person's name written with a no-break space is one name, as with a plain
space. Every sentence here is invented."""


def _people(a):
    return sorted((e.name, len(e.mentions)) for e in a.entities if e.type == "PERSON")


def test_a_no_break_space_does_not_split_a_name(analyzer):
    text = "Talk show host Lena\u00a0Marchetti said the series would end. Marchetti spoke on Monday."
    a = analyzer.analyze_one(text)
    person = next(e for e in a.entities if e.type == "PERSON")
    assert person.name == "Lena Marchetti"
    assert [text[s:t] for s, t in person.mentions] == ["Lena\u00a0Marchetti", "Marchetti"]


def test_same_reading_as_with_a_plain_space(analyzer):
    plain = "Senator Dana Whitfield met Governor Ray Okafor in Columbus on Sunday."
    nbsp = plain.replace("Dana Whitfield", "Dana\u00a0Whitfield").replace("Ray Okafor", "Ray\u00a0Okafor")
    assert _people(analyzer.analyze_one(nbsp)) == _people(analyzer.analyze_one(plain))


def test_a_weekday_after_a_no_break_space_is_no_surname(analyzer):
    text = "The talks were held in Geneva with Omar\u00a0Haddad\u00a0Sunday, officials said."
    a = analyzer.analyze_one(text)
    assert all("Sunday" not in e.name for e in a.entities if e.type == "PERSON")
