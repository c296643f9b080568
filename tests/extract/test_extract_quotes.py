import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes import extract_quotes


def quotes(text):
    return extract_quotes(text, extract_officials(text))


@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Kepala Bidang Sosial Indry Pakaya hadir.\n“Implementasi materi menjadi kunci keberhasilan kita,” jelas Indry.",
     "Implementasi materi menjadi kunci keberhasilan kita,", "Indry Pakaya", "jelas"),
    ("Gubernur Bali Wayan Koster datang. “Terima kasih para tenaga pendidik di sini,” kata Gubernur Koster pada acara itu.",
     "Terima kasih para tenaga pendidik di sini,", "Wayan Koster", "kata"),
    ("Kapolres Halbar AKBP Teguh Patriot hadir.\n“Kasus ini menjadi atensi serius kami,” tegasnya.",
     "Kasus ini menjadi atensi serius kami,", "Teguh Patriot", "tegasnya"),
    ("Kapolres Halmahera Utara AKBP Erlichson Pasaribu hadir.\nDitambahkan Kapolres, “Kami akan selalu transparan kepada masyarakat,” tutup Kapolres.",
     "Kami akan selalu transparan kepada masyarakat,", "Erlichson Pasaribu", "tutup"),
    ("Gubernur Sulsel, Andi Sudirman Sulaiman mengatakan, “Tim Dinas Sosial memberi bantuan tanggap darurat,” ungkapnya.",
     "Tim Dinas Sosial memberi bantuan tanggap darurat,", "Andi Sudirman Sulaiman", "ungkapnya"),
    ("“Kami menyampaikan terima kasih kepada warga,” ujar Marthunis kepada wartawan.",
     "Kami menyampaikan terima kasih kepada warga,", "Marthunis", "ujar"),
    ('"Tiga orang telah ditetapkan sebagai tersangka," kata Kasi Pidsus Kejari Malteng Junita Sahetapy di Ambon.',
     "Tiga orang telah ditetapkan sebagai tersangka,", "Junita Sahetapy", "kata"),

    ("Polisi berjaga sejak pagi. “Kami siap,” tegas Kapolres Boalemo AKBP Sigit Rahayudi.",
     "Kami siap,", "Sigit Rahayudi", "tegas"),
    # tags of manner: a question, a quip, an excuse
    ("Ketua DPRD Boalemo, Ani Wijaya, hadir. “Kapan jalan ini diperbaiki?” tanya Ani.",
     "Kapan jalan ini diperbaiki?", "Ani Wijaya", "tanya"),
    ("Ketua DPRD Boalemo, Ani Wijaya, hadir. “Jangan-jangan anggarannya habis untuk rapat,” selorohnya.",
     "Jangan-jangan anggarannya habis untuk rapat,", "Ani Wijaya", "selorohnya"),
    ("“Anggaran sudah tersedia,” kilah Ani Wijaya, anggota DPRD Boalemo.",
     "Anggaran sudah tersedia,", "Ani Wijaya", "kilah"),
])
def test_quotes_direct_quote_with_speech_tag_resolves_speaker(text, quote, speaker, cue):
    direct = [q for q in quotes(text) if q.type == "direct"]
    assert [(q.text, q.speaker, q.cue) for q in direct] == [(quote, speaker, cue)]
    assert text[direct[0].span[0]:direct[0].span[1]] == quote


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"')])
def test_quotes_a_quote_over_two_paragraphs_leaves_the_marks_after_it_paired(open_, close):
    text = (f"Kalak BPBD Kota Makassar, Muh. Fadli Tahar, hadir.\n{open_}Kami mengerahkan 12 perahu karet ke lokasi.\n"
            f"{open_}Evakuasi masih berlangsung sampai sekarang,{close} ungkap Fadli.\n"
            f"Warga Antang, Daeng Ngai, mengaku sudah tiga kali mengungsi.\n"
            f"{open_}Air naik cepat sekali malam itu,{close} tutur Daeng Ngai.")
    assert [(q.text, q.speaker) for q in quotes(text) if q.type == "direct"] == [
        ("Kami mengerahkan 12 perahu karet ke lokasi.", "Muh. Fadli Tahar"),
        ("Evakuasi masih berlangsung sampai sekarang,", "Muh. Fadli Tahar"),
        ("Air naik cepat sekali malam itu,", "Daeng Ngai")]


def test_quotes_single_marks_as_the_outer_marks_are_direct_quotes():
    text = ("Wali Kota Surabaya Eri Cahyadi meninjau pasar.\n‘Jangan sampai warga jadi korban lagi,’ ujar Eri.\n"
            "Ia menyebut kasus Jum’at lalu sebagai ‘bom waktu’ bagi kota.\n"
            "“Kami menyebutnya ‘kampung tangguh’ karena warganya kompak,” kata Eri.")
    assert [(q.type, q.text, q.speaker) for q in quotes(text)] == [
        ("direct", "Jangan sampai warga jadi korban lagi,", "Eri Cahyadi"),
        ("indirect", "kasus Jum’at lalu sebagai ‘bom waktu’ bagi kota", "Eri Cahyadi"),
        ("direct", "Kami menyebutnya ‘kampung tangguh’ karena warganya kompak,", "Eri Cahyadi")]


def test_quotes_a_term_in_quotation_marks_stays_inside_the_reported_clause():
    text = "Bupati Boalemo Anas Jusuf menyebut banjir itu sebagai “bom waktu” bagi warga Tilamuta."
    assert [q.text for q in quotes(text)] == ["banjir itu sebagai “bom waktu” bagi warga Tilamuta"]


def test_quotes_a_quote_split_by_its_tag_is_two_quotes():
    text = "“Kasus ini menjadi atensi serius kami,” tegas AKBP Teguh Patriot. “Tidak ada toleransi bagi kejahatan terhadap anak.”"
    direct = quotes(text)
    assert [q.text for q in direct] == ["Kasus ini menjadi atensi serius kami,", "Tidak ada toleransi bagi kejahatan terhadap anak."]
    assert {q.speaker for q in direct} == {"Teguh Patriot"}


@pytest.mark.parametrize("text", [
    "Gerakan “Ayo ke Posyandu” digalakkan oleh dinas kesehatan.",
    "Ia menyebut program itu “luar biasa”. Warga menyebutnya “jalan tikus”, kata dia.",
])
def test_quotes_scare_quotes_are_not_speech(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,clause,speaker,cue", [
    ("Kepala Dinas Sosial Sagita Wartabone menyampaikan bahwa peran pekerja sosial mencakup banyak aspek.",
     "peran pekerja sosial mencakup banyak aspek", "Sagita Wartabone", "menyampaikan"),
    ("Kepala Dinas Sosial Sagita Wartabone hadir. Ia menegaskan pentingnya pengabdian peserta bimtek.",
     "pentingnya pengabdian peserta bimtek", "Sagita Wartabone", "menegaskan"),
    ("Bupati Boalemo Anas Jusuf hadir. Menurutnya, masyarakat mulai sadar bahaya plastik.",
     "masyarakat mulai sadar bahaya plastik", "Anas Jusuf", "Menurutnya"),
    ("Menurut Kepala Dinas Kesehatan Asran Masdy, angka stunting di Sulbar terus turun.",
     "angka stunting di Sulbar terus turun", "Asran Masdy", "Menurut"),
    ("Kapolres Halbar AKBP Teguh Patriot hadir. Kapolres Halbar juga mengimbau keras masyarakat agar kejadian ini menjadi pelajaran.",
     "keras masyarakat agar kejadian ini menjadi pelajaran", "Teguh Patriot", "mengimbau"),
])
def test_quotes_indirect_quote_after_speech_verb(text, clause, speaker, cue):
    indirect = [q for q in quotes(text) if q.type == "indirect"]
    assert [(q.text, q.speaker, q.cue) for q in indirect] == [(clause, speaker, cue)]


def test_quotes_back_reference_takes_the_sentence_before():
    text = ("Pemerintah Provinsi Lampung siapkan anggaran Rp750 miliar untuk perbaikan jalan.\n"
            "Hal ini dikatakan Gubernur Lampung Arinal Djunaidi usai rapat.")
    [q] = quotes(text)
    assert (q.text, q.speaker, q.cue) == ("Pemerintah Provinsi Lampung siapkan anggaran Rp750 miliar untuk perbaikan jalan",
                                          "Arinal Djunaidi", "dikatakan")


def test_quotes_a_back_reference_to_the_first_sentence_leaves_the_dateline_out():
    from pipeline.api import extract
    text = ("MAMUJU - Pemprov Sulbar menargetkan Jembatan Kalukku rampung Juli 2025.\n"
            "Hal itu disampaikan Kepala Dinas PUPR Sulbar, Andi Rahmat Kadir, Jumat (7/3).")
    [q] = extract(text)["quotes"]
    assert (q["text"], q["speaker"]) == ("Pemprov Sulbar menargetkan Jembatan Kalukku rampung Juli 2025", "Andi Rahmat Kadir")


@pytest.mark.parametrize("text,clause,cue", [
    ("Bupati Bojonegoro Setyo Wahono meninjau lokasi banjir di Desa Ngulanan dan meminta warga agar tetap waspada.",
     "warga agar tetap waspada", "meminta"),
    ("Kapolres Boalemo AKBP Sigit Rahayudi memimpin apel pagi serta menegaskan bahwa patroli ditambah.",
     "patroli ditambah", "menegaskan"),
])
def test_quotes_a_speech_verb_after_another_verb_of_the_same_subject(text, clause, cue):
    [quote] = quotes(text)
    assert (quote.text, quote.cue) == (clause, cue)
    assert quote.speaker in text and quote.speaker.split()[-1] in ("Wahono", "Rahayudi")


def test_quotes_two_verbs_sharing_a_subject_give_two_quotes():
    text = ("Deputi Sukadiono menyampaikan permohonan maaf atas ketidakhadiran menteri, dan menegaskan bahwa "
            "prevalensi stunting masih menjadi perhatian nasional.")
    assert [(q.text, q.cue) for q in quotes(text)] == [
        ("permohonan maaf atas ketidakhadiran menteri", "menyampaikan"),
        ("prevalensi stunting masih menjadi perhatian nasional", "menegaskan")]


@pytest.mark.parametrize("text,clause", [
    ("Warga Desa Bubaa, Rahman (45), mengaku lega.", "lega"),  # one word can be the whole report
    ("Kepala Dinas PUPR Budi Santoso mengakui gangguan distribusi.", "gangguan distribusi"),
])
def test_quotes_a_short_report_is_still_a_quote(text, clause):
    assert [q.text for q in quotes(text)] == [clause]


@pytest.mark.parametrize("text,clause,speaker,cue", [
    ("Kepala PDAM Sukarman Lapoa hadir. Ia melanjutkan, distribusi air dipusatkan di halaman kantor lurah.",
     "distribusi air dipusatkan di halaman kantor lurah", "Sukarman Lapoa", "melanjutkan"),
    ("Anggota DPRD Kendari Wa Ode Nurhasanah mempertanyakan dana penyertaan modal Rp 12 miliar.",
     "dana penyertaan modal Rp 12 miliar", "Wa Ode Nurhasanah", "mempertanyakan"),
    ("Kepala Dinas PUPR Budi Santoso menampik bahwa proyek itu mangkrak.", "proyek itu mangkrak", "Budi Santoso",
     "menampik"),
    ("Wali Kota Medan Rico Waas juga menyinggung normalisasi Sungai Deli yang tak kunjung tuntas.",
     "normalisasi Sungai Deli yang tak kunjung tuntas", "Rico Waas", "menyinggung"),
])
def test_quotes_verbs_of_questioning_objecting_and_continuing(text, clause, speaker, cue):
    assert [(q.text, q.speaker, q.cue) for q in quotes(text)] == [(clause, speaker, cue)]


@pytest.mark.parametrize("text,clause,cue", [
    ("Kepala Dinas PUPR Togap Simanjuntak hadir. Ia beralasan kegiatan fisik dijadwalkan setelah Lebaran.",
     "kegiatan fisik dijadwalkan setelah Lebaran", "beralasan"),
    ("Kepala Dinas PUPR Togap Simanjuntak berdalih anggaran belum cair.", "anggaran belum cair", "berdalih"),
    ("Di akhir rapat, Komisi I merekomendasikan agar siltap dibayarkan paling lambat 20 Mei.",
     "agar siltap dibayarkan paling lambat 20 Mei", "merekomendasikan"),
    # a speech verb inside an appeal is part of it
    ("Kejari Banggai mengimbau masyarakat mengawasi dana desa dan melaporkan apabila menemukan penyimpangan.",
     "masyarakat mengawasi dana desa dan melaporkan apabila menemukan penyimpangan", "mengimbau"),
])
def test_quotes_excuses_recommendations_and_appeals(text, clause, cue):
    assert [(q.text, q.cue) for q in quotes(text)] == [(clause, cue)]


def test_quotes_continuing_an_action_is_not_speech():
    assert quotes("Bupati Boalemo Anas Jafar melanjutkan pembangunan jembatan yang terhenti.") == []


def test_quotes_the_agent_of_a_passive_speech_verb_speaks_next():
    text = ("Direktur PDAM, Sukarman Lapoa, hadir. Anggota DPRD Kendari, Wa Ode Nurhasanah, bertanya. “Kapan selesai?” "
            "tanya Nurhasanah.\nSukarman menjawab, pipa sudah terpasang 70 persen.\nJawaban itu kembali disanggah "
            "Nurhasanah. “Jangan tiap tahun alasannya lahan,” ujarnya.")
    assert [q.speaker for q in quotes(text)][-1] == "Wa Ode Nurhasanah"


@pytest.mark.parametrize("text,expected", [
    ("Wali Kota Bukittinggi Erman Safar hadir. Wali Kota menegaskan, tema pembangunan kota tahun depan adalah "
     "“Penguatan Ekonomi Kerakyatan Menuju Bukittinggi Hebat”.",
     [("indirect", "tema pembangunan kota tahun depan adalah “Penguatan Ekonomi Kerakyatan Menuju Bukittinggi Hebat”")]),
    ("Kegiatan bertajuk “Gerakan Pangan Murah untuk Semua Warga Boalemo” itu dibuka Bupati Anas Jafar.", []),
])
def test_quotes_a_theme_or_title_in_quotation_marks_is_not_speech(text, expected):
    assert [(q.type, q.text) for q in quotes(text)] == expected


def test_quotes_an_active_verb_with_hal_itu_takes_the_sentence_before():
    text = ("Empat tersangka diamankan, sementara dua lainnya masih buron.\nKapolres Lampung Tengah AKBP Dodi Irawan "
            "Nasution, S.I.K., didampingi Kasat Reskrim AKP Made Wirya, menyampaikan hal itu saat konferensi pers.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("Empat tersangka diamankan, sementara dua lainnya masih buron", "Dodi Irawan Nasution")]


def test_quotes_hal_tersebut_as_the_subject_of_the_report_stays_in_it():
    text = "Kadis kesehatan dr Syahriar mengatakan hal tersebut berdasarkan hasil survei status gizi."
    assert [q.text for q in quotes(text)] == ["hal tersebut berdasarkan hasil survei status gizi"]


@pytest.mark.parametrize("text,speakers", [
    # the subject before a relative clause that names someone else
    ("Wali Kota Pangkalpinang Hendra Lim hadir. Hendra, yang didampingi Kepala Dinas Koperasi, UKM dan Perdagangan, "
     "Rina Agustina Tjhang, menyebut pasar murah akan digelar bergiliran.", ["Hendra Lim"]),
    # a second office after "yang juga" belongs to the person already named
    ("Ismail Mopangga, Kepala Desa Bulota yang juga Ketua Apdesi Kabupaten Gorontalo, mengatakan perangkat desa "
     "terpaksa berutang.", ["Ismail Mopangga"]),
    # a short form of a longer title, and a title followed by an aside
    ("Kepala Kejari Banggai melalui Kepala Seksi Intelijen, I Made Suardana, S.H., menyampaikan bahwa dua tersangka "
     "ditahan. Ketua DPRD Banggai Sonti Bakara hadir. “Penahanan dilakukan selama 20 hari,” ujar Kasi Intel.",
     ["I Made Suardana", "I Made Suardana"]),
    ("Rapat dihadiri Bupati Bengkulu Utara, RUSDI ISMAIL, dan Ketua DPRD, SONTI BAKARA. Ketua DPRD Sonti Bakara "
     "mengatakan rapat sah. Selanjutnya Bupati Bengkulu Utara dalam nota pengantarnya menyampaikan bahwa pendapatan "
     "daerah naik.", ["Sonti Bakara", "Rusdi Ismail"]),
    # a nickname that shortens a name word
    ("Ketua MPU Bireuen, Tgk. H. Jamaluddin Ibrahim, hadir. “Warkop itu rezeki,” tutur Abu Jamal, sapaan akrabnya.",
     ["Jamaluddin Ibrahim"]),
])
def test_quotes_speakers_away_from_the_verb(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speakers", [
    # a description with a nickname, then the nickname
    ("Kepala Desa Sumberejo, Bambang Eko Susilo, hadir. Pria yang akrab disapa Pak Eko itu mengakui musyawarah desa "
     "belum digelar. “Saya akui itu kelalaian kami,” ujar Eko.", ["Bambang Eko Susilo", "Bambang Eko Susilo"]),
    # a past title pointing back to the person just named
    ("Camat Ngasem, Dwi Hartono Prasetyo, hadir. Mantan Sekcam Gurah ini meminta kedua pihak menahan diri.",
     ["Dwi Hartono Prasetyo"]),
    ("Kepala BPBD Muaro Jambi Ahmad Yani hadir. Mantan Kabid Kedaruratan itu juga mengimbau warga waspada banjir.",
     ["Ahmad Yani"]),
    # a relative clause without commas, an interview aside with a place in it
    ("Bupati Mamuju Tengah Arsal Aras Puang Tanre yang meninjau posko pengungsian di SMP Negeri 1 Topoyo mengatakan "
     "dana Belanja Tidak Terduga sebesar Rp 2 miliar telah disiapkan.", ["Arsal Aras Puang Tanre"]),
    ("Pengusaha penyewa lahan, Hartono Wijaya alias Koh Hartono, ketika ditemui di kantornya di Jalan Hayam Wuruk, "
     "Kota Kediri, mengaku siap mengikuti keputusan musdes. Dia mengatakan sudah membayar sewa dua tahun di muka.",
     ["Hartono Wijaya", "Hartono Wijaya"]),
    # a nickname shortening a Balinese name
    ("Kasatpol PP Badung, I Gusti Agung Ketut Suryanegara, hadir. “Kami sudah tiga kali memberi peringatan lisan,” "
     "kata Gung Surya, sapaan akrabnya.", ["I Gusti Agung Ketut Suryanegara"]),
])
def test_quotes_speakers_by_description_and_aside(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speakers", [
    # a nickname sharing a word with an official's name is someone else's
    ("Camat Ngasem, Dwi Hartono Prasetyo, hadir. Pengusaha penyewa lahan, Hartono Wijaya alias Koh Hartono, mengaku "
     "siap mengikuti keputusan musdes.", ["Hartono Wijaya"]),
    # a chapel's name before a title with a first name, and a sentence opening with "Di"
    ("Bupati Ende, Yosef Benediktus Badeoda, hadir. Di hadapan warga yang berkumpul di halaman Kapela Santo Yosef "
     "Wolokoli, Bupati Yosef mengakui pemerintah terlambat merespons.", ["Yosef Benediktus Badeoda"]),
])
def test_quotes_speakers_whose_names_other_names_share(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


def test_quotes_a_short_object_before_a_direct_quote_is_not_one():
    text = "Kasat Reskrim Polres Halbar IPTU Ikra Patamani memaparkan kronologinya, “Korban dijemput pelaku.”"
    assert [(q.type, q.text) for q in quotes(text)] == [("direct", "Korban dijemput pelaku.")]


def test_quotes_not_a_speech_act_after_yang():
    assert quotes("Bupati Boalemo Anas Jusuf hadir bersama staf yang menyampaikan laporan kegiatan tahunan.") == []


@pytest.mark.parametrize("text,clause,speaker", [
    ("Wali Kota Batam Amsakar Achmad hadir. Menyinggung pelaku UMKM yang telah mendaftar, Amsakar mengaku "
     "saat ini tengah memikirkan upaya agar pelaku UMKM tidak dirugikan.",
     "saat ini tengah memikirkan upaya agar pelaku UMKM tidak dirugikan", "Amsakar Achmad"),
    ("Kasat Reskrim Polres Halbar IPTU Ikra Patamani, S.H, M.H, menjelaskan bahwa kasus ini ditangani unit PPA.",
     "kasus ini ditangani unit PPA", "Ikra Patamani"),
    ("Dengan adanya dukungan dari Bupati Aceh Barat, Dinas Pendidikan Aceh berharap kepala daerah lainnya ikut.",
     "kepala daerah lainnya ikut", "Dinas Pendidikan Aceh"),
    ("Dalam sambutannya, Wali Kota Ambon, Bodewin Wattimena yang dibaca oleh Wakil Walikota Ambon, Ely Toisutta "
     "menekankan bahwa air minum merupakan kebutuhan pokok.", "air minum merupakan kebutuhan pokok", "Bodewin Wattimena"),
    ("Ahmad Yani, Kepala Desa Bulota, mengatakan bahwa jalan desa rusak parah.",
     "jalan desa rusak parah", "Ahmad Yani"),
    # asides between the speaker and the verb: a relative clause, degrees, "dalam laporannya"
    ("Anggota Komisi III DPRD Medan dari daerah pemilihan II, Hotman Tua Pardede, yang hadir dalam sosialisasi itu, "
     "menegaskan dewan akan mengawal anggaran.", "dewan akan mengawal anggaran", "Hotman Tua Pardede"),
    ("Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kota Bukittinggi, Sdri. RINA OKTAVIA, S.T., M.T., dalam "
     "laporannya menjelaskan bahwa 1.248 usulan masuk.", "1.248 usulan masuk", "Rina Oktavia"),
    ("Pemerintah Kabupaten Pohuwato melalui Dinas Kesehatan menyatakan bahwa kasus DBD meningkat tajam.",
     "kasus DBD meningkat tajam", "Pemerintah Kabupaten Pohuwato"),
])
def test_quotes_indirect_subject_is_the_clause_before_the_verb(text, clause, speaker):
    indirect = [q for q in quotes(text) if q.type == "indirect"]
    assert [(q.text, q.speaker) for q in indirect] == [(clause, speaker)]


@pytest.mark.parametrize("text", [
    "Namun, Kadis Kesehatan dr Syahriar tak menjelaskan secara detail terkait wilayah yang mengalami kenaikan.",
    "Wali Kota Ambon Bodewin Wattimena menyampaikan sambutan resmi dalam Rapat Paripurna DPRD Kota Ambon.",
])
def test_quotes_negated_verbs_and_speeches_given_are_not_quotes(text):
    assert [q for q in quotes(text) if q.type == "indirect"] == []


def test_quotes_menurut_with_title_then_name():
    text = "Menurut Kepala Dinas PUPR Kabupaten Gorontalo, Ir. Haris Tome, jembatan itu mampu menahan beban dua ton."
    [q] = quotes(text)
    assert (q.text, q.speaker, q.cue) == ("jembatan itu mampu menahan beban dua ton", "Haris Tome", "Menurut")


@pytest.mark.parametrize("text,alias,speaker", [
    ("Wali Kota Makassar Moh. Ramdhan Pomanto atau Danny Pomanto hadir.\n“Kita harus bergerak cepat sekarang,” kata Danny.",
     "Danny Pomanto", "Moh. Ramdhan Pomanto"),
    ("Gubernur DKI Jakarta Basuki Tjahaja Purnama, yang akrab disapa Ahok, hadir. “Saya tidak takut sama sekali,” ujar Ahok.",
     "Ahok", "Basuki Tjahaja Purnama"),
    ("Wali Kota Surabaya Eri Cahyadi, yang disapa Cak Eri, hadir. “Kita harus bergerak cepat sekarang,” kata Cak Eri.",
     "Cak Eri", "Eri Cahyadi"),
    ("Bupati Aceh Utara Ismail Jalil alias Ayah Wa hadir. “Kita harus bergerak cepat sekarang,” tutur Ayah Wa.",
     "Ayah Wa", "Ismail Jalil"),
])
def test_quotes_a_nickname_the_article_gives_resolves_to_the_official(text, alias, speaker):
    officials = extract_officials(text)
    assert [o.aliases for o in officials] == [(alias,)]
    assert [q.speaker for q in extract_quotes(text, officials)] == [speaker]


@pytest.mark.parametrize("text,clause,speaker,cue", [
    ("Kasat Lantas Polres Gowa AKP Yudha Pranata Sinaga hadir. Petugas, kata dia, akan menindak pengemudi yang melanggar.",
     "akan menindak pengemudi yang melanggar", "Yudha Pranata Sinaga", "kata"),
    ("Bupati Gowa Adnan Ichsan hadir. Selama ini, katanya, pembagian hanya berdasarkan kesepakatan lisan.",
     "pembagian hanya berdasarkan kesepakatan lisan", "Adnan Ichsan", "katanya"),
    ("Bupati Gowa Adnan Ichsan hadir. Hal itu, menurut dia, memicu kemarahan warga.",
     "memicu kemarahan warga", "Adnan Ichsan", "menurut"),
])
def test_quotes_a_speech_tag_inside_the_sentence_reports_what_follows(text, clause, speaker, cue):
    assert [(q.type, q.text, q.speaker, q.cue) for q in quotes(text)] == [("indirect", clause, speaker, cue)]


@pytest.mark.parametrize("text,speaker", [
    ("Sekretaris Daerah Kabupaten Sigi, Moh. Rizal Lamasi, hadir.\n“Penurunan stunting bukan hanya urusan dinas,” tegas Sekda.",
     "Moh. Rizal Lamasi"),
    ("Kepala Dinas PUPR Gowa, Andi Fajar Karaeng Lewa meninjau proyek.\n“Kami sudah ingatkan di awal,” tegas Kadis itu.",
     "Andi Fajar Karaeng Lewa"),
    ("Bupati Gowa Adnan Ichsan dan Wakil Bupati Gowa Abdul Rauf hadir.\n“Kami siap mendukung program ini,” kata Wakil Bupati.",
     "Abdul Rauf"),
])
def test_quotes_a_speaker_named_by_title_alone_is_the_official_with_that_title(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


_RESIDENT = " Warga bernama Budi Santoso (40) ikut memadamkan api."


@pytest.mark.parametrize("intro,tag,speaker", [
    # a short title fusing office and unit, after the long form the article introduced
    ("Komandan Kodim 1205/Sintang, Letkol Inf Fransiskus Ayub, meninjau lokasi.", "ujar Dandim", "Fransiskus Ayub"),
    ("Kepala Kejaksaan Negeri Sintang, Dedi Kurniawan, meninjau lokasi.", "kata Kajari", "Dedi Kurniawan"),
    ("Kepala Satuan Polisi Pamong Praja (Satpol PP) Kota Medan, Rakhmat Harahap, meninjau lokasi.", "kata Kasatpol PP",
     "Rakhmat Harahap"),
    ("Kepala Dinas Kesehatan Sintang, dr. Maria Lestari, meninjau lokasi.", "kata Kadinkes", "Maria Lestari"),
    ("Penjabat (Pj.) Gubernur Jawa Timur, Dr. Ir. BAMBANG SURYO WICAKSONO, M.M., meninjau lokasi.", "tutur Pj. Gubernur",
     "Bambang Suryo Wicaksono"),
    # a title in lower case, and the head of a region by rank
    ("Camat Sepauk Andreas Tukiman meninjau lokasi.", "kata camat", "Andreas Tukiman"),
    ("Bupati Sintang Jarot Winarno meninjau lokasi.", "kata orang nomor satu di Sintang itu", "Jarot Winarno"),
    ("Bupati Sintang Jarot Winarno dan Wakil Bupati Sintang Sudiyanto meninjau lokasi.", "kata orang nomor dua di Sintang itu",
     "Sudiyanto"),
])
def test_quotes_a_speaker_named_by_a_short_or_lower_case_title_is_the_official_introduced_in_full(intro, tag, speaker):
    text = intro + _RESIDENT + f" “Api sudah padam,” {tag}."
    assert [q.speaker for q in quotes(text) if q.text.startswith("Api")] == [speaker]


@pytest.mark.parametrize("text,clause,cue", [
    ("Kepala Kampung Yumugima, Elias Lokobal Mabel membenarkan kedatangan petugas tersebut.",
     "kedatangan petugas tersebut", "membenarkan"),
    ("Ketua DPRD Gowa Rizki Syahputra mendesak pemerintah segera memperbaiki jalan itu.",
     "pemerintah segera memperbaiki jalan itu", "mendesak"),
])
def test_quotes_verbs_of_confirming_and_urging_report_speech(text, clause, cue):
    assert [(q.text, q.cue) for q in quotes(text)] == [(clause, cue)]


def test_quotes_a_word_of_an_officials_name_inside_another_name_is_not_that_official():
    text = ("Ketua Komisi C DPRD Kota Makassar, Sangkala Daeng Tompo, hadir.\n"
            "“Air naik cepat sekali malam itu,” tutur Daeng Ngai ditemui di posko.")
    assert [q.speaker for q in quotes(text)] == ["Daeng Ngai"]


@pytest.mark.parametrize("text,clause,speaker,cue", [
    ("Bupati Gowa Adnan Ichsan meninjau lokasi. Dikatakannya, program tersebut akan menyasar 1.000 keluarga.",
     "program tersebut akan menyasar 1.000 keluarga", "Adnan Ichsan", "Dikatakannya"),
    ("Kapolres Gowa AKBP Reonald Simanjuntak dan Bupati Gowa Adnan Ichsan hadir. Ditambahkan Kapolres, personel akan "
     "disiagakan di seluruh kecamatan.", "personel akan disiagakan di seluruh kecamatan", "Reonald Simanjuntak",
     "Ditambahkan"),
])
def test_quotes_a_passive_speech_verb_opening_the_sentence_reports_the_rest(text, clause, speaker, cue):
    assert [(q.type, q.text, q.speaker, q.cue) for q in quotes(text)] == [("indirect", clause, speaker, cue)]


def test_quotes_a_passive_verb_that_is_not_speech_reports_nothing():
    assert quotes("Diketahui, banjir merendam 200 rumah warga sejak pagi.") == []


@pytest.mark.parametrize("text,speakers", [
    # a nickname set up in the text, and a short name of someone introduced with their age
    ("Warga Sangkrah, Bambang Hartono alias Pak Tono, hadir.\n“Dulu air masuk sampai ke lapak,” kata Pak Tono.",
     ["Bambang Hartono"]),
    ("Pedagang bunga, Suparmi, 58, khawatir.\n“Setahun saja sudah berat, Mas,” tutur Mbok Parmi.", ["Suparmi"]),
    # a Batak name with "br" (boru), introduced with an age, then named by first name
    ("Seorang pedagang sayur, Maria br Simanjuntak (47), mengeluh.\n“Di atas itu panas, Bang,” ujarnya. Maria "
     "mengatakan, pembeli sepi sejak pekan lalu.", ["Maria br Simanjuntak", "Maria br Simanjuntak"]),
    # a nickname explained after it is used ("sapaan akrabnya"), of someone named before
    ("Bupati Aceh Utara, H. Abdul Jalil Usman, hadir.\n“Ini soal marwah daerah,” tutur Abu Jalil, sapaan akrabnya.",
     ["Abdul Jalil Usman"]),
    ("Kepala Desa Sukamaju, Bambang Supriyadi, hadir. “Air sudah surut,” kata Pak Supri, panggilan akrabnya.",
     ["Bambang Supriyadi"]),
    ("Mama Yuliana Manafe (44) antre sejak subuh. Mama Yuli berharap distribusi air bisa datang rutin setiap hari.",
     ["Yuliana Manafe"]),
    # a pronoun after a connective, and a person introduced with an age before "Ia"
    ("Hukum Tua Desa Tountimomor, Stevie Rumengan, hadir. Kendati demikian, ia memastikan BLT tersalur pekan ini.",
     ["Stevie Rumengan"]),
    ("Kuasa hukum, Husein Ohorella, hadir. “Talud itu tidak ada,” ungkap Husein.\nPemuda Negeri Waesala, Ridwan "
     "Latupono (27), mengaku lega. Ia berharap kasus ini menjadi pelajaran bagi negeri lain.",
     ["Husein Ohorella", "Ridwan Latupono", "Ridwan Latupono"]),
    # a description that names the person, and one that points back
    ("Juru parkir itu, Daeng Tompo, hadir. Pria bernama lengkap Abdul Rahman Tompo itu mengaku tidak pernah diajak bicara.",
     ["Abdul Rahman Tompo"]),
    ("Kepala Dinas Perdagangan Solo, Sri Wahyuningsih, hadir. Kadisdag itu juga memastikan retribusi digratiskan enam bulan.",
     ["Sri Wahyuningsih"]),
])
def test_quotes_speakers_named_by_nickname_description_or_pronoun_resolve_to_the_full_name(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speaker", [
    ("Angka stunting Kubu Raya turun ke 18 persen. Target itu ditegaskan Bupati Kubu Raya Sujiwo saat rapat.", "Sujiwo"),
    ("Seluruh hukum tua diminta mempercepat penyaluran BLT. Instruksi itu disampaikan Bupati Minahasa, Jerry Kalalo.",
     "Jerry Kalalo"),
])
def test_quotes_a_noun_back_reference_takes_the_sentence_before(text, speaker):
    [quote] = quotes(text)
    assert (quote.speaker, quote.text) == (speaker, text.split(". ")[0])


def test_quotes_a_noun_back_reference_without_a_speaker_is_no_quote():
    assert quotes("Ratusan pedagang menolak direlokasi. Penolakan itu disampaikan saat audiensi di kantor camat.") == []


def test_quotes_a_statement_cited_as_keterangan_is_reported_speech():
    text = "Berdasarkan keterangan Kasat Reskrim Polres Gorontalo AKP Ahmad Rifai, pelaku berjumlah dua orang."
    assert [(q.type, q.text, q.speaker, q.cue) for q in quotes(text)] == [
        ("indirect", "pelaku berjumlah dua orang", "Ahmad Rifai", "Berdasarkan keterangan")]


@pytest.mark.parametrize("source", [
    "Seorang ASN di lingkungan Dinas Pendidikan yang enggan disebut namanya mengaku khawatir penilaian tidak adil.",
    "Sumber di Polres Sintang yang tidak mau disebutkan identitasnya menyebutkan pelaku sudah diamankan.",
    "“Kami belum tahu,” kata seorang guru yang enggan disebutkan namanya.",
])
def test_quotes_a_source_who_withholds_their_name_has_no_speaker_and_neither_does_their_next_quote(source):
    text = ("Kepala Dinas Pendidikan Bengkulu, Rizki Ananda Pohan, mengatakan penilaian dilakukan secara objektif. "
            + source + " “Semoga benar-benar adil,” katanya. Rizki menambahkan, penilaian rampung bulan depan.")
    assert [q.speaker for q in quotes(text)] == ["Rizki Ananda Pohan", None, None, "Rizki Ananda Pohan"]


@pytest.mark.parametrize("text,clause", [
    ("Di lapangan, sejumlah jukir mengaku masih kebingungan.", "masih kebingungan"),
    ("Para pedagang menilai relokasi itu terburu-buru.", "relokasi itu terburu-buru"),
    ("Warga mengaku telah menggarap lahan tersebut sejak 1998.", "telah menggarap lahan tersebut sejak 1998"),
    # after a place put first
    ("Di Huntap Tondo II, warga mengaku hanya menerima air dua kali sepekan.", "hanya menerima air dua kali sepekan"),
])
def test_quotes_an_unnamed_group_speaking_has_no_speaker(text, clause):
    text = "Kepala Dishub Surabaya Tundjung Iswandaru mengatakan aturan berlaku hari ini. " + text
    assert [(q.text, q.speaker) for q in quotes(text)][1:] == [(clause, None)]



def test_quotes_a_resident_named_after_the_group_they_speak_for_is_the_speaker():
    text = ("Maria Goreti Lero (41), warga setempat, mengaku harus bangun pukul 04.00 Wita.\n"
            "“Tanah ini milik kami sejak lama,” kata koordinator warga, Udin Samsudin.\n"
            "“Kami akan cek satu per satu,” kata dia, Senin.")
    assert [q.speaker for q in quotes(text)] == ["Maria Goreti Lero", "Udin Samsudin", "Udin Samsudin"]


@pytest.mark.parametrize("text,clause", [
    ("Kepala UPT TPAS Cilowong, Ade Jaelani, tak menampik zona aktif sudah melampaui kapasitas.",
     "zona aktif sudah melampaui kapasitas"),
    ("Kepala UPT TPAS Cilowong, Ade Jaelani, tidak memungkiri bahwa zona aktif sudah penuh.", "zona aktif sudah penuh"),
    ("Kepala UPT TPAS Cilowong, Ade Jaelani, tidak membantah zona aktif sudah penuh.", "zona aktif sudah penuh"),
])
def test_quotes_a_denial_negated_admits_what_follows(text, clause):
    assert [(q.text, q.speaker) for q in quotes(text)] == [(clause, "Ade Jaelani")]


def test_quotes_other_verbs_negated_report_nothing():
    assert quotes("Camat Limboto, Budi Santoso, tidak menjelaskan alasan pemindahan itu.") == []


def test_quotes_a_speaker_named_at_a_sentence_end_is_not_joined_to_the_next_sentences_subject():
    text = ("Lurah Cilowong, Sarmadi, berharap Pemkot lebih peduli. “Warga minta kompensasi dibayar rutin,” tutur "
            "Sarmadi. Jaji (61), petani di Kampung Cilowong, merasakan dampak serupa. “Kalau hujan, air lindi masuk "
            "ke sawah,” keluhnya.")
    assert [q.speaker for q in quotes(text)] == ["Sarmadi", "Sarmadi", "Jaji"]


def test_quotes_an_indirect_quote_ends_at_a_sentence_after_a_lettered_room():
    text = ("Kepala SDK Lungar, Maria Goreti Ndiwa, mengatakan kerusakan paling parah terjadi di ruang kelas V. "
            "Rangka atap dari kayu di ruangan itu sudah lapuk.")
    assert [q.text for q in quotes(text)] == ["kerusakan paling parah terjadi di ruang kelas V"]


@pytest.mark.parametrize("text,speaker", [
    # degrees between the name and the title do not make the title's place the speaker
    ("Andi Baso Tenriajeng, S.IP, Lurah Maroangin, menyampaikan terima kasih atas layanan tersebut.",
     "Andi Baso Tenriajeng"),
    ("Rahmat Hidayat, S.Sos., M.Si, Kepala Desa Bubaa, menyampaikan terima kasih atas layanan tersebut.",
     "Rahmat Hidayat"),
    # the district of a resident's address is not the subject
    ("Suhairi, 52, petani asal Desa Bulangan Haji, Kecamatan Pegantenan, mengaku tembakaunya hanya ditawar Rp 35 ribu.",
     "Suhairi"),
])
def test_quotes_the_named_subject_before_degrees_titles_and_addresses(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_quotes_a_pronoun_after_a_clause_speaks_before_the_quote():
    text = ("Warga lainnya, Sri Mulyani (47), terpaksa mengungsi ke masjid.\nSambil menunjukkan rumahnya yang masih "
            "berlumpur, ia menuturkan, \"Airnya naik cepat sekali, kurang dari setengah jam sudah sepinggang.\"")
    assert [(q.type, q.speaker) for q in quotes(text)] == [("direct", "Sri Mulyani")]


def test_quotes_a_faction_by_its_acronym_is_named_in_full_and_a_person_description_points_to_a_person():
    text = ("Fraksi Partai Amanat Nasional (PAN) mengingatkan agar Perubahan APBD berpedoman pada PP. Fraksi PAN juga "
            "meminta pemerintah daerah memperhatikan pendapatan asli daerah.")
    assert [q.speaker for q in quotes(text)] == ["Fraksi Partai Amanat Nasional"] * 2
    text = ("Anggota DPRD Kubu Raya, Marselina Ayu, hadir. Fraksi PDI Perjuangan mendorong pemerintah daerah merevisi "
            "aturan retribusi.\nMenurut politisi perempuan itu, Ranperda harus memuat skema bank sampah.")
    assert [q.speaker for q in quotes(text)] == ["Fraksi PDI Perjuangan", "Marselina Ayu"]


def test_quotes_a_title_after_a_form_of_address_names_its_holder():
    text = ("Bendesa Adat Kediri, I Gusti Ngurah Putu Arsana, hadir.\n“Kami tidak ingin hanya imbauan,” ujar Jro Bendesa.")
    assert [q.speaker for q in quotes(text)] == ["I Gusti Ngurah Putu Arsana"]


def test_quotes_a_body_speaks_through_the_head_named_in_the_next_sentence():
    text = ("Dinas Pendidikan Kabupaten Belitung memastikan pendaftaran murid baru dibuka pada 16-21 Juni 2025.\n"
            "Hal itu disampaikan Kepala Dinas Pendidikan Belitung, Dra. Hj. Nurhayati Ishak, M.Pd, saat rapat.")
    assert [q.speaker for q in quotes(text)] == ["Nurhayati Ishak"]


def test_quotes_the_head_named_after_the_title_not_another_holder_of_it():
    text = ("KSOP Kelas I Sorong memprediksi lonjakan penumpang pada 24 Desember.\nHal itu disampaikan Kepala KSOP "
            "Kelas I Sorong, Capt. Daniel Yoseph Rumbiak, M.Mar, usai apel.\nKepala PT Pelni Cabang Sorong, Martinus "
            "Sawaki, mengungkapkan tiket sudah habis.")
    assert [q.speaker for q in quotes(text)] == ["Daniel Yoseph Rumbiak", "Martinus Sawaki"]


@pytest.mark.parametrize("text,speakers", [
    # the Minang press's short title for a deputy mayor
    ("Wakil Wali Kota Bukittinggi, Zulhendri Alwi, meninjau lokasi. “Kami tidak melarang orang mencari rezeki,” ujar "
     "Wawako.", ["Zulhendri Alwi"]),
    # a forum pointed back to
    ("Forum Peduli Lingkungan Sidoarjo meminta pansus melibatkan pemulung. Forum tersebut juga menilai draf itu terlalu "
     "menitikberatkan retribusi.", ["Forum Peduli Lingkungan Sidoarjo", "Forum Peduli Lingkungan Sidoarjo"]),
])
def test_quotes_a_short_title_and_a_forum_pointed_back_to(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


def test_quotes_katanya_after_a_person_introduced_by_what_she_does():
    text = ("Salah satu pedagang kue, Nurain Lasimpala, warga Desa Marisa Utara, menyambut baik penataan tersebut. "
            "“Sekarang sudah ada tenda, lebih nyaman,” katanya.")
    assert [q.speaker for q in quotes(text)] == ["Nurain Lasimpala"]


@pytest.mark.parametrize("text,speaker", [
    # a speech read out by someone else, written before the speaker: the speaker's words
    ("Kapolda Sulteng Irjen Pol. Andi Syamsuddin Lubis membuka apel.\nDalam amanat yang dibacakan Wakapolda, Kapolda "
     "menyampaikan bahwa operasi akan dilaksanakan selama 14 hari.", "Andi Syamsuddin Lubis"),
    # a long title with its acronym before the name
    ("Menurut Kepala Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Makassar, Andi Amri Jaya, hasil evaluasi "
     "ditargetkan turun sebelum 31 Desember 2025.", "Andi Amri Jaya"),
    # a body's report read by its spokesperson: the body says it
    ("Dalam laporan Badan Anggaran (Banggar) yang dibacakan juru bicaranya, Hj. Nurhaidah Lallo, S.Sos., M.Si., "
     "disebutkan bahwa belanja daerah dalam APBD 2026 dipatok Rp5,9 triliun.", "Badan Anggaran"),
    # a body by its acronym, spelled out earlier
    ("Lembaga Musyawarah Adat Suku Amungme (Lemasa) menyambut baik penyaluran itu. Melalui sekretarisnya, Paulus "
     "Kiwak, Lemasa meminta agar data penerima diumumkan.", "Lembaga Musyawarah Adat Suku Amungme"),
])
def test_quotes_read_out_speeches_long_titles_reports_and_acronyms(text, speaker):
    assert [q.speaker for q in quotes(text) if q.type == "indirect"][-1:] == [speaker]


def test_quotes_a_programme_name_in_quotation_marks_is_no_quote():
    text = ("Kepala BPBD Kota Padang, Yudhi Pratama Putra, hadir.\nIa menjelaskan, program \"Sekolah Siaga Bencana\" "
            "merupakan amanat Peraturan Daerah Kota Padang Nomor 3 Tahun 2008.")
    assert [(q.type, q.text, q.speaker) for q in quotes(text)] == [
        ("indirect", "program \"Sekolah Siaga Bencana\" merupakan amanat Peraturan Daerah Kota Padang Nomor 3 Tahun 2008",
         "Yudhi Pratama Putra")]


@pytest.mark.parametrize("text,speaker", [
    # a warning verb (memper-…-kan) reports speech
    ("Sementara itu, BMKG Stasiun Meteorologi Minangkabau memperingatkan bahwa hujan lebat masih berpotensi terjadi.",
     "BMKG Stasiun Meteorologi Minangkabau"),
    # "Lanjut dia," opening a sentence: the person speaking before
    ("Kepala Dinas Kesehatan Kota Kendari, Rahmawati Lasa, hadir. Lanjut dia, Pemerintah Kota Kendari juga telah "
     "menerbitkan surat edaran.", "Rahmawati Lasa"),
    # a lower-case title after the name, with an address, before the verb
    ("Salah satu kepala kampung yang dilantik, Yakob Tecuari, kepala Kampung Benyom di Distrik Nimboran, berjanji akan "
     "membuka informasi.", "Yakob Tecuari"),
    # a body written in lower case
    ("Menurut panitia seleksi, seluruh tahapan mengacu pada Permenpan RB Nomor 15 Tahun 2019.", "panitia seleksi"),
])
def test_quotes_warnings_tags_opening_a_sentence_lower_case_titles_and_bodies(text, speaker):
    assert [q.speaker for q in quotes(text) if q.type == "indirect"] == [speaker]


def test_quotes_a_speaker_described_by_the_name_they_are_called_is_that_person():
    text = ("Ketua Komisi D DPRD Kota Semarang, Siti Nur Laila Ramadhani, S.E., M.M., mengungkapkan, pihaknya menerima "
            "aduan. Sebagian besar mengeluhkan anaknya terlempar dari SMP negeri terdekat.\n“Ini yang membuat publik "
            "curiga,” tegas politikus yang akrab disapa Bu Laila itu.")
    assert [q.speaker for q in quotes(text) if q.type == "direct"] == ["Siti Nur Laila Ramadhani"]


def test_quotes_names_in_quotation_marks_and_a_factions_final_opinion_are_no_quotes():
    text = ("Kepala BPTD Maluku, Ronald Wattimury, mengatakan dua kapal yang melayani lintasan tersebut, yakni KMP “Temi” "
            "dan KMP “Tanjung Sole”, kini bersandar di pelabuhan.\nEnam fraksi menyampaikan pendapat akhir dalam paripurna "
            "tersebut.")
    assert [(q.type, q.text) for q in quotes(text)] == [
        ("indirect", "dua kapal yang melayani lintasan tersebut, yakni KMP “Temi” dan KMP “Tanjung Sole”, kini bersandar "
         "di pelabuhan")]


@pytest.mark.parametrize("text,speakers", [
    # the province of an address before the verb is not the subject: farmers in general are nobody to quote
    ("Petani padi di Kecamatan Torue, Kabupaten Parigi Moutong (Parimo), Sulawesi Tengah, mengeluhkan kelangkaan "
     "pupuk bersubsidi.", []),
    # a resident's occupation after the name: the name speaks
    ("Salah satu penerima, Mesak Iba, mahasiswa Universitas Papua (Unipa) asal Teluk Bintuni, mengaku bantuan itu "
     "sangat membantu.", ["Mesak Iba"]),
])
def test_quotes_a_province_in_an_address_and_an_occupation_after_a_name(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


@pytest.mark.parametrize("text,speaker", [
    # an official named before a relative clause that speaks
    ("Anggota Fraksi Demokrat, Hendrikus Saiba, hadir. Paripurna juga diwarnai interupsi dari anggota Fraksi Demokrat, "
     "Hendrikus Saiba, yang mempertanyakan mengapa dokumen Raperda baru dibagikan.", "Hendrikus Saiba"),
    # "sang bupati": the Bupati named before
    ("Bupati Bojonegoro Anwar Sholikin meninjau jembatan. Sang bupati pun langsung meminta kontraktor menambah "
     "jumlah pekerja.", "Anwar Sholikin"),
    # a long title before the name, after an opening phrase
    ("Di tempat terpisah, Plt Kepala Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Utara Zulfikar Amin "
     "mengatakan kasus tersebut harus menjadi pelajaran.", "Zulfikar Amin"),
    # a sentence ending in a number is a sentence ("… di TPS 3. Padahal, menurutnya, …")
    ("Kuasa hukum Jaenudin, Ahmad Fauzan, S.H., menuturkan kliennya menemukan 23 surat suara tidak sah di TPS 3. "
     "Padahal, menurutnya, coblosan itu sah.", "Ahmad Fauzan"),
])
def test_quotes_relative_clauses_sang_long_titles_and_sentences_ending_in_numbers(text, speaker):
    assert {q.speaker for q in quotes(text)} == {speaker}


def test_quotes_nya_after_a_body_spoke_is_the_person_named_before():
    text = ("Wali Kota Pekalongan, Bambang Heru Prasetyo, meninjau tanggul. Pemkot juga mengusulkan kelanjutan "
            "pembangunan tanggul laut.\n“Penanganan rob tidak bisa parsial,” ungkapnya.")
    assert [q.speaker for q in quotes(text) if q.type == "direct"] == ["Bambang Heru Prasetyo"]


def test_quotes_a_state_company_speaks_as_a_body():
    text = "Sementara itu, PLN UP3 Pekalongan menyebut pemadaman sementara dilakukan di 14 gardu distribusi."
    assert [q.speaker for q in quotes(text)] == ["PLN UP3 Pekalongan"]


@pytest.mark.parametrize("text,speaker", [
    # a local office by an acronym the tables lack, then its region
    ("DKP Pamekasan menyebutkan, luas lahan garam rakyat di Pamekasan mencapai 1.200 hektare.", "DKP Pamekasan"),
    # one unnamed person, with a relative clause: no speaker
    ("Seorang calon penumpang yang ditemui di dermaga mengaku sudah membeli tiket untuk Jumat (19/12).", None),
    # "Wali kota" opening a sentence: the Wali Kota named before
    ("Wali Kota Kendari, Andi Syahrul Lasamba, meninjau pasar. Wali kota juga mengungkapkan, Pemkot tengah menyiapkan "
     "Ranperda perparkiran.", "Andi Syahrul Lasamba"),
    # an estimate is reported speech; a name after a lower-case honorific and a long title speaks
    ("Kepala Perwakilan Bank Indonesia Jawa Tengah, Hendarto Wibisono, hadir. Ia memperkirakan pola serupa akan "
     "berulang hingga Maret.", "Hendarto Wibisono"),
    ("Kepala Bidang Kesehatan Hewan dan Kesehatan Masyarakat Veteriner (Keswan Kesmavet) Distan Tabanan, drh. I Gusti "
     "Ngurah Bagus Artawan, M.Si., mengatakan dari 11 sampel, sembilan positif ASF.", "I Gusti Ngurah Bagus Artawan"),
    # a Kakanwil is the head of a Kantor Wilayah named before
    ("Acara dihadiri Kepala Kantor Wilayah Kementerian Agama Provinsi Sulawesi Barat, Syamsul Bahri Mappa. Dalam "
     "sambutannya, Kakanwil menyampaikan apresiasi kepada seluruh warga madrasah.", "Syamsul Bahri Mappa"),
])
def test_quotes_local_offices_unnamed_people_lower_case_titles_and_estimates(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_quotes_counted_groups_are_no_speakers():
    text = ("Enam fraksi menyampaikan pandangannya secara bergantian. Lima fraksi menyatakan menerima Ranperda untuk "
            "dibahas lebih lanjut.")
    assert quotes(text) == []


@pytest.mark.parametrize("text,speaker,cue", [
    # a resident named before "menimpali:" speaks the quote after it
    ("“Kami tidak pernah diajak bicara,” kata Yusuf.\nWelmince Pattiasina (61), warga setempat, menimpali: “Tidak ada "
     "sosialisasi. Tiba-tiba alat berat masuk.”", "Welmince Pattiasina", "menimpali"),
    # "hanya berharap" after a description pointing back
    ("Salah satu pedagang, Suyatmi (52), tampak pasrah. Perempuan yang sudah 15 tahun berjualan nasi pecel itu hanya "
     "berharap lokasi baru tetap ramai pembeli.", "Suyatmi", "berharap"),
    # an example given is reported speech
    ("Wakil Ketua DPRD Banjarmasin, Muhammad Rizali Fahmi, hadir. Ia mencontohkan kawasan Pasar Sudimampir yang setiap "
     "sore macet.", "Muhammad Rizali Fahmi", "mencontohkan"),
])
def test_quotes_a_reply_after_a_colon_hopes_only_and_examples(text, speaker, cue):
    assert (quotes(text)[-1].speaker, quotes(text)[-1].cue) == (speaker, cue)


def test_quotes_a_resident_named_before_an_age_and_an_address_speaks():
    text = ("“Pelanggarannya jelas,” ujar Heru Santoso.\nSalah seorang penambang, Suwandi, 47 tahun, warga RT 03 RW 05 "
            "Desa Sumberwuluh, berharap pemerintah segera membuka zona tambang rakyat.")
    assert [q.speaker for q in quotes(text)] == ["Heru Santoso", "Suwandi"]


def test_quotes_what_a_banner_says_is_no_quote():
    text = ("Warga menggelar aksi damai sambil membentangkan spanduk bertuliskan “Jalan Rakyat Bukan Jalan Tambang”. "
            "Salah seorang warga, Samsul Bahri (38), mengatakan warga resah.")
    assert [(q.type, q.speaker) for q in quotes(text)] == [("indirect", "Samsul Bahri")]


@pytest.mark.parametrize("text,quote,speaker", [
    # who the person after "Menurut" is comes before the clause
    ("Menurut Suparmi, warga Kelurahan Ploso, Kecamatan Tambaksari, proses pengajuan cukup mudah.",
     "proses pengajuan cukup mudah", "Suparmi"),
    # a grandmother described after she was named; a resident who stood up and spoke
    ("Salah satu penerima, Hadija Ali (67), warga Dusun II, terharu. Nenek tiga cucu itu mengaku uang tersebut akan "
     "dipakai untuk membeli beras.", "uang tersebut akan dipakai untuk membeli beras", "Hadija Ali"),
    ("Jawaban itu memantik reaksi warga. Nurhayati Samad (49), warga Desa Kobe, berdiri dan menyampaikan bahwa ia "
     "harus membeli air galon.", "ia harus membeli air galon", "Nurhayati Samad"),
    # an office's statement, then "Hal itu disampaikan" its head, named by the unit's short form and region
    ("Dinas Pendidikan dan Kebudayaan (Dikbud) Provinsi Maluku memastikan pendaftaran SPMB dibuka Juni.\nHal itu "
     "disampaikan Kepala Dinas Dikbud Maluku, Dr. Sarlota Pattipeilohy, M.Pd saat sosialisasi.",
     "pendaftaran SPMB dibuka Juni", "Sarlota Pattipeilohy"),
])
def test_quotes_descriptions_after_menurut_grandmothers_stand_up_speakers_and_heads_of_units(text, quote, speaker):
    assert [(q.text, q.speaker) for q in quotes(text)] == [(quote, speaker)]


@pytest.mark.parametrize("text,speaker", [
    # "Menurut <title of an office the tables lack>, <honorific> <name>,": the official named there
    ("Menurut Kepala Dinperindag Banyumas, Ir Sulistyo Hadi, ada 60 lapak yang disiapkan di lokasi baru.",
     "Sulistyo Hadi"),
    ("Menurut Direktur Eksekutif Walhi Lampung, Niko Saputra, persoalan banjir tidak akan selesai.", "Niko Saputra"),
    # a doctor's title in lower case and degrees with no dots after the cue
    ("“Angka ini naik tiga kali lipat,” kata dr Budi Nurcahyo MKes, kepala Dinkes Jombang.", "Budi Nurcahyo"),
])
def test_quotes_menurut_an_unknown_office_and_a_doctor_after_the_cue(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_quotes_someone_asked_to_report_is_no_speaker():
    assert quotes("Puskesmas juga diminta melaporkan kasus baru paling lambat 1x24 jam.") == []


def test_quotes_hal_itu_disampaikan_a_lower_case_title_and_its_holder():
    text = ("“Kalau ndak dikasih kresek, pembeli pindah,” tutur Suwarni.\nPemkot diminta menyiapkan alternatif kemasan "
            "yang murah. Hal itu disampaikan anggota Komisi C DPRD Surabaya Hj. Lilik Nur Aini, S.Sos., saat dihubungi.")
    assert [q.speaker for q in quotes(text)] == ["Suwarni", "Lilik Nur Aini"]


def test_quotes_katanya_points_past_an_official_named_as_whose_something_is():
    text = ("Kepala Dinas Perindustrian Kabupaten Jayapura, Yohanis Wamebu, meninjau pasar. Yohanis menjelaskan, "
            "pembangunan lapak memakai dana Otonomi Khusus. Program itu juga masuk daftar prioritas Bupati Jayapura "
            "Habel Sokoy.\n\"Mama-mama ini selama ini jualan di emperan toko,\" katanya.")
    assert [q.speaker for q in quotes(text)] == ["Yohanis Wamebu", "Yohanis Wamebu"]


@pytest.mark.parametrize("text,quote,speaker", [
    # a tag closing a sentence with no quotation marks
    ("Darsono (43), ayah Rizky, mengaku sudah melapor. Tak ada yang datang, katanya.", "Tak ada yang datang",
     "Darsono"),
    # one unnamed person from a named village, met at a school
    ("Seorang wali murid asal Desa Jago yang ditemui di SMPN 1 Praya mengaku sempat kebingungan mengunggah dokumen.",
     "sempat kebingungan mengunggah dokumen", None),
    # a politician described by where they sit: the place is no name
    ("Ketua Komisi III DPRD Kaltim Muhammad Andi Faisal meninjau lokasi. Politikus yang sudah dua periode duduk di "
     "Karang Paci itu mengingatkan bahwa kewajiban reklamasi sudah diatur.", "kewajiban reklamasi sudah diatur",
     "Muhammad Andi Faisal"),
])
def test_quotes_closing_tags_unnamed_people_from_a_village_and_politicians_by_their_seat(text, quote, speaker):
    assert (quotes(text)[-1].text, quotes(text)[-1].speaker) == (quote, speaker)


@pytest.mark.parametrize("text,speaker", [
    ("Pihak LPDB-KUMKM menyatakan mendukung penuh langkah Kejari Deli Serdang.", "LPDB-KUMKM"),
    ("Pihak Pertamina menyatakan stok elpiji aman hingga akhir tahun.", "Pertamina"),
])
def test_quotes_pihak_before_a_body_names_the_body(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,expected", [
    # a regent the article never names still speaks, unnamed
    ("Dalam rapat koordinasi di Pendopo Wijayakusuma Cakti, Bupati Cilacap meminta seluruh camat memperbarui data desa "
     "terdampak setiap pekan.", [("seluruh camat memperbarui data desa terdampak setiap pekan", None)]),
    # a verb joined to the reported clause's own predicate is no second speech act
    ("Kepala Bidang Pengelolaan Pasar, Rahmawati Tuasikal, menuturkan pihaknya akan memasang papan petunjuk dan "
     "mengumumkan lokasi baru melalui RRI Timika.",
     [("pihaknya akan memasang papan petunjuk dan mengumumkan lokasi baru melalui RRI Timika", "Rahmawati Tuasikal")]),
])
def test_quotes_unnamed_regents_and_verbs_of_the_reported_clause(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,speaker", [
    # a speech read out for a regent the article never names: the regent's, unnamed
    ("Bupati Maluku Tengah dalam sambutan yang dibacakan Asisten Bidang Pemerintahan Setda Malteng, Drs. Jopie R. "
     "Latuconsina, M.Si, menegaskan raja negeri bukan hanya kepala pemerintahan.", None),
    # ... and one the article names: the regent's, after an opening phrase
    ("Bupati Grobogan Setiawan Hadi Prasetyo hadir. Terkait Ranperda APBD 2026, Bupati Grobogan dalam pendapat akhirnya "
     "yang dibacakan Wakil Bupati Endah Kurniasari menyampaikan bahwa total belanja daerah dirancang Rp3,1 triliun.",
     "Setiawan Hadi Prasetyo"),
])
def test_quotes_a_speech_read_out_for_the_regent(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_body_by_its_acronym_spelled_out_with_dan():
    text = ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Labuan Bajo memperketat pemeriksaan. KSOP "
            "memastikan pemeriksaan akan berlangsung hingga 31 Oktober.")
    assert [q.speaker for q in quotes(text)] == ["Kantor Kesyahbandaran dan Otoritas Pelabuhan"]


@pytest.mark.parametrize("text,speaker", [
    # the faction pointed back to
    ("Juru bicara Fraksi PDI Perjuangan, Yuliana Dewi Sinaga, menyoroti target PAD. Menurut fraksinya, angka itu "
     "terlalu optimistis.", "Fraksi PDI Perjuangan"),
    ("Fraksi Golkar melalui juru bicaranya, Abdul Hakim Ramadhan, mendorong pemkab patuh. Fraksi ini juga mengingatkan "
     "ketentuan Permendagri Nomor 14 Tahun 2025.", "Fraksi Golkar"),
    # a bare title word held by one official
    ("Di Pelabuhan Tulehu, rombongan disambut Raja Negeri Tulehu, Abdul Rahman Ohorella. Menurut Raja, warga siap "
     "membantu pengaturan parkir.", "Abdul Rahman Ohorella"),
    # a resident introduced with her age, named again by her last name
    ("“Sumur kami sudah kering,” kata Ni Ketut Sariasih (41), warga setempat. Kepala Pelaksana BPBD Buleleng, Luh Putu "
     "Wiradani, menyebut tangki dikirim tiap hari. Siang itu, Sariasih kembali ke rumahnya. Mandi, katanya, cukup "
     "sekali sehari.", "Ni Ketut Sariasih"),
    # recalling is speech
    ("Perbekel Pejarakan, Made Sukadana, mengenang kemarau panjang pada 2019 yang membuat warga menjual ternak.",
     "Made Sukadana"),
    ("Warga Pulau Barrang Lompo, Daeng Ngalle (61), mengisahkan kapal yang ditumpanginya nyaris terbalik.",
     "Daeng Ngalle"),
    # an island closing the address is not the subject
    ("Di ruang tunggu, Siti Aminah (34), warga Desa Arjasa, Pulau Kangean, mengaku sudah mengantre sejak pagi.",
     "Siti Aminah"),
])
def test_quotes_factions_pointed_back_to_bare_titles_and_residents_named_again(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_reduplicated_speech_verb():
    text = ("Bupati Ponorogo Sugeng Pramono menyerahkan alsintan. Ia juga mewanti-wanti agar bantuan tidak "
            "dipindahtangankan.")
    assert [(q.cue, q.speaker) for q in quotes(text)] == [("mewanti-wanti", "Sugeng Pramono")]


@pytest.mark.parametrize("text,speaker", [
    # "lalu" between the pronoun and the verb
    ("Di hadapan massa, Arfah menyebut DPRD akan memanggil BKPSDM.\nIa lalu berkata, \"Kami sepakat honorer ini harus "
     "diperjuangkan.\"", "Arfah"),
    # a count opening a sentence is no one to point back to
    ("RDP dipimpin Ketua Komisi I DPRD Berau, Darwis Lamante. Sebanyak 37 kepala keluarga mengklaim lahan seluas 212 "
     "hektare.\n“Semua pihak harus buka data, jangan hanya klaim,” tegasnya.", "Darwis Lamante"),
    # a Jakarta city office
    ("Di lokasi itu, Suku Dinas Sumber Daya Air (SDA) Jakarta Timur menyebutkan pembangunan turap ditargetkan dimulai "
     "April mendatang.", "Suku Dinas Sumber Daya Air (SDA) Jakarta Timur"),
])
def test_quotes_then_a_count_opening_a_sentence_and_jakarta_city_offices(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # a body spelled out with "dan" inside its name, then an aside before the verb
    ("Dinas Energi dan Sumber Daya Mineral (ESDM) Provinsi Maluku Utara dalam keterangan tertulis yang diterima di "
     "Ternate menyatakan akan menurunkan tim inspektur tambang.",
     "Dinas Energi dan Sumber Daya Mineral (ESDM) Provinsi Maluku Utara"),
    # a body written short after its full name: the full name
    ("Badan Pendapatan Daerah (Bapenda) Kabupaten Tangerang kembali menggelar program penghapusan denda. Bapenda "
     "mengimbau wajib pajak membayar melalui kanal resmi.", "Badan Pendapatan Daerah (Bapenda) Kabupaten Tangerang"),
    ("PT ASDP Indonesia Ferry (Persero) Cabang Ketapang menyiapkan 52 kapal. ASDP mengimbau pengguna jasa membeli "
     "tiket jauh hari.", "PT ASDP Indonesia Ferry (Persero) Cabang Ketapang"),
    # ... but not a local government's short form
    ("Pemerintah Kota (Pemkot) Batu menyiapkan tempat sampah. Pemkot menyebutkan pembagian dilakukan bertahap.",
     "Pemkot"),
    # two bodies joined by "dan": the first
    ("Pemkab Boalemo dan DPRD Boalemo menyatakan sepakat menaikkan anggaran.", "Pemkab Boalemo"),
    # a resident described, then "yang" and the verb
    ("Salah satunya Rina Marlina, warga Kelurahan Way Halim Permai, yang mengaku kesulitan menentukan titik "
     "koordinat rumah.", "Rina Marlina"),
])
def test_quotes_bodies_by_their_full_names_and_residents_before_a_relative_clause(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_one_word_body_keeps_the_region_it_was_named_with():
    text = ("Sementara itu, Walhi Maluku Utara dalam keterangan tertulisnya menilai persoalan di Sungai Kobe merupakan "
            "akibat lemahnya pengawasan. Walhi mendesak pemerintah daerah menegakkan sanksi administratif.")
    assert [q.speaker for q in quotes(text)] == ["Walhi Maluku Utara", "Walhi Maluku Utara"]


def test_quotes_a_climatology_station_speaks():
    text = ("Stasiun Klimatologi BMKG NTT dalam keterangan tertulis yang diterima di Kupang menyebutkan musim hujan "
            "baru dimulai pada akhir November.")
    assert quotes(text)[-1].speaker == "Stasiun Klimatologi BMKG NTT"


@pytest.mark.parametrize("text,speaker", [
    # a nickname given after a lower-case title
    ("Hal itu disampaikan Wakil Bupati Gresik, dr. Siti Rohmah Azizah, M.Kes., saat membuka rakor. Dalam sambutannya, "
     "wabup yang akrab disapa Ning Rohmah itu menyebut masa jabatan kepala desa kini delapan tahun.",
     "Siti Rohmah Azizah"),
    # a lower-case title after an opening phrase
    ("Apel dipimpin langsung Gubernur Kalimantan Selatan, H. Muhammad Rizal Fahlevi. Dalam amanatnya, gubernur "
     "mengingatkan bahwa musim kemarau tahun ini mencapai puncaknya pada Agustus.", "Muhammad Rizal Fahlevi"),
    ("Bupati Bogor Iwan Gunawan Saputra diwakili Sekretaris Daerah Ajat Sudrajat Rochmat. Dalam sambutan yang "
     "dibacakan Ajat, bupati menjelaskan perubahan Perda Pajak Daerah diperlukan.", "Iwan Gunawan Saputra"),
    # a body's records
    ("Menurut catatan DLH, dari 412 lapak yang diperiksa pagi itu, 167 lapak masih menyediakan kantong kresek.", "DLH"),
    # an unnamed group of a faction, an unnamed official, and "Ia" after someone who would not be named
    ("Usai paripurna, sejumlah anggota Fraksi Gerindra menyoroti belum adanya kajian dampak perubahan tarif.", None),
    ("Seorang pejabat Perum Bulog Kanwil NTB yang hadir memastikan pasokan diambil dari stok cadangan beras.", None),
    ("Seorang pengelola karaoke yang enggan disebut namanya mengaku keberatan. Ia berdalih tamu sedang ramai karena "
     "banyak rombongan dari luar kota.", None),
])
def test_quotes_nicknames_after_titles_lower_case_titles_records_and_unnamed_speakers(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_complaint_before_a_quote_and_no_tag_on_the_next_line():
    text = ("Kepala Dinas Ria Kurniasih Hadiwinata menegaskan aturan berlaku. Euis (58), pedagang sayur di blok C, "
            "khawatir pembeli akan pindah.\nIa mengeluh, \"Pembeli mah maunya praktis.\"\nMenanggapi hal itu, Ria "
            "memastikan aturan serupa berlaku.")
    direct = [q for q in quotes(text) if q.type == "direct"]
    assert [(q.cue, q.speaker) for q in direct] == [("mengeluh", "Euis")]


@pytest.mark.parametrize("text,speaker", [
    # a one-word name given with an age, named again
    ("“Buat minum saja kurang,” kata Sutini (52), salah satu warga. Kepala SD Negeri 2 Tepus, Endah Purwaningsih, "
     "mengatakan toilet ditutup. Sutini kebagian empat jeriken.\n“Cukup buat masak sampai Kamis,” katanya.", "Sutini"),
    # colloquial "bilang"
    ("Lurah Tepus, Sri Rahayu Ningsih, punya cerita lain. Ia bilang, bantuan dari kalurahan sebenarnya bisa lebih "
     "banyak.", "Sri Rahayu Ningsih"),
])
def test_quotes_one_word_names_named_again_and_bilang(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_fused_title_then_the_nickname_of_the_official():
    text = ("Kepala Kantor Kementerian Agama Kabupaten Sikka, Yohanes Don Bosco Lewar, S.Ag., M.Pd. membuka kegiatan.\n"
            "\"Angka dispensasi kawin di Sikka memang turun, tetapi belum nol,\" tegas Kakankemenag yang akrab disapa "
            "Don Bosco itu.")
    assert quotes(text)[-1].speaker == "Yohanes Don Bosco Lewar"


@pytest.mark.parametrize("text,speaker", [
    # "Karena itu" before the pronoun
    ("Menurut Dewi Kartika Sari, tantangan terbesar petani adalah alih fungsi lahan. Karena itu pihaknya mendorong DPRD "
     "segera menuntaskan Ranperda tersebut.", "Dewi Kartika Sari"),
    # "Perusahaan" after a company is named
    ("PT Borneo Mahakam Sejahtera dalam keterangan tertulisnya menyatakan menghormati penindakan tersebut. Perusahaan "
     "berjanji mengalihkan seluruh armadanya ke jalan hauling.", "PT Borneo Mahakam Sejahtera"),
])
def test_quotes_karena_itu_and_the_company_pointed_back_to(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # a politician's nickname after the title-less description, though someone unnamed spoke in between
    ("Anggota Komisi IV DPRD Kalimantan Timur, Sri Wahyuningsih Lestari, meminta dinas membuka posko. Sebagian besar "
     "orang tua mengeluhkan anaknya tidak lolos.\n“Jangan sampai ada titipan,” ujar politikus yang akrab disapa Yuyun "
     "itu.\nYuyun berharap persoalan serupa tidak terulang.", "Sri Wahyuningsih Lestari"),
    # the town of an address after the village, without its level word
    ("Salah seorang orang tua, Rahmadi (44), warga Kelurahan Melayu, Tenggarong, mengatakan titik koordinat rumahnya "
     "bergeser hampir dua kilometer.", "Rahmadi"),
    # a resident with an age after "Bagi", then "-nya" after another speaker
    ("Kepala Dinas Kesehatan, Antonius Wara, menilai cakupan vaksinasi rendah.\nBagi Fransiska Ina (34), warga "
     "Kelurahan Kota Uneng, imbauan itu bukan hal baru.\n“Kami cuci lukanya pakai sabun,” tuturnya.", "Fransiska Ina"),
])
def test_quotes_a_politicians_nickname_an_address_town_and_a_resident_after_bagi(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_a_thing_pointed_back_to_does_not_speak():
    text = ("Sedikitnya 60 kapal tidak melaut sejak Kamis (28/8/2025).\nKondisi itu mendorong Dinas Kelautan dan "
            "Perikanan Provinsi Sulawesi Tenggara menggelar rapat koordinasi bersama PT Pertamina.")
    assert quotes(text) == []


def test_quotes_an_unnamed_group_from_a_village_speaks_unnamed():
    text = ("Puluhan warga Desa Way Layap, Kecamatan Gedong Tataan, Kabupaten Pesawaran, mempertanyakan penggunaan Dana "
            "Desa untuk program ketahanan pangan.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("penggunaan Dana Desa untuk program ketahanan pangan", None)]


@pytest.mark.parametrize("text", [
    # a village head by title and village alone
    "Kepala Desa Kayuboko yang dihubungi terpisah membenarkan sebagian penambang berasal dari luar daerah.",
    # an unnamed officer of a post whose name has a year, placed by "di"
    "Seorang petugas Pos Pengamanan Operasi Lilin 2025 di pelabuhan mengatakan pemeriksaan barang bawaan diperketat.",
])
def test_quotes_an_unnamed_village_head_and_an_unnamed_post_officer_speak_unnamed(text):
    [quote] = quotes(text)
    assert quote.speaker is None and quote.type == "indirect"


def test_quotes_a_head_speaking_through_an_officer_with_a_long_title():
    text = ("Kepala Kejari Banda Aceh, Teuku Rizal Fahmi, melalui Kepala Seksi Tindak Pidana Umum (Kasi Pidum) Cut Meutia "
            "Sari menjelaskan, putusan itu telah berkekuatan hukum tetap sejak September lalu.")
    assert [q.speaker for q in quotes(text)] == ["Cut Meutia Sari"]


@pytest.mark.parametrize("text,speaker", [
    # the head of a police unit by rank, not the regent named after him
    ("Kapolres Pelalawan AKBP Hendra Saputra Ginting mengingatkan perusahaan agar tidak membakar lahan. Bupati "
     "Pelalawan, Tengku Azmi Rizal, meminta warga waspada.\nOrang nomor satu di Polres Pelalawan itu menegaskan "
     "pihaknya tidak akan pandang bulu.", "Hendra Saputra Ginting"),
    # an unnamed head of an office
    ("Kepala Kantor Pertanahan Garut yang turut hadir dalam rapat menyatakan siap menyinkronkan data LP2B.", None),
])
def test_quotes_the_head_of_a_police_unit_by_rank_and_an_unnamed_office_head(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_an_object_then_a_colon_introduces_the_direct_quote():
    text = ("Andi juga mengingatkan para pemilik kapal soal batas kewenangan perizinan: “Kapal di bawah 30 GT izinnya di "
            "provinsi.”")
    assert [(q.type, q.speaker, q.cue) for q in quotes(text)] == [("direct", "Andi", "mengingatkan")]


@pytest.mark.parametrize("text,speaker", [
    # a politician described by where he comes from, then his nickname
    ("Ketua Komisi II DPRD Bali, I Gusti Ngurah Agung Wirawan, menilai kepatuhan masih rendah.\n\"Sistemnya yang salah,\" "
     "tegas politisi asal Buleleng yang akrab disapa Gung Wirawan itu.\nMenurut Gung Wirawan, petugas kurang.",
     "I Gusti Ngurah Agung Wirawan"),
    # a lower-case title after "Menurut", then the nickname
    ("Bupati Pasuruan, Mochamad Zainal Arifin, meninjau lokasi banjir.\nMenurut bupati yang akrab disapa Gus Zainal itu, "
     "banjir tahun ini yang terparah sejak 2021.", "Mochamad Zainal Arifin"),
])
def test_quotes_nicknames_after_described_politicians_and_lower_case_titles(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_quotes_adapun_before_a_body_speaking_in_writing():
    text = ("Adapun Pemerintah Daerah (Pemda) DIY dalam keterangan tertulis yang diterima Bernas menyatakan, pengolahan "
            "sampah regional di Piyungan ditargetkan beroperasi pada pertengahan 2026.")
    assert [q.speaker for q in quotes(text)] == ["Pemerintah Daerah (Pemda) DIY"]


def test_quotes_a_plan_to_propose_is_no_speech():
    assert quotes("Pemkab Sintang sendiri berencana mengusulkan dukungan sarana air bersih dalam APBD Perubahan 2026.") == []


@pytest.mark.parametrize("text,speaker", [
    # how the reporter met the speaker opens the sentence; the description after it points back
    ("Ketua Fraksi Demokrat DPRD Sarolangun, Muhammad Syahrial, menyampaikan pandangan fraksinya.\nDitemui usai "
     "paripurna, politisi Partai Demokrat itu berharap seluruh OPD hadir lengkap dalam rapat Badan Anggaran.",
     "Muhammad Syahrial"),
    ("Kapolres Lahat AKBP Rudi Hartono memimpin apel. Saat dikonfirmasi, Kapolres menjelaskan pengamanan berjalan lancar.",
     "Rudi Hartono"),
])
def test_quotes_how_the_speaker_was_met_is_not_the_subject(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text,expected", [
    # "materi" opens the clause after a verb that takes no object; after "menyampaikan" it is the talk given
    ("Salah seorang peserta, Kepala Kampung Gunung Sangkaran, Rusdi Effendi (52), mengaku materi perpajakan paling "
     "dibutuhkan aparatur kampung.", [("Rusdi Effendi", "materi perpajakan paling dibutuhkan aparatur kampung")]),
    ("Kepala Bapenda Siak, Rusdi Effendi, menyampaikan materi tentang pajak daerah.", []),
])
def test_quotes_materi_after_a_verb_that_takes_a_clause(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,speaker", [
    # a merged unit's name lists its fields with commas, between the name and the verb
    ("Agustinus Marpaung, Kepala Dinas Perdagangan, Koperasi dan UKM (Disdagkop UKM) Kota Dumai, menjelaskan stok "
     "beras aman.", "Agustinus Marpaung"),
    ("Rina Lestari, Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga "
     "Berencana Kabupaten Sigi, mengatakan kasus kekerasan menurun.", "Rina Lestari"),
])
def test_quotes_a_unit_name_with_commas_after_the_speakers_name(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,expected", [
    # a count of people with complaints is no one's words
    ("Hingga Rabu, tercatat 37 warga mengeluhkan gatal-gatal dan diare setelah banjir.", []),
    # a time before the subject is not its name; residents named by what they receive speak unnamed
    ("Hingga Rabu, warga mengeluhkan air bersih belum mengalir.", [(None, "air bersih belum mengalir")]),
    ("Di Desa Bungko, Kecamatan Kotamobagu Selatan, warga penerima BLT berharap pencairan tidak molor.",
     [(None, "pencairan tidak molor")]),
])
def test_quotes_tallies_times_and_unnamed_recipients(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,speaker", [
    # a suspect named by initials speaks by them, after how the police learnt it
    ("Tersangka pertama berinisial RS (34) ditangkap. Dari hasil interogasi, RS mengaku mendapatkan barang itu dari AT.",
     "RS"),
    ("Polisi menangkap pria berinisial AT. Tersangka AT mengaku menjual sabu sejak Januari.", "AT"),
])
def test_quotes_suspects_named_by_initials(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_quotes_a_concession_before_the_subject_is_no_name():
    text = ("Ketua DPRD Blora, Siswanto Wibowo, memimpin rapat. Meski demikian, Siswanto menegaskan penetapan APBD "
            "tepat waktu.")
    assert [q.speaker for q in quotes(text)] == ["Siswanto Wibowo"]


def test_quotes_a_word_two_people_share_names_the_one_it_opens():
    text = ("Bupati Blora Bambang Setyo Nugroho membuka rapat. Kepala DPUPR Blora, Nugroho Adi Santoso, hadir.\n"
            "Nugroho menyebut ruas Randublatung–Ngliron akan dibeton.")
    assert quotes(text)[-1].speaker == "Nugroho Adi Santoso"


def test_quotes_residents_described_by_a_relative_clause_speak_unnamed():
    text = ("Di luar gedung, sejumlah warga yang ikut mengantar kepala kampung berharap dana tahun ini benar-benar "
            "dirasakan masyarakat.")
    assert [(q.speaker, q.text) for q in quotes(text)] == [(None, "dana tahun ini benar-benar dirasakan masyarakat")]


@pytest.mark.parametrize("text,expected", [
    # the one who stands in for an official speaks
    ("Kapolres Kaur AKBP Yusuf Ardiansyah yang diwakili Kasat Reskrim AKP Reno Saputra menyampaikan bahwa kepolisian "
     "siap mendampingi desa.", [("Reno Saputra", "kepolisian siap mendampingi desa")]),
    # a budget statement delivered is no quote; an event pointed back to is no speaker
    ("Pemerintah Kabupaten Ponorogo menyampaikan Nota Keuangan atas Rancangan Peraturan Daerah tentang APBD 2026.", []),
    ("Banjir kali ini mengingatkan warga pada bencana serupa yang melanda Pesisir Selatan pada Maret 2024.", []),
])
def test_quotes_stand_ins_budget_statements_and_events_as_subjects(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


def test_quotes_an_obligation_is_no_speech():
    text = ("Karena itu, pemerintah daerah berkewajiban memastikan mereka diperlakukan secara manusiawi selama "
            "transit.")
    assert quotes(text) == []


@pytest.mark.parametrize("text,expected", [
    # "Sementara" without "itu" opens the sentence, the faction speaks
    ("Sementara Fraksi Gerindra menyoroti pentingnya digitalisasi pembayaran pajak daerah.",
     [("Fraksi Gerindra", "pentingnya digitalisasi pembayaran pajak daerah")]),
    # what a regulation provides is no one's words
    ("Sementara Perda Provinsi Maluku Nomor 14 Tahun 2005 mengakui negeri sebagai kesatuan masyarakat hukum adat.", []),
    ("Undang-Undang Nomor 32 Tahun 2009 menegaskan setiap usaha wajib memiliki Amdal.", []),
    # the form written with a space, or a minister's short form glued to "Permen"
    ("Undang Undang Nomor 6 Tahun 2014 menegaskan desa berwenang mengatur urusannya sendiri.", []),
    ("PermenPUPR Nomor 14 Tahun 2017 menegaskan gedung publik wajib ramah disabilitas.", []),
])
def test_quotes_sementara_opens_a_sentence_and_regulations_say_nothing(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an official's bare title acting in the sentence before "kata dia"
    ("Didampingi Kepala Dinas Kesehatan dr. Maria Ulfah dan Kepala Dinas Pendidikan Drs. Gusti Rahmadi, Wabup mencicipi "
     "menu hari itu. “Rasanya enak, porsinya cukup,” kata dia. Wakil Bupati Kotabaru Ahmad Rifani Syahbana menambahkan "
     "pengawasan diperketat.",
     [("Ahmad Rifani Syahbana", "Rasanya enak, porsinya cukup,"), ("Ahmad Rifani Syahbana", "pengawasan diperketat")]),
    # a resident named before a description, then "Menurutnya"
    ("Kapolres Budi Santoso mengatakan stok aman. Stenly Pulumbara, nelayan asal Kecamatan Beo, merasakan langsung "
     "dampak kelangkaan itu. Menurutnya, sepekan terakhir ia hanya bisa melaut dua kali.",
     [("Budi Santoso", "stok aman"), ("Stenly Pulumbara", "sepekan terakhir ia hanya bisa melaut dua kali")]),
    # the town after a workplace, and "ibu rumah tangga" as a description, are no subjects
    ("Syamsiah, pedagang sayur di Pasar Tangga Arung, Tenggarong, mengeluhkan jalan menuju pasar yang kerap tergenang.",
     [("Syamsiah", "jalan menuju pasar yang kerap tergenang")]),
    ("Yuliana Gainau, ibu rumah tangga asal Desa Longgar, mengatakan harga beras naik.",
     [("Yuliana Gainau", "harga beras naik")]),
    # what follows "ujarnya" names no one; salt farmers speak as a group
    ("Kepala Dinas Kesehatan, Hendra Siregar, menegaskan pihaknya siaga. “Keselamatan nomor satu,” ujarnya saat "
     "ditemui di kantornya, Rabu.", [("Hendra Siregar", "pihaknya siaga"), ("Hendra Siregar", "Keselamatan nomor satu,")]),
    ("Dalam rapat itu, petambak mengeluhkan harga garam yang kini hanya Rp 500 per kilogram.",
     [(None, "harga garam yang kini hanya Rp 500 per kilogram")]),
])
def test_quotes_titles_acting_residents_described_and_groups(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause after a degree with no comma before it
    ("Sekda Sukamara, Drs. Rahmat Sahrani, M.AP yang hadir mewakili Bupati menyebut Pemkab telah menyiapkan anggaran.",
     [("Rahmat Sahrani", "Pemkab telah menyiapkan anggaran")]),
    # a draft handed over is no speech; one spoken of is
    ("Bupati Buru, Ir. H. Rusdi Wael, M.Si menyampaikan Rancangan Peraturan Daerah (Ranperda) tentang Perubahan APBD "
     "dalam rapat paripurna.", []),
    ("Bupati Pidie menyampaikan Raperbup tentang Penataan Pasar kepada tim asistensi provinsi.", []),
    ("Ketua Pansus, Ahmad Zuhri, mengatakan Raperda tersebut akan menggantikan Perda Nomor 7 Tahun 2018.",
     [("Ahmad Zuhri", "Raperda tersebut akan menggantikan Perda Nomor 7 Tahun 2018")]),
])
def test_quotes_relatives_after_degrees_and_drafts_handed_over(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


def test_quotes_dalam_sambutannya_ia_without_a_comma():
    text = ("Wakil Bupati Buton Tengah, Dr. H. Muh. Arifin Lamusu, M.Si, membuka MPLS, Senin pagi. Dalam sambutannya ia "
            "menekankan pentingnya sekolah menjadi ruang yang aman bagi murid baru.")
    assert [(q.speaker, q.text) for q in quotes(text)] == [
        ("Muh. Arifin Lamusu", "pentingnya sekolah menjadi ruang yang aman bagi murid baru")]


@pytest.mark.parametrize("text,expected", [
    # a resident introduced after whom something came from, then "Ia"
    ("Ketua Komisi II, Markus Patandung, mengatakan dinas akan dipanggil. Keluhan serupa datang dari Yuliana Rante Allo, "
     "pedagang ikan kering di blok B. Ia mengaku omzetnya turun hampir separuh.",
     [("Markus Patandung", "dinas akan dipanggil"), ("Yuliana Rante Allo", "omzetnya turun hampir separuh")]),
    ("Kepala DKP, Ismail Hulinggi, mengatakan stok aman. Hal yang sama dirasakan Rahman Ali, nelayan pancing ulur dari "
     "Desa Ilangata. Ia meminta pemerintah membangun SPDN tambahan.",
     [("Ismail Hulinggi", "stok aman"), ("Rahman Ali", "pemerintah membangun SPDN tambahan")]),
])
def test_quotes_residents_introduced_after_dari_or_dirasakan(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


def test_quotes_an_aside_after_degrees_before_the_verb():
    text = ("Kasat Reskrim Polres Tolitoli AKP Moh. Ridwan Hamzah, S.H. selaku Ketua Satgas Pangan menuturkan, hingga kini "
            "pihaknya belum menemukan indikasi penimbunan.")
    assert [(q.speaker, q.text) for q in quotes(text)] == [
        ("Moh. Ridwan Hamzah", "hingga kini pihaknya belum menemukan indikasi penimbunan")]


@pytest.mark.parametrize("text,speaker", [
    # a resident named before or after their description, with the places it names, speaks on after "Ia"/"Menurutnya"
    ("Kepala Dinas Pertanian, Ahmad Syahrani, mengatakan pompa disiapkan. Saparudin, petani di Desa Jejangkit Muara, "
     "punya harapan serupa. Menurutnya, saluran irigasi di desanya sudah dangkal.", "Saparudin"),
    ("Kepala Puskesmas, Hendrik Lahamendu, mengatakan ambulans siap. Warga Desa Kordakel, Kecamatan Kabaruan, "
     "Oktovianus Essing, menyambut baik bantuan tersebut. Ia berharap pemerintah menempatkan dokter tetap.",
     "Oktovianus Essing"),
    ("Camat Hamzah Mahmud mengatakan banjir surut. Petani asal Desa Lapeo, Sahabuddin, juga khawatir gagal panen. Ia "
     "mengatakan bibit padi rusak.", "Sahabuddin"),
    # a district after the village is no one ("warga Negeri Haria, Saparua, yang …")
    ("Kepala Dinas Perhubungan, Frans Latuheru, mengatakan kapal siap. Hal berbeda dirasakan Maria Leatemia (52), warga "
     "Negeri Haria, Saparua, yang ditemui di dermaga. Ia berharap harga tiket tidak dinaikkan.", "Maria Leatemia"),
])
def test_quotes_residents_described_around_their_names_speak_after_ia(text, speaker):
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # a covering note handed over, and a reply only scheduled, are no speech
    "Pemerintah Kabupaten Deli Serdang menyampaikan nota pengantar Rancangan Peraturan Daerah (Ranperda) tentang "
    "Perubahan APBD Tahun Anggaran 2025 dalam rapat paripurna.",
    "Setelah pemandangan umum fraksi, bupati dijadwalkan menyampaikan jawaban pemerintah dalam paripurna berikutnya.",
])
def test_quotes_a_note_handed_over_or_a_reply_scheduled_is_no_speech(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,expected", [
    # an opinion given ("berpendapat"); what an appeal by "mengingatkan" asks is part of it
    ("Ketua DPRD Boltim Rahmat Lasabuda berpendapat penertiban harus dibarengi solusi ekonomi bagi warga.",
     [("Rahmat Lasabuda", "penertiban harus dibarengi solusi ekonomi bagi warga")]),
    ("Yulianus mengingatkan kepala sekolah agar menggunakan dana tersebut sesuai aturan dan melaporkannya tepat waktu.",
     [("Yulianus", "kepala sekolah agar menggunakan dana tersebut sesuai aturan dan melaporkannya tepat waktu")]),
    # symptoms complained of are no words said
    ("Hingga Rabu malam, petugas telah menangani 63 pengungsi, sebagian besar mengeluhkan diare, gatal-gatal, dan "
     "infeksi saluran pernapasan atas (ISPA).", []),
])
def test_quotes_opinions_reminders_and_no_symptoms(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a reported clause with its own subject keeps a verb joined after it
    ("Ketua Balawista, Engkus Kuswandi, mengatakan anggotanya bertugas menyisir bibir pantai dan memastikan tidak ada "
     "wisatawan yang tertinggal.", [("Engkus Kuswandi", "anggotanya bertugas menyisir bibir pantai dan memastikan "
                                   "tidak ada wisatawan yang tertinggal")]),
    ("Wabup Marani menambahkan, Pemkab Teluk Wondama akan mengalokasikan anggaran untuk tanggul, serta mengusulkan "
     "dukungan dana siap pakai kepada BNPB.",
     [("Marani", "Pemkab Teluk Wondama akan mengalokasikan anggaran untuk tanggul, serta mengusulkan dukungan dana siap "
       "pakai kepada BNPB")]),
])
def test_quotes_a_clause_with_its_own_subject_keeps_its_joined_verbs(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


def test_quotes_a_representative_named_after_an_opening_phrase_speaks():
    text = ("Kepala Bappeda Benny Sitompul mengatakan rencana siap. Dari unsur masyarakat, Ester Hubi, perwakilan "
            "mama-mama pedagang dari Kampung Pirip, Distrik Elelim, berharap pemerintah segera membangun pasar.")
    assert quotes(text)[-1].speaker == "Ester Hubi"


@pytest.mark.parametrize("text", [
    # a duty to report "it" somewhere holds no clause
    "Posko itu bertugas mendata warga terdampak dan melaporkannya ke kecamatan dua kali sehari.",
    "Satgas itu bertugas memantau perkembangan musdesus setiap hari dan melaporkannya kepada bupati.",
])
def test_quotes_reporting_it_somewhere_is_no_quote(text):
    assert quotes(text) == []


def test_quotes_other_traders_asking_are_an_unnamed_group():
    text = "Nurhayati mengaku omzetnya turun. Pedagang lain juga mempertanyakan rencana kenaikan retribusi los."
    assert [(q.text, q.speaker) for q in quotes(text)][-1] == ("rencana kenaikan retribusi los", None)


def test_quotes_he_is_the_speaker_not_the_officer_accompanying_him():
    text = ("“Kami tempatkan 35 personel gabungan di pelabuhan,” kata Kapolres Situbondo AKBP Rendra Wicaksono "
            "didampingi Kasat Polairud AKP Dwi Suyitno saat meninjau pospam.\nIa menegaskan, petugas tidak akan memberi "
            "toleransi kepada nakhoda yang memaksa berlayar.")
    assert quotes(text)[-1].speaker == "Rendra Wicaksono"


def test_quotes_a_complaint_given_as_the_reason_for_something_done_is_no_quote():
    text = "Langkah itu diambil setelah warga mengeluhkan harga tabung melon di tingkat pengecer yang terus naik."
    assert quotes(text) == []


def test_quotes_sambung_dia_in_mid_sentence_tags_the_rest():
    text = ("Menurut Yulius, alokasi BTT tercatat Rp7,5 miliar. Penggunaannya, sambung dia, mengikuti ketentuan "
            "Permendagri Nomor 77 Tahun 2020.")
    assert [(q.text, q.cue) for q in quotes(text)][-1] == ("mengikuti ketentuan Permendagri Nomor 77 Tahun 2020", "sambung")


def test_quotes_a_lists_ordinals_are_no_speakers():
    text = ("Di akhir rapat, Komisi III menyepakati tiga rekomendasi. Kedua, meminta Pemkab Seluma segera menetapkan "
            "status darurat abrasi. Ketiga, mendorong Pemprov Bengkulu memprioritaskan pembangunan pemecah gelombang.")
    assert [q.speaker for q in quotes(text)] == []


def test_quotes_a_faction_by_its_partys_initials_after_its_full_name():
    text = ("Juru bicara Fraksi Partai Amanat Nasional, Gusti Rahmat Hidayat, menyoroti serapan belanja modal. Fraksi "
            "PAN juga mengingatkan agar tambahan DBH tidak habis untuk belanja pegawai.")
    assert quotes(text)[-1].speaker == "Fraksi Partai Amanat Nasional"


def test_quotes_traders_representatives_after_the_date_speak_unnamed():
    text = ("Dalam rapat dengar pendapat (RDP) di Ruang Rapat Komisi II DPRD HST, Selasa (28/10/2025), perwakilan "
            "pedagang meminta pemindahan ditunda hingga seluruh kios sementara siap ditempati.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("pemindahan ditunda hingga seluruh kios sementara siap ditempati", None)]


def test_quotes_a_reported_clause_whose_subject_is_a_title_keeps_its_joined_verb():
    text = ("Camat Rupit, Edi Susanto, menyebut camat akan menjadi koordinator pendampingan di wilayah masing-masing "
            "dan melaporkan perkembangan setiap bulan kepada bupati.")
    assert [q.text for q in quotes(text)] == [
        "camat akan menjadi koordinator pendampingan di wilayah masing-masing dan melaporkan perkembangan setiap bulan "
        "kepada bupati"]


def test_quotes_someone_introduced_with_an_age_inside_the_clause_is_not_menuruts_speaker():
    text = ("Menurut Asdar, korban meninggal atas nama Kasim (67), warga Dusun III Desa Saludongka, terseret arus saat "
            "berusaha menyelamatkan ternaknya.")
    assert [(q.speaker, q.text[:24]) for q in quotes(text)] == [("Asdar", "korban meninggal atas na")]


def test_quotes_a_report_handed_over_is_no_quote():
    text = "Kepala Desa Sukamaju, Ahmad Yani, menyampaikan laporan realisasi Dana Desa tahun sebelumnya kepada camat."
    assert quotes(text) == []


@pytest.mark.parametrize("text,expected", [
    # unnamed groups: drivers in a regency, residents after where they were met, "sebagian" after "meski"
    ("Sejumlah sopir truk di Pinrang mengaku kerap antre berjam-jam untuk mendapatkan solar.",
     ("kerap antre berjam-jam untuk mendapatkan solar", None)),
    ("Dari lokasi pengungsian, warga berharap bantuan segera menjangkau desa-desa yang aksesnya masih sulit.",
     ("bantuan segera menjangkau desa-desa yang aksesnya masih sulit", None)),
    ("Pedagang menyambut baik rencana tersebut, meski sebagian mengaku khawatir dengan biaya kemasan pengganti plastik.",
     ("khawatir dengan biaya kemasan pengganti plastik", None)),
    # the pronoun after the occasion
    ("Bupati Karangasem, I Gede Wirawan Arsana, menggelar rapat singkat. Dalam rapat itu ia menyebut Pemkab akan "
     "mengusulkan tambahan anggaran BTT.", ("Pemkab akan mengusulkan tambahan anggaran BTT", "I Gede Wirawan Arsana")),
])
def test_quotes_unnamed_groups_and_a_pronoun_after_the_occasion(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)][-1] == expected
