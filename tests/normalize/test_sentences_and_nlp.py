import pytest

from pipeline.normalize.nlp import load_nlp
from pipeline.normalize.sentences import split_sentences
from pipeline.normalize.stem import stem, stem_text


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("“Materi itu penting. Peserta harus paham,” jelas Indry. Ia lalu pergi.",
     ["“Materi itu penting. Peserta harus paham,” jelas Indry.", "Ia lalu pergi."]),
    ("Rapat di Kab. Boalemo berjalan lancar. Semua hadir.", ["Rapat di Kab. Boalemo berjalan lancar.", "Semua hadir."]),
    ("Dibuka oleh H. Ahmad dan Dr. Budi. Acara selesai.", ["Dibuka oleh H. Ahmad dan Dr. Budi.", "Acara selesai."]),
    ("Paragraf satu\nParagraf dua", ["Paragraf satu", "Paragraf dua"]),
    # a degree or a closing abbreviation ends the sentence before a capitalised word that is not another degree
    ("Hadir Drs. Hamid, S.Pd. Kemudian rapat dimulai.", ["Hadir Drs. Hamid, S.Pd.", "Kemudian rapat dimulai."]),
    ("Hadir Teuku Zulfikar, M.Si. Dalam arahannya, ia menyampaikan", ["Hadir Teuku Zulfikar, M.Si.",
                                                                        "Dalam arahannya, ia menyampaikan"]),
    ("Imbauan dibagikan lewat grup WhatsApp RT. Namun, ia menyebut", ["Imbauan dibagikan lewat grup WhatsApp RT.",
                                                                      "Namun, ia menyebut"]),
    ("Kepala Sekolah Hj. Rahmawati, S.Pd. M.Pd. membuka acara.", ["Kepala Sekolah Hj. Rahmawati, S.Pd. M.Pd. membuka acara."]),
    ("Warga RT. 03 RW. 02 hadir.", ["Warga RT. 03 RW. 02 hadir."]),
    # a letter or Roman numeral counting a lower-case noun ends a sentence; a capitalised word before an initial not
    ("Atap ruang kelas V. Rangka kayunya lapuk.", ["Atap ruang kelas V.", "Rangka kayunya lapuk."]),
    ("Ia tinggal di blok C. Hasna juga.", ["Ia tinggal di blok C.", "Hasna juga."]),
    ("Hadir Kepala Pos H. Ahmad.", ["Hadir Kepala Pos H. Ahmad."]),
    ("Hal itu disampaikan Kepala KSOP, Capt. Daniel Rumbiak, M.Mar, usai apel.",  # a ship's captain's title
     ["Hal itu disampaikan Kepala KSOP, Capt. Daniel Rumbiak, M.Mar, usai apel."]),
    # a single capital before a word no name begins with ends the sentence
    ("Di antaranya Paya Udang dan Sungai Kuruk I. Menurutnya, warga mengungsi.",
     ["Di antaranya Paya Udang dan Sungai Kuruk I.", "Menurutnya, warga mengungsi."]),
    ("Pelaku merusak kunci kontak menggunakan kunci letter T. Dalam hitungan detik, motor dibawa kabur.",
     ["Pelaku merusak kunci kontak menggunakan kunci letter T.", "Dalam hitungan detik, motor dibawa kabur."]),
])
def test_sentences_survive_quotes_and_abbreviations(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text,token", [
    ("di Kab. Boalemo", "Kab."), ("warga Kec. Tilamuta", "Kec."), ("Jl. Basuki Rahmat", "Jl."),
    ("oleh H. Ahmad", "H."), ("Hj. Siti", "Hj."), ("Dr. Budi", "Dr."), ("Drs. Hamid", "Drs."),
    ("Hamid, S.Pd. hadir", "S.Pd."), ("No. 5", "No."), ("buku, pena, dll. dibawa", "dll."),
    ("pukul 21.00 Wita", "21.00"), ("tanggal 23/02/2024 itu", "23/02/2024"),
])
def test_nlp_tokenizer_keeps_indonesian_abbreviations_whole(text, token):
    doc = load_nlp(ner=False)(text)
    assert token in [t.text for t in doc]


def test_nlp_sentence_boundaries_match_the_splitter():
    text = "“Materi itu penting,” jelas Indry. Ia lalu pergi ke Kab. Boalemo."
    doc = load_nlp(ner=False)(text)
    assert [s.text for s in doc.sents] == ["“Materi itu penting,” jelas Indry.", "Ia lalu pergi ke Kab. Boalemo."]


@pytest.mark.parametrize("word,root", [
    ("menegaskan", "tegas"), ("pemberdayaan", "daya"), ("mengatakan", "kata"), ("kesejahteraan", "sejahtera"),
])
def test_stem_reduces_affixed_words(word, root):
    assert stem(word) == root


def test_stem_text_feeds_keyword_search():
    assert stem_text("Pemberdayaan masyarakat ditegaskan") == "daya masyarakat tegas"


def test_stem_component_leaves_entity_tokens_alone():
    from spacy.tokens import Span

    nlp = load_nlp(ner=False)
    doc = nlp.make_doc("Warga Bekasi menegaskan dukungan")
    doc.ents = [Span(doc, 1, 2, label="PLACE")]
    doc = nlp.get_pipe("warta_stems")(doc)
    assert [t._.stem for t in doc] == ["warga", "Bekasi", "tegas", "dukung"]


def test_nlp_pipeline_is_assembled_from_config_with_named_components():
    nlp = load_nlp()
    assert nlp.lang == "id"
    assert nlp.pipe_names[0] == "warta_sentences" and nlp.pipe_names[-1] == "warta_stems"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "warta.id_tokenizer.v1"
    assert not nlp.analyze_pipes()["problems"]["warta_stems"]
