"""Regulation citations: `Peraturan Menteri Sosial Nomor 10 Tahun 2019 tentang Pekerja Sosial Masyarakat`."""
from __future__ import annotations

import re

from pipeline.extract.results import Regulation
from pipeline.lang.calendar import MONTHS
from pipeline.lang.places import MEETING_HALLS
from pipeline.lang.regions import gazetteer
from pipeline.lang.regulations import (DRAFT_PREFIXES, MINISTER_FORM_PREFIXES, MINISTERS_BY_SHORT_FORM, NAMED_CODES,
                                       REGULATION_FORMS)

_FORM_TYPE = {form.casefold(): (rtype, issuer) for form, rtype, issuer in REGULATION_FORMS}


def _form_pattern(form: str) -> str:
    # "Undang-Undang" also written with an en dash or a space; abbreviations are matched whole-word.
    return re.escape(form).replace(r"\-", r"[-–\s]").replace(r"\ ", r"\s+")


# Longer forms first: the alternation stops at the first that matches.
_FORMS = sorted({f for f, _, _ in REGULATION_FORMS}, key=len, reverse=True)
# ... and a minister's short form glued to Permen/Kepmen ("Permendikdasmen", "PermenPUPR"), listed or not.
_MINISTER_FORM = r"(?:" + "|".join(MINISTER_FORM_PREFIXES) + r")[A-Za-z]{2,14}"
FORM = r"(?P<form>" + "|".join(_form_pattern(f) for f in _FORMS) + "|" + _MINISTER_FORM + r")"
# A form alone, captured by nothing: a second citation's form after "dan", a regulation as a sentence's subject.
BARE_FORM = FORM.replace("?P<form>", "?:") + r"(?![\w-])"

# Words between the form and the number that name the issuer or the country: `Menteri Sosial`,
# `(SE) Gubernur Bali`, `RI`, `Daerah Kota Ambon`, `korupsi`, `ATR/Kepala BPN`. At most eighteen words, no sentence
# punctuation.
_NAME_WORDS = r"[A-Z][\w&'/-]*(?:\s+[A-Z][\w&'/-]*)*"  # (`Pangdam V/Brawijaya`)
# A comma inside an issuer's name that lists its fields: `Menteri Desa, Pembangunan Daerah Tertinggal, dan
# Transmigrasi Nomor 7`, `Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 22`, its short form in brackets
# or not (`Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi (Permendes PDTT) Nomor 2`), and ministers
# listed as a joint decree's issuers (`SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri … tentang`).
_LISTED_NAME_COMMA = r",(?=[^.;\n]{0,120}?\s+dan\s+" + _NAME_WORDS + r"(?:\s*\([A-Za-z][\w/ ]{0,24}\))?\s*,?\s+(?:Nomor|Nomer|Nmr|No|tentang)\b)"
ISSUER = (r"(?P<issuer>(?:(?:" + _LISTED_NAME_COMMA + r")?\s+(?!(?:Nomor|Nomer|Nmr|No|Tahun|Thn|Th|Tentang)\b|(?:PM|KM)\s?\d)"
          r"(?:\([A-Za-z][A-Za-z/]{0,19}(?:\s[A-Za-z/]{1,8})?\)|[A-Z][\w&'-]*(?:/[A-Z][\w&'-]*)?(?![\w.])|[A-Z][\w&'-]{0,4}\.|"
          r"dan(?!\s+" + BARE_FORM + r")|korupsi)){0,18})")  # ("UU Pesantren dan Perpres Nomor 82": two citations)
# (a word with a full stop is an abbreviation, `Kab.`, `Prov.`: a longer one ends a sentence)
NUMBER = (r"(?:(?:\s*,?\s*(?:Nomor|Nomer|Nmr\.?|No\.?|No)\s*:?\s*|\s+(?=(?:(?:PM|KM)\s?)?\d{1,4}(?:/|\s+Tahun\s+)(?:19|20)\d{2}(?!\d)))"
          r"(?P<number>(?:(?<=[\s:])(?:[A-Z]{1,3}(?:-[A-Z]{2,6})?|Kpts|Kep|Per)[./]?\s?(?=\d))?\d[\w.\-]*(?:\s[A-Z](?=/))?(?:/[\w.\-]+(?:\s[A-Z][\w-]*(?=/))?)*))")  # `Nomor 5`, `No. 23/2014`,
# a bare `PP 94/2021`, `Perpres 126 Tahun 2022` or `Permenhub PM 37 Tahun 2015`, and a letter prefix in ministries'
# numbers (`Nomor PM 25`, `KM.73`, `SE/8/VII/2018`, `Kpts.1021/VII/2025`, a directorate's `SE-DJPL 27`), and the
# energy ministry's `Nomor 1827 K/30/MEM/2018`, and a body's name inside one (`16/P3JBT/BPH Migas/Kom/2024`)
YEAR = r"(?:\s*,?\s*(?:Tahun|Thn\.?|Th\.?)\s+(?P<year>(?:19|20)\d{2}))"
TITLE = r"(?:\s*,?\s+[Tt]entang\s+(?P<title>[^.;:\n]+?))"
# Where a title ends: punctuation, or a word that starts the next clause (Pasal, juncto, sebagaimana ...), the
# date it was issued (`tentang Kewaspadaan DBD pada 27 Januari 2025`), or the hall where it was presented
# (`sosialisasi Perbup … tentang Pedoman Pengelolaan Keuangan Kampung di Gedung Tengku Mahratu`).
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("mei", "juni", "juli"))  # ("… Tepat Sasaran pada April
# lalu": the date it was issued, after the title)
TITLE_END = re.compile(
    r"""(?:[.;:\n](?!\d)|,\s(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:,|\s+dan\s)|dan\s+[A-Z][a-z])|\s+(?:juncto|[Ss]ubsider|[Ss]ubsidair|[Pp]rimer|jo\.?|Jo\.?|sebagaimana|yang|serta|Pasal|pasal|dengan|dalam\s+hal|sehingga|
    bahwa|untuk|guna|agar|maka|karena|terkait|namun|baru|sudah|telah|belum|masih|sedang|akan|harus|wajib|
    dan\s+(?=""" + BARE_FORM + r"""|Pasal\b)|
    di\s+(?=(?:""" + "|".join(MEETING_HALLS) + r""")\b)|
    (?:pada|sejak|tertanggal|tanggal|per)\s+(?=\d|(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|""" + _MONTH_NAMES + r""")\b))
    |\s*\(|\s*["“”]|$)""", re.VERBOSE)

# Lower-case words inside a Title Case title ("Perubahan atas ...", "Pajak Daerah dan Retribusi Daerah").
TITLE_LOWER_WORDS = {"dan", "atas", "di", "ke", "dari", "untuk", "pada", "dalam", "bagi", "terhadap", "serta",
                     "tentang", "oleh", "atau", "antara", "dengan", "sebagai", "melalui", "kepada",
                     "tahun", "nomor", "se", "yang"}

# Form + optional issuer + (number [year] | year | title), e.g. `Perda Nomor 5 Tahun 2019`, `UU No. 23/2014`,
# `Qanun Aceh tentang Penyelenggaraan Pendidikan`.
CITATION = re.compile(
    r"(?<![\w-])" + FORM + r"(?![\w-])" + ISSUER + r"(?:" + NUMBER + r")?" + YEAR + r"?"
    + r"(?P<tentang>\s*,?\s+[Tt]entang\s+)?",
)
NAMED = re.compile(r"(?<![\w-])(?P<named>" + "|".join(re.escape(n) for n in sorted(NAMED_CODES, key=len, reverse=True))
                   + r")(?![\w-])")
# A law cited by its subject alone, or by its acronym: `UU Penanggulangan Bencana`, `Undang-Undang Perlindungan
# Konsumen`, `UU HKPD`, `UU LLAJ`.
LAW_BY_SUBJECT = re.compile(r"(?<![\w-])(?:UU|Undang[-–\s]Undang)\s+(?P<title>(?!(?:Nomor|No|Tahun|RI|NRI|Republik|Dasar)\b)"
                            r"(?:[A-Z][a-z]\w*(?:\s+(?:dan\s+)?(?!Nomor\b|No\b|Tahun\b|" + BARE_FORM + r")[A-Z][a-z]\w*){0,5}|"
                            r"[A-Z][A-Z0-9]{1,7}(?![\w-])(?!\s+(?:Nomor|No|Tahun)\b)))")
# Aceh's qanun by its subject alone (`Qanun Hukum Jinayat`, `Qanun Lembaga Keuangan Syariah`): the province's.
QANUN_BY_SUBJECT = re.compile(r"(?<![\w-])Qanun\s+(?P<title>(?!(?:Aceh|Kabupaten|Kota|Nomor|No|Tahun|Gampong)\b)"
                              r"[A-Z][a-z]\w*(?:\s+(?:dan\s+)?(?!Nomor\b|No\b|Tahun\b)[A-Z][a-z]\w*){0,5})")
BUDGET_PLAN_TITLE = re.compile(r"(?:Perubahan\s+)?(?:APBD(?:es|-?P)?|RKPD(?:es)?|RKP\s+Desa|RAPBD(?:es)?|"
                               r"Anggaran\s+Pendapatan\s+dan\s+Belanja\s+(?:Desa|Kampung|Nagari|Gampong|Daerah))"
                               r"(?:\s+(?:Tahun\s+(?:Anggaran\s+)?)?(?:19|20)\d\d)?")
DRAFT = re.compile(r"(?:" + "|".join(DRAFT_PREFIXES) + r")\W*$", re.IGNORECASE)


def _title_at(text: str, start: int) -> tuple[str | None, int]:
    m = TITLE_END.search(text, start)
    end = m.start() if m else len(text)
    # "No.11 Tahun 2008 Tentang ..." inside a title: the period after No is not the end.
    while m and text[m.start():m.start() + 1] == "." and re.search(r"\bNo$", text[max(0, m.start() - 3):m.start()]):
        m = TITLE_END.search(text, m.start() + 1)
        end = m.start() if m else len(text)
    if text[start:start + 1].isupper():  # a title in Title Case ends at the first ordinary lower-case word
        for word in re.finditer(r"\S+", text[start:end]):
            if word.group()[:1].islower() and word.group() not in TITLE_LOWER_WORDS:
                end = start + word.start()
                break
    while (last := re.search(r"\s+(\S+)\s*$", text[start:end])) and last.group(1) in TITLE_LOWER_WORDS:
        end = start + last.start()  # "Hukum Jinayat bagi keuchik": "bagi" opened the next phrase
    title = text[start:end].strip(" ,")
    return (title or None), (start + len(text[start:end].rstrip(" ,")))


def _issuer(form: str, words: str, implied: str | None, rtype: str) -> str | None:
    words = re.sub(r"\([^)]*\)", " ", words)
    words = " ".join(w for w in words.split() if w not in ("RI", "Republik", "Indonesia", "korupsi", "tentang"))
    words = re.sub(r"^(?:dan\s+)+|(?:\s+dan)+$", "", words)  # "dan" stays inside a ministry's name only
    tail = form.split()[-1] if " " in form else ""
    if form.endswith(("Wali Kota", "Walikota")) and words:  # "Keputusan Wali Kota Palu": the mayor issues it
        return f"Wali Kota {words}"
    if tail in ("Menteri", "Gubernur", "Bupati", "Kota", "Provinsi", "Kabupaten", "Desa", "Nagari", "Negeri") and words:
        return f"{tail} {words}"
    if tail in ("Menteri",) and not words:
        return None
    if form in MINISTER_FORM_PREFIXES and words:  # "Permen KP", "Permen ATR/BPN": the minister's short form
        return _minister(words) or implied
    if rtype in ("Peraturan Daerah Provinsi", "Peraturan Daerah Kabupaten/Kota") and words:
        return words
    if rtype == "Surat Edaran" and words:
        return words
    return implied or (words or None) if rtype == "Peraturan Lembaga" else (implied or None)


def extract_regulations(text: str) -> list[Regulation]:
    """Every regulation citation in `text`, nested ones too, each cited regulation once."""
    found: list[Regulation] = []
    _scan(text, 0, len(text), found)
    seen: dict[tuple, int] = {}
    unique: list[Regulation] = []
    # "UU Penanggulangan Bencana" where "UU Nomor 24 Tahun 2007 tentang Penanggulangan Bencana" is cited too: one law
    titled = {(r.type, r.title.casefold()) for r in found if r.number and r.title}
    found = [r for r in found if r.number or not r.title or not _names_a_cited_law(r, titled)]
    # "Undang-Undang Pengembangan dan Penguatan Sektor Keuangan (UU P2SK)": the short name in brackets is the law again
    found = [r for r in found if r.number or not any(
        other.type == r.type and other.title and re.fullmatch(r"[ \t]*\(", text[other.span[1]:r.span[0]])
        for other in found if other is not r)]
    for reg in sorted(found, key=lambda r: r.span):
        # ("Nomor PM 82 Tahun 2014" and "Permenhub PM 82/2014": one regulation, its prefix read once)
        # (and a Perda cited in full as the province's, then bare, "Perda Nomor 10 Tahun 2012": one Perda)
        rtype = "Perda" if reg.type.startswith("Peraturan Daerah") else reg.type
        key = (rtype, re.sub(r"^[A-Z]{1,3}[./]?\s?(?=\d)", "", reg.number), reg.year) if reg.number else \
            (reg.type, (reg.title or reg.text).casefold())
        if key not in seen:
            seen[key] = len(unique)
            unique.append(reg)
        elif (reg.issuer, reg.title) != (None, None) and (unique[seen[key]].issuer, unique[seen[key]].title) == (None, None):
            unique[seen[key]] = reg  # "Perda Nomor 6 Tahun 2023" in a quote, then "Peraturan Daerah Provinsi Bali Nomor 6
            # Tahun 2023 tentang …": the fuller citation says what it is
    return unique


def _names_a_cited_law(reg: Regulation, titled: set[tuple[str, str]]) -> bool:
    """Whether a regulation named by its subject or short name is one cited in full by number and title:
    "UU Penanggulangan Bencana", "UU Tipikor" beside "UU Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana
    Korupsi"."""
    if (reg.type, reg.title.casefold()) in titled:
        return True
    name = re.sub(r"^(?:UU|Undang-Undang)\s+", "", reg.title)
    if any(rtype == reg.type and (title == name.casefold() or title.endswith(" tentang " + name.casefold()))
           for rtype, title in titled):
        return True  # "UU Desa" beside "UU Nomor 3 Tahun 2024 tentang Perubahan Kedua atas UU Nomor 6 Tahun 2014 tentang Desa"
    acronym = reg.text.startswith(("UU ", "Undang")) and name.isupper()  # "UU HKPD", not the code "KUHP" on its own
    return any(_initials_of(name, title) if acronym else _shortens(name, title)
               for rtype, title in titled if rtype == reg.type)


def _initials_of(name: str, title: str) -> bool:
    """Whether an acronym is made of a title's initials, in order, from its first word (`HKPD` of "Hubungan Keuangan
    antara Pemerintah Pusat dan Pemerintahan Daerah", `LLAJ` of "Lalu Lintas dan Angkutan Jalan")."""
    initials = [w[0].upper() for w in title.split() if w.casefold() not in TITLE_LOWER_WORDS]
    if not initials or initials[0] != name[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in name[1:])


def _shortens(name: str, title: str) -> bool:
    """Whether a one-word name is a syllable short form of a title (`Tipikor` of "Pemberantasan Tindak Pidana
    Korupsi", `Adminduk` of "Administrasi Kependudukan", `Minerba` of "Pertambangan Mineral dan Batubara"): it starts
    like one of the title's words and its letters run through the rest in order."""
    short = name.casefold()
    if " " in short or len(short) < 5:
        return False
    words = [w for w in title.split() if w not in ("dan", "atas", "tentang")]
    for i, word in enumerate(words):
        if word[:2] == short[:2]:
            rest = iter("".join(words[i:]))
            if all(c in rest for c in short):
                return True
    return False


def _minister(short_form: str) -> str | None:
    """The minister a short form names, glued or written apart: `dikdasmen`, `KP`, `ATR/BPN`."""
    return MINISTERS_BY_SHORT_FORM.get(re.sub(r"[^a-z]", "", short_form.casefold()))


def _minister_form(form: str) -> tuple[str, str | None]:
    """`Permendikdasmen` -> (Peraturan Menteri, Menteri Pendidikan Dasar dan Menengah); an unknown form -> Other."""
    prefix = form[:6]
    if prefix not in MINISTER_FORM_PREFIXES:
        return "Other", None
    return MINISTER_FORM_PREFIXES[prefix], _minister(form[6:])


# A province as the subject of the clause before a bare Perda: `Kaltim bahkan punya Perda …`, `Pemprov Bali menerbitkan`.
PROVINCE_OWNS = re.compile(r"(?:^|[,.;:]\s+|\n)(?:[A-Z][a-z]+\s+){0,3}?(?:Pemprov\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
                           r"\s+(?:bahkan\s+|juga\s+|sudah\s+|telah\s+)*(?:punya|memiliki|menerbitkan|mengeluarkan|menetapkan)\s+$")


def _province_owns(text: str, start: int) -> bool:
    owner = PROVINCE_OWNS.search(text, max(0, start - 80), start)
    place = owner.group("place") if owner else ""
    return bool(owner) and bool(gazetteer().province(place)) and not gazetteer().regency(place)


def _scan(text: str, lo: int, hi: int, found: list[Regulation]) -> None:
    for m in CITATION.finditer(text, lo, hi):
        form = re.sub(r"[\s–]+", lambda s: "-" if "–" in s.group() else " ", m.group("form"))
        form = form.replace("Undang Undang", "Undang-Undang")
        rtype, implied = _FORM_TYPE.get(form.casefold()) or _FORM_TYPE.get(m.group("form").casefold()) or \
            _minister_form(form)
        if form == "SE" and not m.group("number") and not (
                m.group("tentang") and re.match(r"\s*(?:Bupati|Gubernur|Wali\s*[Kk]ota|Walikota|Men[a-zA-Z]+|Kepala|Sekda)\b",
                                                m.group("issuer") or "")):
            continue  # "SE" alone is too common (initials, Sarjana Ekonomi); "SE Bupati tentang …" is a circular
        if DRAFT.search(text[max(0, m.start() - 12):m.start()]):
            continue
        number, year = m.group("number"), m.group("year")
        number_end = m.end("number")
        if number:
            number_end -= len(number) - len(number.rstrip(".-"))  # "Nomor Kpts.1021/VII/2025." ends a sentence
            number = number.rstrip(".-")
            split = re.fullmatch(r"((?:(?:PM|KM)\s?)?\d+)/((?:19|20)\d{2})", number)  # "PP 94/2021", "PM 82/2014"
            if split and not year:
                number, year = split.group(1), split.group(2)
            elif not year and rtype != "Other" and (dated := re.search(r"/((?:19|20)\d{2})$", number)):
                year = dated.group(1)  # a decree's number ends with its year: "360/45/BPBD/2025" (not a ruling's)
        title, end = None, number_end if number else (m.end("year") if year else m.end("form"))
        if year and m.end("year") > end:
            end = m.end("year")
        if m.group("tentang"):
            title, end = _title_at(text, m.end("tentang"))
        if not number and not year and not title:
            continue
        if not number and not title and year:  # "Perda Kota Ambon Tahun 2025" with no number: not a citation
            continue
        if not number and not year and title and title[:1].islower():
            continue  # "menyusun Peraturan Desa tentang pengelolaan sampah": a kind of regulation, none cited
        if not number and not year and title and BUDGET_PLAN_TITLE.fullmatch(title):
            continue  # "Perbup tentang RKPD 2026", "Perdes tentang APBDes 2026": the kind each year needs, none cited
        issuer = _issuer(m.group("form"), m.group("issuer") or "", implied, rtype)
        minister = re.match(r"Men(?P<short>[A-Za-z/-]{2,14})$", (m.group("issuer") or "").strip())
        if form in ("Peraturan", "Keputusan") and minister and _minister(minister.group("short")):
            # "Keputusan MenPANRB Nomor 16 Tahun 2025", "Keputusan Mendagri": the minister by a short form
            rtype, issuer = f"{form} Menteri", _minister(minister.group("short"))
        if rtype == "Peraturan Daerah Kabupaten/Kota" and issuer and (issuer.startswith("Provinsi") or (
                gazetteer().province(issuer) and not gazetteer().regency(issuer))):
            rtype = "Peraturan Daerah Provinsi"  # "Perda Provinsi Bali", "Perda Sumbar"
        elif rtype == "Peraturan Daerah Kabupaten/Kota" and not issuer and (_province_owns(text, m.start()) or any(
                r.type == "Peraturan Daerah Provinsi" and r.span[0] < m.start() < r.span[1] for r in found)):
            rtype = "Peraturan Daerah Provinsi"  # "Di tingkat daerah, Kaltim bahkan punya Perda Nomor 8 Tahun 2013", and a
            # bare Perda inside a provincial Perda's title ("Perda Provinsi X … tentang Perubahan atas Peraturan Daerah …")
        elif rtype == "Peraturan Daerah Provinsi" and form.startswith("Qanun") and issuer and gazetteer().regency(issuer) \
                and not gazetteer().province(issuer):
            rtype = "Peraturan Daerah Kabupaten/Kota"  # "Qanun Aceh Besar Nomor 8 Tahun 2016": a regency's qanun
        found.append(Regulation(text[m.start():end], rtype, issuer, number, int(year) if year else None, title,
                                (m.start(), end)))
        if title:  # a citation inside a title ("perubahan atas UU No. 11 Tahun 2008 tentang ...")
            _scan(text, m.end("tentang"), end, found)
    for m in NAMED.finditer(text, lo, hi):
        if any(r.span[0] <= m.start() < r.span[1] for r in found):
            continue
        if any(r.number and re.fullmatch(r"\s*\(", text[r.span[1]:m.start()]) for r in found):
            continue  # "Undang-Undang Nomor 8 Tahun 1981 tentang Hukum Acara Pidana (KUHAP)": the law's own short name
        name = m.group("named")
        year = re.search(r"\b(?:19|20)\d\d$", name)  # "UUD 1945": the year in its name
        found.append(Regulation(name, NAMED_CODES[name], None, None, int(year.group()) if year else None, name,
                                (m.start(), m.end())))
    for m in LAW_BY_SUBJECT.finditer(text, lo, hi):
        if any(r.span[0] <= m.start() < r.span[1] for r in found) or \
                DRAFT.search(text[max(0, m.start() - 12):m.start()]):
            continue
        found.append(Regulation(m.group(), "Undang-Undang", None, None, None, m.group("title"), m.span()))
    for m in QANUN_BY_SUBJECT.finditer(text, lo, hi):
        if not any(r.span[0] <= m.start() < r.span[1] for r in found) and \
                not DRAFT.search(text[max(0, m.start() - 12):m.start()]):
            found.append(Regulation(m.group(), "Peraturan Daerah Provinsi", "Aceh", None, None, m.group("title"), m.span()))
