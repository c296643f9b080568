"""Day and month names, relative-day words and year-bearing names that are not dates.

Sources: KBBI; the abbreviations regional outlets use (Jan, Feb, Agt/Agu, Sept, Okt, Nop/Nov, Des).
"""
from __future__ import annotations

DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jumaat": 4, "sabtu": 5,
        "minggu": 6, "ahad": 6}

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "agus": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
}

# English month names, for outlets whose theme prints dates in English ("March 4, 2024").
ENGLISH_MONTHS = {"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
                  "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12}

# Indonesian time zones and their UTC offsets in hours: Waktu Indonesia Barat / Tengah / Timur.
TIME_ZONES = {"wib": 7, "wita": 8, "wit": 9}

# Relative day words and their offset in days from the publication date.
RELATIVE_DAYS = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1, "lusa": 2,
                 "esok hari": 1, "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0}

# A year right after these words names a thing, not a date ("APBD 2026", "Pilkada 2024").
YEAR_NAME_WORDS = """
APBD APBN APBDes APBD-P APBD-Perubahan Pilkada Pilpres Pileg Pemilu Pilgub Pilbup Pilwalkot Anggaran TA
Nomor No Perda Perbup Perwali Pergub UU PP Permen Perpres Inpres Keppres Peraturan Undang-Undang Tahun-Anggaran
RKPD RPJMD RPJMN Renstra Porprov PON MTQ HUT Dekade Periode Angkatan Gelombang Musim Edisi Versi Seri Kurikulum
Formasi CPNS PPPK Ajaran Pajak
Prolegda Propemperda Prolegnas Renja RKA Musrenbang KUA-PPAS PPAS DAK DAU DBH BOS BOK SILPA
""".split()

# A bare weekday after these words is a prayer or an evening, not a date ("salat Jumat", "malam Minggu"); before
# these, the name of a weekly programme ("Jumat Berkah", "Jumat Curhat" of the police).
NOT_A_DAY_BEFORE = ("salat", "sholat", "shalat", "solat", "khotbah", "khutbah", "malam")
WEEKLY_PROGRAMMES = ("Berkah", "Curhat", "Bersih", "Sehat", "Ceria", "Barokah", "Peduli", "Religi", "Sedekah")
# ... and of the Church's holy days ("Jumat Agung" is Good Friday, not the Friday of the story's week).
HOLY_DAYS = ("Agung", "Putih", "Suci", "Palma", "Abu", "Paskah")
