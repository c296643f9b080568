"""warta: Indonesian news articles in, structured citable records out.

    >>> import pipeline
    >>> record = pipeline.extract("Bupati Boalemo Anas Jusuf mengatakan jalan akan diperbaiki.")
    >>> record["officials"][0]["name"]
    'Anas Jusuf'
"""
from __future__ import annotations

# `pipeline.extract` the function shadows the `pipeline.extract` package of extractors on purpose: the package
# stays importable as `pipeline.extract.<thing>` (its modules are already loaded by `api`).
from pipeline.api import RecordError, extract, extract_many, extract_record

__all__ = ["extract", "extract_many", "extract_record", "RecordError", "load", "to_frames", "show", "keywords"]


def __getattr__(name: str):
    """The notebook helpers import pandas: load them only when asked for."""
    if name in ("load", "to_frames", "show", "keywords"):
        from pipeline import explore

        return getattr(explore, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
