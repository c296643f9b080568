import pytest

from pipeline.extract.officials import extract_officials, split_position, title_case_capitals, with_inferred_regions


@pytest.mark.parametrize("text,name,position", [
    ("Kepala Dinas Sosial Sagita Wartabone menyampaikan bahwa peran itu penting.", "Sagita Wartabone", "Kepala Dinas"),
    ("Gubernur Sulsel, Andi Sudirman Sulaiman mengatakan bantuan tiba.", "Andi Sudirman Sulaiman", "Gubernur"),
    ("Kapolres Halmahera Barat, AKBP Teguh Patriot, S.IK., M.T., memberikan atensi.", "Teguh Patriot", "Kapolres"),
    ("kata Kasi Pidsus Kejari Malteng Junita Sahetapy di Ambon.", "Junita Sahetapy", "Kasi Pidsus"),
    ("Prof DR (HC) Olly Dondokambey SE Gubernur Sulawesi Utara hari ini", "Olly Dondokambey", "Gubernur"),
    ("Bupati Aceh Barat, Tarmizi SP, MM atas dukungannya", "Tarmizi", "Bupati"),
    ("Ketua Majelis Hakim Ernawati Anwar menyatakan terdakwa bersalah.", "Ernawati Anwar", "Ketua Majelis Hakim"),
    ("Plt Sekretaris Dinkes Kota Kupang, Ngurah Suarnawa, melaporkan", "Ngurah Suarnawa", "Plt Sekretaris"),
    ("Ketua Tim Penggerak PKK Kota Kupang dr. Widya Cahya, serta pejabat", "Widya Cahya", "Ketua Tim Penggerak"),
    ("Wakil Bupati Gorontalo Hendra Hemeto membuka acara", "Hendra Hemeto", "Wakil Bupati"),
    ("Camat Tilamuta Ridwan Yasin hadir", "Ridwan Yasin", "Camat"),
    ("Kepala Desa Piloliyanga, Hamzah Ali, menerima", "Hamzah Ali", "Kepala Desa"),
    ("Ketua DPRD Boalemo Karyawan Eka Putra Noho menegaskan", "Karyawan Eka Putra Noho", "Ketua"),
    ("Kabid Humas Polda Maluku Kombes Pol. Areis Aminulla di Ambon", "Areis Aminulla", "Kabid Humas"),
    ("dan Kapolda Gorontalo Irjen Pol Angesta Romano Yoyol.", "Angesta Romano Yoyol", "Kapolda"),
    ("Dandim 1304 Gorontalo Letkol Inf Arif Wibowo hadir", "Arif Wibowo", "Dandim"),
    ("Kepala Perwakilan Bank Indonesia Gorontalo Dian Nugraha menambahkan", "Dian Nugraha", "Kepala Perwakilan"),
    ("Kapolsek Tilamuta Iptu Rahmat Hidayat mengatakan", "Rahmat Hidayat", "Kapolsek"),
    ("Direktur RSUD Tani dan Nelayan, dr. Fitriyanti, menjelaskan", "Fitriyanti", "Direktur"),
    ("Kepala Sekolah SMPN 1 Tilamuta, Hj. Rahmawati Ismail, S.Pd., M.Pd, berharap", "Rahmawati Ismail", "Kepala"),
    ("Sementara itu, Siti Rahma selaku Kepala Puskesmas Tilamuta menjelaskan", "Siti Rahma", "Kepala"),
    ("Rahmat Hidayat yang juga Ketua DPRD Gowa mengatakan", "Rahmat Hidayat", "Ketua"),
    ("dan Kadis Kominfo Sulsel Sultan Rakib.", "Sultan Rakib", "Kadis"),
    ("Hadir Kepala Dinas Sosial, Indry Pakaya. Indry mengatakan", "Indry Pakaya", "Kepala Dinas"),
    ("Kepala BPBD Dr. H. Muh. Ridwan Yasin, S.Sos., M.Si mengatakan", "Muh. Ridwan Yasin", "Kepala"),
    # names with words that look like office words: a rank word of unit names, words that only look affixed
    ("Kasatreskrim Polres Madiun Kota AKP Bayu Pratama Hutagalung menambahkan", "Bayu Pratama Hutagalung", "Kasatreskrim"),
    ("Kepala Pelaksana BPBD Sikka, Kornelis Lado Wungo, menyebut", "Kornelis Lado Wungo", "Kepala Pelaksana"),
    ("Kepala Dinas Perhubungan, Ikhsan Nur Fadillah, mengatakan", "Ikhsan Nur Fadillah", "Kepala Dinas"),
    ("Kepala KPP Pratama Makassar Utara, Budi Santoso, mengatakan", "Budi Santoso", "Kepala KPP Pratama Makassar Utara"),
    # after a neighbourhood's bare name, a one-word name between commas
    ("Ketua RT 12 Karang Anyar, Baharuddin, mengatakan warganya mengungsi.", "Baharuddin", "Ketua RT 12 Karang Anyar"),
    ("Kepala Bidang Bina Marga Dinas PUPR Kabupaten Gowa, Andi Rahmat, S.T., menjelaskan", "Andi Rahmat",
     "Kepala Bidang Bina Marga"),
    ("Hal itu disampaikan Dandim 1304/Gorontalo Letkol Inf Hariyanto saat membuka", "Hariyanto", "Dandim"),
    ("Jakarta - Menteri Dalam Negeri Tito Karnavian menginstruksikan", "Tito Karnavian", "Menteri Dalam Negeri"),
    ("Direktur Jenderal Otonomi Daerah Kemendagri Akmal Hidayat Siregar mengatakan", "Akmal Hidayat Siregar",
     "Direktur Jenderal Otonomi Daerah"),
    ("Ketua Dewan Adat Wilayah Lapago, Markus Yikwa Asso mengatakan", "Markus Yikwa Asso", "Ketua"),
    # a Riau village head named by one word after a description, before his title
    ("Salah seorang peserta, Sutrisno, Penghulu Kampung Dayun, mengaku terbantu.", "Sutrisno", "Penghulu Kampung"),
    # a bare title, a body's name and its head's, set off by commas
    ("Presiden Confreria Reinha Rosari, Yoseph Diaz Fernandez, berharap peziarah tertib.", "Yoseph Diaz Fernandez",
     "Presiden Confreria Reinha Rosari"),
    ("Ketua Pokdarwis Kemiren, Wiwik Handayani, menuturkan", "Wiwik Handayani", "Ketua"),
    ("Kepala Satpol PP-WH Aceh Utara, Teuku Mirza Fahlevi, S.STP, M.Si, menyatakan", "Teuku Mirza Fahlevi", "Kepala"),
    ("Ketua Komisi C DPRD Kota Makassar, Sangkala Daeng Tompo, meminta", "Sangkala Daeng Tompo", "Ketua"),
    ("Kepala Biro Pemerintahan dan Otonomi Daerah Setdaprov Sulteng, Kaharuddin Lasenggo, di Palu.",
     "Kaharuddin Lasenggo", "Kepala"),
    ("Peneliti Komite Pemantau Pelaksanaan Otonomi Daerah (KPPOD), Hendra Wijaya Tanoto, menilai", "Hendra Wijaya Tanoto",
     "Peneliti"),
    ("Danramil 1304-05/Tilamuta Kapten Inf Ahmad Rifai turut hadir", "Ahmad Rifai", "Danramil"),
    ("Kepala SMP Negeri 2 Limboto, Hj. Nurdin Mohi, S.Pd, berharap", "Nurdin Mohi", "Kepala"),
    ("Ketua Pokja Tanjung Karang, Rudi Hartono, menilai", "Rudi Hartono", "Ketua Pokja Tanjung Karang"),
    ("Kepala Dinas Pemberdayaan Masyarakat dan Nagari (DPMN) Agam, Yogi Syahputra Tanjung, S.STP, menyampaikan",
     "Yogi Syahputra Tanjung", "Kepala Dinas"),
    ("Rapat dihadiri Ketua Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Agam, Ismail Datuak Rajo Batuah, dan "
     "perwakilan warga.", "Ismail Datuak Rajo Batuah", "Ketua"),
    ("Hukum Tua Desa Tountimomor, Kecamatan Kakas, Stevie Rumengan, mengaku", "Stevie Rumengan", "Hukum Tua"),
    ("Pembakal Kapar, Ahmad Fauzi, menyebut warganya menantikan air", "Ahmad Fauzi", "Pembakal"),  # South Kalimantan
    ("Anggota Komisi III DPRD Kalimantan Timur dari daerah pemilihan Samarinda, Yohanes Lawing Lejau, menilai",
     "Yohanes Lawing Lejau", "Anggota"),
    ("Peneliti Center of Reform on Economics (Core) Indonesia, Syarifah Nadia Alhabsyi, menilai",
     "Syarifah Nadia Alhabsyi", "Peneliti"),
    ("Lurah Pagesangan, Lalu Ikhsan Hadi, menuturkan", "Lalu Ikhsan Hadi", "Lurah"),
    # Bugis shortened name parts (Sitti, Daeng), also in CAPITALS, where "ST" would be a degree
    ("Ketua TP-PKK Kabupaten Sigi, St. Rahmah Dg. Mattau, membuka acara", "St. Rahmah Dg. Mattau", "Ketua TP-PKK"),
    ("Ketua TP-PKK Kabupaten Sigi, NY. ST. RAHMAH DG. MATTAU membuka acara", "St. Rahmah Dg. Mattau", "Ketua TP-PKK"),
    # name parts with a full stop inside a name (Minang gelar, Maluku "Hi."), "Hi." at the start is Haji
    ("Ketua Paguyuban, Sdr. BUDI PRAYITNO ST. BAGINDO, menyampaikan laporan.", "Budi Prayitno St. Bagindo", "Ketua"),
    ("Ketua DPRD Agam, Ismail Dt. Rajo Mudo, hadir.", "Ismail Dt. Rajo Mudo", "Ketua"),
    ("Kepala Dinas Pasar, Arifin Hi. Sangaji, meninjau lokasi.", "Arifin Hi. Sangaji", "Kepala Dinas"),
    ("Kepala Dinas Pasar, Hi. Abubakar Tuasikal, meninjau lokasi.", "Abubakar Tuasikal", "Kepala Dinas"),
    # "A selaku B, Name": the first office is the person's own
    ("Wakil Bupati Lombok Timur selaku Ketua Tim Percepatan Penurunan Stunting (TPPS), H. Lalu Muhammad Zainul Majdi, "
     "membuka rapat.", "Lalu Muhammad Zainul Majdi", "Wakil Bupati"),
    ("Sekda Boalemo selaku Ketua TAPD, Sherman Moridu, menyampaikan.", "Sherman Moridu", "Sekda"),
    # "TNI" after an army rank
    ("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Letjen TNI Suharyanto meninjau", "Suharyanto", "Kepala Badan"),
    # a ship captain's title, an organisation of several words before a name with an age
    ("Kepala KSOP Kelas III Tarakan, Capt. Yosef Lumban Gaol, menambahkan", "Yosef Lumban Gaol", "Kepala KSOP Kelas III"),
    ("Ketua Kelompok Tani Sintuvu Maroso, Yusuf Lamasitudju (52), mengaku", "Yusuf Lamasitudju", "Ketua"),
    # a nursing degree after the name
    ("Kepala Puskesmas Tarus, Dominggus Bire Lado, S.Kep., Ns., mengakui", "Dominggus Bire Lado", "Kepala"),
    # a word after the title before the appositive name
    ("Penjelasan itu tak memuaskan anggota Komisi II lainnya, Wa Ode Nurhasanah.", "Wa Ode Nurhasanah", "anggota"),
    ("Kepala Bidang Pendidikan Tinggi pada dinas itu, Agustinus Saiba, menambahkan.", "Agustinus Saiba",
     "Kepala Bidang Pendidikan Tinggi"),
    # a possessive title: the body's spokesperson
    ("Fraksi Golkar melalui juru bicaranya, Rahmat Pakaya, menyoroti serapan anggaran", "Rahmat Pakaya", "juru bicara"),
    # a lecturer's field in lower case
    ("Dosen ilmu politik Universitas Tadulako, Nurhayati Lamakarate, menilai", "Nurhayati Lamakarate",
     "Dosen ilmu politik"),
    # a state company's English titles, the company apart
    ("Sales Branch Manager Pertamina Patra Niaga Rayon Kediri, Dimas Anggoro, mengatakan", "Dimas Anggoro",
     "Sales Branch Manager"),
    ("Sales Area Manager Pertamina Patra Niaga Kalimantan Selatan, Andika Pratama Nugraha, menyebut",
     "Andika Pratama Nugraha", "Sales Area Manager"),
])
def test_officials_read_title_and_name_around_each_other(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,name,position,organization,region", [
    # Roman numerals and RI stay in capitals when the line is title-cased
    ("ANGGOTA KOMISI IV DPR RI, RACHMAT GOBEL, meninjau pasar.", "Rachmat Gobel", "Anggota", "Komisi IV DPR RI", None),
    # a village or ward after a title that is not its head, read to the comma before the name
    ("Ketua RT 03 Kelurahan Limba B, Ahmad Yani, mengatakan warga mengungsi.", "Ahmad Yani", "Ketua RT 03", None,
     "Kelurahan Limba B"),
    ("Ketua BPD Desa Bulota, Ahmad Yani, mengatakan", "Ahmad Yani", "Ketua BPD", None, "Desa Bulota"),
    ("Sekdes Bubaa Ahmad Yani hadir.", "Ahmad Yani", "Sekdes", None, "Desa Bubaa"),
    # customary and regional heads of districts and villages
    ("Panewu Kalasan, Drs. Suryo Atmojo, menyebut", "Suryo Atmojo", "Panewu", None, "Kapanewon Kalasan"),
    ("Imum Mukim Lamreung, Tgk. H. Abdullah Ibrahim, mengusulkan", "Abdullah Ibrahim", "Imum Mukim", None,
     "Mukim Lamreung"),
    ("Ondoafi Kampung Enggros, Origenes Sanyi, berharap", "Origenes Sanyi", "Ondoafi", None, "Kampung Enggros"),
    ("Damang Kepala Adat Kecamatan Sebangau, Ardianto Bungai, mengingatkan", "Ardianto Bungai", "Damang Kepala Adat",
     None, "Kecamatan Sebangau"),
    # a place of two or three words after a local head: the gazetteer's, or all of it before a name's comma
    ("Camat Medan Johor Budi Santoso hadir.", "Budi Santoso", "Camat", None, "Kecamatan Medan Johor"),
    # a unit's place before the comma, then the name with degrees written after a space
    ("Kepala SDN 3 Cikajang, Euis Komariah SPd, mengatakan atap ambruk.", "Euis Komariah", "Kepala", "SDN 3 Cikajang", None),
    ("Direktur Utama Perumda Pasar Argha Nayottama, Made Sukadana SE MM, menjelaskan tarif naik.", "Made Sukadana",
     "Direktur Utama", "Perumda Pasar Argha Nayottama", None),
    # a known village, then one word that is no place before the verb: the head's name
    ("Kades Kebonharjo Mulyono mengatakan jalan desa rusak.", "Mulyono", "Kades", None, "Desa Kebonharjo"),
    ("Wali Nagari Sungai Pua, Budi Santoso, hadir.", "Budi Santoso", "Wali Nagari", None, "Nagari Sungai Pua"),
    # ... but "dan Desa" inside a unit's name is not a village
    ("Kepala Dinas Pemberdayaan Masyarakat dan Desa, Ahmad Yani, hadir.", "Ahmad Yani", "Kepala Dinas",
     "Dinas Pemberdayaan Masyarakat dan Desa", None),
    # a village head, the place the village lies in, then a name of one word or more
    ("Lurah Kalurahan Mangunan, Kapanewon Dlingo, Suparjiyo, mengatakan", "Suparjiyo", "Lurah", None, "Kalurahan Mangunan"),
    ("Kepala Kampung Waisai, Distrik Waigeo Selatan, Yulius Mambrasar, mengatakan", "Yulius Mambrasar", "Kepala Kampung",
     None, "Kampung Waisai"),
    ("Wali Nagari Kambang Utara, Kecamatan Lengayang, Zulkarnain, mengatakan", "Zulkarnain", "Wali Nagari", None,
     "Nagari Kambang Utara"),
    ("Kepala Desa Bulota, Kecamatan Tilamuta, Hamzah Ali, mengatakan", "Hamzah Ali", "Kepala Desa", None, "Desa Bulota"),
    # the press's short names of regencies end the title, in capitals only when they are acronyms
    ("Bupati Konsel Surunuddin Dangga meresmikan pasar.", "Surunuddin Dangga", "Bupati", None, "Kabupaten Konawe Selatan"),
    ("Wakil Bupati Sidrap Nurkanaah hadir.", "Nurkanaah", "Wakil Bupati", None, "Kabupaten Sidenreng Rappang"),
    ("Bupati PALI Heri Amalindo hadir.", "Heri Amalindo", "Bupati", None, "Kabupaten Penukal Abab Lematang Ilir"),
    ("Kepala Dinas Petrus Pali Ambaa hadir.", "Petrus Pali Ambaa", "Kepala Dinas", "Dinas", None),
])
def test_officials_position_organisation_and_region_parts(text, name, position, organization, region):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization, official.region) == \
        (name, position, organization, region)


@pytest.mark.parametrize("text,name,organization", [
    # a comma inside a unit's name, closed by its acronym
    ("Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida) Sdr. IRFAN TAHIR PONULELE hadir.",
     "Irfan Tahir Ponulele", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"),
    # merged agencies list their fields with commas and "dan"
    ("Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Sigi, Nurhayati Tombolotutu, S.P., menjelaskan",
     "Nurhayati Tombolotutu", "Dinas Tanaman Pangan, Hortikultura dan Perkebunan"),
    ("Kepala Dinas Pendidikan, Kebudayaan dan Olahraga Provinsi Papua Barat, Dr. Barnabas Rumbiak, M.Pd., mengatakan",
     "Barnabas Rumbiak", "Dinas Pendidikan, Kebudayaan dan Olahraga"),
    ("Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana, Ani Wijaya, "
     "hadir.", "Ani Wijaya", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"),
    # ... but a name after the comma is the person, even with an acronym after it or another name
    ("Kepala Dinas Sosial, Budi Santoso (Kadis), hadir.", "Budi Santoso", "Dinas Sosial"),
    ("Kepala Dinas Sosial, Indah Lestari dan stafnya hadir.", "Indah Lestari", "Dinas Sosial"),
])
def test_officials_unit_names_with_a_comma(text, name, organization):
    [official] = extract_officials(text)
    assert (official.name, official.organization) == (name, organization)


@pytest.mark.parametrize("text", [
    "“Pedagang harus tertib,” ujar mantan Camat Medan Johor itu.",  # a title pointing back
    "Tersangka berinisial AS selaku mantan Kepala Desa Honbola dan RM selaku Bendahara Desa.",  # a village, initials
    "Kejari Banggai Tahan Mantan Kepala Desa dan Bendahara Desa Honbola dalam Perkara Korupsi",
])
def test_officials_titles_that_name_nobody(text):
    assert extract_officials(text) == []


@pytest.mark.parametrize("text,name,position,region", [
    # a regency named like Bali's hamlets, a prosecutor's office named "Negeri", a sentence ending after a title
    ("Kapolres Banjar AKBP Fadli Rahman Nasution, S.I.K., M.H. mengatakan", "Fadli Rahman Nasution", "Kapolres",
     "Kabupaten Banjar"),
    ("RM selaku Bendahara Desa. Kepala Kejaksaan Negeri Banggai, Fathurrahman Assegaf, menyampaikan.",
     "Fathurrahman Assegaf", "Kepala", "Kabupaten Banggai"),
])
def test_officials_level_words_inside_other_names(text, name, position, region):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.region) == (name, position, region)


def test_officials_a_name_before_its_title_starts_after_the_sentence_before():
    text = "“Banyak operator desa yang baru,” ujar Yusran.\nIsmail Mopangga, Kepala Desa Bulota, mengatakan"
    assert [(o.name, o.position) for o in extract_officials(text)] == [("Ismail Mopangga", "Kepala Desa")]


def test_officials_two_titled_people_in_one_sentence():
    text = "Hadir Bupati Purworejo Agus Bastian, Wakil Bupati Yuli Hastuti, para anggota DPRD."
    assert [(o.name, o.position) for o in extract_officials(text)] == [("Agus Bastian", "Bupati"),
                                                                       ("Yuli Hastuti", "Wakil Bupati")]


def test_officials_one_title_for_several_people():
    text = "didampingi Wakil Ketua DPRD Kelik Susilo Ardani, Fran Suharmaji, dan Yophi Prabowo."
    assert [(o.name, o.position) for o in extract_officials(text)] == [
        ("Kelik Susilo Ardani", "Wakil Ketua"), ("Fran Suharmaji", "Wakil Ketua"), ("Yophi Prabowo", "Wakil Ketua")]


def test_officials_merge_short_mentions_into_the_fullest_name():
    text = ("Kepala Dinas Sosial Sagita Wartabone membuka acara. Sagita juga mengingatkan peserta. "
            "Sekda Kota Kupang Jeffry Pelt hadir. Sekda Jeffry menyampaikan apresiasi.")
    officials = extract_officials(text)
    assert [o.name for o in officials] == ["Sagita Wartabone", "Jeffry Pelt"]
    sagita = officials[0]
    assert all(text[s:e] in ("Sagita Wartabone", "Sagita", "Wartabone") for s, e in sagita.mentions)


@pytest.mark.parametrize("text", [
    "Gubernur mengungkapkan dana hibah untuk KPU.",
    "Warga bernama Budi Santoso mengatakan jalan rusak.",
    "Pemerintah Kabupaten Gowa menyalurkan bantuan.",
    "rapat di Aula Rumah Jabatan Gubernur, Senin (4/3/2024).",
    "Apel digelar di halaman Kantor Bupati Gowa, Senin.",
    "Rapat di ruang rapat Wakil Bupati, Senin.",
    "Surat Edaran Wali Kota Padang Nomor 400.3/12/Disdik Tahun 2025 berlaku.",
])
def test_officials_need_both_a_title_and_a_name(text):
    assert extract_officials(text) == []


@pytest.mark.parametrize("position,expected", [
    ("Kepala Dinas Kesehatan Kabupaten Donggala", ("Kepala Dinas", "Dinas Kesehatan", "Kabupaten Donggala")),
    ("Kepala Dinas Sosial", ("Kepala Dinas", "Dinas Sosial", None)),
    ("Bupati Boalemo", ("Bupati", None, "Kabupaten Boalemo")),
    ("Gubernur Sulawesi Utara", ("Gubernur", None, "Provinsi Sulawesi Utara")),
    ("Wali Kota Ambon", ("Wali Kota", None, "Kota Ambon")),
    ("Kapolres Halmahera Barat", ("Kapolres", "Polres Halmahera Barat", "Kabupaten Halmahera Barat")),
    ("Ketua Komisioner KPU Sulut", ("Ketua Komisioner", "KPU Sulut", "Provinsi Sulawesi Utara")),
])
def test_officials_split_position_into_office_organisation_and_region(position, expected):
    assert split_position(position) == expected


def test_officials_titles_inside_a_regulation_citation_are_no_one():
    text = "PKPU Nomor 8 Tahun 2024 tentang Pencalonan Bupati dan Wakil Bupati serta Wali Kota Budi Santoso berlaku."
    assert extract_officials(text, masked=[(0, text.index(" berlaku"))]) == []


@pytest.mark.parametrize("text,name", [
    ("Sekretaris Daerah Kabupaten Sigi, Sdr. MOH. RIZAL LAMASI, S.STP., M.Si hadir.", "Moh. Rizal Lamasi"),
    ("Kepala Dinas Kesehatan Kabupaten Sigi dr. NI KETUT SRI WAHYUNI, M.Kes melaporkan", "Ni Ketut Sri Wahyuni"),
])
def test_officials_names_in_capitals_come_out_in_title_case(text, name):
    assert [o.name for o in extract_officials(text)] == [name]


def test_title_casing_capitals_keeps_acronyms_and_offsets():
    text = "KETUA DPRD KABUPATEN GOWA, RIZKI SYAHPUTRA, bersama Kapolres AKBP Budi di Kantor PUPR."
    cased = title_case_capitals(text)
    assert cased == "Ketua DPRD Kabupaten Gowa, Rizki Syahputra, bersama Kapolres AKBP Budi di Kantor PUPR."
    assert len(cased) == len(text)


@pytest.mark.parametrize("text,dateline,name,region", [
    # the one region of the same level that another official holds
    ("Hadir Bupati Purworejo Agus Bastian, Wakil Bupati Yuli Hastuti, dan anggota DPRD.", None, "Yuli Hastuti",
     "Kabupaten Purworejo"),
    # else the dateline's city or regency, when its level fits the title
    ("Umar akan menyampaikan aspirasi pedagang kepada Wali Kota Eva Dwiana.", "BANDAR LAMPUNG", "Eva Dwiana",
     "Kota Bandar Lampung"),
    ("Warga mengadu kepada Bupati Ahmad Yani.", "BANDAR LAMPUNG", "Ahmad Yani", None),
    ("Warga mengadu kepada Bupati Ahmad Yani.", "KUPANG", "Ahmad Yani", None),  # Kota and Kabupaten Kupang: unsure
])
def test_officials_heads_named_without_their_region_take_the_articles(text, dateline, name, region):
    officials = with_inferred_regions(extract_officials(text), dateline)
    assert next(o.region for o in officials if o.name == name) == region


@pytest.mark.parametrize("text,name,position,organization", [
    ("Anggota DPRD Bali dari Fraksi PDI Perjuangan I Nyoman Budiutama mendorong agar dana dialokasikan.",
     "I Nyoman Budiutama", "Anggota", "DPRD Bali"),
    ("Ketua DPRD Kota Medan dari Partai Gerindra Wong Chun Sen hadir.", "Wong Chun Sen", "Ketua", "DPRD"),
])
def test_officials_a_legislators_faction_between_title_and_name(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


def test_officials_a_name_ending_the_sentence_before_is_not_the_next_titles_holder():
    text = "“Jangan sampai wisatawan kaget,” ujar Cok Ace.\nAnggota DPRD Bali dari Fraksi Golkar Made Suardana hadir."
    assert [o.name for o in extract_officials(text)] == ["Made Suardana"]


@pytest.mark.parametrize("text,name,position,organization", [
    # an association's name runs to its bracketed acronym and place; the honorific starts the person
    ("Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Jember H. Holilur Rahman menyebut kecelakaan sudah berulang.",
     "Holilur Rahman", "Ketua", "Himpunan Nelayan Seluruh Indonesia Jember"),
    # church offices; "di Indonesia" inside a church's name; a priest's "RD"
    ("Ketua Klasis Gereja Injili di Indonesia (GIDI) Makki, Pdt. Yakobus Wanimbo, S.Th, menyebut keluhan warga.",
     "Yakobus Wanimbo", "Ketua", "Klasis Gereja Injili di Indonesia Makki"),
    ("Pastor Paroki Santo Yosef Lungar, RD Kristianus Jeharut, mengizinkan kapela itu dipakai.",
     "Kristianus Jeharut", "Pastor", "Paroki Santo Yosef Lungar"),
    # a regency council in Papua (DPRK), and the seat a member holds between title and name
    ("Anggota DPRK Lanny Jaya dari unsur pengangkatan, Menius Tabuni, menilai persoalan itu.",
     "Menius Tabuni", "Anggota", "DPRK Lanny Jaya"),
])
def test_officials_associations_with_acronyms_church_offices_and_appointed_seats(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


def test_officials_a_weather_forecaster_holds_a_post():
    [official] = extract_officials("Prakirawan BMKG Pattimura, Dewi Latuconsina, mengatakan gelombang tinggi dipicu "
                                   "angin monsun Asia.")
    assert (official.name, official.position, official.organization) == ("Dewi Latuconsina", "Prakirawan",
                                                                       "BMKG Pattimura")


def test_officials_a_nickname_alias_a_full_name_takes_the_full_name():
    [official] = extract_officials("Ketua Persatuan Pedagang Pasar 16 Ilir, Koh Ahong alias Lim Tjoe Hong, mengatakan "
                                   "para pedagang mendukung rencana itu.")
    assert (official.name, official.aliases) == ("Lim Tjoe Hong", ("Ahong",))


@pytest.mark.parametrize("text,name,position,organization", [
    # appointed "sebagai" a new post: the new post, not the one held before
    ("“Bupati sudah menunjuk Sekretaris Desa Bernung, Ahmad Fauzan, sebagai Pelaksana Tugas (Plt) Kepala Desa,” "
     "katanya.", "Ahmad Fauzan", "Pelaksana Tugas Kepala Desa", None),
    ("Bupati melantik Kepala Bagian Umum, Jefri Lahay, sebagai Sekretaris Dinas Pendidikan.", "Jefri Lahay",
     "Sekretaris Dinas", "Dinas Pendidikan"),
    # degrees between the name and "sebagai"
    ("Bupati Ondikleuw menunjuk Sekretaris Bappeda, Marthen Suebu, S.T., M.Eng., sebagai Plt Kepala Dinas Perumahan dan "
     "Kawasan Permukiman.", "Marthen Suebu", "Plt Kepala Dinas", "Dinas Perumahan dan Kawasan Permukiman"),
    # "sebagai" a role in an event, not an appointment: the post stays
    ("Kepala Dinas Sosial, Rina Lahay, sebagai narasumber menyampaikan materi.", "Rina Lahay", "Kepala Dinas",
     "Dinas Sosial"),
])
def test_officials_a_post_someone_is_appointed_to_replaces_the_one_before(text, name, position, organization):
    [official] = [o for o in extract_officials(text) if o.name == name]
    assert (official.position, official.organization) == (position, organization)


def test_officials_a_polda_directorate_head_by_its_short_title():
    [official] = extract_officials("Dirlantas Polda Sulteng Kombes Pol Bambang Sugiarto Lamato mengatakan operasi "
                                   "digelar 14 hari.")
    assert (official.name, official.position, official.organization) == ("Bambang Sugiarto Lamato", "Dirlantas",
                                                                       "Polda Sulteng")


@pytest.mark.parametrize("text,name,position,region", [
    # Papua's district heads in a list of the sworn-in, a line each; the district's name ends with its line
    ("Yang dilantik:\n1. Frans Asmuruf, S.IP sebagai Kepala Distrik Sentani Timur\n5. Yulianus Felle, S.Pd., M.Pd "
     "sebagai Kepala Distrik Waibu\nKepala Distrik Sentani Timur yang baru, Frans Asmuruf, hadir.", "Yulianus Felle",
     "Kepala Distrik", "Distrik Waibu"),
    # a village head written in lower case after the name
    ("Salah satu kepala kampung yang dilantik, Yakob Tecuari, kepala Kampung Benyom di Distrik Nimboran, hadir.",
     "Yakob Tecuari", "kepala Kampung", "Kampung Benyom"),
    # a nurse's "Ns." before the name (the head of a unit named by itself: "Kepala" of "Puskesmas Poasia")
    ("Kepala Puskesmas Poasia, Ns. Andi Sulfiani, S.Kep., menyebut wilayah kerjanya mencatat 71 kasus.", "Andi Sulfiani",
     "Kepala", None),
    # a public prosecutor in lower case, with the prosecutor's office
    ("Di sisi lain, jaksa penuntut umum Kejari Pesisir Selatan, Fadhli Ramadhan, menegaskan pihaknya siap.",
     "Fadhli Ramadhan", "jaksa penuntut umum", "Kabupaten Pesisir Selatan"),
])
def test_officials_district_heads_lower_case_titles_and_a_nurses_title(text, name, position, region):
    [official] = [o for o in extract_officials(text) if o.name == name]
    assert (official.position, official.region) == (position, region)


@pytest.mark.parametrize("text,expected", [
    # a group named in quotation marks after its acronym
    ('Ketua Kelompok Usaha Bersama (KUB) "Bina Bahari", Hamzah Ladiku, mengaku kelompoknya hanya melaut dua mil.',
     [("Hamzah Ladiku", "Ketua", 'Kelompok Usaha Bersama "Bina Bahari"')]),
    # a forum whose name is ordinary capitalised words; its members, unnamed, are nobody
    ("Sejumlah anggota Forum Masyarakat Peduli Mandeh tampak mengikuti sidang.\nKoordinator Forum Masyarakat Peduli "
     "Mandeh, Zulkarnain, berharap majelis hakim adil.",
     [("Zulkarnain", "Koordinator", "Forum Masyarakat Peduli Mandeh")]),
])
def test_officials_groups_named_in_quotation_marks_or_by_ordinary_words(text, expected):
    assert [(o.name, o.position, o.organization) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a regency's two-word short form in a title
    ("Hadir pula Wakil Ketua DPRD Tanjab Barat Hj. Nurlela Hasibuan, S.H., dan camat.",
     [("Nurlela Hasibuan", "Wakil Ketua", "Kabupaten Tanjung Jabung Barat")]),
    # "Nona" is a name in Flores, not a form of address
    ("Turut hadir Wakil Bupati Sikka Maria Goreti Nona Kewa.", [("Maria Goreti Nona Kewa", "Wakil Bupati",
                                                                 "Kabupaten Sikka")]),
    # a village-empowerment office and an Acehnese village council
    ("Plt Kepala Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Utara Zulfikar Amin hadir.",
     [("Zulfikar Amin", "Plt Kepala Dinas", "Kabupaten Aceh Utara")]),
    ("Ketua Tuha Peuet Gampong Meunasah Blang, Marzuki Daud, berharap putusan itu adil.",
     [("Marzuki Daud", "Ketua Tuha Peuet", "Gampong Meunasah Blang")]),
    # a fire brigade's operations area; a contractor's site manager behind a company named in ordinary words
    ("Kepala Daerah Operasi (Daops) Manggala Agni Pulang Pisau, Anang Suryadi, hadir.",
     [("Anang Suryadi", "Kepala Daerah Operasi", "Kabupaten Pulang Pisau")]),
    ("Site manager PT Karya Bangun Lestari Hendra Wijaya mengakui keterlambatan.",
     [("Hendra Wijaya", "Site manager", None)]),
])
def test_officials_regency_short_forms_names_of_flores_and_aceh_offices_and_contractors(text, expected):
    assert [(o.name, o.position, o.region) for o in extract_officials(text)] == expected


def test_officials_a_title_and_nickname_after_the_name_are_the_same_person():
    text = ("Dalam sambutannya, Bupati Yohanes Don Bosco Wangge yang akrab disapa Bupati Jhon menyampaikan terima kasih."
            "\n\"UHC ini bukan sekadar piagam,\" tegas Bupati Jhon.")
    [official] = extract_officials(text)
    assert (official.name, official.aliases, len(official.mentions)) == ("Yohanes Don Bosco Wangge", ("Jhon",), 3)


@pytest.mark.parametrize("text,expected", [
    # what the post is held as, or through, between the post and the name
    ("Kepala Bagian Kesra Setda Kepulauan Selayar selaku ketua kafilah, Muh. Yusuf Baso, mengaku bangga.",
     [("Muh. Yusuf Baso", "Kepala Bagian Kesra", "Setda Kepulauan Selayar")]),
    ("Anggota DPR Papua Barat dari jalur pengangkatan wilayah adat Domberai, Paulus Indouw, mengkritik alokasi.",
     [("Paulus Indouw", "Anggota", "DPR Papua Barat")]),
    # a teacher in lower case after her name
    ("Salah satu penerima SK, Siti Khoiriyah, S.Pd., guru kelas di SD Negeri 2 Wanadadi, tak kuasa menahan haru.",
     [("Siti Khoiriyah", "guru kelas", None)]),
])
def test_officials_qualifiers_before_the_name_and_lower_case_chairs_and_teachers(text, expected):
    assert [(o.name, o.position, o.organization) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,name,position", [
    # an Acehnese village council, and a religious title before the name
    ("Ketua Tuha Peuet Gampong Lamreung Tgk. Mahmuddin hadir.", "Mahmuddin", "Ketua Tuha Peuet"),
    # a constituency in brackets before the name; a village enterprise's village before "selaku"
    ("Anggota Dewan Perwakilan Rakyat Kabupaten (DPRK) Aceh Besar dari daerah pemilihan (dapil) III, Teuku Rizal "
     "Mahfud, S.H., M.H., menggelar reses.", "Teuku Rizal Mahfud", "Anggota"),
    ("Ketua Badan Usaha Milik Kalurahan (BUMKal) Bleberan selaku pengelola Sri Gethuk, Sugeng Riyanto, mengakui "
     "adanya kelemahan.", "Sugeng Riyanto", "Ketua Badan Usaha Milik"),
    # a unit named in words that are ordinary elsewhere ("Bumi", "Hak atas Tanah"), and one in capitals
    ("Kepala Bidang Pajak Bumi dan Bangunan dan Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB) Bapenda Lampung "
     "Selatan, Rudi Hartono, S.E., mengatakan tunggakan naik.", "Rudi Hartono", "Kepala Bidang"),
    ("Sementara itu, Plt Kepala UPTD PPA Maros, Muh. Irfan Syam, S.Psi., mengatakan korban ditempatkan di rumah aman.",
     "Muh. Irfan Syam", "Plt Kepala"),
    ("Kata Kepala Dinpar Gunungkidul Drs. Suharjono Wibowo MM saat meninjau lokasi, Senin.", "Suharjono Wibowo",
     "Kepala"),
])
def test_officials_acehnese_councils_constituencies_village_enterprises_and_unit_acronyms(text, name, position):
    [official] = [o for o in extract_officials(text) if o.name == name]
    assert official.position.startswith(position)


def test_officials_a_name_does_not_start_on_the_next_line():
    text = "Setiap desa membentuk tim yang terdiri atas kepala dusun dan ketua RT.\nMulai hari ini, petugas turun."
    assert extract_officials(text) == []


@pytest.mark.parametrize("text,name,position", [
    # the post's former holder: "sebelumnya" between the post and the name
    ("Yamin menggantikan Pj Bupati sebelumnya, Drs. Abdurrahman Hasan, M.Si., yang masa jabatannya berakhir.",
     "Abdurrahman Hasan", "Pj Bupati"),
    # a second role "sekaligus" before the name; a school subject in a teacher's post
    ("Guru Kimia sekaligus pembimbing KSM, Andi Riskawati, S.Pd., Gr., juga menerima penghargaan.", "Andi Riskawati",
     "Guru Kimia"),
])
def test_officials_a_former_holder_and_a_second_role_before_the_name(text, name, position):
    [official] = [o for o in extract_officials(text) if o.name == name]
    assert official.position == position


def test_officials_a_nickname_given_after_a_short_mention_is_an_alias():
    text = ("Kepala Dinas Pertanian Tabanan, I Gusti Ngurah Bagus Artawan, hadir. \"Babi mati,\" ujar Artawan yang akrab "
            "disapa Gus Bagus.")
    [official] = extract_officials(text)
    assert official.aliases == ("Gus Bagus",)


def test_officials_a_lower_case_chair_ending_a_sentence_is_nobody():
    assert extract_officials("Kami ukur sendiri, disaksikan ketua RT. Sisanya ke mana?") == []


def test_officials_a_unit_named_before_initials_is_nobody_and_a_nickname_is_not_the_name():
    assert extract_officials("Penyidik menahan Bendahara KSP Maju Bersama Sejahtera berinisial SM (47).") == []
    [official] = extract_officials("Ketua GP3A Batang Alai, H. Ibrahim, yang akrab disapa Acil Baim, berharap "
                                   "pemerintah memberikan pendampingan.")
    assert (official.name, official.aliases) == ("Ibrahim", ("Acil Baim",))


@pytest.mark.parametrize("text,name,position,organization", [
    # a Lembaga's whole name before its acronym; "saat ini" between the post and the name
    ("Ketua Lembaga Musyawarah Adat Suku Amungme (Lemasa), Elias Magal, menyambut baik.", "Elias Magal", "Ketua",
     "Lembaga Musyawarah Adat Suku Amungme"),
    ("Keuchik Gampong Lancang saat ini, Tgk. Zulfikar Abdullah, mengaku menghormati proses hukum.",
     "Zulfikar Abdullah", "Keuchik", None),
    # a district written with an apostrophe between the village and the name
    ("Dalam sesi dialog, Kepala Desa Biangkeke, Kecamatan Pa'jukukang, Hasanuddin, meminta perhatian pemerintah.",
     "Hasanuddin", "Kepala Desa", None),
    # one name word opening the sentence before the title
    ("Untuk sementara, siswa belajar di balai desa.\nSuprapto, Kepala Desa Bangoan, menuturkan desa meminjamkan balai.",
     "Suprapto", "Kepala Desa", None),
])
def test_officials_lembaga_names_current_holders_apostrophes_and_one_word_names_first(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


@pytest.mark.parametrize("text", ["Terkait, Kepala Dinas Sosial hadir dalam rapat itu.",
                                  "Hal itu disampaikan, Kepala Desa Bangoan, dalam rapat."])
def test_officials_an_ordinary_word_before_a_title_is_no_name(text):
    assert [o.name for o in extract_officials(text)] in ([], [""])


@pytest.mark.parametrize("text,name,position,organization", [
    # a group's market before the name, with no comma; a state company after the title; "Hakim" inside a name
    ("Sementara itu, Ketua Paguyuban Pedagang Pasar Jungke Suparno mengaku pedagang pada dasarnya setuju.", "Suparno",
     "Ketua", "Paguyuban Pedagang Pasar Jungke"),
    ("Sementara itu, General Manager Pelindo Regional 2 Bengkulu, Rizal Hakim Lubis, menjelaskan kapal keruk bekerja.",
     "Rizal Hakim Lubis", "General Manager", "Pelindo Regional 2"),
])
def test_officials_a_groups_market_a_state_company_and_title_words_inside_names(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


def test_officials_a_street_named_after_a_title_holds_no_one():
    text = "Komisi II meminta angkutan gratis dari Jalan Panglima Sudirman menuju TPS."
    assert extract_officials(text) == []


def test_officials_a_state_companys_name_runs_to_its_status():
    text = "Mereka diterima General Manager PT ASDP Indonesia Ferry (Persero) Cabang Ambon, Rudolf Manuputty, di pelabuhan."
    [official] = extract_officials(text)
    assert (official.name, official.organization) == ("Rudolf Manuputty", "PT ASDP Indonesia Ferry Cabang Ambon")


@pytest.mark.parametrize("text,name,position,organization,region", [
    # a lower-case title after the name (Jawa Pos style)
    ("“Pajak kesenian kami bebaskan,” kata Rini Puspitasari, kepala Badan Keuangan dan Aset Daerah (BKAD) Kabupaten "
     "Magelang.", "Rini Puspitasari", "kepala", "Badan Keuangan dan Aset Daerah", "Kabupaten Magelang"),
    # a city named bare after the unit's district, then the holder
    ("Ketua MPA Kelurahan Kalampangan, Kecamatan Sebangau, Palangka Raya, Sutarno, mengaku kelompoknya siap.",
     "Sutarno", "Ketua MPA", None, "Kelurahan Kalampangan"),
    # the Minang "Buya" before the name is a form of address
    ("Hal itu disampaikan Gubernur Sumatera Barat (Sumbar), Buya H. Hendri Saputra, saat membuka rakor.",
     "Hendri Saputra", "Gubernur", None, "Provinsi Sumatera Barat"),
])
def test_officials_lower_case_titles_bare_cities_and_buya(text, name, position, organization, region):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization, official.region) == (
        name, position, organization, region)


@pytest.mark.parametrize("text,name,position", [
    # a unit's short form the tables lack, before another unit word
    ("Sementara itu, Kasubdit I Indagsi Ditreskrimsus Polda Kaltara AKBP Rudi Hartono Simanjuntak mengimbau pedagang.",
     "Rudi Hartono Simanjuntak", "Kasubdit I Indagsi"),
    ("“Stok aman,” ujar Kepala Bidang Perdagangan Disperindagkop UKM Kaltara, Hendra Wijaya Saputra, S.E., M.Si.",
     "Hendra Wijaya Saputra", "Kepala Bidang Perdagangan"),
    # the title's short form in brackets before the village; a lower-case title after the name
    ("Kepala Desa (Kades) Mentoso Sukarji mengatakan jumlah penerima menyusut.", "Sukarji", "Kepala Desa"),
    ("Ririn Kusumawardani, camat Tambaksari, yang ikut turun ke lokasi menambahkan tas sudah dibagikan.",
     "Ririn Kusumawardani", "camat"),
])
def test_officials_unit_short_forms_bracketed_titles_and_titles_after_names(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,names", [
    ("Peluncuran turut dihadiri para camat, serta Sekretaris Daerah Aceh Besar, Bahrul Jamil.", ["Bahrul Jamil"]),
    ("Rapat dihadiri perwakilan camat dari Kecamatan Betara, Bram Itam dan Seberang Kota.", []),
])
def test_officials_a_lower_case_title_names_no_one_after_it(text, names):
    assert [o.name for o in extract_officials(text)] == names


@pytest.mark.parametrize("text,name,position,organization", [
    # the unit, then "pada" and the office it belongs to
    ("Sementara itu, Kabid Pemerintahan Desa pada Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Tuban Drs. Moch. Nur "
     "Hasyim, M.M. menjelaskan, besaran mengacu pada aturan.", "Moch. Nur Hasyim", "Kabid Pemerintahan Desa",
     "Dinas Pemberdayaan Masyarakat dan Desa Tuban"),
    # "pada dinas itu" names the office already named: no part of the title
    ("Kepala Bidang Pendidikan Tinggi pada dinas itu, Agustinus Saiba, menambahkan pencairan dilakukan September.",
     "Agustinus Saiba", "Kepala Bidang Pendidikan Tinggi", None),
])
def test_officials_a_unit_pada_its_office(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


@pytest.mark.parametrize("text,name,position,region", [
    # village heads under their Banjar and Gayo titles
    ("Salah satu peserta, Pambakal Desa Sungai Kupang, Kecamatan Gambut, Rahmadi, mengaku desanya menunggu.",
     "Rahmadi", "Pambakal", "Desa Sungai Kupang"),
    ("Dalam sesi diskusi, Reje Kampung Kala Segi, Aman Syahril, mendesak agar jalan diperbaiki.", "Aman Syahril",
     "Reje Kampung", "Kampung Kala Segi"),
    ("Sangadi Lolak II, Hendra Manoppo, menuturkan pemerintah desa telah menyiapkan lahan.", "Hendra Manoppo", "Sangadi",
     "Desa Lolak II"),
    # a rank word as a surname; a forum's name with a joiner inside
    ("Kepala Kampung Arborek, Marthen Mayor, mengaku terbantu dengan sosialisasi tersebut.", "Marthen Mayor",
     "Kepala Kampung", "Kampung Arborek"),
    ("Koordinator Forum Indonesia untuk Transparansi Anggaran (Fitra) Kalimantan Barat, Deni Kurniawan, menilai "
     "belanja pegawai terlalu besar.", "Deni Kurniawan", "Koordinator", "Provinsi Kalimantan Barat"),
])
def test_officials_regional_village_heads_rank_surnames_and_forums_with_joiners(text, name, position, region):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.region) == (name, position, region)


def test_officials_a_mining_inspector_office_names_no_one():
    assert extract_officials("Komisi III akan memanggil Dinas ESDM serta Inspektur Tambang dalam rapat.") == []


def test_officials_a_savings_cooperatives_name_is_no_holder():
    assert extract_officials("Kejari menyita aset milik Ketua Koperasi Simpan Pinjam (KSP) Maju Bersama Sejahtera "
                             "berinisial RHS (52), tersangka korupsi.") == []


@pytest.mark.parametrize("text,name,position", [
    ("Lemasa menyambut baik penyaluran itu. Melalui sekretarisnya, Paulus Kiwak, Lemasa meminta agar data diumumkan.",
     "Paulus Kiwak", "sekretaris"),
    ("Di Puskesmas Mokoau, kepala puskesmasnya, Hasrun Tamburaka, SKM, mengungkapkan jumlah pasien naik.",
     "Hasrun Tamburaka", "kepala puskesmas"),
    ("Fraksi Otsus melalui ketuanya, Yulianus Wanma, menyoroti rendahnya serapan anggaran.", "Yulianus Wanma", "ketua"),
])
def test_officials_a_bodys_officer_named_after_a_possessive_title(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,name,position", [
    # a lower-case title after the name
    ("“Operasi ini bukan yang pertama,” kata Yudhistira Wahyu Prasetyo, kepala bidang ketenteraman dan ketertiban "
     "umum Satpol PP Surabaya, ditemui di depan Hotel Majapahit.", "Yudhistira Wahyu Prasetyo", "kepala bidang"),
    # a station's own name and its regency between the title and the person
    ("Kepala Stasiun Meteorologi Tunggul Wulung Cilacap Teguh Wardoyo menyampaikan bahwa kemarau berlanjut.",
     "Teguh Wardoyo", "Kepala Stasiun Meteorologi Tunggul Wulung"),
])
def test_officials_lower_case_unit_heads_after_names_and_stations_named_before_their_regency(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,name,position", [
    ("Direktur Reserse Kriminal Khusus Polda Sulteng Kombes Pol Bagus Wicaksono mengatakan sembilan orang tersangka.",
     "Bagus Wicaksono", "Direktur Reserse Kriminal Khusus"),
    ("Peneliti ekologi pesisir Universitas Tanjungpura, Dr. Yohanes Setiawan, menilai rehabilitasi saja tidak cukup.",
     "Yohanes Setiawan", "Peneliti ekologi pesisir"),
])
def test_officials_police_directorates_and_researchers_fields(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


def test_officials_members_replaced_between_terms_name_no_one():
    assert extract_officials("Sebanyak 23 anggota Badan Permusyawaratan Desa (BPD) Pengganti Antar Waktu (PAW) di "
                             "Kabupaten Batanghari resmi dilantik.") == []


@pytest.mark.parametrize("text,name,position", [
    # a station named after a person, its city, a comma, then the head
    ("Kepala Stasiun Meteorologi Syamsudin Noor Banjarmasin, Dedi Suryadi, mengimbau masyarakat tetap waspada.",
     "Dedi Suryadi", "Kepala Stasiun Meteorologi Syamsudin Noor"),
    # a Balinese noble name
    ("Peninjauan diikuti Kepala Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung, Anak Agung Gede Dharma Yasa, S.T., "
     "M.T., kemarin.", "Anak Agung Gede Dharma Yasa", "Kepala Dinas"),
    # the harbour master's office spelled out, a rank before the name
    ("Rapat dihadiri Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas I Ambon Capt. Rudy Hermawan "
     "Siregar, perwakilan PT ASDP.", "Rudy Hermawan Siregar", "Kepala"),
])
def test_officials_stations_balinese_nobles_and_harbour_masters(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,name,position", [
    # a station named after a person, then the forecaster
    ("Prakirawan Stasiun Meteorologi Syamsudin Noor, Nadia Paramitha, mengatakan hujan lebat masih turun.",
     "Nadia Paramitha", "Prakirawan Stasiun Meteorologi Syamsudin Noor"),
    # a unit of the office named before, "pada dinas yang sama"
    ("Kabid Prasarana dan Sarana Pertanian pada dinas yang sama, Dwi Aprianto, menjelaskan bahwa tim akan turun lagi.",
     "Dwi Aprianto", "Kabid Prasarana dan Sarana Pertanian"),
])
def test_officials_forecasters_of_named_stations_and_units_of_the_same_office(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


def test_officials_a_food_distribution_unit_is_no_name():
    [official] = extract_officials("Kabid Distribusi dan Cadangan Pangan DKP Gresik, Nur Aini Rahmawati, memastikan "
                                   "stok beras aman.")
    assert official.name == "Nur Aini Rahmawati"


@pytest.mark.parametrize("text,name,organization", [
    ("Warga Marang Kayu yang hadir dalam RDP, Saharuddin, meminta pemerintah tidak sekadar memasang portal. Ketua "
     "Paguyuban Warga Peduli Jalan Marangkayu itu menyebut truk masih lewat setiap malam.",
     "Saharuddin", "Paguyuban Warga Peduli Jalan Marangkayu"),
    ("Seorang petani, Made Sukerta, mengeluhkan harga pupuk yang naik. Ketua Kelompok Tani Sari Amerta itu mengatakan "
     "stok di kios kosong.", "Made Sukerta", "Kelompok Tani Sari Amerta"),
])
def test_officials_a_title_pointing_back_gives_the_person_just_introduced_a_post(text, name, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, "Ketua", organization)


@pytest.mark.parametrize("text", [
    # no one set off by commas in the sentence before
    "Warga meminta pemerintah tidak sekadar memasang portal. Ketua Paguyuban Warga Peduli Jalan itu menyebut truk "
    "masih lewat.",
    # the title does not open its sentence
    "Warga desa, Saharuddin, meminta portal dipasang. Menurut warga, Ketua Paguyuban itu menyebut truk masih lewat.",
])
def test_officials_a_title_pointing_back_with_no_one_introduced_names_no_one(text):
    assert extract_officials(text) == []


@pytest.mark.parametrize("text,name,position", [
    # a navy rank with its corps in brackets
    ("Komandan Lanal Kendari Kolonel Laut (P) Arief Wicaksono, S.T., M.Tr.Opsla. menyampaikan pihaknya siaga.",
     "Arief Wicaksono", "Komandan"),
    # a fishermen's association spelled out, with no comma before the name
    ("Ketua Dewan Pimpinan Daerah Himpunan Nelayan Seluruh Indonesia (HNSI) Sultra Andi Baso Tenriangka menyambut "
     "baik langkah tersebut.", "Andi Baso Tenriangka", "Ketua"),
    # a harbour office's section of sailing safety, guarding and patrol
    ("Sementara itu, Kepala Seksi Keselamatan Berlayar, Penjagaan dan Patroli KSOP Tarakan, Capt. Rudolf Manurung "
     "menyampaikan, setiap nakhoda wajib melapor.", "Rudolf Manurung", "Kepala Seksi Keselamatan Berlayar, Penjagaan dan Patroli"),
])
def test_officials_navy_ranks_and_long_unit_names(text, name, position):
    [official] = extract_officials(text)
    assert official.name == name and official.position.startswith(position)


@pytest.mark.parametrize("text", [
    "Sosialisasi tersebut turut dihadiri Kapolsek Koba, perwakilan Satpol PP Bangka Tengah serta Ketua RT 03 "
    "Kelurahan Koba.",
    "Kapolsek Pamanukan juga tampak memantau jalannya penertiban.",
    "Penerima bantuan telah diverifikasi DKPP bersama Panglima Laot sejak akhir Desember lalu.",  # Aceh's sea chief
])
def test_officials_a_police_chief_named_by_his_district_only_is_no_one(text):
    assert extract_officials(text) == []


def test_officials_two_deputies_after_one_title_and_a_batak_clan_name():
    text = ("Rapat dipimpin Ketua DPRD Tapsel, Hj. Rosmawati Siregar, SH didampingi dua Wakil Ketua, Parlaungan Harahap "
            "dan Ahmad Rizal Pulungan.")
    assert [(o.name, o.position) for o in extract_officials(text)] == [
        ("Rosmawati Siregar", "Ketua"), ("Parlaungan Harahap", "Wakil Ketua"), ("Ahmad Rizal Pulungan", "Wakil Ketua")]


def test_officials_an_observation_post_officer():
    [official] = extract_officials("Petugas Pos PGA Semeru, Rofiq Hamdani, menjelaskan banjir kali ini membawa "
                                   "material lebih besar.")
    assert (official.name, official.position) == ("Rofiq Hamdani", "Petugas Pos PGA Semeru")


@pytest.mark.parametrize("text,name,organization", [
    # a unit's acronym, class and province between the title and the name
    ("Kepala Balai Pengelola Transportasi Darat (BPTD) Kelas II Jawa Timur Hendra Kusuma Wardhana menjelaskan "
     "skema penundaan.", "Hendra Kusuma Wardhana", "Balai Pengelola Transportasi Darat Kelas II"),
    # a regional office by its short form, then its province
    ("Kepala Disdikbud Lampung Suharyanto Wibisono di Bandarlampung, Rabu, mengatakan pendaftaran dibuka.",
     "Suharyanto Wibisono", "Disdikbud"),
])
def test_officials_units_with_acronym_class_and_region_and_dinas_short_forms(text, name, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, "Kepala", organization)


@pytest.mark.parametrize("text,name,position", [
    # a climatology station's head, no comma before the name
    ("Kepala Stasiun Klimatologi BMKG Sumsel Nurhayati Simanjuntak menyebutkan curah hujan rendah.",
     "Nurhayati Simanjuntak", "Kepala Stasiun Klimatologi"),
    # "Polisi" is a rank word, but inside the civil-service police's name it is the unit's
    ("“Penertiban ini bukan tiba-tiba,” kata Kepala Satuan Polisi Pamong Praja (Satpol PP) Karawang Rizal Fahmi di "
     "Karawang, Rabu.", "Rizal Fahmi", "Kepala Satuan Polisi Pamong Praja"),
])
def test_officials_station_heads_and_the_civil_service_police(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


def test_officials_ministers_issuing_a_joint_decree_are_no_one():
    from pipeline.extract.regulations import extract_regulations
    text = ("Cuti bersama ditetapkan melalui Surat Keputusan Bersama (SKB) Menteri Agama, Menteri Ketenagakerjaan, dan "
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan Cuti Bersama "
            "Tahun 2026.")
    masked = [r.span for r in extract_regulations(text)]
    assert masked and extract_officials(text, masked=masked) == []


@pytest.mark.parametrize("text,name", [
    # where the village lies, between its head's title and name
    ("Kepala Desa Tanjungori di Pulau Bawean, Hasan Basri, mengeluhkan akses internet yang terbatas.", "Hasan Basri"),
])
def test_officials_a_village_head_with_the_island_of_the_village(text, name):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, "Kepala Desa")


def test_officials_a_party_is_no_name():
    assert extract_officials("Usai paripurna, sejumlah anggota Fraksi Gerindra menyoroti belum adanya kajian.") == []


@pytest.mark.parametrize("text,name,position", [
    # a fishing port of the coastal class, then another official with a title
    ("Turut hadir Kepala Pelabuhan Perikanan Pantai Labuan, Ahmad Fauzi, serta Camat Labuan, Entis Sutisna.",
     "Ahmad Fauzi", "Kepala Pelabuhan Perikanan Pantai Labuan"),
    # after a rank, a regency's name is the officer's own
    ("Bupati bersama Dandim 1206/Putussibau Letkol Inf Bima Satria Wardhana meninjau posko.", "Bima Satria Wardhana",
     "Dandim"),
])
def test_officials_coastal_fishing_ports_and_names_after_ranks(text, name, position):
    assert (name, position) in [(o.name, o.position) for o in extract_officials(text)]


def test_officials_a_member_of_no_stated_body_is_no_official():
    assert extract_officials("Salah seorang anggota, Siti Maimunah (39), warga Dusun Sungai Bemban, berharap koperasi "
                             "bisa memotong rantai tengkulak.") == []


def test_officials_deputies_listed_with_an_abbreviated_first_name():
    text = ("Paripurna dipimpin Ketua DPRD Kota Baubau, H. La Ode Rafiun Malik, S.H., didampingi dua Wakil Ketua, Wa Ode "
            "Nirmala Sari dan Muh. Ikhsan Tamrin. Hadir pula Wali Kota Baubau.")
    assert [o.name for o in extract_officials(text)][1:] == ["Wa Ode Nirmala Sari", "Muh. Ikhsan Tamrin"]


def test_officials_a_regent_whose_instruction_is_followed_in_lower_case():
    text = ("Relokasi itu merupakan tindak lanjut instruksi Bupati Sambas, Fahrurrozi Anwar, yang meresmikan gedung "
            "pasar tersebut pada akhir Januari lalu.")
    assert [(o.name, o.position) for o in extract_officials(text)] == [("Fahrurrozi Anwar", "Bupati")]


def test_officials_a_city_written_in_two_words_is_no_name():
    assert extract_officials("Wali Kota Palangka Raya sebelumnya telah menerbitkan surat edaran.") == []
    [mayor] = extract_officials("Wali Kota Palangka Raya, Fairid Naparin, hadir.")
    assert (mayor.name, mayor.region) == ("Fairid Naparin", "Kota Palangkaraya")


@pytest.mark.parametrize("text,name,organization", [
    # a group named before its own quoted name, with a comma before the holder
    ("Ketua Kelompok Pembudidaya Ikan \"Dos Roha\", Maruli Sirait (48), meminta masa transisi.", "Maruli Sirait",
     "Kelompok Pembudidaya Ikan \"Dos Roha\""),
    ("Ketua Kelompok Tani Sinar Harapan, Budi Santoso, mengaku senang.", "Budi Santoso", "Kelompok Tani Sinar Harapan"),
])
def test_officials_a_group_named_before_its_quoted_name(text, name, organization):
    assert [(o.name, o.organization) for o in extract_officials(text)] == [(name, organization)]


def test_officials_a_unit_named_after_its_acronym_is_no_holder():
    text = ("Kapal diserahkan di Pelabuhan Perikanan Samudera (PPS) Bungus, Kota Padang. Turut hadir Kepala PPS Bungus "
            "serta perwakilan HNSI Sumbar. Kepala PPN Brondong Ir. Bambang Sutrisno Adi, M.Si menjelaskan cuaca. "
            "Kapal bersandar di Pelabuhan Perikanan Nusantara (PPN) Brondong.")
    assert [o.name for o in extract_officials(text)] == ["Bambang Sutrisno Adi"]


def test_officials_a_bpbd_executive_head_by_kalaksa():
    [head] = extract_officials("Kalaksa BPBD Brebes, Muhammad Ridwan Syafei, S.T., menyebut 412 kepala keluarga terdampak.")
    assert (head.name, head.position, head.region) == ("Muhammad Ridwan Syafei", "Kalaksa", "Kabupaten Brebes")


def test_officials_a_name_opening_with_a_regencys_name_after_a_comma():
    [member] = extract_officials("Anggota Komisi C DPRD Kota Yogyakarta, Bima Sakti Wicaksana, menyoroti lambatnya PSEL.")
    assert (member.name, member.position) == ("Bima Sakti Wicaksana", "Anggota")
    [regent] = extract_officials("Bupati Bima, Indah Dhamayanti Putri, hadir.")
    assert (regent.name, regent.region) == ("Indah Dhamayanti Putri", "Kabupaten Bima")


def test_officials_muda_inside_a_name():
    [head] = extract_officials("Kepala Satpol PP-WH Lhokseumawe, Iskandar Muda Daud, menyatakan pihaknya siap.")
    assert head.name == "Iskandar Muda Daud"


@pytest.mark.parametrize("text,name,position,organization", [
    # a Kodim's, Korem's or Kodam's chief of staff, with his rank and branch dropped
    ("Dandim 0416/Bute yang diwakili Kasdim Mayor Inf Rusli Hamdani hadir.", "Rusli Hamdani", "Kasdim", "Kodim"),
    ("Kasrem 044/Gapo Kolonel Inf Budi Santoso memimpin apel.", "Budi Santoso", "Kasrem", "Korem 044/Gapo"),
])
def test_officials_chiefs_of_staff(text, name, position, organization):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == (name, position, organization)


def test_officials_a_company_named_up_to_its_branch_in_lower_case():
    [manager] = extract_officials("Sales Branch Manager PT Pertamina Patra Niaga wilayah Natuna, Dimas Aditya Nugraha, "
                                  "menjelaskan kuota ditetapkan BPH Migas.")
    assert (manager.name, manager.position) == ("Dimas Aditya Nugraha", "Sales Branch Manager")


@pytest.mark.parametrize("text,name,organization", [
    # Lampung's villages are pekon; the village cooperatives of 2025 are "Koperasi Desa Merah Putih"
    ("Rapat dihadiri Kepala Dinas Pemberdayaan Masyarakat dan Pekon (DPMP) Tanggamus Ir. Irwan Syahputra, M.M., dan "
     "warga.", "Irwan Syahputra", "Dinas Pemberdayaan Masyarakat dan Pekon"),
    ("Ketua Koperasi Desa Merah Putih Sukamaju, Budi Santoso, mengatakan modal awal cukup.", "Budi Santoso",
     "Koperasi Desa Merah Putih Sukamaju"),
])
def test_officials_pekon_and_the_merah_putih_cooperatives(text, name, organization):
    [official] = extract_officials(text)
    assert (official.name, official.organization) == (name, organization)


@pytest.mark.parametrize("text,expected", [
    # after a village head's title, a word no gazetteer knows and then a verb is his name; a known place is his village
    ("Di Desa Bumi Agung, Kepala Desa Sutikno mengatakan warga berjaga.", [("Sutikno", "Kepala Desa")]),
    ("Camat Tilamuta mengatakan warga berjaga.", []),
    # a hospital named after a doctor, then its director
    ("Direktur RSUD dr. M. Thomsen Nias, dr. Ingatan Waruwu, Sp.PD, menuturkan pihaknya merawat 14 pasien.",
     [("Ingatan Waruwu", "Direktur")]),
    ("Direktur RSUD dr. Budi Santoso, Sp.PD, mengatakan pihaknya merawat 14 pasien.", [("Budi Santoso", "Direktur")]),
])
def test_officials_a_village_heads_own_name_and_hospitals_named_after_doctors(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,name,position", [
    # a Batak clan named like a city closes a name before a verb
    ("Wakil Ketua DPRD Rosmawati Padang menambahkan, DPRD akan meminta penjelasan.", "Rosmawati Padang", "Wakil Ketua"),
    # a forecaster's title in lower case before the name
    ("Hal tersebut disampaikan prakirawan BMKG Pangsuma, Dedi Kurniawan, saat dihubungi.", "Dedi Kurniawan",
     "prakirawan"),
])
def test_officials_clan_names_like_cities_and_a_forecaster_in_lower_case(text, name, position):
    [official] = extract_officials(text)
    assert (official.name, official.position) == (name, position)


@pytest.mark.parametrize("text,name", [
    # a Karo clan with a lower-case half, a Papuan name repeated, a family name that is an office word
    ("Kepala Dinas Perhubungan Karo, Robert Perangin-angin, mengatakan trayek akan disesuaikan.", "Robert Perangin-angin"),
    ("Kepala Kampung Yomaker, Petrus Basik-Basik, mengatakan lomba dayung digelar lagi.", "Petrus Basik-Basik"),
    ("Kepala Desa Panciro, Syamsuddin Tata, membenarkan hal tersebut.", "Syamsuddin Tata"),
])
def test_officials_hyphenated_and_office_word_family_names(text, name):
    assert [o.name for o in extract_officials(text)] == [name]


def test_officials_a_plural_opening_a_sentence_is_no_name():
    assert extract_officials("Kepala Sekolah tidak hadir. Anak-anak mengatakan kelas kosong.") == []


@pytest.mark.parametrize("text,name,position,organization", [
    # a post given "sebagai", with a description of the person between, and the unit's name to the sentence's end
    ("Dalam musyawarah itu, warga sepakat memilih Hendra Saputra, guru SMP setempat, sebagai Ketua Koperasi Desa Merah "
     "Putih Gisting Atas. Susunan pengurus lainnya diisi unsur perempuan.", "Hendra Saputra", "Ketua",
     "Koperasi Desa Merah Putih Gisting Atas"),
    ("Rapat itu menetapkan Hendra Saputra, seorang petani, sebagai Ketua Gapoktan Maju Jaya.", "Hendra Saputra", "Ketua",
     "Gapoktan Maju Jaya"),
    # an honorific before the appointed name does not hide the appointing verb
    ("Bupati melantik Ir. Hendra Saputra, mantan Camat Kota Agung, sebagai Sekretaris Daerah Tanggamus.",
     "Hendra Saputra", "Sekretaris Daerah", None),
])
def test_officials_a_post_given_sebagai_after_a_description(text, name, position, organization):
    official = next(o for o in extract_officials(text) if o.name == name)
    assert (official.position, official.organization) == (position, organization)


@pytest.mark.parametrize("text,name,position", [
    # the head of any Dinas by its fused short form
    ("Sementara itu, Plh Kadisdikbud Pessel Yusrizal menjelaskan, peserta didik menerima MBG.", "Yusrizal",
     "Plh Kadisdikbud"),
    ("Kadispertan Sragen, Ir. Bambang Susilo, mengatakan panen raya dimulai pekan depan.", "Bambang Susilo",
     "Kadispertan"),
    # consuls, and a company's English units listed with "&"
    ("Terpisah, Konsul RI Tawau, Aris Munandar, saat dihubungi menyebutkan 400 WNI menunggu.", "Aris Munandar",
     "Konsul RI Tawau"),
    ("Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Sumbagut, Fahrul Rozi Siregar, "
     "menyatakan stok BBM aman.", "Fahrul Rozi Siregar", "Area Manager Communication, Relations & CSR"),
    ("Salah satu anggota Banggar, Budi Santoso, menolak usulan itu.", "Budi Santoso", "anggota"),
])
def test_officials_fused_dinas_heads_consuls_and_english_units(text, name, position):
    assert [(o.name, o.position) for o in extract_officials(text)] == [(name, position)]


@pytest.mark.parametrize("text", [
    "Sejumlah anggota Banggar mempertanyakan target pendapatan retribusi parkir.",
    "Beberapa anggota Banmus meminta jadwal paripurna diundur.",
    "Sebagian besar anggota Bapemperda menilai naskah akademik belum lengkap.",
    "Puluhan anggota Linmas berjaga di setiap TPS sejak pagi.",
    "Kadishub itu mengatakan jadwal kapal berubah.",
    # a unit's district of two words, then a lower-case word: no holder named
    "“Saya sudah perintahkan Kapolsek Kei Besar untuk mendata warga di pesisir,” kata Kapolres.",
])
def test_officials_several_members_a_title_pointing_back_or_a_units_district_name_no_one(text):
    assert extract_officials(text) == []


def test_officials_a_degree_after_the_words_of_a_local_heads_title_marks_a_name():
    text = "Dari Distrik Kokas, Kepala Distrik Marthen Heremba, S.IP., melaporkan petani menunda panen."
    assert [(o.name, o.position) for o in extract_officials(text)] == [("Marthen Heremba", "Kepala Distrik")]


@pytest.mark.parametrize("text,name,position,region", [
    # a numbered school's village before its head's name
    ("Sementara itu, Kepala SDN 3 Semayap Norhayati, S.Pd mengungkapkan kehadiran siswa meningkat.", "Norhayati",
     "Kepala", None),
    # Sangihe's village head
    ("Kapitalaung Kalama, Kecamatan Tatoareng, Yehezkiel Manabung, saat dihubungi mengatakan stok beras menipis.",
     "Yehezkiel Manabung", "Kapitalaung", "Kampung Kalama"),
])
def test_officials_a_numbered_schools_village_and_sangihes_village_heads(text, name, position, region):
    [official] = extract_officials(text)
    assert (official.name, official.position, official.region) == (name, position, region)


def test_officials_negeri_after_a_state_body_is_no_village():
    text = "Rakor dihadiri Kepala Kejaksaan Negeri Tanah Bumbu Ardi Prasetyo, S.H., M.H., dan Inspektur Daerah Siti Mahmudah."
    assert [(o.name, o.position) for o in extract_officials(text)][:1] == [("Ardi Prasetyo", "Kepala")]


def test_officials_one_member_of_a_body_in_lower_case_is_no_official():
    text = "Salah seorang anggota koperasi, Wa Rima (48), mengaku dulu harus membeli gas elpiji dari pengecer."
    assert extract_officials(text) == []


def test_officials_a_kodims_section_officer_before_his_rank():
    text = "Rapat dihadiri Pasi Ter Kodim 1012/Buntok Kapten Inf Rudi Hartono, para camat serta kepala desa."
    [official] = extract_officials(text)
    assert (official.name, official.position, official.organization) == ("Rudi Hartono", "Pasi Ter", "Kodim 1012/Buntok")


@pytest.mark.parametrize("text,expected", [
    # a family name that is a Balinese title alone ("Kelian"), a water company's name up to its head's comma
    ("Kepala Dinas Sosial SBT, Hj. Nurbaya Kelian, S.Sos, mengungkapkan pihaknya mendirikan dapur umum.",
     [("Nurbaya Kelian", "Kepala Dinas")]),
    ("Direktur Perumda Air Minum Tirta Ardhia Rinjani, Lalu Ahmad Kurniawan, S.E., M.M., mengakui debit menurun.",
     [("Lalu Ahmad Kurniawan", "Direktur")]),
    # two officials with one title each, joined by "dan"
    ("Rapat didampingi Wakil Ketua Vicky Rumondor dan Wakil Ketua Hj. Nurhayati Paputungan.",
     [("Vicky Rumondor", "Wakil Ketua"), ("Nurhayati Paputungan", "Wakil Ketua")]),
    # the Balinese titles still read with what follows them
    ("Kelian Desa Adat Kuta, I Wayan Wasista, mengatakan upacara digelar.", [("I Wayan Wasista", "Kelian Desa Adat Kuta")]),
])
def test_officials_kelian_as_a_name_water_companies_and_two_titles_joined(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # "Cik" between two words of a name belongs to it
    ("Rapat dihadiri Ketua DPRD Musi Rawas Firdaus Cik Ola, S.H., dan para camat.", [("Firdaus Cik Ola", "Ketua")]),
    # a title ending its sentence is no name
    ("“RPJMD ini menerjemahkan visi-misi Bupati dan Wakil Bupati. Dasarnya tetap RPJPD,” tutur Azwar.", []),
])
def test_officials_cik_inside_a_name_and_a_title_ending_a_sentence(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a family name that is a regency's, closing a name before "dan" and a verb
    ("Rapat dipimpin Ketua DPRK Syukri Ilyas didampingi Wakil Ketua Zulkarnain Lingga dan dihadiri para kepala SKPK.",
     [("Syukri Ilyas", "Ketua"), ("Zulkarnain Lingga", "Wakil Ketua")]),
    # a port named after a title holds no official
    ("Pos terpadu kita tempatkan di Terminal Penumpang Pelabuhan Panglima Utar Kumai.", []),
])
def test_officials_regency_family_names_before_dan_and_ports_named_after_titles(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the party named after "Fraksi" belongs to the position, then the spokesperson
    ("Menanggapi hal itu, juru bicara Fraksi Gerindra, Yuliarni, S.Pd, menyoroti masih tingginya SiLPA.",
     [("Yuliarni", "juru bicara", "Fraksi Gerindra")]),
    ("Ketua Fraksi Golkar Budi Santoso mengatakan fraksinya setuju.", [("Budi Santoso", "Ketua", "Fraksi Golkar")]),
])
def test_officials_a_factions_party_before_its_spokesperson(text, expected):
    assert [(o.name, o.position, o.organization) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,name,position", [
    # a Dinas whose name lists its fields, one of them an affixed common word ("Tanaman")
    ("Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura (DKPTPH) Lampung Tengah, Ir. Sri Wahyuni Hartati, "
     "M.P., mengatakan luas tanam padi mencapai 41.250 hektare.", "Sri Wahyuni Hartati", "Kepala Dinas"),
    # a three-letter last word before a full stop ends the name and its sentence
    ("Lain lagi dengan Kepala Desa Humusu Wini, Kecamatan Insana Utara, Marselina Abi. Ia menuturkan laporan sempat "
     "dikembalikan.", "Marselina Abi", "Kepala Desa"),
    # a technical commitment officer
    ("Pejabat Pembuat Komitmen (PPK) Irigasi dan Rawa II BBWS Pompengan Jeneberang, Andi Muhammad Rusdi, S.T., M.T., "
     "menjelaskan rehabilitasi difokuskan pada saluran sekunder.", "Andi Muhammad Rusdi",
     "Pejabat Pembuat Komitmen Irigasi dan Rawa II BBWS Pompengan Jeneberang"),
])
def test_officials_listed_fields_short_last_names_and_commitment_officers(text, name, position):
    assert [(o.name, o.position) for o in extract_officials(text)] == [(name, position)]


@pytest.mark.parametrize("text,expected", [
    # one title, two holders: the second's family name is also a city's, or an honorific opens it
    ("Rapat dipimpin Ketua DPRD Jufri Anakampun, didampingi Wakil Ketua Sahat Manik dan Rosmawati Br Padang. Hadir pula "
     "Wakil Bupati.",
     [("Jufri Anakampun", "Ketua"), ("Sahat Manik", "Wakil Ketua"), ("Rosmawati Br Padang", "Wakil Ketua")]),
    ("Rapat dipimpin Ketua DPRD Batola, H. Muhammad Fadli Noor, didampingi Wakil Ketua Ahmad Khairani dan Hj. Siti "
     "Masitah.",
     [("Muhammad Fadli Noor", "Ketua"), ("Ahmad Khairani", "Wakil Ketua"), ("Siti Masitah", "Wakil Ketua")]),
    # a group's head named after its village and district
    ("Ketua Kelompok Tani Sido Makmur, Desa Sido Rahayu, Kecamatan Belitang, Paimin (58), mengatakan anggotanya sudah "
     "mengolah lahan.", [("Paimin", "Ketua Kelompok Tani Sido Makmur")]),
])
def test_officials_two_holders_of_one_title_and_a_groups_head_after_its_village(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the district given before the title: what follows it is the head's name
    ("Dari Distrik Eragayam, Kepala Distrik Meki Walilo menuturkan bahwa warga mengusulkan air bersih.",
     [("Meki Walilo", "Kepala Distrik")]),
    # a second member after the first one's degrees
    ("Rombongan dipimpin Ketua Komisi II, H. Agus Supriatna, S.H., bersama anggota Komisi II Nurhasanah, S.E. dan Ahmad "
     "Fathoni.", [("Agus Supriatna", "Ketua"), ("Nurhasanah", "anggota"), ("Ahmad Fathoni", "anggota")]),
    # Lampung's village head (Peratin) of a pekon; an accountant's "Ak" among degrees
    ("Peratin Pekon Gisting Atas, Suhardi, mengatakan warga siap.", [("Suhardi", "Peratin")]),
    ("Kepala BPKPAD Binjai, Yusnita Harahap, SE, Ak, M.Si, menyampaikan bahwa realisasi PAD baru 46,8 persen.",
     [("Yusnita Harahap", "Kepala BPKPAD")]),
])
def test_officials_heads_after_their_district_members_after_degrees_and_peratin(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


def test_officials_a_surname_that_is_a_speech_verb_closes_the_name_before_a_verb():
    text = "Ketua DPRD Sintang, Nikodemus Ajak, meminta pemerintah daerah tidak ragu menggunakan dana BTT."
    assert [(o.name, o.position) for o in extract_officials(text)] == [("Nikodemus Ajak", "Ketua")]


@pytest.mark.parametrize("text,expected", [
    # a facility's name that the article also writes alone runs on into its head's name
    ("Rapat dihadiri Kepala UPT Pelabuhan Roro Air Putih Safrudin, perwakilan KSOP dan para operator kapal. Polisi "
     "mendirikan pos di depan Pelabuhan Roro Air Putih untuk mengatur antrean.",
     [("Safrudin", "Kepala UPT Pelabuhan Roro Air Putih")]),
    ("Mereka diterima Kepala UPTD TPAS Cilowong Dedi Rustandi. Kondisi TPAS Cilowong sudah mengkhawatirkan.",
     [("Dedi Rustandi", "Kepala UPTD TPAS Cilowong")]),
    # ... but a name never written without its last word is all a name
    ("Kepala BPBD Dedi Saputra mengatakan banjir surut. Tim BPBD Dedi Saputra turun ke lokasi.",
     [("Dedi Saputra", "Kepala")]),
    # a region ends a post, and "dan" then adds another body; two regions joined are one office's area
    ("Hasil rakor akan dilaporkan kepada Gubernur Maluku Utara dan BPH Migas pekan depan.", []),
    ("Pemimpin Wilayah Perum Bulog Sulut dan Gorontalo Arief Santosa Widjaja menyebutkan stok aman.",
     [("Arief Santosa Widjaja", "Pemimpin Wilayah")]),
    # a section's field before "pada" and its body
    ("Kepala Seksi Preservasi pada BPJN Jambi, Riko Andespa, ST, menuturkan pembersihan selesai.",
     [("Riko Andespa", "Kepala Seksi Preservasi")]),
])
def test_officials_a_facilitys_name_written_alone_a_region_ending_a_post_and_a_field_before_pada(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a district of two words before the rank
    ("Tim gabungan yang dipimpin Kapolsek Putussibau Selatan Iptu Darius Lekan itu terdiri dari personel Polsek.",
     [("Darius Lekan", "Kapolsek")]),
    # a sentence ends before the next comma: the unit's name does not run over it
    ("Rapat dipimpin Ketua DPRD Pasaman, Hendri Yusnaldi, S.E., didampingi Wakil Ketua Zulkifli Aziz. Hadir Bupati "
     "Pasaman, H. Arif Rahmatullah.",
     [("Hendri Yusnaldi", "Ketua"), ("Zulkifli Aziz", "Wakil Ketua"), ("Arif Rahmatullah", "Bupati")]),
])
def test_officials_a_two_word_district_before_a_rank_and_a_sentence_ending_before_a_comma(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a Malay name that opens with an office's word, after a district
    ("Sidak dipimpin Camat Singkep Raja Fadli, S.STP, serta personel Satpol PP.", [("Raja Fadli", "Camat")]),
    # ... but Maluku's village head keeps his title
    ("Raja Negeri Tulehu, John Ohorella, mengatakan warga siap.", [("John Ohorella", "Raja Negeri")]),
])
def test_officials_a_name_opening_with_raja_and_the_raja_of_a_negeri(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a province after the place a title's event was held in is no holder's name
    ("Peresmian digelar setelah peluncuran koperasi secara nasional oleh Presiden di Kabupaten Klaten, Jawa Tengah, "
     "Senin (21/7/2025).", []),
    # a count of holders of one lower-case title, then their names
    ("Rapat dipimpin Ketua DPRD Blora, H. Mustofa Kamal, S.Ag., didampingi dua wakil ketua, Sugiyanto dan Hj. Endang "
     "Sri Rahayu.", [("Mustofa Kamal", "Ketua"), ("Sugiyanto", "Wakil Ketua"), ("Endang Sri Rahayu", "Wakil Ketua")]),
])
def test_officials_a_province_after_a_place_and_counted_holders_of_a_lower_case_title(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


def test_officials_a_weather_station_named_after_a_person_and_its_city_then_its_head_before_a_verb():
    text = ("Kepala Stasiun Meteorologi Tjilik Riwut Palangka Raya, Aditya Pratama menyampaikan, curah hujan masih "
            "tinggi.")
    assert [(o.name, o.position) for o in extract_officials(text)] == [
        ("Aditya Pratama", "Kepala Stasiun Meteorologi Tjilik Riwut")]


@pytest.mark.parametrize("text,expected", [
    # a two-word district that opens with a number word, then the head's name and degree
    ("Hadir Camat Lima Kaum Afrizal, S.STP, serta sekitar 300 pedagang.", [("Afrizal", "Camat")]),
    # a unit's last word before its bracketed acronym is no holder's name
    ("Rapat dipimpin Wakil Bupati Lampung Timur, H. Rahmat Sudrajat, S.E., M.M., selaku Ketua Tim Percepatan "
     "Penurunan Stunting (TPPS) kabupaten.", [("Rahmat Sudrajat", "Wakil Bupati")]),
])
def test_officials_a_district_opening_with_lima_and_a_unit_word_before_its_acronym(text, expected):
    assert [(o.name, o.position) for o in extract_officials(text)] == expected


def test_officials_a_company_branch_head_named_without_a_comma_after_the_branchs_region():
    text = "Rakor dihadiri General Manager PT ASDP Indonesia Ferry Cabang Bengkulu Ratna Dewi Siregar dan camat."
    assert [(o.name, o.position, o.organization) for o in extract_officials(text)] == [
        ("Ratna Dewi Siregar", "General Manager", "PT ASDP Indonesia Ferry Cabang Bengkulu")]
