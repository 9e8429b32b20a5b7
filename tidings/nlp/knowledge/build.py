"""Compile the shipped knowledge file ``knowledge.json`` from pycountry and the hand tables.

    .venv/bin/python -m tidings.nlp.knowledge.build

pycountry (pinned) gives the ISO 3166 names and codes; ``src/*.tsv`` add what it lacks:
short names, demonyms, capitals used as metonyms, organisations and role words. The output
is versioned with the code so that run time needs neither pycountry nor the network.
"""
from __future__ import annotations

import json
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
    orgs = []
    for row in _rows("organisations.tsv"):
        names, country, sector = (row + ["", "", ""])[:3]
        orgs.append({"names": _split(names), "country": country or None, "sector": sector or None})
    roles = {}
    for row in _rows("roles.tsv"):
        role, sector, kind = (row + ["", "", ""])[:3]
        roles[role.lower()] = [sector, kind]
    return {"version": VERSION, "countries": countries, "organisations": orgs, "roles": roles}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(data['countries'])} countries, {len(data['organisations'])} "
          f"organisations, {len(data['roles'])} roles)")


if __name__ == "__main__":
    main()
