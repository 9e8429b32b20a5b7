"""Shared fixtures. The spaCy pipeline is loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run slow tests")
    parser.addoption("--browser", action="store_true", help="also run browser tests (needs chromium)")


def pytest_collection_modifyitems(config, items):
    for marker in ("slow", "browser"):
        if config.getoption(f"--{marker}"):
            continue
        skip = pytest.mark.skip(reason=f"needs --{marker}")
        for item in items:
            if marker in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def config():
    from tidings.config import load_config

    return load_config(environ={})


@pytest.fixture(scope="session")
def analyzer(config):
    from tidings.api import get_analyzer

    return get_analyzer(config)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
