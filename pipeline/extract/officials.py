"""Officials: a named person with a stated position (`Kepala Dinas Sosial Sagita Wartabone`).

Found from title patterns on both sides of a name (`Bupati Boalemo, X`, `X, Kepala Dinas ...`), names cleaned
of honorifics, ranks and degrees, positions split into position / organisation / region, one entry per person.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from pipeline.extract.results import Official
from pipeline.lang.calendar import DAYS, MONTHS
from pipeline.lang.honorifics import (AFFIXED_LOOKING_SURNAMES, GROUP_QUANTIFIERS, INNER_HONORIFICS, NAME_ABBREVIATIONS,
                                      NAME_CONNECTORS, NICKNAME_CUE, NICKNAME_VERBS, NOBLE_PAIRS, NOBLE_PREFIXES,
                                      OFFICE_NAME_WORDS, clean_name, is_degree, is_honorific, is_rank)
from pipeline.lang.abbreviations import ABBREVIATIONS
from pipeline.lang.places import FACILITY_HEADS
from pipeline.lang.regions import DISTRICT_LEVELS, LOCAL_LEVELS, REGION_PREFIXES, gazetteer
from pipeline.lang.speech_verbs import speech_verb_base
from pipeline.lang.titles import (BODY_HEAD_TITLES, CAPITALISED_OFFICE_WORDS, DINAS_SHORT_FORM, FUSED_TITLES,
                                  OFFICE_WORDS, ORG_ABBREVIATIONS, ORG_HEADS, POLITICAL_PARTIES, POSITION_HEADS,
                                  POSITION_JOINERS, POSITION_MODIFIERS, REGIONAL_HEADS, SPEAKING_BODIES,
                                  TITLES_AFTER_A_NAME, UNIT_ACRONYMS)
from pipeline.normalize.stem import is_common_word, root_words, stem

_HEADS = sorted({h for h in POSITION_HEADS if h}, key=len, reverse=True)
_MODS = sorted(POSITION_MODIFIERS, key=len, reverse=True)
# `Plt Kepala Dinas`, `Wakil Ketua`, `Kapolres`: optional modifiers, then a head (longest first).
POSITION = re.compile(
    r"(?<!\w)(?P<pos>(?:(?:" + "|".join(re.escape(m) for m in _MODS) + r")(?:\s+\([A-Z][\w.]{0,7}\))?\s+)*(?:"  # "Penjabat (Pj.)"
    + "|".join(h.replace(" ", r"\s+") if "\\" in h else re.escape(h).replace(r"\ ", r"\s+") for h in _HEADS)
    + r"|Kad" + DINAS_SHORT_FORM.pattern.removeprefix("D")  # the head of a Dinas by its short form: "Kadisdikbud"
    + r"))(?P<its>nya)?(?![\w-])")  # "melalui juru bicaranya, X": its spokesperson
WORD = re.compile(r"\([^()\n]{1,60}\)|[^\s,;:()“”\"]+")
# Civil-society groups whose names are ordinary capitalised words ("Forum Masyarakat Peduli Mandeh"): the name runs
# to a comma or a lower-case word.
GROUP_HEADS = ("Forum", "Aliansi", "Gerakan", "Komunitas", "Paguyuban", "Perkumpulan", "Himpunan", "Ikatan",
               "Persatuan", "Serikat", "Koalisi", "Solidaritas", "Lembaga", "Kelompok")
GROUP_HEAD_BEFORE = re.compile(r"(?<!\S)(?:" + "|".join(GROUP_HEADS) + r")\s*$")
GROUP_NAME = re.compile(
    # "Forum Indonesia untuk Transparansi Anggaran (Fitra) Kalimantan Barat, X": joiners inside, up to the comma
    r"[ \t]+[A-Z][\w-]*(?:[ \t]+(?:(?:untuk|dan|bagi)[ \t]+)?[A-Z][\w-]*){1,7}(?:[ \t]+\([A-Z][\w-]*\)(?:[ \t]+[A-Z][\w-]*){0,3})?"
    r"(?=[ \t]*,)|[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,5}(?=(?:[ \t]+\([A-Z][\w-]*\))?[ \t]*,|[ \t]+[a-z]|[ \t]+[\"“])")
# (a group named before its own quoted name: "Ketua Kelompok Pembudidaya Ikan "Dos Roha" Desa Pardamean, X")
# What a post is held as, or through, before the holder's name: "selaku ketua kafilah", "dari jalur pengangkatan
# wilayah adat Domberai" (up to the comma before the name).
# "dari dapil (dapil) III"; "Keuchik Gampong Lancang saat ini, Tgk. Zulfikar Abdullah": the post held now.
QUALIFIER = re.compile(r"[ \t]+(?:(?:selaku|dari|sekaligus)[ \t]+[a-z][^,.;\n“”\"]{1,60}?|saat[ \t]+ini|kini|sekarang|"
                       # where the unit lies: "Kepala Desa Tanjungori di Pulau Bawean, Hasan Basri"
                       r"di[ \t]+(?:Pulau|Kecamatan|Kabupaten|Kota|Provinsi|Distrik)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
                       r"(?=[ \t]*,)")
QUOTED_UNIT_NAME = re.compile(r"[ \t]+[\"“](?:[A-Z][\w-]*)(?:[ \t][A-Z][\w-]*){0,3}[\"”]")
_SUB_UNITS = {"Bidang", "Bagian", "Seksi", "Sub", "Subbagian", "Unit", "Sat", "Satuan"}
_ORG_HEADS = set(ORG_HEADS) - _SUB_UNITS
NAME_PARTICLES = NAME_CONNECTORS | {"I", "II", "III"}
NOT_NAMES = {"Pemerintah", "Pemkab", "Pemprov", "Pemkot", "Ia", "Dia", "Beliau", "Kami", "Kita", "Saya", "Hal",
             "Dalam", "Sementara", "Selain", "Menurut", "Pada", "Namun", "Terpisah", "Kegiatan", "Acara", "Tim",
             "Para", "Dengan", "Untuk", "Oleh", "Bersama", "Sebelumnya", "Kemudian", "Namun", "Selanjutnya",
             "Turut", "Hadir", "Juga", "Ini", "Itu", "Melalui", "Semua", "Seluruh", "Setiap", "Bapak", "Ibu",
             "Nomor", "No", "Tahun", "Pasal", "Ayat", "Selaku", "Saat", "Ketika", "Usai", "Sebagai", "Atas", "Serta",
             "Sedangkan", "Adapun", "Yakni", "Yaitu", "Antara", "Dari", "Bagi", "Kepada", "Jika", "Apabila", "Agar",
             "Surat", "Edaran", "Peraturan", "Keputusan", "Instruksi", "Qanun", "Undang-Undang", "Rapat", "Paripurna",
             "Salah", "Seorang", "Sejumlah", "Sebanyak", "Beberapa", "Warga", "Para", "Di", "Ke", "Kasus",
             # counts opening a sentence: "Enam fraksi menyampaikan pandangannya", "Lima fraksi menyatakan menerima"
             "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan", "Sepuluh", "Sebelas", "Puluhan",
             "Ratusan", "Ribuan"}
NOT_NAMES |= {w.capitalize() for w in list(DAYS) + [m for m in MONTHS if len(m) >= 5 or m in ("mei", "juni", "juli")]}


_ACRONYM = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{2,8})?\d?\.?")  # PUPR, BKPSDM, TP-PKK
_CAPITALISED = re.compile(r"[A-Z][\w'’.]*(?:-(?!(?:nya|ku|mu)\b)[A-Za-z][\w'’.]*)?")  # ("Perangin-angin", a Karo clan written with a lower-case half)
_UNIT_NUMBER = re.compile(r"\d{1,4}(?:-\d{1,3})?(?:/[A-Z][\w-]*)?|[IVX]{1,4}")  # "SMPN 1", "1304/Gorontalo", "II"
_WORD_CHARS = re.compile(r"\w+")


def is_office_word(word: str) -> bool:
    """True when a capitalised word belongs to an office or unit name rather than a person's name."""
    low = word.lower().strip(".")
    if low in OFFICE_WORDS or word in _ORG_HEADS or word in ORG_ABBREVIATIONS or word in SPEAKING_BODIES or \
            (word[:1].isupper() and low in CAPITALISED_OFFICE_WORDS):
        return True
    if _ACRONYM.fullmatch(word) and not is_rank(word) and not is_degree(word):
        return True  # an acronym: PUPR, BKPSDM, PKK, TP-PKK, PP-WH
    if DINAS_SHORT_FORM.fullmatch(word):
        return True  # Disdikbud, Dinkes
    if word.startswith("(") and word.endswith(")"):
        return True
    if not (low.startswith(("pe", "ke")) or low.endswith("an")) or word in AFFIXED_LOOKING_SURNAMES:
        return False  # the affixes of unit names; "Fadillah", "Kornelis", "Hidayati", "Pulungan" only look affixed
    root = stem(low)
    return root != low and len(low) > 7 and root in root_words()  # Pemberdayaan, Kesejahteraan


REDUPLICATED = re.compile(r"(?P<stem>[A-Z]\w*)-(?P<again>[a-z]\w*)")  # a plural only when it repeats its stem in lower case


def _plural(word: str) -> bool:
    m = REDUPLICATED.fullmatch(word)
    return bool(m) and m.group("again").removesuffix("nya") == m.group("stem").lower()


def is_name_word(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, not an office word, not a speech verb."""
    if word in NAME_PARTICLES and word.isupper():
        return True
    if word.endswith(".") and word[:-1].capitalize() in NAME_ABBREVIATIONS and not is_degree(word):
        return True  # "Dg.", "DG.", "Muh."
    if not word[:1].isupper() or word in NOT_NAMES or speech_verb_base(word) or is_rank(word) or is_honorific(word) \
            or is_degree(word) or _plural(word):
        return False  # (nor a plural: "Anak-anak", "Warga-warganya"; "Basik-Basik" is a name)
    if not _CAPITALISED.fullmatch(word) or POSITION.fullmatch(word.rstrip(".")) or word in _PARTY_WORDS:
        return False  # (nor a party: "anggota Fraksi Gerindra menyoroti")
    return not is_office_word(word) and not gazetteer().is_region_name(word)


_PARTY_WORDS = frozenset(p for p in POLITICAL_PARTIES if " " not in p)


@dataclass
class Mention:
    """One occurrence of an official: the name as written, cleaned, and the position phrase around it."""

    name: str
    span: tuple[int, int]
    position_text: str | None
    position_span: tuple[int, int] | None


def _words(text: str, start: int, end: int):
    for m in WORD.finditer(text, start, end):
        yield m.group(), m.start(), m.end()


# The place a local head heads, right after the title (`Camat Tilamuta`, `Kepala Desa Piloliyanga,`).
LOCAL_PLACE = re.compile(r"[ \t]+(?:(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+)?[A-Z][\w'-]+(?=[ \t]*,|[ \t]+[A-Z]|[ \t]*$)",
                         re.MULTILINE)  # "… sebagai Kepala Distrik Waibu" ending a line of a list
LOCAL_PLACE_TO_COMMA = re.compile(r"[ \t]+(?:(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+)?[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){1,3}"
                                  r"(?=[ \t]*,)")
COMPANY_TO_STATUS = re.compile(r"(?:[ \t]+[A-Z][\w&.'-]*){1,5}[ \t]+\((?:Persero|Perseroda|Tbk)\)"  # "... Ferry (Persero)"
                               r"|(?:[ \t]+[A-Z][\w&.'-]*){1,4}(?=[ \t]+(?:wilayah|cabang|regional|area|unit|perwakilan)[ \t]+[A-Z])")
# (or up to the branch it names in lower case: "PT Pertamina Patra Niaga wilayah Natuna, Dimas …")
# A company's name up to its branch and the branch's region, then its head's name with no comma between
# (`PT ASDP Indonesia Ferry Cabang Bengkulu Ratna Dewi Siregar`).
COMPANY_BRANCH = re.compile(r"(?:[ \t]+[A-Z][\w&.'-]*){0,4}[ \t]+(?:Cabang|Regional|Wilayah|Area)[ \t]+"
                            r"(?P<place>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)(?=[ \t]+[A-Z])")
COMPANY_TO_COMMA = re.compile(r"(?:[ \t]+[A-Z][\w&.'-]*){1,6}(?=[ \t]*,)")  # a company's name up to a comma
FACILITY_NAMED = re.compile(r"[A-Z][\w'-]*[ \t]+[A-Z][\w'-]*(?=[ \t]+[A-Z])")  # a facility head and its one-word name
LEVEL_THEN_NAME = re.compile(r"(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|\d{1,2}))*"
                             r"(?=[ \t]*,)")  # a place's name does not run over a line break


# Commas inside a merged unit's name, which lists its fields and ends in "dan X" or its acronym: `Dinas Pendidikan,
# Kebudayaan dan Olahraga`, `Dinas Koperasi, UKM dan Perdagangan`, `Perencanaan Pembangunan, Riset dan Inovasi
# Daerah (Bapperida)`.
_LISTED_FIELDS = r",[ \t]+(?:(?:[A-Z][\w&-]*|dan|serta|&)(?:[ \t]+|,[ \t]+)){0,8}?"
UNIT_NAME_LISTS = (re.compile(_LISTED_FIELDS + r"(?P<acronym>\([A-Z][A-Za-z]{2,9}\))"),
                   re.compile(_LISTED_FIELDS + r"(?:dan|serta|&)[ \t]+[A-Z][\w&-]*"))


_ABBREVIATED = {a.lower().rstrip(".") for a in ABBREVIATIONS}


def _known_local_place_end(text: str, pos: int, limit: int) -> int:
    """Where the place after a local head's title ends: the longest run of up to three capitalised words that the
    gazetteer knows ("Camat Medan Johor Budi"), else one word before a comma or a capitalised word."""
    words = list(re.finditer(r"[A-Z][\w'-]*", text[pos:limit]))
    level = words[0].group() in LOCAL_LEVELS if words else False
    run = words[1:] if level else words
    run = [w for i, w in enumerate(run[:3]) if i == 0 or text[pos + run[i - 1].end():pos + w.start()] == " "]
    for n in range(len(run), 1, -1):
        if gazetteer().is_local_place(text[pos + run[0].start():pos + run[n - 1].end()]):
            return pos + run[n - 1].end()
    place = LOCAL_PLACE.match(text, pos, limit)
    return place.end() if place else pos


def _unit_place_then_no_one(text: str, pos_end: int, name: tuple[str, int, int]) -> bool:
    """A district's name (or one word naming a regency) right after a title, then a lower-case word, perhaps after a
    comma, or the sentence's end (`Kapolsek Koba, perwakilan Satpol PP`, `Kapolsek Pamanukan juga tampak memantau`,
    `perintahkan Kapolsek Kei Besar untuk mendata`): the unit's place, and no holder named."""
    return not text[pos_end:name[1]].strip() and \
        bool(re.match(r"\s*(?:,[ \t]+[a-z]|[.;]|[ \t]+[a-z])", text[name[2]:name[2] + 8])) and \
        (name[0].casefold() in gazetteer().districts or " " not in name[0] and gazetteer().is_region_name(name[0]))


# A hospital named after a doctor, up to the comma before its head's name: `RSUD dr. M. Thomsen Nias,`.
HOSPITAL_BEFORE = re.compile(r"\b(?:RSUD|RSU|RS|Rumah\s+Sakit(?:\s+Umum)?(?:\s+Daerah)?)$")
HOSPITAL_NAMED_AFTER = re.compile(r"[ \t]+dr\.?(?:[ \t]+[A-Z][\w'.-]*){1,5}(?=,)")


def _unknown_place(word: str) -> bool:
    """A capitalised word that names no district, village or region the gazetteer knows."""
    return word[:1].isupper() and not (word.casefold() in gazetteer().districts or gazetteer().is_local_place(word) or
                                       gazetteer().is_region_name(word))


NAME_THEN_ACTS = re.compile(r",[ \t]+(?:(?:juga|pun)[ \t]+)?(?:me|ber)[a-z]{3,}\b")  # after the name's comma
HOLDER_ACTS = re.compile(r"[ \t]+(?:(?:juga|pun|sendiri|langsung|dan)[ \t]+)?(?:me|ber|di)[a-z]{3,}\b")


def _heads_a_place(head: str) -> bool:
    """`Camat`, `Kepala Desa`, `Hukum Tua`: a title whose place's name comes right after it."""
    return REGIONAL_HEADS.get(head.split()[-1]) in LOCAL_LEVELS or \
        REGIONAL_HEADS.get(" ".join(head.split()[-2:])) in LOCAL_LEVELS or \
        head.endswith(("Kepala Desa", "Kepala Dusun", "Kepala Kampung"))


RESEARCH_FIELD = re.compile(r"(?:[ \t]+[a-z]+){1,3}(?=[ \t]+(?:Universitas|Institut|Politeknik|Sekolah\s+Tinggi|Badan|"
                            r"Pusat|Lembaga|BRIN|IPB|ITB|UGM|UI)\b)")


DEGREE_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*([^\s,]+)")  # the word after a comma, when it is a degree


# "Negeri" after these is "state" ("Kejaksaan Negeri Tanah Bumbu"), not Maluku's village ("Raja Negeri Tulehu").
STATE_BODY_BEFORE = re.compile(r"\b(?:Kejaksaan|Pengadilan|Sekolah|Universitas|Politeknik|Institut|Madrasah|"
                               r"Akademi)[ \t]+$")


# A local place named just before a title, opening the sentence (`Dari Distrik Eragayam, Kepala Distrik …`).
PLACE_JUST_NAMED = re.compile(r"\b(?:" + "|".join(LOCAL_LEVELS) + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,\s*$")


def _read_position(text: str, m: re.Match, limit: int) -> tuple[int, int]:
    """Extend a position head over its organisation and region words; returns (end, name_start)."""
    end = m.end()
    pos = m.end()
    head = m.group("pos")
    if _heads_a_place(head):
        # "Camat Tilamuta Ridwan Yasin", "Hukum Tua Desa Tountimomor, X": the district or village name comes first,
        # all of it when a name follows its comma ("Wali Nagari Sungai Pua, Budi Santoso"), after the title's short
        # form ("Kepala Desa (Kades) Mentoso Sukarji")
        short = re.match(r"[ \t]*\([A-Z][A-Za-z]{1,9}\)", text[pos:limit])
        if short:
            end = pos = pos + short.end()
        named = _read_name(text, pos, min(limit, pos + 80)) if PLACE_JUST_NAMED.search(text, max(0, m.start() - 60),
                                                                                         m.start()) else None
        if named and len(named[0].split()) >= 2 and all(_unknown_place(w) for w in named[0].split()) and \
                HOLDER_ACTS.match(text, named[2]):
            return end, pos  # "Dari Distrik Eragayam, Kepala Distrik Meki Walilo menuturkan": the place given before the
            # title, no place any gazetteer knows after it, a name and a verb
        place = LOCAL_PLACE_TO_COMMA.match(text, pos, limit)
        degree = DEGREE_AFTER_COMMA.match(text, place.end()) if place else None
        words = place.group().split() if place else []
        if place and degree and is_degree(degree.group(1)) and all(_unknown_place(w) for w in words) and \
                not any(gazetteer().is_local_place(" ".join(words[:n])) for n in (2, 3)):  # (not "Lima Kaum Afrizal")
            return end, pos  # "Kepala Distrik Marthen Heremba, S.IP., melaporkan": a degree follows a name, not a place
        if place and _read_name(text, place.end(), min(limit, place.end() + 80)):
            end = pos = place.end()
        else:
            end = pos = _known_local_place_end(text, pos, limit)
    field = RESEARCH_FIELD.match(text, pos, limit) if head.casefold() in ("peneliti", "dosen", "pakar") else None
    if field:  # "Peneliti ekologi pesisir Universitas Tanjungpura, Dr. X": the field, then the institution
        end = pos = field.end()
    while pos < limit:
        hospital = HOSPITAL_NAMED_AFTER.match(text, pos, limit) if end == pos and \
            HOSPITAL_BEFORE.search(text, max(0, pos - 30), pos) else None
        if hospital and _read_name(text, hospital.end() + 1, min(limit, hospital.end() + 80)):
            # "Direktur RSUD dr. M. Thomsen Nias, dr. Ingatan Waruwu": the hospital's namesake is no holder
            end = pos = hospital.end()
            continue
        quoted = QUOTED_UNIT_NAME.match(text, pos, limit)
        if quoted and end == pos:  # `Ketua Kelompok Usaha Bersama (KUB) "Bina Bahari", Hamzah`: the group's name
            end = pos = quoted.end()
            continue
        qualified = QUALIFIER.match(text, pos, limit)
        if qualified and end == pos and _read_name(text, qualified.end(), min(limit, qualified.end() + 80)) and \
                not _region_follows(text, qualified.end()):  # (not "oleh Presiden di Kabupaten Klaten, Jawa Tengah")
            return end, qualified.end()  # "Kepala Bagian Kesra Setda Selayar selaku ketua kafilah, Muh. Yusuf Baso"
        village = WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if village and end == pos and village.group()[:1].isupper() and gazetteer().is_local_place(village.group()) \
                and QUALIFIER.match(text, village.end(), limit):
            end = pos = village.end()  # "Ketua BUMKal Bleberan selaku pengelola Sri Gethuk, X": the unit's village
            continue
        named = GROUP_NAME.match(text, pos, limit) if GROUP_HEAD_BEFORE.search(text, max(0, pos - 20), pos) else None
        if named and not re.match(r"[ \t]*[,(\"“]", text[named.end():named.end() + 2]) and not all(
                is_office_word(w) or w.lower() in root_words() or w in FACILITY_HEADS or gazetteer().is_region_word(w)
                for w in named.group().split()):
            named = None  # "Ketua Paguyuban Pedagang Pasar Jungke Suparno mengaku": with no comma, a name ends it
        if named and end == pos:  # "Koordinator Forum Masyarakat Peduli Mandeh, Zulkarnain": the forum's whole name
            end = pos = named.end()
            continue
        nxt = WORD.search(text, pos, limit)
        listed = UNIT_NAME_LISTS[0].match(text, pos, limit) or UNIT_NAME_LISTS[1].match(text, pos, limit)
        fields = re.findall(r"[\w&-]+", re.sub(r"\([^)]*\)", "", listed.group())) if listed else []
        if listed and all(is_office_word(w) or is_common_word(w) or w in POSITION_JOINERS for w in fields) \
                and (listed.re is UNIT_NAME_LISTS[0] or any(is_office_word(w) for w in fields if w not in POSITION_JOINERS)):  # "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bapperida)": one unit's name
            end = pos = listed.end()
            continue
        if not nxt or text[pos:nxt.start()].strip() or "\n" in text[pos:nxt.start()]:
            break  # a position ends with its line
        word = nxt.group()
        if word in POSITION_JOINERS or (word.lower() in POSITION_JOINERS and word.islower()):
            after = WORD.search(text, nxt.end(), limit)
            if word in ("dan", "serta") and gazetteer().is_region_word(text[:pos].split()[-1].strip("()")) and \
                    not (after and gazetteer().is_region_word(after.group().strip("()"))):
                break  # "kepada Gubernur Maluku Utara dan BPH Migas": a region ends the post, "dan" adds another
                # body (but "Perum Bulog Sulut dan Gorontalo" covers two regions)
            if after and not text[nxt.end():after.start()].strip() and (is_office_word(after.group()) or gazetteer().is_region_word(after.group())) \
                    and (word != "pada" or after.group()[:1].isupper()):  # not "Kabid X pada dinas itu"
                pos = nxt.end()
                continue
            break
        if _UNIT_NUMBER.fullmatch(word) and end == pos:  # "SMPN 1", "1304/Gorontalo"
            end = pos = nxt.end()
            place = WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
            if place and word[:1].isdigit() and place.group() not in LOCAL_LEVELS and \
                    gazetteer().is_local_place(place.group()) and \
                    _name_word_at(text, place.end() + 1):
                end = pos = place.end()  # "Kepala SDN 3 Semayap Norhayati": the numbered school's village
            continue
        if re.fullmatch(r"[A-E]", word) and re.search(r"(?:Komisi|Pansus|Fraksi)$", text[:nxt.start()].rstrip()):
            end = pos = nxt.end()  # "Komisi C DPRD"
            continue
        if word.rstrip(",") in _PARTY_WORDS and re.search(r"\b(?:Fraksi|Partai)$", text[:nxt.start()].rstrip()):
            end = pos = nxt.start() + len(word.rstrip(","))  # "juru bicara Fraksi Gerindra, Yuliarni": the party
            continue
        if word.islower() and word in OFFICE_WORDS and word not in POSITION_JOINERS:  # "Kadis kesehatan"
            end = pos = nxt.end()
            continue
        if is_rank(word) and word[1:].islower() and (unit := WORD.match(text, nxt.end() + 1)) and \
                text[nxt.end():nxt.end() + 1] == " " and is_office_word(unit.group()) and not is_rank(unit.group()):
            end = pos = nxt.end()  # "Kepala Satuan Polisi Pamong Praja": a rank word inside a unit's name
            continue
        if is_honorific(word) or is_rank(word) or not (word[:1].isupper() or word.startswith("(")):
            break
        acronym_after = UNIT_WORD_THEN_ACRONYM.match(text, pos, limit) if end == pos else None
        if acronym_after and not is_honorific(acronym_after.group(1)) and not is_rank(acronym_after.group(1)):
            end = pos = acronym_after.end()  # "Ketua Tim Percepatan Penurunan Stunting (TPPS)": the unit's last word
            continue
        named_alone = _facility_name_end(text, pos, limit) if end == pos else None
        if named_alone:  # "Kepala UPTD TPAS Cilowong Dedi Rustandi" where "TPAS Cilowong" is written alone too
            end = pos = named_alone
            continue
        bare = word.rstrip(".")
        place = FACILITY_NAMED.match(text, nxt.start(), limit) if word in FACILITY_HEADS and end == pos else None
        if place and _name_word_at(text, place.end() + 1) and word not in LOCAL_LEVELS + ("Kota", "Kabupaten"):
            end = pos = place.end()  # "Ketua Paguyuban Pedagang Pasar Jungke Suparno": the group's market, then the name
            continue
        named = LEVEL_THEN_NAME.match(text, nxt.start(), limit) if word in LOCAL_LEVELS and not (
            word == "Negeri" and STATE_BODY_BEFORE.search(text, max(0, nxt.start() - 20), nxt.start())) else None
        if named:  # "Ketua RT 03 Kelurahan Limba B, Ahmad Yani": the place's whole name, up to the comma
            end = pos = named.end()
            continue
        if word in OFFICE_NAME_WORDS and _name_follows(text, nxt.end()):
            break  # "Camat Singkep Raja Fadli": a name that opens with an office's word ("Raja Negeri")
        if is_office_word(word) or gazetteer().is_region_word(bare.strip("()")) or bare in REGION_PREFIXES:
            if bare != word and re.match(r"\s+[A-Z]", text[nxt.end():nxt.end() + 2]) and bare.lower() not in _ABBREVIATED:
                end = nxt.start() + len(bare)  # "... Bendahara Desa. Kepala Kejaksaan": the sentence ends
                break
            end = pos = nxt.start() + len(bare) if bare != word and not is_office_word(word) else nxt.end()
            continue
        company = COMPANY_TO_STATUS.match(text, pos, limit) if end == pos and \
            re.search(r"\b(?:PT|Perum|Perumda)(?:\s+[A-Z]\w*)*\s*$", text[max(0, pos - 60):pos]) else None
        if company:  # "General Manager PT ASDP Indonesia Ferry (Persero) Cabang Ambon": the company's whole name
            end = pos = company.end()
            continue
        branch = COMPANY_BRANCH.match(text, pos, limit) if end == pos and \
            re.search(r"\b(?:PT|Perum|Perumda)(?:\s+[A-Z]\w*)*\s*$", text[max(0, pos - 60):pos]) else None
        region_words = next((n for n in (2, 1) if branch and len(branch.group("place").split()) >= n and (
            gazetteer().regency(" ".join(branch.group("place").split()[:n])) or
            gazetteer().province(" ".join(branch.group("place").split()[:n])))), 0)
        if region_words:  # "General Manager PT ASDP Indonesia Ferry Cabang Bengkulu Ratna Dewi Siregar": up to the
            end = branch.start("place") + len(" ".join(branch.group("place").split()[:region_words]))  # branch's
            break  # region, and the name follows
        company = COMPANY_TO_COMMA.match(text, pos, limit) if end == pos and \
            re.search(r"\b(?:PT|Perum|Perumda|PDAM)(?:\s+[A-Z]\w*)*\s*$", text[max(0, pos - 60):pos]) else None
        if company and _read_name(text, company.end(), min(limit, company.end() + 80)):
            end = pos = company.end()  # "Direktur Perumda Air Minum Tirta Ardhia Rinjani, Lalu Ahmad Kurniawan": up to
            continue  # the comma its head's name follows
        if word[1:].islower() and word.lower() in root_words() and \
                re.search(r"\b(?:PT|CV)(?:\s+[A-Z]\w*)*\s*$", text[max(0, nxt.start() - 60):nxt.start()]) and \
                re.match(r"(?:\s+[A-Z][\w'’-]*){2}", text[nxt.end():limit]):
            end = pos = nxt.end()  # "PT Karya Bangun Lestari Hendra Wijaya": a company's name is ordinary words
            continue
        follow = WORD.match(text, nxt.end() + 1) if text[nxt.end():nxt.end() + 1] == " " else None
        if (word.lower() in root_words() or stem(word.lower()) in root_words()) and word[1:].islower():
            # "Dewan Adat Wilayah", "Direktur Jenderal Otonomi Daerah": an ordinary word inside a unit's name,
            # since an office word follows it
            if follow and follow.group() not in POSITION_JOINERS and \
                    (is_office_word(follow.group()) or gazetteer().is_region_word(follow.group().strip("()"))):
                end = pos = nxt.end()
                continue
        body = WORD.match(text, follow.end() + 1) if follow and follow.group() == "pada" else None
        if word[1:].islower() and body and (is_office_word(body.group()) or _ACRONYM.fullmatch(body.group())):
            end = pos = nxt.end()  # "Kepala Seksi Preservasi pada BPJN Jambi, X": the section's field, then its body
            continue
        if word[1:].islower() and follow and (follow.group() in _ORG_HEADS or _ACRONYM.fullmatch(follow.group())) and \
                not is_rank(follow.group()):
            end = pos = nxt.end()  # "Kasubdit I Indagsi Ditreskrimsus", "Disperindagkop UKM": a unit's short form
            continue
        break
    return end, end


# A unit's last word and the unit's acronym in brackets (`… Penurunan Stunting (TPPS)`): no person's name.
UNIT_WORD_THEN_ACRONYM = re.compile(r"[ \t]+([A-Z][a-z][\w'-]*)[ \t]+\([A-Z][A-Z0-9-]{1,9}\)")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){1,5}")


def _facility_name_end(text: str, pos: int, limit: int) -> int | None:
    """Where a facility's or unit's own name ends when capitalised words run on from it into its head's name
    (`Kepala UPT Pelabuhan Roro Air Putih Safrudin`, `Kepala UPTD TPAS Cilowong Dedi Rustandi`): the longest start of
    the run that the article also writes after the same head with another word, or none, after it (`di pintu masuk
    Pelabuhan Roro Air Putih untuk …`), leaving a name to read."""
    head = re.search(r"(?<![\w-])([A-Z][\w-]*)$", text[max(0, pos - 40):pos])
    if not head or not (head.group(1) in FACILITY_HEADS or _ACRONYM.fullmatch(head.group(1))):
        return None
    run = _CAPITALISED_RUN.match(text, pos + 1, limit) if text[pos:pos + 1] == " " else None
    words = list(re.finditer(r"[A-Z][\w'-]*", run.group())) if run else []
    for k in range(len(words) - 1, 0, -1):
        name = run.group()[:words[k - 1].end()]
        alone = re.compile(r"(?<![\w-])" + re.escape(head.group(1)) + r"[ \t]+" + re.escape(name) +
                           r"(?![\w'-])(?![ \t]+" + re.escape(words[k].group()) + r"(?![\w'-]))")
        if alone.search(text) and all(is_name_word(w.group()) for w in words[k:]):
            return run.start() + words[k - 1].end()
    return None


def _region_follows(text: str, pos: int) -> bool:
    """Whether a province or regency is named right after `pos` and its comma (`, Jawa Tengah`)."""
    words = re.match(r"[ \t]*,?[ \t]*([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})", text[pos:pos + 60])
    parts = words.group(1).split() if words else []
    return any(gazetteer().province(" ".join(parts[:n])) or gazetteer().regency(" ".join(parts[:n]))
               for n in range(len(parts), 0, -1))


def _name_follows(text: str, pos: int) -> bool:
    """Whether the word after `pos` is a name's, not an office's or a region's (`Raja Fadli`, not `Raja Negeri`)."""
    following = WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    word = following.group().rstrip(".") if following else ""
    return bool(word) and is_name_word(word) and not is_office_word(word) and not gazetteer().is_region_word(word)


def _name_word_at(text: str, pos: int) -> bool:
    following = WORD.match(text, pos) if text[pos - 1:pos] == " " else None
    return bool(following) and is_name_word(following.group())


def _read_name(text: str, start: int, limit: int) -> tuple[str, int, int] | None:
    """Read `[, ] [honorifics/ranks] Name Words [, degrees]` from `start`; returns (raw, name_start, name_end)."""
    m = re.compile(r"[ \t]*,?[ \t]*").match(text, start)  # a name does not start on the next line
    pos = m.end()
    first = None
    last_end = None
    ranked = False
    for word, s, e in _words(text, pos, limit):
        if text[pos:s].strip(" "):  # punctuation between words ends the name
            break
        if first is None and (is_honorific(word) or is_rank(word) or word in ("(HC)",)):
            pos, ranked = e, ranked or is_rank(word)
            continue
        if first is None and (ranked or "," in text[start:m.end()]) and gazetteer().is_region_name(word) and \
                _CAPITALISED.fullmatch(word) and _name_word_at(text, e + 1):
            first, last_end, pos = s, e, e  # "Letkol Inf Bima Satria Wardhana", "Anggota Komisi C, Bima Sakti
            continue  # Wicaksana,": after a rank or a comma, a regency's name opening a name is his
        if first is None and word.rstrip(".") in ("H", "Hj", "Dr", "Drs", "Ir", "dr", "drg", "Prof", "KH"):
            pos = e
            continue
        if first is None and word.endswith(".") and word[:-1].capitalize() == "St":  # "St. Rahmah", not the degree
            first, last_end, pos = s, e, e
            continue
        if first is None and word in NOBLE_PAIRS and text.startswith(" " + NOBLE_PAIRS[word] + " ", e):
            first, last_end, pos = s, e, e  # "Anak Agung Gede Dharma Yasa": part of the name
            continue
        if first is None and word in NOBLE_PREFIXES:  # "Lalu Ikhsan Hadi", "Baiq Rina": part of the name
            if _name_word_at(text, e + 1):
                first, last_end, pos = s, e, e
                continue
        inner = first is not None and (word in NAME_PARTICLES or (  # "Budi Prayitno St. Bagindo", "Arifin Hi. Sangaji"
            word in INNER_HONORIFICS and _name_word_at(text, e + 1)) or (  # "Firdaus Cik Ola"
            word.endswith(".") and word[:-1].capitalize() in NAME_ABBREVIATIONS and _name_word_at(text, e + 1)) or (
            word in OFFICE_NAME_WORDS and (_name_word_at(text, e + 1) or not re.match(r"[ \t]+[A-Z]", text[e:e + 2]))) or (
            is_rank(word) and word[1:].islower() and not re.match(r"[ \t]+[A-Z(]", text[e:e + 2])) or (
            (gazetteer().is_region_name(word) or is_office_word(word) and not POSITION.fullmatch(word) or
             speech_verb_base(word) == word.lower()) and
            _CAPITALISED.fullmatch(word) and (HOLDER_ACTS.match(text, e) or NAME_THEN_ACTS.match(text, e))))
        # "Bayu Pratama Hutagalung": a rank word of office names inside a name; "Marthen Mayor,": a rank as surname;
        # "Rosmawati Padang menambahkan", "Syamsuddin Tata, membenarkan": a clan or family name that is also a city's
        # or an office word, closing a name before a verb
        if is_name_word(word) or inner:
            if first is None:
                first = s
            last_end = e
            pos = e
            if word.endswith(".") and len(word.rstrip(".")) > 2 and word.rstrip(".") not in NAME_ABBREVIATIONS:
                last_end = e - 1  # "Indry Pakaya. Indry mengatakan": the sentence ends with the name
                break
            continue
        break
    if first is None:
        return None
    words = text[first:last_end].split()
    while words and words[-1] in NAME_PARTICLES:  # trailing particles are not names
        words.pop()
    if not words:
        return None
    raw = text[first:last_end]
    raw = raw[:raw.rfind(words[-1]) + len(words[-1])]
    return raw, first, first + len(raw)


# What joins a name to the position after it: `X, Kepala ...`, `X selaku Kepala ...`, `X yang juga Ketua ...`.
APPOSITION_END = re.compile(r"(?:\s*,)?(?:\s+(?:selaku|sebagai|yang\s+juga|yang\s+merupakan|yang\s+menjabat(?:\s+sebagai)?))?"
                            r"\s*,?\s*$")


def _read_name_before(text: str, end: int) -> tuple[str, int, int] | None:
    """Read a name that ends right before a position (`Olly Dondokambey SE Gubernur`, `X, Kepala Dinas`)."""
    window_start = max(0, end - 80)
    chunk = text[window_start:end]
    chunk = APPOSITION_END.sub("", chunk.rstrip())
    words = list(WORD.finditer(chunk))
    name_words: list[re.Match] = []
    for w in reversed(words):
        token = w.group()
        if not name_words and (is_degree(token) or token == "(HC)"):
            continue
        gap = chunk[w.end():name_words[0].start()] if name_words else text[window_start + w.end():end]
        if not name_words and ("\n" in gap or (token.endswith(".") and len(token) > 3 and token[:-1] not in NAME_ABBREVIATIONS)):
            break  # "ujar Cok Ace.\nAnggota DPRD Bali ...": the sentence before ended with a name
        if gap.strip() and name_words or "\n" in gap or (name_words and token.endswith(".") and len(token) > 3 and
                                                        token[:-1] not in NAME_ABBREVIATIONS):
            break  # punctuation, a paragraph or a sentence ("ujar Yusran.\nIsmail Mopangga, Kepala Desa") ends it
        if is_name_word(token):
            name_words.insert(0, w)
            continue
        break
    if name_words and len(name_words) == 1 and text[window_start + name_words[0].end():end].strip() == "," and \
            _one_word_name_opens(chunk, name_words[0]):
        s, e = window_start + name_words[0].start(), window_start + name_words[0].end()
        return text[s:e], s, e  # "Suprapto, Kepala Desa Bangoan, menuturkan"
    if not name_words or len(name_words) > 4 or len(name_words) < 2 or name_words[0].group() in FACILITY_HEADS:
        return None  # "halaman Kapela Santo Yosef Wolokoli, Bupati Yosef": a chapel, not a person
    before = chunk[:name_words[0].start()]
    joined = not re.search(r"\n|\.\s+$", before)  # not across a sentence's or a paragraph's end
    before = before.rstrip()
    if joined and before and re.search(r"[A-Z][\w.]*$", before) and not is_honorific(before.split()[-1]) and \
            not is_rank(before.split()[-1]):
        return None  # "Rumah Jabatan Gubernur": part of a longer capitalised name, not a person
    s, e = window_start + name_words[0].start(), window_start + name_words[-1].end()
    return text[s:e], s, e


def _one_word_name_opens(chunk: str, word: re.Match) -> bool:
    """One name word before a title and its comma counts when it opens the sentence, or follows a lower-case
    description and its comma, and is no ordinary word ("Suprapto, Kepala Desa Bangoan, menuturkan", "Salah seorang
    peserta, Sutrisno, Penghulu Kampung Dayun, mengaku"; not "Terkait, Kepala Dinas ...")."""
    token = word.group()
    lead = chunk[:word.start()]
    return (not re.search(r"[^\s.]\s*$", lead) or bool(re.search(r"\b[a-z]+[ \t]*,[ \t]*$", lead))) and \
        token.lower() not in root_words() and stem(token.lower()) not in root_words() and \
        token[1:].islower() and token not in FACILITY_HEADS


_NAME2 = r"(?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3}"  # ("Muh. Ikhsan Tamrin")
# ", Name Name, dan Name Name" right after a name: every item two to four capitalised words.
_DEGREE_AFTER = re.compile(r"\s*,?\s*(?P<degree>[A-Z][\w.]*\.?)(?=[\s,])")
COORDINATED = re.compile(r"(?P<items>(?:\s*,\s*" + _NAME2 + r")*)\s*,?\s+(?:dan|serta)\s+(?P<last>" + _NAME2 + r")(?=[\s,.;]|$)")


def _coordinated_names(text: str, end: int) -> list[tuple[str, tuple[int, int]]]:
    while (degree := _DEGREE_AFTER.match(text, end)) and is_degree(degree.group("degree")):
        end = degree.end()  # "anggota Komisi II Nurhasanah, S.E. dan Ahmad Fathoni": past the first one's degrees
    m = COORDINATED.match(text, end)
    if not m:
        return []
    out = []
    for item in re.finditer(_NAME2, text[m.start("items"):m.end("items")]):
        s = m.start("items") + item.start()
        out.append((item.group(), (s, s + len(item.group()))))
    out.append((m.group("last"), m.span("last")))
    if any(not is_name_word(words[0]) or not all(is_name_word(w) or w.lower() in NAME_CONNECTORS or
                                                  gazetteer().is_region_name(w) for w in words[1:])
           for words in ([w for w in name.split() if not is_honorific(w)] or [""] for name, _ in out)):
        return []  # (a family name that is also a region's may close a name: "Rosmawati Br Padang")
    return out


_RANK_THEN_NAME = re.compile(r"(?:\s+dan\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?\s*,?\s+(?=\S)")
# The rest of a unit's name up to its bracketed acronym and place: `(Nelayan) Seluruh Indonesia (HNSI) Jember H. X`.
_UNIT_TO_ACRONYM = re.compile(r"(?:\s+[A-Z][\w'-]*){0,6}\s+\([A-Z][A-Za-z]{1,9}\)(?:\s+[A-Z][\w'-]*){0,2}\s*,?\s+(?=\S)")


def _name_after_rank(text: str, end: int, start: int | None = None) -> tuple[tuple[str, int, int] | None, int]:
    """A name right after a rank or honorific that follows `end` (or None), and where the unit before it ends; what
    was read from `start` may be the first word of a district that runs on (`Kapolsek Putussibau Selatan Iptu X`)."""
    for words in (2, 1) if start is not None else ():
        place = re.match(r"(?:[ \t]+[A-Z][\w'-]*){%d}" % words, text[end:end + 40])
        if place and gazetteer().is_local_place(text[start:end + place.end()]):
            end += place.end()
            break
    for pattern in (_RANK_THEN_NAME, _UNIT_TO_ACRONYM):
        m = pattern.match(text, end)
        joined = re.search(r"\sdan\s+", text[end:m.end()]) if m and pattern is _RANK_THEN_NAME else None
        if joined and POSITION.match(text, end + joined.end()):
            continue  # "Wakil Ketua X dan Wakil Ketua Hj. Y": a second title, not the rest of a unit's name
        nxt = WORD.match(text, m.end()) if m else None
        if nxt and (is_rank(nxt.group()) or is_honorific(nxt.group())):
            return _read_name(text, m.end(), min(len(text), m.end() + 80)), len(text[:m.end()].rstrip(" \t,"))
    m = _UNIT_ACRONYM_PLACE.match(text, end)
    words = list(_CAPITALISED_WORD.finditer(text, m.end(), m.end() + 40))[:2] if m else []
    for n in (2, 1):
        # "Kepala Balai Pengelola Transportasi Darat (BPTD) Kelas II Jawa Timur Hendra Kusuma Wardhana menjelaskan":
        # the unit's acronym, class and region, then a name of two words or more before a verb
        if len(words) < n or (n == 2 and text[words[0].end():words[1].start()] != " "):
            continue
        place = text[words[0].start():words[n - 1].end()]
        if gazetteer().province(place) or gazetteer().regency(place):
            named = _read_name(text, words[n - 1].end(), min(len(text), words[n - 1].end() + 80))
            if named and len(named[0].split()) >= 2 and re.match(r"\s*,?\s+[a-z]", text[named[2]:named[2] + 4]):
                return named, words[n - 1].end()
    return None, end


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'-]*")
_UNIT_ACRONYM_PLACE = re.compile(r"(?:[ \t]+[A-Z][\w'-]*){0,6}[ \t]+\([A-Z][A-Za-z]{1,9}\)(?:[ \t]+Kelas[ \t]+[IVX]{1,3}[A-Z]?)?"
                                 r"[ \t]+(?=[A-Z])")


# The rest of a unit's name up to a comma: capitalised words, joiners, bracketed acronyms (`Dewan Adat Wilayah Lapago,`,
# `Center of Reform on Economics (Core)`, `Gereja Injili di Indonesia (GIDI)`).
_UNIT_TO_COMMA = re.compile(
    r"(?:[ \t]+(?:[A-Z(][\w.()'’/-]*|\d+|dan|serta|se|of|on|for|and|the|di(?=[ \t]+Indonesia\b)))"
    r"{0,12}?(?:[ \t]+(?:dari|asal)[ \t]+(?:daerah[ \t]+pemilihan|dapil|fraksi|partai)?[ \t]*"  # `dari daerah pemilihan X`
    r"[A-Z][\w-]*(?:[ \t]+[A-Z\d][\w-]*){0,3})?"
    r"(?P<within>[ \t]*,[ \t]*(?:" + "|".join(LOCAL_LEVELS) + r"|Kec\.|Kabupaten|Kab\.|Kota|Provinsi)[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2})*[ \t]*,")  # `Hukum Tua Desa X, Kecamatan Kakas,`, `Lurah Kalurahan X, Kapanewon Y,`,
# `Ketua Kelompok Tani Sido Makmur, Desa Sido Rahayu, Kecamatan Belitang,`
_SENTENCE_END = re.compile(r"(?<![\w.])([A-Z][a-z]{2,}\.)[ \t]+[A-Z]")  # "Aziz. Hadir" (not "Kab. Gorontalo")
# A regency or city named bare after a unit's district, before the holder's name.
_CITY_TO_COMMA = re.compile(r"[ \t]*(?P<city>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]*,")
# After an appositive name: degrees, then a comma or a verb, not a list (`, dan X`).
# (a list of people, "X, dan Y", is not; another official with a title is: "Ahmad Fauzi, serta Camat Labuan, Entis")
_TITLE_FIRST_WORDS = "|".join(sorted({h.split()[0] for h in _HEADS if h[:1].isupper()}, key=len, reverse=True))
_AFTER_APPOSITIVE = re.compile(r"(?:\s*\(\d{1,3}\))?(?:\s*,\s*(?:[A-Z][\w.]*\.?))*?\s*(?:,\s*(?!(?:dan|serta)\s+(?!(?:"
                               + _TITLE_FIRST_WORDS + r")\b)[A-Z])[a-z]|[a-z]|[.;]|$)")
# Degrees written after a space, then the comma before the verb: `Euis Komariah SPd, mengatakan`.
_DEGREES_BY_SPACE = re.compile(r"(?:[ \t]+[A-Z][\w.]*){1,4}\s*,\s*(?!(?:dan|serta)\s+[A-Z])[a-z]")


def _name_after_unit(text: str, pos_end: int, single: bool = False) -> tuple[tuple[str, int, int], int] | None:
    """`Ketua Dewan Adat Wilayah Lapago, Markus Yikwa Asso mengatakan`: the unit's name runs to the comma and the
    person is named after it; returns (name, unit_end) when the words after the comma are a name of two words or
    more (one word when `single`) followed by degrees and a verb (not a list of names)."""
    unit = _UNIT_TO_COMMA.match(text, pos_end)
    if not unit:
        return None
    unit_end, within = unit.end(), bool(unit.group("within"))
    if any(stop.group(1) not in ABBREVIATIONS for stop in _SENTENCE_END.finditer(text, pos_end, unit_end)):
        return None  # "didampingi Wakil Ketua Zulkifli Aziz. Hadir Bupati Pasaman, H. Arif": a sentence ends first
    city = _CITY_TO_COMMA.match(text, unit_end) if within else None
    if city and (gazetteer().regency(city.group("city")) or gazetteer().regency("Kota " + city.group("city"))):
        # "Ketua MPA Kelurahan X, Kecamatan Y, Palangka Raya, Sutarno,": the city the district lies in
        unit_end = city.end()
    named = _read_name(text, unit_end, min(len(text), unit_end + 80))
    if not named or (len(named[0].split()) < 2 and not within and not single):
        return None  # one word is a name only after the place the unit lies in (`Kecamatan Lengayang, Zulkarnain,`)
        # or after words that read as a unit's rather than a person's (`Ketua RT 12 Karang Anyar, Baharuddin,`)
    tail = _AFTER_APPOSITIVE.match(text, named[2])
    degrees = tail and all(is_degree(w.strip(" ,.")) for w in re.findall(r",\s*([A-Z][\w.]*)", text[named[2]:tail.end()])[:-1])
    if not (tail and degrees):  # degrees after a space ("Euis Komariah SPd, mengatakan"), nothing else capitalised
        tail = _DEGREES_BY_SPACE.match(text, named[2])
        degrees = tail and all(is_degree(w.strip(" ,.")) for w in re.findall(r"[A-Z][\w.]*", tail.group()))
    if not tail or not degrees:
        return None
    return named, unit_end - 1


# A title that names a street, a building or a document, not a person: `Jalan Panglima Sudirman`, `Kantor Bupati Gowa`,
# `Surat Edaran Wali Kota`.
NOT_A_HOLDER_BEFORE = re.compile(r"(?:Jalan|Jl\.|Jln\.?|Gang|Gg\.|Kantor|Rumah\s+Jabatan|Rumah\s+Dinas|Rujab|Rudis|Pendopo|Pendapa|Aula|Gedung|"
                                 r"Ruang(?:\s+(?:Kerja|Rapat|Sidang))?|Kediaman|Surat\s+Edaran|Peraturan|Keputusan|"
                                 r"(?-i:Instruksi)|Piala|Lomba|Turnamen|Pelabuhan|Bandara|Bandar\s+Udara|Stadion)\s+$",
                                 re.IGNORECASE)  # (a port or a stadium named after a title: "Pelabuhan Panglima Utar")
# ("Instruksi Bupati" is a document; "tindak lanjut instruksi Bupati Sambas, Fahrurrozi Anwar," names the regent)


def _looks_like_a_unit(words: str) -> bool:
    """Whether what was read as a name after a title is rather the rest of a unit's name: one word (`Prokopim`),
    or words with an ordinary word or a place among them (`Pokdarwis Kemiren`)."""
    parts = words.split()
    return len(parts) == 1 or (len(parts) <= 3 and any(
        w.lower() in root_words() or gazetteer().is_local_place(w) for w in parts))


# A title given as a person's second office, after their first title in the same clause ("selaku": the name that
# follows is the first title's holder).
SECOND_TITLE = re.compile(r"(?P<before>[^.,;\n]*)\s(?P<cue>yang\s+juga(?:\s+menjabat(?:\s+sebagai)?)?|sekaligus|selaku)\s+$")
EPITHET_END = re.compile(r"\s+(?:itu|ini|tersebut)\b")
# A legislator's faction or party between the title and the name: "Anggota DPRD Bali dari Fraksi PDI Perjuangan X".
FACTION_TAIL = re.compile(r"\s+(?:dari\s+)?(?:Fraksi|Partai|F-?)\s*(?:" + "|".join(
    re.escape(p) for p in sorted(POLITICAL_PARTIES, key=len, reverse=True)) + r")(?![\w-])(?:\s*,)?")
TITLE_TAIL = re.compile(r"\s+(?:lainnya|yang\s+lain|tersebut|pula|sebelumnya|terdahulu|pada\s+(?:dinas|badan|instansi|kantor|lembaga|bidang)\s+"
                        r"(?:itu|tersebut|ini|yang\s+sama)|dari\s+(?:unsur|jalur|kursi)\s+[a-z]+(?:\s+[a-z]+)?)(?=\s*,)")
# "Kepala Bidang Pendidikan Tinggi pada dinas itu, X", "Anggota DPRK Lanny Jaya dari unsur pengangkatan, X"


def find_mentions(text: str, start: int = 0, masked: list[tuple[int, int]] = ()) -> list[Mention]:
    """Every title + name occurrence in `text` (from `start`, after the dateline), outside the `masked` spans
    (regulation citations, whose titles name offices: `... serta Wali Kota dan Wakil Wali Kota`)."""
    mentions: list[Mention] = []
    for m in POSITION.finditer(text, start):
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue
        if NOT_A_HOLDER_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or \
                any(a <= m.start() < b for a, b in masked) or \
                any(a < m.start() < b for a, b in (n.span for n in mentions if n.name)):
            continue  # (a title word inside a name read already: "Rizal Hakim Lubis")
        lead = text[max(0, m.start() - 30):m.start()]
        second = SECOND_TITLE.search(text, max(0, m.start() - 80), m.start()) if \
            any(cue in lead for cue in ("juga", "sekaligus", "selaku")) else None
        first = [f for f in POSITION.finditer(text, second.start("before"), second.start("cue"))] if second else []
        if first and second.group("cue") != "selaku":
            continue  # "X, Kepala Desa Bulota yang juga Ketua Apdesi ...": X's second office, X is read already
        pos_end, name_start = _read_position(text, m, min(len(text), m.end() + 160))
        position = m.group("pos") + text[m.end():pos_end]  # without a possessive "-nya"
        primary = text[first[0].start():_read_position(text, first[0], second.start("cue"))[0]] if first else None
        position = primary or position  # "Wakil Bupati Lombok Timur selaku Ketua TPPS, X": X's own office is the first
        if position.islower() and \
                re.search(r"\b(?:[Ss]alah\s+(?:seorang|satu)|[Ss]eorang|(?i:" + "|".join(GROUP_QUANTIFIERS) + r"))\s+$",
                          text[max(0, m.start() - 20):m.start()]):
            continue  # "Salah seorang anggota (koperasi), Siti Maimunah (39), warga …": a member of no stated body;
            # "Sejumlah anggota Banggar mempertanyakan": several, none named
        holder = _holder_before_sebagai(text, m.start())
        if holder:
            # "memilih Hendra Saputra, guru SMP setempat, sebagai Ketua Koperasi … Gisting Atas.": the post is the one
            # named before "sebagai"; capitalised words right after the title (no comma) end the unit's name
            unit = UNIT_TAIL_TO_SENTENCE_END.match(text, pos_end)
            pos_end = unit.end() if unit else pos_end
            mentions.append(Mention(holder[0], holder[1:], m.group("pos") + text[m.end():pos_end], (m.start(), pos_end)))
            continue
        tail = TITLE_TAIL.match(text, pos_end) or FACTION_TAIL.match(text, pos_end)  # "anggota Komisi II lainnya, Wa Ode Nurhasanah"
        name_from = tail.end() if tail else name_start  # after "selaku ketua kafilah," when the post has one
        after = _read_name(text, name_from, min(len(text), name_from + 80))
        if after and EPITHET_END.match(text, after[2]):
            after = None  # "ujar mantan Camat Medan Johor itu": a title pointing back, "Johor" is its place
        if m.group("pos") in TITLES_AFTER_A_NAME:
            after = None  # "Ririn Kusumawardani, camat Tambaksari": the name comes before a lower-case title
        # "Kepala PPS Bungus" after "Pelabuhan Perikanan Samudera (PPS) Bungus": the unit's own name, not a holder's
        acronym = re.search(r"\b([A-Z]{2,6})\s*$", text[m.start():name_from]) if after and " " not in after[0].strip() \
            else None
        unit_word = bool(acronym) and bool(
            re.search(r"\(" + acronym.group(1) + r"\)\s+" + re.escape(after[0].strip()) + r"\b", text))
        appositive = _name_after_unit(text, pos_end, single=bool(after) and (_looks_like_a_unit(after[0]) or unit_word))
        if appositive and m.group("pos") in TITLES_AFTER_A_NAME:
            appositive = None  # (and not after it: "perwakilan camat dari Kecamatan Betara, Bram Itam dan …")
        if not appositive and unit_word:  # the holder's name, if any, comes after the unit's ("Kepala PPN Brondong Ir. X")
            after = _read_name(text, after[2], min(len(text), after[2] + 80))
        # "Presiden Confreria Reinha Rosari, Yoseph Diaz Fernandez, berharap": after a bare title that heads a body,
        # two names set off by commas are the body's and its head's
        body_then_head = bool(appositive) and after is not None and position == m.group("pos") and \
            m.group("pos").split()[-1] in BODY_HEAD_TITLES and len(appositive[0][0].split()) >= 2 and \
            text.startswith(",", after[2])
        if appositive and (after is None or (after[2] <= appositive[1] and
                                             (_looks_like_a_unit(after[0]) or unit_word or body_then_head))):
            (raw, s, e), unit_end = appositive
            held = primary or m.group("pos") + text[m.end():unit_end]
            mentions.append(Mention(raw, (s, e), held, (m.start(), unit_end)))
            for name, span in _coordinated_names(text, e):  # "dua Wakil Ketua, Parlaungan Harahap dan Ahmad Rizal"
                mentions.append(Mention(name, span, held, (m.start(), unit_end)))
            continue
        later, unit_end = _name_after_rank(text, after[2], after[1]) if after else (None, 0)
        if later:
            # "Kapolsek Tilamuta Iptu Rahmat Hidayat", "Direktur RSUD Tani dan Nelayan, dr. Fitriyanti": what looked
            # like a name was the unit's name; the person comes after the rank or honorific
            pos_end, after = unit_end, later
            position = m.group("pos") + text[m.end():pos_end]
        # what was read as the holder's name was the unit's own: "Prakirawan Stasiun Meteorologi Syamsudin Noor, Nadia
        # Paramitha,", then (either way) "Kepala Stasiun Meteorologi Tunggul Wulung Cilacap Teguh Wardoyo"
        for unit_named in (_name_after_named_facility, _name_after_unit_region):
            if after and not later and (named := unit_named(text, m.start(), after)):
                pos_end, after = named
                position = m.group("pos") + text[m.end():pos_end]
        if after and not later and len(after[0].split()) == 1 and \
                (_heads_a_place(m.group("pos")) or position.split()[-1] in LOCAL_LEVELS) and \
                not re.match(r"\s*,|\s+[A-Z]", text[after[2]:after[2] + 2]) and \
                not (_heads_a_place(m.group("pos")) and
                     gazetteer().is_local_place(re.sub(r"^\s*\([^)]*\)", "", text[m.end():pos_end]).strip())
                     and not gazetteer().is_local_place(after[0])) and \
                not (_unknown_place(after[0]) and HOLDER_ACTS.match(text, after[2])):
            pos_end, after = after[2], None  # "mantan Kepala Desa Honbola dan ...": the village, no name given (but
            # "Di Desa Bumi Agung, Kepala Desa Sutikno mengatakan": a word no gazetteer knows, then a verb, is a name)
            position = m.group("pos") + text[m.end():pos_end]
        if after and not later and _unit_place_then_no_one(text, pos_end, after):
            pos_end, after = after[2], None  # "dihadiri Kapolsek Koba, perwakilan Satpol PP …": the district, no one
            position = m.group("pos") + text[m.end():pos_end]
        if after and not later and len(after[0].split()) == 1 and not text[after[2]:after[2] + 2].startswith(","):
            # "Siti Rahma selaku Kepala Puskesmas Tilamuta menjelaskan": one capitalised word after the title, then
            # no comma, is the unit's place; the person is the name before the title
            before = _read_name_before(text, m.start())
            if before and APPOSITION_END.fullmatch(text[before[2]:m.start()]) and text[before[2]:m.start()].strip():
                pos_end = after[2]
                mentions.append(Mention(before[0], before[1:], m.group("pos") + text[m.end():pos_end],
                                        (m.start(), pos_end)))
                continue
        if after:
            raw, s, e = after
            mentions.append(Mention(raw, (s, e), position, (m.start(), pos_end)))
            # "Wakil Ketua DPRD Kelik Susilo Ardani, Fran Suharmaji, dan Yophi Prabowo": one title, several people
            for name, span in _coordinated_names(text, e):
                mentions.append(Mention(name, span, position, (m.start(), pos_end)))
            continue
        before = _read_name_before(text, m.start())
        if before and re.match(r"\s*,?\s*$", text[before[2]:m.start()].replace("SE", "")) is None:
            before = before if re.fullmatch(r"[\s,A-Za-z.()]*", text[before[2]:m.start()]) else None
        if before:
            raw, s, e = before
            mentions.append(Mention(raw, (s, e), position, (m.start(), pos_end)))
        elif (back := _points_back_to_introduced(text, m.start(), pos_end)):
            # "Warga …, Saharuddin, meminta …. Ketua Paguyuban Warga Peduli Jalan Marangkayu itu menyebut": his post
            (raw, s, e), unit_end = back
            mentions.append(Mention(raw, (s, e), m.group("pos") + text[m.end():unit_end], (m.start(), unit_end)))
        elif m.group("pos") not in TITLES_AFTER_A_NAME:  # ("para camat": no one)
            mentions.append(Mention("", (m.start(), pos_end), position, (m.start(), pos_end)))
    for m in COUNTED_HOLDERS.finditer(text, start):
        # "didampingi dua wakil ketua, Sugiyanto dan Hj. Endang Sri Rahayu": each one named holds the title
        named = _read_name(text, m.end(), min(len(text), m.end() + 80))
        others = _coordinated_names(text, named[2]) if named else []
        if others and not any(a <= m.start() < b for a, b in masked):
            title = " ".join(w.capitalize() for w in m.group("pos").split())
            mentions.extend(Mention(name, span, title, m.span("pos")) for name, span in [(named[0], named[1:]), *others])
    for m in OWN_TITLE.finditer(text, start):
        # "Melalui sekretarisnya, Paulus Kiwak, Lemasa meminta", "Di Puskesmas Mokoau, kepala puskesmasnya, Hasrun
        # Tamburaka, SKM, mengungkapkan": a body's officer, named after the title it holds there
        named = _read_name(text, m.end(), min(len(text), m.end() + 80))
        if named and re.match(r"\s*,", text[named[2]:named[2] + 2]) and \
                not any(a <= m.start() < b for a, b in masked) and not any(n.span == named[1:] for n in mentions):
            mentions.append(Mention(named[0], named[1:], m.group("pos"), m.span("pos")))
    return mentions


# The capitalised words that end a unit's name with its sentence (`sebagai Ketua Koperasi … Gisting Atas.`).
UNIT_TAIL_TO_SENTENCE_END = re.compile(r"(?:[ \t]+[A-Z][\w'-]*){1,4}(?=[ \t]*(?:[.;]|$))", re.MULTILINE)
# "X sebagai" or "X, guru SMP setempat, sebagai" right before a title: X holds it.
SEBAGAI_BEFORE = re.compile(r"(?:,[ \t]+[a-z][^,.;:\n“”\"]{1,60},)?[ \t]+sebagai[ \t]+$")


def _holder_before_sebagai(text: str, title_start: int) -> tuple[str, int, int] | None:
    """The person of two to four name words written before "sebagai" and the title (`warga memilih Hendra Saputra,
    guru SMP setempat, sebagai Ketua Koperasi …`), perhaps with a description set off by commas between."""
    cue = SEBAGAI_BEFORE.search(text, max(0, title_start - 100), title_start)
    return _read_name_before(text, cue.start()) if cue else None


# A person set off by commas in the sentence before ("Warga Marang Kayu yang hadir dalam RDP, Saharuddin, meminta
# …"), to whom a title opening the next sentence and pointing back ("Ketua Paguyuban … itu menyebut") gives a post.
INTRODUCED_BEFORE = re.compile(r",[ \t]+(?P<name>[A-Z][^,.;:\n“”\"]{2,60}),[ \t]+[a-z][^.;\n“”\"]*\.[ \t]+$")


UNIT_POINTING_BACK = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,6}(?=[ \t]+(?:itu|ini|tersebut)[ \t]+[a-z])")


def _points_back_to_introduced(text: str, title_start: int,
                               pos_end: int) -> tuple[tuple[str, int, int], int] | None:
    """A title opening a sentence and pointing back (`Ketua Paguyuban X itu menyebut`) after a sentence that set a
    name off by commas without a title: that name, and where the title's unit ends."""
    unit = UNIT_POINTING_BACK.match(text, pos_end)
    if not unit or not re.search(r"\.[ \t]+$", text[max(0, title_start - 3):title_start]):
        return None
    found = INTRODUCED_BEFORE.search(text, max(0, title_start - 300), title_start)
    named = _read_name(text, found.start("name"), found.end("name")) if found else None
    if not named or named[2] != found.end("name") or POSITION.search(text, found.start(), found.end("name")):
        return None
    return named, unit.end()


# Units named after a person or a place (`Stasiun Meteorologi Syamsudin Noor`, `Bandara Sultan Hasanuddin`).
NAMED_FACILITY_END = re.compile(r"\b(?:Meteorologi|Klimatologi|Geofisika|Bandara|Bandar\s+Udara|RSUD|Stadion)$")


def _name_after_named_facility(text: str, title_start: int,
                               name: tuple[str, int, int]) -> tuple[int, tuple[str, int, int]] | None:
    """After a unit that bears a name, that name, a comma and a name of two or more words between commas: the person
    (`Prakirawan Stasiun Meteorologi Syamsudin Noor, Nadia Paramitha, mengatakan`). Returns (position end, the person)."""
    _, start, end = name
    if not NAMED_FACILITY_END.search(text[title_start:start].rstrip()):
        return None
    person = _read_name(text, end, min(len(text), end + 80))
    if person and text[end:person[1]].strip() == "," and len(person[0].split()) >= 2 and \
            re.match(r"\s*,|\s+[a-z]", text[person[2]:person[2] + 2]):  # (or a verb: "…, Aditya Pratama menyampaikan")
        return end, person
    return None


def _name_after_unit_region(text: str, title_start: int,
                            name: tuple[str, int, int]) -> tuple[int, tuple[str, int, int]] | None:
    """After what was read as a name, a regency and then a name of two or more words: the first was the unit's own
    name (`Stasiun Meteorologi Tunggul Wulung Cilacap Teguh Wardoyo`, `Stasiun Meteorologi Syamsudin Noor Banjarmasin,
    Dedi Suryadi`). Returns (position end, the person)."""
    end = name[2]
    for words in (1, 2):
        region = re.match(r"[ \t]+(?P<region>[A-Z][\w'-]*" + r"(?:[ \t]+[A-Z][\w'-]*)" * (words - 1) + r")[ \t]*,?(?=[ \t]+[A-Z])",
                          text[end:end + 60])
        if region and gazetteer().regency(region.group("region")):
            person = _read_name(text, end + region.end(), min(len(text), end + region.end() + 80))
            if person and len(person[0].split()) >= 2:
                return end + region.end("region"), person
    return None


# A count of holders of one lower-case title, then their names (`dua wakil ketua, Sugiyanto dan Hj. Endang Sri Rahayu`).
COUNTED_HOLDERS = re.compile(r"(?<![\w-])(?:dua|tiga|empat|lima|kedua|ketiga)[ \t]+(?P<pos>wakil[ \t]+ketua|wakil[ \t]+bupati|"
                             r"wakil[ \t]+wali[ \t]+kota|ketua|anggota)[ \t]*,[ \t]*")
# A lower-case title owned by the body just named, then the holder between commas.
OWN_TITLE = re.compile(r"(?<![\w-])(?P<pos>(?:wakil[ \t]+)?(?:ketua|sekretaris|bendahara|koordinator|direktur|"
                       r"juru[ \t]+bicara|kepala(?:[ \t]+(?:puskesmas|sekolah|desa|dinas|bidang|seksi|bagian|kantor|"
                       r"balai|cabang|unit))?))nya[ \t]*,[ \t]*")


def split_position(position: str) -> tuple[str, str | None, str | None]:
    """`Kepala Dinas Kesehatan Kabupaten Donggala` -> (`Kepala Dinas`, `Dinas Kesehatan`, `Kabupaten Donggala`)."""
    position = re.sub(r"\s*\([^)]*\)", "", position).strip()
    position = re.sub(r"(?<=[a-z]{4})\.$", "", position)  # the sentence's full stop ("… Dinas Pendidikan."), not "Kab."
    words = position.split()
    region = None
    level = None
    head = POSITION.match(position)
    head_text = head.group("pos") if head else words[0]
    for key, lvl in REGIONAL_HEADS.items():
        if head_text.endswith(key):
            level = lvl.lower()
    n_head = len(head_text.split())
    local = REGIONAL_HEADS.get(head_text) or ("Desa" if head_text.endswith(("Kepala Desa", "Kades")) else None)
    if local in LOCAL_LEVELS and len(words) > n_head:
        # "Lurah Kalurahan Mangunan, Kapanewon Dlingo": the level as written, the place up to the comma
        own = position[len(head_text):].split(",")[0].split()
        written = own[0] if own and own[0] in LOCAL_LEVELS else local
        place = " ".join(w for w in own if w not in LOCAL_LEVELS)
        return head_text, None, f"{written} {place}"
    # a village or district after a title that is not its head: "Ketua RT 03 Kelurahan Limba B", "Ketua BPD Desa X"
    for k in range(n_head, len(words) - 1):
        if words[k] in LOCAL_LEVELS and words[k - 1] not in POSITION_JOINERS and words[k - 1] not in _ORG_HEADS \
                and re.match(r"[A-Z][a-z]", words[k + 1]) \
                and words[k + 1] not in REGION_PREFIXES and words[k + 1] not in _ORG_HEADS and \
                words[k + 1].lower() not in OFFICE_WORDS:  # after a level word, its name ("Kecamatan Sebangau")
            return " ".join(words[:k]).rstrip(","), None, " ".join(words[k:]).split(",")[0]  # the place, not its
            # district after (nor the comma before it: "Ketua Kelompok Tani Sido Makmur, Desa Sido Rahayu")
    # a region at the end: "Kabupaten Donggala", "Kota Kupang", "Sulut", "Halmahera Barat"
    gaz = gazetteer()
    for k in range(n_head, len(words)):
        tail = " ".join(words[k:])
        found = None
        if words[k] in ("Provinsi",):
            found = gaz.province(tail)
        elif words[k] in ("Kabupaten", "Kota", "Kab."):
            found = gaz.regency(tail)
        elif level == "provinsi" or (level is None and gaz.province(tail) and not gaz.regency(tail)):
            found = gaz.province(tail)
        elif level in ("kabupaten", "kota"):
            found = gaz.regency(tail, level)
        elif words[k] not in ORG_ABBREVIATIONS:
            found = gaz.regency(tail) or gaz.province(tail)
        if found:
            region = found.name
            if words[k] in ("Provinsi", "Kabupaten", "Kota", "Kab."):
                words = words[:k]
            else:
                region_words = words[k:]
                words = words[:k] + (region_words if _has_org(words[n_head:k]) else [])
            break
    org = None
    first_word = head_text.split()[-1]
    if first_word in FUSED_TITLES:
        org = FUSED_TITLES[first_word] + (" " + " ".join(position.split()[n_head:]) if len(position.split()) > n_head else "")
        return head_text, org.strip(), region
    for i in range(n_head - 1, len(words)):
        if (words[i] in _ORG_HEADS or words[i] in SPEAKING_BODIES or DINAS_SHORT_FORM.fullmatch(words[i]) or
                (words[i - 1] == "pada" and _ACRONYM.fullmatch(words[i]))) and i >= 1:  # ("… pada BPJN Jambi")
            org_words = words[i:]
            pos_words = words[:i]
            if words[i] in ("Dinas", "Badan") and pos_words[-1:] in (["Kepala"], ["Sekretaris"]):
                pos_words = pos_words + [words[i]]
            if pos_words[-1:] == ["pada"]:  # "Kabid Pemerintahan Desa pada Dinas …": the unit's office follows
                pos_words = pos_words[:-1]
            org = " ".join(org_words)
            org = ORG_ABBREVIATIONS.get(org, org)
            return " ".join(pos_words), org or None, region
    return " ".join(words), None, region


def _has_org(words: list[str]) -> bool:
    return any(w in _ORG_HEADS for w in words)


def _name_words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD_CHARS.findall(name)]


def same_person(short: str, full: str) -> bool:
    """`Indry` and `Indry Pakaya` are one person; so are `Koster` and `Wayan Koster`."""
    a, b = _name_words(short), _name_words(full)
    return bool(a) and all(w in b for w in a)


_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# A second name given right after a person's name: `X atau Danny Pomanto`, `X alias Ahok`, `X, yang akrab disapa
# Danny,`, `X (Danny)` (the cue words are in lang/honorifics).
ALIAS = re.compile(r"(?:\s*,?\s+(?:atau\s+)?(?:yang\s+)?" + NICKNAME_CUE + r"\s+|\s+atau\s+(?:yang\s+)?"
                   r"|\s*\(\s*(?=" + _NAME_WORDS + r"\s*\)))(?P<alias>" + _NAME_WORDS + r")")


def _aliases(text: str, spans) -> list[str]:
    found = []
    for _, end in spans:
        m = ALIAS.match(text, end)
        if m and all(is_name_word(w) for w in m.group("alias").split()) and m.group("alias") not in found:
            found.append(m.group("alias"))
    return found


_CAPS_RUN = re.compile(r"(?<![\w.])[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*)+(?![\w])")


@functools.cache
def _known_acronyms() -> frozenset[str]:
    return frozenset(w.upper() for w in list(_ORG_HEADS) + list(ORG_ABBREVIATIONS) if w.isupper() or len(w) <= 5) | \
        UNIT_ACRONYMS


ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # "Komisi IV", "Wakil Ketua II"


def _is_acronym(word: str) -> bool:
    """DPRD, PUPR, BPBD, AKBP, S.STP: capitalised words that stay as written."""
    bare = word.strip(".,()")
    if word.endswith(".") and len(bare) <= 3 and bare.isalpha() and not is_rank(bare) and \
            (not is_degree(word) or bare.capitalize() in NAME_ABBREVIATIONS):
        return False  # a shortened name part: ST. RAHMAH DG. MATTAU
    return (not re.search(r"[AIUEO]", bare) or bare in ORG_ABBREVIATIONS or is_rank(bare) or is_degree(word)
            or bare.upper() in _known_acronyms() or bool(ROMAN.fullmatch(bare)) or bare == "RI")


def title_case_capitals(text: str) -> str:
    """Press releases write names in CAPITALS (`Sdr. MOH. RIZAL LAMASI, S.STP`): every run of two or more
    capitalised words that are not acronyms (DPRD, PUPR, AKBP, S.STP) is put in Title Case, keeping every
    offset (the result has the length of `text`)."""
    out = list(text)
    for run in _CAPS_RUN.finditer(text):
        words = [w for w in re.finditer(r"\S+", run.group()) if not _is_acronym(w.group())]
        if len(words) < 2:
            continue
        for w in words:
            cased = w.group()[0] + w.group()[1:].lower()
            if len(cased) == len(w.group()):
                start = run.start() + w.start()
                out[start:start + len(cased)] = cased
    return "".join(out)


def _occurrences(text: str, forms: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each name form occurs as a whole word, left to right without overlaps, a longer form first where two
    start at the same place (what one regex alternation of the forms, longest first, would find; str.find instead of
    compiling that regex anew for every article)."""
    candidates = []
    for form in forms:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if not (i and (text[i - 1].isalnum() or text[i - 1] == "_")) and \
                    not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                candidates.append((i, -len(form), form))
            i = text.find(form, i + 1)
    found: dict[str, list[tuple[int, int]]] = {}
    end = 0
    for start, negative_length, form in sorted(candidates):
        if start >= end:
            end = start - negative_length
            found.setdefault(form, []).append((start, end))
    return found


def _part_of_another_name(text: str, start: int, end: int, name: str) -> bool:
    """True when the word at start..end sits next to a name word that is not in `name` (someone else's name)."""
    own = set(name.split())
    after = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[end:end + 40])
    before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 40):start])
    if NICKNAME_OF_SOMEONE.search(text, max(0, start - 30), start):
        return True  # "Hartono Wijaya alias Koh Hartono": another person's nickname
    return any(w and w.group(1) not in own and is_name_word(w.group(1)) for w in (after, before))


NICKNAME_OF_SOMEONE = re.compile(r"\b" + NICKNAME_CUE + r"\s+(?:\S+\s+)?$")
INITIALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+berinisial\b")
TITLED_NICKNAME_BEFORE = re.compile(r"\b" + NICKNAME_CUE + r"\s+$")  # "… yang akrab disapa" before "Bupati Jhon"


# An appointment in the sentence before a name: `menunjuk Sekretaris Desa X, Ahmad, sebagai Plt Kepala Desa`.
APPOINTED_BEFORE = re.compile(r"\b(?:menunjuk|melantik|mengangkat|menetapkan|mengukuhkan|memilih|ditunjuk|dilantik|diangkat|"
                              r"ditetapkan|dikukuhkan)\b[^.;\n]*$")


def _appointed(text: str, mention: Mention) -> bool:
    """Whether a mention's position is a post someone is appointed to: "sebagai" after the name, in a sentence that
    appoints (`Bupati menunjuk Sekretaris Desa Bernung, Ahmad Fauzan, sebagai Plt Kepala Desa`)."""
    if not mention.position_span or mention.position_span[0] < mention.span[1]:
        return False
    between = re.fullmatch(r"(?P<degrees>[^;\n]*?)\s*,?\s*(?:,[ \t]+[a-z][^,.;:\n]{1,60},[ \t]+)?sebagai\s+",
                           text[mention.span[1]:mention.position_span[0]])  # (a description between: ", guru SMP,")
    degrees = re.split(r"[\s,]+", between.group("degrees").strip(" ,")) if between else []
    if not between or not all(is_degree(d) for d in degrees if d):  # "X, S.T., M.Eng., sebagai"
        return False
    before = text[max(0, mention.span[0] - 150):mention.span[0]]
    while (title := re.search(r"(\S+)\s+$", before)) and (is_honorific(title.group(1)) or is_rank(title.group(1))):
        before = before[:title.start()]  # "melantik Ir. Hendra Saputra"
    return bool(APPOINTED_BEFORE.search(before))


def extract_officials(text: str, start: int = 0, masked: list[tuple[int, int]] = ()) -> list[Official]:
    """One `Official` per person named with a position, under the fullest form of their name; names written in
    CAPITALS come out in Title Case."""
    text = title_case_capitals(text)
    people: dict[str, dict] = {}
    order: list[str] = []
    for mention in find_mentions(text, start, masked):
        if not mention.name:
            continue
        name = clean_name(mention.name)
        if not name or len(name) < 3 or INITIALS_AFTER.match(text, mention.span[1]):
            continue  # "Bendahara KSP Maju Bersama Sejahtera berinisial SM": a unit's name; the person has initials
        begins = min(mention.span[0], mention.position_span[0]) if mention.position_span else mention.span[0]
        if order and TITLED_NICKNAME_BEFORE.search(text, max(0, begins - 40), begins):
            # "Bupati Yohanes Don Bosco Wangge yang akrab disapa Bupati Jhon": the title and nickname of the person
            # just named, not a second official
            last = max(order, key=lambda k: max(e for _, e in people[k]["mentions"]))
            people[last]["mentions"].append(mention.span)
            people[last].setdefault("nicknames", []).append(name)
            continue
        key = next((k for k in order if name in people[k].get("nicknames", ())), None) or \
            next((k for k in order if same_person(name, k) or same_person(k, name)), None)
        if key is None:
            key = name
            order.append(key)
            people[key] = {"mentions": [], "position": None}
        elif len(_name_words(name)) > len(_name_words(key)):
            people[name] = people.pop(key)
            order[order.index(key)] = name
            key = name
        entry = people[key]
        entry["mentions"].append(mention.span)
        if mention.position_text and (not entry["position"] or _appointed(text, mention)):
            entry["position"] = mention.position_text
    # the full name and each of its own words elsewhere in the text count as mentions too; a word two
    # officials share ("Andi") points to neither
    officials = []
    word_owners: dict[str, int] = {}
    for key in order:
        for word in set(key.split()):
            word_owners[word] = word_owners.get(word, 0) + 1
    taken = {i for key in order for s, e in people[key]["mentions"] for i in range(s, e)}
    aliases = {key: list(dict.fromkeys(_aliases(text, people[key]["mentions"]) + people[key].get("nicknames", [])))
               for key in order}
    forms = {key: [key] + [w for w in key.split() if len(w) > 3 and word_owners[w] == 1] + aliases[key]
             + [w for a in aliases[key] for w in a.split() if len(w) > 3 and w not in word_owners] for key in order}
    found = _occurrences(text, {form for key in order for form in forms[key]})
    for key in order:
        entry = people[key]
        position, org, region = split_position(entry["position"]) if entry["position"] else (None, None, None)
        spans = set(entry["mentions"])
        covered = set(taken)
        for word in forms[key]:
            for start, end in found.get(word, ()):
                if " " not in word and _part_of_another_name(text, start, end, key):
                    continue  # "Daeng" of Sangkala Daeng Tompo inside "Daeng Ngai"
                if start not in covered:
                    spans.add((start, end))
                    covered.update(range(start, end))
        # a nickname given after a short mention too ("ujar Artawan yang akrab disapa Gus Bagus")
        name, others = key, tuple(dict.fromkeys(aliases[key] + _aliases(text, sorted(spans))))
        fuller = next((a for a in others if len(a.split()) > len(key.split()) == 1 and
                       not re.search(r"(?:" + "|".join(NICKNAME_VERBS) + r"|sapaan)\s+" + re.escape(a), text)),
                      None)  # a fuller name, not a nickname ("yang akrab disapa Acil Baim")
        if fuller:  # "Koh Ahong alias Lim Tjoe Hong": the fullest form is the name, the nickname an alias
            name, others = fuller, (key,) + tuple(a for a in others if a != fuller)
        officials.append(Official(name, position, org, region, tuple(sorted(spans)), gazetteer().code(region), others))
    return officials


_ACTING = re.compile(r"^(?:Plt\.?|Plh\.?|Pj\.?|Pjs\.?|Penjabat|Pejabat|Pelaksana\s+Tugas)\s+")


def with_inferred_regions(officials: list[Official], dateline_place: str | None = None) -> list[Official]:
    """Heads of a region named without it (`Wakil Bupati Yuli Hastuti`, `Wali Kota Eva Dwiana`) head the one region
    of their level that the article's other officials hold ("Bupati Purworejo Agus Bastian"), or else the regency or
    city of the dateline when its level fits (`BANDAR LAMPUNG -` and a Wali Kota). Two candidate regions: none."""
    inferred = []
    for official in officials:
        level = REGIONAL_HEADS.get(_ACTING.sub("", official.position or "")) if official.region is None else None
        region = None
        if level in ("Provinsi", "Kabupaten", "Kota"):
            held = {o.region for o in officials if o.region and o.region.startswith(level + " ")}
            if len(held) == 1:
                region = held.pop()
            elif not held and level != "Provinsi":
                regency = gazetteer().dateline_regency(dateline_place)
                region = regency.name if regency and regency.name.startswith(level + " ") else None
        inferred.append(dataclasses.replace(official, region=region, region_code=gazetteer().code(region))
                        if region else official)
    return inferred
