"""`Store`: extracted records in SQLite with FTS5, asked for quotes by words, speaker, outlet, date and type."""
from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.lang import honorifics
from pipeline.normalize.stem import stem_text
from pipeline.store import query as q
from pipeline.store.schema import CHILD_TABLES, SCHEMA, SCHEMA_VERSION


# The same few names recur in every article an outlet publishes; cleaning them was a third of indexing time.
clean_name = functools.lru_cache(maxsize=100_000)(honorifics.clean_name)
name_key = functools.lru_cache(maxsize=100_000)(honorifics.name_key)


# The lists of a record and the columns that hold them, for reading records back (`Store.records`).
_RECORD_LISTS = {
    "officials": ("name", "position", "organization", "region", "mentions"),
    "quotes": ("type", "text", "speaker", "cue", "start", "end"),
    "dates": ("text", "value", "start", "end"),
    "venues": ("name", "region", "start", "end"),
    "regulations": ("text", "type", "issuer", "number", "year", "title", "canonical", "start", "end"),
}


class StoreError(Exception):
    """The database cannot be opened or used; the message names the file and the reason."""


class RecordError(ValueError):
    """An extracted record that cannot be indexed; the message names the record and the reason."""


@dataclass(frozen=True)
class Context:
    """The paragraph a quote stands in, with the quote's offsets inside it, for highlighting."""

    paragraph: str
    start: int
    end: int

    @property
    def before(self) -> str:
        return self.paragraph[: self.start]

    @property
    def quote(self) -> str:
        return self.paragraph[self.start : self.end]

    @property
    def after(self) -> str:
        return self.paragraph[self.end :]


@dataclass(frozen=True)
class QuoteHit:
    """One quote found, linked to its article; `to_dict()` is the JSON/CSV row of the CLI and the API."""

    text: str
    type: str
    speaker: str | None
    position: str | None
    source: str | None
    published: str | None
    title: str | None
    url: str | None
    article_id: str
    speaker_id: int | None
    context: Context

    FIELDS = ("text", "type", "speaker", "position", "source", "published", "title", "url", "article_id")

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.FIELDS}


@dataclass(frozen=True)
class Speaker:
    """One person (or institution) as quoted by one outlet, with every office they were quoted under."""

    id: int
    name: str
    source: str
    positions: tuple[str, ...]
    quotes: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ArticleHit:
    """One article found by full-text search."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class IndexReport:
    """What an indexing run did: counts, and one line per record that was skipped."""

    articles: int = 0
    quotes: int = 0
    errors: list[str] = field(default_factory=list)


def _office(official: dict) -> str | None:
    """The office as one phrase: position then organization, sharing a word where they overlap.

    ANNOTATION.md splits "Kepala Dinas Sosial" into position "Kepala Dinas" and organization "Dinas Sosial";
    this joins them back, and "Ketua" of "DPW PAN Jambi" becomes "Ketua DPW PAN Jambi".
    """
    position, organization = official.get("position") or "", official.get("organization") or ""
    if organization.lower() in position.lower():
        return position or None
    head, tail = position.split(), organization.split()
    if head and tail and head[-1].lower() == tail[0].lower():
        tail = tail[1:]
    return " ".join(head + tail) or None


def _resolve_official(speaker_key: str, officials: list[dict]) -> dict | None:
    # The official with the same name, else the only one whose name holds every word ("Haris" -> "Al Haris").
    keyed = [(name_key(o["name"]), o) for o in officials]
    exact = [o for k, o in keyed if k == speaker_key]
    if exact:
        return exact[0]
    words = set(speaker_key.split())
    partial = [o for k, o in keyed if words and words <= set(k.split())]
    return partial[0] if len(partial) == 1 else None


def _context(text: str, quote: str, start: object, end: object) -> Context:
    """The paragraph around the quote, trusting the record's offsets only when they point at the quote."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            and text[start:end] == quote):
        start = text.find(quote)
        if start < 0:
            return Context(quote, 0, len(quote))
        end = start + len(quote)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return Context(text[para_start:para_end], start - para_start, end - para_start)


# A speaker's name holds the words asked for, in order and whole: "Haris" finds "Al Haris", not "Harisman".
_NAME_HAS_WORDS = "' ' || name_key || ' ' LIKE ? ESCAPE '\\'"


def _name_words_pattern(name: str) -> str:
    key = name_key(name)
    if not key:
        raise q.QueryError(f"speaker: {name!r} has no name in it")
    return "% " + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %"


def _label(where: str, record: object) -> str:
    # "out.jsonl:3 (id 'b07')": where the record came from and which article it is.
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return f"{where} (id {record['id']!r})"
    return where


def _check_record(record: object) -> dict:
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise RecordError("'id' must be a non-empty string")
    if not isinstance(record.get("text"), str):
        raise RecordError("'text' must be a string")
    for key in ("officials", "quotes", "dates", "venues", "regulations"):
        items = record.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise RecordError(f"{key!r} must be a list of objects")
    for i, quote in enumerate(record.get("quotes", [])):
        if quote.get("type") not in q.QUOTE_TYPES:
            raise RecordError(f"quotes[{i}].type is {quote.get('type')!r}, not direct or indirect")
        if not isinstance(quote.get("text"), str) or not quote["text"]:
            raise RecordError(f"quotes[{i}].text must be a non-empty string")
    for i, official in enumerate(record.get("officials", [])):
        if not isinstance(official.get("name"), str) or not official["name"]:
            raise RecordError(f"officials[{i}].name must be a non-empty string")
    return record


class Store:
    """A warta.db file. Writable by default; `readonly=True` opens it so no statement can change it."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"{self.path}: no such database (build it with `warta index`)")
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                          isolation_level=None, check_same_thread=False)
                self.db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'x'").fetchone()
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION) or (readonly and version != SCHEMA_VERSION):
                self.db.close()
                raise StoreError(f"{self.path}: schema version {version}, this warta reads {SCHEMA_VERSION};"
                                 " index the records again into a new file")
            if not readonly:
                self.db.executescript(SCHEMA)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # an int constant, not input
        except sqlite3.Error as e:
            problem = "not a warta database" if readonly else "cannot be opened or created as a warta database"
            raise StoreError(f"{self.path}: {problem} ({e})") from None
        self.db.row_factory = sqlite3.Row

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------------------------

    def add(self, record: dict) -> int:
        """Index one extracted record, replacing any earlier version of the same id; returns its quote count."""
        report = self.add_many([("record", record)])
        if report.errors:
            raise RecordError(report.errors[0])
        return report.quotes

    def add_many(self, records: Iterable[tuple[str, object]]) -> IndexReport:
        """Index (where, record) pairs in one transaction; a bad record is reported by `where` and skipped."""
        report = IndexReport()
        self.db.execute("BEGIN")
        try:
            for where, record in records:
                try:
                    if isinstance(record, RecordError):  # read_jsonl's "not JSON"
                        raise record
                    _check_record(record)
                except RecordError as e:
                    report.errors.append(f"{_label(where, record)}: {e}")
                    continue
                self.db.execute("SAVEPOINT record")
                try:
                    self._replace(record)
                except (sqlite3.Error, TypeError, AttributeError, ValueError) as e:
                    self.db.execute("ROLLBACK TO record")
                    report.errors.append(f"{_label(where, record)}: {e}")
                    continue
                finally:
                    self.db.execute("RELEASE record")
                report.articles += 1
                report.quotes += len(record.get("quotes", []))
            self._drop_unquoted_speakers()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return report

    def _replace(self, r: dict) -> None:
        db = self.db
        for table in CHILD_TABLES:
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (r["id"],))  # table names are constants
        source = r.get("source")
        pub_date = q.published_date(r.get("published"))
        dateline = r.get("dateline") or {}
        db.execute(
            """INSERT INTO articles (id, url, source, title, published, published_date, authors, dateline_place,
                                     text, text_stem, schema_version)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET url = excluded.url, source = excluded.source,
                   title = excluded.title, published = excluded.published,
                   published_date = excluded.published_date, authors = excluded.authors,
                   dateline_place = excluded.dateline_place, text = excluded.text,
                   text_stem = excluded.text_stem, schema_version = excluded.schema_version""",
            (r["id"], r.get("url"), source, r.get("title"), r.get("published"), pub_date,
             json.dumps(r.get("authors") or [], ensure_ascii=False), dateline.get("place"), r["text"],
             stem_text(f"{r.get('title') or ''}\n{r['text']}"), r.get("schema_version")),
        )
        officials = r.get("officials", [])
        db.executemany(
            "INSERT INTO officials (article_id, n, name, position, organization, region, mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r["id"], n, o["name"], o.get("position"), o.get("organization"), o.get("region"),
              json.dumps(o.get("mentions") or [])) for n, o in enumerate(officials)],
        )
        for n, quote in enumerate(r.get("quotes", [])):
            speaker_id = position = region = None
            if quote.get("speaker"):
                official = _resolve_official(name_key(quote["speaker"]), officials)
                name = clean_name(official["name"] if official else quote["speaker"]) or quote["speaker"]
                speaker_id = self._speaker_id(source or "", name)
                if official:
                    position, region = _office(official), official.get("region")
            db.execute(
                """INSERT INTO quotes (article_id, n, type, text, speaker, speaker_id, position, region, cue,
                                       "start", "end", source, published_date, text_stem)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (r["id"], n, quote["type"], quote["text"], quote.get("speaker"), speaker_id, position, region,
                 quote.get("cue"), quote.get("start"), quote.get("end"), source, pub_date,
                 stem_text(quote["text"])),
            )
        db.executemany(
            'INSERT INTO dates (article_id, n, text, value, "start", "end") VALUES (?, ?, ?, ?, ?, ?)',
            [(r["id"], n, d.get("text"), d.get("value"), d.get("start"), d.get("end"))
             for n, d in enumerate(r.get("dates", []))],
        )
        db.executemany(
            'INSERT INTO venues (article_id, n, name, region, "start", "end") VALUES (?, ?, ?, ?, ?, ?)',
            [(r["id"], n, v.get("name"), v.get("region"), v.get("start"), v.get("end"))
             for n, v in enumerate(r.get("venues", []))],
        )
        db.executemany(
            """INSERT INTO regulations (article_id, n, text, type, issuer, number, year, title, canonical,
                                        "start", "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(r["id"], n, g.get("text"), g.get("type"), g.get("issuer"), g.get("number"), g.get("year"),
              g.get("title"), g.get("canonical"), g.get("start"), g.get("end"))
             for n, g in enumerate(r.get("regulations", []))],
        )

    def _speaker_id(self, source: str, name: str) -> int:
        key = name_key(name) or name.casefold()
        self.db.execute("INSERT OR IGNORE INTO speakers (source, name, name_key) VALUES (?, ?, ?)",
                        (source, name, key))
        return self.db.execute("SELECT id FROM speakers WHERE source = ? AND name_key = ?",
                               (source, key)).fetchone()[0]

    def _drop_unquoted_speakers(self) -> None:
        self.db.execute("DELETE FROM speakers WHERE id NOT IN "
                        "(SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)")

    # --- asking --------------------------------------------------------------------------------------------

    def quotes(self, words: str | None = None, *, speaker: str | None = None, speaker_id: int | None = None,
               position: str | None = None, source: str | None = None, since: str | None = None,
               until: str | None = None, type: str | None = None, limit: int = 50) -> list[QuoteHit]:
        """Quotes matching every given filter, newest first.

        :param words: words that must all appear (stems for ordinary words, names as written, "phrases")
        :param speaker: a speaker's name, with or without titles and degrees; matches whole words of the name
        :param speaker_id: one grouped speaker (see `speaker()`)
        :param position: the office the speaker was quoted under, as a phrase ("Kepala Dinas Sosial")
        :param source: the outlet's host name, exactly
        :param since: first publication date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)
        :param until: last publication date, same forms (inclusive)
        :param type: direct or indirect
        :param limit: at most this many results (1..1000)
        """
        for name, value in (("q", words), ("speaker", speaker), ("position", position), ("source", source)):
            q.check_length(name, value)
        where, params = [], []
        match = [m for m in (q.match_words(words or ""), q.match_position(position or "")) if m]
        if match:
            where.append("quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(" AND ".join(match))
        elif (words or "").strip():
            raise q.QueryError(f"q: {words!r} has no words to search for")
        if speaker:
            where.append("quotes.speaker_id IN (SELECT id FROM speakers WHERE " + _NAME_HAS_WORDS + ")")
            params.append(_name_words_pattern(speaker))
        if speaker_id is not None:
            where.append("quotes.speaker_id = ?")
            params.append(q.check_id(speaker_id, "speaker_id"))
        if source:
            where.append("quotes.source = ?")
            params.append(source)
        if since:
            where.append("quotes.published_date >= ?")
            params.append(q.date_bound(since, "since", end=False))
        if until:
            where.append("quotes.published_date <= ?")
            params.append(q.date_bound(until, "until", end=True))
        if type:
            where.append("quotes.type = ?")
            params.append(q.check_type(type))
        # Pick the page of quote ids first (the index on published_date serves the order), then fetch the
        # article text for those rows only: sorting whole rows made an unfiltered query 10x slower.
        sql = f"""
            WITH page AS (
                SELECT quotes.id FROM quotes {"WHERE " + " AND ".join(where) if where else ""}
                ORDER BY quotes.published_date DESC, quotes.article_id, quotes.n LIMIT ?)
            SELECT quotes.text, quotes.type, speakers.name AS speaker, quotes.position, quotes.source,
                   articles.published, articles.title, articles.url, quotes.article_id, quotes.speaker_id,
                   quotes."start", quotes."end", articles.text AS article_text
            FROM page JOIN quotes ON quotes.id = page.id
                      JOIN articles ON articles.id = quotes.article_id
                      LEFT JOIN speakers ON speakers.id = quotes.speaker_id
            ORDER BY quotes.published_date DESC, quotes.article_id, quotes.n"""
        params.append(q.check_limit(limit))
        return [self._hit(row) for row in self._rows(sql, params)]

    def _rows(self, sql: str, params: list) -> Iterator[sqlite3.Row]:
        try:
            yield from self.db.execute(sql, params)
        except sqlite3.OperationalError as e:
            if "fts5" not in str(e):
                raise
            # query.py writes every FTS expression itself, so this is a bug there; still, answer with a 400.
            raise q.QueryError(f"q: cannot be searched ({e})") from None

    @staticmethod
    def _hit(row: sqlite3.Row) -> QuoteHit:
        return QuoteHit(
            text=row["text"], type=row["type"], speaker=row["speaker"], position=row["position"],
            source=row["source"], published=row["published"], title=row["title"], url=row["url"],
            article_id=row["article_id"], speaker_id=row["speaker_id"],
            context=_context(row["article_text"], row["text"], row["start"], row["end"]),
        )

    def speaker(self, speaker_id: int) -> Speaker | None:
        """One grouped speaker with the offices they were quoted under, or None."""
        row = self.db.execute("SELECT id, name, source FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        if row is None:
            return None
        positions = self.db.execute(
            "SELECT position, count(*) FROM quotes WHERE speaker_id = ? GROUP BY position", (speaker_id,)
        ).fetchall()
        return Speaker(id=row["id"], name=row["name"], source=row["source"],
                       positions=tuple(sorted(p for p, _ in positions if p)),
                       quotes=sum(n for _, n in positions))

    def speakers(self, name: str | None = None, *, source: str | None = None) -> list[Speaker]:
        """Grouped speakers whose name holds the words of `name` (all if None), of one outlet if `source`."""
        where, params = ["(? IS NULL OR source = ?)"], [source, source]
        if name:
            where.append(_NAME_HAS_WORDS)
            params.append(_name_words_pattern(name))
        sql = f"SELECT id FROM speakers WHERE {' AND '.join(where)} ORDER BY name, source"
        return [self.speaker(row[0]) for row in self.db.execute(sql, params).fetchall()]

    def sources(self) -> list[str]:
        """Every outlet with at least one quote, alphabetically."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT source FROM quotes WHERE source IS NOT NULL ORDER BY source")]

    def articles(self, words: str, *, limit: int = 50) -> list[ArticleHit]:
        """Articles whose title or text matches `words` (same rules as `quotes`), newest first."""
        q.check_length("q", words)
        match = q.match_words(words, q.ARTICLE_COLUMNS)
        if match is None:
            raise q.QueryError(f"q: {words!r} has no words to search for")
        sql = """SELECT id, title, url, source, published FROM articles
                 WHERE pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)
                 ORDER BY published_date IS NULL, published_date DESC, id LIMIT ?"""
        return [ArticleHit(**dict(r)) for r in self._rows(sql, [match, q.check_limit(limit)])]

    def records(self) -> Iterator[dict]:
        """Every stored article back as an extracted record (officials, quotes, dates, venues, regulations)."""
        children: dict[str, dict[str, list[dict]]] = {k: {} for k in _RECORD_LISTS}
        for kind, columns in _RECORD_LISTS.items():
            quoted = ", ".join(f'"{c}"' for c in columns)  # constant column and table names, never user input
            for row in self.db.execute(f"SELECT article_id, {quoted} FROM {kind} ORDER BY article_id, n"):
                item = {c: row[c] for c in columns}
                if kind == "officials":
                    item["mentions"] = json.loads(item["mentions"] or "[]")
                children[kind].setdefault(row["article_id"], []).append(item)
        for row in self.db.execute("SELECT * FROM articles ORDER BY pk"):
            record = {"schema_version": row["schema_version"], "id": row["id"], "url": row["url"],
                      "source": row["source"], "title": row["title"], "published": row["published"],
                      "authors": json.loads(row["authors"] or "[]"),
                      "dateline": {"place": row["dateline_place"], "outlet": None}, "text": row["text"]}
            for kind in _RECORD_LISTS:
                record[kind] = children[kind].get(row["id"], [])
            yield record

    def counts(self) -> dict[str, int]:
        """Rows per table, for a summary line."""
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # constant table names
                for t in ("articles", "speakers", *CHILD_TABLES)}


def read_jsonl(paths: Iterable[str | Path]) -> Iterator[tuple[str, object]]:
    """(`file:line`, record) for each line of each JSONL file; a line that is not JSON yields its error."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    yield where, json.loads(line)
                except json.JSONDecodeError as e:
                    yield where, RecordError(f"not JSON ({e.msg} at column {e.colno})")


def index_files(db_path: str | Path, paths: Iterable[str | Path]) -> IndexReport:
    """Load extracted-record JSONL files into the database at `db_path`; re-indexing replaces, never duplicates."""
    with Store(db_path) as store:
        return store.add_many(read_jsonl(paths))
