"""An article's related coverage (other stories) in the API and on its page."""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_factories import article_outcome  # noqa: E402

from tidings.model import Entity  # noqa: E402
from tidings.store import Store  # noqa: E402


def _body(seed: int) -> str:
    return " ".join(f"word{seed}x{i}" for i in range(50)) + ". "


def _save(store, slug: str, seed: int, names: list[str], title: str | None = None) -> int:
    ents = [Entity(f"e{i}", n, "PERSON", [], None, None, None, [[0, 4]]) for i, n in enumerate(names, 1)]
    return store.save([article_outcome(url=f"https://news.example/{slug}", text=_body(seed), title=title or slug,
                                       date="2025-01-21", entities=ents, events=[], quotes=[])]).article_ids[0]


def test_article_lists_related_coverage(tmp_path):
    from tidings.serve import create_app

    path = tmp_path / "c.db"
    with Store(path) as store:
        for i in range(12):
            _save(store, f"filler-{i}", 100 + i, ["Jane Spokes"])
        main = _save(store, "summit", 1, ["Ana Ferreira", "Tomas Lind", "Jane Spokes"])
        other = _save(store, "summit-analysis", 2, ["Ana Ferreira", "Tomas Lind"],
                      title="<b>Summit</b> analysis")
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        a = client.get(f"/api/articles/{main}").json()
        assert [(c["id"], c["shared"]) for c in a["coverage"]] == [(other, ["Ana Ferreira", "Tomas Lind"])]
        page = client.get(f"/articles/{main}").text
        section = page[page.index('id="coverage"'):page.index('id="copies"')]
        assert f'href="/articles/{other}"' in section and "Ana Ferreira, Tomas Lind" in section
        assert "&lt;b&gt;Summit&lt;/b&gt; analysis" in section
