"""The quote store: extracted records in SQLite (FTS5 on stemmed text), asked by words, speaker, outlet, date."""
from pipeline.store.query import QueryError
from pipeline.store.store import (
    ArticleHit,
    IndexReport,
    QuoteHit,
    RecordError,
    Speaker,
    Store,
    StoreError,
    index_files,
    read_jsonl,
)

__all__ = ["ArticleHit", "IndexReport", "QueryError", "QuoteHit", "RecordError", "Speaker", "Store",
           "StoreError", "index_files", "read_jsonl"]
