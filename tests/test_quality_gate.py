"""Quality on the annotated corpora never drops below the pinned floors in quality_baseline.json."""
import hashlib
import json
from pathlib import Path

import pytest

from pipeline.api import extract_record
from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((Path(__file__).parent / "quality_baseline.json").read_text(encoding="utf-8"))["corpora"]
FLOORS = [(corpus, category) for corpus, pinned in sorted(BASELINE.items()) for category in sorted(pinned["floors"])]


def corpus_files(corpus: str) -> list[Path]:
    return sorted((ROOT / "corpus" / corpus).glob("*.json"))


def corpus_sha1(corpus: str) -> str:
    h = hashlib.sha1()
    for p in corpus_files(corpus):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    out = {}
    for corpus in BASELINE:
        gold = [json.loads(p.read_text(encoding="utf-8")) for p in corpus_files(corpus)]
        preds = {g["id"]: extract_record({k: g.get(k) for k in ("id", "text", "url", "source", "published", "title")})
                 for g in gold}
        out[corpus] = evaluate(gold, preds).to_dict()
    return out


@pytest.mark.parametrize("corpus", sorted(BASELINE))
def test_quality_gate_corpus_is_the_pinned_one(corpus):
    assert corpus_sha1(corpus) == BASELINE[corpus]["sha1"], f"corpus/{corpus} changed: re-pin the baseline on purpose"


@pytest.mark.parametrize("corpus,category", FLOORS)
def test_quality_gate_scores_stay_above_their_floors(reports, corpus, category):
    floors, score = BASELINE[corpus]["floors"][category], reports[corpus][category]
    assert score["f1"] >= floors["f1"], f"{corpus} {category} F1 {score['f1']} < {floors['f1']}"
    if "attribution" in floors:
        assert score["attribution"] >= floors["attribution"], f"{corpus} {category} attribution {score['attribution']}"
