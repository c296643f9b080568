"""The habari.id article the project started from comes out complete (issue 2's acceptance test)."""
from pipeline import extract


def test_seed_article_yields_officials_quotes_date_venue_and_regulation(seed_text):
    record = extract(seed_text, published="2024-02-23", source="habari.id")
    officials = {o["name"]: o for o in record["officials"]}
    assert set(officials) == {"Indry Pakaya", "Sagita Wartabone"}
    assert officials["Indry Pakaya"]["position"] == "Kepala Bidang Pemberdayaan Potensi Sumber Kesejahteraan Sosial"
    assert officials["Sagita Wartabone"]["position"] == "Kepala Dinas"
    assert officials["Sagita Wartabone"]["organization"] == "Dinas Sosial"
    direct = [(q["text"][:40], q["speaker"], q["cue"]) for q in record["quotes"] if q["type"] == "direct"]
    assert direct == [("Implementasi materi yang diterima dalam ", "Indry Pakaya", "jelas"),
                      ("Mengacu pada Peraturan Menteri Sosial No", "Sagita Wartabone", "ungkap")]
    assert [d["value"] for d in record["dates"]] == ["2024-02-23"]
    assert [(v["name"], v["region"]) for v in record["venues"]] == [("Villa Kencana", "Kabupaten Boalemo")]
    [reg] = record["regulations"]
    assert (reg["type"], reg["issuer"], reg["number"], reg["year"]) == ("Peraturan Menteri", "Menteri Sosial", "10", 2019)
    assert record["authors"] == ["dik"]
    assert record["dateline"] == {"place": "DINSOS", "outlet": "HABARI.ID"}


def test_seed_article_offsets_index_the_output_text(seed_text):
    record = extract(seed_text)
    text = record["text"]
    for key in ("quotes", "dates", "venues", "regulations"):
        for item in record[key]:
            written = item["text"] if key != "venues" else item["name"]
            assert text[item["start"]:item["end"]] == written
    for official in record["officials"]:
        for mention in official["mentions"]:
            assert text[mention["start"]:mention["end"]] in official["name"]
