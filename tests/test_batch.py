"""Batch runs (pipeline/batch.py): order with several workers, Dask, Parquet, resume, progress and crashes."""
from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.batch import BatchError, process, run_extract
from pipeline.cli import main
from pipeline.io import InputItem, read_inputs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "sample" / "articles.jsonl"
BIN = Path(sys.executable).parent


def make_input(path: Path, copies: int = 3, bad: bool = True) -> Path:
    """The sample articles `copies` times with new ids; with `bad`, a broken line and a record without text."""
    base = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = []
    for n in range(copies):
        for record in base:
            lines.append(json.dumps({**record, "id": f"{record['id']}-{n}"}, ensure_ascii=False))
        if bad:
            lines += ['{"id": "broken", "text": "Bupati hadir', json.dumps({"id": f"notext-{n}", "title": "x"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_input(tmp_path_factory.mktemp("batch") / "in.jsonl")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[Path, Path]:
    """One process, in this process: the output every other engine must reproduce byte for byte."""
    out = tmp_path_factory.mktemp("ref")
    summary = run_extract(read_inputs([str(corpus)]), out / "out.jsonl", out / "err.jsonl", log=io.StringIO())
    assert summary.records == 63 and summary.errors == 6
    return out / "out.jsonl", out / "err.jsonl"


def test_batch_keeps_input_order_with_two_processes(corpus, reference, tmp_path):
    summary = run_extract(read_inputs([str(corpus)]), tmp_path / "out.jsonl", tmp_path / "err.jsonl", jobs=2,
                          chunk=3, log=io.StringIO())
    assert (summary.records, summary.errors) == (63, 6)
    assert (tmp_path / "out.jsonl").read_bytes() == reference[0].read_bytes()
    assert (tmp_path / "err.jsonl").read_bytes() == reference[1].read_bytes()


def test_batch_errors_file_keeps_its_contract(reference):
    errors = read_jsonl(reference[1])
    assert [(e["line"], e["reason"].split(":")[0]) for e in errors[:2]] == [
        (22, "malformed JSON"), (23, "record has no 'text'")]
    assert all({"input", "line", "reason"} <= set(e) for e in errors)


def test_batch_dask_local_cluster_matches_local_engine(corpus, reference, tmp_path):
    summary = run_extract(read_inputs([str(corpus)]), tmp_path / "out.jsonl", tmp_path / "err.jsonl", jobs=2,
                          engine="dask", chunk=5, log=io.StringIO())
    assert (summary.records, summary.errors) == (63, 6)
    assert (tmp_path / "out.jsonl").read_bytes() == reference[0].read_bytes()
    assert (tmp_path / "err.jsonl").read_bytes() == reference[1].read_bytes()


@pytest.fixture
def dask_cluster(tmp_path):
    """A real `dask scheduler` and two `dask worker`s on loopback, as a user would start them."""
    info = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": tmp_path}
    procs = [subprocess.Popen([BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", info], **quiet)]
    try:
        deadline = time.monotonic() + 30
        while not info.exists() or not info.read_text().strip():
            assert time.monotonic() < deadline, "dask scheduler did not start"
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        for _ in range(2):
            procs.append(subprocess.Popen([BIN / "dask", "worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--host", "127.0.0.1"], **quiet))
        yield address
        from distributed import Client

        with Client(address, timeout="10s") as client:
            client.shutdown()  # scheduler and workers stop together, faster than one signal each
    finally:
        for proc in reversed(procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.terminate()
                proc.wait(timeout=30)


def test_batch_dask_scheduler_cli_matches_local_engine(corpus, reference, dask_cluster, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"),
                                       "--errors", str(tmp_path / "err.jsonl"),
                                       "--engine", "dask", "--scheduler", dask_cluster])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.jsonl").read_bytes() == reference[0].read_bytes()
    assert (tmp_path / "err.jsonl").read_bytes() == reference[1].read_bytes()


def test_batch_cli_scheduler_needs_dask_engine(corpus, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "o.jsonl"),
                                       "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output


def test_batch_parquet_round_trips_through_pandas(corpus, reference, tmp_path):
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.errors.jsonl").read_bytes() == reference[1].read_bytes()
    frame = pd.read_parquet(out)
    expected = read_jsonl(reference[0])
    assert list(frame["id"]) == [r["id"] for r in expected]
    for (_, row), record in zip(frame.iterrows(), expected):
        for key in ("officials", "quotes", "dates", "venues", "regulations", "authors", "errors"):
            assert [_plain(x) for x in row[key]] == record[key], (record["id"], key)
        assert row["text"] == record["text"] and row["id"] == record["id"]
        assert row["published"] == record["published"] or (record["published"] is None and pd.isna(row["published"]))
    quotes = frame.explode("quotes").dropna(subset=["quotes"])
    assert len(quotes) == sum(len(r["quotes"]) for r in expected)


def _plain(value):
    """A pandas cell (numpy arrays of dicts) as plain Python, to compare with the JSON record."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "tolist"):
        return [_plain(v) for v in value.tolist()]
    return value


def test_batch_resume_after_a_killed_run_loses_nothing_and_repeats_nothing(tmp_path, reference):
    src = make_input(tmp_path / "in.jsonl", copies=30, bad=False)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([BIN / "warta", "extract", src, "-o", out, "--overwrite"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not out.exists() or out.read_bytes().count(b"\n") < 30:
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be killed"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert 30 <= written < 630
    with open(out, "ab") as f:
        f.write(b'{"schema_version": "1.0", "id": "a0')  # a line cut short by the kill
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "already done" in result.output and "dropped an incomplete last line" in result.output
    ids = [r["id"] for r in read_jsonl(out)]
    assert ids == [json.loads(line)["id"] for line in src.read_text().splitlines()]
    reference_by_text = {r["text"]: {k: v for k, v in r.items() if k != "id"} for r in read_jsonl(reference[0])}
    assert all({k: v for k, v in r.items() if k != "id"} == reference_by_text[r["text"]] for r in read_jsonl(out))


def test_batch_resume_of_parquet_keeps_the_partial_records(corpus, reference, tmp_path):
    out = tmp_path / "out.parquet"
    partial = tmp_path / "out.parquet.partial.jsonl"
    partial.write_text("".join(reference[0].read_text(encoding="utf-8").splitlines(True)[:10]), encoding="utf-8")
    summary = run_extract(read_inputs([str(corpus)]), out, tmp_path / "err.jsonl", resume=True, log=io.StringIO())
    assert (summary.records, summary.skipped, summary.errors) == (53, 10, 6)
    assert not partial.exists()
    assert list(pd.read_parquet(out, columns=["id"])["id"]) == [r["id"] for r in read_jsonl(reference[0])]
    again = run_extract(read_inputs([str(corpus)]), out, tmp_path / "err.jsonl", resume=True, log=io.StringIO())
    assert (again.records, again.skipped) == (0, 63)
    assert len(pd.read_parquet(out, columns=["id"])) == 63


@pytest.mark.parametrize("suffix", ["jsonl", "parquet"])
def test_batch_resume_extracts_a_changed_article_again(tmp_path, suffix):
    src = make_input(tmp_path / "in.jsonl", copies=1, bad=False)
    out = tmp_path / f"out.{suffix}"
    first = run_extract(read_inputs([str(src)]), out, tmp_path / "err.jsonl", resume=True, log=io.StringIO())
    records = read_jsonl(src)
    records[0]["text"] = records[0]["text"].replace("\n", "\nBupati Gowa Adnan Ichsan mengatakan jalan diperbaiki.\n", 1)
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    again = run_extract(read_inputs([str(src)]), out, tmp_path / "err.jsonl", resume=True, log=io.StringIO())
    assert (again.records, again.updated, again.skipped) == (1, 1, first.records - 1)
    assert "1 changed since and extracted again" in again.line()
    rows = read_jsonl(out) if suffix == "jsonl" else pd.read_parquet(out).to_dict("records")
    latest = {r["id"]: r for r in rows}  # in JSONL the later line of an id is current
    assert len(latest) == first.records
    assert "Adnan Ichsan" in latest[records[0]["id"]]["text"]
    assert len(rows) == first.records + (1 if suffix == "jsonl" else 0)


def test_batch_resume_refuses_an_output_that_is_not_its_own(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x", "text": ""}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(BatchError, match=r"out.jsonl:2: not a record written by warta"):
        run_extract(read_inputs([str(corpus)]), out, tmp_path / "err.jsonl", resume=True, log=io.StringIO())


def test_batch_progress_prints_plain_lines_and_a_summary_when_not_a_terminal(corpus, tmp_path):
    log = io.StringIO()
    summary = run_extract(read_inputs([str(corpus)]), tmp_path / "o.jsonl", tmp_path / "e.jsonl", log=log, total=69,
                          progress_every=0)
    lines = [line for line in log.getvalue().splitlines() if "records/s" in line]
    assert lines[-1].startswith("warta: 69/69 (100%) records, ") and ", 6 errors" in lines[-1]
    assert "\r" not in log.getvalue()
    assert summary.line().startswith("63 articles extracted, 6 errors, ") and "articles/s" in summary.line()
    assert "words/s" in summary.line()


def test_batch_progress_draws_a_bar_on_a_terminal(corpus, tmp_path):
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    with open(follower, "w", encoding="utf-8", closefd=True) as terminal:
        run_extract(read_inputs([str(corpus)]), tmp_path / "o.jsonl", tmp_path / "e.jsonl", log=terminal, total=69)
    screen = b""
    os.set_blocking(leader, False)
    try:
        while chunk := os.read(leader, 65536):
            screen += chunk
    except (BlockingIOError, OSError):
        pass
    os.close(leader)
    text = screen.decode("utf-8", "replace")
    assert "\r" in text and "69/69" in text and "errors=6" in text and "records/s" in text


def explode_on_boom(items: list[InputItem]) -> list:
    """A task that kills its worker process on the record with id "boom", as a segfault would."""
    if any((item.record or {}).get("id") == "boom" for item in items):
        os._exit(3)
    return [((item.record or {}).get("id"), None) for item in items]


def test_batch_a_record_that_kills_its_worker_is_reported_and_the_rest_kept():
    ids = [f"r{i}" for i in range(20)]
    ids[7] = "boom"
    items = [InputItem("in.jsonl", n + 1, record={"id": i, "text": ""}) for n, i in enumerate(ids)]
    results = list(process(items, jobs=2, chunk=3, work=explode_on_boom))
    assert [r for r, _ in results] == [i if i != "boom" else None for i in ids]
    error = results[7][1]
    assert error["line"] == 8 and error["id"] == "boom" and "worker died" in error["reason"]


@pytest.fixture
def news_site():
    """A small news site on 127.0.0.1: robots.txt, a sitemap and three sample articles as WordPress-like pages."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    records = [r for r in map(json.loads, SAMPLE.read_text(encoding="utf-8").splitlines())
               if r.get("title") and len(r.get("published") or "") == 10][:3]
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/xml" if self.path.endswith(".xml") else
                             "text/plain" if self.path.endswith(".txt") else "text/html; charset=UTF-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    for record in records:
        path = f"/{record['published'][:4]}/{record['published'][5:7]}/{record['id']}/"
        paras = "".join(f"<p>{p}</p>" for p in record["text"].split("\n") if p.strip())
        pages[path] = (f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{record["title"]}</title>'
                       f'<meta property="og:type" content="article"><meta property="article:published_time" '
                       f'content="{record["published"]}T08:00:00+08:00"><link rel="canonical" href="{origin}{path}">'
                       f'</head><body><article><h1 class="entry-title">{record["title"]}</h1>'
                       f'<div class="entry-content">{paras}</div></article></body></html>').encode()
    pages["/robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {origin}/sitemap.xml\n".encode()
    pages["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                             'sitemap/0.9">' + "".join(f"<url><loc>{origin}{p}</loc></url>" for p in list(pages))
                             + "</urlset>").encode()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield origin, records
    server.shutdown()
    server.server_close()


def test_batch_run_crawls_extracts_and_indexes_and_a_rerun_adds_nothing(news_site, tmp_path):
    from pipeline.store import Store

    origin, records = news_site
    db = tmp_path / "warta.db"
    result = CliRunner().invoke(main, ["run", origin + "/", "--db", str(db), "--delay", "0"])
    assert result.exit_code == 0, result.output
    extracted = read_jsonl(tmp_path / "warta.db.run" / "extracted.jsonl")
    assert sorted(r["title"] for r in extracted) == sorted(" ".join(r["title"].split()) for r in records)
    with Store(db, readonly=True) as store:
        counts = store.counts()
    assert counts["articles"] == 3 and counts["quotes"] == sum(len(r["quotes"]) for r in extracted) > 0
    again = CliRunner().invoke(main, ["run", origin + "/", "--db", str(db), "--delay", "0"])
    assert again.exit_code == 0, again.output
    assert "0 articles extracted, 3 already done" in again.output
    assert len(read_jsonl(tmp_path / "warta.db.run" / "extracted.jsonl")) == 3
    with Store(db, readonly=True) as store:
        assert store.counts() == counts


def test_batch_adds_entities_only_when_asked():
    items = [InputItem("in.jsonl", 1, record={"id": "e", "text": "Bupati Boalemo Anas Jusuf hadir di Tilamuta."})]
    [(plain, _)] = process(items)
    [(with_entities, _)] = process(items, entities=True)
    assert "entities" not in plain and isinstance(with_entities["entities"], list)
    assert {k: v for k, v in with_entities.items() if k != "entities"} == plain
