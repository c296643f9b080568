"""The spaCy pipeline: `id` tokenizer with warta's exceptions, sentences, NER from models/, regions, stems.

Components are registered by name (`warta_sentences`, `warta_regions` in gazetteer.py, `warta_stems`) and
assembled from config; the pipeline is built once per process by `load_nlp()`.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import spacy
from spacy.lang.id import Indonesian
from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS as ID_EXCEPTIONS
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, update_exc

from pipeline.extract.results import Entity
from pipeline.normalize import gazetteer as _gazetteer  # noqa: F401  registers `warta_regions`
from pipeline.lang.abbreviations import ABBREVIATIONS
from pipeline.normalize.sentences import split_sentences
from pipeline.normalize.stem import stem
from pipeline.paths import MODELS

NER_MODEL = MODELS / "ner"
CONFIG = Path(__file__).with_name("pipeline.cfg")
# Labels whose tokens keep their surface form as stem (Sastrawi turns Bekasi into bekas).
NO_STEM_LABELS = {"PERSON", "PLACE", "ORGANISATION", "ORG", "GPE", "LOC", "PER", "LAW"}

if not Token.has_extension("stem"):
    Token.set_extension("stem", default=None)

# Forms the `id` tokenizer would split: times `21.00`, dates `23/02/2024`, dotted degrees `S.Pd.`, and
# hyphenated words (`anak-anak`, `COVID-19`: spaCy's 15,600 reduplication exceptions, as one rule).
TOKEN_MATCH = re.compile(
    r"^(?:\d{1,2}[./]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:[A-Z]\.){1,3}[A-Za-z]{0,4}\.?|[^\W\d_]+(?:-\w+)+)$")


def _exceptions() -> dict:
    """spaCy's base exceptions, the `id` ones with periods (hyphenated ones are TOKEN_MATCH), and warta's."""
    special = {orth: attrs for orth, attrs in ID_EXCEPTIONS.items() if "-" not in orth}
    for abbr in set(ABBREVIATIONS) | {a.upper() for a in ABBREVIATIONS if len(a) > 2}:
        special[abbr] = [{ORTH: abbr}]
    return update_exc(BASE_EXCEPTIONS, special)


class WartaIndonesianDefaults(Indonesian.Defaults):
    """spaCy's Indonesian settings with warta's tokenizer exceptions (`Kab.`, `S.Pd.`, `23/02/2024` stay whole).

    Builds in well under a second, where spaCy's own 16,000 `id` exceptions take several.
    """

    tokenizer_exceptions = _exceptions()
    token_match = TOKEN_MATCH.match




@spacy.registry.tokenizers("warta.id_tokenizer.v1")
def create_tokenizer():
    """The `id` tokenizer with warta's exceptions (see WartaIndonesianDefaults), for `[nlp.tokenizer]`."""

    def make(nlp: Language) -> Tokenizer:
        defaults = WartaIndonesianDefaults
        return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                         prefix_search=compile_prefix_regex(defaults.prefixes).search,
                         suffix_search=compile_suffix_regex(defaults.suffixes).search,
                         infix_finditer=compile_infix_regex(defaults.infixes).finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)

    return make


@Language.component("warta_sentences", assigns=["token.is_sent_start"])
def warta_sentences(doc: Doc) -> Doc:
    """Sentence starts from `split_sentences` (abbreviations, quotes and paragraphs handled there)."""
    starts = {s for s, _ in split_sentences(doc.text)}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts or (doc[token.i - 1].text.count("\n") > 0)
    return doc


class StemComponent:
    """Gives each token `._.stem` (Sastrawi, cached), leaving entity tokens and non-words as written."""

    def __init__(self, skip_ents: bool = True):
        self.skip_ents = skip_ents

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if (self.skip_ents and token.ent_type_ in NO_STEM_LABELS) or not token.is_alpha:
                token._.stem = token.text
            else:
                token._.stem = stem(token.text)
        return doc


@Language.factory("warta_stems", default_config={"skip_ents": True}, assigns=["token._.stem"],
                  requires=["token.ent_type"])
def make_stems(nlp: Language, name: str, skip_ents: bool) -> StemComponent:
    return StemComponent(skip_ents=skip_ents)


@functools.cache
def load_nlp(ner: bool = True) -> Language:
    """Build the pipeline once per process from pipeline.cfg (+ the NER from models/ before the gazetteer)."""
    config = spacy.util.load_config(CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if ner and (NER_MODEL / "meta.json").exists():
        _add_ner(nlp, NER_MODEL, before="warta_regions")
    return nlp


def _add_ner(nlp: Language, path, before: str) -> None:
    """Add the trained components of the model at `path` and load their weights, keeping our tokenizer."""
    config = spacy.util.load_config(path / "config.cfg", interpolate=True)
    names = [n for n in config["nlp"]["pipeline"] if n not in config["nlp"].get("disabled", [])]
    from pipeline.normalize import lexicon  # noqa: F401  registers `warta_lexicon`, which runs before the NER
    for name in names:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    nlp.vocab.strings.from_disk(path / "vocab" / "strings.json")
    nlp.vocab.vectors.from_disk(path / "vocab")  # the static word vectors the NER reads
    for name in names:
        nlp.get_pipe(name).from_disk(path / name, exclude=["vocab"])


def parse(text: str) -> Doc:
    """Run the pipeline on one cleaned text (under spaCy's max_length); offsets are those of `text`."""
    return load_nlp()(text)


def _chunks(text: str, limit: int = 20_000):
    """Paragraph-sized pieces of `text` with their offsets: faster tokenising, and no max_length limit."""
    for para in re.finditer(r"[^\n]+", text):
        piece, offset = para.group(), para.start()
        while len(piece) > limit:  # an overlong paragraph is cut at the last sentence end before the limit
            cut = piece.rfind(". ", 0, limit) + 2
            cut = cut if cut > 1 else limit
            yield piece[:cut], offset
            piece, offset = piece[cut:], offset + cut
        yield piece, offset


def entities(text: str) -> list[Entity]:
    """Named entities of the NER model, as results with offsets into `text` (empty without a model)."""
    if not (NER_MODEL / "meta.json").exists() or not text:
        return []
    nlp = load_nlp()
    pieces = list(_chunks(text))
    found = []
    for doc, (_, offset) in zip(nlp.pipe((p for p, _ in pieces), batch_size=64), pieces):
        found.extend(Entity(e.text, e.label_, (offset + e.start_char, offset + e.end_char), e.kb_id_ or None)
                     for e in doc.ents)
    return found
