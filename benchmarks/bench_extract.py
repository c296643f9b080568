"""Batch extraction figures: articles/s and words/s after start-up, start-up time and peak memory per worker,
for --jobs 1 and 2, against spaCy's bare `id` tokenizer on the same texts (the ceiling).

    .venv/bin/python benchmarks/bench_extract.py [--articles 2000] [--jobs 1 2] [--engine local]

The corpus comes from make_corpus.py (the repo's articles repeated with new ids). Each configuration runs in a
fresh interpreter, as `warta extract` would, so start-up (imports, models, worker processes) is measured from
process start to the first extracted record. Targets (issue 5, on a 2-core machine): one process >= 10% of the
bare tokenizer's articles/s, two processes >= 1.8x one, < 400 MB peak per worker, start-up < 3 s.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make_corpus  # noqa: E402


def _one_run(corpus: str, jobs: int, engine: str, entities: bool) -> dict:
    """Inside a fresh interpreter: one `run_extract` over the corpus; figures as a dict."""
    import io

    import psutil

    from pipeline.batch import run_extract
    from pipeline.io import read_inputs

    born = psutil.Process().create_time()
    began = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        summary = run_extract(read_inputs([corpus]), Path(tmp) / "out.jsonl", Path(tmp) / "err.jsonl", jobs=jobs,
                              engine=engine, entities=entities, log=io.StringIO())
    # VmHWM is this process's own peak (ru_maxrss would count the parent's image from before exec)
    kib = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker process
    times = os.times()
    cpu = times.user + times.system + times.children_user + times.children_system
    steady = summary.seconds - summary.startup
    return {
        "records": summary.records, "errors": summary.errors, "words": summary.words,
        "startup": began - born + summary.startup,
        "articles_per_s": summary.records / steady, "words_per_s": summary.words / steady,
        "cpu_ms_per_article": 1000 * cpu / summary.records,
        # with one job the main process is the worker; with more, the largest worker process
        "peak_mb": (kib if jobs == 1 and engine == "local" else children) / 1024, "main_mb": kib / 1024,
    }


def bare_tokenizer(corpus: Path) -> dict:
    """spaCy's blank `id` tokenizer over the same texts: the speed of reading the words at all."""
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    tokenizer = spacy.blank("id").tokenizer
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))
    seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    return {"articles_per_s": len(texts) / seconds, "words_per_s": words / seconds, "tokens": tokens}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--entities", action="store_true", help="add NER entities (warta extract --entities)")
    parser.add_argument("--one", nargs=2, metavar=("CORPUS", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one_run(args.one[0], int(args.one[1]), args.engine, args.entities)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(args.articles, Path(tmp) / "corpus.jsonl")
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"corpus: {args.articles} articles from make_corpus.py; engine {args.engine}"
              f"{' with --entities' if args.entities else ''}; {os.cpu_count()} CPUs, "
              f"load average {load} before the runs (other work on the machine slows --jobs 2 most)")
        runs = {}
        for jobs in args.jobs:
            command = [sys.executable, __file__, "--engine", args.engine, "--one", str(corpus), str(jobs)]
            out = subprocess.run(command + ["--entities"] * args.entities, check=True, capture_output=True, text=True)
            run = runs[jobs] = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"--jobs {jobs}: {run['articles_per_s']:8.1f} articles/s {run['words_per_s']:10,.0f} words/s "
                  f"after start-up; start-up {run['startup']:.2f} s; peak {run['peak_mb']:.0f} MB per worker "
                  f"(main process {run['main_mb']:.0f} MB); {run['cpu_ms_per_article']:.2f} CPU ms/article; "
                  f"{run['records']} records, {run['errors']} errors")
        ceiling = bare_tokenizer(corpus)  # after the runs, so they are not forked from a process holding spaCy
        print(f"bare spaCy id tokenizer: {ceiling['articles_per_s']:8.1f} articles/s "
              f"{ceiling['words_per_s']:10,.0f} words/s")
    print("targets:")
    if 1 in runs:
        share = runs[1]["articles_per_s"] / ceiling["articles_per_s"]
        print(f"  one process at >= 10% of the bare tokenizer: {share:.0%}  {'ok' if share >= 0.10 else 'MISSED'}")
    if 1 in runs and 2 in runs:
        gain = runs[2]["articles_per_s"] / runs[1]["articles_per_s"]
        print(f"  two processes >= 1.8x one: {gain:.2f}x  {'ok' if gain >= 1.8 else 'MISSED'}")
    peak = max(r["peak_mb"] for r in runs.values())
    print(f"  < 400 MB peak per worker: {peak:.0f} MB  {'ok' if peak < 400 else 'MISSED'}")
    startup = max(r["startup"] for r in runs.values())
    print(f"  start-up < 3 s: {startup:.2f} s  {'ok' if startup < 3 else 'MISSED'}")


if __name__ == "__main__":
    main()
