"""Measure the shipped NER model: load time, size on disk and words/s on the NERGrit test sentences.

Run: .venv/bin/python benchmarks/bench_ner.py [--model models/ner] [--repeat 5]
Prints the seconds `spacy.load` takes, the model's size, and the throughput of `nlp.pipe` on raw text
(tokenizer + NER) and on pre-tokenized Docs (NER alone), best of --repeat passes, single process; and, as a
news-domain check, how many gold official/speaker names of corpus/annotated/ fall inside a PERSON entity.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from pipeline.normalize.train import CORPUS_DIR, MODEL_DIR, SPLITS, read_conll  # noqa: E402


def best_rate(run, n_words: int, repeat: int) -> float:
    """Words per second of the fastest of `repeat` passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return n_words / best


def news_person_recall(nlp) -> tuple[int, int]:
    """Gold official and speaker names of the annotated articles found inside a PERSON entity."""
    found = total = 0
    for path in sorted((ROOT / "corpus" / "annotated").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        gold = record["gold"]
        names = {o["name"] for o in gold.get("officials", []) if o.get("name")}
        names |= {q["speaker"] for q in gold.get("quotes", []) if q.get("speaker")}
        persons = [e.text for doc in nlp.pipe(record["text"].split("\n")) for e in doc.ents if e.label_ == "PERSON"]
        for name in names & {n for n in names if n in record["text"]}:
            total += 1
            found += any(name in p or (len(p) > 3 and p in name) for p in persons)
    return found, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - start
    size = sum(p.stat().st_size for p in args.model.rglob("*") if p.is_file())
    weights = (args.model / "ner" / "model").stat().st_size

    sentences = read_conll(CORPUS_DIR / SPLITS["test"])
    texts = [" ".join(s.words) for s in sentences]
    n_words = sum(len(s.words) for s in sentences)

    def raw() -> None:
        for _ in nlp.pipe(texts, batch_size=256):
            pass

    def pretokenized() -> None:
        for _ in nlp.pipe((Doc(nlp.vocab, words=list(s.words)) for s in sentences), batch_size=256):
            pass

    print(f"model           {args.model}")
    print(f"size on disk    {size / 1e6:.1f} MB (weights {weights / 1e6:.1f} MB)")
    print(f"spacy.load      {load_s:.1f} s")
    print(f"test sentences  {len(sentences)} ({n_words} words)")
    print(f"raw text        {best_rate(raw, n_words, args.repeat):,.0f} words/s (tokenizer + ner)")
    print(f"pre-tokenized   {best_rate(pretokenized, n_words, args.repeat):,.0f} words/s (ner only)")
    found, total = news_person_recall(nlp)
    print(f"news names      {found}/{total} gold official/speaker names in corpus/annotated tagged PERSON")


if __name__ == "__main__":
    main()
