"""The quote store against hand-written records: indexing, stemmed search, speaker grouping and filters."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from pipeline.paths import SCHEMA
from pipeline.store import QueryError, RecordError, Store, index_files


def ids(hits) -> list[str]:
    return [h.article_id for h in hits]


def test_fixture_records_match_the_schema_and_their_offsets(records):
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for record in records:
        validator.validate(record)
        for quote in record["quotes"]:
            assert record["text"][quote["start"]:quote["end"]] == quote["text"]


def test_store_indexing_twice_updates_not_duplicates(tmp_path, records, records_path):
    db = tmp_path / "warta.db"
    index_files(db, [records_path])
    with Store(db) as store:
        first = store.counts()
    index_files(db, [records_path])
    changed = {**records[0], "quotes": records[0]["quotes"][:1]}
    changed["quotes"] = [{**changed["quotes"][0], "text": "pemberdayaan sosial harus berjalan"}]
    with Store(db) as store:
        assert store.counts() == first
        store.add(changed)
        after = store.counts()
        assert after["quotes"] == first["quotes"] - 1
        assert after["articles"] == first["articles"]
        assert [h.text for h in store.quotes("pemberdayaan", source="habari.id")] == [
            "pemberdayaan sosial harus berjalan"]


def test_store_counts_every_table(store, records):
    counts = store.counts()
    assert counts["articles"] == len(records)
    assert counts["quotes"] == sum(len(r["quotes"]) for r in records)
    assert counts["officials"] == sum(len(r["officials"]) for r in records)
    assert (counts["dates"], counts["venues"], counts["regulations"]) == (2, 2, 1)


@pytest.mark.parametrize("word,found", [
    ("daya", "pemberdayaan sosial harus berjalan sampai ke desa"),
    ("tegas", "Kami menegaskan bahwa bansos harus tepat sasaran dan tidak boleh dipotong sepeser pun,"),
    ("menegaskan", "Kami menegaskan bahwa bansos harus tepat sasaran dan tidak boleh dipotong sepeser pun,"),
    ("salur", "penyaluran bansos yang terlambat merugikan keluarga penerima manfaat"),
    ("baru", "data penerima bansos diperbarui setiap tiga bulan sesuai Permensos Nomor 3 Tahun 2021"),
    ("kuat", "partai akan memperkuat kaderisasi hingga tingkat desa"),
])
def test_store_search_finds_stemmed_forms(store, word, found):
    assert [h.text for h in store.quotes(word)] == [found]


def test_store_search_needs_every_word(store):
    assert ids(store.quotes("bansos")) == ["gowa-bansos", "antara-jambi", "jambi-rakor"]
    assert ids(store.quotes("bansos terlambat")) == ["antara-jambi"]


def test_store_search_matches_names_as_written(store):
    # Sastrawi stems Bekasi to bekas; a capitalised word is a name, so "barang bekas" must not match.
    assert [h.text for h in store.quotes("Bekasi")] == [
        "Warga yang pindah ke Bekasi akan dicoret dari daftar penerima,"]


def test_store_search_matches_speaker_names(store):
    assert ids(store.quotes("Firdaus bansos")) == ["gowa-bansos"]


def test_store_search_takes_quoted_phrases(store):
    assert ids(store.quotes('"tepat sasaran"')) == ["jambi-rakor"]
    assert store.quotes('"sasaran tepat"') == []


def test_store_articles_search_is_stemmed(store):
    assert [a.id for a in store.articles("berdaya")] == ["habari-bimtek"]
    assert [a.id for a in store.articles("Konsolidasi")] == ["jambi-pan"]


@pytest.mark.parametrize("written", ["Dr. H. Al Haris, S.Sos., M.H.", "Al Haris", "AL HARIS", "al haris", "Haris"])
def test_store_groups_speaker_spellings(store, written):
    hits = store.quotes(speaker=written)
    assert ids(hits) == ["antara-jambi", "jambi-rakor", "jambi-pan"]
    assert {h.speaker for h in hits} == {"Al Haris"}


def test_store_groups_speakers_within_an_outlet(store):
    speakers = {s.source: s for s in store.speakers("Al Haris")}
    assert sorted(speakers) == ["jambi.antaranews.com", "www.jambiekspose.net"]
    jambi = speakers["www.jambiekspose.net"]
    assert (jambi.name, jambi.quotes, jambi.positions) == ("Al Haris", 2, ("Gubernur", "Ketua DPW PAN Jambi"))
    assert ids(store.quotes(speaker_id=jambi.id)) == ["jambi-rakor", "jambi-pan"]


def test_store_resolves_a_short_speaker_name_to_the_official(store):
    hits = store.quotes(speaker="Indry Pakaya")
    assert len(hits) == 2
    assert {h.speaker for h in hits} == {"Indry Pakaya"}
    assert {h.position for h in hits} == {
        "Kepala Bidang Pemberdayaan Potensi Sumber Kesejahteraan Sosial Dinas Sosial"}


@pytest.mark.parametrize("filters,expected", [
    ({"source": "www.jambiekspose.net"}, ["jambi-rakor", "jambi-pan"]),
    ({"source": "jambiekspose.net"}, []),
    ({"since": "2024-05-10"}, ["gowa-bansos"] * 3 + ["antara-jambi", "jambi-rakor"]),
    ({"since": "2025"}, ["gowa-bansos"] * 3),
    ({"until": "2024-02"}, ["habari-bimtek", "habari-bimtek", "jambi-pan"]),
    ({"until": "2023-11-02"}, ["jambi-pan"]),
    ({"since": "2024-03", "until": "2024-05"}, ["jambi-rakor"]),
    ({"type": "direct"}, ["gowa-bansos", "jambi-rakor", "habari-bimtek"]),
    ({"type": "indirect", "since": "2024-06-01"}, ["gowa-bansos", "gowa-bansos", "antara-jambi"]),
    ({"position": "Kepala Dinas Sosial"}, ["gowa-bansos", "gowa-bansos"]),
    ({"position": "kepala bidang"}, ["habari-bimtek", "habari-bimtek"]),
    ({"position": "Dinas Kepala"}, []),
    ({"position": "gubernur"}, ["antara-jambi", "jambi-rakor"]),
    ({"speaker": "Firdaus", "type": "direct"}, ["gowa-bansos"]),
    ({"speaker": "Pemerintah Kota Ambon"}, ["undated-rilis"]),
    ({"speaker": "Nobody Here"}, []),
])
def test_store_filters_quotes(store, filters, expected):
    assert ids(store.quotes(**filters)) == expected


def test_store_answers_the_journalists_question(store):
    # "What has the Kepala Dinas Sosial said about bansos this year, and where was it published?"
    [hit] = store.quotes("bansos", position="Kepala Dinas Sosial", since="2025")
    assert hit.to_dict() == {
        "text": "data penerima bansos diperbarui setiap tiga bulan sesuai Permensos Nomor 3 Tahun 2021",
        "type": "indirect", "speaker": "Firdaus", "position": "Kepala Dinas Sosial",
        "source": "sulsel.example.id", "published": "2025-01-15",
        "title": "Kadis Sosial Gowa: Data Penerima Bansos Diperbarui",
        "url": "https://sulsel.example.id/2025/01/15/dinsos-gowa-bansos/", "article_id": "gowa-bansos",
    }


def test_store_lists_newest_first_and_undated_last(store):
    assert ids(store.quotes()) == ["gowa-bansos"] * 3 + ["antara-jambi", "jambi-rakor"] + ["habari-bimtek"] * 2 + [
        "jambi-pan", "undated-rilis"]
    assert ids(store.quotes(limit=2)) == ["gowa-bansos"] * 2


def test_store_context_is_the_quotes_paragraph(store):
    [hit] = store.quotes("kuat")
    assert hit.context.paragraph == "Al Haris mengatakan partai akan memperkuat kaderisasi hingga tingkat desa."
    assert (hit.context.before, hit.context.quote) == ("Al Haris mengatakan ", hit.text)


@pytest.mark.parametrize("query", [
    '"', '""', "'", "bansos\"", "AND", "OR NOT", "NEAR(bansos tegas)", "bansos*", "^bansos", "text:bansos",
    "{text_stem}: bansos", "(bansos", "bansos)", "-bansos", "+", "'; DROP TABLE quotes; --",
    "1' OR '1'='1", "bansos UNION SELECT * FROM articles", "\\", "%", "_", "\x00", "😀 bansos", "a" * 500,
    " ".join(["bansos"] * 32),
])
def test_store_hostile_queries_return_results_or_a_clear_error(db_path, query):
    with Store(db_path, readonly=True) as store:
        before = store.counts()
        for kwargs in ({"words": query}, {"speaker": query}, {"position": query}, {"source": query}):
            try:
                assert isinstance(store.quotes(**kwargs), list)
            except QueryError as e:
                assert str(e).split(":")[0] in {"q", "speaker", "position", "source"}
        assert store.counts() == before


@pytest.mark.parametrize("kwargs,message", [
    ({"words": "a" * 501}, "q: 501 characters long; the limit is 500"),
    ({"words": " ".join(["kata"] * 33)}, "q: 33 words or phrases; the limit is 32"),
    ({"words": "*** ((("}, "q: '*** (((' has no words to search for"),
    ({"since": "2024-13-01"}, "since: '2024-13-01' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
    ({"until": "kemarin"}, "until: 'kemarin' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
    ({"type": "langsung"}, "type: 'langsung' is not one of direct, indirect"),
    ({"limit": 0}, "limit: 0 is outside 1..1000"),
    ({"limit": "banyak"}, "limit: 'banyak' is not a whole number"),
    ({"speaker_id": "x"}, "speaker_id: 'x' is not a whole number"),
    ({"speaker": "Dr., S.Sos."}, "speaker: 'Dr., S.Sos.' has no name in it"),
])
def test_store_rejects_bad_parameters_naming_them(store, kwargs, message):
    with pytest.raises(QueryError) as caught:
        store.quotes(**kwargs)
    assert str(caught.value) == message


def test_store_skips_bad_records_and_indexes_the_rest(tmp_path, records):
    bad = tmp_path / "mixed.jsonl"
    lines = [json.dumps(records[0]), "{not json", json.dumps({"text": "tanpa id"}),
             json.dumps({**records[1], "quotes": [{"type": "kutipan", "text": "x"}]}), "[1, 2]",
             json.dumps({**records[2], "dateline": "Jambi"}), json.dumps(records[3])]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = index_files(tmp_path / "warta.db", [bad])
    assert (report.articles, report.quotes) == (2, 3)
    assert report.errors == [
        f"{bad}:2: not JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{bad}:3: 'id' must be a non-empty string",
        f"{bad}:4 (id 'jambi-rakor'): quotes[0].type is 'kutipan', not direct or indirect",
        f"{bad}:5: expected a JSON object, got list",
        f"{bad}:6 (id 'jambi-pan'): 'str' object has no attribute 'get'",
    ]
    with Store(tmp_path / "warta.db") as store:
        assert sorted(ids(store.quotes())) == ["antara-jambi", "habari-bimtek", "habari-bimtek"]


def test_store_add_raises_for_a_bad_record(tmp_path):
    with Store(tmp_path / "warta.db") as store, pytest.raises(RecordError, match="'text' must be a string"):
        store.add({"id": "x"})


def test_store_readonly_refuses_writes(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM quotes")


def test_store_refuses_a_missing_or_foreign_file(tmp_path):
    from pipeline.store import StoreError

    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "none.db", readonly=True)
    (tmp_path / "notes.db").write_text("bukan database " * 100)
    with pytest.raises(StoreError, match="not a warta database"):
        Store(tmp_path / "notes.db", readonly=True)


def test_store_refuses_another_schema_version(tmp_path):
    from pipeline.store import StoreError

    Store(tmp_path / "warta.db").close()
    with sqlite3.connect(tmp_path / "warta.db") as db:
        db.execute("PRAGMA user_version = 99")
    for readonly in (True, False):
        with pytest.raises(StoreError, match="schema version 99, this warta reads 1"):
            Store(tmp_path / "warta.db", readonly=readonly)


@pytest.mark.parametrize("table", ["quotes", "articles"])
def test_store_fts_tables_are_found_by_datasette(db_path, table):
    # The query Datasette's detect_fts() runs to offer search on a table.
    sql = f"""SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
                  sql LIKE '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
                  OR sql LIKE '%VIRTUAL TABLE%USING FTS%content="{table}"%'
                  OR (tbl_name = '{table}' AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))"""
    with sqlite3.connect(db_path) as db:
        assert db.execute(sql).fetchall() == [(f"{table}_fts",)]
        raw = db.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH 'daya'").fetchone()[0]
    assert raw >= 1
