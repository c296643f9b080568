"""The fixture articles: text written for warta's tests (fictional events, realistic regional-news style).

`build.py` wraps them in each theme's markup; the paragraphs here are the gold body text.
"""

HABARI = [
    {
        "slug": "2024/02/bimtek-penguatan-kapasitas-pekerja-sosial-masyarakat",
        "post_id": 101,
        "title": "Dinsos Boalemo Gelar Bimtek Penguatan Kapasitas Pekerja Sosial Masyarakat",
        "published": "2024-02-23T19:58:11+08:00",
        "display": "23/02/2024",
        "author": "Dikson Pakaya",
        "category": "Daerah",
        "tags": ["Boalemo", "Dinas Sosial"],
        "paragraphs": [
            "HABARI.ID, DINSOS | Kepala Bidang Pemberdayaan Sosial Dinas Sosial Kabupaten Boalemo, Indra Mohulaingo, "
            "membuka Bimbingan Teknis (Bimtek) Penguatan Kapasitas Pekerja Sosial Masyarakat di aula Villa Kencana, "
            "Tilamuta, Jumat (23/02/2024).",
            "Sebanyak 35 pekerja sosial dari tujuh kecamatan mengikuti kegiatan yang berlangsung selama dua hari itu. "
            "Mereka mendapat materi pendataan keluarga penerima manfaat, penanganan anak telantar dan pendampingan "
            "korban bencana.",
            "\u201cPekerja sosial adalah ujung tombak pelayanan kami di desa. Kalau datanya rapi, bantuan sampai ke "
            "orang yang tepat,\u201d kata Indra di sela pembukaan.",
            "Ia menambahkan, tahun ini Dinas Sosial menargetkan pemutakhiran data terpadu kesejahteraan sosial "
            "rampung sebelum akhir Juni sehingga penyaluran bantuan sosial tidak lagi tertunda.",
            "Salah seorang peserta asal Kecamatan Paguyaman, Rahmawati Yusuf, mengaku materi pendampingan korban "
            "bencana paling ia butuhkan karena desanya kerap dilanda banjir saat musim hujan.",
            "Bimtek ditutup dengan simulasi pendataan menggunakan aplikasi di telepon genggam yang dipandu fasilitator "
            "dari Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Makassar. (dik/habari.id)",
        ],
        "read_also": 2,
    },
    {
        "slug": "2024/03/harga-cabai-rawit-melonjak-di-pasar-sentral-tilamuta",
        "post_id": 102,
        "title": "Harga Cabai Rawit Melonjak di Pasar Sentral Tilamuta Jelang Ramadan",
        "published": "2024-03-04T08:15:00+08:00",
        "display": "04/03/2024",
        "author": "Nurain Lapananda",
        "category": "Ekonomi",
        "tags": ["Harga Pangan"],
        "paragraphs": [
            "HABARI.ID, EKONOMI | Harga cabai rawit di Pasar Sentral Tilamuta melonjak menjadi Rp90 ribu per "
            "kilogram, Senin (04/03/2024), naik hampir dua kali lipat dibanding pekan lalu.",
            "Pedagang menyebut pasokan dari Kabupaten Gorontalo dan Pohuwato berkurang karena curah hujan tinggi "
            "membuat banyak tanaman cabai membusuk sebelum dipanen.",
            "\u201cBiasanya saya ambil 50 kilo sehari, sekarang cuma dapat 20 kilo. Pembeli juga mengeluh,\u201d ujar "
            "Hasna Ali, pedagang yang sudah 15 tahun berjualan di pasar itu.",
            "Kepala Dinas Perindustrian dan Perdagangan Boalemo, Sutrisno Daud, mengatakan pihaknya akan menggelar "
            "pasar murah di empat kecamatan mulai pekan depan untuk menahan laju kenaikan harga.",
            "Menurut dia, stok beras, gula dan minyak goreng masih aman hingga Lebaran. Kenaikan harga yang cukup "
            "tajam hanya terjadi pada cabai rawit dan bawang merah.",
            "Selain pasar murah, Disperindag juga meminta distributor tidak menimbun barang. Tim pengawas akan turun "
            "ke gudang-gudang distributor bersama aparat kepolisian.",
            "Sutrisno mengimbau warga berbelanja secukupnya dan tidak panik, sebab pasokan cabai diperkirakan kembali "
            "normal dalam dua pekan ketika panen di dataran tinggi Pohuwato dimulai. (nur/habari.id)",
        ],
        "split_at": 4,
    },
    {
        "slug": "2024/03/pemkab-boalemo-gelar-musrenbang-kecamatan-tilamuta",
        "post_id": 103,
        "title": "Pemkab Boalemo Gelar Musrenbang Kecamatan Tilamuta, Jalan Tani Jadi Usulan Utama",
        "published": "2024-03-12T10:30:45+08:00",
        "display": "12/03/2024",
        "author": "Dikson Pakaya",
        "category": "Pemerintahan",
        "tags": ["Musrenbang", "Boalemo"],
        "paragraphs": [
            "HABARI.ID, TILAMUTA | Pemerintah Kabupaten Boalemo menggelar Musyawarah Perencanaan Pembangunan "
            "(Musrenbang) tingkat Kecamatan Tilamuta di kantor camat setempat, Selasa (12/03/2024).",
            "Sekretaris Daerah Boalemo, Sherman Moridu, yang membuka kegiatan itu meminta setiap desa membawa usulan "
            "yang benar-benar dibutuhkan warga dan disertai data pendukung.",
            "\u201cJangan semua diusulkan. Pilih yang paling mendesak, karena anggaran daerah terbatas dan harus "
            "dibagi ke tujuh kecamatan,\u201d tegas Sherman.",
            "Dari 12 desa yang hadir, sembilan desa mengusulkan pembangunan dan perbaikan jalan tani. Usulan lain "
            "meliputi sumur bor, drainase dan rehabilitasi ruang kelas sekolah dasar.",
            "Camat Tilamuta, Yusran Lamato, mengatakan seluruh usulan akan diverifikasi oleh tim kecamatan sebelum "
            "dibawa ke Musrenbang kabupaten pada April mendatang.",
        ],
        "fail_first": True,
    },
    {
        "slug": "2024/01/festival-danau-limboto-kembali-digelar",
        "post_id": 104,
        "title": "Festival Danau Limboto Kembali Digelar Setelah Empat Tahun Vakum",
        "published": "2024-01-20T16:05:00+08:00",
        "display": "20/01/2024",
        "author": "Redaksi",
        "category": "Wisata",
        "tags": ["Wisata", "Danau Limboto"],
        "paragraphs": [
            "HABARI.ID, LIMBOTO | Festival Danau Limboto kembali digelar di tepi danau Desa Iluta, Sabtu (20/01/2024), "
            "setelah empat tahun tidak diselenggarakan karena pandemi dan keterbatasan anggaran.",
            "Ribuan warga memadati lokasi festival sejak pagi untuk menyaksikan lomba perahu tradisional, pameran "
            "kuliner ikan air tawar dan pertunjukan tari Saronde.",
            "Kepala Dinas Pariwisata Provinsi Gorontalo, Rifli Katili, mengatakan festival ini menjadi bagian dari "
            "upaya menghidupkan kembali ekonomi nelayan danau yang terpukul pendangkalan.",
            "\u201cKami ingin orang datang ke Limboto bukan hanya melihat danau, tapi juga membeli hasil tangkapan "
            "nelayan dan kerajinan warga,\u201d ucapnya.",
            "Panitia mencatat 48 pelaku usaha kecil ikut membuka lapak selama tiga hari festival. Sebagian besar "
            "menjual ikan manggabai goreng, sagela dan kerajinan eceng gondok. (red/habari.id)",
        ],
    },
    {
        "slug": "2023/12/nelayan-paguyaman-pantai-terima-bantuan-mesin-perahu",
        "post_id": 98,
        "title": "Nelayan Paguyaman Pantai Terima Bantuan Mesin Perahu \u201cKatinting\u201d",
        "published": "2023-12-18T14:20:00+08:00",
        "display": "18/12/2023",
        "author": "Nurain Lapananda",
        "category": "Daerah",
        "tags": ["Nelayan"],
        "paragraphs": [
            "HABARI.ID, PAGUYAMAN PANTAI | Sebanyak 40 nelayan di Kecamatan Paguyaman Pantai menerima bantuan mesin "
            "perahu jenis \u201cketinting\u201d dari Dinas Kelautan dan Perikanan Boalemo, Senin (18/12/2023).",
            "Kepala Dinas Kelautan dan Perikanan, Arifin Ngabito, berharap bantuan itu membuat nelayan bisa melaut "
            "lebih jauh dan pulang membawa hasil tangkapan yang lebih banyak.",
            "\u201cDulu kami mendayung dua jam untuk sampai ke rumpon. Dengan mesin ini cukup setengah jam,\u201d "
            "kata Umar Hasan, nelayan Desa Bangga \u2013 salah satu penerima bantuan.",
            "Penyaluran bantuan disertai pelatihan perawatan mesin selama satu hari yang dipandu teknisi dari "
            "penyedia barang. (nur/habari.id)",
        ],
        "encoding": "windows-1252",
    },
]

PESISIR = [
    {
        "slug": "pemprov-salurkan-bantuan-benih-padi-untuk-petani-terdampak-banjir",
        "post_id": 88,
        "title": "Pemprov Salurkan Bantuan Benih Padi untuk Petani Terdampak Banjir",
        "published": "2024-03-08T09:12:00+07:00",
        "display": "8 Maret 2024",
        "author": "Andi Saputra",
        "category": "Pertanian",
        "paragraphs": [
            "KENDAL \u2013 Pemerintah Provinsi menyalurkan 12 ton benih padi kepada petani di lima kecamatan yang "
            "sawahnya rusak diterjang banjir pada pertengahan Februari lalu.",
            "Penyerahan bantuan dilakukan secara simbolis oleh Kepala Dinas Pertanian dan Perkebunan Provinsi, "
            "Supriyanto, di Balai Desa Kebonharjo, Jumat (8/3/2024).",
            "\u201cPetani tidak boleh menunggu terlalu lama. Begitu air surut dan lahan siap, benih harus sudah ada "
            "di tangan mereka,\u201d kata Supriyanto.",
            "Ia menyebut total lahan sawah yang puso akibat banjir mencapai 1.150 hektare. Selain benih, petani juga "
            "akan menerima bantuan pupuk dan pestisida pada tahap berikutnya.",
            "Ketua Kelompok Tani Sri Rejeki, Darmuji, menyambut baik bantuan tersebut. Menurut dia, sebagian petani "
            "sempat kehilangan harapan karena modal tanam sudah habis untuk musim sebelumnya.",
        ],
        "jsonld_utc": "2024-03-08T02:12:00+00:00",
    },
    {
        "slug": "dprd-minta-perbaikan-jalan-pantura-dipercepat",
        "post_id": 91,
        "title": "DPRD Minta Perbaikan Jalan Pantura Dipercepat Sebelum Arus Mudik",
        "published": "2024-02-23T10:15:00+08:00",
        "display_text": "Jumat, 23 Februari 2024 | 10:15 WITA",
        "author": "Siti Marlina",
        "category": "Pemerintahan",
        "paragraphs": [
            "KENDAL \u2013 Komisi C DPRD Kabupaten meminta pemerintah pusat mempercepat perbaikan ruas jalan Pantura "
            "yang berlubang di sejumlah titik sebelum arus mudik Lebaran.",
            "Ketua Komisi C, Bambang Wiyono, mengatakan lubang di ruas Weleri\u2013Kaliwungu sudah memakan korban "
            "pengendara sepeda motor dalam dua pekan terakhir.",
            "\u201cKami sudah menyurati balai jalan nasional. Jangan sampai perbaikan baru dimulai saat pemudik "
            "sudah melintas,\u201d ujarnya usai rapat kerja, Jumat (23/2/2024).",
            "Kepala Satuan Kerja Pelaksanaan Jalan Nasional wilayah setempat, Heru Santoso, menyatakan perbaikan "
            "dijadwalkan mulai awal Maret dengan target rampung H-10 Lebaran.",
        ],
        "no_machine_date": True,
    },
    {
        "slug": "sekolah-dasar-di-pesisir-terapkan-kurikulum-mangrove",
        "post_id": 76,
        "title": "Sekolah Dasar di Pesisir Terapkan Kurikulum Mangrove",
        "published": "2024-01-15T07:45:00+07:00",
        "display": "15 Januari 2024",
        "author": "Andi Saputra",
        "category": "Pendidikan",
        "paragraphs": [
            "KENDAL \u2013 Tiga sekolah dasar di wilayah pesisir mulai memasukkan materi pelestarian mangrove ke "
            "dalam pelajaran muatan lokal sejak semester genap tahun ajaran ini.",
            "Setiap Sabtu, siswa kelas empat hingga enam diajak ke kawasan hutan mangrove untuk menanam bibit dan "
            "mencatat jenis burung serta kepiting yang mereka temui.",
            "Kepala SD Negeri 2 Mororejo, Endang Lestari, mengatakan anak-anak kini lebih peduli pada sampah plastik "
            "yang tersangkut di akar mangrove.",
            "\u201cMereka yang sekarang mengingatkan orang tuanya supaya tidak membuang sampah ke sungai,\u201d "
            "tutur Endang sambil tersenyum.",
            "Dinas Pendidikan berencana memperluas program tersebut ke sepuluh sekolah lain pada tahun ajaran baru "
            "setelah mengevaluasi hasilnya bersama kelompok pegiat lingkungan setempat.",
        ],
    },
    {
        "slug": "puskesmas-buka-layanan-malam-untuk-pekerja-pabrik",
        "post_id": 70,
        "title": "Puskesmas Buka Layanan Malam untuk Pekerja Pabrik",
        "published": "2023-12-02T19:30:00+07:00",
        "display": "2 Desember 2023",
        "author": "Siti Marlina",
        "category": "Kesehatan",
        "paragraphs": [
            "KENDAL \u2013 Puskesmas Kaliwungu membuka layanan pemeriksaan kesehatan pada malam hari untuk "
            "menjangkau pekerja pabrik yang tidak bisa datang pada jam kerja.",
            "Layanan dibuka setiap Selasa dan Kamis mulai pukul 18.00 hingga 21.00 WIB dan melayani pemeriksaan "
            "umum, tekanan darah serta konsultasi gizi.",
            "Kepala Puskesmas Kaliwungu, dr. Rina Kusumawati, mengatakan dalam sepekan pertama sudah ada 126 pasien "
            "yang datang, sebagian besar buruh pabrik garmen di kawasan industri.",
            "\u201cBanyak yang baru tahu tekanan darahnya tinggi setelah diperiksa di sini. Itu yang ingin kami "
            "cegah sejak dini,\u201d katanya.",
        ],
        "blockquote": 1,
    },
    {
        "slug": "ratusan-warga-ikuti-jalan-sehat-hari-jadi-kabupaten",
        "post_id": 64,
        "title": "Ratusan Warga Ikuti Jalan Sehat Hari Jadi Kabupaten",
        "published": "2023-11-19T08:00:00+07:00",
        "display": "19 November 2023",
        "author": "Andi Saputra",
        "category": "Olahraga",
        "paragraphs": [
            "KENDAL \u2013 Ratusan warga mengikuti jalan sehat dalam rangka peringatan hari jadi kabupaten yang "
            "dimulai dari alun-alun, Minggu (19/11/2023) pagi.",
            "Peserta menempuh rute sejauh lima kilometer melewati jalan protokol dan kembali ke alun-alun, tempat "
            "panitia menyiapkan undian berhadiah sepeda motor dan lemari es.",
            "Bupati dalam sambutannya mengajak warga menjadikan olahraga sebagai kebiasaan, bukan hanya kegiatan "
            "tahunan saat peringatan hari jadi.",
        ],
    },
]

BLOG = [
    {
        "slug": "2024/02/posyandu-remaja-desa-sukamaju-diresmikan",
        "post_id": "4471920283746512345",
        "title": "Posyandu Remaja Desa Sukamaju Diresmikan",
        "published": "2024-02-10T09:30:00+07:00",
        "display": "Februari 10, 2024",
        "date_header": "Sabtu, 10 Februari 2024",
        "author": "Admin Desa Sukamaju",
        "paragraphs": [
            "Sukamaju \u2013 Pemerintah Desa Sukamaju meresmikan Posyandu Remaja pertama di kecamatan ini pada Sabtu "
            "pagi di gedung serbaguna desa.",
            "Posyandu remaja melayani pemeriksaan tinggi dan berat badan, kadar hemoglobin, serta penyuluhan tentang "
            "gizi dan kesehatan reproduksi bagi warga berusia 10 hingga 18 tahun.",
            "Kepala Desa Sukamaju, Ujang Suparman, berharap kegiatan ini dapat menekan angka pernikahan dini dan "
            "anemia pada remaja putri.",
            "\u201cAnak-anak muda kita harus sehat dan punya cita-cita. Posyandu ini rumah mereka untuk bertanya,\u201d "
            "kata Ujang.",
            "Kegiatan posyandu akan digelar setiap minggu kedua tiap bulan dengan kader dari karang taruna desa.",
        ],
    },
    {
        "slug": "2024/01/gotong-royong-perbaiki-saluran-irigasi",
        "post_id": "1928374655647382910",
        "title": "Warga Gotong Royong Perbaiki Saluran Irigasi yang Jebol",
        "published": "2024-01-21T15:10:00+07:00",
        "display": "Januari 21, 2024",
        "date_header": "Minggu, 21 Januari 2024",
        "author": "Admin Desa Sukamaju",
        "paragraphs": [
            "Sukamaju \u2013 Puluhan warga Dusun Cikaret bergotong royong memperbaiki saluran irigasi yang jebol "
            "akibat hujan deras sepanjang pekan lalu.",
            "Tanggul sepanjang delapan meter itu ditambal dengan karung pasir dan bambu sambil menunggu perbaikan "
            "permanen dari dana desa.",
            "Ketua kelompok tani, Asep Hidayat, mengatakan tanpa perbaikan cepat sekitar 40 hektare sawah di hilir "
            "terancam kekeringan tepat saat padi mulai berbunga.",
        ],
    },
    {
        "slug": "2023/12/pelatihan-pengolahan-gula-aren",
        "post_id": "8765432109876543210",
        "title": "Pelatihan Pengolahan Gula Aren untuk Ibu-Ibu PKK",
        "published": "2023-12-05T10:00:00+07:00",
        "display": "Desember 05, 2023",
        "date_header": "Selasa, 05 Desember 2023",
        "author": "Admin Desa Sukamaju",
        "paragraphs": [
            "Sukamaju \u2013 Tim Penggerak PKK Desa Sukamaju bekerja sama dengan penyuluh dari dinas koperasi "
            "menggelar pelatihan pengolahan gula aren menjadi gula semut.",
            "Sebanyak 25 ibu rumah tangga belajar cara menyaring nira, mengatur api tungku dan mengemas gula semut "
            "agar layak dijual ke toko oleh-oleh.",
            "Ketua TP PKK desa, Nining Kurniasih, mengatakan harga gula semut bisa tiga kali lipat gula cetak "
            "biasa sehingga diharapkan menambah penghasilan keluarga.",
            "Peserta juga dibimbing membuat akun toko daring untuk memasarkan produk mereka.",
        ],
    },
    {
        "slug": "2023/11/jadwal-penyaluran-blt-dana-desa-tahap-akhir",
        "post_id": "5647382910192837465",
        "title": "Jadwal Penyaluran BLT Dana Desa Tahap Akhir",
        "published": "2023-11-28T13:45:00+07:00",
        "display": "November 28, 2023",
        "date_header": "Selasa, 28 November 2023",
        "author": "Operator Desa",
        "paragraphs": [
            "Sukamaju \u2013 Pemerintah desa mengumumkan penyaluran Bantuan Langsung Tunai (BLT) Dana Desa tahap "
            "akhir tahun 2023 akan dilaksanakan pada Kamis, 30 November 2023.",
            "Sebanyak 62 keluarga penerima manfaat diminta hadir di balai desa dengan membawa kartu keluarga dan "
            "KTP asli.",
            "Penerima yang berhalangan hadir dapat diwakilkan oleh anggota keluarga yang tercantum dalam kartu "
            "keluarga yang sama.",
        ],
    },
]
