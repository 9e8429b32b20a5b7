"""The README documents every setting and every command the code has."""
from pathlib import Path

from tidings.cli import cli
from tidings.config import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_every_setting_is_in_the_readme_table():
    for setting in SETTINGS:
        assert f"| `{setting.name}` | `{setting.default}` | {setting.help} |" in README, setting.name


def test_every_command_is_in_the_readme():
    for name in cli.commands:
        assert f"tidings {name} " in README, name


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help and len(command.help.split()) > 4, name
