"""Words that head the name of a place where something happens (`Aula Kantor Bupati`, `Villa Kencana`).

Sources: the annotation guide's venue examples and facility names common in regional news.
"""
from __future__ import annotations

FACILITY_HEADS = """
Aula Gedung Hotel Kantor Villa Vila Ruang Ruangan Balai Lapangan Rumah Rujab Masjid Mesjid Gereja Pura Vihara Klenteng
Pendopo Pendapa Stadion Alun-alun Taman Pantai Pasar Pelabuhan Bandara Bandar Terminal Kampus Universitas Sekolah
SD SDN SMP SMPN SMA SMAN SMK SMKN MTs MAN MIN Madrasah Pesantren Ponpes Puskesmas Pustu Posyandu RSUD RS Rumah
Rutan Lapas Mapolres Mapolda Mapolsek Makodim Markas Polres Polsek Kejari Pengadilan Kawasan Kompleks Komplek Jalan Jl.
Wisma Graha Auditorium Convention Sport Center Gelanggang GOR Restoran Rumah Makan Cafe Kafe Dermaga Jembatan Bendungan
Desa Kelurahan Kecamatan Distrik Dusun Kampung Negeri Nagari Gampong Pulau Kota Kabupaten Provinsi Ballroom Hall
Perumnas Perumahan Perum BTN Asrama Rusunawa Rusun Bumi Griya SPKT Dataran Lobi Lobby Mal Atrium TPA TPST TPS TPS3R
Pendapi Wale Mbaru Embung Waduk Stasiun Halte Gudang Pabrik Kebun Hutan Sungai Danau Bukit Gunung Lembah Kampus Gelora
Arena Plaza Mall Kafe Warung Pangkalan Lanud Lanal Kodim Korem Makorem Galeri Museum Perpustakaan Benteng Monumen Tugu
Lokasi Posko Shelter Tenda Islamic Center
Mako Simpang Bundaran Perempatan Pertigaan Kali Muara Intake Kapel Kapela Kalurahan Kapanewon Kemantren Padukuhan Lembang
Mapolrestabes Mapolresta Polrestabes Polresta Huntap Huntara Kanal Saluran Perairan Gerbang Tol Bandar Udara
Depot Wantilan Tempat TPI PPI Instalasi IPA IPAL Sekretariat Setda Setwan RSD RSU RSUP RSIA RSAD RSAL RSJ RSKD Klinik Tukad Krueng Jorong Dukuh
Bendung SPBU SPBE SPBN SPBUN SPDN Meunasah PLBN PLTU PLTD PLTA PLTMG PLTS Pondok Halaman Pelataran Mahligai Siring Baileo Depo Parit Tepian
Meuligoe Samsat Gang Lorong
Musala Mushola Musholla Mushala Surau Katedral MI Makam Pemakaman TPU Menara Istana Keraton Kraton Kilang Smelter Apotek
Swalayan Minimarket
""".split()

# Prepositions and verbs that introduce a venue (`berlangsung di Villa Kencana`, `bertempat di Aula`), and where a
# trip starts (`perahu berangkat dari TPI Puger`).
VENUE_CUES = ["bertempat di", "berangkat dari", "bertolak dari", "berlangsung di", "dimulai dari", "sepanjang",
              "digelar di", "dilaksanakan di", "diadakan di", "diselenggarakan di", "dipusatkan di",
              "di sepanjang", "di belakang", "di depan", "di dekat", "di sekitar", "di atas", "di samping", "di dalam", "di luar", "di seberang",
              "di", "Di", "ke", "menuju",
              # a tour's first stop (`Wabup memulai kunjungan dari SD Negeri 001 Sangatta Utara, lalu bergeser ke …`)
              "memulai kunjungan dari", "memulai kunjungannya dari", "mengawali kunjungan dari",
              "mengawali kunjungannya dari", "memulai kunjungan di", "mengawali kunjungan di"]

# Where a journey starts, named after "dari" (`diangkut dengan kapal cepat dari Pelabuhan Tawau`, `dipulangkan dari
# Depot Tahanan Imigresen (DTI) Tawau`): the place of the departure; other places after "dari" are origins.
DEPARTURE_HEADS = ["Pelabuhan", "Bandara", "Bandar Udara", "Dermaga", "Terminal", "Stasiun", "Depot", "TPI", "PPI",
                   "Tempat Pelelangan Ikan", "Gudang"]  # and where goods are shipped from ("dari Gudang Bulog X")

# Facilities named by two or three words whose first word alone heads no place (not in FACILITY_HEADS, so the NER's
# lexicon is untouched): `Lembaga Pemasyarakatan Kelas IIB Sigli`, `Air Terjun Sri Gethuk`, `Sentra Wisata Kuliner
# (SWK) Ploso`; and "DAS" (a river basin, `DAS Ampal`), which NERGrit's training text holds, so that the NER's weights
# stay as they are until a retrain is due for other reasons.
FACILITY_PHRASES = ("Lembaga Pemasyarakatan", "Air Terjun", "Sentra Wisata Kuliner", "Sentra Kuliner",
                    "Pos Lintas Batas Negara", "Daya Tarik Wisata", "Objek Wisata", "Depo Sampah",
                    "Hunian Tetap", "Hunian Sementara", "Pusat Kuliner", "Pusat Jajanan", "Pusat Perbelanjaan",
                    "Pusat Oleh-oleh", "Dapur Satuan Pelayanan Pemenuhan Gizi", "Dapur SPPG",
                    "Satuan Pelayanan Pemenuhan Gizi", "SPPG",  # the free school meals' kitchens
                    "Daerah Aliran Sungai", "DAS",  # a river's basin
                    "Bank Sampah",  # a waste bank
                    "Sesat Agung",  # a Lampung customary hall ("Sesat Agung Nuwo Balak"; "sesat" alone is "lost")
                    "Solar Packed Dealer Nelayan", "Stasiun Pengisian Bahan Bakar",  # fuel stations by their long names
                    "Daerah Irigasi",  # an irrigation area ("sawah di Daerah Irigasi Mbay terendam")
                    # posts ("ketinggian air di Pos Pantau Tanjung Sekayam"): "Pos" alone, a FACILITY_HEADS word, is in
                    # NERGrit's training text, and the retrain it would need scored 71.57 on the test split (0.5.11: 71.99)
                    "Pos Pantau", "Pos Pengamatan", "Pos Pengamanan", "Pos Pelayanan", "Pos Terpadu", "Pos Jaga",
                    "Pos Polisi", "Pos Lantas", "Pos SAR", "Pos Damkar", "Pos Kamling", "Pos Ronda", "Pos Retribusi", "Pos Komando",
                    "Exit Tol", "Pintu Tol")  # a toll road's exit

# Halls and offices where people meet, present or hand over something: a price named before one is the meeting's
# subject (`rapat stabilisasi harga bawang merah di Kantor X`), and a regulation's title ends before one (`sosialisasi
# Perbup … tentang Pedoman Pengelolaan Keuangan Kampung di Gedung Tengku Mahratu`).
MEETING_HALLS = ("Kantor", "Aula", "Gedung", "Balai", "Pendopo", "Pendapa", "Hotel", "Wisma", "Graha")

# Programmes named like places, which are held in a village rather than being one (`meresmikan Kampung Bebas Narkoba di
# Desa Arang Limbung`: the village is the venue).
PROGRAMME_NAMES = ("Kampung Bebas Narkoba", "Kampung Tangguh", "Kampung KB", "Kampung Keluarga Berkualitas",
                   "Kampung Pancasila", "Kampung Zakat", "Kampung Iklim", "Kampung Siaga Bencana", "Desa Bersinar")

# Two-word heads of a hamlet or customary village in Bali (`Banjar Dinas Babakan`, `Banjar Adat Tegal`), where the
# first word alone is also a regency's name (Kabupaten Banjar, Kota Banjar).
HAMLET_HEADS = ("Banjar Dinas", "Banjar Adat")

# Shops named by their trading name, written with a lower-case head (`di kios UD Sumber Tani`, `toko Sinar Jaya`).
SHOP_HEADS = ("kios", "toko")

# Verbs whose object is a place where the event happens (`banjir merendam Jalan Tuanku Tambusai`, `Bupati
# meninjau Pasar Sentral`); the object must start with a facility head.
VENUE_VERBS = ["merendam", "menggenangi", "melanda", "meninjau", "mengunjungi", "mendatangi", "menyambangi",
               "meresmikan", "merevitalisasi", "memadati", "menyusuri", "mengepung", "menggeledah", "membongkar", "menyisir",
               "membersihkan", "menormalisasi", "mengeruk", "menerjang", "menimpa", "menghantam", "menyasar", "menyelimuti",
               "menata ulang", "menata", "dengan sasaran", "sasarannya",  # "penertiban … dengan sasaran Jalan X"
               "memblokir", "memblokade",  # ("warga memblokir Jalan Poros X")
               "meluluhlantakkan", "memorakporandakan", "memporakporandakan"]  # ("banjir bandang meluluhlantakkan Wasior")

# What befalls a place in a flood or a landslide (`23 desa di Kecamatan X tergenang`, `Desa yang terendam yakni A, B
# dan C`): the places are its scene.
STRUCK = ("terendam", "tergenang", "terdampak", "dilanda", "diterjang", "kebanjiran", "terisolasi", "tertimbun")

# People whose place of residence follows (`warga di Desa X`, `seorang ibu di Desa Y`): not where the event happens.
RESIDENTS = ["warga", "penduduk", "masyarakat", "ibu", "bapak", "balita", "anak", "siswa", "petani", "nelayan",
             "pedagang", "pemulung", "keluarga", "rumah", "pemilik", "perantau", "kelompok", "penerima", "korban",
             "pengungsi", "kader", "pengurus", "pasien", "pelaku usaha", "pelanggan", "suku", "orang tua", "murid",
             "wali murid"]

# Place nouns: a list of named places follows them when counted (`di 10 kampung, ada Kurik, Elikobel, Okaba`; `di 12
# daya tarik wisata, antara lain Tanah Lot, Uluwatu, dan Kintamani`), and counted before "di" they say where those
# places lie, not where an event is (`tiga desa di Kecamatan X`). LIST_OPENERS open such a list.
PLACE_NOUNS = ["kampung", "desa", "kelurahan", "distrik", "kecamatan", "kabupaten", "kota", "nagari", "gampong", "negeri",
               "dusun", "lembang", "pekon", "tiyuh", "ohoi", "kalurahan", "kapanewon", "padukuhan", "jorong",
               "kepenghuluan", "lokasi", "titik", "tempat", "daerah", "wilayah", "pulau", "objek wisata",
               "destinasi wisata", "destinasi", "daya tarik wisata", "pantai", "pasar", "sekolah", "kawasan",
               "ruas jalan", "posko", "perumahan", "pelabuhan", "dermaga", "terminal", "bandara", "puskesmas",
               "rumah sakit", "DTW", "SD", "SMP", "SMA", "SMK"]
LIST_OPENERS = ["antara lain", "di antaranya", "diantaranya", "yakni", "yaitu", "seperti", "meliputi", "ada", "mulai dari",
                "termasuk", "masing-masing"]  # ("empat posko terpadu, masing-masing di A, B …")
