"""`tidings serve`: the dashboard and JSON API over a database, on localhost by default."""
from __future__ import annotations

import click

from ..errors import TidingsError


@click.command("serve")
@click.option("--db", "db_path", help="Database file (default: the `db` setting, ./tidings.db).")
@click.option("--host", help="Address to bind (default 127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default 8000).")
@click.pass_obj
def command(config, db_path, host, port):
    """Serve the dashboard (search, articles, actors, quotes, relations) and the JSON API.

    The API is under /api, documented at /docs. Stop with Ctrl-C.
    """
    import uvicorn

    from ..serve import create_app

    config = config.with_overrides(db=db_path, host=host, port=port)
    try:
        app = create_app(config.db, config)
    except TidingsError as exc:
        raise click.ClickException(str(exc)) from None
    shown = f"[{config.host}]" if ":" in config.host else config.host
    click.echo(f"tidings: serving {config.db} on http://{shown}:{config.port}/ (API docs at /docs)")
    if config.host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"tidings: warning: bound to {config.host}, reachable from other machines", err=True)
    uvicorn.run(app, host=config.host, port=config.port, log_level="warning")
