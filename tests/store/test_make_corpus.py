"""The benchmark corpus generator: schema-valid records, fresh ids and urls, repeatable by seed."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.paths import SCHEMA

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "make_corpus.py"


@pytest.fixture(scope="module")
def make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus


def test_make_corpus_writes_schema_valid_records_with_new_ids(make_corpus, tmp_path):
    path = make_corpus(60, tmp_path / "corpus.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for record in records:
        validator.validate(record)
        for quote in record["quotes"]:
            assert record["text"][quote["start"]:quote["end"]] == quote["text"]
    assert len(records) == 60
    assert len({r["id"] for r in records}) == 60
    urls = [r["url"] for r in records if r["url"]]
    assert len(set(urls)) == len(urls)
    assert sum(len(r["quotes"]) for r in records) > 60


def test_make_corpus_is_repeatable_by_seed(make_corpus, tmp_path):
    one = make_corpus(30, tmp_path / "a.jsonl", seed=7).read_bytes()
    assert make_corpus(30, tmp_path / "b.jsonl", seed=7).read_bytes() == one
    assert make_corpus(30, tmp_path / "c.jsonl", seed=8).read_bytes() != one
