#!/usr/bin/env python3
"""Throughput benchmark: tidings against a naive baseline, measured in the same run.

    .venv/bin/python bench/bench.py [--pages N] [--repeat R] [--shared ../shared]

Each figure is documents (or words) per second on ONE core (a single process), so the
ratios hold whatever the machine. Time is the process's CPU time (time.process_time), not the
wall clock: on a shared host, other processes' load stretches the wall clock of whichever
measure it lands on, and moved ratios by 15% between runs; CPU time is what "per core" means.
Every measure, ours and the baseline's alike, is the best of R runs (default 3). Measured on ../shared/data/extraction-dev pages:

- extract:   tidings extract_page (no NLP)       vs trafilatura.extract
- pipeline:  tidings extract + NLP, batched       vs trafilatura + spaCy, one doc at a time
- analyze:   tidings Analyzer words/s             vs plain spaCy nlp(text), one doc at a time
             (each measured in a fresh process of its own, on the English article texts)
- events:    share of analyze CPU time spent in the tidings_events layer, timed inside the run
             (the entities and quotes layers' shares are printed beside it)

This is a benchmark, not a test: it asserts nothing and is not run by pytest.
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_pages(shared: Path, limit: int) -> list[tuple[str, bytes]]:
    pages = sorted((shared / "data" / "extraction-dev" / "pages").glob("*.html.gz"))[:limit]
    return [(p.name, gzip.decompress(p.read_bytes())) for p in pages]


REPEAT = 3


def timed(fn) -> tuple[float, object]:
    """Best of REPEAT runs, as timeit does: the slower runs measure the machine's other load
    and spaCy's first sight of new words, not the code."""
    best, result = float("inf"), None
    for _ in range(REPEAT):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def english_texts(shared: Path, limit: int) -> list[str]:
    """The article texts tidings extracts from the pages, English only (what analyze reads)."""
    from tidings.config import load_config
    from tidings.errors import TidingsError
    from tidings.extract import extract_page
    from tidings.model import RawDoc

    config = load_config(environ={})
    out = []
    for name, data in load_pages(shared, limit):
        try:
            a = extract_page(RawDoc(source=name, data=data, format_hint="html"), config)
        except TidingsError:
            continue
        if a.language in (None, "en") and a.text:
            out.append(a.text)
    return out


def analyze_only(kind: str, shared: Path, limit: int) -> dict:
    """One NLP pipeline over the English texts, best of REPEAT (run in a process of its own)."""
    from tidings.api import get_analyzer
    from tidings.config import load_config

    english = english_texts(shared, limit)
    words = sum(len(t.split()) for t in english)
    config = load_config(environ={})
    if kind == "plain":
        import spacy

        plain = spacy.load(config.spacy_model)
        plain("Warm up.")
        seconds, _ = timed(lambda: [plain(t) for t in english])
        return {"words": words, "seconds": seconds}
    analyzer = get_analyzer(config)
    analyzer.analyze_one("Warm up.")
    spent = _time_layers(analyzer)
    best, layers = float("inf"), {}
    for _ in range(REPEAT):
        spent.clear()
        start = time.process_time()
        list(analyzer.analyze(english))
        seconds = time.process_time() - start
        if seconds < best:
            best, layers = seconds, dict(spent)
    return {"words": words, "seconds": best, "layers": layers}


def _time_layers(analyzer) -> dict[str, float]:
    """CPU seconds each tidings layer spends, summed over the documents of a run. Timed inside
    the run itself: the older way, the difference between a run with and one without the events
    layer, put both runs' noise into a figure a tenth their size (it moved 7.6% -> 9.4% while the
    layer itself got faster)."""
    spent: dict[str, float] = {}
    for name in ("tidings_entities", "tidings_quotes", "tidings_events"):
        layer = analyzer.nlp.get_pipe(name)

        def timed_find(doc, find=layer.find, key=name.removeprefix("tidings_")):
            start = time.process_time()
            try:
                return find(doc)
            finally:
                spent[key] = spent.get(key, 0.0) + time.process_time() - start

        layer.find = timed_find
    return spent


def analyze_in_fresh_process(kind: str, args) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--analyze-only", kind, "--pages", str(args.pages),
           "--repeat", str(REPEAT), "--shared", args.shared]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=150, help="pages to measure (default 150)")
    ap.add_argument("--shared", default=str(HERE.parents[1] / "shared"), help="the shared data folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure; the best counts (default 3)")
    ap.add_argument("--analyze-only", choices=["tidings", "plain"],
                    help=argparse.SUPPRESS)  # the words/s measures, each run in a fresh process
    args = ap.parse_args()
    global REPEAT
    REPEAT = max(1, args.repeat)
    shared = Path(args.shared)
    if args.analyze_only:
        sys.path.insert(0, str(HERE.parent))
        print(json.dumps(analyze_only(args.analyze_only, shared, args.pages)))
        return 0
    if not (shared / "data" / "extraction-dev" / "pages").is_dir():
        print(f"bench: {shared}/data/extraction-dev/pages not found; nothing to measure.")
        return 0
    try:
        import spacy
        import trafilatura
    except ImportError as exc:
        print(f"bench: the baseline needs {exc.name} (pip install -r requirements-test.txt)")
        return 0

    sys.path.insert(0, str(HERE.parent))
    from tidings.api import get_analyzer
    from tidings.config import load_config
    from tidings.errors import TidingsError
    from tidings.extract import extract_page
    from tidings.model import RawDoc
    from tidings.nlp import DocContext

    config = load_config(environ={})
    pages = load_pages(shared, args.pages)
    n = len(pages)
    print(f"bench: {n} pages from {shared}/data/extraction-dev, one process (per-core figures)")

    def tidings_extract():
        out = []
        for name, data in pages:
            try:
                out.append(extract_page(RawDoc(source=name, data=data, format_hint="html"), config))
            except TidingsError:
                out.append(None)
        return out

    def trafilatura_extract():
        return [trafilatura.extract(data.decode("utf-8", "replace"), with_metadata=True) or ""
                for _, data in pages]

    t_ext, articles = timed(tidings_extract)
    t_traf, traf_texts = timed(trafilatura_extract)

    # Warm both pipelines so model loading is not measured.
    analyzer = get_analyzer(config)
    plain = spacy.load(config.spacy_model)
    analyzer.analyze_one("Warm up.")
    plain("Warm up.")

    texts = [a.text if a else "" for a in articles]
    contexts = [DocContext(pub_date=a.date, dateline=a.dateline, language=a.language) if a else DocContext()
                for a in articles]
    t_nlp, _ = timed(lambda: list(analyzer.analyze(texts, contexts)))
    t_naive_nlp, _ = timed(lambda: [plain(t) for t in traf_texts])

    # Words/s of each NLP pipeline alone, each in a fresh process: in this one, the other
    # pipeline's and trafilatura's allocations slow whichever runs later by 5-10%.
    ours = analyze_in_fresh_process("tidings", args)
    words, t_an, layers = ours["words"], ours["seconds"], ours["layers"]
    t_plain_an = analyze_in_fresh_process("plain", args)["seconds"]

    rows = {
        "extract_docs_per_s": n / t_ext,
        "trafilatura_docs_per_s": n / t_traf,
        "pipeline_docs_per_s": n / (t_ext + t_nlp),
        "naive_pipeline_docs_per_s": n / (t_traf + t_naive_nlp),
        "analyze_words_per_s": words / t_an,
        "plain_spacy_words_per_s": words / t_plain_an,
        "event_coding_share": layers.get("events", 0.0) / t_an,
        "entities_share": layers.get("entities", 0.0) / t_an,
        "quotes_share": layers.get("quotes", 0.0) / t_an,
    }
    print(f"{'measure':<34}{'tidings':>12}{'baseline':>12}{'ratio':>8}")
    for label, ours, base in [
        ("extract, docs/s/core", rows["extract_docs_per_s"], rows["trafilatura_docs_per_s"]),
        ("whole pipeline, docs/s/core", rows["pipeline_docs_per_s"], rows["naive_pipeline_docs_per_s"]),
        ("analyze, words/s/core", rows["analyze_words_per_s"], rows["plain_spacy_words_per_s"]),
    ]:
        print(f"{label:<34}{ours:>12.1f}{base:>12.1f}{ours / base:>7.2f}x")
    print(f"event coding share of analyze time: {rows['event_coding_share']:.1%} "
          f"(entities {rows['entities_share']:.1%}, quotes {rows['quotes_share']:.1%}; the rest is spaCy's own pipes)")
    print("baselines: trafilatura.extract; trafilatura + spaCy nlp(text) one doc at a time")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"pages": n, "words": words, **rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
