"""A small stored corpus and the real app over it (httpx over ASGI, via TestClient)."""
from __future__ import annotations

import pytest

from corpus_db import build_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "corpus.db"
    ids = build_corpus(path)
    return path, ids


@pytest.fixture(scope="module")
def client(corpus):
    from fastapi.testclient import TestClient

    from tidings.serve import create_app

    with TestClient(create_app(corpus[0]), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(corpus):
    return corpus[1]
