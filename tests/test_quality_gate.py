"""Quality on the annotated corpus never drops below the pinned floors in quality_baseline.json."""
import hashlib
import json
from pathlib import Path

import pytest

from pipeline.api import extract_record
from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((Path(__file__).parent / "quality_baseline.json").read_text(encoding="utf-8"))


def corpus_sha1() -> str:
    h = hashlib.sha1()
    for p in sorted((ROOT / "corpus" / "annotated").glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def report(annotated):
    preds = {g["id"]: extract_record({k: g.get(k) for k in ("id", "text", "url", "source", "published", "title")})
             for g in annotated}
    return evaluate(annotated, preds).to_dict()


def test_quality_gate_corpus_is_the_pinned_one():
    assert corpus_sha1() == BASELINE["corpus_sha1"], "corpus/annotated changed: re-pin the baseline on purpose"


@pytest.mark.parametrize("category", sorted(BASELINE["floors"]))
def test_quality_gate_scores_stay_above_their_floors(report, category):
    floors = BASELINE["floors"][category]
    assert report[category]["f1"] >= floors["f1"], f"{category} F1 {report[category]['f1']} < {floors['f1']}"
    if "attribution" in floors:
        assert report[category]["attribution"] >= floors["attribution"]
