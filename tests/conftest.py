"""Shared fixtures: the annotated corpus and the seed article, read from corpus/ (never from ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def annotated() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "annotated").glob("*.json"))]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPUS / "seed" / "habari-2024-02-23-bimtek-psm.txt").read_text(encoding="utf-8")
