"""`tidings watch` and `tidings alerts`: saved searches, and what they matched since last time."""
from __future__ import annotations

import json

import click

from ..store import Store
from .output import existing_db

_DB_HELP = "Database file (default: the `db` setting, ./tidings.db)."


def _describe(watch: dict) -> str:
    parts = []
    if watch.get("query"):
        parts.append(f"words {watch['query']!r}")
    if watch.get("country"):
        parts.append(f"country {watch['country']}")
    if watch.get("entity"):
        parts.append(f"entity {watch['entity']!r}")
    return ", ".join(parts)


@click.group("watch")
def command():
    """Saved searches: articles they match that are stored later become alerts.

    A watch takes the same words, country and entity as the dashboard's search box.
    Then `tidings ingest` ends with a line naming the watches that have new matches, and
    `tidings alerts` (or the dashboard's Alerts page) lists them.
    """


@command.command("add")
@click.argument("name")
@click.argument("words", required=False)
@click.option("--country", metavar="ISO3", help="Only articles mentioning an actor of this country (e.g. JPN).")
@click.option("--entity", metavar="NAME|ID", help="Only articles mentioning this entity (part of a name, or an actor id).")
@click.option("--include-existing", is_flag=True,
              help="Alert on matching articles already stored too, not only on later ones.")
@click.option("--db", help=_DB_HELP)
@click.pass_obj
def add(config, name, words, country, entity, include_existing, db):
    """Watch for WORDS ("a phrase", word*, OR) and/or --country / --entity, under NAME.

    \b
    Examples:
      tidings watch add tariffs 'tariff OR tariffs' --country JPN
      tidings watch add iwaya --entity Iwaya
    """
    with Store(db or config.db) as store:
        watch = store.add_watch(name, query=words, country=country, entity=entity,
                                include_existing=include_existing)
    since = "every stored article" if include_existing else "articles stored from now on"
    click.echo(f"tidings: watching {watch['name']!r} ({_describe(watch)}) in {since}", err=True)


@command.command("list")
@click.option("--db", help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per watch.")
@click.pass_obj
def list_(config, db, as_json):
    """Every watch, with how many new matches it has."""
    from ..analyse.alerts import alerts

    with Store(existing_db(db or config.db), readonly=True) as store:
        found = alerts(store.connection(), limit=1)["watches"]
    for watch in found:
        if as_json:
            watch.pop("results")
            click.echo(json.dumps(watch, ensure_ascii=False))
        else:
            click.echo(f"{watch['name']}: {_describe(watch)}; {watch['new']} new")
    if not found:
        click.echo("tidings: no watches; add one with `tidings watch add NAME WORDS`", err=True)


@command.command("remove")
@click.argument("name")
@click.option("--db", help=_DB_HELP)
@click.pass_obj
def remove(config, name, db):
    """Forget the watch NAME."""
    with Store(existing_db(db or config.db)) as store:
        store.remove_watch(name)
    click.echo(f"tidings: removed watch {name!r}", err=True)


@click.command("alerts")
@click.argument("name", required=False)
@click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True,
              help="Articles shown per watch (newest first).")
@click.option("--mark-seen", is_flag=True, help="Then mark what was shown as seen, so it does not alert again.")
@click.option("--json", "as_json", is_flag=True, help="Print the alerts as one JSON object.")
@click.option("--db", help=_DB_HELP)
@click.pass_obj
def alerts_command(config, name, limit, mark_seen, as_json, db):
    """New articles matching each watch (or the watch NAME) since they were last marked seen."""
    from ..analyse.alerts import alerts

    path = existing_db(db or config.db)
    with Store(path, readonly=True) as store:
        found = alerts(store.connection(), name, limit=limit)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
    else:
        for watch in found["watches"]:
            click.echo(f"{watch['name']} ({_describe(watch)}): {watch['new']} new")
            for hit in watch["results"]:
                date = (hit["date"] or "undated")[:10]
                click.echo(f"    #{hit['id']} {date}  {hit['title'] or '(untitled)'}")
                if hit["url"]:
                    click.echo(f"        {hit['url']}")
        if not found["watches"]:
            click.echo("tidings: no watches; add one with `tidings watch add NAME WORDS`", err=True)
    if mark_seen and found["watches"]:
        with Store(path) as store:
            # Up to what was read: articles stored meanwhile still alert next time.
            moved = store.mark_seen(name, upto=found["upto"])
        click.echo(f"tidings: marked {moved} watch{'es' if moved != 1 else ''} as seen", err=True)
