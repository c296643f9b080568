"""The spaCy pipeline: `id` tokenizer with warta's exceptions, sentence boundaries, NER from models/, stems.

Components are registered by name (`warta_sentences`, `warta_stems`) and assembled from config; the
pipeline is built once per process by `load_nlp()`.
"""
from __future__ import annotations

import functools
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from pipeline.extract.results import Entity
from pipeline.lang.abbreviations import ABBREVIATIONS
from pipeline.normalize.sentences import split_sentences
from pipeline.normalize.stem import stem
from pipeline.paths import MODELS

NER_MODEL = MODELS / "ner"
# Labels whose tokens keep their surface form as stem (Sastrawi turns Bekasi into bekas).
NO_STEM_LABELS = {"PERSON", "PLACE", "ORGANISATION", "ORG", "GPE", "LOC", "PER", "LAW"}

if not Token.has_extension("stem"):
    Token.set_extension("stem", default=None)

# Forms the `id` tokenizer would split: abbreviations with periods, `Rp` amounts, times, day/month dates.
TOKEN_MATCH = re.compile(r"^(?:\d{1,2}[./]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:[A-Z]\.){1,3}[A-Za-z]{0,4}\.?)$")


def _exceptions() -> dict:
    special = {}
    for abbr in set(ABBREVIATIONS) | {a.upper() for a in ABBREVIATIONS if len(a) > 2}:
        special[abbr] = [{"ORTH": abbr}]
    return special


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
    """Build the pipeline once per process: blank `id` + exceptions + sentences (+ NER from models/) + stems."""
    nlp = spacy.blank("id")
    for orth, attrs in _exceptions().items():
        nlp.tokenizer.add_special_case(orth, attrs)
    nlp.tokenizer.token_match = TOKEN_MATCH.match
    nlp.add_pipe("warta_sentences")
    if ner and (NER_MODEL / "meta.json").exists():
        source = spacy.load(NER_MODEL)
        for name in source.pipe_names:
            nlp.add_pipe(name, source=source)
    nlp.add_pipe("warta_stems")
    return nlp


def parse(text: str) -> Doc:
    """Run the pipeline on cleaned text; newlines are padded for tokenizer speed, offsets are unchanged."""
    return load_nlp()(text)


def entities(text: str) -> list[Entity]:
    """Named entities of the NER model, as results with offsets into `text` (empty without a model)."""
    if not (NER_MODEL / "meta.json").exists() or not text:
        return []
    doc = parse(text)
    return [Entity(e.text, e.label_, (e.start_char, e.end_char)) for e in doc.ents]
