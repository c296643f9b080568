"""Fixture sites served by a real http.server on 127.0.0.1, with a log of every request it receives."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SITES = Path(__file__).parent / "sites"
TYPES = {".html": "text/html; charset=UTF-8", ".xml": "application/xml; charset=UTF-8", ".txt": "text/plain",
         ".pdf": "application/pdf"}


@dataclass
class Hit:
    time: float
    path: str
    status: int
    user_agent: str


@dataclass
class FixtureSite:
    """One site folder served over HTTP; `routes.json` adds redirects, first-time failures and header quirks."""

    name: str
    root: Path
    routes: dict
    server: ThreadingHTTPServer | None = None
    hits: list[Hit] = field(default_factory=list)
    failed_once: set[str] = field(default_factory=set)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str = "/") -> str:
        return self.origin + path

    def expected(self) -> list[dict]:
        rows = json.loads((self.root / "expected.json").read_text("utf-8"))
        return [dict(row, url=self.url(row["url"])) for row in rows]

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def file_for(self, path: str) -> Path | None:
        target = self.routes.get("routes", {}).get(path)
        if target:
            return self.root / target
        bare = urlsplit(path).path
        candidate = self.root / bare.lstrip("/")
        if bare.endswith("/"):
            candidate = candidate / "index.html"
        if candidate.is_file() and candidate.name not in {"routes.json", "expected.json"}:
            return candidate
        return None


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A client closing its keep-alive connection is normal; anything else is shown."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def _handler(site: FixtureSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
            site.hits.append(Hit(self.received, self.path, status, self.headers.get("User-Agent", "")))
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self.received = time.monotonic()
            path = self.path
            redirect = site.routes.get("redirects", {}).get(path)
            if redirect:
                return self.send(301, headers={"Location": site.origin + redirect})
            fail = site.routes.get("fail_first", {}).get(path)
            if fail and path not in site.failed_once:
                site.failed_once.add(path)
                return self.send(fail["status"], b"<h1>Service Unavailable</h1>",
                                 {"Retry-After": fail.get("retry_after", "0"), "Content-Type": "text/html"})
            file = site.file_for(path)
            if file is None:
                return self.send(404, b"<html><body class='error404'><h1>Halaman tidak ditemukan</h1></body></html>",
                                 {"Content-Type": "text/html; charset=UTF-8"})
            body = file.read_bytes().replace(b"{{ORIGIN}}", site.origin.encode())
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, headers={"ETag": etag})
            content_type = site.routes.get("content_type", {}).get(path) or TYPES.get(file.suffix, "text/html")
            self.send(200, body, {"Content-Type": content_type, "ETag": etag,
                                  "Last-Modified": "Tue, 12 Mar 2024 02:30:45 GMT"})

    return Handler


def serve(name: str, root: Path | None = None) -> FixtureSite:
    """Serve SITES/name (or a copy of it at `root`, for tests that change the site between runs)."""
    root = root or SITES / name
    routes_file = root / "routes.json"
    routes = json.loads(routes_file.read_text()) if routes_file.exists() else {}
    site = FixtureSite(name, root, routes)
    site.server = QuietServer(("127.0.0.1", 0), _handler(site))
    threading.Thread(target=site.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return site


def stop(site: FixtureSite) -> None:
    site.server.shutdown()
    site.server.server_close()


@pytest.fixture
def site_server():
    """Start fixture sites by name; each test gets fresh servers (and so fresh request logs)."""
    started: list[FixtureSite] = []

    def start(name: str) -> FixtureSite:
        site = serve(name)
        started.append(site)
        return site

    yield start
    for site in started:
        stop(site)
