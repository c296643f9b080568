"""Fixtures for the quote store: hand-written extracted records and a database built from them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.store import Store, index_files

RECORDS = Path(__file__).parent / "fixtures" / "records.jsonl"


@pytest.fixture(scope="session")
def records_path() -> Path:
    return RECORDS


@pytest.fixture(scope="session")
def records() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warta.db holding the fixture records, built once; tests open it read-only."""
    path = tmp_path_factory.mktemp("store") / "warta.db"
    report = index_files(path, [RECORDS])
    assert report.errors == []
    return path


@pytest.fixture
def store(db_path: Path):
    with Store(db_path, readonly=True) as opened:
        yield opened
