import pytest

from pipeline.scrape.dates import iso_date, parse_indonesian_date


@pytest.mark.parametrize("text,expected", [
    ("Jumat, 23 Februari 2024 | 10:15 WITA", "2024-02-23T10:15:00+08:00"),
    ("Jum'at, 23 Februari 2024 - 10:15 WIB", "2024-02-23T10:15:00+07:00"),
    ("Senin, 4 Mar 2024 pukul 08.15 WIT", "2024-03-04T08:15:00+09:00"),
    ("Diposting 23 Agustus 2023", "2023-08-23"),
    ("Februari 10, 2024", "2024-02-10"),
    ("12/03/2024 10:30 WITA", "2024-03-12T10:30:00+08:00"),
    ("Sabtu, 10 Februari 2024", "2024-02-10"),
    ("31 Februari 2024", None),
    ("Tahun Anggaran 2024", None),
])
def test_parse_indonesian_date_reads_written_dates(text, expected):
    assert parse_indonesian_date(text) == expected


@pytest.mark.parametrize("value,expected", [
    ("2024-02-23T19:58:11+08:00", "2024-02-23T19:58:11+08:00"),
    ("2024-02-23T11:58:11Z", "2024-02-23T11:58:11+00:00"),
    ("2024-02-10T09:30:00.000+07:00", "2024-02-10T09:30:00+07:00"),
    ("2024-02-23 19:58:11+0800", "2024-02-23T19:58:11+08:00"),
    ("2024-02-23", "2024-02-23"),
    ("", None),
])
def test_iso_date_keeps_the_page_offset(value, expected):
    assert iso_date(value) == expected
