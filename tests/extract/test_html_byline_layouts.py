"""Common byline and date layouts of news sites, on small invented pages: several writers,
bylines in other languages, wire credits, metadata shapes (JSON-LD object, list, @graph,
string; meta tags), update/publication pairs, dates printed in other languages, relative and
future dates. A regression net for pages unlike the dev sets."""
import json

import pytest

from tidings.extract.html import extract_html

_BODY = "".join(f"<p>{s}</p>" for s in [
    "The harbour authority said on Monday that the northern pier would close for repairs until the end of summer.",
    "Fishing crews who use the pier have been told to move their boats to the southern basin for the season.",
    "Officials estimated the cost of the work at about four million, shared between the town and the region.",
])


def _page(head: str = "", top: str = "", lang: str = "en", title: str = "Harbour pier to close") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body><header><a href='/'>Home</a>"
            f"</header><main><article><h1>{title}</h1>{top}{_BODY}</article></main><footer>Contact</footer></body></html>")


def _ld(**fields) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour pier to close", **fields}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


_TWO = ["Mara Lindholm", "Theo Brandt"]

AUTHORS = [
    ("<p class='byline'>By Mara Lindholm and Theo Brandt</p>", "", "en", _TWO),
    ("<div class='byline'>By Mara Lindholm &amp; Theo Brandt</div>", "", "en", _TWO),
    ("<div class='byline'>By Mara Lindholm, Theo Brandt, and Ines Okafor</div>", "", "en", [*_TWO, "Ines Okafor"]),
    ("<p class='author'>Von Mara Lindholm und Theo Brandt</p>", "", "de", _TWO),
    ("<p class='signature'>Par Mara Lindholm et Theo Brandt</p>", "", "fr", _TWO),
    ("<p class='autor'>Por Mara Lindholm y Theo Brandt</p>", "", "es", _TWO),
    ("<p class='autore'>di Mara Lindholm e Theo Brandt</p>", "", "it", _TWO),
    ("<p class='auteur'>Door Mara Lindholm en Theo Brandt</p>", "", "nl", _TWO),
    ("<p class='byline'>Av Mara Lindholm och Theo Brandt</p>", "", "sv", _TWO),
    ("<p>Autor: Mara Lindholm</p>", "", "pl", ["Mara Lindholm"]),
    ("<p class='byline'>By Mara Lindholm, Reuters</p>", "", "en", ["Mara Lindholm"]),
    ("<p class='byline'>Mara Lindholm | AP</p>", "", "en", ["Mara Lindholm"]),
    ("<p class='byline'>By Mara Lindholm | June 5, 2024 10:15 am</p>", "", "en", ["Mara Lindholm"]),
    ("<p class='auteur'>Par Mara Lindholm - Publié le 5 juin 2024 à 10h15</p>", "", "fr", ["Mara Lindholm"]),
    ("<p class='byline'>By Anna van der Berg and Jan de Vries</p>", "", "en", ["Anna van der Berg", "Jan de Vries"]),
    ("<div class='meta'><a rel='author' href='/people/mara'>Mara Lindholm</a> <span>4 hours ago</span></div>", "", "en",
     ["Mara Lindholm"]),
    ("", _ld(author={"@type": "Person", "name": "Mara Lindholm"}), "en", ["Mara Lindholm"]),
    ("", _ld(author=[{"@type": "Person", "name": n} for n in _TWO]), "en", _TWO),
    ("", _ld(author="Mara Lindholm"), "en", ["Mara Lindholm"]),
    ("", _ld(author={"@type": "Person", "givenName": "Mara", "familyName": "Lindholm"}), "en", ["Mara Lindholm"]),
    ("", '<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "#p1", "name": "Mara Lindholm"},
        {"@type": "NewsArticle", "headline": "Harbour pier to close", "author": {"@id": "#p1"}}]}) + "</script>",
     "en", ["Mara Lindholm"]),
    ("", _ld(author={"@type": "Organization", "name": "Reuters"}), "en", []),
    ("", '<meta name="author" content="Mara Lindholm">', "en", ["Mara Lindholm"]),
    ("", '<meta property="article:author" content="Mara Lindholm">', "en", ["Mara Lindholm"]),
    ("", '<meta name="parsely-author" content="Mara Lindholm"><meta name="parsely-author" content="Theo Brandt">', "en",
     _TWO),
    ("", '<meta name="sailthru.author" content="Mara Lindholm">', "en", ["Mara Lindholm"]),
    ("", "<meta name='parsely-page' content='{\"title\": \"Harbour pier to close\", \"authors\": "
         "[\"Mara Lindholm\", \"Theo Brandt\"]}'>", "en", _TWO),
    ("", '<meta name="DC.creator" content="Mara Lindholm">', "en", ["Mara Lindholm"]),
    ("", '<meta name="byl" content="By Mara Lindholm and Theo Brandt">', "en", _TWO),
    ("", "", "en", []),
    # Labels in more languages, and the pictures' credit beside the writer's.
    ("<p class='autore'>A cura di Mara Lindholm</p>", "", "it", ["Mara Lindholm"]),
    ("<p class='autor'>Autorzy: Mara Lindholm, Theo Brandt</p>", "", "pl", _TWO),
    ("<p class='autor'>Autores: Mara Lindholm y Theo Brandt</p>", "", "es", _TWO),
    ("<p class='byline'>Mara Lindholm (Text) und Theo Brandt (Fotos)</p>", "", "de", ["Mara Lindholm"]),
    ("<p class='byline'>Words by Mara Lindholm. Photography by Theo Brandt</p>", "", "en", ["Mara Lindholm"]),
    # A role's label before a colon, in languages the byline rules do not list by name.
    ("<p class='author'>Szerző: Kiss Anna</p>", "", "hu", ["Kiss Anna"]),
    ("<p class='author'>Penulis: Budi Santoso</p>", "", "id", ["Budi Santoso"]),
    ("<p class='author'>Kirjoittaja: Mari Virtanen</p>", "", "fi", ["Mari Virtanen"]),
    ("<p class='author'>Tác giả: Nguyễn Văn An</p>", "", "vi", ["Nguyễn Văn An"]),
    ("<p class='author'>Piše: Ivan Horvat</p>", "", "hr", ["Ivan Horvat"]),
    ("<p class='author'>Συντάκτης: Γιώργος Παπαδόπουλος</p>", "", "el", ["Γιώργος Παπαδόπουλος"]),
    # Scripts without capitals: a name of two words or more, after its label.
    ("<p class='author'>بقلم: محمد علي</p>", "", "ar", ["محمد علي"]),
    ("<p class='author'>প্রতিবেদক: রহিম উদ্দিন</p>", "", "bn", ["রহিম উদ্দিন"]),
    ("<p class='author'>שרה כהן</p>", "", "he", ["שרה כהן"]),
    # Labels of others than the writer keep naming no writer.
    ("<p class='author'>Foto: Theo Brandt</p>", "", "de", []),
    ("<p class='author'>Grafik: Theo Brandt</p>", "", "de", []),
    ("<p class='byline'>Text: Mara Lindholm, Grafik: Theo Brandt</p>", "", "de", ["Mara Lindholm"]),
    ("<p class='byline'>Von Mara Lindholm | Video: Theo Brandt</p>", "", "de", ["Mara Lindholm"]),
    # Greek bylines in the genitive, Romanian (and Portuguese) 'de'; the printed form is the name.
    ("<p class='author'>Του Γιάννη Παπαδόπουλου</p>", "", "el", ["Γιάννη Παπαδόπουλου"]),
    ("<p class='author'>Της Μαρίας Νικολάου</p>", "", "el", ["Μαρίας Νικολάου"]),
    ("<div class='byline'>Των Γιάννη Παπαδόπουλου και Μαρίας Νικολάου</div>", "", "el",
     ["Γιάννη Παπαδόπουλου", "Μαρίας Νικολάου"]),
    ("<p class='author'>de Ion Popescu</p>", "", "ro", ["Ion Popescu"]),
    ("<p class='autor'>de Ion Popescu și Maria Ionescu</p>", "", "ro", ["Ion Popescu", "Maria Ionescu"]),
    ("<p class='author'>De Vries</p>", "", "nl", ["De Vries"]),
    # Bylines that print the verb: "Γράφει ο/η", "Napsal(a)", "Napisała", "Scris de", "Ditulis oleh", "מאת".
    ("<p class='author'>Γράφει ο Γιώργος Παπαδόπουλος</p>", "", "el", ["Γιώργος Παπαδόπουλος"]),
    ("<p class='author'>Γράφει η Μαρία Νικολάου</p>", "", "el", ["Μαρία Νικολάου"]),
    ("<p class='author'>Napsala Jana Nováková</p>", "", "cs", ["Jana Nováková"]),
    ("<p class='author'>Autor: Anna Lena Maja</p>", "", "pl", ["Anna Lena Maja"]),  # a given name, not May
    ("<p class='author'>Napisała Anna Kowalska</p>", "", "pl", ["Anna Kowalska"]),
    ("<p class='author'>Scris de Ion Popescu</p>", "", "ro", ["Ion Popescu"]),
    ("<p class='author'>Ditulis oleh Budi Santoso</p>", "", "id", ["Budi Santoso"]),
    ("<p class='author'>Kirjoittanut Mari Virtanen</p>", "", "fi", ["Mari Virtanen"]),
    ("<p class='author'>מאת שרה כהן</p>", "", "he", ["שרה כהן"]),
    # A desk the metadata states is the uploading account where the byline prints a person.
    ("<p class='byline'>By Mara Lindholm</p>", _ld(author={"@type": "Person", "name": "Web Team"}), "en",
     ["Mara Lindholm"]),
    ("<p class='byline'>Von Mara Lindholm</p>", _ld(author={"@type": "Person", "name": "Online-Redaktion"}), "de",
     ["Mara Lindholm"]),
    ("", _ld(author={"@type": "Person", "name": "Online-Redaktion"}), "de", ["Online-Redaktion"]),
    # Drupal's "Submitted by NAME on DATE" line.
    ("<div class='node__meta'><span>Submitted by <a href='/user/3'>Mara Lindholm</a> on "
     "<span class='date'>Wed, 06/05/2024 - 10:15</span></span></div>", "", "en", ["Mara Lindholm"]),
    # The date in the byline's box with a short month first (Ghost, Substack themes).
    ("<section class='article-byline-content'><h4 class='author-name'><a href='/author/mara/'>Mara Lindholm</a>"
     "</h4><time class='byline-meta-date' datetime='2024-06-05'>Jun 5, 2024</time> &bull; 4 min read</section>",
     "", "en", ["Mara Lindholm"]),
    ("<div class='byline-wrapper'><a href='/@mara'>Mara Lindholm</a>, <a href='/@theo'>Theo Brandt</a>"
     "<div class='meta'>Sep 05, 2024</div></div>", "", "en", _TWO),
]


@pytest.mark.parametrize("top,head,lang,want", AUTHORS)
def test_byline_layouts(top, head, lang, want):
    assert extract_html(_page(head=head, top=top, lang=lang), "p.html").authors == want


DATES = [
    ("<p class='dates'>Published March 3, 2024 Updated March 5, 2024</p>", "", "en", "2024-03-03"),
    ("<p class='dates'>Updated March 5, 2024, 10:12 a.m. ET | Published March 3, 2024, 9:00 a.m. ET</p>", "", "en",
     "2024-03-03"),
    ("<p>Aktualisiert am 07.06.2024, 09:00 Uhr | Erstellt am 05.06.2024, 10:15 Uhr</p>", "", "de", "2024-06-05"),
    ("<p>Mis à jour le 7 juin 2024 · Publié le 5 juin 2024</p>", "", "fr", "2024-06-05"),
    ("<p>12. März 2024</p>", "", "de", "2024-03-12"),
    ("<p>3 de mayo de 2023</p>", "", "es", "2023-05-03"),
    ("<p>le 5 juin 2024</p>", "", "fr", "2024-06-05"),
    ("<p>Publié le 1er juin 2024</p>", "", "fr", "2024-06-01"),
    ("<p>Pubblicato il 5 giugno 2024 alle 10:15</p>", "", "it", "2024-06-05"),
    ("<p>Gepubliceerd op 5 juni 2024</p>", "", "nl", "2024-06-05"),
    ("<p>Opublikowano: 5 czerwca 2024</p>", "", "pl", "2024-06-05"),
    ("<p>2024年6月5日 10時15分</p>", "", "ja", "2024-06-05"),
    ("<div class='timestamp'>Published 10:15 AM EST, Wed June 5, 2024</div>", "", "en", "2024-06-05"),
    ("", "<meta property='article:modified_time' content='2024-06-09T10:00:00Z'>"
         "<meta property='article:published_time' content='2024-06-05T10:00:00Z'>", "en", "2024-06-05"),
    ("", _ld(dateModified="2024-06-09T10:00:00Z", datePublished="2024-06-05T10:00:00Z"), "en", "2024-06-05"),
    # The basic ISO form with its zone, in a meta field and in JSON-LD.
    ("", "<meta property='article:published_time' content='20240605T100000Z'>", "en", "2024-06-05"),
    ("", _ld(datePublished="20240605T100000+0200"), "en", "2024-06-05"),
    # Metadata forms: seconds since 1970, Parse.ly's JSON tag, a video's upload date, Drupal's RDFa.
    ("", "<meta property='article:published_time' content='1717581600'>", "en", "2024-06-05"),
    ("", "<meta name='parsely-page' content='{\"title\": \"Harbour pier to close\", "
         "\"pub_date\": \"2024-06-05T10:00:00Z\", \"author\": \"Mara Lindholm\"}'>", "en", "2024-06-05"),
    ("", '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "VideoObject", '
         '"name": "Harbour pier to close", "uploadDate": "2024-06-05T10:00:00Z"}</script>', "en", "2024-06-05"),
    ("<span property='dc:date dc:created' content='2024-06-05T10:00:00+02:00' datatype='xsd:dateTime'></span>", "",
     "en", "2024-06-05"),
    # Relative stamps count back from the day the page was fetched (2026-01-01 here).
    ("<p class='byline'>By Mara Lindholm · 3 hours ago</p>", "", "en", "2026-01-01"),
    ("<p class='date'>vor 3 Stunden</p>", "", "de", "2026-01-01"),
    ("<p class='date'>Hace 3 horas</p>", "", "es", "2026-01-01"),
    ("<p class='byline'>By Mara Lindholm · <span class='date'>2 days ago</span></p>", "", "en", "2025-12-30"),
    ("<p class='date'>il y a 2 jours</p>", "", "fr", "2025-12-30"),
    ("<p class='date'>Gestern, 10:15 Uhr</p>", "", "de", "2025-12-31"),
    ("<p class='date'>hace 1 semana</p>", "", "es", "2025-12-25"),
    ("<p class='date'>3 months ago</p>", "", "en", None),
    # Month names of more languages: Polish genitive of May, Croatian, Serbian, Bulgarian, Slovak,
    # Estonian, Latvian, Greek abbreviated, Hebrew with its prefix, Galician, Albanian.
    ("<p class='date'>5 maja 2024</p>", "", "pl", "2024-05-05"),
    ("<p class='date'>5. lipnja 2024.</p>", "", "hr", "2024-06-05"),
    ("<p class='date'>5. kolovoza 2024.</p>", "", "hr", "2024-08-05"),
    ("<p class='date'>5. septembar 2024.</p>", "", "sr", "2024-09-05"),
    ("<p class='date'>5 октомври 2024</p>", "", "bg", "2024-10-05"),
    ("<p class='date'>5. máj 2024</p>", "", "sk", "2024-05-05"),
    ("<p class='date'>5. juuni 2024</p>", "", "et", "2024-06-05"),
    ("<p class='date'>5. jūlijs 2024</p>", "", "lv", "2024-07-05"),
    ("<p class='date'>5 Δεκ 2024</p>", "", "el", "2024-12-05"),
    ("<p class='date'>5 ביוני 2024</p>", "", "he", "2024-06-05"),
    ("<p class='date'>5 de xuño de 2024</p>", "", "gl", "2024-06-05"),
    ("<p class='date'>5 nëntor 2024</p>", "", "sq", "2024-11-05"),
    # Year first with the word for "year": Lithuanian and Latvian.
    ("<p class='date'>2024 m. birželio 5 d. 10:15</p>", "", "lt", "2024-06-05"),
    ("<p class='date'>2024. gada 5. jūnijs</p>", "", "lv", "2024-06-05"),
]


@pytest.mark.parametrize("top,head,lang,want", DATES)
def test_date_layouts(top, head, lang, want):
    assert extract_html(_page(head=head, top=top, lang=lang), "p.html", crawl_date="2026-01-01").date == want


def test_a_relative_stamp_dates_nothing_without_the_fetch_day():
    page = _page(top="<p class='byline'>By Mara Lindholm · <span class='date'>2 days ago</span></p>")
    assert extract_html(page, "p.html").date is None
    # A sentence that counts back is no stamp, nor a lone word that only looks like "yesterday".
    page = _page(top="<p>Two days ago the crews were told to move; see the list here.</p><p>hier klicken</p>")
    assert extract_html(page, "p.html", crawl_date="2026-01-01").date is None


def test_a_date_only_in_the_future_dates_nothing():
    page = _page().replace("</article>", "<p>The pier is due to reopen on September 30, 2031, officials said.</p></article>")
    assert extract_html(page, "p.html", crawl_date="2026-01-01").date is None


def _state(obj, script_id="__NEXT_DATA__") -> str:
    return f'<script id="{script_id}" type="application/json">{json.dumps(obj)}</script>'


def test_authors_and_date_in_page_state_objects():
    # Next.js page props: authors as objects.
    nxt = _state({"props": {"pageProps": {"article": {"publishedAt": "2024-06-05T10:00:00.000Z",
                                                      "authors": [{"name": n, "slug": "x"} for n in _TWO]}}}})
    art = extract_html(_page(head=nxt), "p.html")
    assert art.authors == _TWO and art.date == "2024-06-05"
    # WPGraphQL: the author behind a node.
    wp = _state({"props": {"pageProps": {"post": {"author": {"node": {"name": "Mara Lindholm"}}}}}})
    assert extract_html(_page(head=wp), "p.html").authors == ["Mara Lindholm"]
    # Arc: the story's credits, and its first publication.
    arc = ('<script>Fusion.globalContent={"first_publish_date":"2024-06-05T09:00:00Z","credits":{"by":['
           '{"type":"author","name":"Mara Lindholm"},{"type":"author","name":"Theo Brandt"}]}};</script>')
    art = extract_html(_page(head=arc), "p.html")
    assert art.authors == _TWO and art.date == "2024-06-05"
    # The publisher stated as an object is no writer.
    org = _state({"props": {"pageProps": {"authors": [{"@type": "Organization", "name": "Harbour Daily"}]}}})
    assert extract_html(_page(head=org), "p.html").authors == []
