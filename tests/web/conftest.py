"""A real warta server over the fixture records, and a stand-in outlet serving the articles they link to."""
from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.store import index_files
from pipeline.web import make_server

RECORDS = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "records.jsonl"


def _serve(server: ThreadingHTTPServer) -> Iterator[str]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="session")
def outlet() -> Iterator[str]:
    """An HTTP server playing the news sites: /<article id> is that article's page."""
    articles = {r["id"]: r for r in map(json.loads, RECORDS.read_text(encoding="utf-8").splitlines())}

    class Outlet(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            record = articles.get(self.path.strip("/"))
            if record is None:
                self.send_error(404)
                return
            body = (f"<!doctype html><title>{html.escape(record['title'] or '')}</title>"
                    f"<h1 id='headline'>{html.escape(record['title'] or '')}</h1>"
                    + "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n"))).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    yield from _serve(ThreadingHTTPServer(("127.0.0.1", 0), Outlet))


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, outlet: str) -> Path:
    """The fixture records indexed with their urls pointing at the stand-in outlet."""
    folder = tmp_path_factory.mktemp("web")
    lines = []
    for line in RECORDS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["url"]:
            record["url"] = f"{outlet}/{record['id']}"
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = index_files(folder / "warta.db", [folder / "records.jsonl"])
    assert report.errors == []
    return folder / "warta.db"


@pytest.fixture(scope="session")
def base_url(web_db: Path) -> Iterator[str]:
    """The running warta server (page and API), on a free loopback port."""
    yield from _serve(make_server(web_db, port=0, quiet=True))
