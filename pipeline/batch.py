"""Batch runs: records in, extracted records and errors out, in input order, on local processes or Dask.

The runner moves records and knows nothing of language; the work per record is `api.extract_record`. Records
travel to workers in small chunks, each worker loads the models once, and results are written in input order
whatever the number of workers. A run is resumable: restarted on the same output it skips the ids already
written there.
"""
from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.api import RecordError, extract_record
from pipeline.io import InputItem
from pipeline.normalize.text import clean_text

ENGINES = ("local", "dask")
FORMATS = ("jsonl", "parquet")
CHUNK = 16  # records per task: enough to hide the cost of moving them, small enough to keep workers even
AHEAD = 4  # chunks in flight per worker
PARQUET_ROWS = 1000  # rows per Parquet row group
WARM_UP = ("Bupati Boalemo Anas Jusuf mengatakan bahwa jalan akan diperbaiki pada Senin (12/2/2024) "
           "sesuai Perda Nomor 5 Tahun 2019.")

Result = tuple[dict | None, dict | None]


class BatchError(ValueError):
    """A run that cannot start: an output it cannot resume, an unknown engine or format, no Dask cluster."""


@dataclass
class Summary:
    """Counts of a finished run."""

    records: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output of an earlier run
    updated: int = 0  # in the output of an earlier run, but the article changed since: extracted again
    seconds: float = 0.0
    startup: float = 0.0  # from the start of the run to the first result: loading models, starting workers
    words: int = 0
    officials: int = 0
    quotes: int = 0
    speakers: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        words = self.words / self.seconds if self.seconds else 0.0
        done = f"{self.skipped} already done, " if self.skipped else ""
        done += f"{self.updated} changed since and extracted again, " if self.updated else ""
        return (f"{self.records} articles extracted, {done}{self.errors} errors, {self.seconds:.1f} s "
                f"({rate:.1f} articles/s, {words:,.0f} words/s)")


# ---- the work, as it runs in a worker ----

def _work(item: InputItem, entities: bool = False) -> Result:
    if item.error:
        return None, item.error_dict()
    try:
        return extract_record(item.record, entities=entities), None
    except RecordError as e:
        return None, {"input": item.source, "line": item.line, "reason": str(e), "raw": item.record}
    except Exception as e:  # a crash on one record is reported, and the batch goes on
        return None, {"input": item.source, "line": item.line, "reason": f"internal error: {type(e).__name__}: {e}",
                      "id": (item.record or {}).get("id")}


def extract_chunk(items: list[InputItem], entities: bool = False) -> list[Result]:
    """(record, None) or (None, error) for each item of a chunk, in order: the task a worker runs."""
    return [_work(item, entities) for item in items]


def warm_up(entities: bool = False) -> int:
    """Load models and tables now, so that a new worker's first chunk pays no start-up cost; returns the pid."""
    extract_record({"id": "warm-up", "text": WARM_UP}, entities=entities)
    return os.getpid()


def _died(item: InputItem, how: str) -> Result:
    return None, {"input": item.source, "line": item.line, "reason": f"worker died on this record ({how})",
                  "id": (item.record or {}).get("id")}


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    chunk: list[InputItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---- engines: submit a chunk, get its results back; the ordering loop is shared ----

class _LocalEngine:
    """`jobs` spawned processes on this machine; a dead worker is replaced and its records retried alone."""

    def __init__(self, jobs: int, work: Callable[[list[InputItem]], list[Result]], warm: Callable | None):
        self.jobs, self.work, self.warm = jobs, work, warm
        self.pool = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=mp.get_context("spawn"), initializer=self.warm)

    @property
    def workers(self) -> int:
        return self.jobs

    def submit(self, chunk: list[InputItem]):
        return self.pool.submit(self.work, chunk)

    def results(self, pending: deque) -> list[Result]:
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            # Some record in flight killed its worker: rerun every record in flight one at a time, so the
            # culprit is found and reported and the others are kept.
            retry = chunk + [item for part, _ in pending for item in part]
            pending.clear()
            self._restart()
            return [result for item in retry for result in self._alone(item)]

    def _alone(self, item: InputItem) -> list[Result]:
        try:
            return self.pool.submit(self.work, [item]).result()
        except BrokenProcessPool:
            self._restart()
            return [_died(item, "process exited")]

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _quiet_warm_up(entities: bool = False) -> None:
    try:
        warm_up(entities)
    except Exception:  # a broken model shows up as per-record errors, with the reason
        pass


class _DaskEngine:
    """Tasks on a dask.distributed cluster: the one at `scheduler`, or a LocalCluster of `jobs` processes."""

    def __init__(self, jobs: int, scheduler: str | None, work: Callable[[list[InputItem]], list[Result]],
                 warm: Callable | None):
        import logging

        from distributed import Client, LocalCluster

        self.work, self.cluster = work, None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as e:
                raise BatchError(f"{scheduler}: cannot reach the Dask scheduler ({e})") from e
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        try:
            self.client.wait_for_workers(1, timeout=30)
            if warm is not None:
                self.client.run(warm)
        except TimeoutError as e:
            self.close()
            raise BatchError(f"{scheduler or 'local cluster'}: no Dask worker joined within 30 s") from e
        except ImportError as e:
            self.close()
            raise BatchError(f"{scheduler}: the Dask workers cannot import warta ({e}); "
                             "install warta where the workers run") from e
        except Exception as e:  # e.g. the region tables missing on a worker
            self.close()
            raise BatchError(f"{scheduler or 'local cluster'}: the Dask workers cannot load warta's models and "
                             f"tables ({type(e).__name__}: {e})") from e

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info()["workers"]))

    def submit(self, chunk: list[InputItem]):
        return self.client.submit(self.work, chunk, pure=False)

    def results(self, pending: deque) -> list[Result]:
        from distributed import KilledWorker

        chunk, future = pending.popleft()
        try:
            return future.result()
        except KilledWorker:
            out = []
            for item in chunk:  # find the record that keeps killing workers; keep the others
                try:
                    out += self.client.submit(self.work, [item], pure=False).result()
                except KilledWorker:
                    out.append(_died(item, "Dask killed worker"))
            return out

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def process(items: Iterable[InputItem], jobs: int = 1, *, engine: str = "local", scheduler: str | None = None,
            chunk: int = CHUNK, entities: bool = False,
            work: Callable[[list[InputItem]], list[Result]] | None = None) -> Iterator[Result]:
    """(record, None) or (None, error) per input item, in input order, on `jobs` workers of `engine`.

    :param engine: "local" (processes on this machine) or "dask" (the cluster at `scheduler`, else a
        LocalCluster of `jobs` processes)
    :param chunk: records per task
    :param entities: add the NER model's entities to each record (slower; see `api.extract`)
    :param work: a task to run on each chunk instead of extraction (module-level, so workers can import it)
    """
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    warm = None
    if work is None:
        work = functools.partial(extract_chunk, entities=entities)
        warm = functools.partial(_quiet_warm_up if engine == "local" else warm_up, entities)
    if engine == "local" and jobs <= 1:
        for part in _chunks(items, chunk):
            yield from work(part)
        return
    runner = _LocalEngine(jobs, work, warm) if engine == "local" else _DaskEngine(jobs, scheduler, work, warm)
    try:
        ahead = runner.workers * AHEAD
        pending: deque = deque()
        for part in _chunks(items, chunk):
            pending.append((part, runner.submit(part)))
            while len(pending) >= ahead:
                yield from runner.results(pending)
        while pending:
            yield from runner.results(pending)
    finally:
        runner.close()


# ---- outputs: JSONL, or Parquet built at the end from a JSONL beside it ----

def fingerprint(text: str) -> str:
    """What tells two versions of an article apart: sha1 of its cleaned text (a record's `text`)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def _read_ids(path: Path, repair: bool, log) -> dict[str, str]:
    """Id -> text fingerprint of the records in a JSONL output (the last line of an id wins); an incomplete last
    line (a killed run) is cut off if `repair`."""
    done: dict[str, str] = {}
    good = 0  # byte offset after the last complete record
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                record = json.loads(raw) if raw.endswith(b"\n") else None
            except (json.JSONDecodeError, UnicodeDecodeError):
                record = None
            if not isinstance(record, dict) or "id" not in record:
                if f.read(1):
                    raise BatchError(f"{path}:{number}: not a record written by warta; "
                                     "use another output or --overwrite")
                if repair:
                    print(f"warta: {path}:{number}: dropped an incomplete last line left by an interrupted run",
                          file=log)
                    with open(path, "r+b") as out:
                        out.truncate(good)
                break
            done[str(record["id"])] = fingerprint(str(record.get("text", "")))
            good += len(raw)
    return done


class _JsonlWriter:
    def __init__(self, path: Path, resume: bool, log):
        self.done = _read_ids(path, True, log) if resume and path.exists() else {}
        self.handle = open(path, "a" if resume else "w", encoding="utf-8")

    def write(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()  # a killed run keeps every record written so far

    def close(self, finished: bool) -> None:
        self.handle.close()


def arrow_schema():
    """The Arrow schema of an extracted record, built from article.schema.json: lists stay lists."""
    import pyarrow as pa

    from pipeline.paths import SCHEMA

    spec = json.loads(SCHEMA.read_text(encoding="utf-8"))

    def convert(node: dict):
        if "$ref" in node:
            return convert(spec["$defs"][node["$ref"].rsplit("/", 1)[1]])
        kinds = node.get("type", "string")
        kind = next((k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null"), "string")
        if kind == "object":
            return pa.struct([pa.field(name, convert(sub)) for name, sub in node.get("properties", {}).items()])
        if kind == "array":
            return pa.list_(convert(node["items"]))
        return {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}.get(kind, pa.string())

    return pa.schema([pa.field(name, convert(node), nullable=name not in ("id", "text"))
                      for name, node in spec["properties"].items()])


class _ParquetWriter:
    """Records go to OUT.partial.jsonl as they come (flushed, resumable); OUT is written when the run ends."""

    def __init__(self, path: Path, resume: bool, log):
        import pyarrow.parquet as pq

        self.path, self.partial, self.resume = path, path.with_name(path.name + ".partial.jsonl"), resume
        self.done: dict[str, str] = {}
        if resume and path.exists():
            try:
                table = pq.read_table(path, columns=["id", "text"])
                self.done = {str(i): fingerprint(t or "") for i, t in
                             zip(table.column("id").to_pylist(), table.column("text").to_pylist())}
            except Exception as e:
                raise BatchError(f"{path}: cannot resume, not a Parquet file of records ({e}); "
                                 "use another output or --overwrite") from e
        if resume and self.partial.exists():
            self.done.update(_read_ids(self.partial, True, log))
        self.jsonl = _JsonlWriter(self.partial, resume, log)

    def write(self, record: dict) -> None:
        self.jsonl.write(record)

    def close(self, finished: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.jsonl.close(finished)
        if not finished:
            return  # the partial file stays for the next run to resume from
        schema = arrow_schema()
        tmp = self.path.with_name(self.path.name + ".tmp")
        newer = _last_lines(self.partial)  # id -> line number of its latest version in the partial file
        with pq.ParquetWriter(tmp, schema) as writer:
            if self.resume and self.path.exists():
                for batch in pq.ParquetFile(self.path).iter_batches(PARQUET_ROWS):
                    table = pa.Table.from_batches([batch]).cast(schema)
                    if newer:  # an article extracted again replaces its earlier row
                        keep = [str(i) not in newer for i in table.column("id").to_pylist()]
                        table = table.filter(pa.array(keep, pa.bool_()))
                    writer.write_table(table)
            writer.write_table(schema.empty_table())  # so that a run with no records still leaves a valid file
            rows: list[dict] = []
            with open(self.partial, encoding="utf-8") as f:
                for number, line in enumerate(f):
                    record = json.loads(line)
                    if newer[str(record["id"])] != number:
                        continue  # an older version, extracted again later
                    rows.append(record)
                    if len(rows) >= PARQUET_ROWS:
                        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                        rows = []
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, self.path)  # atomic: a run killed while writing leaves the old file and the partial
        self.partial.unlink()


def _last_lines(path: Path) -> dict[str, int]:
    """Id -> 0-based number of the last line holding it, in a JSONL file of records."""
    last: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f):
            last[str(json.loads(line)["id"])] = number
    return last


def output_format(output: Path, fmt: str | None = None) -> str:
    """The format asked for, else the one the output's suffix names (.parquet), else JSONL."""
    fmt = fmt or ("parquet" if output.suffix.lower() in (".parquet", ".pq") else "jsonl")
    if fmt not in FORMATS:
        raise BatchError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt


# ---- progress ----

class _Progress:
    """A tqdm bar on a terminal; otherwise a plain line every `every` seconds (for logs and batch systems)."""

    def __init__(self, log, total: int | None, every: float, bar: bool | None):
        self.log, self.total, self.every = log, total, every
        self.start = self.last = time.perf_counter()
        self.done = self.errors = self.skipped = 0
        isatty = getattr(log, "isatty", None)
        self.bar = None
        if bar if bar is not None else bool(isatty and isatty()):
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=log, unit=" records", dynamic_ncols=True, smoothing=0.05,
                            desc="extract")

    def update(self, records: int = 0, errors: int = 0, skipped: int = 0) -> None:
        self.done += records + errors + skipped
        self.errors += errors
        self.skipped += skipped
        if self.bar is not None:
            self.bar.update(records + errors + skipped)
            if errors:
                self.bar.set_postfix_str(f"errors={self.errors}", refresh=False)
            return
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            print(self.status(now), file=self.log, flush=True)

    def status(self, now: float) -> str:
        elapsed = now - self.start
        rate = (self.done - self.skipped) / elapsed if elapsed else 0.0
        of = f"/{self.total} ({self.done / self.total:.0%})" if self.total else ""
        eta = ""
        if self.total and rate and self.total > self.done:
            eta = f", ETA {_clock((self.total - self.done) / rate)}"
        return (f"warta: {self.done}{of} records, {rate:.1f} records/s, {self.errors} errors"
                f"{f', {self.skipped} already done' if self.skipped else ''}, {_clock(elapsed)} elapsed{eta}")

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.log)
        else:
            print(text, file=self.log, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def count_records(paths: Iterable[str]) -> int | None:
    """How many records the inputs hold (non-blank JSONL lines, one per other file): the bar's total."""
    from pipeline.io import expand

    total = 0
    for path in expand(paths):
        if path == "-":
            return None
        if path.lower().endswith(".jsonl"):
            with open(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


# ---- the run ----

def run_extract(items: Iterable[InputItem], output: Path, errors: Path, jobs: int = 1, log=None, *,
                engine: str = "local", scheduler: str | None = None, fmt: str | None = None,
                resume: bool = False, total: int | None = None, progress_every: float = 10.0,
                bar: bool | None = None, chunk: int = CHUNK, entities: bool = False) -> Summary:
    """Extract every item to `output` and every failure to `errors` (`{"input","line","reason"}` per line).

    :param log: where progress and per-record errors go (default: standard error)
    :param engine: "local" processes or "dask" (see `process`); `jobs` is the number of workers
    :param fmt: "jsonl" (one record per line, flushed as it goes) or "parquet"; default from the suffix
    :param resume: keep the records already in `output` and skip inputs with their ids (a restarted run);
        an input whose cleaned text differs from its record's is extracted again. A JSONL output then holds
        both versions, the later line current (`warta index` keeps it); a Parquet output keeps only the new one
    :param total: how many records to expect, for the progress ETA
    :param progress_every: seconds between plain progress lines when `log` is not a terminal
    :param bar: force the tqdm bar on or off (default: on when `log` is a terminal)
    :param chunk: records per task sent to a worker
    :param entities: add the NER model's entities to each record (several times slower)
    """
    fmt = output_format(output, fmt)
    log = log or sys.stderr
    start = time.perf_counter()
    output.parent.mkdir(parents=True, exist_ok=True)
    writer = (_ParquetWriter if fmt == "parquet" else _JsonlWriter)(output, resume, log)
    done = writer.done
    summary = Summary()
    progress = _Progress(log, total, progress_every, bar)

    def unchanged(item: InputItem, rid: str) -> bool:
        text = item.record.get("text")
        return not isinstance(text, str) or fingerprint(clean_text(text).text) == done[rid]

    def todo(items: Iterable[InputItem]) -> Iterator[InputItem]:
        for item in items:
            rid = item.record.get("id") if item.record else None
            if rid not in (None, "") and str(rid) in done:
                if unchanged(item, str(rid)):
                    summary.skipped += 1
                    progress.update(skipped=1)
                    continue
                summary.updated += 1
            yield item

    finished = False
    try:
        with open(errors, "w", encoding="utf-8") as err:
            for record, error in process(todo(items), jobs, engine=engine, scheduler=scheduler, chunk=chunk,
                                         entities=entities):
                summary.startup = summary.startup or time.perf_counter() - start
                if record is not None:
                    if done.get(record["id"]) == fingerprint(record["text"]):  # an id-less input written before
                        summary.skipped += 1
                        progress.update(skipped=1)
                        continue
                    writer.write(record)
                    summary.records += 1
                    summary.words += len(record["text"].split())
                    summary.officials += len(record["officials"])
                    summary.quotes += len(record["quotes"])
                    for quote in record["quotes"]:
                        if quote["speaker"]:
                            summary.speakers[quote["speaker"]] = summary.speakers.get(quote["speaker"], 0) + 1
                    progress.update(records=1)
                else:
                    err.write(json.dumps(error, ensure_ascii=False, default=str) + "\n")
                    err.flush()
                    summary.errors += 1
                    progress.update(errors=1)
                    progress.message(f"warta: {error['input']}:{error['line']}: {error['reason']}")
        finished = True
    finally:
        progress.close()
        writer.close(finished)
    summary.seconds = time.perf_counter() - start
    return summary


# ---- the common chain: crawl -> extract -> index ----

@dataclass
class ChainReport:
    """What `run_chain` did at each stage, and where it left the files."""

    crawl: object  # scrape.CrawlReport
    extract: Summary
    index: object  # store.IndexReport
    articles: Path
    extracted: Path
    errors: Path

    def lines(self) -> list[str]:
        return [f"crawl:   {self.crawl.summary()}", f"extract: {self.extract.line()}",
                f"index:   {self.index.articles} articles, {self.index.quotes} quotes"
                + (f", {len(self.index.errors)} records skipped" if self.index.errors else "")]


def run_chain(urls: list[str], db_path: Path, *, workdir: Path | None = None, jobs: int = 1, since=None,
              max_articles: int | None = None, delay: float = 1.0, crawl_progress=None, log=None) -> ChainReport:
    """Crawl `urls`, extract the articles not yet extracted and index the records into the store at `db_path`.

    Every stage keeps its file in `workdir` (default: DB.run/ beside the database): articles.jsonl (the crawl
    appends), extracted.jsonl (resumed by id) and extracted.errors.jsonl, so a rerun or a killed run picks up
    where it stopped; indexing replaces records by id, never duplicates them.
    """
    from pipeline.io import read_inputs
    from pipeline.scrape import crawl
    from pipeline.store import index_files

    workdir = workdir or db_path.with_name(db_path.name + ".run")
    workdir.mkdir(parents=True, exist_ok=True)
    articles, extracted = workdir / "articles.jsonl", workdir / "extracted.jsonl"
    errors = workdir / "extracted.errors.jsonl"
    crawled = crawl(list(urls), articles, since=since, max_articles=max_articles, delay=delay,
                    progress=crawl_progress)
    if articles.exists():
        summary = run_extract(read_inputs([str(articles)]), extracted, errors, jobs=jobs, log=log, resume=True,
                              total=count_records([str(articles)]))
    else:  # nothing crawled, now or before
        summary = Summary()
        extracted.touch()
    indexed = index_files(db_path, [extracted])
    return ChainReport(crawled, summary, indexed, articles, extracted, errors)
