"""Text dumps: a shopping guide's product cards, the product's name over its buy buttons."""
from __future__ import annotations

from invented_dumps import FERRY_PARAGRAPHS, read_ferry_around as _read


def test_product_name_over_its_prices_is_a_caption():
    art = _read(["Best for the Crossing", "", "Harbourline Dry Bag 20", "$45 at Quayside Outfitters",
                 "$49 at Portstore", "", FERRY_PARAGRAPHS[2], "", "Gullwing Rain Shell",
                 "£120 at Seafront Supply"])
    assert "Harbourline Dry Bag 20" in art.captions
    assert "Gullwing Rain Shell" in art.captions
    assert "Best for the Crossing" not in art.captions


def test_sentence_over_a_price_line_is_no_caption():
    art = _read(["The operators sell a season ticket for the islands.", "$45 at the ticket office"])
    assert not any("season ticket" in c for c in art.captions)
