"""Honorifics, religious/traditional titles, police/military ranks and academic degrees around names.

Sources: ANNOTATION.md and SCORING.md (the lists they name), Indonesian degree abbreviations
(Permendikbud 154/2014 naming of gelar), Polri/TNI rank lists, and the forms seen in the dev articles.
"""
from __future__ import annotations

import re
import unicodedata

# Words written before a name that are not part of it (matched case-insensitively, with or without a dot).
HONORIFICS = """
Bapak Pak Bpk Ibu Bu Saudara Saudari Sdr Sdri Tuan Nyonya Kak Mas Mbak Bang Abang Om Tante
H Hj Haji Hajjah KH Kyai Kiai Ustadz Ustaz Ustadzah Habib Syekh Tuan Guru TGH Romo Pendeta Pdt Pastor
Dr DR dr drg drh Drs Dra Ir Prof Prof.Dr Prof.Dr.Ir Capt Kapt Ns Apt
Hon Raden RA Rd Tengku Teuku Tgk Cut Datuk Andi Puang Gusti Anak Agung Hi
Mama Inaq Amaq Mbok Mbah Bli Jro Jero Uda Uni Teteh Opa Oma Ny Ibunda Ayahanda Koh Cik Engkoh Nenek Kakek
RD RP Mgr Pater Frater Suster Buya
""".split()  # forms of address of the regions (Mama in NTT and Papua, Inaq/Amaq in Lombok ...), then
# the clergy's (RD and RP: Reverendus Dominus/Pater, a diocesan or an order priest; Mgr: a bishop; Buya: a Minang
# religious teacher)

# Ranks that precede a name in police and military news ("AKBP Teguh Patriot"); not part of the name.
RANKS = """
Jenderal Komjen Irjen Brigjen Kombes Kombespol AKBP Kompol AKP Iptu IPTU Ipda IPDA Aiptu Aipda Bripka Brigpol
Brigadir Briptu Bripda Bharada Bharatu Bharaka Abrip Abriptu Abripda
Jenderal Letjen Mayjen Laksamana Laksdya Laksda Laksma Marsekal Marsdya Marsda Marsma Kolonel Letkol Mayor
Kapten Lettu Letda Peltu Pelda Serma Serka Sertu Serda Kopka Koptu Kopda Praka Pratu Prada
Pol Polisi Inf Kav Arh Arm Czi Cpm Chb Ckm Cku Cba Ctp Caj Chk Cpl Cpn Pnb Psk Kes Tek Adm Lek Sus Mar TNI
Laut Marinir (P) (T) (E) (S) (K) (KH)
""".split()  # the last lines: "Pol", TNI corps and "TNI" written after a rank ("Kombes Pol.", "Letkol Inf", "Letjen TNI"),
# and the navy's "Laut" with its corps in brackets ("Kolonel Laut (P)": pelaut; (T) teknik, (E) elektronika, (S) suplai,
# (K) kesehatan, (KH) hukum) or "Marinir" ("Letkol Marinir")

# Andi, Anak Agung etc. can be a real first name (Andi Sudirman Sulaiman): only drop them from the front
# when they are dotted or clearly titles, so keep a set of honorifics safe to drop always.
NAME_PART_HONORIFICS = {"andi", "anak", "agung", "gusti", "cut", "teuku", "tengku", "raden", "datuk", "puang", "tuan", "guru"}

# Academic and professional degrees written after (sometimes before) a name, without dots.
DEGREES = """
SPd SPdI SPdSD MPd MPdI DrsPd SSos SSosio MSos MSi SIP SIp MIP MAP MAPS MM MMA MMSI MBA MA MAg MHum MH MHI MKn
SH SHI SHum SE SEI SAk MAk MSc BSc BA SKom MKom MT ST STP SP MP SIK SIKom SKM MKM MKes SKep Ners SFarm Apt
SKH SPt SPi SHut SAg SThI SThI SHI SPsi MPsi SS SSn SDs SIKes SGz SAP SSt SStp STr SSTP MSE MEc PhD DEA
SIP MSi Lc MA SKed SpA SpOG SpPD SpB SpM SpTHT SpKK SpS SpJ SpRad SpAn SpP SpJP SpN SpU MARS MPH Dipl
CPA CA CHRP CIQaR CIQnR CPHR CFP QIA MTr STh MTh STrK STrKes STrT SSTrK STrIP MTrK SSTP
Ns AMd AMdKep AMdKeb AMK AMKeb STrKeb STrKep SST SSiT SKeb
Pr SVD OFM OFMCap SJ CSsR MSF OCarm CMF SMM MSC
""".split()  # the last line: a priest's diocese or order after his name ("Romo X, Pr")

# Shortened name parts written with a full stop (`Muh. Ridwan`, Bugis `St. Rahmah Dg. Mattau` for Sitti and Daeng,
# Minang gelar `Dt. Rajo Mudo`, `St. Bagindo`, Maluku `Arifin Hi. Sangaji`), which do not end a sentence. Alone
# after a name "ST" is the engineering degree; at a name's start "Hi." is Haji and dropped.
NAME_ABBREVIATIONS = {"Muh", "Moh", "Moch", "Much", "Muhd", "Mochd", "Abd", "Ach", "Mhd", "Sitti", "Nyo", "St", "Dg",
                      "Dt", "Hi"}
# Lower-case words inside a name: Batak "br"/"boru" (daughter of the clan), Arabic "bin"/"binti", Dutch "van".
NAME_CONNECTORS = {"br", "br.", "boru", "bin", "binti", "van", "de", "da"}

# Forms of address that, between two words of a name, belong to it (South Sumatra's and the Malay "Cik": "Firdaus Cik
# Ola").
INNER_HONORIFICS = {"Cik", "Cek"}

# Sasak nobility that opens a name and is also an ordinary word ("Lalu" = then): a name only before a name word.
NOBLE_PREFIXES = {"Lalu", "Baiq"}
# ... and two-word Balinese ones whose first word alone is an ordinary word or a name ("Anak Agung Gede Dharma Yasa",
# "Ida Bagus Made Arya"): the first word, and the second it needs.
NOBLE_PAIRS = {"Anak": "Agung", "Ida": "Bagus"}

# Words of office names ("KPP Pratama", "Jaksa Utama", "Hakim", "Raja Negeri", "Ahli Muda") that are also common parts of
# people's names ("Bayu Pratama Hutagalung", "Rizal Hakim Lubis", "Raja Sitorus", "Iskandar Muda Daud"): inside a name
# they stay in it.
OFFICE_NAME_WORDS = {"Pratama", "Utama", "Hakim", "Raja", "Muda"}

# Batak clan names that read as a root word with the suffix -an of unit names ("Pulungan": pulung + -an; "Tambunan",
# "Tinambunan"): surnames, never office words.
AFFIXED_LOOKING_SURNAMES = {"Pulungan", "Tambunan", "Tinambunan"}

# Words that describe a person rather than name them, when a speaker is written as `Pria itu`, `politikus PKB itu`.
PERSON_DESCRIPTIONS = {"pria", "wanita", "perempuan", "lelaki", "laki-laki", "pemuda", "bocah", "remaja", "warga",
                       "ibu", "bapak", "politikus", "politisi", "legislator", "pengusaha", "pedagang", "petani",
                       "nelayan", "korban", "pelaku", "pengacara", "kuasa", "sosok", "mantan", "tokoh", "aktivis",
                       "akademisi", "pengamat", "nenek", "kakek", "lansia", "janda", "ayah", "perwakilan"}

# What a person named as a resident is, written after the name (`Mesak Iba, mahasiswa Universitas Papua, mengaku`).
OCCUPATIONS = {"mahasiswa", "mahasiswi", "siswa", "siswi", "pelajar", "guru", "buruh", "sopir", "ojek", "tukang",
               "karyawan", "karyawati", "honorer", "peternak", "pekebun", "pengrajin", "perajin", "ibu", "tokoh"}

# Words before a group of people that name none of them (`sejumlah warga`, `para pedagang`, `sebagian besar petani`,
# `Beberapa anggota Banggar`): what the group says has no speaker, and the office after them holds no one.
GROUP_QUANTIFIERS = ("sejumlah", "beberapa", "banyak", "para", r"sebagian(?:\s+besar)?", "ratusan", "puluhan", "ribuan")

# A source who withholds their name (`seorang ASN yang enggan disebut namanya`, `sumber yang tidak mau disebutkan
# identitasnya`): what they say has no speaker, and a later "katanya" is theirs, not the last named person's.
ANONYMOUS = (r"\b(?:enggan|tidak\s+mau|tak\s+mau|tidak\s+ingin|tak\s+ingin|tidak\s+bersedia|tak\s+bersedia|minta|meminta)"
             r"\s+(?:(?:namanya|identitasnya)\s+)?(?:di(?:sebut(?:kan)?|tulis(?:kan)?|kutip|publikasikan|ungkap(?:kan)?|"
             r"beberkan|sebut))(?:\s+(?:nama(?:nya)?|identitas(?:nya)?|jati\s+dirinya))?\b")

# How a second name for someone is given. Before the nickname: `Suparmi, yang akrab disapa Mbok Parmi`,
# `Bambang Hartono alias Pak Tono`, `Danny Pomanto atau biasa dipanggil Danny`; after it: `tutur Abu Jalil, sapaan
# akrabnya`. "atau" alone is a cue only right after a name the extractor already holds.
NICKNAME_VERBS = ("disapa", "dipanggil")
NICKNAME_ADVERBS = ("akrab", "biasa", "kerap", "karib")
NICKNAME_WORDS = ("alias",)
NICKNAME_AFTER = ("sapaan akrabnya", "sapaan akrab", "sapaannya", "panggilan akrabnya", "panggilannya")
# The same as regular expressions: the cue before a nickname, and the words after one.
NICKNAME_CUE = (r"(?:(?:(?:" + "|".join(NICKNAME_ADVERBS) + r")\s+)?(?:" + "|".join(NICKNAME_VERBS) + r")|"
                + "|".join(NICKNAME_WORDS) + r")")
NICKNAME_FOLLOWS = r"\s*,\s*(?:" + "|".join(NICKNAME_AFTER) + r")\b"

# Degrees the NER's lexicon does not mark, because the word occurs in its training text in another sense ("AK" twice
# in NERGrit) and marking it would move the shipped weights: the accountant's "Ak" (`SE, Ak, M.Si`).
DEGREES_OUTSIDE_NER = ("Ak",)

_DEGREE_KEYS = {d.lower() for d in [*DEGREES, *DEGREES_OUTSIDE_NER]}
_HONORIFIC_KEYS = {h.lower().replace(".", "") for h in HONORIFICS}
_RANK_KEYS = {r.lower() for r in RANKS}

# One token: a word, possibly with inner dots (S.Pd, M.Si), or a parenthesised suffix "(HC)".
_TOKEN = re.compile(r"\(HC\)|[^\s,]+", re.IGNORECASE)


_PUNCT = re.compile(r"[.\-']")


def _key(token: str) -> str:
    return _PUNCT.sub("", token).lower()


def is_degree(token: str) -> bool:
    """True for a degree token however it is dotted: `S.Sos.`, `M.H`, `SE`, `S.IK.`; `Sos` alone is not one."""
    key = _key(token)
    if key in _DEGREE_KEYS:
        return True
    # Dotted forms glued together ("S.Sos.,M.H.") are split by the caller; "S.I.Kom" -> sikom. A bachelor's,
    # master's or diploma written in the dotted pattern counts even when not listed: S.Tr.Sos, M.Tr.Adm, D.III.
    return bool(DOTTED_DEGREE.fullmatch(token.rstrip(",")))


DOTTED_DEGREE = re.compile(r"[SMD]\.(?:[A-Z][a-z]{0,4}|I{1,3}|IV)(?:\.(?:[A-Z][a-z]{0,4}|I))*\.?")


def is_honorific(token: str) -> bool:
    """True for a title before a name: `Dr.`, `H.`, `Hj`, `Drs.`, `Ir.`, `Prof.`, `Bapak`, `Ibu`, `dr.`."""
    return _key(token) in _HONORIFIC_KEYS - NAME_PART_HONORIFICS or token.rstrip(".").lower() in {"(hc)", "hc"}


def is_rank(token: str) -> bool:
    """True for a police or military rank before a name: `AKBP`, `IPTU`, `Kombes`."""
    return _key(token) in _RANK_KEYS


def _split_glued(name: str) -> str:
    # "Dr.H.Al Haris,S.Sos.,M.H." -> "Dr. H. Al Haris, S.Sos., M.H."
    name = re.sub(r"\b(Dr|DR|dr|Drs|Dra|Ir|Prof|H|Hj|KH|drg)\.(?=[A-Z])", r"\1. ", name)
    return re.sub(r",(?=\S)", ", ", name)


def clean_name(name: str) -> str:
    """A person's name without honorifics, ranks and degrees, Title-cased when written in CAPITALS.

    `Dr.H.Al Haris,S.Sos.,M.H.` -> `Al Haris`; `AKBP Teguh Patriot, S.IK., M.T.` -> `Teguh Patriot`.
    """
    name = unicodedata.normalize("NFKC", name or "").strip()
    name = _split_glued(name)
    # Everything after the first comma is degrees or apposition ("Tarmizi SP, MM").
    head = name.split(",")[0]
    tokens = _TOKEN.findall(head)
    while tokens and (is_honorific(tokens[0]) or is_rank(tokens[0])):
        tokens.pop(0)
    while tokens and (is_degree(tokens[-1]) or tokens[-1].lower() in {"(hc)"}):
        tokens.pop()
    tokens = [t for t in tokens if t.lower() != "(hc)"]
    cleaned = " ".join(t.strip(".,;:") if i == len(tokens) - 1 else t for i, t in enumerate(tokens)).strip()
    letters = [c for c in cleaned if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        cleaned = " ".join(w.capitalize() for w in cleaned.split())
    return cleaned


def name_key(name: str) -> str:
    """The comparison form of a name (SCORING.md): cleaned, casefolded, no punctuation, spaces collapsed."""
    cleaned = clean_name(name).casefold()
    cleaned = re.sub(r"[^\w\s]", " ", cleaned)
    return " ".join(cleaned.split())
