"""The read-only web page and JSON API over a warta.db, on the standard library's threading HTTP server."""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import jinja2

from pipeline.store import QueryError, QuoteHit, Store
from pipeline.store.export import to_csv, to_json

# The parameters of `warta quotes`, as the page and /api/quotes take them.
SEARCH_PARAMS = ("q", "speaker", "speaker_id", "position", "source", "since", "until", "type", "limit")
PAGE_LIMIT = 50
_STATIC = {"style.css": "text/css; charset=utf-8"}
_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class App:
    """Routes a GET to a page or the API; each request opens the database read-only and closes it."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        Store(self.db_path, readonly=True).close()  # fail at start, not on the first request
        self.templates = jinja2.Environment(
            loader=jinja2.PackageLoader("pipeline.web", "templates"), autoescape=True, undefined=jinja2.StrictUndefined
        )

    def handle(self, target: str) -> Response:
        url = urlsplit(target)
        params = {k: v[0] for k, v in parse_qs(url.query, max_num_fields=50).items()}
        path = url.path
        if path.startswith("/static/"):
            return self._static(path.removeprefix("/static/"))
        routes = {"/": self._search_page, "/api/quotes": self._api_quotes}
        if path not in routes and not path.startswith("/speaker/"):
            return self._not_found(path)
        try:
            with Store(self.db_path, readonly=True) as store:
                if path.startswith("/speaker/"):
                    return self._speaker_page(store, path.removeprefix("/speaker/"), params)
                return routes[path](store, params)
        except QueryError as e:
            if path.startswith("/api/"):
                return _json_error(HTTPStatus.BAD_REQUEST, str(e))
            return self._page("error.html", HTTPStatus.BAD_REQUEST, message=str(e), params=params,
                              sources=[], export={})

    def _search_page(self, store: Store, params: dict[str, str]) -> Response:
        hits = _search(store, params)
        return self._page("search.html", HTTPStatus.OK, hits=hits, params=params, sources=store.sources(),
                          export=_export_links(params))

    def _speaker_page(self, store: Store, ident: str, params: dict[str, str]) -> Response:
        speaker = store.speaker(int(ident)) if re.fullmatch(r"[0-9]{1,18}", ident) else None
        if speaker is None:
            return self._not_found(f"/speaker/{ident}")
        params = {**params, "limit": params.get("limit") or "1000", "speaker_id": str(speaker.id)}
        return self._page("speaker.html", HTTPStatus.OK, speaker=speaker, hits=_search(store, params),
                          params=params, export=_export_links(params))

    def _api_quotes(self, store: Store, params: dict[str, str]) -> Response:
        fmt = params.pop("format", "json")
        if fmt not in ("json", "csv"):
            raise QueryError(f"format: {fmt!r} is not one of json, csv")
        hits = _search(store, params)
        if fmt == "json":
            return Response(HTTPStatus.OK, to_json(hits).encode(), "application/json; charset=utf-8")
        return Response(HTTPStatus.OK, to_csv(hits).encode(), "text/csv; charset=utf-8",
                        {"Content-Disposition": 'attachment; filename="warta-quotes.csv"'})

    def _static(self, name: str) -> Response:
        if name not in _STATIC:  # a fixed list, so no path reaches the file system
            return self._not_found(f"/static/{name}")
        body = resources.files("pipeline.web").joinpath("static", name).read_bytes()
        return Response(HTTPStatus.OK, body, _STATIC[name], {"Cache-Control": "max-age=3600"})

    def _not_found(self, path: str) -> Response:
        if path.startswith("/api/"):
            return _json_error(HTTPStatus.NOT_FOUND, f"{path}: no such endpoint")
        return self._page("error.html", HTTPStatus.NOT_FOUND, message=f"{path}: no such page", params={},
                          sources=[], export={})

    def _page(self, template: str, status: int, **context: object) -> Response:
        html = self.templates.get_template(template).render(db_name=self.db_path.name, **context)
        return Response(status, html.encode())


def _search(store: Store, params: dict[str, str]) -> list[QuoteHit]:
    filters = {k: params.get(k) or None for k in SEARCH_PARAMS if k not in ("q", "limit")}
    return store.quotes(params.get("q"), **filters, limit=params.get("limit") or PAGE_LIMIT)


def _export_links(params: dict[str, str]) -> dict[str, str]:
    kept = {k: v for k, v in params.items() if k in SEARCH_PARAMS and v}
    return {fmt: "/api/quotes?" + urlencode({**kept, "format": fmt}) for fmt in ("csv", "json")}


def _json_error(status: int, message: str) -> Response:
    return Response(status, json.dumps({"error": message}, ensure_ascii=False).encode(),
                    "application/json; charset=utf-8")


class _Handler(BaseHTTPRequestHandler):
    app: App  # set on the subclass made by make_server
    server_version = "warta"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        self._send(self._respond(), body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._send(self._respond(), body=False)

    def _refuse(self) -> None:
        self._send(_json_error(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command}: the store is read-only"),
                   body=True, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _respond(self) -> Response:
        try:
            return self.app.handle(self.path)
        except Exception as e:  # a bug must not leak a traceback to the page; it goes to the server log
            self.log_error("error on %r: %s: %s", self.path, type(e).__name__, e)
            return _json_error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log")

    def _send(self, response: Response, *, body: bool, extra: dict[str, str] | None = None) -> None:
        self.send_response(response.status)
        for name, value in {**_HEADERS, **response.headers, **(extra or {}),
                            "Content-Type": response.content_type,
                            "Content-Length": str(len(response.body))}.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the http.server signature)
        if not getattr(self.server, "quiet", False):
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, *,
                quiet: bool = False) -> ThreadingHTTPServer:
    """A server for the page and API over `db_path`; call `serve_forever()` on it. Port 0 picks a free port."""
    handler = type("Handler", (_Handler,), {"app": App(db_path)})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.quiet = quiet
    return server
