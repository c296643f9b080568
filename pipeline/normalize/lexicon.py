"""`warta_lexicon`: marks each token with a short feature from warta's Indonesian tables, for the NER's tok2vec.

The feature goes into `token.tag_` (warta's pipeline has no tagger), and the NER's MultiHashEmbed reads "TAG"
as one more hashed attribute, so the network learns how far to trust each table. The component runs before the
NER, in training too (`[training] annotating_components`), and is saved in models/ner's pipeline with the word
tables it was trained with (`warta_lexicon/tables.json`); region names are read from corpus/wilayah on load.

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
- `DICT` (with the component's `root_words` setting) an ordinary word: one of Sastrawi's root words, or a word
  whose Sastrawi stem is one ("harga", "Pemberdayaan"), so that a capitalised word left unmarked looks more like a
  name (models/README.md, "0.5.0 attempt");
- "" otherwise.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang import honorifics, places, regions, titles
from pipeline.normalize.stem import root_words, stem

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
    for name in gaz.provinces:  # official names and aliases ("sulawesi utara", "sulut")
        _add(table, name, "PROV")
    for region in gaz.by_code.values():
        if region.level in ("kabupaten", "kota"):
            _add(table, region.name, "REG")  # "Kota Batam", "Kabupaten Administrasi Kepulauan Seribu"
    for bare in list(gaz.regency_bare) + list(gaz.regency_acronyms):
        _add(table, bare, "REG")
    for name in gaz.districts:
        _add(table, name, "DIST")
    for name in gaz.villages:
        _add(table, name, "VIL")
    return table


@functools.cache
def level_table() -> dict[str, str]:
    """Casefolded level words -> the kind of region they open ("kab." -> REG)."""
    return {word.casefold(): kind for kind, words in LEVEL_WORDS.items() for word in words}


@functools.cache
def word_tables(roots: bool = False) -> dict[str, dict[str, str]]:
    """The single-word tables: `words` (casefolded word -> LEVEL/TITLE/ORG/FAC, the earlier kind wins), `keyed`
    (word without dots, hyphens and apostrophes, lower-cased -> HON/RANK/DEG, for capitalised words) and, with
    `roots`, `roots` (Sastrawi's root words, sorted, for DICT)."""
    words: dict[str, str] = {}
    for kind, entries in (
        ("LEVEL", [w for levels in LEVEL_WORDS.values() for w in levels]),
        ("TITLE", [h.split()[0] for h in titles.POSITION_HEADS if h] + list(titles.FUSED_TITLES)),
        ("ORG", titles.ORG_HEADS + list(titles.ORG_ABBREVIATIONS)),
        ("FAC", places.FACILITY_HEADS),
    ):
        for word in entries:
            words.setdefault(word.replace("\\", "").casefold(), kind)
    keyed: dict[str, str] = {}
    for kind, entries in (
        ("HON", [h for h in honorifics.HONORIFICS if _bare(h) not in honorifics.NAME_PART_HONORIFICS] + ["hc", "(hc)"]),
        ("RANK", honorifics.RANKS),
        ("DEG", honorifics.DEGREES),
    ):
        for word in entries:
            keyed.setdefault(_bare(word), kind)
    tables = {"words": dict(sorted(words.items())), "keyed": dict(sorted(keyed.items()))}
    return {**tables, "roots": sorted(root_words())} if roots else tables


def _bare(word: str) -> str:
    return re.sub(r"[.\-']", "", word).lower()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def ordinary_test(roots) -> Callable[[str], bool] | None:
    """A cached test of whether a casefolded word is ordinary by `roots` (it or its Sastrawi stem is a root word);
    None when there are no roots, as in a model trained before 0.5.0."""
    if not roots:
        return None
    known = frozenset(roots)
    return functools.lru_cache(maxsize=200_000)(lambda word: word in known or stem(word) in known)


def features(words: list[str], tables: dict | None = None, ordinary: Callable[[str], bool] | None = None) -> list[str]:
    """One feature string per word (see the module docstring); `tables` as `word_tables()` gives them (the current
    ones by default), `ordinary` as `ordinary_test(tables["roots"])` (no DICT feature without it)."""
    tables = tables or word_tables()
    regions_ = region_table()
    words_, keyed = tables["words"], tables["keyed"]
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
            kind = keyed.get(_bare(word)) or regions_.get((folded[i],))
        if kind is None and ordinary and word.isalpha() and ordinary(folded[i]):
            kind = "DICT"
        out[i] = kind or ""
    return out


class LexiconFeatures:
    """The component: writes `features()` into `token.tag_`.

    A trained model keeps the word tables it was trained with (`tables.json` in its folder), so later edits to
    pipeline/lang/ do not shift the NER's input until it is retrained; region names come from corpus/wilayah.
    A new component (in training) takes the current tables.
    """

    def __init__(self, name: str = "warta_lexicon", root_words: bool = False):
        self.name = name
        self.tables = word_tables(roots=root_words)
        self.ordinary = ordinary_test(self.tables.get("roots"))

    def __call__(self, doc: Doc) -> Doc:
        for token, feature in zip(doc, features([t.text for t in doc], self.tables, self.ordinary)):
            token.tag_ = feature
        return doc

    def to_bytes(self, *, exclude=()) -> bytes:
        return json.dumps(self.tables, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=()) -> "LexiconFeatures":
        self.tables = json.loads(data.decode("utf-8"))
        self.ordinary = ordinary_test(self.tables.get("roots"))
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "tables.json").write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude=()) -> "LexiconFeatures":
        return self.from_bytes((Path(path) / "tables.json").read_bytes())


@Language.factory("warta_lexicon", assigns=["token.tag"], default_config={"root_words": False})
def make_lexicon(nlp: Language, name: str, root_words: bool) -> LexiconFeatures:
    """`root_words` adds the DICT feature (Sastrawi's root words, saved with the tables)."""
    return LexiconFeatures(name, root_words)
