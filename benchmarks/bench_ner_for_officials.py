"""Would the NER model help the officials extractor? What it would add and what it would take away.

Run: .venv/bin/python benchmarks/bench_ner_for_officials.py
On the annotated and challenge articles (corpus/annotated, corpus/challenge), with the extractors' own output
(`extract(..., entities=True)`) next to the entities of the shipped pipeline (NER + gazetteer ruler):
- adding: PERSON entities right after a title (within 40 characters) that the rules did not find, and how many
  of them are gold officials;
- vetoing: officials the rules found whose first mention the model puts inside a PLACE or ORGANISATION
  entity, and how many of those are gold officials (a veto would lose them).
The officials extractor uses the rules alone while these figures say the model would cost more than it gives.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract  # noqa: E402
from pipeline.extract.officials import POSITION  # noqa: E402
from pipeline.lang.honorifics import name_key  # noqa: E402

TITLE_BEFORE = re.compile(POSITION.pattern + r"[\w\s().,-]{0,40}$")


def main() -> None:
    added = added_gold = vetoed = vetoed_gold = articles = 0
    for path in sorted((ROOT / "corpus" / "annotated").glob("*.json")) + \
            sorted((ROOT / "corpus" / "challenge").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        record = extract(article["text"], published=article["published"], entities=True)
        text, articles = record["text"], articles + 1
        gold = {name_key(o["name"]) for o in article["gold"]["officials"]}
        mentions = [(m["start"], m["end"]) for o in record["officials"] for m in o["mentions"]]
        for ent in record["entities"]:
            if ent["label"] != "PERSON" or any(s < ent["end"] and ent["start"] < e for s, e in mentions):
                continue
            if TITLE_BEFORE.search(text[max(0, ent["start"] - 60):ent["start"]]):
                added += 1
                added_gold += name_key(ent["text"]) in gold
        for official in record["officials"]:
            first = official["mentions"][0] if official["mentions"] else None
            if first and any(e["label"] != "PERSON" and e["start"] <= first["start"] and first["end"] <= e["end"]
                             for e in record["entities"]):
                vetoed += 1
                vetoed_gold += name_key(official["name"]) in gold
    print(f"{articles} articles (corpus/annotated + corpus/challenge), NER + gazetteer ruler from models/ner")
    print(f"adding PERSON entities after a title: {added} new people, {added_gold} of them gold officials")
    print(f"vetoing officials inside PLACE/ORGANISATION entities: {vetoed} removed, {vetoed_gold} of them gold officials")


if __name__ == "__main__":
    main()
