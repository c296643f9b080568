"""pipeline.explore: loading every output format, tidy frames, highlighted HTML and keywords."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from bs4 import BeautifulSoup

from pipeline.explore import COLUMNS, LoadError, Mark, keywords, load, render, show, snippet, to_frames
from pipeline.paths import CORPUS, SCHEMA
from pipeline.store.store import Store

RECORDS = Path(__file__).parent / "fixtures" / "explore" / "records.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]


def _errors() -> tuple[list[str], callable]:
    found: list[str] = []
    return found, found.append


def test_fixture_records_match_the_schema(records):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)


def test_load_reads_jsonl(records):
    assert load(RECORDS) == records


def test_load_reads_parquet(records, tmp_path):
    path = tmp_path / "records.parquet"
    pq.write_table(pa.Table.from_pylist(records), path)
    loaded = load(path)
    assert [r["id"] for r in loaded] == [r["id"] for r in records]
    assert [r["quotes"] for r in loaded] == [r["quotes"] for r in records]
    assert [r["officials"] for r in loaded] == [r["officials"] for r in records]


def test_load_reads_parquet_written_by_warta_extract(records, tmp_path):
    from pipeline.batch import arrow_schema

    path = tmp_path / "records.pq"
    pq.write_table(pa.Table.from_pylist(records, schema=arrow_schema()), path)
    loaded = load(path)
    assert [r["quotes"] for r in loaded] == [r["quotes"] for r in records]
    assert [r["text"] for r in loaded] == [r["text"] for r in records]
    assert to_frames(loaded)["officials"].equals(to_frames(records)["officials"])


def test_load_reads_parquet_with_nested_fields_as_json_strings(records, tmp_path):
    path = tmp_path / "flat.parquet"
    flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in r.items()}
            for r in records]
    pq.write_table(pa.Table.from_pylist(flat), path)
    assert [r["regulations"] for r in load(path)] == [r["regulations"] for r in records]


def test_load_reads_warta_db(records, tmp_path):
    db = tmp_path / "warta.db"
    with Store(db) as store:
        assert not store.add_many((r["id"], r) for r in records).errors
    loaded = {r["id"]: r for r in load(db)}
    assert set(loaded) == {r["id"] for r in records}
    for record in records:
        back = loaded[record["id"]]
        assert back["text"] == record["text"]
        assert back["published"] == record["published"]
        for kind in ("officials", "quotes", "dates", "venues"):
            assert back[kind] == record[kind], kind
        assert [g["number"] for g in back["regulations"]] == [g["number"] for g in record["regulations"]]


def test_load_reads_a_folder_of_gold_files():
    golds = load(CORPUS / "annotated")
    assert len(golds) == len(list((CORPUS / "annotated").glob("*.json")))
    frames = to_frames(golds)
    assert len(frames["quotes"]) == sum(len(g["gold"]["quotes"]) for g in golds)


@pytest.mark.parametrize("line,reason", [
    ('{"id": "x1", "text": "Bupati', "not JSON"),
    ('{"id": "x3", "text": "Bupati \udcff"}', "not UTF-8"),
    ('["Bupati Boalemo"]', "expected a JSON object"),
    ('{"text": "Kadis Sosial mengatakan"}', "'id' must be a non-empty string"),
    ('{"id": "x2", "text": null}', "'text' must be a string"),
    ('{"id": "seed-habari-bimtek-psm", "text": "salinan"}', "already loaded"),
])
def test_load_skips_a_broken_line_and_names_it(records, tmp_path, line, reason):
    path = tmp_path / "out.jsonl"
    good = RECORDS.read_text(encoding="utf-8").splitlines()
    path.write_bytes(("\n".join([good[0], line, *good[1:]]) + "\n").encode("utf-8", "surrogateescape"))
    errors, report = _errors()
    assert [r["id"] for r in load(path, on_error=report)] == [r["id"] for r in records]
    assert len(errors) == 1
    assert errors[0].startswith(f"{path}:2") and reason in errors[0]


@pytest.mark.parametrize("name,content,reason", [
    ("berita.csv", "id,text\n", "unknown kind of file"),
    ("rusak.parquet", "bukan parquet", "not a readable Parquet file"),
    ("rusak.db", "bukan sqlite" * 100, "not a warta database"),
])
def test_load_rejects_an_unreadable_file_naming_it(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=reason) as error:
        load(path)
    assert str(path) in str(error.value)


def test_load_rejects_a_missing_path(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "tidak-ada.jsonl")


def test_load_folder_skips_a_broken_file_and_reads_the_rest(records, tmp_path):
    shutil.copy(RECORDS, tmp_path / "a.jsonl")
    (tmp_path / "b.parquet").write_text("bukan parquet", encoding="utf-8")
    errors, report = _errors()
    assert len(load(tmp_path, on_error=report)) == len(records)
    assert len(errors) == 1 and "b.parquet" in errors[0]


def test_to_frames_keys_every_finding_by_article_id(records):
    frames = to_frames(records)
    assert set(frames) == set(COLUMNS)
    articles = frames["articles"].set_index("id")
    for kind in ("officials", "quotes", "dates", "venues", "regulations"):
        frame = frames[kind]
        assert list(frame.columns) == COLUMNS[kind]
        assert set(frame["article_id"]) <= set(articles.index)
        counts = frame.groupby("article_id").size()
        assert (articles[f"n_{kind}"].loc[counts.index] == counts).all(), kind
    quotes = frames["quotes"]
    seed = quotes[quotes.article_id == "seed-habari-bimtek-psm"]
    assert seed.speaker.value_counts().to_dict() == {"Indry Pakaya": 5, "Sagita Wartabone": 2}


def test_to_frames_of_nothing_has_the_columns():
    frames = to_frames([])
    assert all(list(frames[name].columns) == columns and frames[name].empty for name, columns in COLUMNS.items())


@pytest.mark.parametrize("published,expected", [
    ("2024-02-23", pd.Timestamp("2024-02-23")),
    ("2024-02-23T07:00:00+08:00", pd.Timestamp("2024-02-23 07:00")),  # WITA kept, not moved to the 22nd UTC
    ("2013-04", pd.Timestamp("2013-04-01")),
    ("2013", pd.Timestamp("2013-01-01")),
    ("kemarin", pd.NaT),
    (None, pd.NaT),
])
def test_to_frames_parses_published(published, expected):
    value = to_frames([{"id": "x", "text": "", "published": published}])["articles"].published.iloc[0]
    assert value == expected or (pd.isna(value) and pd.isna(expected))


@pytest.mark.parametrize("text,value,precision", [
    ("Jumat (23/02/2024)", "2024-02-23", "day"),
    ("Februari 2024", "2024-02", "month"),
    ("pada tahun 2023", "2023", "year"),
])
def test_to_frames_gives_date_precision(text, value, precision):
    dates = to_frames([{"id": "x", "text": text, "dates": [{"text": text, "value": value}]}])["dates"]
    assert dates.precision.tolist() == [precision]
    assert pd.isna(dates.date.iloc[0]) == (precision != "day")


def test_to_frames_skips_findings_that_are_not_objects():
    frames = to_frames([{"id": "x", "text": "Kata Bupati.", "quotes": ["Kata Bupati", None], "venues": "Aula"}])
    assert frames["quotes"].empty and frames["venues"].empty


def _marked_texts(page: str) -> dict[int, str]:
    """The text under each data-mark id, labels removed, joined across split pieces."""
    soup = BeautifulSoup(page, "html.parser")
    for label in soup.select(".warta-label"):
        label.decompose()
    found: dict[int, str] = {}
    for piece in soup.select("[data-mark]"):
        found[int(piece["data-mark"])] = found.get(int(piece["data-mark"]), "") + piece.get_text()
    return found


def _body(page: str) -> str:
    soup = BeautifulSoup(page, "html.parser")
    for label in soup.select(".warta-label"):
        label.decompose()
    return soup.get_text()


def test_show_marks_each_finding_over_its_own_text(records):
    for record in records:
        shown = show(record)
        assert not shown.skipped
        marked = _marked_texts(shown.html)
        assert marked == {i: record["text"][m.start:m.end] for i, m in enumerate(shown.marks)}
        body = BeautifulSoup(shown.html, "html.parser").select_one(".warta-text")
        assert _body(str(body)) == record["text"]


def test_show_labels_quotes_with_their_speaker(records):
    shown = show(records[0])
    soup = BeautifulSoup(shown.html, "html.parser")
    labels = [label.get_text() for label in soup.select(".warta-quote > .warta-label")]
    assert "direct quote: Sagita Wartabone (ungkap)" in labels
    assert len(soup.select(".warta-official")) >= 5 and soup.select(".warta-regulation")


def test_show_writes_an_officials_office_once_and_on_hover_everywhere(records):
    soup = BeautifulSoup(show(records[0]).html, "html.parser")
    indry = [m for m in soup.select(".warta-official") if m.get_text().endswith("Indry Pakaya")]
    assert len(indry) == 4
    assert [m.select_one(".warta-label") is not None for m in indry] == [True, False, False, False]
    assert indry[0].select_one(".warta-label").get_text() == (
        "Kepala Bidang Pemberdayaan Potensi Sumber Kesejahteraan Sosial, Dinas Sosial")
    assert all(m["title"].startswith("Indry Pakaya (Kepala Bidang") for m in indry)


@pytest.mark.parametrize("spans", [
    [(0, 6), (7, 14)],  # side by side: Bupati | Boalemo
    [(0, 14), (7, 14)],  # nested, same end
    [(0, 14), (0, 6)],  # nested, same start
    [(0, 10), (7, 25)],  # crossing
    [(0, 25), (3, 10), (7, 20)],  # crossing inside another
    [(7, 14), (7, 14)],  # the same span twice
])
def test_render_nests_overlapping_spans(spans):
    text = "Bupati Boalemo mengatakan bahwa"
    marks = [Mark(s, e, "official", f"m{i}") for i, (s, e) in enumerate(spans)]
    page = render(text, marks)
    assert _marked_texts(page) == {i: text[s:e] for i, (s, e) in enumerate(spans)}
    assert _body(page) == text
    assert page.count("<span") == page.count("</span>")


@pytest.mark.parametrize("start,end", [(5, 3), (0, 10_000), (-1, 4), ("3", 8)])
def test_show_reports_offsets_that_do_not_fit(records, start, end):
    record = {**records[0], "dates": [{"text": "Jumat", "value": "2024-02-23", "start": start, "end": end}]}
    shown = show(record)
    assert len(shown.skipped) == 1 and shown.skipped[0].startswith("dates[0]: offsets")
    assert "1 not shown" in shown.html


def test_show_finds_gold_items_that_have_no_offsets():
    gold = json.loads((CORPUS / "annotated" / "seed.json").read_text(encoding="utf-8"))
    shown = show(gold)
    kinds = {m.kind for m in shown.marks}
    assert kinds == {"official", "quote", "date", "venue", "regulation"}
    assert all(gold["text"][m.start:m.end] for m in shown.marks)


def test_show_escapes_html_in_the_text():
    shown = show({"id": "x", "text": "<b>Kadis</b> & Sekda", "quotes": []})
    assert "<b>" not in shown.html and "&lt;b&gt;Kadis&lt;/b&gt; &amp; Sekda" in shown.html


def test_keywords_rank_distinctive_stems_per_article(records):
    table = keywords(records, n=8)
    for article_id, rows in table.groupby("article_id"):
        assert rows["rank"].tolist() == list(range(1, len(rows) + 1))
        assert rows.score.is_monotonic_decreasing
    top = {aid: set(rows.stem) for aid, rows in table.groupby("article_id")}
    assert "bimtek" in top["seed-habari-bimtek-psm"]
    assert {"raperda", "purworejo"} <= top["b15"]
    assert not {"yang", "dan", "dalam", "tersebut"} & set(table.stem)


@pytest.mark.parametrize("word,stem", [("pencabutan", "cabut"), ("kesehatan", "sehat")])
def test_keywords_show_the_written_form_of_a_stem(word, stem):
    text = f"{word} {word} rapat"
    table = keywords([{"id": "x", "text": text}, {"id": "y", "text": "rapat"}], n=1)
    assert table.iloc[0][["keyword", "stem"]].tolist() == [word, stem]


def test_keywords_rejects_n_below_one(records):
    with pytest.raises(ValueError, match="n must be at least 1"):
        keywords(records, n=0)


@pytest.mark.parametrize("needle,expected", [
    ("anas  jusuf", "…Boalemo «Anas Jusuf» mengatakan…"),  # case and spacing ignored
    ("Bupati", "«Bupati» Boalemo…"),  # cut at a word boundary
    ("diperbaiki", "…jalan akan «diperbaiki»."),
    ("Bupati Gorontalo", None),
    ("  ", None),
])
def test_snippet_marks_the_needle_in_its_context(needle, expected):
    text = "Bupati Boalemo Anas Jusuf mengatakan bahwa jalan akan diperbaiki."
    assert snippet(text, needle, width=12) == expected
