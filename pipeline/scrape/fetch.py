"""Polite HTTP: one session, a wait between requests to a host, retries on 429/5xx, size and type limits."""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import requests
from charset_normalizer import from_bytes

from pipeline.scrape.urls import politeness_key

HOMEPAGE = "https://github.com/warta-nlp/warta"
USER_AGENT = f"warta/0.1 (+{HOMEPAGE}; Indonesian news research crawler)"
MAX_BYTES = 5_000_000
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_WAIT = 60.0
MAX_REDIRECTS = 10
# Servers see our requests with some jitter (connection set-up, their own scheduling); keep a little more than
# the required gap so that no two requests arrive closer than it.
GAP_MARGIN = 0.05
GAP_SLACK = 0.03

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "text/plain")

# <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


class FetchError(Exception):
    """A URL that could not be fetched; the message names the URL and the reason."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass
class Page:
    """A fetched response: the URL asked for, the URL after redirects, and the decoded body."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        return decode_body(self.body, self.headers.get("content-type", ""))

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES


# Single-byte charsets that servers and old templates declare by default; browsers read them as windows-1252.
WESTERN = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252",
                     "cp1252", "iso_8859_1", "latin_1", "iso8859_1"})


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode a page by its header charset, else its <meta charset>, else UTF-8, else detection.

    A declared Western single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with non-ASCII
    characters: servers that send `charset=ISO-8859-1` by default for UTF-8 pages are common, while
    windows-1252 text that happens to be valid UTF-8 is not.
    """
    candidates = []
    header = HEADER_CHARSET.search(content_type or "")
    if header:
        candidates.append(header.group(1))
    meta = META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        if name.lower() in WESTERN:
            if not body.isascii():
                try:
                    return body.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            name = "windows-1252"
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(body).best()
    if best is not None and best.encoding.replace("_", "-").lower() not in WESTERN:
        return str(best)
    return body.decode("windows-1252", "replace")  # undeclared legacy pages here are almost always Western


def _retry_after(value: str | None, attempt: int, backoff: float) -> float:
    """Seconds to wait before retrying: the server's Retry-After (seconds or HTTP date) or exponential backoff."""
    if value:
        value = value.strip()
        if value.isdigit():
            return min(float(value), MAX_RETRY_WAIT)
        try:
            when = parsedate_to_datetime(value)
            return max(0.0, min(when.timestamp() - time.time(), MAX_RETRY_WAIT))
        except (TypeError, ValueError):
            pass
    return min(backoff * (2**attempt), MAX_RETRY_WAIT)


class Fetcher:
    """GET with politeness per host: waits `delay` (or a longer Crawl-delay) between requests to one host."""

    def __init__(
        self,
        *,
        delay: float = 1.0,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_bytes: int = MAX_BYTES,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": user_agent, "Accept-Language": "id,en;q=0.5"})
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self.requests = 0

    def set_crawl_delay(self, url: str, seconds: float | None) -> None:
        """Record a host's robots.txt Crawl-delay; the wait is the longer of it and `delay`."""
        if seconds:
            self._host_delay[politeness_key(url)] = float(seconds)

    def _wait(self, url: str) -> None:
        key = politeness_key(url)  # http:// and https:// of one host are one server to be polite to
        gap = max(self.delay, self._host_delay.get(key, 0.0))
        gap = gap * (1 + GAP_MARGIN) + GAP_SLACK if gap > 0 else 0.0
        last = self._last.get(key)
        if last is not None:
            remaining = last + gap - time.monotonic()
            if remaining > 0:
                self._sleep(remaining)
        self._last[key] = time.monotonic()

    def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = HTML_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        allowed: Callable[[str], bool] | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> Page:
        """Fetch `url`, following redirects one polite hop at a time and never into a URL `allowed` refuses.

        A redirect to a URL that `known` recognises is not followed: the Page returned has the redirect's
        status, no body and the target as `final_url`. Raises FetchError for network errors, HTTP errors,
        wrong content types and oversized bodies.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._get_with_retries(current, headers)
            if response.is_redirect:
                location = response.headers.get("Location", "")
                response.close()
                if not location:
                    raise FetchError(url, f"HTTP {response.status_code} redirect without a Location")
                target = urljoin(current, location)
                if allowed is not None and not allowed(target):
                    raise FetchError(url, f"redirect to {target}, which is off the site or disallowed by robots.txt")
                if known is not None and known(target):
                    return Page(url, target, response.status_code, "", b"", {})
                current = target
                continue
            try:
                page = self._read(url, response, accept)
            finally:
                response.close()
            page.final_url = current
            return page
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> requests.Response:
        for attempt in range(self.retries + 1):
            self._wait(url)
            self.requests += 1
            try:
                response = self.session.get(
                    url, headers=headers, timeout=self.timeout, stream=True, allow_redirects=False
                )
            except requests.RequestException as exc:
                if attempt < self.retries:
                    self._sleep(_retry_after(None, attempt, self.backoff))
                    continue
                raise FetchError(url, f"network error: {type(exc).__name__}: {exc}") from exc
            if response.status_code in RETRY_STATUSES and attempt < self.retries:
                wait = _retry_after(response.headers.get("Retry-After"), attempt, self.backoff)
                response.close()
                self._sleep(wait)
                continue
            return response
        raise FetchError(url, "retries exhausted")  # pragma: no cover - the loop always returns or raises

    def _read(self, url: str, response: requests.Response, accept: tuple[str, ...]) -> Page:
        status = response.status_code
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        page_headers = {key.lower(): value for key, value in response.headers.items()}
        if status == 304:
            return Page(url, response.url, status, content_type, b"", page_headers)
        if status >= 400:
            raise FetchError(url, f"HTTP {status} {response.reason}", status)
        if content_type and not content_type.startswith(accept):
            raise FetchError(url, f"skipped: content type {content_type!r} is not {'/'.join(accept)}", status)
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"skipped: {declared} bytes is over the {self.max_bytes}-byte limit", status)
        chunks, size = [], 0
        for chunk in response.iter_content(65536):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"skipped: body is over the {self.max_bytes}-byte limit", status)
            chunks.append(chunk)
        return Page(url, response.url, status, content_type, b"".join(chunks), page_headers)

    def close(self) -> None:
        self.session.close()
