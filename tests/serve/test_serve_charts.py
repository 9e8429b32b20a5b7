"""serve/charts.py: chart geometry for inline SVG."""
from __future__ import annotations

import pytest

from tidings.serve import charts


def _periods():
    return [
        {"period": "2025-01", "n": 3, "mean_intensity": 2.0, "by_type": {"AGREE": 1, "CONSULT": 2}},
        {"period": "2025-02", "n": 0, "mean_intensity": None, "by_type": {}},
        {"period": "2025-03", "n": 1, "mean_intensity": -10.0, "by_type": {"ASSAULT": 1}},
        {"period": "2025-04", "n": 4, "mean_intensity": 5.0, "by_type": {"AID": 4}},
    ]


def test_pair_chart_stacks_bars_to_the_count_scale():
    c = charts.pair_chart(_periods(), width=500, height=300)
    plot = c["plot"]
    assert [t["text"] for t in c["yticks"]] == ["0", "2.5", "5"]  # max 4 -> nice 5
    jan = [b for b in c["bars"] if b["title"].startswith("2025-01")]
    assert [b["cls"] for b in jan] == ["t-AGREE", "t-CONSULT"]  # PLOVER order, stacked upward
    assert sum(b["h"] for b in jan) == pytest.approx(3 / 5 * plot["h"], abs=0.05)
    assert jan[1]["y"] + jan[1]["h"] == pytest.approx(jan[0]["y"], abs=0.05)
    for b in c["bars"]:
        assert plot["x"] <= b["x"] and b["x"] + b["w"] <= plot["x"] + plot["w"] + 0.01
        assert plot["y"] - 0.01 <= b["y"] and b["y"] + b["h"] <= plot["y"] + plot["h"] + 0.01


def test_pair_chart_intensity_line_breaks_at_quiet_periods():
    c = charts.pair_chart(_periods(), width=500, height=300)
    assert len(c["dots"]) == 3
    assert c["lines"] == [c["lines"][0]] and len(c["lines"][0].split()) == 2  # March-April only
    plot = c["plot"]
    march = c["dots"][1]
    assert march["y"] == pytest.approx(plot["y"] + plot["h"], abs=0.05)  # -10 sits on the floor
    assert c["zero_y"] == pytest.approx(plot["y"] + plot["h"] / 2, abs=0.05)


def test_empty_and_crowded_charts():
    assert charts.pair_chart([])["empty"] is True
    many = [{"period": f"d{i}", "n": 1, "mean_intensity": 1.0, "by_type": {"AID": 1}} for i in range(400)]
    c = charts.pair_chart(many)
    assert len(c["xlabels"]) <= charts.MAX_X_LABELS and len(c["bars"]) == 400


def test_sparkline_and_bar_chart():
    s = charts.sparkline(_periods(), width=100, height=20)
    assert len(s["bars"]) == 3 and max(b["h"] for b in s["bars"]) == pytest.approx(18)
    b = charts.bar_chart([{"m": "a", "v": 2}, {"m": "b", "v": 7}], "m", "v")
    assert b["yticks"][-1]["text"] == "10" and b["bars"][1]["h"] > b["bars"][0]["h"]


@pytest.mark.parametrize("value,nice", [(0, 1), (1, 1), (3, 5), (7, 10), (11, 20), (0.3, 0.5), (250, 500)])
def test_nice_max(value, nice):
    assert charts._nice_max(value) == pytest.approx(nice)
