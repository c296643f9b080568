"""Every record warta writes is valid against article.schema.json, whatever the input."""
import json

import jsonschema
import pytest

from pipeline import extract
from pipeline.paths import SCHEMA

VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_schema_every_annotated_article_gives_a_valid_record(annotated):
    for article in annotated:
        record = extract(article["text"], published=article["published"], url=article["url"],
                         source=article["source"], title=article["title"], id=article["id"])
        errors = sorted(VALIDATOR.iter_errors(record), key=str)
        assert not errors, f"{article['id']}: {errors[0].message}"
        assert record["id"] == article["id"]


@pytest.mark.parametrize("text", ["", " ", "\x00\x01 kontrol", "â€œrusakâ€\u009d", "a" * 10, "“tanpa penutup"])
def test_schema_odd_texts_still_give_valid_records(text):
    record = extract(text)
    VALIDATOR.validate(record)


def test_schema_id_is_stable_when_absent():
    assert extract("Bupati hadir.")["id"] == extract("Bupati hadir.")["id"]
    assert extract("Bupati hadir.")["id"] != extract("Wakil Bupati hadir.")["id"]


def test_schema_entities_come_from_the_shipped_ner_model_when_asked(seed_text):
    record = extract(seed_text, entities=True)
    VALIDATOR.validate(record)
    persons = {e["text"] for e in record["entities"] if e["label"] == "PERSON"}
    assert persons & {"Indry Pakaya", "Sagita Wartabone"}
    assert {e["label"] for e in record["entities"]} <= {"PERSON", "PLACE", "ORGANISATION"}
    for entity in record["entities"]:
        assert record["text"][entity["start"]:entity["end"]] == entity["text"]
    assert "entities" not in extract(seed_text)
