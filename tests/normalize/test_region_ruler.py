"""The gazetteer as an entity ruler: `warta_regions` adds and corrects PLACE entities and gives them codes."""
import pytest
from spacy.tokens import Span

from pipeline.normalize.gazetteer import RegionRuler, bare_regions, prefixed_regions
from pipeline.normalize.nlp import load_nlp


@pytest.fixture(scope="module")
def tokenizer():
    return load_nlp(ner=False).tokenizer


def rule(tokenizer, text, model_ents=()):
    """Run the ruler on `text` after the model's entities `model_ents` = [(text, label)]."""
    doc = tokenizer(text)
    spans = []
    for written, label in model_ents:
        start = text.index(written)
        spans.append(doc.char_span(start, start + len(written), label=label))
    doc.ents = spans
    return [(e.text, e.label_, e.kb_id_) for e in RegionRuler()(doc).ents]


@pytest.mark.parametrize("text,place,code", [
    ("Kepala Dinas Sosial Kabupaten Boalemo hadir.", "Kabupaten Boalemo", "75.02"),
    ("Warga Kota Batam antusias.", "Kota Batam", "21.71"),
    ("Rapat di Kec. Tilamuta berjalan lancar.", "Kec. Tilamuta", "75.02.04"),
    ("Pasar di Kecamatan Batam Kota ramai.", "Kecamatan Batam Kota", "21.71.10"),
    ("Bupati Gowa meninjau jalan.", "Gowa", "73.06"),
    ("Tim tiba di Sulut kemarin.", "Sulut", "71"),
    ("Pemda Kabupaten Administrasi Kepulauan Seribu bergerak.", "Kabupaten Administrasi Kepulauan Seribu", "31.01"),
])
def test_ruler_marks_regions_with_their_codes(tokenizer, text, place, code):
    assert (place, "PLACE", code) in rule(tokenizer, text)


def test_ruler_corrects_a_region_the_model_called_a_person(tokenizer):
    assert rule(tokenizer, "Warga Kota Batam antusias.", [("Kota Batam", "PERSON")]) == [("Kota Batam", "PLACE", "21.71")]


@pytest.mark.parametrize("text,entity,label", [
    ("Anggota DPRD Kabupaten Gowa hadir.", "DPRD Kabupaten Gowa", "ORGANISATION"),
    ("Rumah di Desa Gentan Kecamatan Gantiwarno rusak.", "Desa Gentan Kecamatan Gantiwarno", "PLACE"),
])
def test_ruler_keeps_a_longer_entity_of_the_model(tokenizer, text, entity, label):
    assert rule(tokenizer, text, [(entity, label)]) == [(entity, label, "")]


@pytest.mark.parametrize("text", [
    "Ia tinggal di Alor Gajah, Melaka.",  # Alor is a regency, Alor Gajah is not
    "Siswa SMK Negeri I Limboto juara.",  # `Negeri` opens no region here
])
def test_ruler_leaves_names_that_only_contain_a_region_word(tokenizer, text):
    assert not [e for e in rule(tokenizer, text) if e[0] in ("Alor", "Negeri I Limboto", "Negeri I")]


def test_region_finders_report_character_offsets():
    text = "Di Desa Bubaa, Kecamatan Paguyaman Pantai, Gorontalo."
    assert [text[s:e] for s, e, _ in prefixed_regions(text)] == ["Desa Bubaa", "Kecamatan Paguyaman Pantai"]
    assert [(text[s:e], code) for s, e, code in bare_regions(text)] == [("Gorontalo", "75")]


def test_pipeline_runs_the_gazetteer_after_the_model():
    names = load_nlp().pipe_names
    assert names.index("warta_regions") > names.index("ner") if "ner" in names else "warta_regions" in names


def test_ruler_splits_a_place_the_model_ran_on_into_a_persons_name(tokenizer):
    assert rule(tokenizer, "Kepala Dinas Sosial Kabupaten Boalemo Indry Pakaya hadir.",
                [("Kabupaten Boalemo Indry Pakaya", "PLACE")]) == [
        ("Kabupaten Boalemo", "PLACE", "75.02"), ("Indry Pakaya", "PERSON", "")]
