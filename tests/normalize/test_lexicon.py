"""`warta_lexicon`: the table features the NER's tok2vec reads from token.tag_ (pipeline/normalize/lexicon.py)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.normalize.lexicon import LexiconFeatures, features, ordinary_test, word_tables


def marks(text: str) -> dict[str, str]:
    words = text.split()
    return dict(zip(words, features(words)))


@pytest.mark.parametrize(
    "text,span,expected",
    [
        ("Bimtek digelar di Kabupaten Boalemo , Gorontalo .", "Kabupaten Boalemo", ["B-REG", "I-REG"]),
        ("Ia tiba di Kab. Boalemo kemarin .", "Kab. Boalemo", ["B-REG", "I-REG"]),
        ("Banjir di Kota Batam surut .", "Kota Batam", ["B-REG", "I-REG"]),
        ("Gubernur Sulawesi Utara hadir .", "Sulawesi Utara", ["B-PROV", "I-PROV"]),
        ("Rapat di Provinsi Gorontalo usai .", "Provinsi Gorontalo", ["B-PROV", "I-PROV"]),
        ("Warga Kecamatan Tilamuta berkumpul .", "Kecamatan Tilamuta", ["B-DIST", "I-DIST"]),
        ("Kantor Desa Bulota dibuka .", "Desa Bulota", ["B-VIL", "I-VIL"]),
    ],
)
def test_region_names_are_marked_as_one_span_longest_first(text, span, expected):
    words = text.split()
    start = words.index(span.split()[0])
    assert features(words)[start:start + len(expected)] == expected


@pytest.mark.parametrize(
    "word,expected",
    [
        ("Bupati", "TITLE"), ("Kepala", "TITLE"), ("Kapolres", "TITLE"), ("bupati", "TITLE"),
        ("Dinas", "ORG"), ("Universitas", "ORG"), ("PT", "ORG"), ("DPRD", "ORG"), ("Polres", "ORG"),
        ("H.", "HON"), ("Hj", "HON"), ("Bapak", "HON"), ("AKBP", "RANK"), ("Kombes", "RANK"),
        ("Aula", "FAC"), ("Masjid", "FAC"), ("Kabupaten", "LEVEL"), ("Kecamatan", "LEVEL"),
        ("Gorontalo", "PROV"), ("Sulut", "PROV"), ("Boalemo", "REG"), ("Halbar", "REG"), ("Tilamuta", "DIST"),
    ],
)
def test_single_words_get_the_kind_of_their_table(word, expected):
    assert marks(f"Kemarin {word} datang .")[word] == expected


@pytest.mark.parametrize("word", ["membuka", "kegiatan", ".", "gorontalo", "2024", "Anas", "Wartabone", "e-KTP"])
def test_plain_lower_case_and_unknown_words_get_no_feature(word):
    assert marks(f"Kemarin {word} datang")[word] == ""


@pytest.mark.parametrize("word", ["harga", "membuka", "kegiatan", "Pemberdayaan", "Masyarakat", "menegaskan"])
def test_with_root_words_ordinary_words_root_words_or_stemming_to_one_are_dict(word):
    tables = word_tables(roots=True)
    words = f"Kemarin {word} datang".split()
    assert features(words, tables, ordinary_test(tables["roots"]))[1] == "DICT"
    assert features(words)[1] != "DICT"  # the default tables have no root words


def test_the_component_adds_root_words_when_configured():
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_lexicon", config={"root_words": True})
    doc = nlp(Doc(nlp.vocab, words=["Bupati", "membuka", "Wartabone"]))
    assert [t.tag_ for t in doc] == ["TITLE", "DICT", ""]


def test_a_model_saved_without_root_words_marks_no_ordinary_words(tmp_path):
    saved = LexiconFeatures()
    saved.tables = {"words": {}, "keyed": {}}  # the tables of a model trained before 0.5.0
    saved.to_disk(tmp_path / "lex")
    loaded = LexiconFeatures().from_disk(tmp_path / "lex")
    doc = loaded(Doc(spacy.blank("id").vocab, words=["harga", "membuka"]))
    assert [t.tag_ for t in doc] == ["", ""]


def test_a_region_word_in_lower_case_is_not_a_region():
    assert features(["kabupaten", "boalemo"]) == ["LEVEL", ""]


def test_component_writes_the_features_to_token_tags():
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_lexicon")
    doc = nlp(Doc(nlp.vocab, words=["Bupati", "Boalemo", "membuka", "Dinas", "Sosial"]))
    assert [t.tag_ for t in doc][:4] == ["TITLE", "REG", "", "ORG"]


def test_a_saved_component_keeps_the_word_tables_it_was_saved_with(tmp_path):
    saved = LexiconFeatures()
    saved.tables = {"words": {"kepala": "TITLE"}, "keyed": {}}
    saved.to_disk(tmp_path / "lex")
    loaded = LexiconFeatures().from_disk(tmp_path / "lex")
    nlp = spacy.blank("id")
    doc = loaded(Doc(nlp.vocab, words=["Kepala", "Bupati", "Boalemo"]))
    assert [t.tag_ for t in doc] == ["TITLE", "", "REG"]  # Bupati is not in the saved table; regions still are


def test_saved_tables_are_the_same_bytes_every_time(tmp_path):
    LexiconFeatures().to_disk(tmp_path / "a")
    LexiconFeatures().to_disk(tmp_path / "b")
    assert (tmp_path / "a" / "tables.json").read_bytes() == (tmp_path / "b" / "tables.json").read_bytes()
