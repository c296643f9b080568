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
Perumnas Perumahan Perum BTN Asrama Rusunawa Rusun Bumi Griya SPKT Dataran Lobi Lobby Gelora Arena Plaza Mall Kafe Warung Pangkalan Lanud Lanal Kodim Korem Makorem Galeri Museum Perpustakaan Benteng Monumen Tugu Lokasi Posko Shelter Tenda Islamic Center
""".split()

# Prepositions and verbs that introduce a venue (`berlangsung di Villa Kencana`, `bertempat di Aula`).
VENUE_CUES = ["bertempat di", "berlangsung di", "digelar di", "dilaksanakan di", "diadakan di", "diselenggarakan di",
              "di", "ke", "dari", "menuju"]
