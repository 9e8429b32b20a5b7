"""`tidings relations AAA BBB`: events between two countries per period (issue 5)."""
from __future__ import annotations

import json

import click

from ..errors import TidingsError
from .output import existing_db


def _table(result: dict) -> list[str]:
    types = result["types"]
    head = ["period", "events", f"{result['a']}>{result['b']}", f"{result['b']}>{result['a']}",
            "intensity", *types]
    body = []
    for p in result["periods"]:
        mean = "" if p["mean_intensity"] is None else f"{p['mean_intensity']:+.2f}"
        body.append([p["period"], str(p["n"]), str(p["from_a"]), str(p["from_b"]), mean,
                     *(str(p["by_type"].get(t, "")) for t in types)])
    widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]
    fmt = lambda row: "  ".join(c.ljust(w) if i == 0 else c.rjust(w)  # noqa: E731
                                for i, (c, w) in enumerate(zip(row, widths))).rstrip()
    return [fmt(head), *(fmt(r) for r in body)]


@click.command("relations")
@click.argument("a")
@click.argument("b")
@click.option("--db", "db_path", help="Database file (default: the `db` setting, ./tidings.db).")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
              help="Period of the series.")
@click.option("--json", "as_json", is_flag=True, help="Print the series as one JSON object.")
@click.pass_obj
def command(config, a, b, db_path, by, as_json):
    """Events between countries A and B (ISO 3166-1 alpha-3, e.g. USA JPN), per period.

    Each distinct event counts once, however many articles report it; both directions
    are counted, with counts by PLOVER type and the mean intensity (-10..+10).
    """
    from ..analyse.relations import relations
    from ..store import Store

    config = config.with_overrides(db=db_path)
    try:
        with Store(existing_db(config.db), readonly=True) as store:
            result = relations(store.connection(), a, b, by)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    bal = result["balance"]
    click.echo(f"{result['a']}-{result['b']}: {result['total']} distinct events"
               + (f" ({result['undated']} undated)" if result["undated"] else "")
               + ("" if bal["mean_intensity"] is None else f", mean intensity {bal['mean_intensity']:+.2f}"))
    if result["periods"]:
        for line in _table(result):
            click.echo(line)
