"""Page metadata as publishers write it: JSON-LD that strict parsers refuse still states the page."""
from selectolax.lexbor import LexborHTMLParser

from tidings.extract.meta import read_meta


def _meta(ld: str):
    html = f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>'
    return read_meta(LexborHTMLParser(html))


def test_json_ld_with_trailing_commas_and_cdata_wrappers():
    trailing = ('{"@type": "NewsArticle", "headline": "Ferry pier opens", "datePublished": "2023-03-14T09:00:00Z",'
                ' "author": [{"@type": "Person", "name": "Priya Raman"},],}')
    m = _meta(trailing)
    assert m.authors_ld == ["Priya Raman"] and m.published[0].startswith("2023-03-14")
    wrapped = ('//<![CDATA[\n{"@type": "NewsArticle", "headline": "Ferry pier opens",'
               ' "author": {"@type": "Person", "name": "Priya Raman"}}\n//]]>')
    assert _meta(wrapped).authors_ld == ["Priya Raman"]
    # A comma inside a string is text, and JSON that is no JSON states nothing.
    m = _meta('{"@type": "NewsArticle", "headline": "Pier, at last", "author": "Priya Raman"}')
    assert m.titles[0] == "Pier, at last"
    assert _meta("{not json at all").authors_ld == []


def test_json_ld_type_keyword_without_its_at_sign_and_more_article_types():
    # Hand-written markup spells the keyword "type"; the node is an article all the same.
    m = _meta('{"@context": "http://schema.org", "type": "Article", "headline": "Ferry pier opens",'
              ' "author": {"@type": "Person", "name": "Priya Raman"}}')
    assert m.authors_ld == ["Priya Raman"] and m.titles[0] == "Ferry pier opens"
    for kind in ("SatiricalArticle", "AdvertiserContentArticle", "ItemPage"):
        m = _meta(f'{{"@type": "{kind}", "headline": "Ferry pier opens", "author": {{"@type": "Person", "name": "Priya Raman"}}}}')
        assert m.authors_ld == ["Priya Raman"], kind
