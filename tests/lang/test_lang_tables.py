import pytest

from pipeline.lang.honorifics import clean_name, name_key
from pipeline.lang.regions import PROVINCE_ALIASES, REGENCY_ALIASES, gazetteer
from pipeline.lang.speech_verbs import men_prefix, speech_verb_base, verb_forms


@pytest.mark.parametrize("word,base", [
    ("kata", "kata"), ("katanya", "kata"), ("mengatakan", "kata"), ("dikatakan", "kata"), ("ujar", "ujar"),
    ("ujarnya", "ujar"), ("jelas", "jelas"), ("menjelaskan", "jelas"), ("jelasnya", "jelas"),
    ("menegaskan", "tegas"), ("tegasnya", "tegas"), ("mengungkapkan", "ungkap"), ("tuturnya", "tutur"),
    ("menuturkan", "tutur"), ("menyampaikan", "sampai"), ("disampaikan", "sampai"), ("menyoroti", "sorot"),
    ("menekankan", "tekan"), ("berharap", "harap"), ("mengimbau", "imbau"), ("memaparkan", "papar"),
    ("tandasnya", "tandas"), ("pungkasnya", "pungkas"), ("mengaku", "aku"), ("menyebutkan", "sebut"),
])
def test_speech_verbs_match_affixed_forms(word, base):
    assert speech_verb_base(word) == base


@pytest.mark.parametrize("word", ["menutup", "ditutup", "menyambung", "kantor", "menjadi", "menurut"])
def test_speech_verbs_reject_words_that_are_not_speech(word):
    assert speech_verb_base(word) is None


@pytest.mark.parametrize("base,prefixed", [
    ("kata", "mengata"), ("tegas", "menegas"), ("sampai", "menyampai"), ("jelas", "menjelas"),
    ("papar", "memapar"), ("ungkap", "mengungkap"), ("lapor", "melapor"), ("dorong", "mendorong"),
    ("kritik", "mengkritik"), ("desak", "mendesak"),
])
def test_speech_verbs_men_prefix_follows_nasal_rules(base, prefixed):
    assert men_prefix(base) == prefixed


def test_speech_verbs_generated_forms_are_pinned():
    assert verb_forms("kata") == {"kata", "katanya", "mengatakan", "dikatakan", "mengatakannya", "dikatakannya",
                                  "berkata", "berkatanya"}


@pytest.mark.parametrize("written,name", [
    ("Dr.H.Al Haris,S.Sos.,M.H.", "Al Haris"),
    ("AKBP Teguh Patriot, S.IK., M.T.", "Teguh Patriot"),
    ("Prof DR (HC) Olly Dondokambey SE", "Olly Dondokambey"),
    ("Tarmizi SP, MM", "Tarmizi"),
    ("drg. Asran Masdy", "Asran Masdy"),
    ("Andi Sudirman Sulaiman", "Andi Sudirman Sulaiman"),
    ("Prof. Dr. dr. Sukadiono, M.M", "Sukadiono"),
    ("IPTU Ikra Patamani, S.H, M.H", "Ikra Patamani"),
    ("Ir H Nanang Matalata", "Nanang Matalata"),
    ("Hj. Siti Nurbaya, S.Pd., M.Si", "Siti Nurbaya"),
    ("JOKO WIDODO", "Joko Widodo"),
    ("Bapak Sagita Wartabone", "Sagita Wartabone"),
])
def test_honorifics_clean_name_strips_titles_ranks_and_degrees(written, name):
    assert clean_name(written) == name


def test_honorifics_name_key_folds_case_and_punctuation():
    assert name_key("Dr. H. AL HARIS, S.Sos.") == "al haris"


@pytest.mark.parametrize("written,region", [
    ("Boalemo", "Kabupaten Boalemo"), ("Kabupaten Gowa", "Kabupaten Gowa"), ("Halbar", "Kabupaten Halmahera Barat"),
    ("Kab. Donggala", "Kabupaten Donggala"), ("Parimo", "Kabupaten Parigi Moutong"), ("OKI", "Kabupaten Ogan Komering Ilir"),
    ("Kabupaten PALI", "Kabupaten Penukal Abab Lematang Ilir"),
    # written apart where the official name is one word, and the other way round
    ("Kota Palangka Raya", "Kota Palangkaraya"), ("Pangkalpinang", "Kota Pangkal Pinang"),
    ("Kabupaten Karang Anyar", "Kabupaten Karanganyar"),
    # a hyphen where the gazetteer writes a space
    ("Tojo Una-Una", "Kabupaten Tojo Una Una"), ("Kabupaten Tojo Una-Una", "Kabupaten Tojo Una Una"),
])
def test_regions_regency_lookup_accepts_bare_and_short_names(written, region):
    assert gazetteer().regency(written).name == region


@pytest.mark.parametrize("written,region", [
    ("Sulut", "Provinsi Sulawesi Utara"), ("Sulawesi Selatan", "Provinsi Sulawesi Selatan"), ("NTT", "Provinsi Nusa Tenggara Timur"),
])
def test_regions_province_lookup_accepts_abbreviations(written, region):
    assert gazetteer().province(written).name == region


@pytest.mark.parametrize("word", ["Pali", "Oki", "pali"])
def test_regions_acronyms_match_only_in_capitals(word):
    assert gazetteer().regency(word) is None and not gazetteer().is_region_name(word)


def test_regions_every_regency_alias_resolves():
    assert all(gazetteer().regency(alias).name == official for alias, official in REGENCY_ALIASES.items())


def test_regions_city_is_chosen_when_the_title_says_kota():
    assert gazetteer().regency("Ambon", "kota").name == "Kota Ambon"


def test_regions_a_district_written_with_an_apostrophe_resolves():
    # Kecamatan Pajukukang (Bantaeng) is written "Pa'jukukang" in the news; the village of that name keeps its own
    assert gazetteer().code("Kecamatan Pa'jukukang") == "73.03.05"
    assert gazetteer().is_local_place("Pa'jukukang") and not gazetteer().is_local_place("Pa'jukukangan")


def test_regions_every_province_alias_resolves():
    assert [alias for alias in PROVINCE_ALIASES if gazetteer().province(alias) is None] == []


@pytest.mark.parametrize("written,official", [("Pangkalpinang", "Kota Pangkal Pinang"), ("Kota Baubau", "Kota Bau Bau")])
def test_regions_a_name_written_as_one_word_resolves(written, official):
    assert gazetteer().regency(written).name == official


@pytest.mark.parametrize("place,region", [
    ("GOWA", "Kabupaten Gowa"), ("SENTANI (JAYAPURA)", "Kabupaten Jayapura"), ("PALANGKA RAYA", "Kota Palangkaraya"),
    ("KUPANG", None), ("Jambi", None), ("DINSOS", None), (None, None),  # both a city and a regency; a province; no place
])
def test_regions_a_dateline_names_a_regency_only_when_one_is_meant(place, region):
    found = gazetteer().dateline_regency(place)
    assert (found.name if found else None) == region
