"""A small stored corpus and the real app over it (httpx over ASGI, via TestClient)."""
from __future__ import annotations

import warnings

import pytest

from corpus_db import build_corpus

with warnings.catch_warnings():
    # Starlette suggests its successor client; the httpx-based one is what is pinned here.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient  # noqa: F401


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "corpus.db"
    ids = build_corpus(path)
    return path, ids


@pytest.fixture(scope="module")
def client(corpus):
    from tidings.serve import create_app

    with TestClient(create_app(corpus[0]), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(corpus):
    return corpus[1]
