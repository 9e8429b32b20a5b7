"""The `tidings` command: thin Click commands over the Python API (one module per command)."""
from __future__ import annotations

import errno
import sys

import click

from ..config import load_config
from ..errors import TidingsError
from . import analyze, extract

COMMANDS = [extract.command, analyze.command]
from . import ingest as _ingest  # noqa: E402
COMMANDS.append(_ingest.command)
from . import export as _export  # noqa: E402
COMMANDS.append(_export.command)
from . import actors as _actors  # noqa: E402
COMMANDS.append(_actors.command)
from . import serve as _serve  # noqa: E402
COMMANDS.append(_serve.command)
from . import relations as _relations  # noqa: E402
COMMANDS.append(_relations.command)
from . import watch as _watch  # noqa: E402
COMMANDS.extend([_watch.command, _watch.alerts_command])


class _Group(click.Group):
    def invoke(self, ctx):
        # Click turns Ctrl-C into 'Aborted!' and exit code 1, which CONTRACT.md gives to a
        # failed input; an interrupted run says so and exits 130, as shells expect.
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("tidings: interrupted", err=True)
            raise SystemExit(130) from None
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # a reader that stopped early (| head): click exits quietly
            # A full disk, an output path in a missing folder: the machine's answer, in one
            # line; inputs that cannot be read are error records long before this.
            where = f": {exc.filename}" if exc.filename else ""
            click.echo(f"tidings: error: {exc.strerror or exc}{where}", err=True)
            raise SystemExit(1) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="Settings file (default: ./tidings.toml, or $TIDINGS_CONFIG).")
@click.version_option(package_name="tidings")
@click.pass_context
def cli(ctx, config_path):
    """tidings: raw news pages in; clean articles, who said what and who did what to whom out."""
    ctx.obj = load_config(config_path)


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    try:
        cli.main(standalone_mode=True)
    except TidingsError as exc:
        click.echo(f"tidings: error {exc.code}: {exc}", err=True)
        sys.exit(1)
