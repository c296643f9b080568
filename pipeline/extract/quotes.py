"""Quotes: direct (between quotation marks) and indirect (after a speech verb or `Menurut X,`), with speakers.

Speakers resolve to the fullest name in the article: `ungkap Sagita` -> Sagita Wartabone, a bare title
(`tandas Gubernur`) to the official holding it, `Ia`/`-nya` to the last speaker.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

from pipeline.extract.officials import POSITION, UNIT_NAME_LISTS, _read_name, is_name_word, same_person
from pipeline.extract.regulations import BARE_FORM
from pipeline.extract.results import Official, Quote
from pipeline.lang.honorifics import (ANONYMOUS, GROUP_QUANTIFIERS, NAME_CONNECTORS, NICKNAME_CUE, NICKNAME_FOLLOWS,
                                      OCCUPATIONS, PERSON_DESCRIPTIONS, clean_name, is_degree, is_honorific)
from pipeline.lang.places import FACILITY_HEADS
from pipeline.lang.regions import LOCAL_LEVELS, REGION_PREFIXES, gazetteer
from pipeline.lang.regulations import DRAFT_PREFIXES
from pipeline.lang.speech_verbs import (APPEALS, BEFORE_COMMA, CLAUSE_ONLY, INDIRECT_ONLY, NEGATED_ADMISSIONS,
                                        OWNED_NOUNS, SPEECH_FORMS, SYMPTOMS, TAG_ONLY)
from pipeline.lang.titles import (FUSED_HEADS, FUSED_TITLES, ORG_ABBREVIATIONS, ORG_HEADS, REGIONAL_HEADS,
                                  SPEAKING_BODIES, TITLE_ABBREVIATIONS, UNIT_LONG_FORMS)
from pipeline.normalize.sentences import split_sentences
from pipeline.normalize.stem import is_common_word, root_words

OPEN, CLOSE = "“", "”"
QUOTE_CHARS = re.compile(r"[“”\"]")
_VERBS = sorted(SPEECH_FORMS, key=len, reverse=True)
VERB = r"(?P<cue>" + "|".join(_VERBS) + r")"
# After a closing mark: `,” jelas Indry.`, `,”jelasnya, Jumat`, `,” kata Gubernur Koster pada ...`.
TAG_AFTER = re.compile(r"[ \t]*(?P<cue>(?i:" + "|".join(_VERBS) + r"))(?![\w-])", )
# Before an opening mark: `X mengatakan, “`, `Ditambahkan Kapolres, “`, `X memaparkan kronologinya, “`.
INTRO_BEFORE = re.compile(r"(?P<cue>(?i:" + "|".join(_VERBS) + r"))(?![\w-])(?:(?P<obj>[^.“”\"]{0,40}?)\s*[,:]?|"
                          r"[^.“”\":]{0,100}?:)\s*$")  # (a colon ends a longer object: "mengingatkan para pemilik kapal soal …: “")
# A second speech verb sharing the subject: "menyampaikan X, dan menegaskan bahwa Y".
# A reported clause with its own subject and a verb of its own ("pihaknya akan memasang papan … dan mengumumkan …",
# "anggotanya bertugas menyisir bibir pantai dan memastikan …", "Pemkab … akan mengalokasikan …, serta mengusulkan …"):
# a verb joined after it is still the clause's, not a second speech act.
OWN_PREDICATE = re.compile(r"(?:pihaknya|ia|dia|mereka|kami|[a-z]+nya|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}|"
                           r"(?:para\s+|setiap\s+|seluruh\s+)?(?:camat|lurah|kepala\s+desa|kades|petugas|tim|warga|"
                           r"masyarakat|pemerintah(?:\s+daerah)?|sekolah|guru|pedagang))"  # "camat akan menjadi …"
                           r"\s+(?:(?:akan|telah|sudah|segera|juga|tengah|sedang|masih|harus|wajib)\s+)?(?:me|ber)\w+")
CONJOINED = re.compile(r",?\s+(?:dan|serta|sekaligus)\s+(?:juga\s+)?(?P<verb>me\w+|ber\w+)(?![\w-])")
READ_FOR = re.compile(r"\s+yang\s+(?:dibaca|dibacakan|disampaikan)\b")
REPRESENTED = re.compile(r"\s+yang\s+diwakil(?:i|kan)\s+(?:oleh\s+)?")
PRONOUNS = {"ia", "dia", "beliau", "pihaknya", "nya", "mereka"}
ADVERBS = (r"(?:\s+(?:juga|pun|kembali|lebih\s+lanjut|pula|sempat|turut|hanya|cuma|justru|tetap|masih|secara\s+tegas|langsung|kemudian|menambahkan|saat\s+itu|dalam\s+kesempatan\s+itu|dalam\s+sambutannya)|"
           r"(?<!pekan)(?<!bulan)(?<!tahun)(?<!minggu)(?<!hari)\s+lalu)*")  # "Ia lalu berkata", not "pekan lalu"
MENURUT = re.compile(r"(?<![\w])(?P<cue>[Mm]enurut(?:nya)?|(?:[Bb]erdasarkan|[Mm]enurut|[Mm]engutip)\s+keterangan)"
                     r"(?P<who>[^,]{0,90}?)\s*,\s*")  # "Menurut X, ...", "Berdasarkan keterangan X, ..."
KATA_LEAD = re.compile(r"(?<![\w])(?:(?P<cue>[Kk]ata(?:nya)?)\s+(?P<who>[^,]{1,60}?)|"  # "Kata Bupati, …"
                       r"(?P<cue2>(?:Lanjut|Tambah|Imbuh)(?:nya)?)(?:\s+(?P<who2>ia|dia|beliau|[A-Z][^,]{0,58}?))?)"
                       r"\s*,\s*")  # "Lanjut dia, …", "Tambahnya, …"
MID_TAG = re.compile(r",\s*(?P<cue>(?:kata|ujar|jelas|tutur|ungkap|sebut|imbuh|tambah|lanjut|sambung|terang|papar|tegas|menurut)"
                     r"(?:nya)?)(?:\s+(?P<who>ia|dia|beliau|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}))?\s*,\s*")
# A tag closing a sentence with no quotation marks: "Tak ada yang datang, katanya.", "…, kata Bambang."
END_TAG = re.compile(r",\s*(?P<cue>(?:kata|ujar|jelas|tutur|ungkap|sebut|imbuh|tambah|lanjut|sambung|terang|papar|tegas)(?:nya)?)"
                     r"(?:\s+(?P<who>ia|dia|beliau|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}))?\s*[.!]?\s*$")
PASSIVE_LEAD = re.compile(r"\s*(?P<cue>Di[a-z]+(?:kan|i)(?:nya)?)(?:\s+(?:oleh\s+)?(?P<who>[A-Z][^,.“”\"]{0,60}?))?\s*,\s*"
                          r"(?![“\"])")
PASSIVE_BACKREF = re.compile(r"^\s*(?:Hal\s+(?:ini|itu|tersebut)|Demikian(?:\s+hal\s+itu)?|Itu|"
                             r"[A-Z][a-z]+\s+(?:ini|itu|tersebut)(?=\s+di\w+\s+(?:oleh\s+)?[A-Z]))"  # "Target itu ditegaskan X"
                             r"\s+(?P<cue>di\w+(?:kan|i))\s+(?P<who>.+)$")
# Who a person named after "Menurut" is, before the clause: `warga Kelurahan X, Kecamatan Y,`, `pedagang Pasar X,`.
DESCRIBED_AFTER = re.compile(r"(?:" + "|".join(sorted(PERSON_DESCRIPTIONS | OCCUPATIONS, key=len, reverse=True)) +
                             r")\s[^,.;“”\"(]{1,50},(?:\s*(?:" + "|".join(REGION_PREFIXES) + r")\s[^,.;“”\"]{1,40},)*\s*")
# (not someone else introduced with an age: "Menurut Asdar, korban meninggal atas nama Kasim (67), warga …, terseret …")
# Bodies written in lower case that speak as bodies ("Menurut panitia seleksi, …").
LOWER_BODIES = ("panitia", "pansel", "pansus", "tim", "satgas", "satuan tugas", "komite", "majelis hakim")
LOWER_BODY = re.compile(r"(?:" + "|".join(LOWER_BODIES) + r")(?:\s+[a-z]+){0,2}")
REPORTED_IN = re.compile(r"\s*Dalam\s+(?:laporan|surat|keterangan(?:\s+tertulis)?|rilis|siaran\s+pers|sambutan|pidato|"
                         r"amanat|pernyataan)(?:nya)?(?:\s+(?P<who>[A-Z][^,]*?))?(?:\s+yang\s+[^,]*)?(?:,[^,]*){0,3}?,\s*"
                         r"(?P<cue>di[a-z]+(?:kan|i))\s+(?:bahwa\s+)?")
# Two-word regional titles as written in a sentence's first word only ("Wali kota", "Wakil bupati").
_CASED_HEADS = {h.casefold(): h for h in REGIONAL_HEADS if h[:1].isupper()}  # "wali kota", "gubernur" as written
# An office named by an acronym the tables lack, then its region: `DKP Pamekasan`, `DLH Kota Kendari`.
BODY_OF_REGION = re.compile(r"[A-Z][A-Z0-9]{1,6}\s+(?P<place>(?:(?:Kabupaten|Kota|Provinsi)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
_ORG_START = re.compile(r"^(?:" + "|".join(sorted(ORG_HEADS + list(SPEAKING_BODIES), key=len, reverse=True)) +
                        r"|Pemerintah|Pemkab|Pemprov|Pemkot|Suku\s+Dinas|Sudin|Stasiun)\b")  # Jakarta's "Suku Dinas SDA", BMKG "Stasiun …"


COMPANY = re.compile(r"\bPT\.?[ \t]+[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|\([A-Z][\w]*\)))*")  # "PT Borneo Mahakam Sejahtera"
SHORT_FORM = re.compile(r"[A-Z][A-Za-z]{1,9}")  # "ESDM", "Bapenda", "BMKG"
_LOCAL_GOVERNMENTS = {"Pemkab", "Pemkot", "Pemprov", "Pemda", "Pemdes"}
# What may follow a body's full name and still be part of it: its bracketed short form, status, branch and region.
BODY_TAIL = re.compile(r"[ \t]+(\([A-Z]\w*\)|[A-Z][\w-]*)")
BODY_TAIL_WORDS = {"Kabupaten", "Kota", "Provinsi", "Cabang", "Kelas", "Wilayah", "Indonesia", "Ferry", "Persero"}


def _first_body(phrase: str) -> str:
    """The first body of a subject naming several (`Pemkab Pohuwato melalui Dinas Kesehatan`, `Pemkab X dan DPRD Y`);
    "dan" inside a body's own name stays (`Dinas Energi dan Sumber Daya Mineral (ESDM) Provinsi Maluku Utara`)."""
    for m in re.finditer(r"\s+(?:melalui|bersama|beserta|dan|yang)\s+", phrase):
        after = phrase[m.end():]
        if m.group().strip() != "dan" or not after[:1].isupper() or _ORG_START.match(after) or POSITION.match(after):
            return phrase[:m.start()]
    return phrase


def _long_title(title: str) -> str:
    """`Sekda` -> `sekretaris daerah`, `Kadis Kominfo` -> `kepala dinas kominfo`, `Kadisdag` -> `kepala dinas`:
    short forms expanded, folded."""
    words = []
    for w in title.split():
        fused = re.match(r"(Kadis|Kaban|Kabid|Kabag|Kasi)[a-z]+$", w)
        words.append(TITLE_ABBREVIATIONS.get(w) or (TITLE_ABBREVIATIONS[fused.group(1)] if fused else w))
    return " ".join(words).casefold()


def _unit_words(phrase: str) -> list[str]:
    """A title with its unit, every short form spelt out and folded: `Dandim` and `Komandan Kodim 1205/Sintang` both
    start `komandan komando distrik militer`; `Kasatpol PP` is `kepala satuan polisi pamong praja`."""
    words: list[str] = []
    for w in re.sub(r"\([^)]*\)", " ", phrase).split():
        if w in FUSED_TITLES:
            head = next(h for h in sorted(FUSED_HEADS, key=len, reverse=True) if w.startswith(h))
            parts = [FUSED_HEADS[head], *FUSED_TITLES[w].split()]
        else:
            parts = TITLE_ABBREVIATIONS.get(w, w).split()
        for part in parts:
            long = (UNIT_LONG_FORMS.get(part) or ORG_ABBREVIATIONS.get(part) or part).casefold().split()
            if words[-len(long):] != long:  # "Kasatpol PP": PP is already spelt out
                words.extend(long)
    return words


def _names_unit(written: list[str], official: Official) -> bool:
    """A written title names an official's office when its words run in order through the official's title and unit
    (`Dandim` -> Komandan Kodim 1205/Sintang, `Kapolres` -> Kepala Kepolisian Resor Sintang)."""
    words = iter(_unit_words(f"{official.position} {official.organization or ''}"))
    return bool(written) and all(any(w == x for x in words) for w in written)


def _shortens(short: str, title: str) -> bool:
    """Each word of `short` starts a word of `title`: `kepala seksi intel` shortens `kepala seksi intelijen`."""
    words = title.split()
    return all(any(w.startswith(s) for w in words) for s in short.split())


# `Suparmi, yang akrab disapa Mbok Parmi`, `Bambang Hartono alias Pak Tono`: a second name for someone.
# A word of five letters or more with a full stop ends a sentence ("tutur Sarmadi. Jaji (61)"): a word with a full
# stop inside a name is short, an initial or `Moh.`.
_SENTENCE_END_WORD = r"[\w'’-]{5}\."
# A name's next word, on the same line and not after a sentence's end.
_NEXT_NAME_WORD = (r"(?<!" + _SENTENCE_END_WORD + r")[ \t]+(?:(?:" + "|".join(re.escape(c) for c in NAME_CONNECTORS) +
                   r")[ \t]+)?[A-Z][\w'’.-]+")  # "br Simanjuntak"
_FULL_NAME = r"(?P<full>[A-Z][\w'’.-]+(?:" + _NEXT_NAME_WORD + r"){0,4})"
AGE = re.compile(r"\(\d{1,3}(?:\s*tahun)?\)|,\s*\d{1,3}\s*,")  # found first; the name before it is read backwards
WITH_AGE = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:" + _NEXT_NAME_WORD + r"){0,3})\s*$")
_DESCRIPTIONS = sorted(PERSON_DESCRIPTIONS | OCCUPATIONS, key=len, reverse=True)
_LOCAL_PLACE = r"(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
# A person named between commas after what they are (`Salah satu pedagang kue, Nurain Lasimpala, warga …`), the
# description opening the sentence too, with the places it names (`Petani asal Desa Lapeo, Sahabuddin, juga khawatir`,
# `Warga Desa Kordakel, Kecamatan Kabaruan, Oktovianus Essing, menyambut`).
DESCRIBED_BEFORE = re.compile(r"(?:\b(?:" + "|".join(_DESCRIPTIONS) + r")|(?:^|(?<=[.!?][ \t]))(?:" +
                              "|".join(w.capitalize() for w in _DESCRIPTIONS) + r"))\b"
                              r"(?:[ \t]+(?:[a-z]+|" + _LOCAL_PLACE + r")){0,4}"  # "asal Desa Lapeo"
                              r"(?:[ \t]*,[ \t]+" + _LOCAL_PLACE + r"){0,2}[ \t]*$", re.MULTILINE)  # ", Kecamatan Kabaruan"
# (found from the name set off by commas back, which is rarer than a description word)
APPOSITIVE_NAME = re.compile(r",[ \t]+(?!(?:" + "|".join(REGION_PREFIXES) + r")\b)"
                             r"(?P<name>[A-Z][\w'’.-]+(?:" + _NEXT_NAME_WORD + r"){0,3})[ \t]*,")
# ... and opening a sentence or after whom something came from, the description after the name: `Stenly Pulumbara,
# nelayan asal Kecamatan Beo, merasakan`, `Keluhan serupa datang dari Yuliana Rante Allo, pedagang ikan kering di blok B.`
# (found from the description back: the description after a comma is rare, a name anywhere is not)
DESCRIPTION_AFTER_COMMA = re.compile(r",[ \t]+(?:" + "|".join(_DESCRIPTIONS) + r")\b[^,;\n“”\"]{0,60}[,.]")
NAME_BEFORE_DESCRIPTION = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"][ \t])|" +
                                     "|".join(rf"(?<=\b{w}[ \t])" for w in ("dari", "oleh", "dirasakan", "dialami",
                                                                            "dikeluhkan")) +
                                     r")(?P<name>[A-Z][\w'’.-]+(?:" + _NEXT_NAME_WORD + r"){0,3})[ \t]*$", re.MULTILINE)
NICKNAME = re.compile(r"\b" + NICKNAME_CUE + r"\s+(?P<alias>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})")
NICKNAME_BEFORE = re.compile(_FULL_NAME + r"(?:\s*\(\d{1,3}\))?\s*,?\s+(?:yang\s+)?(?:atau\s+)?$")
# A title, then the nickname of the one holding it: `wabup yang akrab disapa Ning Rohmah itu`.
TITLE_THEN_NICKNAME = re.compile(r"\S+(?:\s+\S+)?\s+yang\s+" + NICKNAME_CUE +
                                 r"\s+(?P<nick>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?:\s+(?:itu|tersebut|ini))?")
NICKNAME_AFTER_PHRASE = re.compile(r"\s+yang\s+" + NICKNAME_CUE + r"\s+(?P<nick>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})")
TITLE_BEFORE_NICKNAME = re.compile(r"(?<![\w-])(?P<title>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+yang\s+$")
# `tutur Abu Jalil, sapaan akrabnya`: a nickname given after it is used, of someone named earlier.
NICKNAME_AFTER = re.compile(r"(?P<alias>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})" + NICKNAME_FOLLOWS)


POINTS_BACK = re.compile(r"\s(?:itu|ini|tersebut)$")
# A legislator described before a nickname ("politisi asal Buleleng yang akrab disapa …"), and the bodies a legislator's
# post names.
LEGISLATOR_BEFORE = re.compile(r"\b(?:politikus|politisi|legislator|anggota\s+dewan|wakil\s+rakyat)\b[^.,;“”\"]{0,30}?\s+yang\s+$",
                               re.IGNORECASE)
LEGISLATURE = re.compile(r"\b(?:DPRD?|DPD|DPRK|DPRA|DPRP|DPRPB|Fraksi|Partai|Dewan)\b")


class _Resolver:
    """Names known in the article, for turning a written speaker into the fullest name."""

    def __init__(self, text: str, officials: list[Official], start: int = 0):
        self.officials = officials
        self.text = text
        self.start = start  # where the body begins, after the dateline
        self.last: str | None = None
        self.last_at = -1
        self.speakers: list[str] = []  # everyone resolved so far, for short forms of their names
        self.nicknames: dict[str, str] = {}  # "Mbok Parmi" and "Parmi" -> "Suparmi"
        for cue in NICKNAME.finditer(text):
            m = NICKNAME_BEFORE.search(text, max(0, cue.start() - 80), cue.start())
            full = clean_name(m.group("full")) if m else ""
            if not (full and full.split()[0].casefold() not in PERSON_DESCRIPTIONS and any(is_name_word(w) for w in full.split())):
                m = None  # ("politisi asal Buleleng yang akrab disapa …": a place, no name, before the cue)
            if not m:  # "wabup yang akrab disapa Ning Rohmah itu": the nickname of the official holding that title
                titled = TITLE_BEFORE_NICKNAME.search(text, max(0, cue.start() - 40), cue.start())
                # the title is the word before "yang", or the two ("Menurut bupati yang …": the Bupati)
                written = [titled.group("title"), titled.group("title").split()[-1]] if titled else []
                holder = next(filter(None, (self.by_title(w[:1].upper() + w[1:], cue.start()) for w in written)), None)
                described = LEGISLATOR_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
                if not holder and described:  # "ujar politikus yang akrab disapa Yuyun itu", "politisi asal Buleleng
                    holder = self._last_legislator(cue.start())  # yang akrab disapa Gung Wirawan": the legislator named last
                if holder:
                    self.nicknames[cue.group("alias")] = holder
                    self.nicknames[clean_name(cue.group("alias"))] = holder
                continue
            alias = cue.group("alias")
            self.nicknames[alias] = full
            self.nicknames[clean_name(alias)] = full
        for m in NICKNAME_AFTER.finditer(text):
            words = clean_name(m.group("alias")).split()
            shared = [w.casefold() for w in words if len(w) >= 4 or (len(w) == 3 and w != words[0])]
            people = {p for p in self._known_people() if any(n.casefold().startswith(w) for w in shared for n in p.split())}
            if len(people) == 1:  # "Abu Jalil" -> Abdul Jalil Usman, "Abu Jamal" -> Jamaluddin Ibrahim
                full = people.pop()
                for i in range(len(words) - 1):  # "Bupati Abu Jalil": the phrase may start before the nickname
                    self.nicknames[" ".join(words[i:])] = full

    def _last_legislator(self, at: int) -> str | None:
        """The legislator (an official of a DPRD, a faction or a party) named last before `at`."""
        named = [(max(s for s, _ in o.mentions if s < at), o.name) for o in self.officials
                 if any(s < at for s, _ in o.mentions) and LEGISLATURE.search(f"{o.position or ''} {o.organization or ''}")]
        return max(named)[1] if named else None

    def _known_people(self) -> list[str]:
        return [o.name for o in self.officials] + list(self.nicknames.values()) + self.speakers + \
            [name for _, _, name in self._with_age]

    @functools.cached_property
    def _with_age(self) -> list[tuple[int, int, str]]:
        """People introduced with their age, `Mama Yuliana Manafe (44)`: residents, witnesses; (start, end, name)."""
        found = []
        for age in AGE.finditer(self.text):
            m = WITH_AGE.search(self.text, max(0, age.start() - 60), age.start())
            if not m:
                continue
            name = clean_name(m.group("name"))
            while name and not is_name_word(name.split()[0]):  # "Bagi Fransiska Ina (34), …": the name after
                name = name.partition(" ")[2]
            if name and all(is_name_word(w) or w in NAME_CONNECTORS for w in name.split()):
                start = m.start("name") + m.group("name").find(name.split()[0])
                found.append((start, start + len(name), name))
        return found

    @functools.cached_property
    def _described(self) -> list[tuple[int, int, str]]:
        """People named between commas after a description, `Salah satu pedagang kue, Nurain Lasimpala, warga …`, or
        opening a sentence before one (`Stenly Pulumbara, nelayan asal Kecamatan Beo, merasakan`), for `katanya`
        after them when their own verb is no speech; (start, end, name)."""
        found = []
        named_first = (NAME_BEFORE_DESCRIPTION.search(self.text, max(0, d.start() - 80), d.start())
                       for d in DESCRIPTION_AFTER_COMMA.finditer(self.text))
        named_first = (m for m in named_first
                       if m and (" " in m.group("name").strip() or not is_common_word(m.group("name"))))
        described_first = (m for m in APPOSITIVE_NAME.finditer(self.text)
                           if DESCRIBED_BEFORE.search(self.text, max(0, m.start() - 120), m.start()))
        for m in [*described_first, *named_first]:  # (one word: "Saparudin, petani di …",
            name = clean_name(m.group("name"))  # not "Bahkan, warga …")
            if " " not in name and gazetteer().is_local_place(name):
                continue  # "warga Negeri Haria, Saparua, yang …": the district after the village
            if name and all(is_name_word(w) or w in NAME_CONNECTORS for w in name.split()):
                start = m.start("name") + m.group("name").find(name.split()[0])
                found.append((start, start + len(name), name))
        return found

    @functools.cached_property
    def _named_again(self) -> list[tuple[int, int, str]]:
        """People introduced with their age, named again later by their last name alone (`Ni Ketut Sariasih (41)`,
        then `Sariasih kembali ke rumahnya`), for `katanya` after them; (start, end, name)."""
        found = []
        for start, end, name in self._with_age:
            last = name.split()[-1]
            if len(last) < 4 or (len(name.split()) < 2 and len(last) < 5):
                continue  # (a one-word name of five letters or more too: "Sutini (52)", then "Sutini kebagian …")
            for again in re.finditer(r"(?<![\w'’-])" + re.escape(last) + r"(?![\w'’-])(?![ \t]+[A-Z])", self.text[end:]):
                s = end + again.start()
                if not re.search(r"[A-Z][\w'’.-]*[ \t]+$", self.text[max(0, s - 30):s]):  # not inside another name
                    found.append((s, s + len(last), name))
        return found

    def _name_in(self, phrase: str) -> str | None:
        """The first run of two or more name words inside a phrase (`Pemuda Negeri X, Ridwan Latupono (27)`)."""
        for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+", phrase):
            if re.search(r"\b(?:di|ke|dari)\s+$", phrase[:m.start()]):
                continue  # "Politikus yang sudah dua periode duduk di Karang Paci itu": a place
            words = m.group().split()
            while words and not is_name_word(words[0]):
                words.pop(0)
            run = []
            for w in words:
                if not is_name_word(w):
                    break
                run.append(w)
            if len(run) >= 2:
                return self.by_name(" ".join(run))
        return None

    def by_name(self, written: str) -> str | None:
        name = clean_name(written)
        if not name:
            return None
        if written.strip() in self.nicknames or name in self.nicknames:
            target = self.nicknames.get(written.strip()) or self.nicknames[name]
            official = next((o.name for o in self.officials if same_person(name, o.name)), None)
            if official and not any(o.name == target for o in self.officials):
                return official  # "Kakankemenag yang akrab disapa Don Bosco": Yohanes Don Bosco Lewar, not the title
            return self.by_name(target)
        matches = [o.name for o in self.officials
                   if same_person(name, o.name) or any(same_person(name, alias) for alias in o.aliases)]
        if len(matches) > 1 and " " not in name:  # one word two people share: the one it opens ("Nugroho" after
            # Bambang Setyo Nugroho and Nugroho Adi Santoso is the second, called by his first name)
            matches = [m for m in matches if m.split()[0].casefold() == name.casefold()] + matches
        if matches:
            return matches[0]
        if len(name.split()) == 1 or written.split()[0] == "Daeng":
            # "Parmi" (Mbok Parmi), "Yuli" (Mama Yuli), "Daeng Tompo": the short name of one person already known,
            # the start or the end of one of their names
            short = name.split()[-1].casefold()
            people = {p for p in self._known_people() if p != name and len(short) >= 3 and any(
                w.casefold().startswith(short) or w.casefold().endswith(short) for w in p.split())}
            if len(people) == 1:
                return people.pop()
        # a longer form of the name elsewhere in the article (non-officials)
        best = name
        words = name.split()
        pattern = r"(?:[A-Z][\w'’-]+\s+){0,3}" + r"\s+".join(re.escape(w) for w in words) + r"(?:\s+[A-Z][\w'’-]+){0,3}"
        for m in re.finditer(pattern, self.text):
            candidate = " ".join(w for w in m.group().split() if is_name_word(w))
            if same_person(name, candidate) and len(candidate) > len(best):
                best = candidate
        return best

    def by_title(self, written: str, at: int | None = None) -> str | None:
        """The official a bare title names (`Bupati`, `Sekda`, `Kadis itu`): of those whose position has the same
        head (short forms expanded), the one mentioned last before `at`, else the first."""
        head = POSITION.match(written.strip())
        if not head:
            return None
        title = _long_title(head.group("pos"))
        holders = [o for o in self.officials if o.position and _long_title(o.position) == title] or \
            [o for o in self.officials if o.position and _shortens(title, _long_title(o.position))] or \
            [o for o in self.officials if o.position and _names_unit(_unit_words(head.group("pos")), o)]
        if not holders:
            return None
        before = [(max((s for s, _ in o.mentions if s < at), default=-1), o.name) for o in holders] if at else []
        best = max(before, default=(-1, None))
        return best[1] if best[0] >= 0 else holders[0].name

    def regional_head(self, deputy: bool, place: str | None, at: int) -> str | None:
        """"Orang nomor satu (dua) di X": the head (deputy) of a province, regency or city among the officials, the
        one whose region names X if X is given, else the one mentioned last before `at`."""
        unit = place.split()[0] if place and place[0].isupper() and not gazetteer().region(place) else None
        if unit and _ORG_START.match(place):  # "Orang nomor satu di Polres Pelalawan itu": the head of that unit
            heads = [o for o in self.officials if unit in f"{o.organization or ''} {o.position or ''}" or
                     (o.position or "").casefold() == "ka" + unit.casefold()]  # ("Kapolres" heads a Polres)
            mentioned = [(max((s for s, _ in o.mentions if s < at), default=-1), o.name) for o in heads]
            return max(mentioned, default=(-1, None))[1]
        heads = [o for o in self.officials if o.position and REGIONAL_HEADS.get(o.position.split(maxsplit=1)[-1] if
                 o.position.startswith(("Pj", "Plt", "Penjabat")) else o.position) in ("Provinsi", "Kabupaten", "Kota")
                 and o.position.startswith(("Wakil", "Wabup", "Wagub", "Wawali")) == deputy]
        if place and place[0].isupper():
            heads = [o for o in heads if o.region and place.casefold() in o.region.casefold()] or heads
        mentioned = [(max((s for s, _ in o.mentions if s < at), default=-1), o.name) for o in heads]
        best = max(mentioned, default=(-1, None))
        return best[1]

    def in_span(self, start: int, end: int) -> str | None:
        """The official whose mention ends last inside text[start:end] (the subject nearest the verb)."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        best, best_end = None, -1
        for _, e, name in self._mentions[lo:hi]:
            if e <= end and e > best_end:
                best, best_end = name, e
        return best

    def resolve(self, written: str | None, at: int, span: tuple[int, int] | None = None) -> str | None:
        """The speaker a written phrase names: a name, a title, a pronoun, or an institution."""
        if span and written and written.strip(" ,.").casefold() not in PRONOUNS:
            found = self.in_span(*span)
            if found:
                return found
        if written is None:
            return self.recent(at)
        nick = NICKNAME_AFTER_PHRASE.match(self.text, span[1]) if span else None
        if nick and (found := self.by_nickname(nick.group("nick"))):
            return found  # "tegas Kakankemenag yang akrab disapa Don Bosco itu": the official that nickname names
        phrase = re.sub(r"^(?:data|catatan)\s+(?=[A-Z])", "", written.strip(" ,."))  # "Menurut catatan DLH": DLH
        initials = INITIALS.fullmatch(phrase)
        if initials and re.search(r"\b(?:ber)?inisial\s+" + initials.group("initials") + r"\b", self.text):
            return initials.group("initials")  # "tersangka berinisial RS (34)", then "RS mengaku …": the suspect
        body = BODY_BACK.fullmatch(phrase)
        if body:  # "Menurut fraksinya, …", "Fraksi ini juga mengingatkan …": the faction named last
            named = list(re.finditer(r"\b" + body.group("head").capitalize() + r"(?:\s+Partai)?(?:\s+[A-Z][\w-]*){1,3}",
                                     self.text[:at]))
            if named:
                return named[-1].group()
        if not phrase or phrase.casefold() in PRONOUNS or (phrase.casefold().endswith("nya") and " " not in phrase):
            return self.recent(at)
        ranked = RANKED_HEAD.fullmatch(phrase)
        if ranked:
            return self.regional_head(ranked.group("rank") == "dua", ranked.group("place"), at)
        phrase = ASIDE_TAIL.sub("", phrase) if phrase[:1].isupper() else phrase
        first, _, rest = phrase.partition(" ")
        sang = first.casefold() == "sang"
        rest = rest[:1].upper() + rest[1:] if sang else rest  # "Sang bupati pun meminta": the Bupati
        if rest and (sang or is_honorific(first)) and POSITION.match(rest):
            phrase = rest  # "ujar Jro Bendesa", "kata Pak Camat": a title after a form of address
        phrase = _CASED_HEADS.get(phrase.casefold(), phrase)  # "Wali kota juga mengungkapkan": the Wali Kota
        party = re.match(r"[Pp]ihak\s+(?=[A-Z])", phrase)
        if party:  # "Pihak LPDB-KUMKM … menyatakan", "Pihak Pertamina": the body
            phrase = phrase[party.end():]
            if re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})*", phrase):
                return phrase
        called = TITLE_THEN_NICKNAME.fullmatch(phrase)
        if called and (found := self.by_nickname(called.group("nick"))):
            return found  # "wabup yang akrab disapa Ning Rohmah itu menyebut": the official that nickname names
        # the last name in the phrase: "Kepala Dinas Sosial Sagita Wartabone" -> Sagita Wartabone
        head = POSITION.match(phrase)
        if not head and re.fullmatch(r"[A-Z][a-z]+", phrase):  # "Menurut Raja, …": the one Raja Negeri named
            holders = {o.name for o in self.officials if (o.position or "").split()[:1] == [phrase]}
            if len(holders) == 1:
                return holders.pop()
        if head:
            from pipeline.extract.officials import _read_position

            end, _ = _read_position(phrase, head, len(phrase))
            named = _read_name(phrase, end, len(phrase))
            unit = named and any(gazetteer().is_region_word(w) for w in phrase[named[2]:].split()[:1])
            if named and not POINTS_BACK.search(phrase) and not (unit and self.by_title(phrase, at)):
                return self.by_name(named[0])  # (not "Kepala Dinas Dikbud Maluku": a unit, then its region)
            holder = self.by_title(phrase, at)
            if holder is None and POINTS_BACK.search(phrase):
                return self.recent(at)  # "Mantan Kabid Kedaruratan itu": a past title of the person just named
            return holder
        if _ORG_START.match(phrase):  # "Pemkab Pohuwato melalui Dinas Kesehatan": the first body speaks
            body = _first_body(phrase)
            if body in ("Perusahaan", "Perseroan"):  # "Perusahaan berjanji …": the company named last
                company = list(COMPANY.finditer(self.text, 0, at))
                if company:
                    return company[-1].group()
            body = self.long_form(re.sub(r"\s+\([A-Z][\w-]*\)$", "", body))  # "Fraksi Partai Amanat Nasional (PAN)"
            return self.fuller_body(body, at)
        local = BODY_OF_REGION.fullmatch(phrase)
        if local and (gazetteer().regency(local.group("place")) or gazetteer().province(local.group("place"))):
            return phrase  # "DKP Pamekasan menyebutkan": a local office by its acronym and region
        if LOWER_BODY.fullmatch(phrase):
            return phrase  # "Menurut panitia seleksi, …", "kata majelis hakim": a body written in lower case
        if phrase.split()[0].casefold() in PERSON_DESCRIPTIONS:
            # "Pria bernama lengkap Abdul Rahman Tompo itu" names someone; "politikus PKB itu" points back
            inner = re.search(r"(?:bernama(?:\s+lengkap)?|yakni|yaitu)\s+(.+?)(?:\s+(?:itu|tersebut|ini))?$", phrase)
            named = _read_name(inner.group(1), 0, len(inner.group(1))) if inner else None
            if named:
                return self.by_name(named[0])
            called = re.search(NICKNAME_CUE + r"\s+(.+?)(?:\s+(?:itu|tersebut|ini))?$", phrase)
            if called:  # "politikus yang akrab disapa Bu Laila itu": the person of that name, else the one just named
                nickname = clean_name(called.group(called.lastindex))
                found = self.by_name(nickname) if nickname else None
                return found if found and found != nickname else self.recent(at)
            named = self._name_in(phrase)
            if named:
                return named
            if not re.search(r"\b(?:itu|tersebut|ini)$", phrase):
                return None
            found = self.recent(at)
            index = bisect.bisect_left(self._mention_starts, at) - 1
            if found and _ORG_START.match(found) and index >= 0:
                return self._mentions[index][2]  # "politisi perempuan itu" after a fraksi spoke through her: a person
            return found
        spelled = re.search(r"((?:[A-Z][\w-]*\s+|(?:dan|serta|untuk)\s+(?=[A-Z])){1,10}?)\(" + re.escape(phrase) + r"\)",
                            self.text) if \
            re.fullmatch(r"[A-Z][A-Za-z-]{1,11}", phrase) and f"({phrase})" in self.text else None
        words = spelled.group(1).split() if spelled else []
        body = next((" ".join(words[i:]) for i in range(len(words)) if _ORG_START.match(" ".join(words[i:]))), None)
        if body:
            return body  # "Lemasa meminta": the body its acronym stands for, as the article wrote it
        if re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", phrase) and not is_honorific(phrase):
            return phrase  # "Menurut catatan DLH, …": a body by its acronym alone
        pointed = re.fullmatch(r"(?P<word>[A-Z][a-z]+)(?:\s+[a-z]+){0,2}\s+(?:itu|ini|tersebut)", phrase)
        if pointed and pointed.group("word").casefold() in root_words():
            return None  # "Kondisi itu mendorong Dinas …", "Langkah ini", "Banjir kali ini mengingatkan warga …": a
            # thing pointed back to, no one named
        named = _read_name(phrase, 0, len(phrase))
        if named:
            found = self.by_name(named[0])
            return self.with_region(found, at) if found == named[0] and " " not in found else found
        return None

    def by_nickname(self, nickname: str) -> str | None:
        """The person a nickname names (`Ning Rohmah` -> Siti Rohmah Azizah), or None when it names no one known."""
        found = self.by_name(nickname)
        return found if found != clean_name(nickname) else None

    def with_region(self, word: str, at: int) -> str:
        """A one-word body named with its region before (`Walhi Maluku Utara dalam keterangan tertulisnya menilai …`,
        then `Walhi mendesak …`): the body and its region, as first written."""
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"((?:[ \t]+[A-Z][\w-]*){1,3})", self.text[:at + 80]):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                place = " ".join(words[:n])
                if gazetteer().province(place) or gazetteer().regency(place):
                    return f"{word} {place}"
        return word

    def long_form(self, body: str) -> str:
        """A body by its fullest name: `Fraksi PAN` is `Fraksi Partai Amanat Nasional` where the article wrote
        `Fraksi Partai Amanat Nasional (PAN)`."""
        words = body.split()
        if len(words) < 2 or not re.fullmatch(r"[A-Z][A-Za-z-]{1,11}", words[-1]):
            return body
        head, short = r"\s+".join(map(re.escape, words[:-1])), re.escape(words[-1])
        m = re.search(r"\b" + head + r"((?:\s+[A-Z][\w-]*){1,8})\s+\(" + short + r"\)", self.text)
        return f"{' '.join(words[:-1])}{' '.join([''] + m.group(1).split())}" if m else body

    def fuller_body(self, body: str, at: int) -> str:
        """A body written short after the article named it in full, that full name as first written: `Dinas ESDM`
        after `Dinas Energi dan Sumber Daya Mineral (ESDM) Provinsi Maluku Utara`, `Bapenda` after `Badan Pendapatan
        Daerah (Bapenda) Kabupaten Tangerang`, `ASDP` after `PT ASDP Indonesia Ferry (Persero) Cabang Ketapang`."""
        words = body.split()
        if not 1 <= len(words) <= 2 or not SHORT_FORM.fullmatch(words[-1]) or words[-1] in _LOCAL_GOVERNMENTS or \
                (len(words) == 2 and words[0] not in ORG_HEADS):
            return body  # (the short forms of a local government, "Pemkot", are how articles name it)
        short, head = words[-1], (words[0] if len(words) == 2 else None)
        spelled = re.compile(r"((?:[A-Z][\w-]*|dan|serta|untuk)(?:[ \t]+(?:[A-Z][\w-]*|dan|serta|untuk)){1,9})[ \t]+\("
                             + re.escape(short) + r"\)")
        inside = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*[ \t]+){0,3})" + re.escape(short) + r"(?![\w-])")
        for m in sorted([*spelled.finditer(self.text, 0, at), *inside.finditer(self.text, 0, at)], key=lambda m: m.start()):
            written = m.group(1).split()
            start = next((i for i, w in enumerate(written) if w in ORG_HEADS or w in FACILITY_HEADS or w == "PT"),
                         0 if m.re is inside and not written and not head else None)  # "Walhi Maluku Utara"
            if start is None or (head and written[start] != head) or (m.re is inside and start != 0 and
                                                                      POSITION.match(" ".join(written[:start]))):
                continue  # (not the unit of a title: "Kepala Bapenda Kabupaten Tangerang")
            begin = m.start(1) + len(" ".join(written[:start])) + (1 if start else 0)
            end = m.end()
            while (tail := BODY_TAIL.match(self.text, end)) and (
                    tail.group(1).startswith("(") or tail.group(1) in BODY_TAIL_WORDS or
                    gazetteer().is_region_word(tail.group(1)) or re.fullmatch(r"[IVX]+", tail.group(1))):
                end = tail.end()  # "(ESDM) Provinsi Maluku Utara", "(Persero) Cabang Ketapang", "BMKG NTT"
            full = " ".join(self.text[begin:end].split())
            if len(full.split()) > len(words):
                return full
        if head == "Fraksi":  # "Fraksi PAN" after "Fraksi Partai Amanat Nasional": the party's initials
            for m in re.finditer(r"\bFraksi((?:[ \t]+[A-Z][\w-]*){2,5})", self.text[:at]):
                if "".join(w[0] for w in m.group(1).split()) == short:
                    return "Fraksi" + m.group(1)
        return body

    def recent(self, at: int) -> str | None:
        """Who `Ia` or `-nya` points to: the last speaker, or an official named after that speaker spoke (not one
        named as whose something is: "masuk daftar prioritas Bupati Jayapura Habel Sokoy")."""
        mentions, starts = self._recent_mentions, self._recent_starts
        index = bisect.bisect_left(starts, at) - 1
        while index >= 0 and starts[index] > self.last_at >= 0 and (_possessed(self.text, starts[index]) or
                                                                     _accompanying(self.text, starts[index])):
            index -= 1
        if index >= 0 and (self.last_at < 0 or starts[index] > self.last_at):
            return mentions[index][2]
        if self.last and _ORG_START.match(self.last) and index >= 0 and not _ORG_START.match(mentions[index][2]):
            return mentions[index][2]  # "-nya" after a body spoke ("Pemkot juga mengusulkan …"): a person
        return self.last

    def named_between(self, start: int, end: int, speaker: str | None) -> bool:
        """Whether an official other than `speaker` is named between two offsets."""
        lo, hi = bisect.bisect_left(self._mention_starts, start), bisect.bisect_left(self._mention_starts, end)
        return any(name != speaker for _, _, name in self._mentions[lo:hi])

    def anonymous_last(self, at: int) -> bool:
        """Whether someone unnamed spoke last before `at`, and no official has been named since."""
        return self.last is None and 0 <= self.last_at <= at and not self.named_between(self.last_at, at, None)

    def said_anonymously(self, at: int) -> None:
        """Record that someone unnamed spoke last: `katanya` after them has no speaker."""
        self.last, self.last_at = None, at

    def said(self, speaker: str | None, at: int) -> None:
        """Record who spoke last, and where."""
        if speaker:
            self.last, self.last_at = speaker, at
            if speaker not in self.speakers:
                self.speakers.append(speaker)

    @functools.cached_property
    def _mentions(self) -> list[tuple[int, int, str]]:
        """Every official mention and every person introduced with an age or a description, as (start, end, name), in
        text order."""
        return sorted({(s, e, o.name) for o in self.officials for s, e in o.mentions} | set(self._with_age) |
                      set(self._described))

    @functools.cached_property
    def _mention_starts(self) -> list[int]:
        return [s for s, _, _ in self._mentions]

    @functools.cached_property
    def _recent_mentions(self) -> list[tuple[int, int, str]]:
        """The mentions `recent` looks back over: every mention, people named again by their last name, and officials
        named again by their bare title as a sentence's subject."""
        return sorted(self._mentions + self._named_again + self._titled_again)

    @functools.cached_property
    def _titled_again(self) -> list[tuple[int, int, str]]:
        """An official's bare title acting (`Didampingi Kadis X dan Kadis Y, Wabup mencicipi menu …`), for a `kata dia`
        after it: (start, end, name)."""
        found = []
        for m in TITLE_ACTS.finditer(self.text):
            if not POSITION.fullmatch(m.group("pos")):
                continue  # (capitalised words before a verb that are no title)
            name = self.by_title(m.group("pos"), m.start())
            if name:
                found.append((m.start(), m.end("pos"), name))
        return found

    @functools.cached_property
    def _recent_starts(self) -> list[int]:
        return [s for s, _, _ in self._recent_mentions]


# A bare title then a verb, its holder acting: `, Wabup mencicipi menu`, `Bupati juga meninjau`.
TITLE_ACTS = re.compile(r"(?:(?<=[,.;]\s)|(?<=\n)|^)(?P<pos>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})(?=[ \t]+(?:(?:juga|pun|"
                        r"langsung|kemudian|lalu)[ \t]+)?(?:me|ber)[a-z]{3,}\b)", re.MULTILINE)  # (then POSITION checks it)


# A regional head or a head of an office named by title and place alone: someone who speaks though never named.
UNNAMED_HOLDER = re.compile(r"(?:Wakil\s+)?(?:Bupati|Wali\s*[Kk]ota|Gubernur|Camat|Kapolres|Kapolda|Dandim|Kajari|Kepala\s+Desa|"
                            r"Kades|Lurah|Kepala\s+Kampung|Wali\s+Nagari|Keuchik|Geuchik|Perbekel|Kepala\s+Dusun|Kadus|"
                            r"Kepala\s+(?:Dinas|Kantor|Badan|Balai|Pelaksana))"  # "Kepala Kantor Pertanahan Garut yang hadir"
                            r"(?:\s+[A-Z][\w-]*){1,4}")


# A faction or commission pointed back to: `fraksinya`, `Fraksi ini`, `komisi tersebut`.
BODY_BACK = re.compile(r"(?P<head>[Ff]raksi|[Kk]omisi|[Ff]orum|[Aa]liansi|[Pp]aguyuban|[Kk]oalisi|[Aa]sosiasi|[Hh]impunan|"
                       r"[Ss]erikat|[Pp]erkumpulan)(?:nya|\s+(?:ini|itu|tersebut))")  # "Forum tersebut juga menilai"


# A titled name owned by the noun before it ("daftar prioritas Bupati Jayapura Habel Sokoy"): someone who does not act.
_OWNED = re.compile(r"(?<![\w-])(?:" + "|".join(OWNED_NOUNS) + r")[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,6}$")


def _possessed(text: str, start: int) -> bool:
    return bool(_OWNED.search(text, max(0, start - 120), start))


# Who accompanies a speaker as they speak ("kata Rendra didampingi Kasat Polairud AKP Dwi Suyitno"): not whom a later
# "Ia" means.
_ACCOMPANYING = re.compile(r"(?<![\w-])(?:didampingi|didampingi\s+oleh)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,6}$")


def _accompanying(text: str, start: int) -> bool:
    return bool(_ACCOMPANYING.search(text, max(0, start - 100), start))


# People who speak as an unnamed group or one unnamed person: `sejumlah jukir mengaku ...`, `para pedagang menilai ...`,
# `Warga mengaku ...`, `Di Huntap Tondo II, warga mengaku ...`, `Seorang calon penumpang yang ditemui di dermaga
# mengaku ...`, `sejumlah anggota Fraksi Gerindra menyoroti ...` (speaker null).
UNNAMED_GROUP = re.compile(r"(?:(?:^|,\s*)(?:" + "|".join(GROUP_QUANTIFIERS) + r")\s+[a-z]+"
                           r"(?:\s+[a-z]+)?(?:\s+(?:Fraksi|Komisi|DPRD)(?:\s+[A-Z][\w-]*){0,3}|"
                           r"\s+(?:asal\s+|dari\s+)?(?:" + "|".join(LOCAL_LEVELS) + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|"
                           r"\s+di\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"  # "Sejumlah sopir truk di Pinrang"
                           r"(?:\s+yang\s+[^,]{0,60})?"  # "sejumlah warga yang ikut mengantar kepala kampung"
                           r"|(?:^|,\s*|\b(?:meski|namun|tetapi|tapi)\s+)(?:sebagian(?:\s+besar)?|sejumlah|beberapa)"
                           r"(?:\s+(?:di\s+antaranya|lainnya))?$"  # "…, meski sebagian mengaku khawatir …"
                           r"|^(?:seorang|salah\s+(?:seorang|satu))\s+[a-z]+(?:\s+[a-z]+){0,2}"
                           r"(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|(?:19|20)\d\d)){0,6}"  # "Seorang pejabat Perum Bulog Kanwil NTB yang hadir"
                           r"(?:\s+di\s+[a-z]+(?:\s+[a-z]+)?)?"  # "Seorang petugas Pos Pengamanan Operasi Lilin 2025 di pelabuhan"
                           r"(?:\s+(?:asal|dari)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?"  # "Seorang wali murid asal Desa Jago"
                           r"(?:\s+yang\s+[^,]{0,60})?|^(?:(?:di|dalam|pada|dari|sementara\s+itu|selain\s+itu|namun)\s[^,]{0,60},\s*"
                           r"(?:(?:" + "|".join(REGION_PREFIXES) + r")\s[^,]{0,40},\s*)?)?"  # "Di Desa X, Kecamatan Y, warga …"
                           r"(?:perwakilan\s+)?(?:warga|masyarakat|pedagang|nelayan|petani|pengunjung|orang\s+tua|"
                           r"buruh|sopir|pengemudi|petambak|peternak|pekebun|pembudidaya|perajin|pengrajin|penumpang|pemudik|"
                           r"pelanggan|konsumen|pembeli|wali\s+murid)"
                           r"(?:\s+(?:setempat|sekitar|lain(?:nya)?|penerima(?:\s+[\w-]+){1,2}))?)$",  # "warga penerima BLT",
                           # "Pedagang lain juga mempertanyakan …"
                           re.IGNORECASE)
ANONYMOUS_AFTER = re.compile(r"[^.“”\"\n]{0,80}?" + ANONYMOUS)
# Titles written in lower case after a cue (`kata camat`, `ujar bupati`), and the head of a region by rank (`orang nomor
# satu di Sintang itu`).
LOWER_TITLE = re.compile(r"[ \t]*(?P<who>(?:wakil[ \t]+)?(?:" + "|".join(
    sorted((h.casefold().replace(" ", r"[ \t]+") for h in REGIONAL_HEADS if " " not in h or h.startswith("Wali")),
           key=len, reverse=True)) + r"))\b(?![ \t]+[A-Z])")
RANKED_HEAD = re.compile(r"[ \t]*(?P<who>[Oo]rang[ \t]+nomor[ \t]+(?P<rank>satu|wahid|dua)(?:[ \t]+(?:di|se)[ \t]*(?P<place>"
                         r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}|\w+))?(?:[ \t]+(?:itu|ini|tersebut))?)")


# A speaker described in lower case, then named after a comma: `kata koordinator warga, Udin Samsudin`.
ROLE_THEN_NAME = re.compile(r"[ \t]+(?P<role>[a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]*,[ \t]*"
                            r"(?P<who>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")
# A person described after a tag by the name they are called: `tegas politikus yang akrab disapa Bu Laila itu`.
DESCRIBED = re.compile(r"[ \t]+(?P<who>(?:" + "|".join(sorted(PERSON_DESCRIPTIONS)) + r")\b[^.,;“”\"\n]{0,40}?"
                       + NICKNAME_CUE + r"[^.,;“”\"\n]{1,30}?[ \t](?:itu|tersebut|ini))\b")
NOT_A_SPEAKER_NAME = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Pukul", "Kemarin"}


# Capitalised words after a cue, with a doctor's lower-case title first ("kata dr Budi Nurcahyo MKes, kepala …").
SPEAKER_AFTER = re.compile(r"[ \t]*(?P<who>(?:(?:dr|drg|drh)\.?[ \t]+(?=[A-Z]))?(?:[A-Z(][\w.'’()-]*|I|dan)"
                           r"(?:[ \t]+(?:[A-Z(][\w.'’()-]*|I))*)")


APPOSITIVE_AFTER = re.compile(r"[ \t]*,[ \t]*[^,;\n“”\"]{2,60}?(?=,)")  # ", Capt. Daniel Yoseph Rumbiak" (to its comma)


def _speaker_phrase_after(text: str, pos: int) -> tuple[str, int]:
    """The words naming the speaker after a cue: `Gubernur Koster` in `kata Gubernur Koster pada acara`; a lower-case
    title comes back capitalised (`kata camat` -> `Camat`)."""
    m = SPEAKER_AFTER.match(text, pos)
    if m and m.group("who") and not RANKED_HEAD.match(text, pos):
        ended = re.search(r"(?<=" + _SENTENCE_END_WORD + r")[ \t]", m.group("who"))  # "tutur Sarmadi. Jaji (61)"
        if ended:  # the sentence ends after the speaker
            return m.group("who")[:ended.start()], m.start("who") + ended.start()
        return m.group("who"), m.end()
    role = ROLE_THEN_NAME.match(text, pos)
    if role and role.group("role").split()[0] not in PRONOUNS and role.group("who").split()[0] not in NOT_A_SPEAKER_NAME:
        return role.group("who"), role.end()  # "kata koordinator warga, Udin Samsudin"
    described = DESCRIBED.match(text, pos)
    if described:
        return described.group("who"), described.end()
    if m := RANKED_HEAD.match(text, pos) or LOWER_TITLE.match(text, pos):
        who = m.group("who")
        return (who if m.re is RANKED_HEAD else " ".join(w.capitalize() for w in who.split())), m.end()
    return "", pos


def _direct_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the characters between quotation marks, pairing marks paragraph by paragraph."""
    spans = []
    inside = None
    for m in QUOTE_CHARS.finditer(text):
        ch = m.group()
        if inside is None:
            if ch == CLOSE and m.start() > 0 and text[m.start() - 1].isalnum():
                continue  # a stray closer glued to a word
            inside = m.end()
            continue
        if ch == OPEN and "\n" not in text[inside:m.start()]:
            if re.search(r"[,.!?…]\s*$", text[inside:m.start()]) and re.match(r"\s*[a-z]", text[m.end():m.end() + 3]):
                spans.append((inside, m.start()))  # `... tender, “imbuhnya`: an opening mark used to close
                inside = None
                continue
            inside = m.end()  # an unclosed opener: restart
            continue
        at_para_start = re.search(r"\n[ \t]*$", text[max(0, m.start() - 4):m.start()]) is not None
        if ch == OPEN or (at_para_start and "\n" in text[inside:m.start()]):
            # a new paragraph opens again (a quote running over paragraphs leaves the first one unclosed, and a
            # straight mark at a paragraph's start opens): close the previous at its paragraph end
            para_end = text.index("\n", inside)
            spans.append((inside, para_end))
            inside = m.end()
            continue
        spans.append((inside, m.start()))
        inside = None
    if inside is not None:
        end = text.find("\n", inside)
        spans.append((inside, end if end != -1 else len(text)))
    # single marks as the outer quotation marks (‘…,’ kata X), where no double marks enclose them
    spans += [m.span("body") for m in SINGLE_QUOTED.finditer(text)
              if not any(a <= m.start() < b for a, b in spans)]
    return sorted((s, e) for s, e in spans if text[s:e].strip())  # short ones need a speech cue (_direct_quote)


# ‘…’ opened after a space or a line start and closed by a ’ that no letter follows (’ between letters is an
# apostrophe: Jum’at, Ma’ruf).
SINGLE_QUOTED = re.compile(r"(?:(?<=[\s(])|^)‘(?P<body>[^‘\n]*?)’(?!\w)", re.MULTILINE)


# Quotation marks around a name, not speech: a theme, title or slogan (`tema ... adalah “Bukittinggi Hebat”`,
# `bertajuk “Gerakan Pangan Murah”`).
_NAMING = r"(?:tema|bertema|bertajuk|tajuk|judul|berjudul|slogan|tagline|moto|motto|semboyan|jargon|bernama|tagar|julukan)"
NAME_IN_QUOTES = re.compile(r"\b" + _NAMING + r"(?:\s*[:]?|(?:\s+[\w-]+){0,8}\s+(?:adalah|yakni|yaitu|ialah)|"
                            r"(?:\s+[\w-]+){0,8}\s*:)\s*$", re.IGNORECASE)


def extract_quotes(text: str, officials: list[Official], start: int = 0, end: int | None = None) -> list[Quote]:
    """Every direct and indirect quote in `text[start:end]`, in text order, with resolved speakers."""
    end = len(text) if end is None else end
    resolver = _Resolver(text, officials, start)
    # neither a name in quotation marks nor a term inside a sentence (`program "Sekolah Siaga Bencana" merupakan`) is
    # speech, and a reported clause runs over them
    direct = [(s, e) for s, e in _direct_spans(text) if start <= s < end and
              not NAME_IN_QUOTES.search(text, max(0, s - 120), s - 1) and not _quoted_term(text, s, e)]
    sentences = [(max(s, start), min(e, end)) for s, e in split_sentences(text) if e > start and s < end]
    events: list[tuple[int, str, tuple]] = [(s, "direct", (s, e)) for s, e in direct]
    events += [(s, "sentence", (s, e)) for s, e in sentences]
    events.sort(key=lambda x: (x[0], x[1] != "sentence"))
    quotes: list[Quote] = []
    previous_direct: Quote | None = None
    for _, kind, (s, e) in events:
        if kind == "direct":
            q = _direct_quote(text, s, e, resolver, previous_direct)
            if q:
                quotes.append(q)
                resolver.said(q.speaker, q.span[1])
                previous_direct = q
        else:
            found = _indirect_quotes(text, s, e, direct, resolver, quotes)
            for q in found:
                quotes.append(q)
                resolver.said(q.speaker, q.span[1])
            agent = None if found else PASSIVE_AGENT.search(text, s, e)
            if agent and SPEECH_FORMS.get(agent.group("cue").lower()):
                # "Jawaban itu kembali disanggah Nurhasanah.": she speaks next, though nothing is quoted here
                resolver.said(resolver.resolve(agent.group("who"), s, agent.span("who")), agent.end())
    quotes.sort(key=lambda q: q.span)
    return quotes


# The agent of a passive speech verb: `disanggah Nurhasanah`, `ditimpali oleh Ketua DPRD`.
PASSIVE_AGENT = re.compile(r"(?<![\w-])(?P<cue>di[a-z]+)\s+(?:oleh\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")


def _quoted_term(text: str, s: int, e: int) -> bool:
    """A few words in quotation marks inside a sentence (`sebagai “bom waktu” bagi kota`), or a name (`KMP “Tanjung
    Sole”,`, `KUB "Bina Bahari",`): a term, not speech."""
    content = text[s:e].strip()
    words = content.split()
    if re.search(r"\b(?:bertuliskan|bertajuk|bertema|berjudul|bertagline|berslogan|slogan|tagline|tema)\s*[“\"]?$",
                 text[max(0, s - 20):s]):
        return True  # what a banner says, a title or a theme ("spanduk bertuliskan “Jalan Rakyat Bukan Jalan Tambang”")
    if not words or len(words) >= 4 or re.search(r"[,.!?…]$", content) or TAG_AFTER.match(text, e + 1):
        return False
    return re.match(r"[”\"’]?\s*[a-z]", text[e:e + 3]) is not None or all(w[:1].isupper() or w.isdigit() for w in words)


def _direct_quote(text, s, e, resolver, previous):
    content = text[s:e]
    content_stripped = content.rstrip()
    e = s + len(content_stripped)
    close_end = e + 1 if e < len(text) and text[e] in "”\"’" else e
    cue, speaker = None, None
    tag = TAG_AFTER.match(text, close_end)
    if tag and SPEECH_FORMS.get(tag.group("cue").lower()):
        cue = tag.group("cue")
        who, who_end = _speaker_phrase_after(text, tag.end())
        if ANONYMOUS_AFTER.match(text, tag.end()):  # `kata seorang warga yang enggan disebut namanya`
            resolver.said_anonymously(close_end)
        elif cue.lower().endswith("nya") or not who:
            after_word = re.match(r"\s+(ia|dia|beliau)\b", text[tag.end():], re.IGNORECASE)
            speaker = resolver.resolve(None, s) if not who or after_word else \
                resolver.resolve(who, s, (tag.end(), who_end)) or resolver.resolve(None, s)
            # (what follows "ujarnya" names no one: "ujarnya saat ditemui di kantornya, Rabu.")
        else:
            speaker = resolver.resolve(who, s, (tag.end(), who_end))
    else:
        line_start = max(text.rfind("\n", 0, s - 1) + 1, 0)
        before = text[line_start:s - 1]
        sentence_start = max(before.rfind(". "), before.rfind("” "), -1) + 1
        intro_text = before[sentence_start:]
        intro = INTRO_BEFORE.search(intro_text)
        if intro:
            cue = intro.group("cue")
            subject = intro_text[:intro.start()].strip(" ,")
            if cue.lower().startswith("di") and not subject:  # "Ditambahkan Kapolres, “"
                subject = intro.group("obj") or ""
            subject = re.sub(ADVERBS + r"\s*$", "", subject)
            last = subject.rsplit(",", 1)[-1].strip()
            # "Gubernur Sulsel, Andi Sudirman Sulaiman mengatakan", "Sambil menunjukkan rumahnya, ia menuturkan"
            if "," in subject and (_names_someone(last) or last.casefold() in PRONOUNS):
                subject = last
            speaker = resolver.resolve(_subject_words(subject), s, (line_start + sentence_start, s)) if subject else resolver.recent(s)
        elif previous and text[previous.span[1]:s].count("\n") <= 1 and not content_stripped.endswith(("”",)) and \
                not resolver.named_between(previous.span[1], s, previous.speaker):
            cue, speaker = previous.cue, previous.speaker  # (not after "Dinamisator Jatam Kaltim, Rina Kartika, …")
        else:
            speaker = resolver.recent(s)
            if len(content.split()) < 6 and not re.search(r"[.,!?]$", content_stripped):
                return None  # a short term in quotation marks, not speech
    if cue is None and len(content.split()) < 4:
        return None
    if len(content.split()) < 3 and not (tag and cue and re.search(r"[,.!?]$", content_stripped)):
        return None  # a short phrase is speech only when closed like speech: `“Kami siap,” tegas X`
    return Quote("direct", content_stripped, speaker, cue, (s, e))


def _names_someone(phrase: str) -> bool:
    """True when a phrase holds a title or a capitalised name: `Kasat Reskrim X`, `Katma`."""
    return bool(POSITION.search(phrase)) or any(is_name_word(w) for w in phrase.split())


# How the reporter reached the speaker, opening the sentence before the subject: `Ditemui usai paripurna, politisi
# Partai Demokrat itu berharap`, `Saat dikonfirmasi, Kapolres menjelaskan`.
MET_WHEN = (r"(?:(?:Saat|Ketika|Waktu|Sewaktu|Usai|Seusai)\s+)?(?i:di)(?:temui|konfirmasi|hubungi|wawancarai|jumpai|"
            r"mintai\s+(?:keterangan|tanggapan|konfirmasi))\b")


# Someone the police name by initials, perhaps after what they are: `RS`, `tersangka AT`.
INITIALS = re.compile(r"(?:(?i:tersangka|pelaku|korban|saksi|terdakwa)\s+)?(?P<initials>[A-Z]{2,4})")


# Words that end a subject which performs no speech act of its own: a relative or purpose clause, a modal, a negation,
# what is asked or planned of it (`yang menyampaikan`, `tak menjelaskan`, `Puskesmas juga diminta melaporkan`,
# `bupati dijadwalkan menyampaikan`).
NO_SPEECH_ACT_AFTER = re.compile(r"\b(?:yang|untuk|agar|dan|akan|dapat|bisa|harus|supaya|telah|sudah|tidak|tak|belum|"
                                 r"enggan|gagal|sempat|ingin|mau|hendak|berencana|berniat|bermaksud|diminta|diharapkan|"
                                 r"diwajibkan|diimbau|dilarang|dijadwalkan|wajib|berkewajiban|perlu|mesti)$")
# A speech or a document given (`menyampaikan sambutan`, `nota pengantar Ranperda`, `pendapat akhir`): what it said
# is not reported here.
SPEECH_GIVEN = re.compile(r"(?:sambutan|pidato|materi|paparan|kata sambutan|pendapat akhir|pandangan (?:umum|akhir)|"
                          r"pemandangan umum|nota (?:keuangan|penjelasan|pengantar))\b", re.IGNORECASE)
# Symptoms right after "mengeluhkan" (`sebagian besar mengeluhkan diare, gatal-gatal …`): an illness, not words said.
SYMPTOM_NAMED = re.compile(r"\s+(?:(?:sakit|rasa)\s+)?(?:" + "|".join(SYMPTOMS) + r")\b", re.IGNORECASE)
# A regulation as the subject: `Perda Provinsi Maluku Nomor 14 Tahun 2005 mengakui …`.
REGULATION_SUBJECT = re.compile(BARE_FORM)
# A passive clause, then the reason for it, whose subject the verb belongs to: `Langkah itu diambil setelah warga
# mengeluhkan harga …` (why something was done, not what anyone said in the story).
CAUSE_CLAUSE = re.compile(r"\bdi[a-z]{3,}\s+(?:[a-z]+\s+){0,3}(?:setelah|sesudah|menyusul|karena|lantaran|sebab)\s+[^,]+$")
# A count of people as the subject: `Tercatat 37 warga mengeluhkan gatal-gatal`.
TALLY = re.compile(r"(?i:tercatat|terdata|sebanyak)\s+\d")


def _subject_words(subject: str) -> str:
    """The subject phrase right before a verb: drop leading connectives (`Sementara itu,`, `Sebelumnya,`)."""
    subject = re.sub(r"^(?:Adapun\s+)", "", subject.strip())  # "Adapun Pemda DIY dalam keterangan tertulis menyatakan"
    subject = re.sub(r"^(?:Sementara\s+itu|Sebelumnya|Terpisah|Selain\s+itu|Dalam\s+\w+\s*\w*|Di\s+sisi\s+lain|"
                     r"Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Terakhir|"  # a list's items: "Kedua, meminta …"
                     r"Namun|Kemudian|Selanjutnya|Lebih\s+lanjut|Menindaklanjuti[^,]*|(?:Dari|Berdasarkan)\s+hasil\s[^,]{1,40}|"
                     r"(?:Meski|Meskipun|Walau|Walaupun|Kendati|Namun)\s+(?:demikian|begitu))"  # "Meski demikian, …"
                     r"\s*,\s*", "", subject.strip())  # "Dari hasil interogasi, RS mengaku"
    subject = re.sub(r"^" + MET_WHEN + r"[^,]*,\s*", "", subject)  # "Ditemui usai paripurna, politisi … itu berharap"
    subject = re.sub(r"^(?:Dalam|Pada|Di)\s[^,]{1,40}?\s(?=(?:ia|dia|beliau|mereka|pihaknya)$)", "", subject)  # "Dalam
    # rapat itu ia menyebut …": the pronoun after the occasion
    subject = re.sub(r"^(?:Dalam|Pada)\s+(?:sambutan|arahan|pidato|paparan|amanat)(?:nya)?\s+(?=(?:ia|dia|beliau)$)", "",
                     subject)  # "Dalam sambutannya ia menekankan …", without a comma
    subject = re.sub(r"^(?:Hingga|Sampai|Sejak|Per)\s[^,]{1,40},\s*", "", subject)  # "Hingga Rabu, warga mengeluhkan"
    subject = re.sub(r"^(?:Lebih\s+lanjut|Selanjutnya|Kemudian|Sementara\s+itu|Selain\s+itu|Sebelumnya|Namun|"
                     r"(?:Oleh\s+)?[Kk]arena\s+itu|Untuk\s+itu|Sementara(?=\s+[A-Z]))\s*,?\s+", "",
                     subject)  # "Karena itu(,) pihaknya mendorong …", "Sementara Fraksi Gerindra menyoroti …"
    return subject.strip()


# When, where or how a named speaker spoke, after the name (`Bupati X dalam sambutannya`, `X saat ditemui`).
ASIDE_TAIL = re.compile(r"\s+(?:dalam|saat|ketika|usai|seusai)\s.*$")
# What may stand between the speaker and the verb: `X, yang hadir dalam sosialisasi itu, menegaskan`, `X, S.T., M.T.,
# dalam laporannya menjelaskan`, `X, saat dikonfirmasi, membenarkan`.
ASIDE = re.compile(r"(?:yang|dalam|saat|ketika|usai|seusai|selepas|sesaat|selaku|sebagai|kepada|di|pada|ditemui|"
                   r"dikonfirmasi|dihubungi|didampingi|bersama|beserta)\b")


# "hal itu" as the whole object, followed by when, where or to whom it was said (not "hal tersebut berdasarkan ...").
BACKREF_OBJECT = re.compile(r"\s*hal\s+(?:itu|ini|tersebut)\s*(?:[.,;]|$|(?:saat|ketika|di|dalam|pada|usai|seusai|"
                            r"kepada|kemarin|melalui|via|sesaat|selepas)\b)")


# A subject, a first verb that is not speech and its object, then "dan" and the speech verb: the subject speaks.
SHARED_SUBJECT = re.compile(r"(?P<subject>[^;]*?[^\s,;]),?\s+(?:me|ber)[a-z]+\b[^;,“”\"]*?,?\s+(?:dan|serta|sekaligus)(?:\s+juga)?\s*$")


def _addressed(phrase: str) -> bool:
    """A form of address before a name or title (`Pak Camat`, `Ibu Siti`), not a description (`ibu rumah tangga`)."""
    words = phrase.split()
    return is_honorific(words[0]) and (len(words) == 1 or words[1][:1].isupper())


def _named_before_description(prefix: str, cuts: list[int]) -> tuple[int, int] | None:
    """Where the name is in "Name, [age,] description," before a verb: the segment before the last, or the one before
    an age ("47 tahun") between them; None when it holds no name word."""
    k = len(cuts) - 1
    if k >= 2 and re.fullmatch(r"\s*\d{1,3}(?:\s*tahun)?\s*", prefix[cuts[k - 1] + 1:cuts[k]]):
        k -= 1
    begin = cuts[k - 1] + 1 if k >= 1 else 0
    if k == 0:  # "Salah satunya Rina Marlina, warga Kelurahan X, yang mengaku": the name closing the first piece
        opener = re.match(r"\s*(?:Salah\s+(?:satunya|seorang(?:nya)?|satu\s+\w+)|Seorang\s+\w+|Di\s+antaranya)\s+",
                          prefix[:cuts[0]])
        begin = opener.end() if opener else 0
    segment = prefix[begin:cuts[k]]
    return (begin, cuts[k]) if any(is_name_word(w) for w in segment.split()) else None


def _not_the_subject(segment: str) -> bool:
    """A comma-separated piece before a speech verb that cannot be its subject: empty, degrees, an aside (after degrees
    too: `S.H. selaku Ketua Satgas Pangan`), or the district, island or province of an address (`Suhairi, petani asal
    Desa X, Kecamatan Y, mengaku`, `Petani di Kecamatan Torue, Kabupaten Parigi Moutong, Sulawesi Tengah, mengeluhkan`,
    `warga Desa Arjasa, Pulau Kangean, mengaku`)."""
    words = segment.replace(",", " ").split()
    past = list(itertools.dropwhile(is_degree, words))  # ("S.H. selaku Ketua Satgas Pangan": degrees, then an aside)
    return not past or bool(ASIDE.match(past[0])) or \
        words[0] in REGION_PREFIXES + ("Kab.", "Kec.", "Kel.", "Pulau", "Kepulauan") or \
        bool(gazetteer().province(" ".join(words)))


# An address opening a comma-separated piece: `warga Kelurahan Melayu`, `asal Desa X`, `Desa X`.
_ADDRESS = re.compile(r"\s*(?:warga|asal|penduduk|(?:yang\s+)?tinggal\s+di|" + "|".join(LOCAL_LEVELS) + r")\b"
                      r"|\s*(?:[a-z][\w-]*\s+){1,4}(?:di|asal)\s+(?=[A-Z])")  # ("pedagang sayur di Pasar Tangga Arung, Tenggarong")


DEGREE_THEN_YANG = re.compile(r"\s(?P<degree>[A-Z][\w.]*\.[\w.]*)\s+yang\s")  # "Rahmat Sahrani, M.AP yang hadir"


def _address_goes_on(prefix: str, cuts: list[int], end: int) -> bool:
    """Whether the last piece before a speech verb is the town of an address begun in the piece before it, written
    without its level word (`Rahmadi (44), warga Kelurahan Melayu, Tenggarong, mengatakan`): not the subject."""
    piece = prefix[cuts[-1] + 1:end].strip()
    before = prefix[cuts[-2] + 1:cuts[-1]] if len(cuts) >= 2 else ""
    return bool(piece) and bool(_ADDRESS.match(before)) and bool(
        gazetteer().regency(piece) or gazetteer().is_local_place(piece))


def _unit_name_goes_on(prefix: str, cuts: list[int], end: int) -> bool:
    """Whether the last piece before a speech verb carries on a merged unit's name from a title in the piece before it
    (`X, Kepala Dinas Perdagangan, Koperasi dan UKM (Disdagkop UKM) Kota Dumai, menjelaskan`): not the subject."""
    for k in range(len(cuts) - 1, -1, -1):  # back to the piece with the title; the unit's fields run on from there
        if POSITION.search(prefix, cuts[k - 1] + 1 if k else 0, cuts[k]):
            listed = UNIT_NAME_LISTS[0].match(prefix, cuts[k]) or UNIT_NAME_LISTS[1].match(prefix, cuts[k])
            return bool(listed) and listed.end() > cuts[-1]
    return False


def _indirect_quotes(text, s, e, direct, resolver, quotes):
    sentence = text[s:e]
    out = []
    # "Menurut X, ...", "Menurutnya, ..."
    m = MENURUT.match(sentence) or (MENURUT.search(sentence) if sentence.lstrip().startswith(("Namun", "Tapi")) else None)
    if m:
        clause_start = s + m.end()
        who = m.group("who").strip()
        more = re.match(r"((?:[A-Z][\w.'’-]*\s*)+),\s*", sentence[m.end():])
        if who and POSITION.search(who) and more and len(more.group(1).split()) <= 6:
            # "Menurut Kepala Dinas PUPR, Ir. Haris Tome, jembatan itu ...": the name follows the title
            who, clause_start = who + ", " + more.group(1).strip(), clause_start + more.end()
        described = DESCRIBED_AFTER.match(text, clause_start, e) if who and is_name_word(who.split()[0]) else None
        if described:  # "Menurut Suparmi, warga Kelurahan Ploso, Kecamatan Tambaksari, proses …": who she is, then the clause
            clause_start = described.end()
        # the official read inside "Menurut Kepala Dinperindag Banyumas, Ir Sulistyo Hadi," first
        speaker = resolver.resolve(who or None, s, (s + m.start("who"), clause_start) if who else None)
        q = _clause(text, clause_start, e, "indirect", speaker, m.group("cue"), direct)
        return [q] if q else []
    m = KATA_LEAD.match(sentence)
    if m and "“" not in sentence[:m.end()]:
        who = m.group("who") or m.group("who2")
        speaker = resolver.resolve(who if who and who.casefold() not in PRONOUNS else None, s)
        q = _clause(text, s + m.end(), e, "indirect", speaker, m.group("cue") or m.group("cue2"), direct)
        return [q] if q else []
    # "X, kata Y, CLAUSE" mid-sentence: "Petugas, kata dia, akan menindak ...", "Hal itu, menurut dia, memicu ..."
    m = MID_TAG.search(sentence)
    if m and not any(a <= s + m.start() <= b for a, b in direct):
        who = m.group("who")
        speaker = resolver.resolve(who if who and who.casefold() not in PRONOUNS else None, s)
        q = _clause(text, s + m.end(), e, "indirect", speaker, m.group("cue"), direct)
        if q:
            return [q]
    m = END_TAG.search(sentence)
    if m and not re.search(r"[“”\"]", sentence) and (m.group("cue").endswith("nya") == (m.group("who") is None)):
        who = m.group("who")
        speaker = resolver.resolve(who if who and who.casefold() not in PRONOUNS else None, s)
        q = _clause(text, s, s + m.start(), "indirect", speaker, m.group("cue"), direct)
        if q:
            return [q]
    # "Dikatakannya, CLAUSE" / "Ditambahkan, CLAUSE": a passive speech verb opening the sentence, said by the
    # person speaking before
    m = PASSIVE_LEAD.match(sentence)
    if m and SPEECH_FORMS.get(m.group("cue").lower()):
        speaker = resolver.resolve(m.group("who"), s, (s + m.start("who"), s + m.end("who"))) if m.group("who") \
            else resolver.recent(s)
        q = _clause(text, s + m.end(), e, "indirect", speaker, m.group("cue"), direct)
        return [q] if q else []
    # "Dalam laporan Badan Anggaran (Banggar) yang dibacakan juru bicaranya, Y, disebutkan bahwa CLAUSE": the body
    # whose report, letter or speech it is says it
    m = REPORTED_IN.match(sentence)
    if m and SPEECH_FORMS.get(m.group("cue").lower()):
        who = re.sub(r"\s+\([A-Z][\w-]*\)$", "", m.group("who") or "").strip()
        speaker = resolver.resolve(who, s, (s + m.start("who"), s + m.start("who") + len(who))) if who else \
            resolver.recent(s)
        q = _clause(text, s + m.end(), e, "indirect", speaker, m.group("cue"), direct)
        return [q] if q else []
    # "Hal ini dikatakan X ..." refers back to the sentence before
    m = PASSIVE_BACKREF.match(sentence)
    if m and SPEECH_FORMS.get(m.group("cue").lower()):
        # the phrase after the verb, else the official named in the rest of the sentence ("Hal itu disampaikan
        # anggota Komisi C DPRD Surabaya Hj. Lilik Nur Aini": a title in lower case)
        phrase = _speaker_phrase_after(sentence, m.start("who"))[0]
        # the official named in the phrase or right after it, set off by commas ("Hal itu disampaikan Kepala KSOP
        # Kelas I Sorong, Capt. Daniel Yoseph Rumbiak, M.Mar, usai …"), before any title match
        named = APPOSITIVE_AFTER.match(sentence, m.start("who") + len(phrase)) if phrase else None
        span = (s + m.start("who"), s + (named.end() if named else m.start("who") + len(phrase)))
        speaker = resolver.resolve(phrase, s, span) if phrase else \
            resolver.in_span(s + m.start("who"), e) or resolver.resolve(phrase, s)
        previous = _previous_sentence(text, s, resolver.start)
        inside = [i for i, q in enumerate(quotes) if previous and q.span[0] >= previous[0] and q.span[1] <= previous[1]]
        if previous and not any(a <= previous[0] < b for a, b in direct) and not inside:
            q = _clause(text, previous[0], previous[1], "indirect", speaker, m.group("cue"), direct, strip_dateline=True)
            return [q] if q else []
        people = {o.name for o in resolver.officials}
        for i in inside:  # "Dinas X memastikan …. Hal itu disampaikan Kepala Dinas X, Y": the body spoke through Y
            if quotes[i].speaker and quotes[i].speaker not in people and speaker in people:
                quotes[i] = dataclasses.replace(quotes[i], speaker=speaker)
        return []
    # SUBJECT [adverbs] VERB [bahwa|,] CLAUSE
    for vm in re.finditer(r"(?<![\w-])(?P<cue>[a-z]\w+(?:-\w+)?)(?![\w-])", sentence):  # ("mewanti-wanti" too)
        word = vm.group("cue")
        base = SPEECH_FORMS.get(word.lower())
        rest = sentence[vm.end():]
        if not base and word in BEFORE_COMMA and rest.startswith(","):
            base = BEFORE_COMMA[word]  # "Ia melanjutkan, ..."
        elif not base or base in TAG_ONLY:
            continue
        if word.endswith("nya") and re.match(r"\s+(?:kepada|ke)\s", rest):
            continue  # "bertugas mendata warga dan melaporkannya ke kecamatan": what is reported is "-nya", no clause
        if base == "keluh" and SYMPTOM_NAMED.match(rest):
            continue  # "63 pengungsi, sebagian besar mengeluhkan diare, gatal-gatal …": symptoms, not words said
        if not (word.startswith(("me", "ber")) or base in INDIRECT_ONLY and word.startswith("me") or
                word.lower() == "bilang"):  # colloquial "Ia bilang, …" has no prefix
            continue
        if any(a <= s + vm.start() < b for a, b in direct):
            continue
        if re.match(r"\s*[,:]?\s*[“\"]", rest) or re.match(r"[^“\".!?:]{0,120}:\s*[“\"]", rest):
            continue  # introduces a direct quote (after its object too: "mengingatkan para pemilik kapal soal …: “…”")
        subject_end = vm.start()
        shared = SHARED_SUBJECT.match(sentence[:vm.start()])
        if shared and not _not_the_subject(shared.group("subject")):
            subject_end = shared.end("subject")  # "Bupati X meninjau lokasi banjir dan meminta warga ...": X asks
        negated = re.search(r"\s+(?:tidak|tak)\s*$", sentence[:subject_end])
        if negated and base in NEGATED_ADMISSIONS:  # "X tak menampik ...": X admits it
            subject_end = negated.start()
        who_then = re.search(r"(?:^|,)(?P<who>[^,]*),\s*yang\s*$", sentence[:subject_end])
        if who_then and resolver.in_span(s + who_then.start("who"), s + who_then.end("who")):
            subject_end = who_then.end("who")  # "interupsi dari anggota Fraksi Demokrat, Hendrikus Saiba, yang
            # mempertanyakan …": an official named before the relative clause speaks
        subject = _subject_words(sentence[:subject_end])
        subject = re.sub(ADVERBS + r"\s*$", "", subject).strip(" ,")
        if not subject or TALLY.match(subject) or REGULATION_SUBJECT.match(subject) or CAUSE_CLAUSE.search(subject):
            continue  # ("tercatat 37 warga mengeluhkan gatal-gatal": a count of complaints, no one's words; "Perda
            # Provinsi Maluku Nomor 14 Tahun 2005 mengakui …": what a regulation provides is no one's words; "Langkah
            # itu diambil setelah warga mengeluhkan …": the complaint is the reason for something done)
        appositive_relative = re.search(r",\s*yang$", subject) and any(is_name_word(w) for w in subject.split()[:-1])
        # ("Salah satunya Rina Marlina, warga Kelurahan X, yang mengaku …": the person named speaks)
        if not appositive_relative and NO_SPEECH_ACT_AFTER.search(subject):
            continue  # "yang menyampaikan", "tak menjelaskan", "Puskesmas juga diminta melaporkan": no speech act of the subject
        if base not in CLAUSE_ONLY and \
                SPEECH_GIVEN.match(rest.strip(" ,")) or \
                word.lower() in ("menyampaikan", "menyerahkan", "mengajukan") and \
                re.match(r"\s+(?:" + "|".join(DRAFT_PREFIXES) + r"|laporan)\b", rest, re.IGNORECASE):
            # (a faction's "pendapat akhir" too, and a regent's "Nota Keuangan atas Ranperda APBD" or the draft itself
            # or a report handed over, not "mengatakan Raperda tersebut akan menggantikan …")
            continue  # "menyampaikan sambutan": a speech is given, its content is not reported here (but "mengaku
            # materi perpajakan paling dibutuhkan": what follows a verb that takes no object is the clause)
        span_start, span_end = s, s + subject_end
        prefix = sentence[:subject_end]
        # "Menjelang Pilkada ..., Katma berharap": the subject is the last clause before the verb (degrees aside)
        cuts = [m.start() for m in re.finditer(",", prefix)]
        relative = re.search(r",\s*yang\s", prefix) or next(
            (r for r in DEGREE_THEN_YANG.finditer(prefix) if is_degree(r.group("degree"))), None)
        if relative:  # "Hendra, yang didampingi Kepala Dinas X, Rina, menyebut": Hendra speaks (or "X, M.AP yang …")
            span_end = s + relative.start()
            cuts = [c for c in cuts if c < relative.start()]
            subject = re.sub(ADVERBS + r"\s*$", "", _subject_words(prefix[:relative.start()])).strip(" ,")
        aside = next((i for i, c in enumerate(cuts) if ASIDE.match(prefix[c + 1:].lstrip())), None)
        if aside is not None and aside > 0:  # "X, ketika ditemui di kantornya di Jalan Y, Kota Z, mengaku": X speaks
            span_end, cuts = s + cuts[aside], cuts[:aside]
            subject = re.sub(ADVERBS + r"\s*$", "", _subject_words(prefix[:span_end - s])).strip(" ,")
        while cuts and (_not_the_subject(prefix[cuts[-1] + 1:span_end - s]) or _address_goes_on(prefix, cuts, span_end - s)
                        or _unit_name_goes_on(prefix, cuts, span_end - s)):
            span_end = s + cuts.pop()
            subject = re.sub(ADVERBS + r"\s*$", "", _subject_words(prefix[:span_end - s])).strip(" ,")
        if cuts and prefix[cuts[-1] + 1:span_end - s].strip().casefold() in PRONOUNS:
            subject = prefix[cuts[-1] + 1:span_end - s].strip()  # "Kendati demikian, ia memastikan ...": ia speaks
            cuts = []
        if cuts:
            last = prefix[cuts[-1] + 1:span_end - s].strip()
            read_for = READ_FOR.search(prefix)  # "Wali Kota X yang dibacakan oleh Wakil Y": X's words
            opening = re.match(r"(?:Dalam|Pada|Melalui|Lewat)\s[^,]*", prefix)  # "Dalam amanat yang dibacakan Y, X …"
            if read_for and not (opening and read_for.start() < opening.end()):
                span_end = s + read_for.start()
                # (the reader's long title is not the subject; the clause before it is: "Terkait Ranperda APBD 2026,
                # Bupati Grobogan dalam pendapat akhirnya yang dibacakan Wakil Bupati X": the regent)
                subject = prefix[:read_for.start()].rsplit(",", 1)[-1].strip()
            elif (last[:1].isupper() or POSITION.match(last) or _addressed(last) or
                  last.casefold() in _CASED_HEADS) and \
                    len(last.split()) <= (16 if POSITION.match(last) else 10) \
                    and (_names_someone(last) or _ORG_START.match(last) or last.casefold() in _CASED_HEADS or
                         resolver.in_span(s + cuts[-1] + 1, span_end)):
                span_start = s + cuts[-1] + 1
                subject = last
                named = len(cuts) - 1  # the name's comma: degrees between name and title are skipped
                while named > 0 and all(is_degree(w) for w in prefix[cuts[named - 1] + 1:cuts[named]].split()):
                    named -= 1
                before = cuts[named - 1] + 1 if named > 0 else 0
                if POSITION.match(last) and not resolver.in_span(span_start, span_end) and \
                        resolver.in_span(s + before, s + cuts[named]):
                    span_start = s + before  # "Ahmad Yani, Kepala Desa Bulota, mengatakan": the name before the title
                    subject = prefix[before:span_end - s].strip()
            elif last[:1].islower() and (len(cuts) >= 2 or relative) and \
                    last.split()[0].casefold() in PERSON_DESCRIPTIONS | OCCUPATIONS \
                    and (named := _named_before_description(prefix, cuts)):
                # "Salah satu penerima, Mesak Iba, mahasiswa Universitas Papua asal Teluk Bintuni, mengaku", "Salah
                # seorang penambang, Suwandi, 47 tahun, warga Desa X, berharap": the name
                span_start, span_end = s + named[0], s + named[1]
                subject = prefix[named[0]:named[1]].strip()
        represented = REPRESENTED.search(text, span_start, span_end)
        if represented:  # "Kapolres X yang diwakili Kasat Reskrim Y menyampaikan": Y speaks for him
            span_start, subject = represented.end(), text[represented.end():span_end].strip(" ,")
        relative = re.search(r"\s(?:yang|saat|ketika)\s", text[span_start:span_end])  # "X yang dibaca oleh Y": X speaks
        if relative:
            span_end = span_start + relative.start()
            head = re.split(r"\s(?:yang|saat|ketika)\s", subject)[0]  # "Bupati X yang meninjau posko ...": X
            subject = head if _names_someone(head) and head.split()[0].casefold() not in PERSON_DESCRIPTIONS else subject
        dated = re.search(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,\s*(?P<who>[a-z][^,]*)$", subject)
        if dated and UNNAMED_GROUP.search(dated.group("who")):  # "Dalam RDP …, Selasa (28/10/2025), perwakilan
            subject = dated.group("who")  # pedagang meminta …": the group opens its clause after the date
        spoken = re.split(r"\smelalui\s", subject)[-1]  # "Kepala Kejari X, Y, melalui Kasi Pidum Z menjelaskan": Z's words
        if len((ASIDE_TAIL.sub("", spoken) if spoken[:1].isupper() else spoken).split()) > 14:
            continue  # (an aside is not counted: "Dinas Energi dan Sumber Daya Mineral (ESDM) Provinsi Maluku Utara
            # dalam keterangan tertulis yang diterima di Ternate menyatakan")
        anonymous = re.search(ANONYMOUS, prefix) or UNNAMED_GROUP.search(subject) or \
            (subject.casefold() in PRONOUNS and resolver.anonymous_last(s))  # "… yang enggan disebut namanya
        # mengaku keberatan. Ia berdalih …": the same unnamed person
        speaker = None if anonymous else resolver.resolve(subject, s, (span_start, span_end))
        if speaker is None and not anonymous and \
                not UNNAMED_HOLDER.fullmatch(re.sub(r"\s+(?:dalam|saat|ketika)\s.*$", "", subject)):
            continue  # (but "Bupati Cilacap meminta …" in an article that never names the regent: speaker null)
        if BACKREF_OBJECT.match(rest):  # "X menyampaikan hal itu saat konferensi pers": the sentence before
            previous = _previous_sentence(text, s, resolver.start)
            q = _clause(text, *previous, "indirect", speaker, word, direct, strip_dateline=True) if previous and \
                not any(a <= previous[0] < b for a, b in direct) and \
                not any(q.span[0] >= previous[0] and q.span[1] <= previous[1] for q in quotes) else None
            return [q] if q else []
        skip = re.match(r"\s*(?:,\s*)?(?:bahwa\s+|kepada\s+\w+(?:\s+\w+)?\s*(?:,\s*)?bahwa\s+|:\s*)?", rest)
        clause_start = s + vm.end() + skip.end()
        clause_end = e
        conj = CONJOINED.search(text, clause_start, e) if base not in APPEALS else None
        if conj and SPEECH_FORMS.get(conj.group("verb").lower()) and \
                not OWN_PREDICATE.match(text, clause_start, conj.start()):
            clause_end = conj.start()
        q = _clause(text, clause_start, clause_end, "indirect", speaker, word, direct)
        if q and anonymous:
            resolver.said_anonymously(q.span[1])
        if q:
            out.append(q)
            if clause_end == e:
                break
            resolver.said(speaker, q.span[1])
            rest_start = conj.end()
            skip = re.match(r"\s*(?:,\s*)?(?:bahwa\s+)?", text[rest_start:e])
            q2 = _clause(text, rest_start + skip.end(), e, "indirect", speaker, conj.group("verb"), direct)
            if q2:
                out.append(q2)
            break
    return out


def _previous_sentence(text, s, floor=0):
    """The sentence before the one at `s`, from `floor` at the earliest (the body's start: not the dateline)."""
    sentences = [x for x in split_sentences(text) if x[1] <= s]
    return (max(sentences[-1][0], floor), sentences[-1][1]) if sentences and sentences[-1][1] > floor else None


def _clause(text, start, end, kind, speaker, cue, direct, strip_dateline=False):
    clause_end = end
    for a, _ in direct:
        if start <= a - 1 < clause_end:
            clause_end = a - 1
    chunk = text[start:clause_end].rstrip(" .\n")
    chunk = re.sub(r"\s*[,.]?\s*[“\"]?$", "", chunk)
    if strip_dateline:
        lead = re.match(r"^[^–—|]{0,60}[–—|]\s*", chunk)
        if lead and lead.end() < 60:
            chunk, start = chunk[lead.end():], start + lead.end()
    if not chunk or (clause_end < end and len(chunk.split()) < 3):
        return None  # "memaparkan kronologinya, “...”": a short object introducing a direct quote
    # one word can be the whole report ("mengaku lega")
    return Quote(kind, chunk, speaker, cue, (start, start + len(chunk)))
