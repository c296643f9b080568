import pytest

from pipeline.extract.regulations import extract_regulations


@pytest.mark.parametrize("text,rtype,issuer,number,year,title", [
    ("Mengacu pada Peraturan Menteri Sosial Nomor 10 Tahun 2019 tentang Pekerja Sosial Masyarakat, PSM adalah",
     "Peraturan Menteri", "Menteri Sosial", "10", 2019, "Pekerja Sosial Masyarakat"),
    ("sesuai UU No. 23 Tahun 2014 tentang Pemerintahan Daerah serta aturan lain",
     "Undang-Undang", None, "23", 2014, "Pemerintahan Daerah"),
    ("berdasarkan Permendagri No. 26 Tahun 2020.", "Peraturan Menteri", "Menteri Dalam Negeri", "26", 2020, None),
    ("Peraturan Pemerintah (PP) Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, ASN dapat",
     "Peraturan Pemerintah", None, "94", 2021, "Disiplin Pegawai Negeri Sipil"),
    ("Perda Kabupaten Purworejo Nomor 13/2015 tentang Kerja Sama Daerah.",
     "Peraturan Daerah Kabupaten/Kota", "Kabupaten Purworejo", "13", 2015, "Kerja Sama Daerah"),
    ("Surat Edaran Nomor 400.3.8/5936 Tahun 2025 tentang Pengendalian Aktivitas Murid di Malam Hari.",
     "Surat Edaran", None, "400.3.8/5936", 2025, "Pengendalian Aktivitas Murid di Malam Hari"),
    ("Surat Edaran (SE) Gubernur Bali Nomor 2 Tahun 2025 terkait larangan", "Surat Edaran", "Gubernur Bali", "2", 2025, None),
    ("Qanun Aceh tentang Penyelenggaraan Pendidikan, yang menegaskan", "Peraturan Daerah Provinsi", "Aceh", None, None,
     "Penyelenggaraan Pendidikan"),
    ("diatur dalam Perbup Nomor 7 Tahun 2022 tentang Tunjangan", "Peraturan Bupati", None, "7", 2022, "Tunjangan"),
    ("PKPU Nomor 8 Tahun 2024 mengatur", "Peraturan Lembaga", "KPU", "8", 2024, None),
    # a joint ministry and agency (ATR/BPN); an instruction of a regional head, which has no type of its own
    ("mengikuti Permen ATR/Kepala BPN Nomor 21 Tahun 2020 tentang Penanganan dan Penyelesaian Kasus Pertanahan.",
     "Peraturan Menteri", None, "21", 2020, "Penanganan dan Penyelesaian Kasus Pertanahan"),
    ("mematuhi Instruksi Gubernur Lampung Nomor 3 Tahun 2025 tentang Pengawasan Angkutan Barang.", "Other",
     "Gubernur Lampung", "3", 2025, "Pengawasan Angkutan Barang"),
    ("diselesaikan lewat jalur hukum sesuai Undang-Undang Pokok Agraria.", "Undang-Undang", None, None, None,
     "Undang-Undang Pokok Agraria"),
    # a head of agency's regulation (Perka), by its full and short names
    ("mengacu pada Peraturan Kepala BNPB Nomor 4 Tahun 2008 tentang Pedoman Penyusunan Rencana Penanggulangan Bencana.",
     "Peraturan Lembaga", "BNPB", "4", 2008, "Pedoman Penyusunan Rencana Penanggulangan Bencana"),
    ("sesuai Perka BPS Nomor 37 Tahun 2010 tentang Klasifikasi Perkotaan dan Perdesaan.", "Peraturan Lembaga", "BPS",
     "37", 2010, "Klasifikasi Perkotaan dan Perdesaan"),
    ("sesuai Perpres No 12 Tahun 2021", "Peraturan Presiden", None, "12", 2021, None),
    ("dijerat Pasal 55 Ayat (1) ke-1 KUHP.", "Undang-Undang", None, None, None, "KUHP"),
    ("sesuai PP 94/2021 tentang Disiplin PNS.", "Peraturan Pemerintah", None, "94", 2021, "Disiplin PNS"),
    # a regency's qanun, a DPRD's own regulation, a ministry's lettered number
    ("Qanun Kabupaten Bireuen Nomor 5 Tahun 2021 tentang Penyelenggaraan Ketertiban Umum.",
     "Peraturan Daerah Kabupaten/Kota", "Kabupaten Bireuen", "5", 2021, "Penyelenggaraan Ketertiban Umum"),
    ("sesuai Peraturan DPRD Kabupaten Bengkulu Utara Nomor 1 Tahun 2024 tentang Tata Tertib DPRD.", "Other", "DPRD",
     "1", 2024, "Tata Tertib DPRD"),
    ("Peraturan Menteri Perhubungan Nomor PM 25 Tahun 2015 tentang Standar Keselamatan Transportasi Sungai.",
     "Peraturan Menteri", "Menteri Perhubungan", "PM 25", 2015, "Standar Keselamatan Transportasi Sungai"),
    ("Pemeriksaan mengacu pada Permenhub PM 37 Tahun 2015 tentang Standar Keselamatan Transportasi Sungai.",
     "Peraturan Menteri", "Menteri Perhubungan", "PM 37", 2015, "Standar Keselamatan Transportasi Sungai"),
    # a title ends before the phrase that follows it
    ("Qanun Aceh Nomor 6 Tahun 2014 tentang Hukum Jinayat bagi keuchik yang lalai.", "Peraturan Daerah Provinsi", "Aceh",
     "6", 2014, "Hukum Jinayat"),
    ("karena Peraturan Bupati Gorontalo Nomor 9 Tahun 2025 tentang besaran siltap tahun ini baru ditandatangani.",
     "Peraturan Bupati", "Bupati Gorontalo", "9", 2025, "besaran siltap tahun ini"),
    # a decree's number that ends with its year
    ("Keputusan Wali Kota Palu Nomor 360/45/BPBD/2025 tentang Penetapan Status Tanggap Darurat Banjir Bandang.",
     "Keputusan", "Wali Kota Palu", "360/45/BPBD/2025", 2025, "Penetapan Status Tanggap Darurat Banjir Bandang"),
    ("Qanun Aceh Nomor 8 Tahun 2014 tentang Pokok-Pokok Syariat Islam menjadi dasar penertiban.",
     "Peraturan Daerah Provinsi", "Aceh", "8", 2014, "Pokok-Pokok Syariat Islam"),
    ("Perdasus Papua Nomor 23 Tahun 2008 tentang Hak Ulayat Masyarakat Hukum Adat berlaku.",
     "Peraturan Daerah Provinsi", "Papua", "23", 2008, "Hak Ulayat Masyarakat Hukum Adat"),
    ("Putusan MK Nomor 90/PUU-XXI/2023 jadi sorotan.", "Other", "Mahkamah Konstitusi", "90/PUU-XXI/2023", None, None),
    ("Perpres 12/2021 berlaku.", "Peraturan Presiden", None, "12", 2021, None),
    ("sesuai Perda Sumbar No 7 Tahun 2018 tentang Nagari.", "Peraturan Daerah Provinsi", "Sumbar", "7", 2018, "Nagari"),
    # the title ends before the date the regulation was issued
    ("Dinkes menerbitkan Surat Edaran Nomor 443/112/Dinkes tentang Kewaspadaan Kasus DBD pada 27 Januari 2025.",
     "Surat Edaran", None, "443/112/Dinkes", None, "Kewaspadaan Kasus DBD"),
])
def test_regulations_parse_type_issuer_number_year_title(text, rtype, issuer, number, year, title):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer, reg.number, reg.year, reg.title) == (rtype, issuer, number, year, title)
    assert text[reg.span[0]:reg.span[1]] == reg.text


def test_regulations_find_a_citation_nested_in_a_title():
    text = ("Undang-Undang RI No.1 Tahun 2024 tentang perubahan Kedua atas Undang-Undang RI No.11 Tahun 2008 "
            "Tentang Informasi dan Transaksi Elektronik Subsider Pasal 156a")
    found = {(r.number, r.year) for r in extract_regulations(text)}
    assert found == {("1", 2024), ("11", 2008)}


def test_regulations_list_a_regulation_cited_twice_once():
    text = "UU RI Nomor 31 Tahun 1999 dan juga UU korupsi Nomor 31 Tahun 1999 sebagaimana diubah."
    assert len(extract_regulations(text)) == 1


@pytest.mark.parametrize("text", [
    "DPRD menyetujui Ranperda tentang Penyelenggaraan Smart City Ambon.",
    "Rancangan Peraturan Daerah Nomor 3 Tahun 2024 dibahas.",
    "ditetapkan menjadi Peraturan Daerah (Perda) Kota Ambon Tahun 2025.",
    "Ia lulus dengan gelar SE dari universitas itu.",
])
def test_regulations_ignore_drafts_and_bare_mentions(text):
    assert extract_regulations(text) == []


def test_regulations_canonical_is_short_form():
    [reg] = extract_regulations("Peraturan Menteri Sosial Nomor 10 Tahun 2019")
    assert reg.to_dict()["canonical"] == "Permen 10/2019"


def test_regulations_title_may_list_several_capitalised_items():
    text = ("mengacu pada Permendagri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
            "Evaluasi Pembangunan Daerah. Hadir pula")
    [reg] = extract_regulations(text)
    assert reg.title == "Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah"


def test_regulations_a_law_cited_by_its_subject_alone_and_once_when_also_numbered():
    text = ("Langkah itu sesuai amanat UU Penanggulangan Bencana. DPR membahas RUU Penyiaran. "
            "DPRA menunda Rancangan Qanun Hukum Keluarga. Ia mengutip Undang-Undang Perlindungan Konsumen.")
    assert [(r.type, r.title) for r in extract_regulations(text)] == [
        ("Undang-Undang", "Penanggulangan Bencana"), ("Undang-Undang", "Perlindungan Konsumen")]
    text += " Dasarnya UU Nomor 24 Tahun 2007 tentang Penanggulangan Bencana."
    assert [(r.number, r.title) for r in extract_regulations(text)] == [
        (None, "Perlindungan Konsumen"), ("24", "Penanggulangan Bencana")]


@pytest.mark.parametrize("text,issuer,number,year", [
    # a ministry named by a list of its fields, commas and "dan" inside
    ("sesuai Peraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Nomor 7 Tahun 2023 tentang "
     "Rincian Prioritas Penggunaan Dana Desa Tahun 2024.",
     "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "7", 2023),
    ("diatur dalam Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 22 Tahun 2023 tentang "
     "Standar Sarana dan Prasarana.", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", "22", 2023),
    # a regulation of the police, and a circular numbered with a Roman month whose year ends the number
    ("diatur dalam Peraturan Kepolisian Negara Republik Indonesia Nomor 8 Tahun 2021 tentang Penanganan Tindak "
     "Pidana Berdasarkan Keadilan Restoratif.", "Polri", "8", 2021),
    ("berpedoman pada Surat Edaran Kapolri Nomor SE/8/VII/2018 tentang Penerapan Keadilan Restoratif.", "Kapolri",
     "SE/8/VII/2018", 2018),
])
def test_regulations_ministries_named_by_lists_police_regulations_and_roman_numbered_circulars(text, issuer, number,
                                                                                                 year):
    [reg] = extract_regulations(text)
    assert (reg.issuer, reg.number, reg.year) == (issuer, number, year)


def test_regulations_a_title_listing_its_parts_keeps_its_last_after_dan():
    text = ("Peraturan Menteri Pendidikan Nomor 22 Tahun 2023 tentang Standar Sarana pada Pendidikan Anak Usia Dini, "
            "Jenjang Pendidikan Dasar, dan Jenjang Pendidikan Menengah. Saat ini, kata dia, 87 kelas rusak.")
    [reg] = extract_regulations(text)
    assert reg.title.endswith("dan Jenjang Pendidikan Menengah")


@pytest.mark.parametrize("text,rtype,issuer,number,year", [
    # a minister's short form glued to Permen/Kepmen, listed or not, and written apart
    ("aturan SPMB mengikuti Permendikdasmen Nomor 3 Tahun 2025 tentang Sistem Penerimaan Murid Baru.",
     "Peraturan Menteri", "Menteri Pendidikan Dasar dan Menengah", "3", 2025),
    ("sesuai PermenPUPR No 12 Tahun 2014.", "Peraturan Menteri", "Menteri Pekerjaan Umum dan Perumahan Rakyat",
     "12", 2014),
    ("mengacu Permenaker 5/2021.", "Peraturan Menteri", "Menteri Ketenagakerjaan", "5", 2021),
    ("berdasarkan Kepmendagri Nomor 100.1.1-6117 Tahun 2022.", "Keputusan Menteri", "Menteri Dalam Negeri",
     "100.1.1-6117", 2022),
    ("mengikuti Permenpora Nomor 4 Tahun 2020.", "Peraturan Menteri", "Menteri Pemuda dan Olahraga", "4", 2020),
    ("mengikuti Permenlu Nomor 4 Tahun 2020.", "Peraturan Menteri", "Menteri Luar Negeri", "4", 2020),
    ("mengikuti Permenbaru Nomor 9 Tahun 2024.", "Peraturan Menteri", None, "9", 2024),
    ("zona tangkap diatur Permen KP Nomor 18 Tahun 2021.", "Peraturan Menteri", "Menteri Kelautan dan Perikanan",
     "18", 2021),
])
def test_regulations_ministers_short_forms_after_permen_and_kepmen(text, rtype, issuer, number, year):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer, reg.number, reg.year) == (rtype, issuer, number, year)


def test_regulations_a_long_acronym_in_brackets_after_the_ministry():
    [reg] = extract_regulations("mengikuti Peraturan Menteri Pendidikan Dasar dan Menengah (Permendikdasmen) Nomor 3 "
                                "Tahun 2025 tentang Sistem Penerimaan Murid Baru.")
    assert (reg.type, reg.issuer, reg.number, reg.year) == ("Peraturan Menteri", "Menteri Pendidikan Dasar dan Menengah",
                                                            "3", 2025)


@pytest.mark.parametrize("text,rtype,issuer,number,year", [
    # a short form of two words in brackets after the ministry
    ("mengacu pada Peraturan Menteri Kelautan dan Perikanan (Permen KP) Nomor 18 Tahun 2021 tentang Penempatan Alat "
     "Penangkapan Ikan.", "Peraturan Menteri", "Menteri Kelautan dan Perikanan", "18", 2021),
    # the Minister of Religious Affairs' decisions and regulations by their short forms
    ("Kuota haji sesuai KMA Nomor 92 Tahun 2025 tentang Kuota Haji Indonesia.", "Keputusan Menteri", "Menteri Agama",
     "92", 2025),
    ("Diatur dalam PMA Nomor 13 Tahun 2021 tentang Penyelenggaraan Ibadah Haji Reguler.", "Peraturan Menteri",
     "Menteri Agama", "13", 2021),
])
def test_regulations_bracketed_two_word_short_forms_and_religious_affairs(text, rtype, issuer, number, year):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer, reg.number, reg.year) == (rtype, issuer, number, year)


def test_regulations_a_codes_short_name_after_its_citation_is_the_same_law():
    text = ("Dakwaan telah memenuhi Pasal 143 ayat (2) Undang-Undang Nomor 8 Tahun 1981 tentang Hukum Acara Pidana "
            "(KUHAP). Terdakwa dijerat KUHP.")
    assert [r.canonical for r in extract_regulations(text)] == ["UU 8/1981", "UU KUHP"]


def test_regulations_an_agencys_regulation_and_a_laws_short_name_after_its_citation():
    text = ("Status mengacu pada Peraturan BNPB Nomor 4 Tahun 2020 tentang Penggunaan Dana Siap Pakai. Terdakwa dijerat "
            "UU Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi; penyidik menerapkan UU Tipikor.")
    assert [(r.type, r.issuer, r.canonical) for r in extract_regulations(text)] == [
        ("Peraturan Lembaga", "BNPB", "Peraturan 4/2020"), ("Undang-Undang", None, "UU 31/1999")]


def test_regulations_a_law_cited_by_its_acronym_alone_or_after_its_citation():
    assert [(r.type, r.number, r.title, r.canonical) for r in extract_regulations(
        "Belanja pegawai tidak melebihi 30 persen sebagaimana diamanatkan UU HKPD.")] == [
        ("Undang-Undang", None, "HKPD", "UU HKPD")]
    text = ("Disusun berdasarkan Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
            "Pemerintahan Daerah (UU HKPD). Sejak UU HKPD berlaku, tarif turun. Pelanggar ditilang sesuai UU Nomor 22 "
            "Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan. \"Itu ranahnya UU LLAJ,\" ujarnya. Sesuai UU RI Nomor 3 "
            "Tahun 2020.")
    assert [r.canonical for r in extract_regulations(text)] == ["UU 1/2022", "UU 22/2009", "UU 3/2020"]


@pytest.mark.parametrize("text,rtype,number,year", [
    ("Di Perpres 126 Tahun 2022 itu kan sudah jelas, kebutuhan garam nasional", "Peraturan Presiden", "126", 2022),
    ("teknisnya diatur melalui Perwalkot Tasikmalaya Nomor 21 Tahun 2025 tentang Petunjuk Teknis SPMB.",
     "Peraturan Wali Kota", "21", 2025),
])
def test_regulations_a_number_without_nomor_and_the_perwalkot_form(text, rtype, number, year):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.number, reg.year) == (rtype, number, year)


def test_regulations_a_code_named_whole_keeps_its_name_as_canonical():
    assert [r.canonical for r in extract_regulations("Pelaku dijerat UU ITE dan KUHP.")] == ["UU ITE", "UU KUHP"]


@pytest.mark.parametrize("text,canonicals", [
    # a law named by its subject, its short name in brackets after it: one law
    ("Ia menyinggung Undang-Undang Pengembangan dan Penguatan Sektor Keuangan (UU P2SK) yang memberi ruang.",
     ["UU Pengembangan dan Penguatan Sektor Keuangan"]),
    # a ministry whose name lists its fields, its short form in brackets before the number
    ("Kriteria mengacu pada Peraturan Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Permendes PDTT) "
     "Nomor 2 Tahun 2024 tentang Petunjuk Operasional atas Fokus Penggunaan Dana Desa Tahun 2025.", ["Permen 2/2024"]),
    # Aceh's village regulation
    ("Gampong telah menetapkan Reusam Gampong Lambaro Angan Nomor 2 Tahun 2025 tentang Keterbukaan Informasi Anggaran "
     "Gampong sebagai payung hukum.", ["Perdes 2/2025"]),
])
def test_regulations_short_names_in_brackets_listed_ministries_and_reusam(text, canonicals):
    assert [r.canonical for r in extract_regulations(text)] == canonicals


@pytest.mark.parametrize("text,rtype", [
    ("Di tingkat daerah, Kaltim bahkan punya Perda Nomor 8 Tahun 2013 tentang Penyelenggaraan Reklamasi.",
     "Peraturan Daerah Provinsi"),
    # a city owns it, or a name that is both a province and a city: the default
    ("Pemkot Samarinda punya Perda Nomor 3 Tahun 2020 tentang Sampah.", "Peraturan Daerah Kabupaten/Kota"),
    ("Gorontalo memiliki Perda Nomor 3 Tahun 2020.", "Peraturan Daerah Kabupaten/Kota"),
])
def test_regulations_a_bare_perda_owned_by_a_province_is_provincial(text, rtype):
    [reg] = extract_regulations(text)
    assert reg.type == rtype


def test_regulations_a_ministers_number_with_its_prefix_cited_twice_is_one():
    text = ("Sesuai Peraturan Menteri Perhubungan Nomor PM 82 Tahun 2014, kapal wajib laik laut. Ketentuan itu diatur "
            "dalam Permenhub PM 82/2014.")
    assert [r.number for r in extract_regulations(text)] == ["PM 82"]


@pytest.mark.parametrize("text,rtype", [
    ("Aturan itu melengkapi Undang-undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup.",
     "Undang-Undang"),
    ("Raja berjanji merevisi Peraturan Negeri Tulehu Nomor 2 Tahun 2019 tentang Pungutan Negeri.", "Peraturan Desa"),
])
def test_regulations_a_lower_case_undang_and_a_maluku_negeris_regulation(text, rtype):
    [reg] = extract_regulations(text)
    assert reg.type == rtype


@pytest.mark.parametrize("text,expected", [
    ("Status diperpanjang sesuai Perwa Nomor 45 Tahun 2022 tentang Tata Cara Penetapan Status Darurat.",
     ("Peraturan Wali Kota", "45", 2022)),
    ("Perpanjangan ditandatangani melalui Keputusan Gubernur Riau Nomor Kpts.1021/VII/2025.",
     ("Keputusan", "Kpts.1021/VII/2025", 2025)),
    ("Untuk pelanggaran yang masuk ranah Qanun Hukum Jinayat, kami limpahkan ke penyidik.",
     ("Peraturan Daerah Provinsi", None, None)),
])
def test_regulations_perwa_a_kpts_prefix_and_a_qanun_by_its_subject(text, expected):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.number, reg.year) == expected


def test_regulations_a_provincial_perda_cited_again_bare_is_one():
    text = ("Larangan itu tertuang dalam Peraturan Daerah (Perda) Provinsi Kalimantan Timur Nomor 10 Tahun 2012 tentang "
            "Penyelenggaraan Jalan Umum. \"Perda Nomor 10 Tahun 2012 itu jelas,\" katanya.")
    assert [(r.type, r.number) for r in extract_regulations(text)] == [("Peraturan Daerah Provinsi", "10")]


@pytest.mark.parametrize("text,issuer", [
    ("Skema itu diatur dalam Keputusan MenPANRB Nomor 16 Tahun 2025.", "Menteri PANRB"),
    ("Penataan itu mengacu pada Keputusan Mendagri Nomor 100.2.1.3-1317 Tahun 2024.", "Menteri Dalam Negeri"),
])
def test_regulations_a_decision_of_a_minister_by_his_short_form(text, issuer):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer) == ("Keputusan Menteri", issuer)


@pytest.mark.parametrize("text,expected", [
    # a joint decree of three ministers, cited by its subject
    ("Cuti bersama ditetapkan melalui Surat Keputusan Bersama (SKB) Menteri Agama, Menteri Ketenagakerjaan, dan "
     "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti Bersama "
     "Tahun 2026.", ("Keputusan", "Hari Libur Nasional dan Cuti Bersama Tahun 2026")),
    # a joint circular of a governor, a police chief and a military commander with a slash in his command's name
    ("Surat edaran itu merujuk pada Surat Edaran Bersama Gubernur Jawa Timur, Kapolda Jatim, dan Pangdam V/Brawijaya "
     "tentang Penggunaan Sound System di Wilayah Jawa Timur.",
     ("Surat Edaran", "Penggunaan Sound System di Wilayah Jawa Timur")),
    # three issuers of fifteen words before a lettered number
    ("Penundaan mengacu pada Surat Keputusan Bersama (SKB) Direktur Jenderal Perhubungan Darat, Kepala Korps Lalu "
     "Lintas Polri, dan Direktur Jenderal Bina Marga Nomor KP-DRJD 4532 Tahun 2025 tentang Pengaturan Lalu Lintas.",
     ("Keputusan", "Pengaturan Lalu Lintas")),
    # a Balinese customary village's rule
    ("Desa adat memperkuatnya dengan Pararem Desa Adat Ubud tentang Pengelolaan Sampah yang berlaku sejak Juni 2024.",
     ("Other", "Pengelolaan Sampah")),
])
def test_regulations_joint_decrees_and_customary_village_rules(text, expected):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.title) == expected


def test_regulations_a_law_by_its_short_name_after_its_amendment_is_cited():
    text = ("Penyesuaian menyusul terbitnya Undang-Undang Nomor 3 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang "
            "Nomor 6 Tahun 2014 tentang Desa. Aturan turunannya menyesuaikan UU Desa yang baru.")
    assert [(r.number, r.year) for r in extract_regulations(text)] == [("3", 2024), ("6", 2014)]


@pytest.mark.parametrize("text", [
    "Targetnya Perbup tentang RKPD 2026 sudah ditetapkan paling lambat akhir Juni.",
    "Pertama, Perdes tentang APBDes 2026 yang harus mengikuti aturan terbaru.",
])
def test_regulations_the_yearly_budget_or_plan_regulation_in_general_is_no_citation(text):
    assert extract_regulations(text) == []


def test_regulations_a_kind_of_regulation_named_by_a_lower_case_subject_is_no_citation():
    text = "Ia pun meminta para hukum tua untuk segera menyusun Peraturan Desa tentang pengelolaan sampah paling lambat akhir Oktober."
    assert extract_regulations(text) == []


@pytest.mark.parametrize("text,expected", [
    # a central agency's regulation by its short name
    ("Penyaluran solar diatur dalam Peraturan BPH Migas Nomor 2 Tahun 2023 yang mewajibkan surat rekomendasi.",
     ("Peraturan Lembaga", "BPH Migas", "2", 2023)),
    # a West Sumatran nagari's regulation, issued by the nagari
    ("Pungutan itu diatur dalam Peraturan Nagari Pariangan Nomor 2 Tahun 2025 tentang Pengelolaan Objek Wisata Nagari.",
     ("Peraturan Desa", "Nagari Pariangan", "2", 2025)),
])
def test_regulations_an_agency_by_its_short_name_and_a_nagari_regulation(text, expected):
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer, reg.number, reg.year) == expected


def test_regulations_a_directorates_circular_with_a_hyphenated_letter_prefix():
    text = ("KSOP juga meneruskan SE Dirjen Hubla Nomor SE-DJPL 27 Tahun 2025 tentang Kewaspadaan terhadap Cuaca Ekstrem "
            "kepada para nakhoda.")
    [reg] = extract_regulations(text)
    assert (reg.type, reg.number, reg.year, reg.title) == ("Surat Edaran", "SE-DJPL 27", 2025,
                                                            "Kewaspadaan terhadap Cuaca Ekstrem")


def test_regulations_a_law_by_its_subject_and_a_numbered_regulation_joined_by_dan():
    text = "Perda ini jadi payung hukum, sesuai amanat UU Pesantren dan Perpres Nomor 82 Tahun 2021."
    assert [(r.type, r.number, r.year, r.title) for r in extract_regulations(text)] == [
        ("Undang-Undang", None, None, "Pesantren"), ("Peraturan Presiden", "82", 2021, None)]


def test_regulations_a_short_citation_then_the_full_one_is_the_full_one():
    text = ("\"Perda Nomor 6 Tahun 2023 itu sudah jelas,\" tegasnya. Perda yang dimaksud adalah Peraturan Daerah Provinsi "
            "Bali Nomor 6 Tahun 2023 tentang Pungutan bagi Wisatawan Asing.")
    [reg] = extract_regulations(text)
    assert (reg.type, reg.issuer, reg.title) == ("Peraturan Daerah Provinsi", "Provinsi Bali", "Pungutan bagi Wisatawan Asing")


@pytest.mark.parametrize("text,types", [
    # a regency's qanun, and the province's
    ("Penyusunan qanun gampong harus merujuk pada Qanun Aceh Besar Nomor 8 Tahun 2016 tentang Pemerintahan Gampong.",
     ["Peraturan Daerah Kabupaten/Kota"]),
    ("Pelanggar dijerat Qanun Aceh Nomor 6 Tahun 2014 tentang Hukum Jinayat.", ["Peraturan Daerah Provinsi"]),
    # a bare Perda inside a provincial Perda's title is the province's
    ("Perlindungan siswa perlu diperkuat lewat revisi Perda Provinsi Bengkulu Nomor 2 Tahun 2024 tentang Perubahan atas "
     "Peraturan Daerah Nomor 5 Tahun 2019 tentang Penyelenggaraan Pendidikan.",
     ["Peraturan Daerah Provinsi", "Peraturan Daerah Provinsi"]),
])
def test_regulations_a_regencys_qanun_and_a_perda_amended_by_the_province(text, types):
    assert [r.type for r in extract_regulations(text)] == types


def test_regulations_the_energy_ministrys_decree_number_with_a_letter():
    [reg] = extract_regulations("Kewajiban itu diatur dalam Kepmen ESDM Nomor 1827 K/30/MEM/2018 tentang Pedoman "
                                "Pelaksanaan Kaidah Teknik Pertambangan yang Baik.")
    assert (reg.type, reg.number, reg.year) == ("Keputusan Menteri", "1827 K/30/MEM/2018", 2018)


def test_regulations_a_bodys_name_inside_a_slashed_number():
    [reg] = extract_regulations("Kuota ditetapkan melalui Keputusan Kepala BPH Migas Nomor 16/P3JBT/BPH Migas/Kom/2024.")
    assert (reg.type, reg.number, reg.year) == ("Keputusan", "16/P3JBT/BPH Migas/Kom/2024", 2024)


@pytest.mark.parametrize("text,found", [
    # "SE" is a circular when an issuer's title and "tentang" follow; a degree otherwise
    ("Sesuai SE Bupati tentang Pengendalian Penyaluran BBM Bersubsidi yang terbit September lalu.", ["Surat Edaran"]),
    ("Budi Santoso SE tentang hal itu mengatakan cukup.", []),
])
def test_regulations_a_circular_by_its_short_form_and_title(text, found):
    assert [r.type for r in extract_regulations(text)] == found


def test_regulations_a_village_budget_regulation_spelled_out_is_a_kind_not_a_citation():
    assert extract_regulations("Sebanyak 192 desa diminta menuntaskan Peraturan Desa (Perdes) tentang Anggaran Pendapatan "
                               "dan Belanja Desa (APBDes) Tahun Anggaran 2025.") == []


@pytest.mark.parametrize("written", ["Peraturan Kampung Linggang Bigung Nomor 3 Tahun 2025",
                                     "Peraturan Lembang Sesean Nomor 2 Tahun 2024",
                                     "Peraturan Kalurahan Wirokerten Nomor 3 Tahun 2025"])
def test_regulations_village_regulations_under_their_regional_names(written):
    [regulation] = extract_regulations(f"Kegiatan itu dianggarkan dalam {written} tentang Anggaran Desa.")
    assert regulation.type == "Peraturan Desa"


def test_regulations_the_constitution_by_its_name_has_its_year():
    [regulation] = extract_regulations("Alokasi pendidikan sesuai amanat Pasal 31 ayat (4) UUD 1945.")
    assert (regulation.type, regulation.number, regulation.year) == ("Undang-Undang Dasar", None, 1945)


def test_regulations_a_ministers_decision_written_sk_menteri():
    [regulation] = extract_regulations("Sanksi dijatuhkan melalui SK Menteri Lingkungan Hidup tentang Penerapan Sanksi "
                                       "Administratif Paksaan Pemerintah. Dalam SK tersebut, Pemkot diberi waktu.")
    assert (regulation.type, regulation.issuer) == ("Keputusan Menteri", "Menteri Lingkungan Hidup")


def test_regulations_a_title_ends_before_the_next_citation_after_dan():
    text = ("Operator wajib memenuhi standar sesuai Permenhub PM 20 Tahun 2015 tentang Standar Keselamatan Pelayaran dan "
            "Perbup Alor No 31/2022. Menurutnya, masih banyak perahu.")
    assert [r.title for r in extract_regulations(text)] == ["Standar Keselamatan Pelayaran", None]


def test_regulations_a_title_ends_before_the_month_it_was_issued_in():
    text = ("Bupati Lingga telah menerbitkan Surat Edaran Nomor 500.2/123/EKON/2025 tentang Pengawasan Pendistribusian "
            "LPG Tabung 3 Kg Tepat Sasaran pada April lalu.")
    assert [r.title for r in extract_regulations(text)] == ["Pengawasan Pendistribusian LPG Tabung 3 Kg Tepat Sasaran"]


def test_regulations_perban_is_a_bodys_regulation():
    text = "Penyaluran bantuan sesuai Perban BNPB Nomor 3 Tahun 2018 tentang Penggunaan Dana Siap Pakai."
    assert [(r.type, r.issuer, r.number, r.year) for r in extract_regulations(text)] == [
        ("Peraturan Lembaga", "BNPB", "3", 2018)]


def test_regulations_perbadan_is_a_bodys_regulation():
    text = "Harga acuan sebagaimana diatur dalam Perbadan Nomor 6 Tahun 2023 seharusnya tidak kurang dari Rp 25.000."
    assert [(r.type, r.number, r.year) for r in extract_regulations(text)] == [("Peraturan Lembaga", "6", 2023)]
