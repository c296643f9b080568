import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.regulations import extract_regulations

PUB = dt.date(2024, 2, 23)  # a Friday


@pytest.mark.parametrize("text,value", [
    ("berlangsung di Villa Kencana, Jumat (23/02/2024).", "2024-02-23"),
    ("Senin (24/9/18) lalu", "2018-09-24"),
    ("pada 27 Januari 2026 mendatang", "2026-01-27"),
    ("Rabu, 8 Oktober 2025, di kantor", "2025-10-08"),
    ("ujarnya, Rabu, (15/3/2023).", "2023-03-15"),
    ("Kamis, (04 Mei 2023).", "2023-05-04"),
    ("terjadi 5 Mei 2022 di Dusun", "2022-05-05"),
    ("pada tanggal 3 Agustus kemarin", "2024-08-03"),
    ("Jumat 23-02-2024 pukul 09.00 WITA", "2024-02-23"),
    ("hari Selasa, 2 Jan 2024", "2024-01-02"),
])
def test_dates_read_indonesian_day_first_formats(text, value):
    assert value in [d.value for d in extract_dates(text, PUB)]


@pytest.mark.parametrize("text,value", [
    ("Pendaftaran ditutup tanggal 14 bulan ini.", "2024-02-14"),
    ("Rapat dijadwalkan tgl 5 bulan depan.", "2024-03-05"),
    ("Pemeriksaan dilakukan tanggal 30 bulan lalu.", "2024-01-30"),
])
def test_dates_a_day_of_a_month_named_relative_to_publication(text, value):
    assert [d.value for d in extract_dates(text, PUB)] == [value]


@pytest.mark.parametrize("text,expected", [
    # "hari ini" in a quote is the day the words were said: the event's date written before it
    ("Pembagian digelar Kamis (22/2/2024). “Mulai hari ini, sampah dipilah,” ujar Pj Wali Kota.",
     [("Kamis (22/2/2024)", "2024-02-22")]),
    ("Mulai hari ini, sampah organik dipilah.", [("hari ini", "2024-02-23")]),
    # "minggu" is a week in lower case and before "ini"
    ("“Minggu ini seluruh desa sudah bisa mengajukan pencairan,” katanya.", []),
    ("Video akan kami tayangkan minggu depan.", []),
    ("Ia datang Minggu lalu ke rumah.", [("Minggu lalu", "2024-02-18")]),
    ("“Minggu depan tim turun ke Sumberejo,” katanya.", []),
    ("Revitalisasi rampung Desember tahun ini.", [("Desember tahun ini", "2024-12")]),
    # a month of last year, and bare months after verbs of finishing and arriving
    ("Warga mengungsi sejak Desember tahun lalu.", [("Desember tahun lalu", "2023-12")]),
    ("Penyaluran tahun lalu sempat terlambat hingga Desember.", [("tahun lalu", "2023"), ("Desember", "2023-12")]),
    ("“Musim hujan baru datang November,” ujarnya. Targetnya rampung Desember.",
     [("November", "2024-11"), ("Desember", "2024-12")]),
])
def test_dates_relative_to_the_speech_and_the_year(text, expected):
    assert [(d.text, d.value) for d in extract_dates(text, PUB)] == expected


@pytest.mark.parametrize("text,written", [
    ("RAPAT DIGELAR SENIN (19/2/2024) DI KANTOR BUPATI.", "SENIN (19/2/2024)"),
    ("Delegasi dari İstanbul tiba pada 19 Februari 2024 di Gorontalo.", "19 Februari 2024"),  # "İ" lower-cases to two
])
def test_dates_keep_the_text_as_written_whatever_its_case(text, written):
    [date] = extract_dates(text, PUB)
    assert (date.text, text[date.span[0]:date.span[1]]) == (written, written)


@pytest.mark.parametrize("text,value", [
    ("Ia tiba kemarin.", "2024-02-22"),
    ("Acara digelar hari ini.", "2024-02-23"),
    ("Rapat dilanjutkan besok.", "2024-02-24"),
    ("kata Kapolres di Ambon, Jumat.", "2024-02-23"),
    ("Pada Senin lalu, warga berkumpul.", "2024-02-19"),
    ("Rapat digelar Rabu kemarin.", "2024-02-21"),  # PUB is a Friday
    ("Rapat digelar Rabu (21/2) kemarin.", "2024-02-21"),
    ("Ia datang tiga hari lalu.", "2024-02-20"),
    ("Pelantikan akan digelar Senin di aula.", "2024-02-26"),
    ("Rapat lanjutan Selasa depan.", "2024-02-27"),
    ("Rapat lanjutan besok, Sabtu.", "2024-02-24"),
    ("Harga naik sejak Desember lalu.", "2023-12"),
    ("Harga naik sejak Januari lalu.", "2024-01"),
    ("Pendapatan tahun lalu naik.", "2023"),
    ("Aturan berlaku mulai bulan depan.", "2024-03"),
    ("Realisasi sepanjang 2023 tercapai.", "2023"),
    ("Target itu tercapai di 10 kabupaten/kota pada 2023.", "2023"),  # "kota" is not the abbreviation "TA"
    ("Harga beras naik sejak Januari.", "2024-01"),
    ("Harga beras naik sejak Oktober.", "2023-10"),  # a later month that is past: last year
    ("Proyek ditargetkan rampung pada November.", "2024-11"),
    # PUB is in February: an earlier month the article looks ahead to is next year's, one looked back on is this year's
    ("“Kalau hujan bagus, kami bisa panen Januari,” katanya.", "2025-01"),
    ("Pembangunan akan dimulai pada Januari.", "2025-01"),
    ("Pemda seharusnya bisa melelang paket sejak Januari.", "2024-01"),
    ("Hujan diperkirakan turun pada pekan ketiga Maret.", "2024-03"),
    ("Berkas diserahkan paling lambat Senin.", "2024-02-26"),
])
def test_dates_resolve_relative_days_against_published(text, value):
    assert [d.value for d in extract_dates(text, PUB)] == [value]


@pytest.mark.parametrize("text", ["Pasar ramai terutama pada Sabtu dan Minggu.", "Posyandu buka setiap Senin.",
                                  "Kantor buka Senin hingga Jumat.", "Menjelang Pilkada tahun depan, warga bersiap.",
                                  "Warung tutup saat salat Jumat.", "Remaja berkumpul pada malam Minggu.",
                                  "Polres menggelar Jumat Curhat bersama warga.",
                                  "Setiap desa wajib menggelar gerakan Jumat bersih.",
                                  "Umat Katolik merayakan Kamis Putih dan Jumat Agung.",  # the Church's holy days
                                  "Misa Rabu Abu dihadiri ratusan umat."])
def test_dates_habitual_weekdays_and_named_years_are_not_dates(text):
    assert extract_dates(text, PUB) == []


def test_dates_bare_weekday_without_published_is_not_a_date():
    assert extract_dates("kata Kapolres di Ambon, Jumat.", None) == []


@pytest.mark.parametrize("text,value", [
    ("penurunan pada Maret 2021 lalu", "2021-03"),
    ("kontrak sampai akhir November 2023", "2023-11"),
    ("sejak tahun 2019 hingga kini", "2019"),
])
def test_dates_months_and_years_are_partial_values(text, value):
    assert value in [d.value for d in extract_dates(text, PUB)]


@pytest.mark.parametrize("text", [
    "Peraturan Menteri Sosial Nomor 10 Tahun 2019 tentang Pekerja Sosial",
    "dana dari APBD 2026 untuk jalan",
    "menjelang Pilkada 2024 mendatang",
    "Raperda itu masuk Program Legislasi Daerah (Prolegda) tahun 2026.",
    "Anggaran bersumber dari Dana Alokasi Khusus (DAK) tahun 2024 dan DAU tahun 2025.",
    "pukul 09.00 WITA",
    "skor akhir 4/11 untuk tim tamu",
])
def test_dates_ignore_years_in_names_and_citations(text):
    masked = [r.span for r in extract_regulations(text)]
    assert extract_dates(text, None, masked) == []


@pytest.mark.parametrize("text,values", [
    ("Turnamen digelar Sabtu-Minggu (10-11/2/2024) di Limboto.", ["2024-02-10", "2024-02-11"]),
    ("Pasar murah pada 1-3 Maret 2024.", ["2024-03-01", "2024-03-03"]),
    # no year after two weekdays: the days of the month nearest the publication date
    ("Aksi bersih dijadwalkan pada Sabtu-Minggu (11-12/10) mendatang.", ["2025-10-11", "2025-10-12"]),
])
def test_dates_a_range_of_days_gives_both_ends(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 10, 8))] == values


@pytest.mark.parametrize("text", ["Skor akhir pertandingan 11-12/10 untuk tuan rumah.", "Perbandingannya 3-4/5 dari target."])
def test_dates_two_separators_are_no_date(text):
    assert extract_dates(text, dt.date(2025, 10, 8)) == []


def test_dates_a_range_gives_both_days():
    values = [d.value for d in extract_dates("kegiatan 18 - 19 Juni 2021 di Ambon", None)]
    assert values == ["2021-06-18", "2021-06-19"]


def test_dates_same_value_twice_is_listed_once():
    text = "Jumat (23/02/2024) ... pada 23 Februari 2024"
    assert [d.value for d in extract_dates(text, None)] == ["2024-02-23"]


def test_dates_offsets_point_at_the_text():
    text = "Rapat digelar Rabu, 8 Oktober 2025 di aula."
    [d] = extract_dates(text, None)
    assert text[d.span[0]:d.span[1]] == d.text == "Rabu, 8 Oktober 2025"


def test_dates_a_month_range_gives_the_first_month_the_year():
    values = [d.value for d in extract_dates("sanksi sepanjang periode Januari hingga November 2025.", None)]
    assert values == ["2025-01", "2025-11"]


@pytest.mark.parametrize("text", [
    "pembukaan Rapat Koordinasi Sosial se Provinsi Jambi Tahun 2022, yang berlangsung",
    "penyelenggaraan Pemilihan Umum Kepala Daerah (Pilkada) tahun 2024 untuk KPU",
])
def test_dates_a_year_inside_a_name_is_not_a_date(text):
    assert extract_dates(text, None) == []


def test_dates_this_year_without_published_takes_the_article_own_date():
    text = "ujarnya, Rabu, (15/3/2023). Tahun ini ada kenaikan, dan tahun ini juga"
    assert [d.value for d in extract_dates(text, None)] == ["2023-03-15", "2023"]


@pytest.mark.parametrize("published,text,value", [
    # a day without a year: the year its weekday fits, nearest to publication
    (dt.date(2025, 1, 3), "Rapat digelar Senin (30/12).", "2024-12-30"),
    (dt.date(2025, 1, 3), "Rapat lanjutan Senin (6/1).", "2025-01-06"),
    (dt.date(2025, 5, 15), "Rapat digelar Selasa (1/10).", "2024-10-01"),
    # without a weekday, not more than half a year after publication
    (dt.date(2025, 1, 3), "Banjir melanda pada 30 Desember.", "2024-12-30"),
    (dt.date(2025, 5, 15), "Festival digelar 3 Agustus.", "2025-08-03"),
])
def test_dates_a_day_without_a_year_takes_the_year_that_fits(published, text, value):
    assert [d.value for d in extract_dates(text, published)] == [value]


@pytest.mark.parametrize("text,written,values", [
    ("Operasi pasar mulai tanggal 16 sampai dengan 23 Desember 2024 di Surabaya.",
     "tanggal 16 sampai dengan 23 Desember 2024", ["2024-12-16", "2024-12-23"]),
    ("Banjir terjadi pada 30 Desember 2024.", "30 Desember 2024", ["2024-12-30"]),
    ("Banjir terjadi pada 30 Desember.", "30 Desember", ["2024-12-30"]),  # the full stop ends the sentence
    ("Data per 30 Des. 2024 menunjukkan kenaikan.", "30 Des. 2024", ["2024-12-30"]),  # an abbreviation's dot
])
def test_dates_ranges_with_sampai_dengan_and_dots_after_months(text, written, values):
    dates = extract_dates(text, dt.date(2025, 1, 3))
    assert [d.value for d in dates] == values and {d.text for d in dates} == {written}


@pytest.mark.parametrize("text,published,values", [
    # "sejak akhir Desember" written in February: last December
    ("Curah hujan tinggi sejak akhir Desember membuat jentik berkembang.", dt.date(2025, 2, 18), ["2024-12"]),
    # a month range whose end is part of a month
    ("187 kasus sepanjang Januari hingga pertengahan Februari 2025.", dt.date(2025, 2, 18), ["2025-01", "2025-02"]),
    # the months of a recurring state are no dates; the end of a period is
    ("saluran di dusun yang kerap kering pada Agustus hingga Oktober.", dt.date(2025, 4, 7), []),
    ("Penertiban digelar rutin setiap akhir pekan hingga Desember.", dt.date(2026, 8, 3), ["2026-12"]),
])
def test_dates_bare_months_in_the_past_in_ranges_and_in_habits(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # "Sabtu ini" is the Saturday of the week of publication, ahead or past
    ("Warga siap kerja bakti hari Sabtu ini.", dt.date(2025, 2, 20), ["2025-02-22"]),
    ("Rapat digelar Senin ini di kantor bupati.", dt.date(2025, 2, 20), ["2025-02-17"]),
    # years coordinated after the first
    ("Sekolah mengusulkan rehabilitasi pada 2022 dan 2023, tetapi belum terakomodasi.", dt.date(2025, 2, 20),
     ["2022", "2023"]),
    ("Banjir melanda desa itu pada 2019, 2021, dan 2024.", dt.date(2025, 2, 20), ["2019", "2021", "2024"]),
    ("Ia bertugas sejak 2019, 30 warga hadir.", dt.date(2025, 2, 20), ["2019"]),
])
def test_dates_a_weekday_of_this_week_and_coordinated_years(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # two days of one month joined by "dan": both
    ("Layanan kesehatan gratis dibuka pada 12 dan 13 Februari bersama puskesmas.", dt.date(2026, 2, 11),
     ["2026-02-12", "2026-02-13"]),
    ("Pameran digelar 5 dan 6 Juni 2025 di alun-alun.", dt.date(2025, 5, 1), ["2025-06-05", "2025-06-06"]),
    # the year that names a recruitment batch is no date
    ("Bupati menyerahkan SK PPPK formasi tahun 2025 kepada 1.248 honorer.", dt.date(2026, 1, 6), []),
])
def test_dates_two_days_joined_by_dan_and_a_batchs_year(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # "kemarin" after a month is the month before, not yesterday
    ("Sepanjang Juni kemarin sudah terdeteksi 46 titik panas.", dt.date(2025, 7, 2), ["2025-06"]),
    # a deadline month earlier in the year than publication is next year's
    ("Paket fisik harus sudah dilelang paling lambat Februari.", dt.date(2025, 11, 25), ["2026-02"]),
    ("Laporan diserahkan selambat-lambatnya Maret.", dt.date(2025, 11, 25), ["2026-03"]),
    ("Laporan diserahkan paling lambat Desember.", dt.date(2025, 11, 25), ["2025-12"]),
])
def test_dates_a_month_before_kemarin_and_deadline_months(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # weeks ago counted back from publication; "dalam dua pekan terakhir" is a period, no date
    ("Anggota poktan menyetor uang tebusan dua pekan lalu.", dt.date(2025, 12, 3), ["2025-11-19"]),
    ("Titik panas bertambah dalam dua pekan terakhir.", dt.date(2025, 12, 3), []),
    # a month to come after "sejak" in a purpose clause; a month that should have been, past
    ("Perda ditargetkan terbit agar anggaran bisa dieksekusi sejak awal Januari.", dt.date(2025, 11, 29), ["2026-01"]),
    ("Pemda seharusnya sudah bisa melelang paket pekerjaan sejak Januari.", dt.date(2025, 3, 12), ["2025-01"]),
])
def test_dates_weeks_ago_and_months_after_sejak(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


def test_dates_today_in_a_quote_is_the_day_of_the_event_in_the_week_before_publication():
    text = ("Bupati melantik 23 pejabat, Senin (24/11/2025). Hasil seleksi diumumkan pada 17 Oktober 2025.\n"
            "“Saya minta bapak ibu yang hari ini dilantik langsung bekerja,” katanya.")
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 25))] == ["2025-11-24", "2025-10-17"]


@pytest.mark.parametrize("text,published,values", [
    ("Komisi III akan meninjau lokasi tambang pada Kamis pekan ini.", dt.date(2025, 9, 16), ["2025-09-18"]),
    # "lalu" as "then" after a week is no date
    ("Harapan kami kalender event jangan hanya ramai satu pekan lalu sepi berbulan-bulan.", dt.date(2025, 7, 16), []),
    ("Sepanjang Juli hingga pertengahan Agustus lahan terbakar.", dt.date(2025, 8, 21), ["2025-07", "2025-08"]),
    ("Jangan sampai kejadian 2015 dan 2019 terulang.", dt.date(2025, 8, 21), ["2015", "2019"]),
])
def test_dates_this_weeks_weekday_weeks_as_then_sepanjang_and_years_of_events(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # a place named like a weekday, a span of years, a year something is planned for
    ("Dapur beroperasi di Painan, Salido, Kambang dan Balai Selasa.", dt.date(2025, 9, 12), []),
    ("Kami sudah teriak dari dua tahun lalu.", dt.date(2025, 10, 8), []),
    ("Kapal itu nyaris tenggelam di perairan Masalembu beberapa tahun lalu.", dt.date(2025, 12, 20), []),
    # "until Tuesday" in speech looks ahead; in the narrative it counts up to a day gone by
    ("“Tiket kapal cepat sudah habis sampai Selasa,” katanya.", dt.date(2025, 12, 20), ["2025-12-23"]),
    ("“Cukup buat masak sampai Kamis,” katanya.", dt.date(2025, 8, 20), ["2025-08-21"]),
    ("Hingga Senin sore tercatat 1.240 penumpang.", dt.date(2025, 12, 20), ["2025-12-15"]),
    # a month a figure is for
    ("“Untuk Oktober, kuota harian sudah kami salurkan penuh,” ujarnya.", dt.date(2025, 10, 8), ["2025-10"]),
    ("Pemkab akan mengusulkan tambahan kuota PTSL untuk 2026 kepada kementerian.", dt.date(2025, 7, 24), ["2026"]),
])
def test_dates_places_named_like_weekdays_spans_of_years_and_years_planned_for(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,value", [
    ("Jangan sampai Januari nanti program belum jalan.", "2026-01"),  # "nanti": to come
    ("Tahap kedua kami targetkan Maret, setelah data nilai masuk.", "2026-03"),  # a target month is ahead
])
def test_dates_months_to_come_and_targets(text, value):
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 28))] == [value]


@pytest.mark.parametrize("text", ["Rehabilitasi Stadion 29 Nopember Sampit ditargetkan rampung.",
                                  "Posko buka sampai jam dua siang, termasuk hari Sabtu."])
def test_dates_a_place_named_after_a_date_and_opening_days_are_no_dates(text):
    assert extract_dates(text, dt.date(2025, 6, 11)) == []


@pytest.mark.parametrize("text,published,values", [
    # two weekdays before two days: the first weekday is the first day's
    ("Puncaknya diperkirakan pada Selasa dan Rabu, 17-18 Maret.", dt.date(2026, 3, 12), ["2026-03-17", "2026-03-18"]),
    # a weekday of the week after or before publication's
    ("Rapat digelar Kamis pekan depan.", dt.date(2025, 11, 25), ["2025-12-04"]),
    ("Rapat digelar Senin pekan lalu.", dt.date(2025, 11, 25), ["2025-11-17"]),
    # two weeks of a month; a year and what happened in it; a month asked for before it comes
    ("Gelombang pada pekan kedua dan ketiga Maret masih rendah.", dt.date(2026, 3, 12), ["2026-03"]),
    ("Hujan diperkirakan baru turun merata pada dasarian kedua Oktober.", dt.date(2025, 8, 19), ["2025-10"]),
    ("Kami tidak mau terulang seperti 2023, ketika lelang baru bisa jalan bulan Maret.", dt.date(2025, 11, 25),
     ["2023", "2023-03"]),
    ("Tolong dijelaskan dulu ke kami sebelum Januari.", dt.date(2025, 11, 21), ["2026-01"]),
    # a day "mendatang" is ahead even when more than half a year away
    ("Tim akan turun ke lokasi pada 20–24 Oktober mendatang.", dt.date(2026, 2, 11), ["2026-10-20", "2026-10-24"]),
])
def test_dates_weekday_pairs_weeks_around_publication_and_years_of_past_events(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,values", [
    ("Target fungsional Desember tahun ini, kata dia.", ["2026-12"]),  # a month of a year named relative to publication
    ("Kita semua masih ingat 2015 dan 2019, sekolah diliburkan.", ["2015", "2019"]),  # years recalled
    ("Korupsi dana desa tahun anggaran 2021 hingga 2023 merugikan negara.", []),  # budget years, both
])
def test_dates_months_of_a_relative_year_years_recalled_and_budget_year_ranges(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2026, 1, 22))] == values


def test_dates_minggu_pertama_is_a_week_not_a_sunday():
    assert [d.value for d in extract_dates("“Minggu pertama kami hanya memberi teguran,” katanya. Rapat digelar Minggu "
                                           "lalu.", dt.date(2026, 1, 22))] == ["2026-01-18"]


def test_dates_two_days_offered_as_alternatives():
    assert [d.value for d in extract_dates("Sidang digelar 18 atau 19 Februari 2026.", dt.date(2026, 2, 12))] == [
        "2026-02-18", "2026-02-19"]


@pytest.mark.parametrize("text,values", [
    # a month range with no year: both months
    ("Distribusi Januari hingga Maret kami prioritaskan untuk musim tanam.", ["2025-01", "2025-03"]),
    # a day counted from the last date given, opening its sentence
    ("Apel digelar Minggu (13/7/2025). Sehari sebelumnya, petugas memadamkan api.", ["2025-07-13", "2025-07-12"]),
    # ... not a rule's notice period
    ("PLN diminta menyampaikan jadwal pemadaman paling lambat sehari sebelumnya.", []),
])
def test_dates_bare_month_ranges_and_days_counted_from_the_last_date(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 7, 15))] == values


@pytest.mark.parametrize("text,published,values", [
    # the sentence gives its own day: no day counted from the last date
    ("Kasus terakhir terjadi Sabtu (21/2) di perairan Pulau Talaga. Sehari sebelumnya, Rabu (4/3), DKP menyerahkan "
     "bantuan perahu.", dt.date(2026, 3, 5), ["2026-02-21", "2026-03-04"]),
    # a month range across the new year, the year written once
    ("Puncak musim hujan diperkirakan terjadi pada Desember hingga Februari 2026.", dt.date(2025, 11, 20),
     ["2025-12", "2026-02"]),
])
def test_dates_a_day_given_after_sehari_sebelumnya_and_ranges_across_the_new_year(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,published,values", [
    # a day early next year, written at the end of this one
    ("“Arus balik kami perkirakan pada 2 Januari,” kata Heru.", dt.date(2025, 12, 15), ["2026-01-02"]),
    ("Posko itu dibuka 2 Januari lalu.", dt.date(2025, 12, 15), ["2025-01-02"]),
    # what was planned before is past
    ("Program diperpanjang, setelah sebelumnya dijadwalkan berakhir pada akhir Januari.", dt.date(2026, 2, 10),
     ["2026-01"]),
    # a habit, and tax years
    ("Ia meminta Samsat membuka layanan hingga sore hari, termasuk pada Sabtu.", dt.date(2026, 2, 10), []),
    ("Denda dihapus untuk tunggakan PBB-P2 tahun pajak 2014 sampai 2024.", dt.date(2025, 11, 6), []),
])
def test_dates_early_next_year_plans_made_before_habits_and_tax_years(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,values", [
    # two months joined by "dan", with and without a year
    ("Petugas ditambah sebelum kunjungan puncak pada Juli dan Agustus.", ["2026-07", "2026-08"]),
    ("Kunjungan puncak terjadi Juli dan Agustus 2026.", ["2026-07", "2026-08"]),
    # the year before a year just given
    ("Pemudik pada Lebaran tahun lalu mencapai 10,3 juta orang, naik 8 persen dibanding tahun sebelumnya.",
     ["2025", "2024"]),
])
def test_dates_paired_months_and_the_year_before_the_last_one(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2026, 3, 10))] == values


def test_dates_stock_enough_until_a_month_early_next_year():
    text = "“Stok beras di gudang saat ini cukup hingga Maret,” katanya."
    assert [d.value for d in extract_dates(text, dt.date(2025, 12, 10))] == ["2026-03"]


def test_dates_a_month_after_a_comparison_with_last_year_is_this_years():
    text = "Kekeringan tahun ini lebih panjang dibanding tahun lalu karena hujan terakhir turun pada pertengahan Mei."
    assert [d.value for d in extract_dates(text, dt.date(2025, 10, 10))] == ["2025", "2024", "2025-05"]


def test_dates_the_year_before_after_a_number_with_a_thousands_point():
    text = "Kuota solar pada 2025 hanya 4.800 kiloliter, turun dari 5.600 kiloliter pada tahun sebelumnya."
    assert [d.value for d in extract_dates(text, dt.date(2025, 9, 3))] == ["2025", "2024"]


@pytest.mark.parametrize("text,values", [
    ("“Sekarang sudah Januari, atapnya saja belum ada,” ujarnya.", ["2026-01"]),
    ("Memasuki Desember, harga cabai merah di pasar naik.", ["2025-12"]),  # written in January: the last December
    ("Harga diperkirakan naik memasuki Desember.", ["2026-12"]),
])
def test_dates_a_month_that_has_come(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2026, 1, 20))] == values


@pytest.mark.parametrize("text,values", [
    # months listed after "yakni", joined by commas and "dan"
    ("Setiap KPM menerima Rp900 ribu untuk tiga bulan, yakni Oktober, November dan Desember.",
     ["2025-10", "2025-11", "2025-12"]),
    # a list that turns past December goes on into the next year
    ("Distribusi dijadwalkan pada November, Desember dan Januari.", ["2025-11", "2025-12", "2026-01"]),
])
def test_dates_months_listed_with_commas(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 6))] == values


def test_dates_an_earlier_month_after_next_year_is_named():
    text = "“Tahun depan tidak boleh terulang, lelang harus dimulai Januari,” tegasnya."
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 27))] == ["2026", "2026-01"]


@pytest.mark.parametrize("text,values", [
    # the time of day and "pekan lalu" between a weekday and its date
    ("Kejadian itu berlangsung Selasa malam pekan lalu (14/10) di dermaga.", ["2025-10-14"]),
    ("Kapal tiba Selasa malam (14/10).", ["2025-10-14"]),
    # a month range written with a dash and no spaces
    ("Program itu berjalan Januari–Juni 2026.", ["2026-01", "2026-06"]),
])
def test_dates_weekdays_with_the_time_of_day_and_dashed_month_ranges(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 10, 21))] == values


@pytest.mark.parametrize("text,values", [
    # a day counted to a holiday is no date ("H-3"), the day after "atau" is
    ("Puncak arus mudik terjadi pada H-3 atau 17 Maret.", ["2026-03-17"]),
])
def test_dates_a_day_counted_to_a_holiday(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2026, 3, 13))] == values


@pytest.mark.parametrize("text,values", [
    ("“Untuk parkir, penerapannya bertahap mulai Januari,” lanjutnya.", ["2026-01"]),  # written in November
    ("Program ini berjalan mulai Januari hingga kini.", ["2025-01"]),
])
def test_dates_a_start_month_to_come(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 26))] == values


def test_dates_the_day_before_the_storys_day_not_a_past_one_recalled():
    text = ("Petugas memeriksa 38 speedboat, Selasa (10/2/2026). Insiden speedboat terbalik pada 3 Agustus 2025 lalu "
            "menjadi pelajaran.\nSehari sebelumnya, Bupati memimpin rapat koordinasi.")
    assert [d.value for d in extract_dates(text, dt.date(2026, 2, 10))] == ["2026-02-10", "2025-08-03", "2026-02-09"]


def test_dates_two_weekdays_joined_by_hingga_before_their_days():
    text = "Pengasapan dilakukan di Kelurahan Oesao, Senin hingga Selasa (9-10/2)."
    assert [d.value for d in extract_dates(text, dt.date(2026, 2, 12))] == ["2026-02-09", "2026-02-10"]


@pytest.mark.parametrize("text,published,values", [
    # a season, from one month to another, is no date; one month a season peaks in is
    ("Nelayan diimbau waspada saat angin utara yang biasanya datang pada Desember hingga Februari.",
     dt.date(2025, 7, 15), []),
    ("Harga cabai biasanya melonjak pada minggu ketiga Desember.", dt.date(2025, 11, 3), ["2025-12"]),
    # the original schedule, before a delay, is past
    ("Pencairan sempat molor dari jadwal awal yang direncanakan pada Januari.", dt.date(2026, 3, 12), ["2026-01"]),
    ("Pencairan tahap dua direncanakan pada Januari.", dt.date(2025, 11, 12), ["2026-01"]),
    # a month compared with
    ("Titik panas meningkat dibanding Juni yang hanya empat titik.", dt.date(2025, 8, 4), ["2025-06"]),
])
def test_dates_seasons_original_schedules_and_months_compared_with(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


def test_dates_the_day_before_is_the_weekday_its_sentence_gives():
    text = ("Dana ditransfer paling lambat 31 Oktober 2025.\nSehari sebelumnya, Komisi III DPRK Mimika menggelar rapat "
            "dengar pendapat bersama Dinas Pendidikan di ruang rapat Komisi III, Senin (6/10).")
    assert [d.value for d in extract_dates(text, dt.date(2025, 10, 8))] == ["2025-10-31", "2025-10-06"]


def test_dates_sekarang_after_last_year_is_this_year():
    text = "“Tahun lalu air naik bulan Juli, sekarang baru awal Juni sudah masuk rumah,” tuturnya."
    assert [d.value for d in extract_dates(text, dt.date(2025, 6, 10))] == ["2024", "2024-07", "2025-06"]


def test_dates_until_a_weekday_right_after_the_event_is_past():
    text = ("Petugas memadamkan kebakaran lahan di Desa Pudu pada Minggu (27/7) sore.\n“Kami lakukan pendinginan sampai "
            "Senin malam,” jelas Edi.")
    assert [d.value for d in extract_dates(text, dt.date(2025, 7, 30))] == ["2025-07-27", "2025-07-28"]


def test_dates_a_weekday_nanti_is_to_come():
    text = "“Mulai Sabtu nanti sudah jalan di tiga lingkungan,” ucap Hotman."
    assert [d.value for d in extract_dates(text, dt.date(2025, 7, 9))] == ["2025-07-12"]


@pytest.mark.parametrize("text,values", [
    # next year's budget is next year (a budget's own year stays a name: "Tahun Anggaran 2025")
    ("Catatan itu menjadi bahan perbaikan dalam pelaksanaan anggaran tahun depan.", ["2026"]),
    ("Menjelang Pilkada tahun depan, warga bersiap.", []),
])
def test_dates_a_budget_of_next_year_is_next_year(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 27))] == values


@pytest.mark.parametrize("text,values", [
    # a year after "sejak" dates what began then, whatever name comes before it
    ("Kami sudah usulkan tanggul lewat musrenbang sejak 2023, mudah-mudahan bisa masuk.", ["2023"]),
    # a range of bare months that turns past December runs into the next year
    ("Ia berharap tanggul dibangun sebelum puncak musim hujan pada Desember hingga Januari.", ["2025-12", "2026-01"]),
])
def test_dates_years_since_a_named_thing_and_month_ranges_past_december(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 10, 14))] == values


def test_dates_a_bare_month_after_a_date_to_come_at_the_years_end_is_next_year():
    text = "“Targetnya qanun APBK sah paling lambat 31 Desember, jadi awal Januari semua SKPK bisa bekerja,” ucap Yunus."
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 20))] == ["2025-12-31", "2026-01"]


def test_dates_today_in_reported_speech_is_the_day_of_the_event():
    text = ("DPRD menyetujui Ranperda APBD dalam rapat paripurna, Rabu (26/11/2025). Ia menambahkan, sebelum paripurna "
            "hari ini seluruh fraksi telah menyampaikan pandangan umum.")
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 27))] == ["2025-11-26"]


@pytest.mark.parametrize("text,published,values", [
    # a bare month after "terjadi" or "turun" (what is forecast to happen, rain to come)
    ("“Puncak kemarau diperkirakan terjadi Agustus dan September,” ujarnya.", dt.date(2025, 8, 6),
     ["2025-08", "2025-09"]),
    ("“Kami berharap jangan cuma sekali, karena hujan mungkin baru turun November,” ucapnya.", dt.date(2025, 9, 16),
     ["2025-11"]),
    # stock "safe until" a month earlier in the year is next year's
    ("“Stok secara umum masih aman sampai Januari, jadi masyarakat tidak perlu panik,” ujar Ridhani.",
     dt.date(2025, 12, 17), ["2026-01"]),
])
def test_dates_a_month_after_happening_or_falling_and_stock_safe_until_next_year(text, published, values):
    assert [d.value for d in extract_dates(text, published)] == values


@pytest.mark.parametrize("text,values", [
    # "pagi ini" is the day of publication
    ("Wakil Bupati, Hj. Siti Mariam, S.E., pagi ini turun langsung memimpin gotong royong.", ["2025-03-14"]),
    # the year of a dated event
    ("Ia menilai persoalan kekeringan sudah berulang sejak kemarau panjang 2019.", ["2019"]),
])
def test_dates_this_morning_and_the_year_of_a_long_drought(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 3, 14))] == values


@pytest.mark.parametrize("text,values", [
    # "tahun kemarin" is last year, not yesterday
    ("“Sekarang beli tiket dari jauh hari, soalnya tahun kemarin sempat kehabisan,” kata Siti.", ["2024"]),
    # a year after "Waktu" opening a recollection
    ("“Waktu 2019 air hanya sampai lutut. Sekarang sampai atap rumah panggung,” ungkapnya.", ["2019"]),
])
def test_dates_last_year_said_kemarin_and_a_year_recalled(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 12, 11))] == values


@pytest.mark.parametrize("text,values", [
    # the end of this month
    ('"Kalau cuaca buruk ini berlanjut sampai akhir bulan, bantuan kita salurkan," ucap Amirullah.', ["2025-01"]),
    # ... but not what keeps happening before every month's end
    ("Ia menyoroti kuota solar bersubsidi yang kerap habis sebelum akhir bulan.", []),
])
def test_dates_the_end_of_this_month_unless_habitual(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 1, 14))] == values


@pytest.mark.parametrize("text,values", [
    # a deadline before a part of an earlier month is next year's
    ("Ridwan akan mendorong pemkab mempublikasikan ringkasan APBD 2026 paling lambat pertengahan Januari.",
     ["2026-01"]),
    # ... unless it was already due ("seharusnya")
    ("ADD tahap II seharusnya disalurkan paling lambat akhir Juli.", ["2025-07"]),
])
def test_dates_a_deadline_before_part_of_a_month(text, values):
    assert [d.value for d in extract_dates(text, dt.date(2025, 11, 27))] == values
