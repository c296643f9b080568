"""Crawl state in SQLite: what each URL turned out to be, its validators and text hash, and finished sites.

The output JSONL stays the record of what was emitted: on open, lines already written are folded back into
the state (and a line cut short by a kill is dropped), so a resumed run neither loses nor repeats articles.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,          -- canonical URL as requested
    kind TEXT NOT NULL,            -- article | listing | other | old | alias | error
    target TEXT,                   -- for an alias: the article URL it leads to
    etag TEXT,
    last_modified TEXT,
    lastmod TEXT,                  -- the sitemap's <lastmod> when we fetched it
    sha1 TEXT,                     -- of the emitted text
    reason TEXT,                   -- why a page is not an article; for `old`, its published date
    fetched_at TEXT
);
CREATE INDEX IF NOT EXISTS pages_sha1 ON pages(sha1);
CREATE TABLE IF NOT EXISTS sites (
    site TEXT PRIMARY KEY,
    completed_at TEXT
);
"""
STATE_FILE = "crawl-state.sqlite"


@dataclass(frozen=True)
class PageState:
    url: str
    kind: str
    target: str | None
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    sha1: str | None
    reason: str | None


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class CrawlState:
    """Open (or create) the state in `directory`; one writer at a time."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / STATE_FILE
        self.db = sqlite3.connect(self.path)
        # WAL without a sync per commit: a killed process loses nothing; only a power cut may lose the last rows,
        # which reconcile() restores from the output file.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def get(self, url: str) -> PageState | None:
        row = self.db.execute(
            "SELECT url, kind, target, etag, last_modified, lastmod, sha1, reason FROM pages WHERE url = ?", (url,)
        ).fetchone()
        return PageState(*row) if row else None

    def article_for(self, url: str) -> PageState | None:
        """The article state reached from `url`, directly or through an alias."""
        state = self.get(url)
        if state is not None and state.kind == "alias" and state.target:
            return self.get(state.target)
        return state

    def has_text(self, sha1: str) -> str | None:
        row = self.db.execute("SELECT url FROM pages WHERE sha1 = ? AND kind = 'article'", (sha1,)).fetchone()
        return row[0] if row else None

    def record(
        self,
        url: str,
        kind: str,
        *,
        target: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        lastmod: str | None = None,
        sha1: str | None = None,
        reason: str | None = None,
        commit: bool = True,
    ) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO pages (url, kind, target, etag, last_modified, lastmod, sha1, reason, fetched_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, kind, target, etag, last_modified, lastmod, sha1, reason, now_iso()),
        )
        if commit:
            self.db.commit()

    def site_completed(self, site: str) -> bool:
        row = self.db.execute("SELECT completed_at FROM sites WHERE site = ?", (site,)).fetchone()
        return bool(row and row[0])

    def mark_site(self, site: str, completed: bool) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO sites (site, completed_at) VALUES (?, ?)", (site, now_iso() if completed else None)
        )
        self.db.commit()

    def reconcile(self, output: Path) -> int:
        """Fold the lines already in `output` into the state; drop a last line cut short. Returns lines kept."""
        if not output.exists():
            return 0
        data = output.read_bytes()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            with output.open("r+b") as handle:
                handle.truncate(cut)
            data = data[:cut]
        kept = 0
        for line in data.splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("url"):
                existing = self.get(record["url"])
                if existing is None or existing.kind != "article" or existing.sha1 != record.get("sha1"):
                    self.record(record["url"], "article", sha1=record.get("sha1"), commit=False)
                kept += 1
        self.db.commit()
        return kept

    def close(self) -> None:
        self.db.close()
