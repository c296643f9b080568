"""pipeline.dedup and `warta dedup`: edited reprints of real articles group, distinct stories do not."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.dedup import (GROUP_FIELD, SIMILARITIES, dedup_file, find_duplicates, mark_duplicates,
                            shingle_jaccard, tfidf_cosine)
from pipeline.paths import CORPUS


def _article(name: str) -> dict:
    gold = json.loads((CORPUS / "annotated" / f"{name}.json").read_text(encoding="utf-8"))
    return {k: gold[k] for k in ("id", "url", "source", "title", "published", "text")}


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [_article(p.stem) for p in sorted((CORPUS / "annotated").glob("*.json"))]


# The edits regional outlets make when they reprint a press release.
def insert_dateline(text: str) -> str:
    return "GORONTALO, kabarsulawesi.id – " + re.sub(r"^[A-Z .,|]+[-–|,]\s*", "", text, count=1)


def drop_paragraph(text: str) -> str:
    paragraphs = text.split("\n")
    longest = max(range(1, len(paragraphs)), key=lambda i: len(paragraphs[i]))
    return "\n".join(p for i, p in enumerate(paragraphs) if i != longest)


def change_byline(text: str) -> str:
    return re.sub(r"\s*\([a-z/.]+\)\s*$", "", text) + "\nPewarta: Rahmat Hidayat\nEditor: Siti Nurhaliza"


def all_three(text: str) -> str:
    return change_byline(drop_paragraph(insert_dateline(text)))


def _copy(original: dict, edit, suffix: str, published: str | None) -> dict:
    return {**original, "id": f"{original['id']}-{suffix}", "source": f"{suffix}.example",
            "published": published, "text": edit(original["text"])}


@pytest.mark.parametrize("name", ["seed", "a07", "b21", "a29"])
@pytest.mark.parametrize("edit", [insert_dateline, drop_paragraph, change_byline, all_three])
def test_find_duplicates_groups_an_edited_reprint_with_its_original(articles, name, edit):
    original = _article(name)
    original["published"] = original["published"] or "2024-10-17"  # b21 gives no date
    assert edit(original["text"]) != original["text"]
    reprint = _copy(original, edit, "reprint", "2030-01-01")
    others = [a for a in articles if a["id"] != original["id"]]
    groups = find_duplicates([reprint, *others, original])
    assert len(groups) == 1
    assert groups[0].original == original["id"]
    assert groups[0].members == (original["id"], reprint["id"])
    assert 0.5 <= groups[0].similarity <= 1.0


def test_find_duplicates_leaves_distinct_stories_apart(articles):
    assert find_duplicates(articles) == []
    assert find_duplicates(articles, similarity="shingles") == []


@pytest.mark.parametrize("published,original", [
    (("2024-02-23", "2024-02-24", "2024-02-25"), "a"),
    (("2024-02-26", "2024-02-24", "2024-02-25"), "b"),
    (("2024-02-23T09:00:00+08:00", "2024-02-23T02:30:00+00:00", None), "a"),  # 01:00 UTC is earlier than 02:30
    ((None, None, "2024-02"), "c"),  # an unknown date never wins
    ((None, None, None), "a"),  # nothing known: the first one given
])
def test_find_duplicates_takes_the_earliest_publication_as_original(published, original):
    base = _article("seed")
    records = [{**base, "id": name, "published": when,
                "text": edit(base["text"])}
               for name, when, edit in zip("abc", published, (str, insert_dateline, change_byline))]
    (group,) = find_duplicates(records)
    assert group.original == original
    assert group.members[0] == original and set(group.members) == {"a", "b", "c"}


def test_find_duplicates_does_not_chain_two_stories_through_a_mixed_article():
    first, second = _article("b21"), _article("b29")
    mixed = {"id": "mixed", "published": None,
             "text": first["text"][: len(first["text"]) // 2] + "\n" + second["text"][len(second["text"]) // 2:]}
    groups = find_duplicates([first, second, mixed], threshold=0.3)
    assert not any({first["id"], second["id"]} <= set(g.members) for g in groups)


@pytest.mark.parametrize("similarity", [tfidf_cosine, shingle_jaccard])
def test_similarities_score_a_copy_higher_than_another_story(similarity):
    texts = [_article("seed")["text"], insert_dateline(_article("seed")["text"]), _article("b03")["text"]]
    matrix = similarity(texts, 1e-9).toarray()
    assert matrix[0, 1] > 0.9 and matrix[0, 1] > 3 * matrix[0, 2]


def test_find_duplicates_skips_records_without_text_or_id():
    base = _article("a07")
    records = [base, {**base, "id": "copy"}, {"id": "empty", "text": ""}, {"id": "none", "text": None},
               {"text": base["text"]}]
    assert [g.members for g in find_duplicates(records)] == [("a07", "copy")]


@pytest.mark.parametrize("kwargs,message", [
    ({"similarity": "cosinus"}, "unknown similarity 'cosinus'; choose one of"),
    ({"threshold": 0}, "threshold must be in"),
    ({"threshold": 1.5}, "threshold must be in"),
])
def test_find_duplicates_rejects_bad_settings(kwargs, message):
    with pytest.raises(ValueError, match=message):
        find_duplicates([_article("seed")], **kwargs)


def test_mark_duplicates_gives_every_record_its_group_id(articles):
    original = _article("seed")
    reprint = _copy(original, all_three, "reprint", "2030-01-01")
    records = [reprint, original, articles[0]]
    marked = mark_duplicates(records, find_duplicates(records))
    assert [r[GROUP_FIELD] for r in marked] == [original["id"], original["id"], articles[0]["id"]]
    assert GROUP_FIELD not in records[0]  # the input is left as it was


def test_similarity_names_cover_both_strategies():
    assert SIMILARITIES == {"tfidf": tfidf_cosine, "shingles": shingle_jaccard}


@pytest.fixture
def corpus_file(tmp_path, articles):
    original = _article("seed")
    records = [*articles[:5], _copy(original, all_three, "reprint", "2030-01-01"), original]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + "{rusak\n",
                    encoding="utf-8")
    return path


def test_dedup_file_writes_records_with_group_ids(corpus_file, tmp_path):
    errors = []
    groups = dedup_file(corpus_file, output=tmp_path / "out" / "deduped.jsonl", on_error=errors.append)
    assert [g.members for g in groups] == [("seed-habari-bimtek-psm", "seed-habari-bimtek-psm-reprint")]
    written = [json.loads(line) for line in (tmp_path / "out" / "deduped.jsonl").read_text().splitlines()]
    assert len(written) == 7 and written[5][GROUP_FIELD] == "seed-habari-bimtek-psm"
    assert len(errors) == 1 and f"{corpus_file}:8" in errors[0]


def test_cli_dedup_prints_groups_and_reports_broken_lines(corpus_file, tmp_path):
    result = CliRunner().invoke(main, ["dedup", str(corpus_file), "--output", str(tmp_path / "d.jsonl")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["members"] == ["seed-habari-bimtek-psm", "seed-habari-bimtek-psm-reprint"]
    assert f"{corpus_file}:8: skipped: not JSON" in result.stderr
    assert "1 groups of copies" in result.stderr


def test_cli_dedup_names_a_file_it_cannot_read(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text("id,text\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["dedup", str(path)])
    assert result.exit_code == 1
    assert f"Error: {path}: unknown kind of file '.csv'" in result.output


def test_find_duplicates_gives_the_same_groups_when_scoring_in_small_chunks(articles, monkeypatch):
    import pipeline.dedup

    records = [*articles, *(_copy(a, all_three, "reprint", "2030-01-01") for a in articles[:4])]
    whole = find_duplicates(records)
    monkeypatch.setattr(pipeline.dedup, "_CELLS_PER_CHUNK", 60)  # three rows per product
    assert find_duplicates(records) == whole and len(whole) == 4
