"""Compare the syndication similarities on edited copies of the dev articles; print margins and speed.

Run: .venv/bin/python benchmarks/bench_dedup.py
Each dev article gets edited copies (dateline, dropped paragraph, byline, rewording, all at once) that must
group; distinct articles, and distinct articles sharing a boilerplate paragraph, must not. For each
similarity it prints the lowest score of a copy, the highest of a distinct dev pair (same-topic stories
such as two Perda approvals), the boilerplate pair, the margin between copies and the higher of the two,
the ratio of the lowest copy to the highest distinct pair, and the seconds for synthetic corpora.
"""
from __future__ import annotations

import functools
import json
import random
import re
import sys
import time
from pathlib import Path

from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dedup import find_duplicates, shingle_jaccard, tfidf_cosine  # noqa: E402

BOILERPLATE = ("Dinas Komunikasi dan Informatika mengajak masyarakat untuk terus mengikuti informasi resmi "
               "pemerintah daerah melalui kanal media sosial dan laman resmi, serta melaporkan setiap "
               "keluhan pelayanan publik melalui layanan pengaduan yang tersedia setiap hari kerja.")
REWORDS = {"mengatakan": "menyampaikan", "pada": "di", "menjelaskan": "memaparkan", "kegiatan": "acara",
           "masyarakat": "warga", "tersebut": "itu", "juga": "pun", "dalam": "di dalam", "untuk": "guna"}


def dateline(text: str) -> str:
    return "GORONTALO, kabarsulawesi.id - " + re.sub(r"^[A-Z .,|]+[-–|,]\s*", "", text, count=1)


def drop_paragraph(text: str) -> str:
    paragraphs = text.split("\n")
    if len(paragraphs) < 3:
        return text
    longest = max(range(1, len(paragraphs)), key=lambda i: len(paragraphs[i]))
    return "\n".join(p for i, p in enumerate(paragraphs) if i != longest)


def byline(text: str) -> str:
    return re.sub(r"\s*\([a-z/.]+\)\s*$", "", text) + "\nPenulis: Rahmat Hidayat\nEditor: Siti Nurhaliza"


def reword(text: str) -> str:
    return re.sub(r"\b(" + "|".join(REWORDS) + r")\b", lambda m: REWORDS[m.group(1)], text)


def everything(text: str) -> str:
    return byline(reword(drop_paragraph(dateline(text))))


METHODS = {"tfidf_cosine": tfidf_cosine, "tfidf_unigrams": functools.partial(tfidf_cosine, ngrams=1),
           "shingle_jaccard": shingle_jaccard}
EDITS = {"dateline": dateline, "drop_paragraph": drop_paragraph, "byline": byline, "reword": reword,
         "all_four": everything}


def pair_scores(texts: list[str], method) -> dict[tuple[int, int], float]:
    matrix = sparse.coo_matrix(method(texts, 1e-9))
    return {(int(r), int(c)): float(v) for r, c, v in zip(matrix.row, matrix.col, matrix.data) if r < c}


def main() -> None:
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus/annotated").glob("*.json"))]
    texts = [a["text"] for a in articles]
    n = len(texts)
    corpus = list(texts)
    positives: dict[tuple[int, int], str] = {}
    for i, text in enumerate(texts):
        for name, edit in EDITS.items():
            positives[(i, len(corpus))] = name
            corpus.append(edit(text))
    boiler = [len(corpus), len(corpus) + 1]
    corpus += [texts[0] + "\n" + BOILERPLATE, texts[1] + "\n" + BOILERPLATE]
    negatives = {(i, j) for i in range(n) for j in range(i + 1, n)} | {(boiler[0], boiler[1])}

    print(f"{n} dev articles, {len(positives)} edited copies, {len(negatives)} distinct pairs "
          "(one of them two articles ending in the same boilerplate paragraph)")
    print(f"{'similarity':<16}{'min copy':>9}{'weakest edit':>14}{'max distinct':>13}{'boilerplate':>12}"
          f"{'margin':>8}{'ratio':>7}")
    for name, method in METHODS.items():
        scores = pair_scores(corpus, method)
        copy = {pair: scores.get(pair, 0.0) for pair in positives}
        weakest = min(copy, key=copy.get)
        distinct = max(scores.get(pair, 0.0) for pair in negatives - {(boiler[0], boiler[1])})
        shared = scores.get((boiler[0], boiler[1]), 0.0)
        ratio = copy[weakest] / distinct if distinct else float("inf")
        print(f"{name:<16}{copy[weakest]:>9.3f}{positives[weakest]:>14}{distinct:>13.3f}{shared:>12.3f}"
              f"{copy[weakest] - max(distinct, shared):>8.3f}{ratio:>7.1f}")
        per_edit = {e: min(v for p, v in copy.items() if positives[p] == e) for e in EDITS}
        print("    lowest per edit: " + ", ".join(f"{e} {v:.3f}" for e, v in per_edit.items()))

    groups = find_duplicates([{"id": str(i), "text": t} for i, t in enumerate(corpus)])
    found = {frozenset(g.members) for g in groups}
    expected = {frozenset([str(i)] + [str(j) for (a, j) in positives if a == i]
                          + ([str(boiler[i])] if i < 2 else [])) for i in range(n)}  # boilerplate adds a paragraph
    print(f"default find_duplicates: {len(groups)} groups, {len(found & expected)} of {len(expected)} exact")

    rng = random.Random(7)
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s) > 40]
    for size in (2000, 10000):
        synthetic = ["\n".join(rng.sample(sentences, 8)) for _ in range(size)]
        for name, method in METHODS.items():
            started = time.perf_counter()
            method(synthetic, 0.5)
            print(f"{name} on {size} synthetic articles: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
