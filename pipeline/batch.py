"""Batch runs: records in, extracted records and errors out, in input order, with `--jobs N` processes.

The runner moves records and knows nothing of language; the work per record is `api.extract_record`.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.api import RecordError, extract_record
from pipeline.io import InputItem


@dataclass
class Summary:
    """Counts of a finished run."""

    records: int = 0
    errors: int = 0
    seconds: float = 0.0
    officials: int = 0
    quotes: int = 0
    speakers: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        return (f"{self.records} articles extracted, {self.errors} errors, {self.seconds:.1f} s "
                f"({rate:.1f} articles/s)")


def _work(item: InputItem) -> tuple[dict | None, dict | None]:
    if item.error:
        return None, item.error_dict()
    try:
        return extract_record(item.record), None
    except RecordError as e:
        return None, {"input": item.source, "line": item.line, "reason": str(e), "raw": item.record}
    except Exception as e:  # a crash on one record is reported, and the batch goes on
        return None, {"input": item.source, "line": item.line, "reason": f"internal error: {type(e).__name__}: {e}",
                      "id": (item.record or {}).get("id")}


def process(items: Iterable[InputItem], jobs: int = 1) -> Iterator[tuple[dict | None, dict | None]]:
    """(record, None) or (None, error) per input item, in input order."""
    if jobs <= 1:
        for item in items:
            yield _work(item)
        return
    with mp.get_context("spawn").Pool(jobs) as pool:
        yield from pool.imap(_work, items, chunksize=4)


def run_extract(items: Iterable[InputItem], output: Path, errors: Path, jobs: int = 1,
                log=sys.stderr) -> Summary:
    """Extract every item to `output` (JSONL, flushed per line) and every failure to `errors`."""
    summary = Summary()
    start = time.perf_counter()
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8") as out, open(errors, "w", encoding="utf-8") as err:
        for record, error in process(items, jobs):
            if record is not None:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                summary.records += 1
                summary.officials += len(record["officials"])
                summary.quotes += len(record["quotes"])
                for quote in record["quotes"]:
                    if quote["speaker"]:
                        summary.speakers[quote["speaker"]] = summary.speakers.get(quote["speaker"], 0) + 1
            else:
                err.write(json.dumps(error, ensure_ascii=False, default=str) + "\n")
                summary.errors += 1
                print(f"warta: {error['input']}:{error['line']}: {error['reason']}", file=log)
    summary.seconds = time.perf_counter() - start
    return summary
