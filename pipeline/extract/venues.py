"""Venues: named places where something happens (`di Villa Kencana, Kabupaten Boalemo`)."""
from __future__ import annotations

import dataclasses
import itertools
import re

from pipeline.extract.results import Venue
from pipeline.lang.calendar import MONTHS
from pipeline.lang.honorifics import GROUP_QUANTIFIERS, NAME_ABBREVIATIONS
from pipeline.lang.places import (DEPARTURE_HEADS, FACILITY_HEADS, FACILITY_PHRASES, HAMLET_HEADS, LIST_OPENERS,
                                  MEETING_HALLS, PLACE_NOUNS, PROGRAMME_NAMES, RESIDENTS, SHOP_HEADS, STRUCK, VENUE_CUES,
                                  VENUE_VERBS)
from pipeline.lang.regions import DISTRICT_LEVELS, LOCAL_LEVELS, VILLAGE_LEVELS, gazetteer
from pipeline.lang.speech_verbs import speech_verb_base
from pipeline.lang.titles import BODY_HEAD_TITLES
from pipeline.normalize.sentences import split_sentences
from pipeline.normalize.stem import root_words

_HEADS = sorted(set(FACILITY_HEADS) | set(LOCAL_LEVELS), key=len, reverse=True)  # (the NER's FACILITY_HEADS lack some
# regional level words: "Pekon", "Mukim", "Ohoi")
REGION_HEADS = LOCAL_LEVELS + ("Kabupaten", "Kota", "Provinsi")  # the first word of a region's name, not a facility's
COARSE_HEADS = DISTRICT_LEVELS + ("Kabupaten", "Kota", "Provinsi")  # ... of a district or larger
# Region level words, with the abbreviations written for them: `Kabupaten`, `Kab.`, `Kecamatan`, `Kec.`, `Kalurahan`.
_LEVELS = "|".join(["Provinsi", "Kabupaten", r"Kab\.", "Kota", r"Kec\.", r"Kel\."] + list(LOCAL_LEVELS))
_CUE = r"(?:" + "|".join(re.escape(c) for c in sorted(VENUE_CUES + VENUE_VERBS, key=len, reverse=True)) + r")"
_RESIDENTS_ACT = re.compile(r"\s*,?\s+(?:(?:sudah|telah|akan|mulai|masih|pun|juga|kini|tengah|sedang|terus|terpaksa|sempat|"
                            r"beberapa\s+kali|berkali-kali|kerap|sering|"
                            r"(?:tidak|tak)\s+(?:bisa|dapat))\s+)?"
                            r"(?:(?:ber|me|di)[a-z]{3,}|terendam|tergenang|terbakar|terdampak|terkena|tertimbun|terisolasi|"
                            r"rusak|roboh|ambruk|hanyut)")  # "rumah warga di Desa X, Kecamatan Y, terendam banjir"


# What befalls places just counted: "23 desa di Kecamatan X, Y dan Z tergenang sejak Sabtu" (the flood's scene).
_STRUCK = "|".join(STRUCK)
STRUCK_AFTER = re.compile(r"\s*,?\s+(?:(?:masih|sudah|telah|ikut|turut|kini)\s+)?(?:" + _STRUCK + r")\b")
EXISTS_AFTER = re.compile(r"\s*,?\s+(?:masih\s+|juga\s+|kini\s+)?(?:ada|terdapat)\s")
# The places a district holds, listed right after it (`di Kecamatan Pendopo, yaitu Lubuk Sepang, Tanjung Eran …`).
ITS_VILLAGES_AFTER = re.compile(r"\s*,?\s*(?:yaitu|yakni|meliputi)\s+(?:(?:" + "|".join(VILLAGE_LEVELS) + r")\s+)?[A-Z]")
# Facility heads that name a region or an area rather than a facility (counted places in them are where they lie).
_PLACE_LEVEL_WORDS = set(REGION_HEADS) | {"Jorong", "Dukuh", "Pulau", "Kawasan", "Lokasi"}


def _residents_act(text: str, end: int) -> bool:
    """Whether the people just placed do something there (`warga di Desa X sudah bergotong royong`); saying or asking
    is not done there (`petani di Desa X, Kecamatan Y, mengeluhkan …`: who they are)."""
    act = _RESIDENTS_ACT.match(text, end)
    verb = act.group().split()[-1] if act else ""
    return bool(act) and not (verb.startswith(("me", "ber")) and speech_verb_base(verb))  # ("dilaporkan mual": done)


# Places people live along or on, named after "warga di ..." as where they live: `bantaran Sungai X`, `Pulau Wetar`.
_OPEN_PLACES = ("bantaran", "tepi", "pinggir", "pinggiran", "aliran", "pesisir", "kawasan", "Pulau", "Kampung", "Lembah")
# (capitalised only when it opens a sentence: "Pelanggan di Kelurahan X", not "Festival Kampung Nelayan di X")
_RESIDENT_BEFORE = re.compile(r"(?:\b(?:" + "|".join(RESIDENTS) + r")|(?:^|(?<=[.!?]\s))(?:" +
                              "|".join(r.capitalize() for r in RESIDENTS) + r"))(?:-[a-z]+)?(?:\s+[a-z]+)?\s+$",
                              re.MULTILINE)  # (doubled too: "rumah-rumah warga")
# A lower-case facility before a capitalised name: `halaman Masjid Agung`, `ruang rapat Sekda`, `rumah jabatan Bupati`.
# Also water and land: `aliran Sungai Baturusa`, `muara Kali Acai`, `lahan reklamasi Kelurahan Kalumata`, `dermaga
# tambatan perahu Botubarani`.
_LOWER_HEAD = (r"(?:(?:sisi[ \t]+(?:utara|selatan|timur|barat)|anak(?=[ \t]+Sungai)|kolam|desa|gedung|kawasan|hamparan|sawah|simpang(?=[ \t]+(?:tiga|empat|lima|[A-Z]))|kantor|aula|balai|halaman|lapangan|kampung|dusun|ruang|ruangan|rumah|pelataran|rest\s+area|"
               r"taman|pendopo|lobi|kompleks|komplek|aliran|muara|bantaran|tepi|pinggir|pinggiran|pesisir|pantai|lahan|pasar|bahu|teras|kanal|"
               r"perairan|saluran|tanggul|perpustakaan|kios|toko|gudang|pangkalan|posko|dermaga|pelabuhan|trotoar|kantong(?=[ \t]+parkir)|badan(?=[ \t]+(?:jalan|Jalan|Jl))|area|"
               r"kolong|pusat(?=[ \t]+(?:kuliner|perbelanjaan|jajanan|oleh-oleh))|hilir|hulu|dapur|segmen|bekas|eks|gerbang|terminal|"
               r"sisi|kandang|los|pos(?=[ \t]+(?:pengamanan|pelayanan|penjagaan|jaga))|lantai[ \t]+(?:satu|dua|tiga|empat|lima|dasar|atas|\d+|[IVX]{1,4}\b))"
               r"(?:[ \t]+(?:rapat|kerja|sidang|pertemuan|jabatan|dinas|dewan|utama|kantor|truk|ojek|lapangan|induk|depan|belakang|serbaguna|paripurna|tamu|"
               r"rumah|masjid|aula|gedung|wisata|industri|perkantoran|pertokoan|reklamasi|kosong|tanggap|darurat|sementara|pengaduan|"
               r"tradisional|sungai|pantai|bola|sepak\s+bola|huntap|huntara|permukiman|perumahan|eks|bekas|tunggu|"
               r"tambatan|perahu|kapal|penyeberangan|rakyat|parkir|terminal|kawasan|gambut|sawah|tiga|empat|lima|retensi|kelas(?=[ \t]+(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|MI|MIN|MTs|MTsN|MAN|Sekolah|Madrasah)\b)|"
               r"primer|sekunder|kuliner|perbelanjaan|jajanan|oleh-oleh|pengungsian|terpadu|kedatangan|keberangkatan|"
               r"internasional|domestik|komunal|baru|jalan|pengamanan|pelayanan|penjagaan|jaga|banjir|bencana|hutan|lindung|"
               r"hulu|hilir|rawa)){0,2}"
               r"(?:[ \t]+lantai[ \t]+(?:satu|dua|tiga|empat|lima|dasar|atas|\d+|[IVX]{1,4}\b))?)")  # "lahan eks Terminal X",
# "los baru Pasar X", "ruang rapat lantai III Kantor Gubernur X",
# "pusat kuliner X", "posko pengungsian Masjid X"
# A part of a place before its name, which is the venue: `lantai dua Pasar Terong`, `bahu Jalan Terong`.
PART_OF_PLACE = re.compile(r"(?:lantai[ \t]+\w+|(?:bahu|badan)(?:[ \t]+jalan(?=[ \t]+kawasan))?|sisi(?:[ \t]+(?:utara|selatan|timur|barat))?|"
                           r"teras|trotoar|hilir|hulu|simpang(?=[ \t]+(?:Jalan|Jl)\b)|(?:pesisir|pantai)(?=[ \t]+(?:" + _LEVELS + r")[ \t])|"
                           r"(?:RT[ \t.]*\d{1,3}(?:[ \t]*/?[ \t]*)?)?(?:RW[ \t.]*\d{1,3})?(?<=\d)|"
                           r"(?:area|kawasan|arena)[ \t]+(?:Car[ \t]+Free[ \t]+Day|CFD|HBKB)(?:[ \t]+\((?:CFD|HBKB)\))?(?=[ \t]+(?:Jalan|Jl)))[ \t]+"
                           r"(?=[A-Z]|(?:kawasan|area)[ \t])")  # "di RT 07 Desa Mendalo Darat", "Di RW 08 Kelurahan
# Sukamaju": the village; "di area Car Free Day Jalan Ir. H. Juanda": the street
# Figures before a district or village after "di": a trend or a rate (`pertumbuhan permukiman di Kecamatan X`,
# `lonjakan kasus terjadi di Kecamatan X`), where a complaint is most heard (`keluhan utama warga, terutama di
# Kelurahan X`): no event there; but counts broken down by place (`kasus terbanyak ditemukan di Kelurahan X`,
# `sebagian besar berada di Desa X`) say where events were found (BREAKDOWN below).
STATISTICS_BEFORE = re.compile(r"\b(?:lonjakan|sebaran(?:nya)?|titik\s+panas|hotspot|keluhan|terbanyak|tertinggi|terendah|terbesar|persen|"
                               r"paling\s+(?:tinggi|banyak|rendah|besar)|"
                               r"prevalensi|angka|sebagian\s+besar|kebanyakan|mayoritas|pertumbuhan|"
                               r"pertambahan)\b[^.;\n“”\"]{0,50}$", re.IGNORECASE)
# Where most of a count was found: the place of those events, a venue to the later authors and the guide ("named places
# where something in the article happens or happened"), though the first authors left such breakdowns out.
BREAKDOWN = re.compile(r"\b(?:terbanyak|tertinggi|terbesar|paling\s+(?:tinggi|banyak|besar)|sebagian\s+besar|kebanyakan|"
                       r"mayoritas|titik\s+panas|hotspot|sebaran(?:nya)?)\b", re.IGNORECASE)
# ... but where most of a condition lies (stunting, poverty) nothing happens ("sebagian besar di Kecamatan Bone Raya"),
# nor where the largest market is ("pasar tradisional terbesar di Kecamatan Karanganyar").
CONDITION = re.compile(r"\b(?:stunting|prevalensi|gizi\s+buruk|kemiskinan|miskin|rata-rata|(?:pasar|tradisional|modern)\s+"
                       r"terbesar)\b", re.IGNORECASE)
COURTYARD = re.compile(r"^(?:halaman|pelataran|teras|lobi)\s+")  # the grounds of a place named before
_AREA_WORDS = ("kawasan", "wilayah", "daerah", "area", "perairan", "kompleks", "komplek", "posko")  # ("posko SD Negeri 2
# Ngulak" after "SD Negeri 2 Ngulak": the school again)
# Works on a place between a verb and the place (`meninjau pembangunan Pasar Baru II`): the place is the venue.
_WORKS = r"(?:pembangunan|proyek|progres|pengerjaan|renovasi|revitalisasi|perbaikan|rehabilitasi|kondisi)"
# A capitalised phrase after a cue: up to eight words, lower-case `dan`/`setempat` allowed inside.
PLACE = re.compile(
    r"(?<![\w])(?:" + _CUE + r"[ \t]+(?:langsung[ \t]+)?|di(?=" + _LOWER_HEAD + r"[ \t]+[A-Z]))(?:wilayah[ \t]+|ruas[ \t]+(?:jalan[ \t]+)?(?:poros[ \t]+)?|" + _WORKS + r"[ \t]+|"
    r"sepanjang[ \t]+(?=(?:pantai|pesisir|bantaran|tepi|aliran|pinggir)[ \t])|"  # "di sepanjang pantai Desa X"
    r"(?:(?:pos|posko|tempat|lokasi|titik|kamp)[ \t]+)?pengungsian[ \t]+(?=(?:" + "|".join(LOCAL_LEVELS) + r")[ \t])|"
    # "bertahan di pos pengungsian Desa Konga dan Desa Bokang": the villages sheltering them
    r"(?:bahu|badan|tepi|pinggir|sisi)[ \t]+jalan[ \t]+(?:di[ \t]+)?(?:depan|dekat|samping|sekitar|seberang|belakang)[ \t]+|"
    r"[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:di[ \t]+)?(?:depan|dekat|samping|seberang|belakang)[ \t]+(?=[A-Z]))?"
    # "digedung DPRD", "di ruas Tol X", "di bahu jalan depan Pasar Wamanggu", "di pos retribusi dekat Balai Saruang"
    r"(?P<name>(?:" + _LOWER_HEAD + r"[ \t]+(?=[A-Z\d]))?"
    r"(?:[A-Z][\w.'’–-]*|\d+[A-Za-z]?)(?:[ \t]+(?:[A-Z][\w.'’–-]*|\d+(?:/[A-Z][\w-]*)?|dan(?![ \t]+di[ \t])|lan|de|(?:di|ke)(?=[ \t]+[A-Z])|no\.?|II|I|III|IV|"
    r"(?:dr|drg)\.(?=[ \t]+[A-Z])|"  # "RSUD dr. H. Marsidi Judono": a doctor's title inside a hospital's name
    r"\([A-Z][A-Za-z]{1,9}\))){0,8})"
    r"(?P<region>(?:[ \t]*,[ \t]*(?:" + _LEVELS + r")[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3})*)")
# A full stop that ends a sentence inside a captured name, not one of an abbreviation in it: `Jl.`, `No.`, an initial,
# a shortened name part (`Jalan Moh. Yamin`, `Jalan K.H. Ahmad Dahlan`, `Jalan Dr. Sutomo`).
_NOT_ENDS = sorted({"Jl", "No", "Dr", "dr", "drg", "Drs", "Dra", "Hj", "Ir", "Prof", "KH"} | NAME_ABBREVIATIONS)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in _NOT_ENDS) + r"\.(?=\s)")
REGION_PART = re.compile(r"(?P<kind>" + _LEVELS + r")\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
_BAD_TAIL = re.compile(r"\s+(?:dan|de|di|ke|no\.?)$")
TIME_WORDS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "April",
              "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Indonesia"}


# A house as the scene: "(menangkap pengedar) di sebuah rumah kos di Desa X", "menggerebek sebuah rumah di Desa X",
# "banjir merendam rumah warga di Desa X", "merusak sedikitnya 40 rumah di X", "menyusul terendamnya permukiman warga
# di Desa X" (not "rumah warga di Desa X" as an address).
_HOUSE_AS_SCENE = re.compile(r"\b(?:(?:di|ke)\s+(?:sebuah\s+|salah\s+satu\s+)?|sebuah\s+|"
                             r"(?:" + "|".join(VENUE_VERBS) + r"|membakar|menghanyutkan|merusak|menimpa|menerjang|menimbun|merobohkan|menghantam|"
                             r"menggerebek|menggeruduk|(?:terendam|tergenang|terbakar|tertimbun|rusak|roboh|ambruk|hanyut)nya)"
                             r"\s+(?:[\w.]+\s+){0,2})$")  # "merusak sedikitnya 40 rumah", "terendamnya permukiman"


def _someones_house(name: str) -> bool:
    """A house named by its owner ("rumah Maria Goreti Jelamu"): the village it lies in is the place, not the house."""
    words = name.split()
    return len(words) >= 2 and words[0] == "rumah" and all(
        w[:1].isupper() and w[1:].islower() and w not in FACILITY_HEADS and not gazetteer().is_region_word(w)
        for w in words[1:])


def _lives_there(text: str, start: int) -> bool:
    """Whether the place at `start` says where people live: `warga di Desa X`, `rumah warga di Desa X` (but not
    where a house is the scene: `di sebuah rumah kos di Desa X`, `banjir merendam rumah warga di Desa X`)."""
    resident = _RESIDENT_BEFORE.search(text, max(0, start - 30), start)
    if not resident and re.search(r"\b(?:khususnya|terutama)\s+$", text[max(0, start - 15):start]):
        # "mengimbau warga di bantaran sungai, khususnya di Kelurahan X": the same residents, narrowed
        return bool(_RESIDENTS_THEN.search(text, max(0, start - 100), start))
    if not resident or re.search(r"\b(?:" + _STRUCK + r")\s*$", resident.group()):
        return False  # ("612 rumah terendam di Kecamatan X": what befell the houses there)
    home = resident.start()
    dwelling = _DWELLING_OF.search(text, max(0, home - 20), home)
    if resident.group().startswith("rumah") or dwelling:  # "banjir merendam permukiman warga di Desa X": the scene
        return not _HOUSE_AS_SCENE.search(text, max(0, (dwelling.start() if dwelling else home) - 40),
                                          dwelling.start() if dwelling else home)
    return True


_DWELLING_OF = re.compile(r"\b(?:rumah(?:-rumah)?|permukiman|pemukiman|perumahan|sawah|lahan|kebun|tambak)\s+"
                          r"(?:calon\s+|para\s+)?$")  # ("rumah-rumah calon penerima")


_RESIDENTS_THEN = re.compile(r"\b(?:" + "|".join(RESIDENTS) + r")\s+(?:yang\s+(?:tinggal|berada|bermukim)\s+)?di\s"
                             r"[^.;“”\"]{0,60},\s*(?:khususnya|terutama)\s+$")  # ("warga yang tinggal di lereng bukit,
# terutama di Kecamatan Ketol, …")


# Where vendors trade or boats work (`modal bagi pedagang yang berjualan di Pasar Youtefa`, `kapal wisata yang beroperasi
# di kawasan X`): who they are, unless they are cleared or moved from there (`menertibkan puluhan lapak PKL yang
# berjualan di trotoar Jalan Pahlawan Revolusi`, `menertibkan ponton TI yang beroperasi di aliran Sungai Kurau`).
VENDORS_TRADE = re.compile(r"\byang\s+(?:selama\s+ini\s+|sehari-hari\s+|sebelumnya\s+|pernah\s+)?"
                           r"(?:berjualan|berdagang|mangkal|beroperasi)\s+(?:di\s+)?(?:(?:atas|depan|sekitar)\s+)?"
                           r"(?:(?:trotoar|badan|bahu|kawasan|sepanjang)\s+)?$")
CLEARED = re.compile(r"\b(?:menertibkan|ditertibkan|merelokasi|direlokasi|memindahkan|dipindahkan|menggusur|digusur|"
                     r"penertiban|relokasi|menata\s+ulang|penataan)\b[^.;\n]*$", re.IGNORECASE)
CLEARED_AFTER = re.compile(r"\s+(?:(?:bakal|akan|segera|telah|sudah|mulai|kini)\s+)?(?:direlokasi|ditertibkan|"
                           r"dipindahkan|dipindah|digusur|dibongkar)\b")
# Vendors named by their market ("tidak membebani pelaku usaha, terutama pedagang di Pasar Terong"): who they are,
# unless an act falls on them there ("menyisir lapak pedagang di Pasar Mayong") or they do something there.
_VENDORS = re.compile(r"\b(?:pedagang|penjual|pembeli)\s+$")
_ACT_ON = re.compile(r"\b(?:me|di)[a-z]{3,}\s+(?:[a-z]+\s+){0,2}$")  # "menata ulang lapak pedagang di Pasar X"


def _vendors_there(text: str, start: int) -> bool:
    before = text[max(0, start - 50):start]
    vendors = _VENDORS.search(before)
    return bool(vendors) and not _ACT_ON.search(before, 0, vendors.start())


# A place named as where something will be held: `menyiapkan Gedung Serbaguna Kantor Camat Anggrek sebagai lokasi
# pelatihan`.
# (found from "sebagai lokasi" back, which is rare, rather than by trying every facility head everywhere)
HELD_AS = re.compile(r"[ \t]+sebagai[ \t]+(?:lokasi|tempat)\b")
HELD_AT = re.compile(r"(?<![\w])(?P<name>(?:" + "|".join(re.escape(h) for h in FACILITY_HEADS if h[:1].isupper() and h not in
                     ("Kota", "Kabupaten", "Provinsi", "Lokasi", "Tempat")) + r")(?:[ \t]+[A-Z][\w'’–-]*){1,6})$")
# The council's building, the head's residence or office, written in lower case: one building in its article (`aksi
# damai di depan gedung dewan`, `di pendapa rumah dinas bupati`).
KNOWN_BUILDING = re.compile(r"(?<![\w])(?:di|ke)[ \t]+(?:(?:depan|halaman|dalam)[ \t]+)?(?P<name>(?:(?:pendapa|pendopo|aula|halaman)[ \t]+)?"
                            r"(?:gedung[ \t]+dewan|rumah[ \t]+(?:dinas|jabatan)[ \t]+(?:bupati|wali[ \t]*kota|gubernur)))"
                            r"(?![ \t]+[A-Z])")
# The village's own hall or office, where something happens (`di aula balai desa`, `di halaman kantor kelurahan`; not
# `melapor ke kantor desa`, a trip).
VILLAGE_HALL = re.compile(r"(?<![\w])di[ \t]+(?P<name>(?:(?:pendapa|pendopo|aula|halaman)[ \t]+)?(?:balai|kantor)[ \t]+"
                          r"(?:desa|kelurahan))(?![ \t]+(?:[A-Z]|masing-masing|setempat|terdekat|(?:secara[ \t]+)?bergiliran))")
# (one hall, not each: "membuka layanan di kantor kelurahan secara bergiliran")
# "di balai budaya setempat": a lower-case facility named only by what it is and where ("setempat").
LOCAL_PLACE = re.compile(r"(?<![\w])(?:di|ke)[ \t]+(?P<name>(?:balai|gedung|aula|kantor|lapangan|halaman|rumah\s+jabatan|"
                         r"masjid|gereja|pendopo|alun-alun)(?:[ \t]+[a-z]+){0,2}?)[ \t]+setempat\b")


# "di lokasi pembangunan, Desa Bubaa": a place described, then named by its village or district.
GENERIC_THEN_NAMED = re.compile(r"(?<![\w])di[ \t]+(?:(?:lokasi|tempat|rumah|sekitar|area|lahan)(?:[ \t]+[a-z]+){0,2},[ \t]+"
                                r"(?P<name>(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})|"
                                # "di ruang kerjanya, Kantor Dinas TPHP Parimo": the office named after the room (or
                                # after the post in it: "di posko utama penanganan banjir, Gedung Serbaguna Desa Ekor")
                                r"(?:ruang[ \t]+kerjanya|ruang[ \t]+kerja|kantornya|posko(?:[ \t]+[a-z]+){0,3})[ \t]*,[ \t]+"
                                r"(?P<office>(?:Kantor|Gedung|"
                                r"Balai|Aula)(?:[ \t]+[A-Z][\w'-]*){1,5}))")


def _region_of(text: str) -> str | None:
    gaz = gazetteer()
    best = None
    for m in REGION_PART.finditer(text):
        kind = m.group("kind").rstrip(".")
        kind = {"Kab": "Kabupaten", "Kec": "Kecamatan", "Kel": "Kelurahan"}.get(kind, kind)
        if kind in ("Kabupaten", "Kota"):
            region = gaz.regency(m.group("name"), kind.lower())
            best = region.name if region else f"{kind} {m.group('name')}"
        elif kind == "Provinsi" and not best:
            region = gaz.province(m.group("name"))
            best = region.name if region else f"Provinsi {m.group('name')}"
        elif not best:
            best = f"{kind} {m.group('name')}"
    return best


# Around a bare region name, what shows it is where something happened: a date or weekday right after it, or an
# event verb or a date right before it ("Jumat, 11 Agustus 2023 di Merauke."). A sentence ending after the name is
# not enough ("sudah 15 tahun berjualan di Medan.").
EVENT_AFTER = re.compile(r"\s*(?:,\s*(?:pada\s+|hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|\(|\d|tanggal|kemarin)|"
                         r"pada\s+(?:tanggal\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|\d{1,2}(?!\d)))",
                         re.IGNORECASE)  # "Musrenbang Regional di Makassar pada 20 hingga 22 Mei"
EVENT_BEFORE = re.compile(r"(?:(?:berlangsung|digelar|bertempat|dilaksanakan|diadakan|diselenggarakan|terjadi|tiba|berada|"
                          r"berkunjung|kunjungan|hadir|berlanjut|dilanjutkan|tertahan|terjebak|terdampar)\s+(?:(?:pada\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:" +
                          "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\s+(?:mendatang|"
                          r"depan|nanti|lalu|ini))?\s+)?(?:di\s+)?(?:wilayah\s+)?|"  # "berlangsung April mendatang di X",
                          # "dijadwalkan berlanjut pada 26-28 Januari di Kabupaten Buton"
                          # a meeting named before the city it is held in: "rapat koordinasi kepala daerah di Semarang"
                          r"\b(?:rapat|pertemuan|konferensi|seminar|lokakarya|pelatihan|musyawarah)(?:\s+[a-z]+){0,4}\s+|(?:(?:19|20)\d\d|\d{1,2}/\d{1,2})\)?\s+)$",
                          re.IGNORECASE)


def _facility_phrase(name: str) -> str | None:
    """The facility phrase a name opens with, whatever its case ("pusat kuliner X", "Pusat Perbelanjaan Mentaya")."""
    return next((p for p in FACILITY_PHRASES if name.casefold().startswith(p.casefold() + " ")), None)


def _only_the_kind(name: str, phrase: str | None) -> bool:
    """Whether a name that opens with a facility phrase is that phrase alone, perhaps with its acronym ("Solar Packed
    Dealer Nelayan (SPDN)"): a kind of place, not one named."""
    return bool(phrase) and not re.sub(r"\(\w+\)", "", name[len(phrase):]).strip()


def _alternation(words: list[str]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


# A named facility right before "di <district>": the district is where it lies, not a second venue.
_FACILITY = "|".join(sorted([re.escape(h) for h in _HEADS if h not in LOCAL_LEVELS + ("Kota", "Kabupaten", "Provinsi")] +
                            [re.escape(p) for p in FACILITY_PHRASES], key=len, reverse=True))  # ("Dapur SPPG X")
_NAME_WORDS = r"(?:\s+(?:\([A-Z][\w-]*\)|[A-Z][\w'’–-]*|\d+)){1,6}"  # "Jalan Banda Aceh–Medan"
FACILITY_BEFORE = re.compile(r"(?:\b(?P<name>(?:" + _FACILITY + r")" + _NAME_WORDS + r")|(?P<short>\((?:" + _FACILITY +
                             r")\)" + _NAME_WORDS + r")|(?P<road>\bruas\s+jalan(?:\s+(?:provinsi|nasional|kabupaten|negara|"
                             r"poros|lintas|desa))?" + _NAME_WORDS + r"))\s$")  # "ruas jalan provinsi X di Kecamatan Y"
# A facility that works are done on or that is damaged, or whose traders are moved, with no preposition: `revitalisasi
# Pasar 16 Ilir dimulai April`, `Revitalisasi Pasar Inpres Manonda dibiayai DAK`, `kerusakan Jalan Poros
# Kolaka–Pomalaa`, `pengerukan alur pelayaran Pelabuhan Pulau Baai`, `merelokasi ratusan pedagang Pasar Inpres
# Manonda`, `pedagang Pasar Weleri mulai dipindahkan` (not "Dinas Pekerjaan Umum dan Penataan Ruang": a title's
# capitals).
_WORKS_DONE = (r"(?:revitalisasi|relokasi|renovasi|rehabilitasi|pembangunan|pembongkaran|perbaikan|kerusakan|penataan|"
               r"pengerukan|peningkatan|sedimentasi|pendangkalan)(?:\s+(?:alur|pelayaran|kolam|dermaga|atap|gedung|los|kios|"
               r"saluran|drainase)){0,2}")  # "sedimentasi alur Pelabuhan Pulau Baai": the port silts up
# Works at a place that are only proposed or planned, said after it (`pembangunan sumur bor di Kecamatan Bayan telah
# diusulkan dalam APBD 2026`).
WORKS_BEFORE = re.compile(r"\b(?:" + _WORKS_DONE + r")\b[^.,;“”\"]{0,40}\bdi\s+$")
PROPOSED_AFTER = re.compile(r"\s*,?\s+(?:telah\s+|sudah\s+|akan\s+|masih\s+)?(?:diusulkan|direncanakan|dianggarkan|diajukan)\b")
_ROAD = r"ruas\s+jalan(?:\s+(?:provinsi|nasional|kabupaten|poros|lintas))?"  # "perbaikan ruas jalan Marisa–Buntulia"
WORKS_ON = re.compile(r"(?:(?<![\w])" + _WORKS_DONE + r"|(?:^|(?<=[.!?]\s))(?i:" + _WORKS_DONE + r")|(?<![\w])(?:merelokasi|"
                      r"memindahkan)\s+(?:\w+\s+)?pedagang|(?<![\w])(?i:relokasi|pemindahan)\s+(?:sementara\s+)?(?:\w+\s+)?pedagang)\s+"
                      r"(?P<name>(?:" + _FACILITY +
                      r"|" + _ROAD + r")" + _NAME_WORDS + r")"
                      r"|(?<![\w])pedagang\s+(?P<moved>(?:" + _FACILITY + r")" + _NAME_WORDS + r")(?=\s+(?:mulai\s+|akan\s+|"
                      r"telah\s+|sudah\s+)?(?:dipindahkan|direlokasi))", re.MULTILINE)

# Facilities closed, sealed or opened, written as the subject (`Depo Sampah Mandala Krida dan Depo Pengok ditutup
# sementara`): where that happens.
CLOSED_VERBS = ("ditutup", "disegel", "diresmikan", "dibuka")
CLOSED = re.compile(r"(?<![\w])(?P<name>(?:" + _FACILITY + r")" + _NAME_WORDS + r")(?:\s+(?:dan|serta)\s+(?P<also>(?:" +
                    _FACILITY + r")" + _NAME_WORDS + r"))?\s+(?:(?:akan|telah|sudah|mulai|resmi)\s+)?"
                    r"(?:" + "|".join(CLOSED_VERBS) + r")\b")
# A facility visited, written in the passive (`Kali ini giliran Pasar Pacar Keling, Kecamatan Tambaksari, yang
# didatangi petugas`).
# (found from the verb back, which is rare, rather than by trying every facility head everywhere)
VISITED_BY = re.compile(r"[ \t]+(?:yang[ \t]+)?di(?:datangi|sambangi|kunjungi|tinjau|sisir|razia|sasar|geledah)\b")
VISITED = re.compile(r"(?<![\w])(?P<name>(?:" + _FACILITY + r")" + _NAME_WORDS + r")(?:,[ \t]+[A-Z][^,.;\n]{2,40},)?$")

# A facility named after a district or village in the same clause, a date between them: the facility is the place.
FACILITY_AFTER = re.compile(r"(?:[ \t]+pada)?(?:[ \t]+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu))?"
                            r"(?:[ \t]+\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?[ \t]+di[ \t]+(?:" + _FACILITY + r")[ \t]+[A-Z(]")

# Works that are only proposed or asked for, before the works' noun.
WORKS_ASKED_FOR = re.compile(r"\b(?:usulan|usul|rencana|wacana|meminta|minta|mendesak|mengusulkan|memprioritaskan|agar|"
                             r"berharap|mengharapkan)\b"
                             r"[^.;,“”\"]{0,30}$")
# ... or listed among a budget's priorities (`program prioritas yang dibiayai …, antara lain pembangunan Puskesmas X`)
PRIORITIES_LISTED = re.compile(r"\bprioritas\b[^.;“”\"]{0,70}?\b(?:antara\s+lain|yakni|yaitu|seperti|meliputi|termasuk)\s+$")
# ... and before "di X" (`meminta agar pemerintah memprioritaskan pembangunan tempat pengolahan sampah terpadu (TPST)
# di Kecamatan Manggala`): nothing is built there yet.
WORKS_ASKED_BEFORE = re.compile(r"\b(?:usulan|mengusulkan|mendesak|memprioritaskan|meminta)\s+(?:[a-z]+\s+){0,3}" + _WORKS_DONE +
                                r"\s+(?:[\w()]+\s+){0,6}di\s+$|"
                                # anything only hoped for, asked for or planned ("berharap pemerintah menempatkan dokter
                                # jaga di Puskesmas X", "mempertanyakan rencana perluasan zona industri di Kecamatan X"), or
                                # pointed to in a debate ("menyoroti alokasi untuk perbaikan jalan di Kecamatan X")
                                r"\b(?:berharap|mendesak|mengusulkan|menginginkan|mempertanyakan\s+rencana|menyoroti)\s+"
                                r"(?:agar\s+|supaya\s+)?(?:[\w()]+\s+){1,8}di\s+$|"
                                r"\b(?:meminta|minta)\s+(?:[\w()]+\s+){1,4}(?:memasukkan|menganggarkan|memprioritaskan|mengalokasikan|"
                                r"mempercepat)\s+"
                                r"(?:[\w()]+\s+){1,10}di\s+$")
DEPARTED_FROM = re.compile(r"(?<![\w])(?:dari|melalui|lewat)\s+(?P<name>(?:" + _alternation(DEPARTURE_HEADS) + r")" +
                           _NAME_WORDS + r")")  # and the port travellers pass through ("mudik melalui Pelabuhan X")

# Where a speaker reports from, opening the sentence (`Dari Pulau Enggano, Kepala Desa Kahyapu, X, mengatakan`).
REPORTING_FROM = re.compile(r"(?:^|(?<=\n))Dari[ \t]+(?P<name>(?:Pulau|Desa|Kampung|Kecamatan|Distrik|Nagari|Gampong|Negeri)"
                            r"(?:[ \t]+[A-Z][\w'’-]*){1,3}),[ \t]+(?=[A-Z])")

# The two ends of a stretch an event covers: `mulai dari Desa Pemuteran di Kecamatan Gerokgak hingga Desa Tejakula`,
# `tanggul … mulai dari Kelurahan Barabai Utara hingga Desa Bakapas`, `di ruas Kelurahan Dawi-Dawi hingga Desa Pesouha`
# (the district between is where the first lies).
_PLACE_HEAD = r"(?:" + _alternation([h for h in _HEADS if h not in ("Kota", "Kabupaten", "Provinsi")]) + r")"
PLACE_RANGE = re.compile(r"(?<![\w])(?:mulai\s+dari|(?:di\s+)?ruas)\s+(?P<name>" + _PLACE_HEAD + _NAME_WORDS + r")(?P<within>\s+di\s+(?:"
                         + "|".join(DISTRICT_LEVELS) + r")" + _NAME_WORDS + r")?\s*,?\s+(?:hingga|sampai)\s+(?:ke\s+)?"
                         r"(?P<last>" + _PLACE_HEAD + _NAME_WORDS + r")")

# Before "di X", what shows no event happens at X: a price or a stock ("harga beras di Pasar X", "stok beras di gudang
# Bulog"), a trip no one needs to make ("tanpa harus datang ke kantor Bapenda", "agar nelayan tidak perlu lagi menjual
# hasil tangkapan ke Pasar X"), a condition ("asalkan ...
# diumumkan di X"), a route ("rute ke X"), a count of villages ("tiga desa di Kecamatan X"). (Land set aside "seluas
# 3 hektare di kawasan X" for a market is a venue to the dev annotators.)
NOT_AN_EVENT_BEFORE = re.compile(r"(?:\b(?-i:[Hh]arga|[Ss]tok|[Pp]ersediaan|[Kk]etersediaan|[Cc]adangan)\b(?-i:(?![ \t]+[A-Z]))[^.,;“”\"]{0,40}|"  # (not a name: "Harga Pangan (SPHP)")
                                 r"\b(?:tanpa|tidak|tak)\s+(?:lagi\s+)?(?:harus|perlu)\b[^.,;“”\"]{0,50}|"
                                 # what is to be avoided: "agar tidak terjadi penumpukan di kantor Samsat"
                                 r"\b(?:agar|supaya)\s+tidak\b[^.,;“”\"]{0,50}|\b(?:asalkan|jika|kalau|apabila|seandainya)\b[^.;,]{0,60}|"
                                 r"\b(?:rute|jalur|trayek|jurusan|tujuan)\s+(?:(?:utama|langsung|alternatif)\s+)?|"
                                 # where travellers mean to go ("warga yang hendak mudik ke Pulau Seram")
                                 r"\b(?:hendak|ingin|mau|akan)\s+(?:(?:mudik|pulang(?:\s+kampung)?|pergi|bepergian|berlibur)\s+)?"
                                 r"(?=ke\s)|"  # (or "ada yang mau ke Sungai Guntung")
                                 # a service's destinations ("kapal yang melayani penyeberangan ke Pulau X, Y dan Z")
                                 r"\bmelayani\s+(?:penyeberangan|pelayaran|penerbangan|angkutan|perjalanan)\s+(?=ke\s)|"
                                 r"\borang\s+nomor\s+(?:satu|wahid|dua)\s+|"
                                 # the sea's state and what it yields ("tinggi gelombang di perairan X", "cuaca di
                                 # perairan Maluku", "hidup dari hasil laut di perairan X", "tingginya curah hujan di Pulau Nias")
                                 r"\b(?<!penahan )(?<!pemecah )(?:gelombang|ombak|cuaca|curah\s+hujan)"  # (not a breakwater)
                                 r"(?:\s+(?:tinggi|besar|laut|buruk|ekstrem))?\s+|\bhasil\s+laut\s+|"
                                 r"\bberpotensi\s+(?:terjadi\s+)?|"  # a forecast: "hujan … berpotensi terjadi di Kota Medan",
                                 # "gelombang tinggi 2,5 hingga 4 meter masih akan terjadi di perairan Wakatobi"
                                 r"\b(?:gelombang|ombak|cuaca|hujan|angin)\b[^.;“”\"]{0,50}?\b(?:akan|bakal|diperkirakan|diprediksi)\s+"
                                 r"(?:masih\s+)?terjadi\s+|"
                                 # a distance ("jaraknya ke SMPN 5 cuma sekitar 800 meter")
                                 r"\bjarak(?:nya)?\s+(?:[a-z]+\s+){0,2}(?=ke\s)|"
                                 # where people are asked to go ("Petani … diminta melapor ke Balai Penyuluhan Pertanian")
                                 r"\bdiminta\s+(?:[a-z]+\s+){1,3}|"
                                 # a road named by where it leads ("ruas jalan menuju Nagari Silayang kerap terputus")
                                 r"\b(?:jalan|akses|jalur|ruas)\s+(?:[a-z]+\s+){0,2}(?=menuju\s+$)|"
                                 # papers sent on: "Datanya sudah kami kirim ke Kantor Regional IV BKN Makassar"
                                 r"\b(?:kirim|dikirim|mengirim(?:kan)?|dikirimkan|diteruskan|meneruskan)\s+(?:[a-z]+\s+){0,2}|"
                                 # a proposal or letter sent to a body ("mengusulkan normalisasi Sungai Maros ke BBWS X")
                                 r"\b(?:mengusulkan|diusulkan|usulkan|mengajukan|diajukan|ajukan|bersurat)\s+(?:[\w-]+\s+){0,4}(?=ke\s)|"
                                 r"\b(?:pengalaman|contoh|contohnya|misalnya|"
                                 r"seperti|sebagaimana)\s+(?:yang\s+(?:terjadi|ada)\s+)?|"
                                 # who someone is ("Slamet (54), jukir di depan Gedung X,", "pedagang yang berjualan
                                 # di Pasar X") and how things spread ("titik itu tersebar di kawasan X")
                                 r"\(\d{1,3}\)\s*,\s*(?!(?:di|me|ber)[a-z]+\s)(?:[a-z]+\s+){1,3}|"  # (not "(38), dititipkan di")
                                 r"\byang\s+(?:sehari-hari\s+|sebelumnya\s+|pernah\s+)?(?:bekerja|tinggal|bermukim|"
                                 r"berdomisili|menetap|mangkal|bertugas|berdinas|menjabat)\s+|\btersebar\s+|"
                                 # empty stalls ("120 kios kosong di lantai dua Pasar Inpres"): what is free there
                                 r"\b(?:los|kios|lapak|ruko)\s+(?:[a-z]+\s+)?kosong\s+|"
                                 r"(?<!paruman\s)(?<!sangkep\s)(?<!prajuru\s)(?<!krama\s)"  # (its council met there: "prajuru desa adat di Wantilan X")
                                 r"(?<!rapat\s)\b(?:" + _alternation(PLACE_NOUNS) + r")(?:-\w+)?\s+(?:lain|lainnya|adat)\s+)"
                                 r"(?:di|ke|menuju)(?:\s+(?:depan|belakang|samping|sekitar|dalam|luar|seberang|wilayah|sepanjang|"
                                 r"lantai\s+\w+))?\s+$",
                                 re.IGNORECASE)
# An inspection of prices or stock, which happens at the place ("menggelar inspeksi mendadak (sidak) harga bahan pokok di
# Pasar Induk Jodoh", "memantau harga di Pasar X"), before the word NOT_AN_EVENT_BEFORE reads as a price's place.
INSPECTED_BEFORE = re.compile(r"\b(?:sidak|inspeksi(?:\s+mendadak)?|pemantauan|memantau|pantauan|mengecek|pengecekan|survei|"
                              r"monitoring|meninjau|peninjauan)(?:\s*\(sidak\))?\s+$", re.IGNORECASE)


# Rooms and buildings where people meet: a price or stock named before one is the meeting's subject ("rapat
# koordinasi stabilisasi harga bawang merah di Kantor Pengelola Pasar Induk X"), not the place's price.
MEETING_HEADS = MEETING_HALLS + ("Ruang",)


# What was found in the districts named after "berada di": hotspots (`47 titik panas, sebagian besar berada di
# Kecamatan Sumay`), which five authors count; where cases or a condition lie, and where a disaster struck worst (the
# authors split two and two), are no venues.
HOTSPOTS_BEFORE = re.compile(r"\b(?:titik\s+panas|hotspot|titik\s+api)\b[^;“”\"]{0,120}$", re.IGNORECASE)


def _not_an_event_before(text: str, start: int) -> bool:
    """Whether the words before a place say no event happens there (a price, a route, a condition …)."""
    m = NOT_AN_EVENT_BEFORE.search(text, max(0, start - 70), start)
    return bool(m) and not (re.match(r"[Hh]arga|[Ss]tok", m.group()) and (
        INSPECTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or text.startswith(MEETING_HEADS, start))) \
        and not (re.match(r"(?i:gelombang|ombak|cuaca|curah)", m.group()) and text.startswith(MEETING_HEADS, start))
    # ("rapat koordinasi penanganan dampak cuaca ekstrem di Ruang Rapat Bupati": the meeting's room)


# The preposition right before a place, with the side of it (`di depan`, `ke wilayah`), that the patterns below end on.
_PREPOSITION_END = r"(?:di|ke)(?:\s+(?:depan|belakang|samping|sekitar|dalam|luar|seberang|wilayah|sepanjang))?\s+$"
# What people are urged to do or not ("mengimbau penumpang … tidak naik melalui dermaga tidak resmi di sekitar Pantai
# Amal"): read over a longer stretch than the rest, where the word occurs.
URGED_BEFORE = re.compile(r"\b(?:mengimbau|diimbau|imbauan|[Ii]mbau)\b(?:[^.;“”\"]{0,80}?\b(?:agar|supaya|untuk|tidak|jangan|segera)\b|"
                          r"\s+(?:" + "|".join(RESIDENTS) + r")\s+(?=[a-z]))"  # ("mengimbau masyarakat melapor ke Polres X")
                          r"[^.;“”\"]{0,60}" + _PREPOSITION_END)
# Places counted before "di" say where those places lie ("tiga desa di Kecamatan X", "desa-desa di Kecamatan X", "desa
# adat di X": the villages; but "paruman desa adat di Wantilan X" is a meeting of one), unless a facility follows
# ("tujuh dermaga di Pelabuhan Ketapang": where the event is).
COUNTED_BEFORE = re.compile(r"(?:\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|"
                            r"seluruh|semua)\s+(?:" + _alternation(PLACE_NOUNS) + r")|"
                            r"\b(?:" + _alternation(PLACE_NOUNS) + r")-(?:" + _alternation(PLACE_NOUNS) + r"))"  # "desa-desa"
                            r"(?:\s+[a-z]+)?\s+(?:\([A-Z]{2,6}\)\s+)?" + _PREPOSITION_END, re.IGNORECASE)


# A seizure from places counted before their district (`barang bukti disita dari 27 lokasi di Distrik Biak Kota`).
SEIZED_FROM = re.compile(r"\b(?:disita|menyita|diamankan|mengamankan|dirazia|merazia)\b[^.;“”\"]{0,60}?\bdari\s+$")


# Residents urged by where they live (`mengimbau warga di 11 kecamatan rawan longsor, termasuk …`), and local heads
# instructed by where they serve (`menginstruksikan seluruh camat dan kepala desa di bantaran Sungai Musi melaporkan …`).
URGED_RESIDENTS = re.compile(r"\b(?:mengimbau|menghimbau|mengingatkan|meminta|diimbau|diminta|menginstruksikan|"
                             r"diinstruksikan)\s+(?:(?:seluruh|semua|para)\s+)?(?:" + "|".join(RESIDENTS) +
                             r"|camat|lurah|kepala\s+desa|kades|kepala\s+sekolah)(?:\s+(?:dan\s+)?[a-z]+){0,2}\s+di\s+$")
# The title of whom a facility is the unit (`Kepala SMP Negeri 7 … di Kecamatan Kao Teluk, Markus Ngongira`).
HEAD_OF_BEFORE = re.compile(r"\b(?:Kepala|Kepsek|Wakil|Plt\.?|Pj\.?|" + "|".join(BODY_HEAD_TITLES) + r")\s+$")
# Who receives something, named before a facility (`kepada Puskesmas Kabaruan dan Puskesmas Karatung`).
RECIPIENT_BEFORE = re.compile(r"\bkepada\s+(?:[^.,;:“”\"\n]{0,60}?\s+(?:dan|serta)\s+)?$")
# An event's verb shortly before the residents it is held for.
_EVENT_VERB_BEFORE = re.compile(r"\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|digelar|diadakan|dilaksanakan|"
                                r"diselenggarakan|dilanjutkan|dirangkai|dirangkaikan)\s+[^.,;“”\"]{0,50}$")
# A volcano or a river named as the cause of what happens elsewhere (`erupsi Gunung Lewotobi`, `banjir luapan Krueng
# Kluet di Kecamatan …`).
CAUSE_BEFORE = re.compile(r"\b(?:erupsi|letusan|abu\s+vulkanik|awan\s+panas|lahar(?:\s+dingin)?|luapan|meluapnya)\s+$")


EVENT_CUE = re.compile(r"(?:berlangsung|digelar|bertempat|dilaksanakan|diadakan|diselenggarakan)\s+di\s")


def _no_event_at(text: str, start: int, written: str) -> bool:
    """Whether a facility named before its village or district ("X di Desa Y") is no venue: whom someone belongs to
    ("kader Posyandu Melati di Desa X"), a kind of place with no name ("pengelola Solar Packed Dealer Nelayan (SPBUN)
    di Desa Daruba"), an official's unit ("Kepala SMP Negeri 7 … di Kecamatan Kao Teluk, Markus …") or who receives
    something ("kepada Puskesmas Kabaruan dan Puskesmas Karatung di Kecamatan Nanusa")."""
    return bool(_RESIDENT_BEFORE.search(text, max(0, start - 30), start)) or \
        _only_the_kind(written, _facility_phrase(written + " ")) or \
        bool(HEAD_OF_BEFORE.search(text, max(0, start - 25), start)) or \
        bool(RECIPIENT_BEFORE.search(text, max(0, start - 80), start))


def _event_place(text: str, start: int, end: int) -> bool:
    return bool(EVENT_AFTER.match(text, end)) or bool(EVENT_BEFORE.search(text[max(0, start - 40):start])) or \
        bool(EVENT_CUE.match(text, start))  # the cue itself: "Sosialisasi digelar di Kabupaten Poso dan …"


# "Pantai Lampuuk", "kawasan Lambaro", "SDN Sungai Jingah 1", "kompleks Pelabuhan Perikanan Samudera (PPS) Bitung"
_ITEM = r"(?:" + _LOWER_HEAD + r"[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|\d{1,3}\b|\([A-Z][A-Za-z]{1,8}\))){0,4}" + \
    r"(?:[ \t]+(?:kilometer|[Kk][Mm]\.?)[ \t]*\d{1,3}(?:[.,]\d{1,3})?\b)?"  # "Jalan Ahmad Yani kilometer 1"
# More places sharing one preposition: `di Kecamatan Gambut, Sungai Tabuk, dan Aluh-Aluh`, `di Hotel A dan Hotel B`.
# `A, B, hingga C`, `A, B hingga C`: a list too; `di kawasan Jalan Raya Serpong dan sekitar Pasar Ciputat`, `dan
# seputaran Waduk Pusong`: the place; and each place perhaps with its district (`Desa A di Kecamatan B, Desa C di
# Kecamatan D serta Desa E di Kecamatan F`).
_WITHIN = r"(?:[ \t]+di[ \t]+(?:" + _LEVELS + r")[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})"
COORDINATED = re.compile(r"(?P<lead>" + _WITHIN + r"?)(?P<items>(?:[ \t]*,[ \t]*" + _ITEM + _WITHIN + r"?)*)[ \t]*,?[ \t]+"
                         r"(?P<conj>dan|serta|hingga)"
                         r"[ \t]+(?:di[ \t]+)?(?:sekitar[ \t]+|seputaran[ \t]+)?(?P<last>" + _ITEM + r")(?P<within>" + _WITHIN + r"?)")
_COORDINATED_ITEM = re.compile(r"[ \t]*,[ \t]*(?P<item>" + _ITEM + r")(?P<within>" + _WITHIN + r"?)")
# ... a list whose last member is counted, not named (`di TPST Modalan, TPST Argodadi dan puluhan TPS3R`): the named ones.
COORDINATED_UNNAMED_LAST = re.compile(r"(?P<items>(?:[ \t]*,[ \t]*" + _ITEM + _WITHIN + r"?)+)[ \t]*,?[ \t]+(?:dan|serta)"
                                      r"[ \t]+(?:\d|(?:" + "|".join(GROUP_QUANTIFIERS) + r"|berbagai)\b|"
                                      + _LOWER_HEAD + r"(?![\w'-]*[ \t]+[A-Z]))")  # ("… serta rumah-rumah kerabat",
# "Pelabuhan Tomok, Pelabuhan Simanindo dan dermaga wisata di Tuktuk Siadong": a last member that no name follows)


def _head_word(name: str) -> str:
    """A listed place's first word, capitalised as a head is listed: "kawasan Lambaro" -> "Kawasan"; after a lower-case
    word that is no head, the head it comes before: "kolong Jembatan Pasupati" -> "Jembatan"."""
    words = name.split()
    first = words[0][0].upper() + words[0][1:]
    if first not in _HEADS and words[0].islower() and len(words) > 1 and words[1] in _HEADS:
        return words[1]
    return first


def _is_place_name(name: str) -> bool:
    """A regency, district or village name the gazetteer knows (`Matangkuli`, `Sungai Tabuk`)."""
    return bool(gazetteer().regency(name)) or gazetteer().is_local_place(name)


def _coordinated(text: str, end: int, head: str) -> list[tuple[str, tuple[int, int]]]:
    """The other places of a list that starts with the venue ending at `end`; each must be a place the gazetteer
    knows, or (after a region level word such as Kecamatan) any capitalised name, or start with a facility head."""
    m = COORDINATED.match(text, end)
    unnamed_last = COORDINATED_UNNAMED_LAST.match(text, end) if not m else None
    if not (m or unnamed_last) or (m and m.group("conj") == "hingga" and not m.group("items")):
        return []  # "A hingga B" alone is a stretch or a time, not a list
    m = m or unnamed_last
    spans = [i.span("item") for i in _COORDINATED_ITEM.finditer(text, m.start("items"), m.end("items"))] + \
        ([m.span("last")] if m is not unnamed_last else [])
    items = []
    for s, e in spans:
        name = text[s:e]
        first = _head_word(name)
        known = _is_place_name(name)
        if first in TIME_WORDS or not (known or first in _HEADS or head in LOCAL_LEVELS):
            return []
        items.append((name, (s, e)))
    return items


# `di 10 kampung di beberapa distrik, ada Kurik, Elikobel, Okaba`, `Lima titik itu meliputi Jalan A, ...`: places
# listed after a counted place noun.
PLACE_LIST = re.compile(r"(?<!\w)(?P<di>di\s+)?(?i:\d+|beberapa|sejumlah|berbagai|dua|tiga|empat|lima|enam|tujuh|"
                        r"delapan|sembilan|sepuluh)\s+(?P<noun>" + _alternation(PLACE_NOUNS) + r")(?:\s+di\s+(?P<within>[a-z ]{3,30}?)|"
                        r"(?:\s+[a-z]+){1,2}|(?P<clause>\s+[^.,;:\n“”\"]{8,70}?))?\s*,?\s*(?:" + _alternation(LIST_OPENERS) +
                        r")\s+(?P<di2>di\s+)?(?=[A-Z])")  # "lima sekolah dasar di X meliburkan siswanya, antara lain SD …"
# ... and places named after what befell them, without a count: `Desa yang terendam yakni Singkoyo, Tirta Sari dan
# Sentral Sari di Kecamatan Toili, serta Saluan …` (the flood's scene, each village with its district), `Wilayah yang
# paling parah adalah Desa Darit dan Desa Ansang di Kecamatan Menyuke serta Desa Sidas …` (the worst hit).
_WORST = r"paling\s+parah|terparah|paling\s+terdampak"
_STRUCK_LIST_OPENERS = r"(?:yakni|yaitu|meliputi|antara\s+lain|di\s?antaranya|adalah)"
STRUCK_LIST = re.compile(r"(?<!\w)(?P<di>(?!))?(?P<noun>(?i:desa|kelurahan|kampung|dusun|gampong|nagari|jorong|lingkungan|"
                         r"kecamatan|distrik|wilayah|daerah|lokasi))\s+(?:yang\s+(?:(?:ikut|turut|masih|sudah|telah|paling)\s+)?"
                         r"(?:" + _STRUCK + r")(?:\s+[a-z]+){0,2}|(?:yang\s+)?(?:" + _WORST + r")(?:\s+(?:terdampak|terkena|dilanda))?)"
                         r"(?:\s+(?:berada\s+)?di\s+(?:" + "|".join(DISTRICT_LEVELS) + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"  # ("…
                         # terparah berada di Kecamatan Malinau Kota, yakni Desa Malinau Hulu, …": the district's villages)
                         r"\s*,?\s*"
                         r"(?:" + _STRUCK_LIST_OPENERS + r"\s+)?(?P<within>(?!))?(?P<di2>(?!))?(?=[A-Z])")
# ("Desa yang paling parah Ngulak III, Air Balui dan Keban I": the list may follow with no word between)
LIST_OPENED = re.compile(r"\b" + _STRUCK_LIST_OPENERS + r"\s*$")
# ... and the villages whose people suffered worst: `kekeringan terparah dialami warga Desa Songan B, Desa Sukawana dan …`.
WORST_SUFFERED = re.compile(r"(?<!\w)(?P<di>(?!))?(?:" + _WORST + r")\s+(?:dialami|dirasakan)\s+(?:oleh\s+)?(?:warga|"
                            r"masyarakat|penduduk)\s+(?P<within>(?!))?(?P<di2>(?!))?(?=(?P<noun>" + "|".join(VILLAGE_LEVELS) +
                            r")\s+[A-Z])")
# ... and where the worst-hit villages are: `Desa dengan kondisi paling parah berada di Raenalulu dan Ledeana di Kecamatan X`.
WORST_VILLAGES_AT = re.compile(r"(?<!\w)(?P<di>(?!))?(?P<noun>(?i:" + "|".join(VILLAGE_LEVELS) + r"))\s+(?:yang\s+|dengan\s+"
                               r"kondisi\s+)?(?:" + _WORST + r")\s+(?:terdampak\s+)?(?:berada|terdapat|ada)\s+di\s+(?P<within>(?!))?(?P<di2>(?!))?"
                               r"(?=[A-Z])")
# ... and the worst-hit villages listed before they are called so: `Desa Bonde, Desa Lapeo dan Desa Katumbangan di
# Kecamatan Campalagian menjadi wilayah paling parah` (the villages, not the district they lie in).
_VILLAGE = r"(?:" + "|".join(VILLAGE_LEVELS) + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
WORST_LISTED_FIRST = re.compile(r"(?<![\w-])(?P<items>(?:" + _VILLAGE + r"(?:\s*,\s*|\s+(?:dan|serta)\s+)){1,8}" + _VILLAGE +
                                r")(?P<within>\s+di\s+(?:" + "|".join(DISTRICT_LEVELS) + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"
                                r"\s+(?:menjadi|merupakan|adalah)\s+(?:wilayah|daerah|desa|kelurahan|lokasi|kawasan)\s+"
                                r"(?:yang\s+)?(?:terdampak\s+)?(?:" + _WORST + r")")
PLACE_NOUN = re.compile(r"\b(?:" + _alternation(PLACE_NOUNS) + r")\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"(?P<item>" + _ITEM + r")(?:\s+untuk\s[^,.;\n]{1,60}?(?=\s*,|\s+(?:dan|serta)\s)|"
                       r"\s+di\s+(?P<tail>(?:" + _LEVELS + r")\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))?"
                       r"(?P<sep>\s*,\s*(?:dan\s+|serta\s+|lalu\s+|kemudian\s+)?|\s+(?:dan|serta)\s+)?")  # "…, Aula X untuk cabang Y, …",
# "di antaranya Jalan Yos Sudarso di Kelurahan Sanggeng dan kawasan Wosi": the street's village, then the next item


# A list followed by where its places lie (`sejumlah desa seperti A dan B berada di perbukitan`): no event there.
LIE_THERE = re.compile(r"\s+(?:berada|terletak)\s+di\b")
_STRUCK_OR_WORST = re.compile(r"\byang\s+(?:\w+\s+)?(?:" + _STRUCK + r")|" + _WORST)


_EVACUATED = r"\b(?:mengungsi|diungsikan|dievakuasi|berlindung)\s+ke\s+"
EVACUATED_TO = re.compile(_EVACUATED + r"$")
# Shelters listed after "mengungsi ke" among homes and nameless ones: `mengungsi ke rumah kerabat, masjid dan gedung SDN
# 3 Hu'u` (the named one is a venue).
SHELTERS = re.compile(_EVACUATED + r"(?P<items>[^.;:“”\"\n]{3,160})")
SHELTER = re.compile(r"(?:^|,[ \t]*|[ \t]+(?:dan|serta)[ \t]+)(?:(?:gedung|aula|balai|halaman|kantor)[ \t]+)?"
                     r"(?P<name>(?:" + _FACILITY + r")" + _NAME_WORDS + r")")


def _scan_struck(text: str, start: int):
    """STRUCK_LIST's matches, scanned only when a word it needs occurs."""
    return itertools.chain(*(p.finditer(text, start) for p in (STRUCK_LIST, WORST_SUFFERED, WORST_VILLAGES_AT))) \
        if _STRUCK_OR_WORST.search(text) else ()


def _listed_places(text: str, start: int) -> tuple[list[Venue], list[Venue]]:
    """The named places of each list after a counted place noun (`antara lain Tanah Lot, Uluwatu, dan Kintamani`),
    and apart from them those of a counted district or regency (`di empat kecamatan, yakni Limboto, Telaga Biru`):
    the areas an event covers, venues only in an article that names nothing more specific."""
    found, coarse = [], []
    lists = [*PLACE_LIST.finditer(text, start), *_scan_struck(text, start)]
    for m in lists:
        # all the districts an event covers, enumerated ("di empat kecamatan, yakni", "11 desa di empat kecamatan,
        # meliputi"), are areas; districts given as examples ("di beberapa distrik, ada Kurik, Okaba") are venues
        # the last place noun before the list: "11 desa di empat kecamatan, yakni" lists districts
        noun = (m.group("within") or "").split()[-1:] or \
            ([m.group("noun").casefold()] if m.re in (STRUCK_LIST, WORST_SUFFERED, WORST_VILLAGES_AT) else
             PLACE_NOUN.findall(m.group().casefold())[-1:])
        # (what befell "Wilayah terparah berada di Kecamatan X, yakni Desa A, …" names the villages, not districts)
        noun = noun[0]
        into = coarse if noun.capitalize() in DISTRICT_LEVELS + ("Kabupaten", "Kota") and \
            re.search(r"\b(?:yakni|yaitu|meliputi)\s*(?:di\s+)?$", m.group()) else found
        if not m.group("di") and re.search(r"\b(?:kepada|untuk|bagi|ke|dari)\s+$", text[max(0, m.start() - 10):m.start()]) \
                and not EVACUATED_TO.search(text, max(0, m.start() - 20), m.start()):
            continue  # "kepada 10 kampung, antara lain ...": who receives, not where (but "mengungsi ke sejumlah titik,
            # antara lain Gedung Pancasila, …": the shelters)
        if m.re is STRUCK_LIST and " di " in m.group() and not LIST_OPENED.search(m.group()):
            continue  # ("Wilayah paling parah berada di Kecamatan Jerowaru, Keruak, dan Sambelia": districts, no list)
        if m.group("di") and URGED_RESIDENTS.search(text, max(0, m.start() - 60), m.end("di")):
            continue  # "mengimbau warga di 11 kecamatan rawan longsor, termasuk Bener, Gebang …": whom it urges
        pos, previous, listed = m.end(), None, []
        while item := LIST_ITEM.match(text, pos):
            name = item.group("item")
            first = _head_word(name)
            if previous and previous not in REGION_HEADS and first in DISTRICT_LEVELS + ("Kabupaten", "Kota"):
                previous, pos = first, item.end()  # "di Jalan Paus, Kecamatan Marpoyan Damai, dan …": the street's region
                if not item.group("sep"):
                    break
                continue
            previous = first
            if first in TIME_WORDS or not (m.group("di") or m.group("di2") or (first in _HEADS or _is_place_name(name)) and
                                           first not in COARSE_HEADS):
                break  # without "di" ("enam desa terendam, di antaranya Desa X"), only what names a place below a
                # district (districts a flood "melanda" are regions; the shelters and villages are its venues)
            # ("Sentral Sari di Kecamatan Toili": the place's district is its region)
            listed.append(Venue(name, _region_of(item.group("tail")) if item.group("tail") else None, item.span("item")))
            if not item.group("sep"):
                break
            pos = item.end()
        if not LIE_THERE.match(text, listed[-1].span[1] if listed else pos):
            into.extend(listed)  # (not "sejumlah desa seperti A dan B berada di perbukitan": where they lie)
    return found, coarse


_HEAD_KEYS = {h.casefold() for h in _HEADS if h not in LOCAL_LEVELS + ("Kota", "Kabupaten", "Provinsi")}


# Posts, kitchens and tents set up inside a building (`Posko Tanggap Darurat di Kantor Desa Babang`).
HOUSED_HEADS = ("Posko", "Pos", "Dapur", "Tenda", "Shelter")
_LOWER_WRITTEN_HEADS = ("Terminal", "Pasar", "Pelabuhan", "Dermaga", "Gedung", "Kantor")  # lower case inside a place
# Capitalised words for the edge or side of a named place, before its head (`Tepian Sungai Jantan`).
EDGE_WORDS = ("Tepian", "Tepi", "Bantaran", "Pinggir", "Pinggiran", "Sempadan")


def _names_again(short: str, long: str) -> bool:
    """Whether the (casefolded) place name `short`, of two words or more, is `long` shortened: its words in order
    inside `long`, starting with the same word or making up `long`'s ending."""
    words, within = short.split(), long.split()
    if len(words) < 2 or len(words) >= len(within):
        return False
    if within[0] in _HEAD_KEYS and words[0] not in _HEAD_KEYS:
        return False  # "Batu Ampar" after "Kantor Desa Batu Ampar": the village, not its office again
    if within[-len(words):] == words:
        return True
    rest = iter(within)
    return words[0] == within[0] and all(w in rest for w in words)


def _by_its_acronym(short: str, long: str) -> bool:
    """Whether `short` names the place `long` by the acronym `long` gives in brackets, with no word `long` lacks."""
    words = short.split()
    acronym = words[-1]
    return acronym.isupper() and len(acronym) > 1 and f"({acronym})" in long and \
        all(w.casefold() in long.casefold().split() for w in words[:-1])


def _part_of_named(name: str, named: list[Venue]) -> bool:
    """Whether `name` and a village already named are one place, one of them the village's land in lower-case words
    (`lahan gambut Desa Ujung` and `Desa Ujung`)."""
    def part(longer: str, village: str) -> bool:
        prefix = longer[:len(longer) - len(village)]
        return village.split()[0] in VILLAGE_LEVELS and longer.endswith(" " + village) and \
            prefix.split()[:1] in (["lahan"], ["kawasan"], ["wilayah"], ["sawah"], ["hamparan"], ["kebun"], ["perairan"])
    return any(part(name, u.name) or part(u.name, name) for u in named)


def _sentence_of(sentences: list[tuple[int, int]], at: int) -> int | None:
    return next((i for i, (s, e) in enumerate(sentences) if s <= at < e), None)


def _same_sentence(sentences: list[tuple[int, int]], a: int, b: int) -> bool:
    index = _sentence_of(sentences, a)
    return index is not None and index == _sentence_of(sentences, b)


def _near(sentences: list[tuple[int, int]], region: int, venue: int) -> bool:
    """True when `venue` is in the sentence of `region` or the one after it."""
    index = _sentence_of(sentences, region)
    return index is not None and any(s <= venue < e for s, e in sentences[index:index + 2])


def extract_venues(text: str, start: int = 0, masked: list[tuple[int, int]] = ()) -> list[Venue]:
    """Named places after `di`/`ke`/`bertempat di`: facilities first; a bare region only if nothing more specific."""
    gaz = gazetteer()
    venues: list[Venue] = []
    regions_only: list[Venue] = []
    ranges = [m for m in PLACE_RANGE.finditer(text, start) if not any(a <= m.start() < b for a, b in masked)]
    venues.extend(Venue(m.group(g), None, m.span(g)) for m in ranges for g in ("name", "last"))
    masked = [*masked, *(m.span("within") for m in ranges if m.group("within"))]
    worst = [m for m in (WORST_LISTED_FIRST.finditer(text, start) if "parah" in text or "paling terdampak" in text else ())
             if not any(a <= m.start() < b for a, b in masked)]
    venues.extend(Venue(v.group(), _region_of(m.group("within") or ""), (m.start("items") + v.start(),
                                                                          m.start("items") + v.end()))
                  for m in worst for v in re.finditer(_VILLAGE, m.group("items")))
    masked = [*masked, *(m.span("within") for m in worst if m.group("within"))]
    pos = start
    while m := PLACE.search(text, pos):
        name = m.group("name")
        stop = SENTENCE_END.search(name)  # a sentence ends inside, and the next may open with a place ("… di
        # Kabupaten Sikka. Di Desa Nangahale, …"): read on from the full stop
        pos = m.start("name") + stop.end() if stop else m.end()
        said_end = m.start("name") + stop.start() if stop else m.end()  # where what follows the place starts
        name = name[:stop.start()] if stop else name.rstrip(".,")
        name = re.split(r"\s+di\s+(?=(?:Jalan|Jl\.?)(?:\s|$))", name)[0]  # "Pasar Baru II di Jalan Merdeka": the address
        name = re.split(r"\s+Rp(?=[\s.\d])", name)[0]  # "kios Rp 10 ribu per liter", "Rp10": a price, not a name
        where = re.search(r"\s+di\s+(?P<where>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
                          r"(?:\s+dan\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?)$", name)  # ("… di Kecamatan A dan B")
        if name.startswith(PROGRAMME_NAMES):  # "Kampung Bebas Narkoba di Desa Arang Limbung": a programme, held there
            if not where:
                continue
            name, shift = where.group("where"), where.start("where")
        elif where and (where.group("where").split()[0] in LOCAL_LEVELS + ("Kabupaten", "Kota", "Provinsi") or
                      gaz.regency(where.group("where")) or where.group("where").casefold() in gaz.districts):
            # "Kantor Bupati Lombok Timur di Selong": Selong is where the office lies; "ke Musrenbang Regional
            # Sulawesi di Makassar": no place before it, so Makassar is the venue
            a_facility = _head_word(name) in _HEADS or _facility_phrase(name)  # ("SPPG Tempursari di Desa Tempursari")
            shift = 0 if a_facility and not _someones_house(name[:where.start()]) and \
                len(name[:where.start()].split()) > 1 else where.start("where")  # ("meresmikan TPS3R di Desa X": X)
            name = name[shift:] if shift else name[:where.start()]
        elif where and _head_word(name) in HOUSED_HEADS and _head_word(where.group("where")) in _HEADS:
            # "Posko Tanggap Darurat di Kantor Desa Babang": a post housed in a building, the building is the place
            name, shift = where.group("where"), where.start("where")
        elif where and _head_word(name) in _HEADS and len(name[:where.start()].split()) > 1:
            name, shift = name[:where.start()], 0  # "Kantor BPBD Karangasem di Amlapura": a town the office lies in
        else:
            shift = 0
        while _BAD_TAIL.search(name):
            name = _BAD_TAIL.sub("", name)
        s = m.start("name") + shift
        part = PART_OF_PLACE.match(name)
        if part:  # "lantai dua Pasar Terong", "bahu Jalan Terong": the place is the market, the street
            name, s = name[part.end():], s + part.end()
        e = s + len(name)
        if any(a <= s < b for a, b in masked):
            continue
        counted = COUNTED_BEFORE.search(text, max(0, s - 70), s)
        if counted and name.split()[0] in FACILITY_HEADS and name.split()[0] not in _PLACE_LEVEL_WORDS:
            counted = None  # "menyiapkan 52 kapal dan tujuh dermaga di Pelabuhan Ketapang": the port is the scene
        if counted:
            listed = COORDINATED.match(text, e)
            if STRUCK_AFTER.match(text, listed.end() if listed else e) or \
                    SEIZED_FROM.search(text, max(0, counted.start() - 80), counted.start()):
                counted = None  # "23 desa di Kecamatan X, Y dan Z tergenang": where the flood is; "disita dari 27 lokasi
                # di Distrik X, Y dan Z": where the seizures were
        if counted or _not_an_event_before(text, s) or \
                WORKS_ASKED_BEFORE.search(text, max(0, s - 140), s) or URGED_RESIDENTS.search(text, max(0, s - 80), s) or \
                (WORKS_BEFORE.search(text, max(0, s - 60), s) and PROPOSED_AFTER.match(text, e)) or \
                ("imbau" in text[max(0, s - 150):s] and URGED_BEFORE.search(text, max(0, s - 150), s)):
            continue  # a price, a plot's size, a condition, a route: no event happens there
        trading = VENDORS_TRADE.search(text, max(0, s - 60), s)
        if trading and not CLEARED.search(text, max(0, trading.start() - 150), trading.start()) and \
                not CLEARED_AFTER.match(text, e):
            continue  # "pedagang yang berjualan di Pasar X" (but where vendors were cleared from, the scene:
            # "pedagang yang selama ini berjualan di bahu Jalan Raya Koba bakal direlokasi")
        if (name.split()[0] in DISTRICT_LEVELS and re.search(r"\bberada\s+di\s+$", text[max(0, s - 12):s])
                and not HOTSPOTS_BEFORE.search(text, max(0, s - 160), s)) or \
                (name.split()[0] in VILLAGE_LEVELS and re.search(r"\bberada\s+di\s+wilayah\s+$", text[max(0, s - 20):s])):
            continue  # "Sebagian besar berada di Kecamatan X dan Y", "57 di antaranya berada di wilayah Desa Wadas":
            # where cases, areas or buildings lie, not an event
        statistic = STATISTICS_BEFORE.search(text, max(0, s - 70), s) if name.split()[0] in LOCAL_LEVELS else None
        if statistic and not (BREAKDOWN.search(statistic.group()) and
                              not CONDITION.search(text, max(0, s - 160), s)) and \
                not (name.split()[0] in VILLAGE_LEVELS and re.search(r"\bterjadi\b", statistic.group())):
            continue  # "keluhan utama warga, terutama di Kelurahan X", "pertumbuhan permukiman di Kecamatan X": no event
            # there (but where most cases or hotspots were found, something happened: "kasus terbanyak ditemukan di
            # Kelurahan X", "sebagian besar berada di Desa Segati"; and "lonjakan kasus terjadi di Desa X")
        level = name.split()[0] in LOCAL_LEVELS
        if level and FACILITY_AFTER.match(text, e):
            continue  # "dilanjutkan di Kecamatan Laut Tawar pada Rabu (11/2) di Gedung Olah Seni": the hall is the place
        street = name.split()[0] in ("Jalan", "Jl.", "Jl")
        facility = FACILITY_BEFORE.search(text, max(0, m.start() - 80), m.start()) if (level or street) and \
            text[m.start():m.start() + 3] == "di " else None
        if facility and CAUSE_BEFORE.search(text, max(0, facility.start() - 20), facility.start()):
            facility = None  # "warga terdampak erupsi Gunung Lewotobi Laki-laki di Desa Konga": the volcano is the cause
        if facility and street:  # "Pasar Baru II di Jalan Merdeka": the street is the market's address
            written = facility.group("name") or facility.group("short") or facility.group("road")
            venues.append(Venue(re.sub(r"^\((\S+)\)", r"\1", written), _region_of(m.group("region") or ""),
                                (m.start() - 1 - len(written), m.start() - 1)))
            continue
        if facility:  # "kapasitas TPA Tlekung di Desa Tlekung": the facility is the place, the village where it lies
            written = facility.group("name") or facility.group("short") or facility.group("road")
            if _no_event_at(text, facility.start(), written):
                continue
            # "Tempat Pemrosesan Akhir (TPA) Regional Kebon Kongok": named by its acronym, "TPA Regional Kebon Kongok"
            venues.append(Venue(re.sub(r"^\((\S+)\)", r"\1", written), _region_of(name + (m.group("region") or "")),
                                (m.start() - 1 - len(written), m.start() - 1)))
            continue
        listed = COORDINATED.match(text, said_end)  # "rumah di Kelurahan X, Y dan Z tergenang": the act after the list
        if (level or name.split()[0] in _OPEN_PLACES) and text[m.start():m.start() + 3] == "di " and \
                _lives_there(text, m.start()) and \
                not _residents_act(text, _past_regions(text, listed.end() if listed else said_end)) and \
                not (_EVENT_VERB_BEFORE.search(text, max(0, m.start() - 60), m.start()) and
                     EVENT_AFTER.match(text, _past_regions(text, said_end))):
            # where people live ("seorang ibu balita di Desa Kuala Dua, Rosalina (29)", "keluhan warga di Kecamatan
            # Poasia, Kambu, dan Baruga yang ..."), unless they do something there ("warga di X sudah bergotong royong")
            # or an event held for them there is dated ("menggelar simulasi evakuasi warga di Kampung Rado, Distrik
            # Wasior, Sabtu (4/10/2025)")
            continue
        if level and EXISTS_AFTER.match(text, listed.end() if listed else said_end):
            continue  # "Di Kecamatan Tiris, Krucil dan Lumbang masih ada dusun yang …": what is there, no event
        if name.split()[0] in DISTRICT_LEVELS and ITS_VILLAGES_AFTER.match(text, said_end):
            continue  # "Desa yang paling parah di Kecamatan Pendopo, yaitu Lubuk Sepang, …": the villages named
        if name.startswith("Pasar ") and _vendors_there(text, m.start()) and \
                not _residents_act(text, listed.end() if listed else said_end):
            continue
        words = name.split()
        second = None
        if "dan" in words[1:-1]:  # "kawasan Lhoksukon dan Matangkuli", "Hotel A dan Hotel B": two places
            cut = len(words) - 1 - words[::-1].index("dan")
            right = " ".join(words[cut + 1:])
            # ("RSUD Tani dan Nelayan": one hospital's name, an ordinary word after "dan"; "Kecamatan Batang Asai dan
            # Limun": two districts)
            name_goes_on = " " not in right and right.lower() in root_words() and words[0] not in REGION_HEADS
            if words[cut + 1] in _HEADS or (_is_place_name(right) and not name_goes_on) or \
                    (re.fullmatch(_LOWER_HEAD, words[cut + 1]) and cut + 2 < len(words) and words[cut + 2] in _HEADS) or \
                    _facility_phrase(right):
                # ("bantaran Sungai Cikapundung dan kolong Jembatan Pasupati", "Pasar Keramat dan Pusat Perbelanjaan X")
                words = words[:cut]
                second = (right, s + name.rindex(right))
        while words and words[-1] in TIME_WORDS:
            words.pop()
        if not words or words[0] in TIME_WORDS or words[0].isdigit():
            continue  # a time, or a count ("ke 68 SMP negeri")
        name = " ".join(words)
        e = s + len(name)
        head = words[0][0].upper() + words[0][1:]
        listed = REGION_PART.match(m.group("region").lstrip(" \t,")) if m.group("region") else None
        if listed and listed.group("kind") == head:  # "di Desa A, Desa B, dan Desa C": a list, not A's region
            region_text, list_from = "", e
        else:
            region_text, list_from = m.group("region") or "", m.end() if m.group("region") else e  # before a "dan"
        region = _region_of(region_text)
        if head not in _HEADS and words[0].islower():  # "halaman Mapolres Banjar": the named building's head
            # (or one written in lower case before the name: "lahan eks terminal Painan")
            head = next((w.capitalize() if w.capitalize() in _LOWER_WRITTEN_HEADS else w for w in words[1:]
                         if w[:1].isupper() or w.capitalize() in _LOWER_WRITTEN_HEADS), head)
        if head not in _HEADS and len(words) > 1 and words[-1] in _HEADS and words[-1] not in REGION_HEADS:
            # "M Bahalap Hotel" (not "Panitia Pemilihan Kepala Desa")
            head = words[-1]
        if head not in _HEADS and "hotel" in words[0].lower():  # "Swiss-Belhotel Manokwari"
            head = "Hotel"
        if head not in _HEADS and len(words) > 2 and words[0] in EDGE_WORDS and words[1] in _HEADS:
            head = words[1]  # "di sepanjang Tepian Sungai Jantan": the river's bank
        if head not in _HEADS and len(words) > 2 and words[0] in ("UPT", "UPTD") and words[1] in _HEADS:
            head = words[1]  # "UPT SD Negeri 12 Bungoro": a school run as a technical unit
        if head not in _HEADS and len(words) > 3 and words[0] == "Lantai" and words[2] in _HEADS:
            head = words[2]  # "di Lantai VII Kantor Gubernur Maluku": a floor of the office
        if head not in _HEADS and words[0].casefold() in SHOP_HEADS and len(words) > 1:
            head = "Warung"  # "di kios UD Sumber Tani": a shop, by its trading name
        hamlet = " ".join(words[:2]) in HAMLET_HEADS  # "Banjar Dinas Babakan": a hamlet, not Kabupaten Banjar
        # a facility named by a phrase: "Lembaga Pemasyarakatan Kelas IIB Sigli", "Air Terjun Sri Gethuk"
        phrase = _facility_phrase(name)
        if _only_the_kind(name, phrase):
            continue  # "di Solar Packed Dealer Nelayan (SPDN)": a kind of place, not one named
        found, found_regions = len(venues), len(regions_only)
        if (head in _HEADS or hamlet or phrase) and head not in ("Kota", "Kabupaten", "Provinsi") + LOCAL_LEVELS:
            if len(words) == 1:
                continue  # "di Kantor" alone is no name
            venues.append(Venue(name, region, (s, e)))
        elif head in LOCAL_LEVELS:
            venues.append(Venue(name, region, (s, e)))
            # ("di Desa A, Kecamatan X, serta Desa B, Kecamatan Y": B too)
            then = SERTA_NEXT.match(text, m.end()) if m.group("region") else None
            if then and not any(a <= then.start("name") < b for a, b in masked):
                venues.append(Venue(then.group("name"), _region_of(then.group("region")), then.span("name")))
        elif head in ("Kota", "Kabupaten", "Provinsi"):
            if _event_place(text, m.start(), e):
                regions_only.append(Venue(name, region, (s, e)))
        elif (gaz.regency(name) or name.casefold() in gaz.districts) and _event_place(text, m.start(), e):
            venues.append(Venue(name, region, (s, e)))
        elif gaz.province(name) and _event_place(text, m.start(), e):
            regions_only.append(Venue(name, region, (s, e)))  # "di Jakarta": only when nothing more specific
        elif _village_of(name, region_text):
            venues.append(Venue(name, region, (s, e)))  # "di Wakai, Kecamatan Una Una": a village in its district
        if len(venues) > found and second:
            venues.append(Venue(second[0], region, (second[1], second[1] + len(second[0]))))
        elif len(regions_only) > found_regions and second:  # "di Kabupaten Poso dan Tojo Una-Una": two regencies
            regions_only.append(Venue(second[0], region, (second[1], second[1] + len(second[0]))))
        elif len(venues) > found:
            venues.extend(Venue(item, region if list_from == e else None, span)
                          for item, span in _coordinated(text, list_from, head))
        elif len(regions_only) > found_regions:  # "di Makassar, Maros dan Gowa": regencies listed
            regions_only.extend(Venue(item, None, span) for item, span in _coordinated(text, list_from, head))
    listed, coarse = _listed_places(text, start)
    venues.extend(v for v in listed if not any(a <= v.span[0] < b for a, b in masked))
    for listed_after in (SHELTERS.finditer(text, start) if any(w in text for w in ("ungsi", "evakuasi", "berlindung"))
                         else ()):  # (a substring test costs far less than the scan)
        for shelter in SHELTER.finditer(listed_after.group("items")):
            at = listed_after.start("items") + shelter.start("name")
            if not any(a <= at < b for a, b in masked):
                venues.append(Venue(shelter.group("name"), None, (at, at + len(shelter.group("name")))))
    for held in HELD_AS.finditer(text, start):
        place = HELD_AT.search(text, max(start, held.start() - 120), held.start())
        if place and not any(a <= place.start() < b for a, b in masked):
            venues.append(Venue(place.group("name"), None, place.span("name")))
    for by in VISITED_BY.finditer(text, start):
        place = VISITED.search(text, max(start, by.start() - 120), by.start())
        if place and not any(a <= place.start() < b for a, b in masked):
            venues.append(Venue(place.group("name"), None, place.span("name")))
    for pattern in (LOCAL_PLACE, GENERIC_THEN_NAMED, WORKS_ON, DEPARTED_FROM, KNOWN_BUILDING, VILLAGE_HALL, REPORTING_FROM):
        for m in pattern.finditer(text, start):
            group = "moved" if pattern is WORKS_ON and m.group("moved") else \
                "office" if pattern is GENERIC_THEN_NAMED and m.group("office") else "name"
            if pattern is DEPARTED_FROM and re.search(r"\b(?:jarak|berjarak)\b[^.;,\n]{0,30}$", text[max(0, m.start() - 40):m.start()]):
                continue  # "berjarak sekitar 3 kilometer dari Bandara Supadio": a distance, no departure
            if pattern is WORKS_ON and (WORKS_ASKED_FOR.search(text, max(0, m.start() - 40), m.start()) or
                                        PRIORITIES_LISTED.search(text, max(0, m.start() - 100), m.start())):
                continue  # "usulan pembangunan ruas jalan X", "meminta pemkab memprioritaskan perbaikan …": only asked for
            if not any(a <= m.start() < b for a, b in masked):
                venues.append(Venue(m.group(group), None, m.span(group)))
    closing = any(verb in text for verb in CLOSED_VERBS)  # (the pattern tries every facility head: scan only when due)
    for m in (CLOSED.finditer(text, start) if closing else ()):
        for group in ("name", "also"):
            if m.group(group) and not any(a <= m.start(group) < b for a, b in masked):
                venues.append(Venue(m.group(group), None, m.span(group)))
    for venue in list(venues):  # "di Kelurahan A pada Rabu (11/3), Desa B pada Jumat (13/3), dan kawasan C pada …"
        end = venue.span[1]
        while (nxt := ROTATION_NEXT.match(text, end)) and not any(a <= nxt.start("name") < b for a, b in masked):
            venues.append(Venue(nxt.group("name"), None, nxt.span("name")))
            end = nxt.end("name")
        then = NEXT_STOPS.match(text, end)
        if then and not any(a <= then.start("items") < b for a, b in masked):
            head = _head_word(venue.name)
            for item in re.finditer(_ITEM, then.group("items")):
                if _is_place_name(item.group()) or _head_word(item.group()) in _HEADS or head in LOCAL_LEVELS:
                    venues.append(Venue(item.group(), None, (then.start("items") + item.start(),
                                                             then.start("items") + item.end())))
    venues.sort(key=lambda v: v.span)
    # "Desa Nanga Lebang di Kecamatan Kelam Permai", "Singkoyo dan Sentral Sari di Kecamatan Toili": the district
    # where the place just named lies, not a venue too
    venues = [v for i, v in enumerate(venues) if not (
        i and (v.name.split()[0] in COARSE_HEADS and venues[i - 1].name.split()[0] not in COARSE_HEADS or
               v.name.split()[0] in VILLAGE_LEVELS and _head_word(venues[i - 1].name) in _HEADS and
               _head_word(venues[i - 1].name) not in LOCAL_LEVELS) and
        re.fullmatch(r"[ \t]+di[ \t]+", text[venues[i - 1].span[1]:v.span[0]]))]
    # "di Jalan Poros Samarinda–Tenggarong, tepatnya di simpang tiga Loa Janan": the narrower place is the venue
    venues = [v for i, v in enumerate(venues) if not (NARROWED_AFTER.match(text, v.span[1]) and any(
        w.span[0] >= v.span[1] and w.span[0] - v.span[1] <= 25 for w in venues[i + 1:]))]
    seen: dict[str, int] = {}
    unique: list[Venue] = []
    # a region alone is the venue of its event when no more specific place is named in that sentence or the next
    # ("Karhutla kembali terjadi di wilayah Kota Palangka Raya. Api membakar lahan di Jalan Mahir Mahar ...")
    sentences = split_sentences(text)
    # "di Desa Englas, Kecamatan Bula, musdesus dijadwalkan … di Gedung Serbaguna Desa Englas": the village's hall,
    # named in the same sentence, is the more specific place of the one event
    venues = [v for v in venues if not (_head_word(v.name) in VILLAGE_LEVELS and any(
        w.span[0] > v.span[1] and w.name.endswith(" " + v.name) and
        _same_sentence(sentences, v.span[0], w.span[0]) for w in venues))]
    alone = [r for r in regions_only if not any(_near(sentences, r.span[0], v.span[0]) for v in venues)]
    alone += [] if venues else [v for v in coarse if not any(a <= v.span[0] < b for a, b in masked)]
    for venue in sorted(venues + alone, key=lambda v: (v.span[0], -v.span[1])):  # (the longer first: "SD Negeri Lamea")
        # "Pajangan" in a list and "Kapanewon Pajangan" later are one place, named in full
        words = venue.name.split()
        key = " ".join([w.strip("()") for w in words if w not in LOCAL_LEVELS and w.lower() not in _AREA_WORDS]
                       or words).casefold()  # "Tempat Pelelangan Ikan (TPI) Nangahale" ends with "TPI Nangahale"
        # "kawasan Peunayong" and "Peunayong" too, "perairan Desa Lambangan" and "perairan Lambangan"
        if key not in seen and (any(_names_again(key, earlier) for earlier in seen) or
                                any(_by_its_acronym(venue.name, u.name) for u in unique) or
                                COURTYARD.sub("", key) in seen or _part_of_named(venue.name, unique) or
                                any(u.span[0] <= venue.span[0] and venue.span[1] <= u.span[1] for u in unique)):
            continue  # "Pelabuhan Hunimua" after "Pelabuhan Penyeberangan Hunimua", "Pengadilan Tipikor Padang" after
            # "Ruang Sidang Utama Pengadilan Tipikor Padang", "kompleks PPS" after "kompleks Pelabuhan Perikanan
            # Samudera (PPS) Bitung": the place named again, shorter; "halaman Kantor Camat Burau" after "Kantor
            # Camat Burau": its grounds, the same place; "SD Negeri" inside "SD Negeri Lamea": a piece of it
        if key not in seen:
            seen[key] = len(unique)
            unique.append(dataclasses.replace(venue, region_code=gaz.code(venue.region)))
        elif len(words) > len(unique[seen[key]].name.split()):
            unique[seen[key]] = dataclasses.replace(unique[seen[key]], name=venue.name, region=venue.region or
                                                    unique[seen[key]].region)
    return unique


# The regions after a place (`, Kecamatan X, Kabupaten Y`).
REGION_TAIL = re.compile(r"(?:[ \t]*,[ \t]*(?:" + _LEVELS + r")[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}|"
                         r"[ \t]+\([A-Z][\w-]*\))+")  # ("Kabupaten Bolaang Mongondow Selatan (Bolsel)")
# A second place of the same level after the first's region: `di Desa A, Kecamatan X, serta Desa B, Kecamatan Y`.
SERTA_NEXT = re.compile(r"[ \t]*,?[ \t]+(?:serta|dan)[ \t]+(?P<name>(?:" + "|".join(LOCAL_LEVELS) + r")[ \t]+[A-Z][\w'-]*"
                        r"(?:[ \t]+[A-Z][\w'-]*){0,3})(?P<region>(?:[ \t]*,[ \t]*(?:" + _LEVELS + r")[ \t]+[A-Z][\w'-]*"
                        r"(?:[ \t]+[A-Z][\w'-]*){0,3})*)")


def _past_regions(text: str, end: int) -> int:
    """Where a list of places ends, past their regions and further places after "serta" (`rumah di Desa A dan Desa B,
    Kecamatan X, serta Desa C, Kecamatan Y terendam`: what befell them comes after)."""
    while more := REGION_TAIL.match(text, end) or SERTA_NEXT.match(text, end):
        end = more.end()
    return end
NARROWED_AFTER = re.compile(r"[ \t]*,?[ \t]*tepatnya[ \t]+")
# The next place of a schedule that moves from place to place, each with its own day (`digelar bergiliran di Kelurahan
# Motoboi Kecil pada Rabu (11/3), Desa Bilalang Satu pada Jumat (13/3), dan kawasan Pasar Serasi pada 16 Maret`).
# The next stops of a tour after its first, in the same sentence (`dilanjutkan di Kecamatan Muara Dua pada Selasa
# (20/1) mendatang, lalu menyusul Blang Mangat dan Muara Satu`, `kami pindahkan ke Kelurahan Penfui, lalu ke Alak dan
# Kelapa Lima`).
NEXT_STOPS = re.compile(r"[^.;\n“”\"]{0,60}?,?[ \t]+(?:lalu|kemudian|selanjutnya)[ \t]+(?:menyusul|disusul|ke)[ \t]+(?P<items>" +
                        _ITEM + r"(?:[ \t]*,[ \t]*" + _ITEM + r")*(?:[ \t]*,?[ \t]+(?:dan|serta)[ \t]+" + _ITEM + r")?)")
ROTATION_NEXT = re.compile(r"[ \t]+pada[ \t]+[^,.;\n“”\"]{3,30}?,[ \t]*(?:(?:dan|serta|kemudian|lalu)[ \t]+)?(?P<name>(?:" + _LEVELS +
                           r"|kawasan|Pasar|Lapangan|Kantor|Balai|Gedung|Aula)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
                           r"(?=[ \t]+pada\b)")


DISTRICT_AFTER = re.compile(r"[ \t]*,[ \t]*(?:" + "|".join(DISTRICT_LEVELS) + r")[ \t]+([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})")


def _village_of(name: str, region_text: str) -> bool:
    """Whether a bare name is a village of the district written after it (`Wakai`, `, Kecamatan Una Una`)."""
    district = DISTRICT_AFTER.match(region_text)
    if not district or len(name.split()) > 3 or not name[:1].isupper():
        return False
    gaz = gazetteer()
    codes = {d.code for d in gaz.districts.get(district.group(1).casefold(), [])}
    return any(v.parent in codes for v in gaz.villages.get(name.casefold(), []))


def _lies_in(name: str, regency: str) -> bool:
    """Whether a venue's name can lie in the regency whose code is given: it names no region, and no district or
    village that the gazetteer places only elsewhere (`Desa Rappoala` in Gowa, not `Kecamatan Tehoru` in Ambon)."""
    gaz = gazetteer()
    if gaz.regency(name) or gaz.province(name) or name.split()[0] in ("Kabupaten", "Kota", "Provinsi"):
        return False
    for m in REGION_PART.finditer(name):
        kind = m.group("kind").rstrip(".")
        if kind in ("Kabupaten", "Kab", "Kota"):  # "Alun-alun Kota Gianyar"
            other = gaz.regency(m.group("name"), "kota" if kind == "Kota" else "kabupaten")
            if other and other.code != regency:
                return False
            continue
        places = gaz.districts.get(m.group("name").casefold(), []) if kind in DISTRICT_LEVELS + ("Kec",) else \
            gaz.villages.get(m.group("name").casefold(), []) if kind != "Provinsi" else []
        if places and not any(r.code.startswith(regency + ".") for r in places):
            return False
    places = gaz.districts.get(name.casefold(), []) + gaz.villages.get(name.casefold(), [])  # "Okaba": a district
    return not places or any(r.code.startswith(regency + ".") for r in places)


def with_dateline_region(venues: list[Venue], place: str | None) -> list[Venue]:
    """Venues the article gives no region for lie in the regency or city of its dateline (`GOWA, ... -`), when the
    dateline names only one and the venue is not a region itself or a place elsewhere."""
    regency = gazetteer().dateline_regency(place)
    if regency is None:
        return venues
    return [dataclasses.replace(v, region=regency.name, region_code=regency.code)
            if v.region is None and _lies_in(v.name, regency.code) else v for v in venues]

