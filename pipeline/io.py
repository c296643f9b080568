"""Reading inputs for `warta extract`: JSONL records, .txt and .html articles, directories, standard input.

Every input unit comes out as an `InputItem`: a record to process, or the reason it cannot be, with where it
came from, so a broken line never stops a batch and is never silently dropped.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".jsonl", ".txt", ".html", ".htm", ".json")


@dataclass
class InputItem:
    """One record from an input file (`line` is 1-based in JSONL), or the error that replaced it."""

    source: str
    line: int
    record: dict | None = None
    error: str | None = None
    raw: object = None

    def error_dict(self) -> dict:
        return {"input": self.source, "line": self.line, "reason": self.error,
                **({"raw": self.raw} if self.raw is not None else {})}


class InputError(ValueError):
    """An input that cannot be read at all (missing file, unknown kind)."""


def expand(paths: Iterable[str]) -> list[str]:
    """Files to read, in order: directories become their supported files, sorted; `-` stays."""
    out: list[str] = []
    for path in paths:
        if path == "-":
            out.append(path)
            continue
        p = Path(path)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            out.append(str(p))
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def _jsonl(source: str, lines: Iterable[bytes]) -> Iterator[InputItem]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputItem(source, number, error=f"invalid UTF-8 at byte {e.start}",
                            raw=raw.decode("utf-8", "replace").rstrip("\n"))
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputItem(source, number, error=f"malformed JSON: {e.msg} at column {e.colno}", raw=line.rstrip("\n"))
            continue
        if not isinstance(value, dict):
            yield InputItem(source, number, error=f"not a JSON object but {type(value).__name__}", raw=value)
            continue
        yield InputItem(source, number, record=value)


def _article_file(source: str, data: bytes, kind: str) -> InputItem:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputItem(source, 1, error=f"invalid UTF-8 at byte {e.start}")
    if kind == "html":
        try:
            from pipeline.scrape.article import parse_article
        except ImportError:  # pragma: no cover - the scraper ships with the package
            return InputItem(source, 1, error="HTML input needs pipeline.scrape")
        try:
            record = parse_article(text, None)
        except ValueError as e:
            return InputItem(source, 1, error=f"not an article page: {e}")
        record.setdefault("id", Path(source).stem)
        return InputItem(source, 1, record=record)
    if kind == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            return InputItem(source, 1, error=f"malformed JSON: {e.msg}")
        if not isinstance(value, dict):
            return InputItem(source, 1, error=f"not a JSON object but {type(value).__name__}")
        return InputItem(source, 1, record=value)
    return InputItem(source, 1, record={"id": Path(source).stem, "text": text})


def read_inputs(paths: Iterable[str], stdin=None) -> Iterator[InputItem]:
    """Every record of every input, in order; unreadable units become error items."""
    for path in expand(paths):
        if path == "-":
            stream = stdin or sys.stdin.buffer
            data = stream.read()
            if data.lstrip()[:1] == b"{":
                yield from _jsonl("<stdin>", data.splitlines())
            else:
                yield _article_file("<stdin>", data, "txt")
            continue
        suffix = Path(path).suffix.lower()
        if suffix == ".jsonl":
            with open(path, "rb") as f:
                yield from _jsonl(path, f)
        else:
            kind = {".txt": "txt", ".html": "html", ".htm": "html", ".json": "json"}.get(suffix)
            if kind is None:
                yield InputItem(path, 1, error=f"unsupported file type {suffix or '(none)'}")
                continue
            yield _article_file(path, Path(path).read_bytes(), kind)
