"""The region gazetteer as an entity ruler: `warta_regions` marks administrative regions as PLACE with their code.

It runs after the statistical NER and corrects it where the gazetteer is sure:

- a region written with its level word (`Kabupaten Boalemo`, `Kota Batam`, `Kec. Tilamuta`, `Desa Bulota`) that
  the gazetteer resolves is a PLACE even where the model called it a person, unless the model put it inside a
  longer entity (`DPRD Kabupaten Boalemo`, or a chain `Desa Gentan Kecamatan Gantiwarno`, one PLACE as NERGrit
  annotates it);
- other regions (a bare `Gorontalo`, `Sulut`, `Halbar`; a village name the gazetteer has twice) become PLACEs only
  where the model found nothing;
- a PLACE that is exactly a resolved region carries the region's Kemendagri code in `ent.kb_id_` (`75.02`).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.lang.regions import gazetteer

LABEL = "PLACE"
# Level words that open a region name in running text (`Negeri`, `Kampung` and the like also start other names).
LEVELS = ("Provinsi", "Kabupaten", "Kab.", "Kota", "Kecamatan", "Kec.", "Distrik", "Kelurahan", "Kel.", "Desa")
_LEVEL = "(?:" + "|".join(re.escape(level) for level in LEVELS) + ")"
_NAME_WORD = r"[A-Z][\w'’-]*"
# A level word and up to five capitalised words (`Kecamatan Batam Kota` holds a level word itself).
PREFIXED = re.compile(rf"(?<![\w.])(?P<level>{_LEVEL})[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}})")
# Runs of capitalised words; a bare province or regency name counts only at the end of a run.
CAPITALISED = re.compile(rf"(?<![\w.])(?:{_NAME_WORD}|[A-Z]{{2,4}})(?:[ \t]+(?:{_NAME_WORD}|[A-Z]{{2,4}}))*")


def prefixed_regions(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, code) of each region written with its level word; code None when the gazetteer has no
    single reading (the name then runs to the next level word, at most three words)."""
    gaz = gazetteer()
    found = []
    m = PREFIXED.search(text)
    while m:
        level, words = m.group("level"), m.group("name").split()
        for n in range(len(words), 0, -1):  # the longest reading the gazetteer knows
            region = gaz.resolve(f"{level} {' '.join(words[:n])}")
            if region:
                break
        else:
            n = next((i for i, w in enumerate(words) if w in LEVELS), len(words))
            n = min(max(n, 1), 3)
        end = m.start("name") + len(" ".join(words[:n]))
        found.append((m.start(), end, region.code if region else None))
        m = PREFIXED.search(text, end)
    return found


def bare_regions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of provinces and regencies named without a level word (`Gorontalo`, `Sulut`) at the
    end of a run of capitalised words (`Bupati Gowa`, not `Alor` in `Alor Gajah`)."""
    gaz = gazetteer()
    found = []
    for m in CAPITALISED.finditer(text):
        words = m.group().split()
        for n in range(min(len(words), 4), 0, -1):
            name = " ".join(words[-n:])
            region = gaz.province(name) or gaz.regency(name)
            if region:
                found.append((m.end() - len(name), m.end(), region.code))
                break
    return found


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Span, inner: Span) -> bool:
    """`outer` holds `inner` and more (`DPRD Kabupaten Gowa` holds `Kabupaten Gowa`)."""
    return outer.start <= inner.start and inner.end <= outer.end and len(outer) > len(inner)


def _region_then_name(doc: Doc, ent: Span, region: Span) -> list[Span] | None:
    """`Kabupaten Boalemo Indry Pakaya` read as one PLACE by the model: the region, then a person's name (the
    title-region-name order of officials). None when the rest is itself a region (`Desa X Kecamatan Y`)."""
    from pipeline.extract.officials import is_name_word

    rest = doc[region.end:ent.end]
    words = [t.text for t in rest]
    if ent.start != region.start or not 1 <= len(words) <= 4 or not all(is_name_word(w) for w in words):
        return None
    if prefixed_regions(rest.text) or bare_regions(rest.text):
        return None
    return [region, Span(doc, rest.start, rest.end, label="PERSON")]


class RegionRuler:
    """Adds and corrects PLACE entities from the gazetteer (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        for start, end, code in prefixed_regions(doc.text):
            span = doc.char_span(start, end, label=LABEL, kb_id=code or "", alignment_mode="contract")
            if span is None:
                continue
            clashes = [e for e in ents if _overlaps(e, span)]
            if not clashes:
                ents.append(span)
            elif code and len(clashes) == 1 and clashes[0].label_ == LABEL and \
                    (clashes[0].start, clashes[0].end) == (span.start, span.end):
                ents[ents.index(clashes[0])] = span  # the model's own reading, now with its code
            elif code and all(e.label_ != LABEL and not _contains(e, span) for e in clashes):
                ents = [e for e in ents if e not in clashes] + [span]  # a region the model called a person
            elif code and len(clashes) == 1 and clashes[0].label_ == LABEL and _region_then_name(doc, clashes[0], span):
                ents = [e for e in ents if e is not clashes[0]] + _region_then_name(doc, clashes[0], span)
        for start, end, code in bare_regions(doc.text):
            span = doc.char_span(start, end, label=LABEL, kb_id=code, alignment_mode="strict")
            if span is None:
                continue
            same = [e for e in ents if (e.start, e.end) == (span.start, span.end) and e.label_ == LABEL]
            longer = [e for e in ents if e.label_ == LABEL and _contains(e, span) and _region_then_name(doc, e, span)]
            if same and not same[0].kb_id_:
                ents[ents.index(same[0])] = span
            elif longer:  # "Gorontalo Rusli Habibie" after "Gubernur": the province, then the governor
                ents = [e for e in ents if e is not longer[0]] + _region_then_name(doc, longer[0], span)
            elif not any(_overlaps(e, span) for e in ents):
                ents.append(span)
        doc.ents = sorted(filter_spans(ents), key=lambda e: e.start)
        return doc


@Language.factory("warta_regions", assigns=["doc.ents", "token.ent_kb_id"])
def make_region_ruler(nlp: Language, name: str) -> RegionRuler:
    return RegionRuler()
