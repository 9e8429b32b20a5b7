"""`tidings actors`: the actor registry, with the titles each actor held over time."""
from __future__ import annotations

import json

import click

from ..analyse.actors import actor_rows
from ..store import Store


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _span(first, last) -> str:
    if not first:
        return "undated"
    return first if first == last or not last else f"{first} .. {last}"


@click.command("actors")
@click.argument("query", required=False)
@click.option("--db", type=click.Path(dir_okay=False), help="Database file (default: ./tidings.db).")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per actor.")
@click.pass_obj
def command(config, query, db, limit, as_json):
    """Who is who across all articles: name, type, country, sector, titles with dates.

    QUERY matches any part of a name ("iwaya", "Blinken"); without it, the most seen actors.
    """
    with Store(db or config.db, readonly=True) as store:
        rows = actor_rows(store.connection(), query, limit)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        head = ", ".join(x for x in (row["type"], row["country"], row["sector"]) if x)
        click.echo(f"#{row['id']} {row['name']} ({head}): {_n(row['n_articles'], 'article')}, "
                   f"seen {_span(row['first_seen'], row['last_seen'])}")
        # Titles earliest first, so a change of office reads down the list.
        for t in row["titles"]:
            where = f", {t['country']}" if t["country"] else ""
            click.echo(f"    {t['title']}{where}, seen {_span(t['first_seen'], t['last_seen'])}"
                       f" ({_n(t['n_articles'], 'article')})")
    if not rows:
        click.echo("tidings: no actors" + (f" matching {query!r}" if query else ""), err=True)
