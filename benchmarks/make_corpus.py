"""Make a large corpus for benchmarks by repeating the repo's articles with new ids, urls and dates.

Each output line is an extracted record (article.schema.json): the annotated articles carry their gold
annotations (offsets found in the text), so the quote store can be benchmarked without running extraction;
article-only records (corpus/sample) keep whatever lists they have. The text fields are what `warta extract`
reads, so the same file serves a batch benchmark.

    python benchmarks/make_corpus.py 5000 /tmp/corpus.jsonl
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SCHEMA_VERSION = "1"
_FIRST_DAY = dt.date(2015, 1, 1)
_DAYS = (dt.date(2025, 12, 31) - _FIRST_DAY).days


def _spans(text: str, found: str) -> dict:
    start = text.find(found)
    return {"start": max(start, 0), "end": max(start, 0) + len(found)}


def _from_gold(article: dict) -> dict:
    """An extracted record from an annotated article: gold lists with offsets into its text."""
    text, gold = article["text"], article.get("gold", {})
    mentions = lambda name: [_spans(text, name)] if name in text else []  # noqa: E731
    return {
        "schema_version": SCHEMA_VERSION,
        **{k: article.get(k) for k in ("id", "url", "source", "title", "published")},
        "text": text,
        "officials": [{**o, "mentions": mentions(o["name"])} for o in gold.get("officials", [])],
        "quotes": [{**q, **_spans(text, q["text"])} for q in gold.get("quotes", [])],
        "dates": [{**d, **_spans(text, d["text"])} for d in gold.get("dates", [])],
        "venues": [{**v, **_spans(text, v["name"])} for v in gold.get("venues", [])],
        "regulations": [{**r, **_spans(text, r["text"])} for r in gold.get("regulations", [])],
    }


def _from_sample(record: dict) -> dict:
    lists = {k: record.get(k) or [] for k in ("officials", "quotes", "dates", "venues", "regulations")}
    return {"schema_version": SCHEMA_VERSION, "title": None, "published": None, "url": None, "source": None,
            **record, **lists}


def base_records(corpus: Path = CORPUS) -> list[dict]:
    """The records a corpus is made of: annotated articles, then sample articles, in file order."""
    records = [_from_gold(json.loads(p.read_text(encoding="utf-8")))
               for p in sorted((corpus / "annotated").glob("*.json"))]
    for path in sorted((corpus / "sample").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            records += [_from_sample(json.loads(line)) for line in f if line.strip()]
    if not records:
        raise FileNotFoundError(f"{corpus}: no articles in annotated/*.json or sample/*.jsonl")
    return records


def _copy_url(url: str | None, n: int) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}/copy-{n}"))


def make_corpus(n_articles: int, out_path: str | Path, seed: int = 0, *, base: list[dict] | None = None) -> Path:
    """Write `n_articles` records to `out_path` (JSONL), cycling through the base records; returns the path.

    Copy n of article X gets id `X-n`, a url ending in `/copy-n` and a random publication date in
    2015-2025 drawn from `seed`, so runs with the same arguments write the same file. `base` replaces
    `base_records()`, e.g. with real extraction output.
    """
    rng = random.Random(seed)
    records = base or base_records()
    out_path = Path(out_path)
    with open(out_path, "w", encoding="utf-8") as out:
        for n in range(n_articles):
            record = records[n % len(records)]
            day = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS + 1))
            copy = {**record, "id": f"{record['id']}-{n}", "url": _copy_url(record.get("url"), n),
                    "published": day.isoformat()}
            out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return out_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_articles", type=int)
    parser.add_argument("out_path")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    path = make_corpus(args.n_articles, args.out_path, seed=args.seed)
    print(f"wrote {args.n_articles} articles to {path}", file=sys.stderr)
