"""Indonesian speech verbs with their affixed forms, generated from base forms (never typed twice).

Sources: the verbs named in ANNOTATION.md, KBBI derivations, and the speech tags of the dev articles.
Each base names the affixes it takes: `kan` (menyampaikan, disampaikan), `i` (menyoroti), `` (menyebut),
`ber` (berharap). Every base also takes -nya ("katanya") and stands alone after a quote ("kata X").
"""
from __future__ import annotations

# base: the active/passive suffixes it takes with meN-/di-
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "kata": ("kan",), "ujar": ("kan",), "ucap": ("kan",), "jelas": ("kan",), "tegas": ("kan",),
    "ungkap": ("kan",), "tutur": ("kan",), "sampai": ("kan",), "tambah": ("kan",), "imbuh": ("kan",),
    "terang": ("kan",), "tandas": ("kan",), "tutup": ("",), "pungkas": ("",), "sebut": ("", "kan"),
    "papar": ("kan",), "urai": ("kan",), "rinci": ("",), "lapor": ("kan",), "tekan": ("kan",),
    "sorot": ("i",), "kenang": ("",), "dorong": ("",), "minta": ("",), "ajak": ("",), "imbau": ("",), "himbau": ("",),
    "aku": ("", "i"), "singkat": ("",), "klaim": ("",), "nilai": ("",), "ingat": ("kan",), "pesan": ("kan",),
    "kemuka": ("kan",), "beber": ("kan",), "umum": ("kan",), "informasi": ("kan",), "sambung": ("",),
    "tukas": ("",), "cetus": ("kan",), "lanjut": ("kan",), "timpal": ("",), "akui": ("",), "pinta": ("",),
    "tanggap": ("i",), "komentar": ("i",), "sahut": ("",), "jawab": ("",), "yakin": ("kan",),
    "nyata": ("kan",), "pasti": ("kan",), "instruksi": ("kan",), "anjur": ("kan",), "harap": (),
    "seru": ("",), "rilis": ("",), "tulis": ("",), "kutip": ("",),
    "desak": ("",), "benar": ("kan",), "bantah": ("",), "usul": ("kan",), "saran": ("kan",), "keluh": ("", "kan"),
    "janji": ("kan",), "kritik": ("",), "tuding": ("",), "sesal": ("kan",), "cerita": ("kan",), "kisah": ("kan",), "bilang": ("",),
    "kilah": ("",), "dalih": ("",), "seloroh": ("",), "canda": ("",), "kelakar": ("",), "sergah": ("",),
    "tanya": ("",), "bisik": ("",), "sindir": ("",), "sanggah": ("",), "tampik": ("",), "alasan": (),
    "rekomendasi": ("kan",), "singgung": ("",), "sangkal": ("",), "pungkir": ("i",), "contoh": ("kan",),
    "pendapat": (),
}

# Bases that take ber- rather than meN- ("berharap", "berpesan"), and the forms written without a prefix.
BER_VERBS = {"harap", "pesan", "kata", "janji", "cerita", "alasan", "pendapat"}

# Verbs that introduce reported speech but only with an object clause (never as a tag after a quote).
INDIRECT_ONLY = {"harap", "dorong", "minta", "ajak", "imbau", "himbau", "sorot", "tekan", "ingat", "anjur",
                 "instruksi", "yakin", "nyata", "pasti", "nilai", "akui", "aku", "lapor", "umum", "informasi",
                 "desak", "benar", "bantah", "usul", "saran", "keluh", "janji", "kritik", "tuding", "sesal", "tampik",
                 "pertanya", "persoal", "permasalah", "alasan", "rekomendasi", "berdalih", "singgung",
                 "sangkal", "pungkir", "peringat", "perkira", "contoh", "pendapat"}

# Verbs that report a clause and never take a speech as their object: after them "materi …" or "sambutan …" opens
# what was said ("mengaku materi perpajakan paling dibutuhkan"), where after "menyampaikan" it is the speech given.
CLAUSE_ONLY = {"aku", "akui", "kata", "nilai", "harap", "yakin"}

# Denials that, negated, admit what follows: "X tak menampik zona aktif sudah penuh", "tidak memungkiri ...".
NEGATED_ADMISSIONS = {"tampik", "bantah", "sangkal", "pungkir"}

# Appeals: what follows is an action asked of others, so a speech verb inside it ("mengimbau warga mengawasi ... dan
# melaporkan ...") is part of the appeal, not a second quote.
APPEALS = {"imbau", "himbau", "minta", "ajak", "dorong", "anjur", "instruksi", "desak", "harap", "pinta", "ingat",
           "peringat"}

# What a complaint of illness names (`sebagian besar mengeluhkan diare, gatal-gatal …`): symptoms, not words said.
SYMPTOMS = ("diare", "demam", "gatal", "batuk", "pilek", "flu", "sesak", "pusing", "mual", "muntah", "nyeri", "sakit",
            "ISPA", "infeksi", "lemas", "kelelahan", "mabuk", "meriang")

# Tag-only words after a quote: closing forms not used to introduce indirect speech ("tutupnya").
TAG_ONLY = {"tutup", "pungkas", "singkat", "timpal", "tukas", "sahut", "seru", "sambung", "lanjut", "rilis",
            "tulis", "kutip", "kilah", "dalih", "seloroh", "canda", "kelakar", "sergah", "tanya", "bisik", "sindir"}

_NASAL = [("k", "ng", True), ("g", "ng", False), ("h", "ng", False), ("p", "m", True), ("b", "m", False),
          ("f", "m", False), ("t", "n", True), ("d", "n", False), ("c", "n", False), ("j", "n", False),
          ("s", "ny", True), ("z", "n", False)]


def men_prefix(base: str) -> str:
    """meN- prefixation: kata -> mengata, tegas -> menegas, sampai -> menyampai, jelas -> menjelas, kritik -> mengkritik."""
    first = base[0]
    if first in "aiueo":
        return "meng" + base
    for letter, nasal, drops in _NASAL:
        if first == letter:
            cluster = len(base) > 1 and base[1] not in "aiueo"  # kritik -> mengkritik: a cluster keeps its k
            return "me" + nasal + (base[1:] if drops and not cluster else base)
    return "me" + base


def verb_forms(base: str) -> set[str]:
    """Every written form of one speech verb: kata -> kata, katanya, mengatakan, dikatakan, ..."""
    suffixes = SPEECH_VERBS.get(base, ("",))
    forms = {base, base + "nya"}
    if base in BER_VERBS:
        forms |= {"ber" + base, "ber" + base + "nya"}
    for suffix in suffixes:
        active, passive = men_prefix(base) + suffix, "di" + base + suffix
        forms |= {active, passive, active + "nya", passive + "nya"}
    if base in TAG_ONLY:  # menutup, menyambung are not speech: only the bare and -nya forms are
        forms = {base, base + "nya"}
    return forms


# Forms the rules above do not build (memper-...-kan, ber- on a tag word), under a base of their own.
EXTRA_FORMS = {"pertanya": ("mempertanyakan", "dipertanyakan", "menanyakan", "ditanyakan"),
               "persoal": ("mempersoalkan", "dipersoalkan"), "peringat": ("memperingatkan", "diperingatkan"),
               "permasalah": ("mempermasalahkan", "dipermasalahkan"), "perkira": ("memperkirakan",),
               "berdalih": ("berdalih",), "wanti": ("mewanti-wanti",),  # reduplicated: "mewanti-wanti agar …"
               "timpal": ("menimpali",)}  # a tag word that also leads a quote: "X menimpali: “…”"

SPEECH_FORMS: dict[str, str] = {form: base for base in SPEECH_VERBS for form in verb_forms(base)}
SPEECH_FORMS.update({form: base for base, forms in EXTRA_FORMS.items() for form in forms})

# Verbs that report speech only before a comma: "Ia melanjutkan, distribusi air ..." (not "melanjutkan pembangunan").
BEFORE_COMMA = {"melanjutkan": "lanjut", "menyambung": "sambung", "menutup": "tutup"}

# Words that attach an indirect quote without a verb: "Menurut X, ...", "Menurutnya, ...".
ACCORDING_TO = ("menurut",)


def speech_verb_base(word: str) -> str | None:
    """The base of a speech verb form, or None: `mengatakan` -> `kata`, `ujarnya` -> `ujar`."""
    return SPEECH_FORMS.get(word.lower())

# Nouns a titled name can own ("masuk daftar prioritas Bupati Jayapura Habel Sokoy", "sesuai arahan Gubernur X"):
# the person named after them does not act, so a later "katanya" does not point to them.
OWNED_NOUNS = ("prioritas", "program", "arahan", "instruksi", "perintah", "kebijakan", "visi", "misi", "janji",
               "kepemimpinan", "pemerintahan", "era", "masa", "rumah", "kediaman", "istri", "suami", "ajudan",
               "sambutan", "amanat", "pidato", "surat", "keputusan", "tanda tangan", "jabatan", "periode")
