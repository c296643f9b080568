"""Quote store figures: indexing speed, database size and query latency on a store of >= 20,000 quotes.

    .venv/bin/python benchmarks/bench_quotes.py [--quotes 20000] [--repeat 30]

The corpus comes from make_corpus.py (the repo's articles repeated with new ids and dates, carrying their gold
annotations, or with --extracted the pipeline's own output); queries run through `Store.quotes` (what
`warta quotes` calls) and through the HTTP API of `warta serve`.
"""
from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import base_records, make_corpus  # noqa: E402

from pipeline.store import Store, index_files  # noqa: E402
from pipeline.web import make_server  # noqa: E402

QUERIES = [
    ("newest, no filter", {}),
    ("word: hibah", {"words": "hibah"}),
    ("stem: tegas (menegaskan)", {"words": "tegas"}),
    ("stem: daya (pemberdayaan)", {"words": "daya"}),
    ("common word: yang", {"words": "yang"}),
    ("two words: sosial masyarakat", {"words": "sosial masyarakat"}),
    ('phrase: "dana hibah"', {"words": '"dana hibah"'}),
    ("name as written: Bekasi", {"words": "Bekasi"}),
    ("speaker: Dr. H. Al Haris, S.Sos., M.H.", {"speaker": "Dr. H. Al Haris, S.Sos., M.H."}),
    ("position: Kepala Dinas", {"position": "Kepala Dinas"}),
    ("source: habari.id", {"source": "habari.id"}),
    ("since 2024 until 2024-06", {"since": "2024", "until": "2024-06"}),
    ("type: direct", {"type": "direct"}),
    ("all filters", {"words": "sosial", "position": "Kepala Dinas", "since": "2018", "type": "indirect"}),
    ("hostile: NEAR(\" ' OR 1=1 --", {"words": "NEAR(\" ' OR 1=1 --"}),
]


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return f"median {statistics.median(ordered) * 1000:7.2f} ms  p95 {p95 * 1000:7.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=20_000, help="at least this many quotes in the store")
    parser.add_argument("--repeat", type=int, default=30, help="runs per query")
    parser.add_argument("--limit", type=int, default=50, help="results per query (the web page's default)")
    parser.add_argument("--extracted", action="store_true",
                        help="repeat real `warta extract` output for the articles instead of their gold annotations")
    args = parser.parse_args()

    base = base_records()
    if args.extracted:
        from pipeline.api import extract_record

        fields = ("id", "url", "source", "title", "published", "text")
        base = [extract_record({k: r[k] for k in fields}) for r in base]
        print(f"extracted {len(base)} base articles: {sum(len(r['quotes']) for r in base)} quotes")
    per_article = sum(len(r["quotes"]) for r in base) / len(base)
    n_articles = math.ceil(args.quotes / per_article)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus.jsonl", Path(tmp) / "warta.db"
        make_corpus(n_articles, corpus, base=base)
        started = time.perf_counter()
        report = index_files(db, [corpus])
        took = time.perf_counter() - started
        print(f"index: {report.articles} articles, {report.quotes} quotes in {took:.1f} s "
              f"({report.articles / took:.0f} articles/s); {db.stat().st_size / 1e6:.1f} MB; "
              f"errors {len(report.errors)}")
        started = time.perf_counter()
        again = index_files(db, [corpus])
        print(f"re-index (replace): {time.perf_counter() - started:.1f} s; "
              f"quotes after: {Store(db, readonly=True).counts()['quotes']} (was {again.quotes})")

        print(f"\nStore.quotes(..., limit={args.limit}), {args.repeat} runs each:")
        with Store(db, readonly=True) as store:
            for label, kwargs in QUERIES:
                samples, found = [], 0
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    found = len(store.quotes(**kwargs, limit=args.limit))
                    samples.append(time.perf_counter() - started)
                print(f"  {label:42s} {found:4d} hits  {_ms(samples)}")

        server = make_server(db, port=0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        print(f"\nHTTP GET through `warta serve`, {args.repeat} runs each:")
        for label, path in [("/api/quotes?q=hibah", "/api/quotes?" + urlencode({"q": "hibah"})),
                            ("/api/quotes?q=yang&format=csv", "/api/quotes?" + urlencode({"q": "yang",
                                                                                          "format": "csv"})),
                            ("/ (page, newest 50)", "/"),
                            ("/?q=tegas&speaker=Al Haris", "/?" + urlencode({"q": "tegas", "speaker": "Al Haris"}))]:
            samples = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                with urllib.request.urlopen(base_url + path, timeout=30) as response:
                    response.read()
                samples.append(time.perf_counter() - started)
            print(f"  {label:42s} {_ms(samples)}")
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
