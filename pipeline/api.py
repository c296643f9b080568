"""The library's front door: `extract` one article, `extract_many` a stream of records."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator

from pipeline.extract.dates import extract_dates
from pipeline.extract.officials import extract_officials, with_inferred_regions
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.regulations import extract_regulations
from pipeline.extract.venues import extract_venues, with_dateline_region
from pipeline.normalize.text import clean_text

SCHEMA_VERSION = "1.0"
CARRIED = ("id", "url", "source", "published", "title")


class RecordError(ValueError):
    """An input record that cannot be processed; the message says why."""


def stable_id(text: str, url: str | None = None) -> str:
    """A stable id for a record without one: the first 16 hex digits of sha1(url + text)."""
    return hashlib.sha1(((url or "") + "\n" + text).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _published_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        try:
            return dt.datetime.fromisoformat(str(published)).date()
        except ValueError:
            return None


def extract(text: str, *, published: str | None = None, url: str | None = None, source: str | None = None,
            title: str | None = None, id: str | None = None, authors: list[str] | None = None,
            entities: bool = False) -> dict:
    """Extract officials, quotes, dates, venues and regulations from one article; returns a schema record.

    `entities=True` adds the NER model's PERSON/PLACE/ORGANISATION spans (`entities`); it makes extraction
    several times slower, so batch runs ask for it explicitly.

    >>> extract("Bupati Boalemo Anas Jusuf mengatakan bahwa jalan akan diperbaiki.")["officials"][0]["name"]
    'Anas Jusuf'
    """
    if not isinstance(text, str):
        raise RecordError(f"text must be a string, not {type(text).__name__}")
    clean = clean_text(text)
    body = clean.text
    errors = [f"repaired {what}" for what in clean.repaired]
    pub = _published_date(published)
    if published and pub is None:
        errors.append(f"published {published!r} is not an ISO date; relative dates not resolved")
    regulations = extract_regulations(body)
    masked = [r.span for r in regulations]
    dates = extract_dates(body, pub, masked)
    officials = with_inferred_regions(extract_officials(body, clean.body_start, masked),
                                      (clean.dateline or {}).get("place"))
    quotes = extract_quotes(body, officials, clean.body_start, clean.body_end)
    venues = with_dateline_region(extract_venues(body, clean.body_start, masked), (clean.dateline or {}).get("place"))
    record = {
        "schema_version": SCHEMA_VERSION,
        "id": str(id) if id not in (None, "") else stable_id(body, url),
        "url": url,
        "source": source,
        "title": title,
        "published": published,
        "authors": list(authors) if authors else clean.authors,
        "dateline": clean.dateline,
        "text": body,
        "officials": [o.to_dict() for o in officials],
        "quotes": [q.to_dict() for q in quotes],
        "dates": [d.to_dict() for d in dates],
        "venues": [v.to_dict() for v in venues],
        "regulations": [r.to_dict() for r in regulations],
        "errors": errors,
    }
    if entities:
        from pipeline.normalize.nlp import entities as find_entities

        record["entities"] = [e.to_dict() for e in find_entities(body)]
    return record


def check_record(record: object) -> dict:
    """The keyword arguments of `extract` for one input record, or RecordError saying what is wrong."""
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    if "text" not in record:
        raise RecordError("record has no 'text'")
    if not isinstance(record["text"], str):
        raise RecordError(f"'text' must be a string, not {type(record['text']).__name__}")
    kwargs = {key: record.get(key) for key in CARRIED}
    for key, value in kwargs.items():
        if value is not None and not isinstance(value, (str, int)):
            raise RecordError(f"{key!r} must be a string, not {type(value).__name__}")
        if isinstance(value, int) and key != "id":
            raise RecordError(f"{key!r} must be a string, not int")
    authors = record.get("authors")
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        raise RecordError("'authors' must be a list of strings")
    return {"text": record["text"], **kwargs, "authors": authors}


def extract_record(record: object, *, entities: bool = False) -> dict:
    """`extract` for an input record (dict with `text`, optional id/url/source/published/title)."""
    kwargs = check_record(record)
    text = kwargs.pop("text")
    return extract(text, **kwargs, entities=entities)


def _raise(record: object, index: int, error: Exception) -> None:
    raise error


def extract_many(records: Iterable[object], *,
                 on_error: Callable[[object, int, Exception], None] = _raise) -> Iterator[dict]:
    """Extract each record in order; a bad record goes to `on_error(record, index, error)` (default: raise)."""
    for index, record in enumerate(records):
        try:
            yield extract_record(record)
        except RecordError as error:
            on_error(record, index, error)
