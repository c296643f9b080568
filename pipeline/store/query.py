"""Turn what a journalist types into safe FTS5 expressions and date bounds; nothing typed reaches SQL as syntax."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.normalize.stem import stem, stem_text

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MAX_LIMIT = 1000
QUOTE_TYPES = ("direct", "indirect")

# A double-quoted phrase ("dana hibah") or a single word; everything else (FTS operators, brackets, stars,
# colons, SQL punctuation) is dropped, so user input is never FTS syntax.
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\w+(?:-\w+)*)', re.UNICODE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class QueryError(ValueError):
    """A search parameter that cannot be used; the message names the parameter and the reason."""


def _fts_string(text: str) -> str:
    # An FTS5 string: the tokenizer splits it into a phrase; a double quote inside is written twice.
    return '"' + text.replace('"', '""') + '"'


def _is_name(word: str) -> bool:
    # Capitalised words are taken as names and matched as written: Sastrawi over-stems names (Bekasi -> bekas).
    return word[:1].isupper()


# Which FTS columns each kind of term searches: stems of ordinary words, names as written, phrases of stems.
QUOTE_COLUMNS = {"stems": "{text_stem speaker}", "names": "{text speaker}", "phrases": "{text_stem}"}
ARTICLE_COLUMNS = {"stems": "{text_stem}", "names": "{title text}", "phrases": "{text_stem}"}


def match_words(words: str, columns: dict[str, str] = QUOTE_COLUMNS) -> str | None:
    """An FTS5 MATCH expression for `words` (over quotes_fts by default): every word must match.

    `menegaskan bansos` -> `({text_stem speaker} : "tegas") AND ({text_stem speaker} : "bansos")`;
    `Haris` is a name and matches the text or speaker as written; `"dana hibah"` is a phrase of stems.
    Returns None when nothing searchable was typed (only punctuation or spaces).
    """
    terms = []
    for phrase, word in _PHRASE_OR_WORD.findall(words):
        if phrase:
            stems = stem_text(phrase)
            if stems:
                terms.append(f"{columns['phrases']} : {_fts_string(stems)}")
        elif _is_name(word):
            terms.append(f"{columns['names']} : {_fts_string(word)}")
        else:
            terms.append(f"{columns['stems']} : {_fts_string(stem(word))}")
    if len(terms) > MAX_TERMS:
        raise QueryError(f"q: {len(terms)} words or phrases; the limit is {MAX_TERMS}")
    return " AND ".join(f"({t})" for t in terms) or None


def match_position(position: str) -> str | None:
    """An FTS5 phrase for the office a quote was given under, as written: `Kepala Dinas Sosial` in that order."""
    words = re.findall(r"\w+", position)
    if not words:
        return None
    return "{position} : " + _fts_string(" ".join(words[:MAX_TERMS]))


def check_length(name: str, value: str | None) -> None:
    """QueryError when a typed parameter is longer than anyone would type (MAX_QUERY_CHARS)."""
    if value and len(value) > MAX_QUERY_CHARS:
        raise QueryError(f"{name}: {len(value)} characters long; the limit is {MAX_QUERY_CHARS}")


def date_bound(value: str, name: str, *, end: bool) -> str:
    """`2024` -> `2024-01-01` (or `2024-12-31` when `end`); YYYY-MM and YYYY-MM-DD likewise; else QueryError."""
    m = _DATE.match(value.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if day:
            return dt.date(year, month, day).isoformat()
        if month:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, last if end else 1).isoformat()
        return dt.date(year, 12, 31).isoformat() if end else dt.date(year, 1, 1).isoformat()
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)") from None


def check_type(value: str) -> str:
    """The quote type, or QueryError naming the allowed ones."""
    if value not in QUOTE_TYPES:
        raise QueryError(f"type: {value!r} is not one of {', '.join(QUOTE_TYPES)}")
    return value


def check_limit(value: int | str) -> int:
    """A result limit between 1 and MAX_LIMIT, or QueryError."""
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise QueryError(f"limit: {value!r} is not a whole number") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit: {limit} is outside 1..{MAX_LIMIT}")
    return limit


def check_id(value: int | str, name: str) -> int:
    """A row id (a whole number that fits SQLite's INTEGER), or QueryError naming the parameter."""
    try:
        ident = int(value)
    except (TypeError, ValueError):
        raise QueryError(f"{name}: {value!r} is not a whole number") from None
    if not 0 <= ident < 2**63:
        raise QueryError(f"{name}: {ident} is out of range")
    return ident


def published_date(published: str | None) -> str | None:
    """The first day of an ISO date or date-time's period: `2013-04` -> `2013-04-01`; None if not ISO."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None
    return f"{m[1]}-{m[2] or '01'}-{m[3] or '01'}"
