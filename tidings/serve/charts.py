"""Chart geometry for inline SVG: numbers in, shapes out; templates draw them.

Charts are computed on the server and drawn as inline SVG, so the dashboard needs no
chart library, no CDN and no script to show them. Colours come from CSS classes
(``t-AGREE`` ...), never from data.
"""
from __future__ import annotations

import math
from typing import Any

from ..model import PLOVER_TYPES

INTENSITY_RANGE = 10.0  # PLOVER intensity runs from -10 (conflict) to +10 (cooperation)
MAX_X_LABELS = 12


def _nice_max(value: float) -> float:
    """The smallest 1/2/5 x 10^k at or above value, so axis ticks are round numbers."""
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * exp:
            return float(step * exp)
    return float(10 * exp)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _label_every(n: int) -> int:
    return max(1, math.ceil(n / MAX_X_LABELS))


def _polylines(points: list[tuple[float, float] | None]) -> list[str]:
    """Points -> SVG polyline strings, broken where a period has no value."""
    lines, current = [], []
    for p in points + [None]:
        if p is None:
            if len(current) > 1:
                lines.append(" ".join(f"{x:.1f},{y:.1f}" for x, y in current))
            current = []
        else:
            current.append(p)
    return lines


def pair_chart(periods: list[dict[str, Any]], *, width: int = 960, height: int = 340) -> dict[str, Any]:
    """Stacked bars of distinct events per period by PLOVER type (left axis: count) and
    the period's mean intensity as a line (right axis: -10..+10)."""
    left, right, top, bottom = 44, 48, 14, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(1, len(periods))
    slot = plot_w / n
    bar_w = max(1.0, slot * 0.78)
    y_max = _nice_max(max((p["n"] for p in periods), default=0))
    count_y = lambda v: top + plot_h - v / y_max * plot_h  # noqa: E731
    intensity_y = lambda v: top + plot_h / 2 - v / INTENSITY_RANGE * (plot_h / 2)  # noqa: E731
    bars, points, dots, xlabels = [], [], [], []
    every = _label_every(len(periods))
    for i, p in enumerate(periods):
        x = left + i * slot + (slot - bar_w) / 2
        base = 0
        types = [t for t in PLOVER_TYPES if t in p["by_type"]] + \
                [t for t in p["by_type"] if t not in PLOVER_TYPES]
        for t in types:
            count = p["by_type"][t]
            y0, y1 = count_y(base), count_y(base + count)
            bars.append({"x": round(x, 2), "y": round(y1, 2), "w": round(bar_w, 2),
                         "h": round(y0 - y1, 2), "cls": "t-" + t if t in PLOVER_TYPES else "t-OTHER",
                         "title": f"{p['period']}: {count} {t}"})
            base += count
        cx = left + i * slot + slot / 2
        if p.get("mean_intensity") is None:
            points.append(None)
        else:
            cy = intensity_y(max(-INTENSITY_RANGE, min(INTENSITY_RANGE, p["mean_intensity"])))
            points.append((cx, cy))
            dots.append({"x": round(cx, 2), "y": round(cy, 2),
                         "title": f"{p['period']}: mean intensity {p['mean_intensity']:+.2f}"
                                  f" over {p['n']} events"})
        if i % every == 0:
            xlabels.append({"x": round(cx, 2), "y": height - bottom + 16, "text": p["period"]})
    return {
        "width": width, "height": height,
        "plot": {"x": left, "y": top, "w": plot_w, "h": plot_h},
        "bars": bars, "lines": _polylines(points), "dots": dots, "xlabels": xlabels,
        "yticks": [{"y": round(count_y(v), 2), "text": _fmt(v)} for v in (0, y_max / 2, y_max)],
        "itick": [{"y": round(intensity_y(v), 2), "text": f"{v:+.0f}" if v else "0"}
                  for v in (-INTENSITY_RANGE, 0, INTENSITY_RANGE)],
        "zero_y": round(intensity_y(0), 2),
        "empty": not periods,
    }


def sparkline(periods: list[dict[str, Any]], *, width: int = 180, height: int = 36) -> dict[str, Any]:
    """A small chart for a table row: event counts as bars, mean intensity as a line."""
    n = max(1, len(periods))
    slot = width / n
    mid = height / 2
    y_max = max((p["n"] for p in periods), default=0) or 1
    bars, points = [], []
    for i, p in enumerate(periods):
        h = p["n"] / y_max * (height - 2)
        if h:
            bars.append({"x": round(i * slot, 2), "y": round(height - h, 2),
                         "w": round(max(0.8, slot * 0.8), 2), "h": round(h, 2)})
        v = p.get("mean_intensity")
        points.append(None if v is None else
                      (i * slot + slot / 2, mid - max(-10, min(10, v)) / INTENSITY_RANGE * (mid - 2)))
    return {"width": width, "height": height, "bars": bars, "lines": _polylines(points),
            "mid": mid}


def bar_chart(rows: list[dict[str, Any]], label: str, value: str, *, width: int = 720,
              height: int = 180) -> dict[str, Any]:
    """Plain bars, one per row (e.g. an entity's mentions per month)."""
    left, bottom, top = 36, 36, 10
    plot_w, plot_h = width - left - 8, height - top - bottom
    n = max(1, len(rows))
    slot = plot_w / n
    y_max = _nice_max(max((r[value] or 0 for r in rows), default=0))
    every = _label_every(len(rows))
    bars, xlabels = [], []
    for i, r in enumerate(rows):
        h = (r[value] or 0) / y_max * plot_h
        x = left + i * slot
        bars.append({"x": round(x + slot * 0.1, 2), "y": round(top + plot_h - h, 2),
                     "w": round(max(1.0, slot * 0.8), 2), "h": round(h, 2),
                     "title": f"{r[label]}: {r[value]}"})
        if i % every == 0:
            xlabels.append({"x": round(x + slot / 2, 2), "y": height - bottom + 16, "text": r[label]})
    return {"width": width, "height": height, "plot": {"x": left, "y": top, "w": plot_w, "h": plot_h},
            "bars": bars, "xlabels": xlabels,
            "yticks": [{"y": round(top + plot_h - v / y_max * plot_h, 2), "text": _fmt(v)}
                       for v in (0, y_max / 2, y_max)]}
