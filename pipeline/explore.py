"""Exploring warta output in notebooks: load records, tidy pandas DataFrames, highlighted articles, keywords.

`load` reads extracted JSONL, Parquet, a warta.db or gold files; `to_frames` gives one DataFrame per kind of
finding keyed by `article_id`; `show` renders an article with its findings marked; `keywords` ranks TF-IDF
stems per article. A broken record is reported (with where it came from and why) and skipped, never fatal.
"""
from __future__ import annotations

import html
import json
import re
import sqlite3
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.normalize.stem import stem

KINDS = ("officials", "quotes", "dates", "venues", "regulations")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")

# Columns of each frame, so an empty corpus still gives frames with the right shape.
COLUMNS = {
    "articles": ["id", "source", "published", "title", "url", "authors", "dateline_place", "words",
                 *(f"n_{k}" for k in KINDS), "dup_group", "errors"],
    "officials": ["article_id", "name", "position", "organization", "region", "mentions", "start", "end"],
    "quotes": ["article_id", "type", "text", "speaker", "cue", "start", "end"],
    "dates": ["article_id", "text", "value", "date", "precision", "start", "end"],
    "venues": ["article_id", "name", "region", "start", "end"],
    "regulations": ["article_id", "text", "type", "issuer", "number", "year", "title", "canonical",
                    "start", "end"],
}
_INT_COLUMNS = {"start", "end", "year", "mentions", "words", *(f"n_{k}" for k in KINDS), "errors"}


class LoadError(ValueError):
    """A file that cannot be read at all; the message names the file and the reason."""


def _warn(message: str) -> None:
    warnings.warn(message, stacklevel=3)


# --- load ------------------------------------------------------------------------------------------------


def _check(record: object) -> dict:
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise ValueError("'id' must be a non-empty string")
    if not isinstance(record.get("text"), str):
        raise ValueError(f"record {record['id']!r}: 'text' must be a string")
    return record


def _jsonl(path: Path) -> Iterable[tuple[str, object]]:
    with open(path, "rb") as f:  # bytes, so one line of bad UTF-8 costs that line only
        for number, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                yield f"{path}:{number}", json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield f"{path}:{number}", ValueError(f"not UTF-8 (byte {e.start})")
            except json.JSONDecodeError as e:
                yield f"{path}:{number}", ValueError(f"not JSON ({e.msg} at column {e.colno})")


def _json(path: Path) -> Iterable[tuple[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return [(str(path), ValueError(f"not JSON ({e})"))]
    if isinstance(data, list):
        return [(f"{path}[{i}]", item) for i, item in enumerate(data)]
    return [(str(path), data)]


def _parquet(path: Path) -> Iterable[tuple[str, object]]:
    import pyarrow.parquet as pq

    try:
        rows = pq.read_table(path).to_pylist()
    except Exception as e:  # pyarrow raises several types for a damaged file
        raise LoadError(f"{path}: not a readable Parquet file ({e})") from None
    for i, row in enumerate(rows):
        for key in (*KINDS, "authors", "dateline", "entities", "errors"):
            if isinstance(row.get(key), str):  # a writer may keep nested fields as JSON strings
                try:
                    row[key] = json.loads(row[key])
                except json.JSONDecodeError:
                    pass
        yield f"{path}:row {i}", row


# Reading a warta.db back into records; the schema is pipeline/store/schema.py.


def _db(path: Path) -> Iterable[tuple[str, object]]:
    from pipeline.store.store import Store, StoreError

    try:
        store = Store(path, readonly=True)
    except StoreError as e:
        raise LoadError(str(e)) from None
    with store:
        for record in store.records():
            yield f"{path}:{record['id']}", record


def _readers(path: Path) -> Iterable[tuple[str, object]]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _jsonl(path)
    if suffix == ".json":
        return _json(path)
    if suffix in PARQUET_SUFFIXES:
        return _parquet(path)
    if suffix in DB_SUFFIXES:
        return _db(path)
    raise LoadError(f"{path}: unknown kind of file {suffix or '(no suffix)'!r}; "
                    f"expected .jsonl, .json, .parquet or .db")


def _read(file: Path) -> list[tuple[str, object]]:
    try:
        return list(_readers(file))
    except (OSError, sqlite3.Error) as e:
        raise LoadError(f"{file}: cannot be read ({e})") from None


def load(path: str | Path, *, on_error: Callable[[str], None] = _warn) -> list[dict]:
    """Read warta records from JSONL, Parquet, a warta.db, gold JSON files, or a folder of any of these.

    :param path: the file or folder; a folder is read file by file in name order (unknown kinds skipped).
    :param on_error: called with "where: why" for each record that is skipped; warns by default.

    >>> records = load("corpus/annotated/")  # doctest: +SKIP
    """
    path = Path(path)
    if not path.exists():
        raise LoadError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in
                       (*JSONL_SUFFIXES, ".json", *PARQUET_SUFFIXES, *DB_SUFFIXES))
    else:
        files = [path]
    records, seen = [], set()
    for file in files:
        try:
            items = _read(file)
        except LoadError as e:
            if not path.is_dir():
                raise
            on_error(f"{e}; skipped")  # one broken file does not stop a folder
            continue
        for where, item in items:
            try:
                if isinstance(item, Exception):
                    raise item
                record = _check(item)
            except ValueError as e:
                on_error(f"{where}: skipped: {e}")
                continue
            if record["id"] in seen:
                on_error(f"{where}: skipped: id {record['id']!r} was already loaded")
                continue
            seen.add(record["id"])
            records.append(record)
    return records


# --- frames ----------------------------------------------------------------------------------------------


def findings(record: dict, kind: str) -> list[dict]:
    """The list of `kind` in a record: the extracted list, or the `gold` one in an annotated file."""
    items = record.get(kind)
    if items is None and isinstance(record.get("gold"), dict):
        items = record["gold"].get(kind)
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _timestamp(value: object) -> pd.Timestamp:
    """`2024-02-23`, `2013-04`, `2024-02-23T10:00:00+08:00` -> a Timestamp in the outlet's own clock; else NaT.

    The offset is dropped, not converted, so an article stays on the day it was dated (WITA 07:00 is not moved
    to the day before in UTC).
    """
    if not isinstance(value, str) or not re.match(r"\d{4}(-\d{2}){0,2}([T ].*)?$", value.strip()):
        return pd.NaT
    text = value.strip()
    if re.fullmatch(r"\d{4}(-\d{2})?", text):
        text += "-01" * (2 - text.count("-"))
    try:
        moment = pd.Timestamp(text)
    except ValueError:
        return pd.NaT
    return moment.tz_localize(None) if moment.tzinfo else moment


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _frame(rows: list[dict], name: str) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS[name])
    for column in frame.columns:
        if column in _INT_COLUMNS:
            frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
        elif column in ("published", "date"):
            frame[column] = pd.to_datetime(frame[column])
    return frame


def to_frames(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    """Tidy DataFrames: `articles` (one row per article) and one per finding, each keyed by `article_id`.

    >>> frames = to_frames(load("out/records.jsonl"))  # doctest: +SKIP
    >>> frames["quotes"].merge(frames["articles"], left_on="article_id", right_on="id")  # doctest: +SKIP
    """
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for record in records:
        aid = record.get("id")
        lists = {kind: findings(record, kind) for kind in KINDS}
        authors = record.get("authors")
        rows["articles"].append({
            "id": aid, "source": record.get("source"), "published": _timestamp(record.get("published")),
            "title": record.get("title"), "url": record.get("url"),
            "authors": ", ".join(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else None,
            "dateline_place": (record.get("dateline") or {}).get("place")
            if isinstance(record.get("dateline"), dict) else None,
            "words": len(str(record.get("text") or "").split()),
            **{f"n_{kind}": len(items) for kind, items in lists.items()},
            "dup_group": record.get("dup_group"),
            "errors": len(record.get("errors") or []),
        })
        for o in lists["officials"]:
            mentions = [m for m in o.get("mentions") or [] if isinstance(m, dict)]
            first = min(mentions, key=lambda m: _int(m.get("start")) or 0) if mentions else {}
            rows["officials"].append({"article_id": aid, **{k: o.get(k) for k in COLUMNS["officials"][1:5]},
                                      "mentions": len(mentions), "start": _int(first.get("start")),
                                      "end": _int(first.get("end"))})
        for kind in ("quotes", "venues", "regulations"):
            for item in lists[kind]:
                row = {"article_id": aid, **{k: item.get(k) for k in COLUMNS[kind][1:]}}
                rows[kind].append({k: _int(v) if k in _INT_COLUMNS else v for k, v in row.items()})
        for d in lists["dates"]:
            value = d.get("value") if isinstance(d.get("value"), str) else ""
            precision = {10: "day", 7: "month", 4: "year"}.get(len(value))
            rows["dates"].append({"article_id": aid, "text": d.get("text"), "value": d.get("value"),
                                  "date": _timestamp(value) if precision == "day" else pd.NaT,
                                  "precision": precision, "start": _int(d.get("start")), "end": _int(d.get("end"))})
    return {name: _frame(found, name) for name, found in rows.items()}


# --- show ------------------------------------------------------------------------------------------------

STYLES = {  # one colour per kind; quotes are a tint so marks inside them stay visible
    "quote": "background:#fff3bf",
    "official": "background:#d0ebff;border-bottom:2px solid #1c7ed6;font-weight:600",
    "date": "background:#d3f9d8",
    "venue": "background:#ffe8cc",
    "regulation": "background:#e5dbff",
}
_LABEL_STYLE = "font-size:0.7em;font-weight:600;color:#495057;margin:0 2px;font-family:sans-serif"


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the text: what it is, the label shown at its start and the note on hover."""

    start: int
    end: int
    kind: str
    label: str  # may be empty: an official's office is written at the first mention only
    note: str = ""  # the hover text; the label when empty

    @property
    def title(self) -> str:
        return self.note or self.label


@dataclass(repr=False)
class Highlighted:
    """An article rendered as HTML; Jupyter shows it through `_repr_html_`."""

    html: str
    marks: list[Mark]
    skipped: list[str] = field(default_factory=list)  # findings whose offsets do not fit the text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<Highlighted: {len(self.marks)} marks, {len(self.skipped)} not shown>"


def marks(record: dict) -> tuple[list[Mark], list[str]]:
    """The spans `show` highlights, and a note for each finding whose offsets are missing or out of range."""
    found, skipped = [], []
    size = len(record.get("text") or "")

    text = record.get("text") or ""

    def add(kind: str, item: dict, label: str, where: str, needle: object, note: str = "") -> None:
        start, end = _int(item.get("start")), _int(item.get("end"))
        if item.get("start") is None and item.get("end") is None and isinstance(needle, str) and needle:
            # Gold files carry no offsets: mark where the annotated words stand in the text.
            at = text.find(needle)
            start, end = (at, at + len(needle)) if at >= 0 else (None, None)
            if at < 0:
                skipped.append(f"{where}: {needle!r} is not in the text")
                return
        if start is None or end is None or not 0 <= start < end <= size:
            skipped.append(f"{where}: offsets {item.get('start')!r}..{item.get('end')!r} do not fit the text")
        else:
            found.append(Mark(start, end, kind, label, note))

    for i, o in enumerate(findings(record, "officials")):
        office = ", ".join(str(o[k]) for k in ("position", "organization", "region") if o.get(k))
        note = f"{o.get('name')} ({office})" if office else str(o.get("name"))
        mentions = [m for m in o.get("mentions") or [] if isinstance(m, dict)]
        mentions.sort(key=lambda m: (_int(m.get("start")) is None, _int(m.get("start")) or 0))
        for j, mention in enumerate(mentions or [{}]):
            add("official", mention, (office or "official") if j == 0 else "", f"officials[{i}].mentions[{j}]",
                o.get("name"), note)
    for i, q in enumerate(findings(record, "quotes")):
        speaker = q.get("speaker") or "unattributed"
        add("quote", q, f"{q.get('type', 'quote')} quote: {speaker}" + (f" ({q['cue']})" if q.get("cue") else ""),
            f"quotes[{i}]", q.get("text"))
    for i, d in enumerate(findings(record, "dates")):
        add("date", d, f"date {d.get('value')}", f"dates[{i}]", d.get("text"))
    for i, v in enumerate(findings(record, "venues")):
        add("venue", v, "venue" + (f", {v['region']}" if v.get("region") else ""), f"venues[{i}]", v.get("name"))
    for i, g in enumerate(findings(record, "regulations")):
        add("regulation", g, g.get("canonical") or g.get("type") or "regulation", f"regulations[{i}]",
            g.get("text"))
    found.sort(key=lambda m: (m.start, -m.end))
    return found, skipped


def _open(index: int, mark: Mark, first: bool) -> str:
    label = (f'<span class="warta-label" style="{_LABEL_STYLE}">{html.escape(mark.label)}</span>'
             if first and mark.label else "")
    return (f'<span class="warta-{mark.kind}" data-mark="{index}" title="{html.escape(mark.title)}" '
            f'style="{STYLES[mark.kind]}">{label}')


def render(text: str, spans: Sequence[Mark]) -> str:
    """HTML of `text` with every span wrapped; overlapping spans are split so the tags nest properly.

    Character offsets are used as they are (displaCy's span renderer wants token indices, and quote
    offsets fall inside tokens such as `“Implementasi`).
    """
    events: dict[int, list[tuple[int, int]]] = {}
    for index, mark in enumerate(spans):
        events.setdefault(mark.start, []).append((1, index))
        events.setdefault(mark.end, []).append((0, index))
    out, stack, opened, position = [], [], set(), 0
    for point in sorted(events):
        out.append(html.escape(text[position:point]))
        position = point
        ending, reopen = {i for kind, i in events[point] if kind == 0}, []
        while ending:  # close from the innermost; spans still running are reopened after
            top = stack.pop()
            out.append("</span>")
            if top in ending:
                ending.discard(top)
            else:
                reopen.append(top)
        for inner in reversed(reopen):
            stack.append(inner)
            out.append(_open(inner, spans[inner], first=False))
        starting = [i for kind, i in events[point] if kind == 1]
        for index in sorted(starting, key=lambda i: -spans[i].end):  # longest outermost
            stack.append(index)
            out.append(_open(index, spans[index], first=index not in opened))
            opened.add(index)
    out.append(html.escape(text[position:]))
    return "".join(out)


def show(record: dict) -> Highlighted:
    """An article with officials, quotes (speaker shown), dates, venues and regulations highlighted.

    >>> show(load("corpus/annotated/")[0])  # doctest: +SKIP
    """
    spans, skipped = marks(record)
    head = " · ".join(html.escape(str(record[k])) for k in ("source", "published") if record.get(k))
    legend = " ".join(f'<span style="{STYLES[k]};padding:0 4px">{k}</span>' for k in STYLES)
    notes = "".join(f"<li>{html.escape(s)}</li>" for s in skipped)
    page = (
        f'<div class="warta-article" style="font-family:Georgia,serif;line-height:1.9;max-width:60em">'
        f'<h3 style="margin-bottom:0">{html.escape(str(record.get("title") or record.get("id")))}</h3>'
        f'<div style="color:#666;font-size:0.85em">{head}</div>'
        f'<div style="font-size:0.8em;margin:4px 0">{legend}</div>'
        f'<div class="warta-text" style="white-space:pre-wrap">{render(record.get("text") or "", spans)}</div>'
        + (f'<details><summary>{len(skipped)} not shown</summary><ul>{notes}</ul></details>' if skipped else "")
        + "</div>"
    )
    return Highlighted(page, spans, skipped)


def snippet(text: str, needle: str, *, width: int = 70) -> str | None:
    """`…words before «needle» words after…` at the first occurrence of `needle`, ignoring case and spacing.

    For reading a finding (or a miss) in its context; None when the needle is not in the text.

    >>> snippet("Bupati Boalemo Anas Jusuf mengatakan bahwa jalan akan diperbaiki.", "anas  jusuf", width=12)
    '…Boalemo «Anas Jusuf» mengatakan…'
    """
    words = needle.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    if not found:
        return None
    start, end = found.span()
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:  # cut at a word boundary
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    before = " ".join(text[left:start].split())
    after = " ".join(text[end:right].split())
    return (("…" if left > 0 else "") + before + (" " if text[left:start][-1:].isspace() else "")
            + f"«{text[start:end]}»" + (" " if text[end:right][:1].isspace() else "") + after
            + ("…" if right < len(text) else ""))


# --- keywords --------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*", re.UNICODE)


def _stop_stems() -> frozenset[str]:
    from spacy.lang.id.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(stem(w) for w in STOP_WORDS)


def keywords(records: Sequence[dict], n: int = 10) -> pd.DataFrame:
    """The `n` highest TF-IDF stems of each article (IDF over the records given), with their commonest form.

    Columns: article_id, rank, keyword (as most often written), stem, score.

    >>> keywords(load("corpus/annotated/"), n=5)  # doctest: +SKIP
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    stop = _stop_stems()
    forms: list[dict[str, Counter]] = []
    docs: list[list[str]] = []
    for record in records:
        seen: dict[str, Counter] = {}
        stems = []
        for word in _WORD.findall(str(record.get("text") or "")):
            if word.lower() in stop:
                continue
            s = stem(word)
            if s in stop or len(s) < 3:
                continue
            stems.append(s)
            seen.setdefault(s, Counter())[word] += 1
        docs.append(stems)
        forms.append(seen)
    rows = []
    if any(docs):
        vectorizer = TfidfVectorizer(analyzer=lambda stems: stems, sublinear_tf=True)
        matrix = vectorizer.fit_transform(docs)
        vocabulary = vectorizer.get_feature_names_out()
        for row_index, record in enumerate(records):
            row = matrix.getrow(row_index)
            best = sorted(zip(row.data, row.indices), key=lambda p: (-p[0], vocabulary[p[1]]))[:n]
            for rank, (score, column) in enumerate(best, 1):
                s = vocabulary[column]
                rows.append({"article_id": record.get("id"), "rank": rank,
                             "keyword": forms[row_index][s].most_common(1)[0][0], "stem": s,
                             "score": round(float(score), 4)})
    return pd.DataFrame(rows, columns=["article_id", "rank", "keyword", "stem", "score"])
