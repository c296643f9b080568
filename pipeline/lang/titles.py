"""Offices, titles and organisations as Indonesian news writes them.

Sources: Permendagri nomenclature of perangkat daerah (Dinas, Badan, Bidang, Seksi), Polri/Kejaksaan unit
abbreviations (Kapolres, Kasat Reskrim, Kasi Pidsus), and the forms seen in regional news. Longer forms first.
"""
from __future__ import annotations

import re

# Words that start a position. Multi-word heads first; abbreviations are positions in their own right.
POSITION_HEADS = """
Wakil Presiden|Presiden|Wakil Menteri|Menteri Koordinator|Menko|Menteri|Wamen|Menpan|Mendagri|Mensos|Menkes
|Wakil Gubernur|Wagub|Gubernur|Penjabat Gubernur|Pj Gubernur|Pj. Gubernur
|Wakil Bupati|Wabup|Bupati|Penjabat Bupati|Pejabat Bupati|Pj Bupati|Pj. Bupati
|Wakil Wali Kota|Wakil Walikota|Wawali|Wawako|Wali Kota|Walikota|Wako|Penjabat Wali Kota|Pj Wali Kota|Pj Walikota
|Sekretaris Daerah|Sekretaris Jenderal|Sekretaris Dinas|Sekretaris Desa|Sekretaris|Sekda|Sekjen|Sekdis|Sekdes
|Asisten|Staf Ahli|Inspektur Jenderal|Inspektur|Deputi|Direktur Utama|Direktur Jenderal|Direktur|Dirut|Dirjen
|Kepala Dinas|Kepala Badan|Kepala Bidang|Kepala Bagian|Kepala Seksi|Kepala Sub Bagian|Kepala Subbagian
|Kepala Kantor|Kepala Balai|Kepala Pusat|Kepala Biro|Kepala Unit|Kepala Sekolah|Kepala Desa|Kepala Distrik|Kepala Dusun
|Kepala Kampung|kepala Desa|kepala Kampung|kepala Dusun|kepala Distrik|kepala Dinas|kepala Badan|kepala Bidang|kepala dinas|kepala badan|kepala bidang|kepala bagian|kepala seksi|kepala Dinkes|kepala Bagian|kepala Seksi|kepala Kantor|kepala Balai|kepala Puskesmas|Kepala Puskesmas|Kepala Pelaksana|Kepala Satuan|Kepala Kepolisian|Kepala Kejaksaan|Kepala
|Kadis|Kadisdik|Kadinkes|Kadinsos|Kadisdag|Kadisperindag|Kadisnaker|Kadishub|Kadispar|Kadispora|Kadistan|Kadiskominfo
|Kadisdukcapil|Kadisperkim|Kadisparpora|Kadispendik|Kadiskes|Kaban|Kabid|Kabag|Kasi|Kasubag|Kasubbag|Kasubdit|Kasat|Kaur|Kades|Kadus
|Kalak|Kalaksa|Karo|Kapus|Kanit|Kasie|Kakanwil|Ka\\.|Kapolri|Kapolda|Kapolres|Kapolresta|Kapolrestabes|Kapolsek|Kajati|Kajari
|Dirlantas|Dirreskrimum|Dirreskrimsus|Dirresnarkoba|Dirbinmas|Dirpolairud|Dirsamapta|Dirintelkam
|Kapuspen|Kabais|Wakapolda|Wakapolres|Wakapolsek|Kasatreskrim|Kasatlantas|Kasatnarkoba|Kasatpol PP|Kasatpol
|Pasi Ter|Pasi Intel|Pasi Ops|Pasi Log|Pasi Pers|Pasiter|Pasintel|Pasiops
|Pangdam|Pangkostrad|Panglima Laot|Panglima|Danrem|Dandim|Danramil|Kasdam|Kasrem|Kasdim|Danlanal|Danlanud|Danyon|Danpos|Komandan|Babinsa|Bhabinkamtibmas
|Wakil Ketua|Ketua Umum|Ketua Harian|Ketua Komisi|Ketua Tim Penggerak|Ketua|Anggota|Koordinator|Korwil|Korlap
|Komisioner|Rektor|Wakil Rektor|Dekan|Guru Besar|Camat|camat|Sekcam|Lurah|lurah|Seklur|Kapten
|Juru Bicara|Jubir|Kabag Humas|Kasi Humas|Kasi Propam|Kasi Pidsus|Kasi Intel|Kasi Pidum|Humas
|Manajer|Manager|General Manager|Site Manager|Site manager|Project Manager|Sales Area Manager|Sales Branch Manager|Area Manager|Branch Manager|Manajer Proyek|Pimpinan|Pemimpin|Plt|Plh|Pj|Pelaksana Tugas|Pelaksana Harian
|Ketua Majelis Hakim|Anggota Majelis Hakim|Hakim Ketua|Hakim Anggota|anggota|Hakim|Jaksa Penuntut Umum|jaksa penuntut umum|Jaksa|Panitera|Auditor|Penyuluh|Pendamping|Bendahara|Kabang|Kasubbid|Kasubid|Kapala
|Peneliti|peneliti|Dosen|dosen|Guru|guru kelas|guru|Kepala Sekolah|Direktur Eksekutif|juru bicara|Juru bicara|Prakirawan|prakirawan|Forecaster|Petugas
|Pejabat Pembuat Komitmen
|Hukum Tua|Wali Nagari|Kepala Nagari|Geuchik|Keuchik|Perbekel|Pembakal|Pambakal|Kepala Lembang|Kuwu|Petinggi|Penghulu Kampung|Penghulu|Raja Negeri
|Reje Kampung|Reje|Sangadi|Kapitalaung|Peratin|Dinamisator
|Panewu|Mantri Pamong Praja|Jogoboyo|Ulu-ulu|Carik|Imum Mukim|Kepala Mukim|Ondoafi|Kepala Suku|Damang Kepala Adat
|Damang|Mantir Adat|Kepala Adat|Ketua Adat|Bendesa Adat|Bendesa|Kelian Banjar|Kelian Dinas|Kelian Desa|Kelian Adat
|Klian Banjar|Klian Dinas
|Pastor Paroki|Pastor Kepala|Gembala Jemaat|Uskup
|Konsul Jenderal|Konsul
""".replace("\n", "").split("|")

# Titles in lower case that follow their holder's name in some house styles ("Rini Puspitasari, kepala Badan …",
# "Ririn Kusumawardani, camat Tambaksari,"): read only with the name before them ("para camat, serta Sekda X" names
# no camat).
TITLES_AFTER_A_NAME = ("kepala Dinas", "kepala Badan", "kepala Bidang", "kepala Dinkes", "kepala Bagian", "kepala Seksi",
                       "kepala dinas", "kepala badan", "kepala bidang", "kepala bagian", "kepala seksi",
                       "kepala Kantor", "kepala Balai", "kepala Puskesmas", "camat", "lurah")

# Modifiers that come before a head and belong to the position ("Plt Sekretaris", "Pelaksana Tugas Kepala").
POSITION_MODIFIERS = ["Pelaksana Tugas", "Pelaksana Harian", "Plt.", "Plt", "Plh.", "Plh", "Pj.", "Pj", "Penjabat",
                      "Pejabat", "Wakil", "mantan", "Mantan"]

# The head word of an organisation or unit: where the organisation starts inside a position phrase.
ORG_HEADS = """
Dinas Badan Kantor Bidang Bagian Seksi Biro Balai Pusat Sekretariat Inspektorat Kementerian Kemenko Lembaga
Komisi Dewan DPRD DPR DPD MPR KPU KPUD Bawaslu Panwaslu Satpol Polres Polresta Polrestabes Polda Polsek Polri
Kejari Kejati Kejagung Kejaksaan Pengadilan Kodim Korem Kodam Koramil Lanal Lanud TNI Setda Setwan Bappeda Bapenda
Bappenas BPKAD BPBD BKPSDM BKD BPS BNN BNNK BNNP Dinkes Dinsos Disdik Dispar Disnaker Dishub Diskominfo Dispora
Disdukcapil Dukcapil Distan DPMD DPMPTSP PUPR Puskesmas RSUD Rumah Universitas Institut Politeknik Sekolah
Fakultas Partai Yayasan Tim PKK Organisasi Perusahaan PT Bank Unit Sat Satuan Direktorat Ditreskrimsus Jaringan
Ditreskrimum Basarnas Manggala Daops BMKG Kemenag Kanwil Baznas MUI Kwarcab Kwarda Forum Asosiasi Koperasi Perum Perumda PDAM
Kominfo Dispendik Disperindag Disperkim Dispertan Disparpora Disporapar Dinas Kesbangpol Damkar Bapemperda
Kemensos Kemendagri Kemenkes Kemendikbud Kemendikbudristek Kemenkeu Kemenhub Kemenkumham Kemenpan Kementan
Bulog Brimob Satreskrim Satlantas Satnarkoba Polair Lantamal Kodaeral Kesdam Rutan Lapas Imigrasi Bea Cukai
Komite Komnas Majelis Ikatan Persatuan Himpunan Perkumpulan Aliansi Gerakan Serikat Pokdarwis Fraksi Pansus Satgas
Gugus Panitia Panwascam Ombudsman Kadin HIPMI KNPI PWNU PCNU Muhammadiyah LSM Paguyuban Kelompok Gapoktan BUMDes
KONI PMI SD SDN SMP SMPN SMA SMAN SMK SMKN MTs MTsN MAN MIN Madrasah Pesantren Ponpes Prokopim
Center Centre Institute Foundation
DPRK DPRA DPRP MRP Gereja Klasis Sinode Jemaat Paroki Keuskupan Stasi
Tuha
KJRI Banggar Banmus Bamus Banleg
""".split()

# Titles that head a body named after them ("Ketua Confreria Reinha Rosari, X,"), not a person's own rank.
BODY_HEAD_TITLES = ("Ketua", "Presiden", "Direktur", "Pimpinan", "Pemimpin", "Koordinator", "Sekretaris", "Bendahara")

# Bodies that speak in the news under their own names, besides the organisation heads above: state companies and
# agencies ("PLN UP3 Pekalongan menyebut …", "BPJS Kesehatan Cabang Maumere menyatakan …").
SPEAKING_BODIES = ("PLN", "BPJS", "Pertamina", "Telkom", "Pelindo", "ASDP", "KAI", "Angkasa Pura", "PDAM", "Perumda")

# Expansions of common organisation abbreviations, for `organization` (the article's own expansion wins).
ORG_ABBREVIATIONS = {
    "Dinkes": "Dinas Kesehatan", "Dinsos": "Dinas Sosial", "Disdik": "Dinas Pendidikan",
    "Dispar": "Dinas Pariwisata", "Disnaker": "Dinas Tenaga Kerja", "Dishub": "Dinas Perhubungan",
    "Diskominfo": "Dinas Komunikasi dan Informatika", "Dispora": "Dinas Pemuda dan Olahraga",
    "Distan": "Dinas Pertanian", "Disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Setda": "Sekretariat Daerah", "Pemprov": "Pemerintah Provinsi", "Pemkab": "Pemerintah Kabupaten",
    "Pemkot": "Pemerintah Kota", "Kemenko": "Kementerian Koordinator",
    "Kominfo": "Dinas Komunikasi dan Informatika", "Dispendik": "Dinas Pendidikan",
    "Disperindag": "Dinas Perindustrian dan Perdagangan", "Dispertan": "Dinas Pertanian",
    "Kesbangpol": "Badan Kesatuan Bangsa dan Politik", "Kemensos": "Kementerian Sosial",
    "Kemendagri": "Kementerian Dalam Negeri", "Kemenkes": "Kementerian Kesehatan",
    "Kemenkeu": "Kementerian Keuangan", "Kemenag": "Kementerian Agama",
}

# Titles that fuse office and organisation: Kapolres X is head of Polres X, Kadis of a Dinas.
FUSED_TITLES = {
    "Kapolri": "Polri", "Kapolda": "Polda", "Kapolres": "Polres", "Kapolresta": "Polresta",
    "Kapolrestabes": "Polrestabes", "Kapolsek": "Polsek", "Kajati": "Kejati", "Kajari": "Kejari",
    "Dandim": "Kodim", "Danrem": "Korem", "Pangdam": "Kodam", "Danramil": "Koramil",
    "Kasdim": "Kodim", "Kasrem": "Korem", "Kasdam": "Kodam",  # the chief of staff (Kepala Staf) of each
    "Kadisdik": "Dinas Pendidikan", "Kadinkes": "Dinas Kesehatan", "Kadinsos": "Dinas Sosial",
}

# The office word a fused title starts with (Kapolres = Kepala Polres, Dandim = Komandan Kodim), and the long names of
# the units such titles and their short forms name: a speaker introduced as "Komandan Kodim 1205/Sintang" or "Kepala
# Kepolisian Resor Sintang" is the "Dandim" or "Kapolres" who speaks later.
FUSED_HEADS = {"Ka": "Kepala", "Kas": "Kepala Staf", "Dan": "Komandan", "Pang": "Panglima"}
UNIT_LONG_FORMS = {
    "Polri": "Kepolisian Negara Republik Indonesia", "Polda": "Kepolisian Daerah", "Polres": "Kepolisian Resor",
    "Polresta": "Kepolisian Resor Kota", "Polrestabes": "Kepolisian Resor Kota Besar", "Polsek": "Kepolisian Sektor",
    "Kejati": "Kejaksaan Tinggi", "Kejari": "Kejaksaan Negeri", "Kodim": "Komando Distrik Militer",
    "Korem": "Komando Resor Militer", "Kodam": "Komando Daerah Militer", "Koramil": "Komando Rayon Militer",
    "Satpol": "Satuan Polisi", "PP": "Pamong Praja", "Lantamal": "Pangkalan Utama TNI Angkatan Laut",
    "Lanal": "Pangkalan TNI Angkatan Laut", "Lanud": "Pangkalan Udara", "BPBD": "Badan Penanggulangan Bencana Daerah",
    "Bappeda": "Badan Perencanaan Pembangunan Daerah", "Inspektorat": "Inspektorat", "Sat": "Satuan",
}

# Heads whose region is the region named right after them ("Bupati Boalemo" -> Kabupaten Boalemo).
REGIONAL_HEADS = {
    "Gubernur": "Provinsi", "Wakil Gubernur": "Provinsi", "Wagub": "Provinsi", "Kapolda": "Provinsi",
    "Kajati": "Provinsi", "Bupati": "Kabupaten", "Wakil Bupati": "Kabupaten", "Wabup": "Kabupaten",
    "Pejabat Bupati": "Kabupaten", "Penjabat Bupati": "Kabupaten", "Pj Bupati": "Kabupaten",
    "Wali Kota": "Kota", "Walikota": "Kota", "Wakil Wali Kota": "Kota", "Wakil Walikota": "Kota",
    "Wawali": "Kota", "Wawako": "Kota", "Wako": "Kota", "Camat": "Kecamatan", "camat": "Kecamatan", "Lurah": "Kelurahan", "lurah": "Kelurahan", "Kepala Desa": "Desa", "Kades": "Desa",
    "Kepala Kampung": "Kampung", "Kepala Dusun": "Dusun", "Sekretaris Desa": "Desa", "Sekdes": "Desa",
    "kepala Desa": "Desa", "kepala Kampung": "Kampung", "kepala Dusun": "Dusun", "kepala Distrik": "Distrik",
    # village heads under their regional names: Minahasa, Minangkabau, Aceh, Bali, Banjar, Gayo, Bolaang Mongondow,
    # Sangihe and Talaud, Toraja, Cirebon, Maluku, Lampung
    "Hukum Tua": "Desa", "Wali Nagari": "Nagari", "Kepala Nagari": "Nagari", "Geuchik": "Gampong", "Keuchik": "Gampong",
    "Perbekel": "Desa", "Pembakal": "Desa", "Pambakal": "Desa", "Reje Kampung": "Kampung", "Penghulu Kampung": "Kampung", "Reje": "Kampung",
    "Sangadi": "Desa", "Kapitalaung": "Kampung", "Peratin": "Pekon",
    "Kepala Lembang": "Lembang", "Kuwu": "Desa", "Raja Negeri": "Negeri",
    # customary and regional heads of districts and villages: Yogyakarta, Aceh, Papua, Bali
    "Panewu": "Kapanewon", "Kepala Distrik": "Distrik", "Imum Mukim": "Mukim", "Kepala Mukim": "Mukim", "Ondoafi": "Kampung",
    "Bendesa": "Desa Adat", "Bendesa Adat": "Desa Adat",
}

# Common words of office and unit names that are not names of people ("Bidang Pemberdayaan Sosial").
# Affixed words (Pendidikan, Kesejahteraan) are recognised by their Sastrawi stem; these are base forms.
OFFICE_WORDS = set("""
tambang simpan pinjam reserse kriminal pengganti antar waktu prasarana sarana distribusi cadangan kesyahbandaran otoritas pelabuhan sosial rakyat kawasan sipil daya manusia sumber potensi umum ruang hidup tenaga kerja pangan aset daerah desa
anak modal pintu satu informatika statistik pariwisata energi mineral agama hukum ham koperasi usaha kecil
menengah industri pajak bencana budaya bangsa politik arsip tata ekonomi administrasi organisasi protokol
reskrim reskrimum reskrimsus intelkam humas propam binmas sabhara narkoba lantas pidsus pidum intel datun kesra
lalu lintas pemerintahan keuangan umum teknis sekretariat kota kabupaten provinsi negeri negara nasional pusat
komisi tim penggerak pkk ketua wakil kepala koordinasi koordinator bidang seksi bagian sub urusan unit satuan
pelaksana tugas harian polisi pamong praja polri tni resor sektor kepolisian kejaksaan tinggi dinas badan
kantor balai biro jenderal utama muda madya pratama ahli staf khusus asisten deputi direktur direktorat
perempuan perlindungan kependudukan pencatatan keluarga berencana gizi kesehatan pendidikan kebudayaan
pemuda olahraga perhubungan komunikasi informasi persandian perpustakaan kearsipan ketahanan peternakan
perkebunan pertanian perikanan kelautan kehutanan lingkungan perumahan permukiman pemukiman pertanahan
pekerjaan penataan perindustrian perdagangan penanaman terpadu pelayanan pendapatan perencanaan pembangunan
penelitian pengembangan kepegawaian penanggulangan kebakaran penyelamatan pemberdayaan kesejahteraan
pemadam kesatuan rumah sakit umum puskesmas sekolah dasar menengah atas pertama kejuruan universitas
komisioner pengawas pemilu pemilihan dewan perwakilan sekretaris camat lurah rw rt dusun kampung distrik pekon
masyarakat kemasyarakatan gampong nagari kalurahan milik peuet dinpar bumi bangunan bea perolehan hak tanah
kimia fisika biologi matematika bahasa berprestasi teladan tingkat
indonesia republik ri perwakilan cabang wilayah regional area kanwil
bina marga cipta karya jembatan irigasi sanitasi drainase
ilmu sosiologi antropologi psikologi filsafat sejarah teknik kedokteran kebijakan publik fakultas
intelijen intel pidana perdata khusus tertentu kelas
nelayan petani berlayar pelayaran patroli penjagaan stasiun klimatologi meteorologi geofisika pantai
merah putih
communication communications relations corporate marketing operation operations affairs csr public &
dan se serta untuk
""".split())  # ("Koperasi Desa Merah Putih", the village cooperatives of 2025; a company's English units: "Area
# Manager Communication, Relations & CSR")

# Words that belong to an office name only when capitalised ("Menteri Dalam Negeri", "Bidang Sumber Daya Air");
# written in lower case they are ordinary words ("Kepala Daerah dalam Rapat Paripurna").
CAPITALISED_OFFICE_WORDS = {"dalam", "luar", "air", "jalan"}

# Lower-case words that may sit inside a position phrase without ending it ("Kepala Dinas Sosial dan PMD", "Bea
# Perolehan Hak atas Tanah").
POSITION_JOINERS = {"dan", "se", "serta", "untuk", "bidang", "atas", "pada"}  # "Kabid X pada Dinas Y"

# Acronyms of units that contain vowels, so that a release in CAPITALS keeps them as written ("UPTD PPA Maros").
# A regional office's short form built from "Dinas" and its fields (`Disdikbud`, `Dinkes`, `Disnakertrans`,
# `Distanpan`): "Dis"/"Din" and the first syllables of a field, then anything. ("Dinda", "Dismas" are names.)
DINAS_SHORT_FORM = re.compile(r"Di[ns](?:dik|kes|sos|hub|nak|tan|kan|pora|par|perin|per|dag|kop|kom|duk|pmd|lh|pu|ket|"
                              r"pang|bud|arsip|pus|lu|sip)[a-z]*")
UNIT_ACRONYMS = {"UPTD", "UPT", "PPA", "DP3A", "P2TP2A", "BUMKAL", "BUMDES", "PPKB", "SPPG", "UKPBJ", "BPHTB"}

# Short forms of titles and the long forms they stand for, so that "tegas Sekda" finds the "Sekretaris Daerah".
TITLE_ABBREVIATIONS = {
    "Sekda": "Sekretaris Daerah", "Sekdes": "Sekretaris Desa", "Sekcam": "Sekretaris Camat", "Sekdis": "Sekretaris Dinas",
    "Sekjen": "Sekretaris Jenderal", "Kadis": "Kepala Dinas", "Kaban": "Kepala Badan", "Kabid": "Kepala Bidang",
    "Kabag": "Kepala Bagian", "Kasi": "Kepala Seksi", "Kasie": "Kepala Seksi", "Kasubag": "Kepala Sub Bagian",
    "Kasubbag": "Kepala Sub Bagian", "Kades": "Kepala Desa", "Kadus": "Kepala Dusun", "Kalak": "Kepala Pelaksana",
    "Kalaksa": "Kepala Pelaksana", "Kapus": "Kepala Pusat", "Karo": "Kepala Biro", "Kanit": "Kepala Unit",
    "Kasat": "Kepala Satuan",
    "Wabup": "Wakil Bupati", "Wagub": "Wakil Gubernur", "Wawali": "Wakil Wali Kota", "Walikota": "Wali Kota",
    "Wawako": "Wakil Wali Kota", "Wako": "Wali Kota",
    "Dirut": "Direktur Utama", "Dirjen": "Direktur Jenderal", "Jubir": "Juru Bicara", "Menko": "Menteri Koordinator",
    "Wamen": "Wakil Menteri", "Pj": "Penjabat", "Pj.": "Penjabat", "Plt": "Pelaksana Tugas", "Plt.": "Pelaksana Tugas",
    "Plh": "Pelaksana Harian", "Plh.": "Pelaksana Harian", "Kasatpol": "Kepala Satuan Polisi Pamong Praja",
    "Kakanwil": "Kepala Kantor Wilayah",
}

# Political parties as the press names them, longest forms first where they overlap: a legislator's faction comes
# between their title and their name ("Anggota DPRD Bali dari Fraksi PDI Perjuangan I Nyoman Budiutama").
POLITICAL_PARTIES = [
    "PDI Perjuangan", "PDI-P", "PDIP", "Golkar", "Partai Golongan Karya", "Gerindra", "NasDem", "Nasdem", "PKB", "PKS",
    "PAN", "Demokrat", "PPP", "Hanura", "Perindo", "PSI", "PBB", "Gelora", "Buruh", "Ummat", "PKN", "Garuda",
    "Berkarya", "PKPI", "Aceh", "PA", "PNA", "Gabungan", "Persatuan Pembangunan", "Kebangkitan Bangsa",
    "Keadilan Sejahtera", "Amanat Nasional", "Golkar Plus", "Otsus", "Pembangunan Indonesia", "Demokrat Perjuangan",
]
