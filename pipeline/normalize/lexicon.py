"""`warta_lexicon`: marks each token with a short feature from warta's Indonesian tables, for the NER's tok2vec.

The feature goes into `token.tag_` (warta's pipeline has no tagger), and the NER's MultiHashEmbed reads "TAG"
as one more hashed attribute, so the network learns how far to trust each table. The component runs before the
NER, in training too (`[training] annotating_components`), and is saved in models/ner's pipeline.

Features (the first that applies):

- `B-PROV`/`I-PROV`, `B-REG`/`I-REG`, `B-DIST`/`I-DIST`, `B-VIL`/`I-VIL`: inside a region name from the wilayah
  gazetteer (corpus/wilayah) of two or more tokens counting its level word, longest match: "Kabupaten Boalemo"
  (REG), "Sulawesi Utara" (PROV), "Kecamatan Tilamuta" (DIST), "Desa Bulota" (VIL); every word capitalised;
  with a level word the level decides the kind;
- `LEVEL` a region level word ("Kabupaten", "Kota", "Kec."), `TITLE` a word that starts an office ("Bupati",
  "Kepala", "Kapolres"), `ORG` an organisation head word ("Dinas", "Polres", "Universitas", "PT"), `FAC` a
  facility head ("Aula", "Masjid"), `HON` an honorific ("H.", "Hj", "Bapak"), `RANK` a police or military rank
  ("AKBP", "Kombes"), `DEG` a degree ("S.Sos", "M.Si");
- `PROV`, `REG`, `DIST`, `VIL`: a one-word region name ("Gorontalo", "Sulut", "Tilamuta"), capitalised;
- "" otherwise.
"""
from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang import honorifics, places, regions, titles

MAX_WORDS = 6  # the longest region name matched, in tokens
LEVEL_WORDS = {
    "PROV": ("Provinsi", "Prov."),
    "REG": ("Kabupaten", "Kab.", "Kota"),
    "DIST": ("Kecamatan", "Kec.", "Distrik"),
    "VIL": ("Desa", "Kelurahan", "Kel.", "Kampung", "Nagari", "Gampong", "Negeri", "Dusun"),
}
_PRIORITY = {"PROV": 0, "REG": 1, "DIST": 2, "VIL": 3}


def _key(words) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


def _add(table: dict, name: str, kind: str) -> None:
    words = name.split()
    if not words or len(words) > MAX_WORDS:
        return
    key = _key(words)
    if key not in table or _PRIORITY[kind] < _PRIORITY[table[key]]:
        table[key] = kind


@functools.cache
def region_table() -> dict[tuple[str, ...], str]:
    """Casefolded word tuples of every bare region name -> PROV/REG/DIST/VIL (the higher level wins)."""
    gaz = regions.gazetteer()
    table: dict[tuple[str, ...], str] = {}
    for row in regions._read("provinces.csv"):
        _add(table, row["name"], "PROV")
    for alias in regions.PROVINCE_ALIASES:
        _add(table, alias, "PROV")
    for region in gaz.by_code.values():
        if region.level in ("kabupaten", "kota"):
            _add(table, region.name, "REG")  # "Kota Batam", "Kabupaten Administrasi Kepulauan Seribu"
    for bare in gaz.regency_bare:
        _add(table, bare, "REG")
    for name in gaz.districts:
        _add(table, name, "DIST")
    for row in regions._read("villages.csv"):
        _add(table, row["name"], "VIL")
    return table


@functools.cache
def level_table() -> dict[str, str]:
    """Casefolded level words -> the kind of region they open ("kab." -> REG)."""
    return {word.casefold(): kind for kind, words in LEVEL_WORDS.items() for word in words}


@functools.cache
def word_table() -> dict[str, str]:
    """Casefolded single words -> LEVEL/TITLE/ORG/FAC (the earlier kind wins)."""
    table: dict[str, str] = {}
    for kind, words in (
        ("LEVEL", [w for levels in LEVEL_WORDS.values() for w in levels]),
        ("TITLE", [h.split()[0] for h in titles.POSITION_HEADS if h] + list(titles.FUSED_TITLES)),
        ("ORG", titles.ORG_HEADS + list(titles.ORG_ABBREVIATIONS)),
        ("FAC", places.FACILITY_HEADS),
    ):
        for word in words:
            table.setdefault(word.replace("\\", "").casefold(), kind)
    return table


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def features(words: list[str]) -> list[str]:
    """One feature string per word (see the module docstring)."""
    regions_ = region_table()
    words_ = word_table()
    out = [""] * len(words)
    folded = [w.casefold() for w in words]
    levels = level_table()
    i = 0
    while i < len(words):  # multi-word regions, longest first; a level word before a name joins it
        level = levels.get(folded[i]) if _capitalised(words[i]) else None
        start = i + 1 if level else i
        for n in range(min(MAX_WORDS, len(words) - start), 0 if level else 1, -1):
            kind = regions_.get(tuple(folded[start:start + n]))
            if kind and all(_capitalised(w) for w in words[start:start + n]):
                end = start + n
                kind = level or kind
                out[i:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - i - 1)
                i = end
                break
        else:
            i += 1
    for i, word in enumerate(words):
        if out[i]:
            continue
        kind = words_.get(folded[i])
        if kind is None and _capitalised(word):
            if honorifics.is_honorific(word):
                kind = "HON"
            elif honorifics.is_rank(word):
                kind = "RANK"
            elif honorifics.is_degree(word):
                kind = "DEG"
            else:
                kind = regions_.get((folded[i],))
        out[i] = kind or ""
    return out


class LexiconFeatures:
    """The component: writes `features()` into `token.tag_`. Stateless; its tables live in the code and
    corpus/wilayah, so it saves nothing."""

    def __init__(self, name: str = "warta_lexicon"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token, feature in zip(doc, features([t.text for t in doc])):
            token.tag_ = feature
        return doc

    def to_disk(self, path, *, exclude=()) -> None:
        return None

    def from_disk(self, path, *, exclude=()) -> "LexiconFeatures":
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> "LexiconFeatures":
        return self


@Language.factory("warta_lexicon", assigns=["token.tag"])
def make_lexicon(nlp: Language, name: str) -> LexiconFeatures:
    return LexiconFeatures(name)
