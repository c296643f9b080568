import pytest

from pipeline.normalize.text import clean_text


@pytest.mark.parametrize("raw,clean", [
    ("kata\u00a0dia", "kata dia"),
    ("zero\u200bwidth", "zerowidth"),
    ("soft\u00adhyphen", "softhyphen"),
    ("a  b \t c", "a b c"),
    ("para satu\r\n\r\n\r\npara dua", "para satu\n\npara dua"),
    ("&ldquo;Halo&rdquo; &amp; salam", "“Halo” & salam"),
    ("â€œBaikâ€\u009d katanya", "“Baik” katanya"),
    ("„Kutipan‟ lama", "“Kutipan“ lama"),
    ("baris \u2028 baru", "baris\nbaru"),
    ("ctrl\x07char", "ctrlchar"),
    ("‘‘Kami siap,’’ kata Gung Surya. Lalu ‘tidak’.", "“Kami siap,” kata Gung Surya. Lalu ‘tidak’."),  # Tribun Bali
    ("‘’Kita sudah sampaikan,’’ kata Kaize. Lalu ‘tidak’.", "“Kita sudah sampaikan,” kata Kaize. Lalu ‘tidak’."),  # Radar Merauke
])
def test_text_cleaning_repairs_unicode_spaces_and_entities(raw, clean):
    assert clean_text(raw).text == clean


def test_text_cleaning_maps_every_output_character_back_to_the_input():
    raw = "  Kepala\u00a0Dinas  “Sosial”\u200b  hadir\r\n\r\nlagi"
    cleaned = clean_text(raw)
    for i, ch in enumerate(cleaned.text):
        source = raw[cleaned.source_offset(i)]
        assert ch == source or (ch == " " and source.isspace()) or (ch == "\n" and source in "\r\n")


@pytest.mark.parametrize("raw,place,outlet", [
    ("HABARI.ID, DINSOS | Kepala Bidang hadir.", "DINSOS", "HABARI.ID"),
    ("BOALEMO, ARAHMU.ID — Bupati Boalemo hadir.", "BOALEMO", "ARAHMU.ID"),
    ("ENREKANG, UPEKS — Bupati hadir.", "ENREKANG", "UPEKS"),
    ("Ambon (ANTARA) - Tim penyidik menahan tiga orang.", "Ambon", "ANTARA"),
    ("Kupang,nwartapedia.com — Deputi meninjau.", "Kupang", "nwartapedia.com"),
    ("CISARUA-RADAR BOGOR, Ratusan pedagang menolak.", "CISARUA", "RADAR BOGOR"),
    ("POS-KUPANG.COM, ENDE - Kekeringan melanda.", "ENDE", "POS-KUPANG.COM"),  # one outlet's domain with a hyphen
    ("TERASMALUKU.COM,-AMBON-Dinas Pendidikan memastikan.", "AMBON", "TERASMALUKU.COM"),  # the place glued to the body
    ("HABADAILY.COM – MEULABOH – Pemerintah Kabupaten Aceh Barat meminta.", "MEULABOH", "HABADAILY.COM"),  # a town
    ("TRIBUNNEWS.COM - KPU-Bawaslu sepakat.", None, "TRIBUNNEWS.COM"),  # (not a place: KPU)
])
def test_text_cleaning_reports_datelines(raw, place, outlet):
    cleaned = clean_text(raw)
    assert cleaned.dateline == {"place": place, "outlet": outlet}
    assert cleaned.text == raw  # the dateline stays in the text; only reported
    assert not cleaned.text[cleaned.body_start:].startswith(("|", "—", "-"))


@pytest.mark.parametrize("raw,authors", [
    ("ungkap Sagita. (dik/habari.id)", ["dik"]),
    ("kata dia. (nia/red)", ["nia"]),
    ("selesai. (Sur).", ["Sur"]),
    ("tanpa penanda di akhir.", []),
    ("(hsa/hsa)", ["hsa"]),
    # credit lines at the end: the writers are authors, the editors are not
    ("kata dia.\nPewarta: Rahmat Hidayat\nEditor: Siti Nurhaliza", ["Rahmat Hidayat"]),
    ("kata dia. (rhm/red)\nPenulis: Rahmat\nEditor: Andi", ["rhm", "Rahmat"]),
])
def test_text_cleaning_reads_sign_off_authors(raw, authors):
    cleaned = clean_text(raw)
    assert cleaned.authors == authors
    assert cleaned.body_end <= len(cleaned.text)


def test_text_cleaning_is_no_dateline_for_a_plain_sentence():
    assert clean_text("Kepala Dinas Sosial hadir di acara itu.").dateline is None


def test_text_cleaning_reads_the_reporter_line_before_the_dateline():
    cleaned = clean_text("Laporan Reporter POS-KUPANG.COM, Albert Aquinaldo\nPOS-KUPANG.COM, ENDE - Kekeringan melanda.")
    assert cleaned.authors == ["Albert Aquinaldo"]
    assert cleaned.dateline == {"place": "ENDE", "outlet": "POS-KUPANG.COM"}
    assert cleaned.text[cleaned.body_start:] == "Kekeringan melanda."


def test_text_cleaning_drops_page_furniture_and_keeps_offsets():
    raw = ("Bupati meresmikan pasar.\nBaca Juga: Bupati Tinjau Banjir di Limboto\n“Pasar ini untuk rakyat,” kata dia.\n"
           "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n(Foto: Humas Pemkab)\nWarga menyambut baik.")
    cleaned = clean_text(raw)
    assert cleaned.text == "Bupati meresmikan pasar.\n“Pasar ini untuk rakyat,” kata dia.\nWarga menyambut baik."
    for i, ch in enumerate(cleaned.text):
        assert raw[cleaned.source_offset(i)] == ch
    # a line that only starts like furniture inside a sentence stays
    assert clean_text("Ia meminta warga baca juga aturan itu.").text == "Ia meminta warga baca juga aturan itu."
    assert clean_text("Bupati hadir.\nIklan rokok dilarang di sini.").text == "Bupati hadir.\nIklan rokok dilarang di sini."
