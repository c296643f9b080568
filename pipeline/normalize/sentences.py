"""Sentence boundaries that survive Indonesian abbreviations, datelines and quotations.

`“...,” jelas Indry.` stays one sentence; `Kab. Boalemo` and `H. Ahmad` do not end one.
"""
from __future__ import annotations

import functools
import re

from pipeline.lang.abbreviations import ABBREVIATIONS, CLOSING_ABBREVIATIONS, LETTERED_NOUNS, SENTENCE_OPENERS
from pipeline.lang.honorifics import is_degree

_ABBR = {a.lower().rstrip(".") for a in ABBREVIATIONS}
_CLOSING = {a.lower().rstrip(".") for a in CLOSING_ABBREVIATIONS}
_LETTERED = re.compile(r"\b([A-Za-z]+)[ \t]+(?:[A-Z]|[IVX]{1,4})$")
_NEXT_WORD = re.compile(r"\s+[“\"(]?([A-Z][\w.]*)")
# A candidate end: . ! ? (with closing quotes/brackets) followed by space and a capital, digit or opening quote.
END = re.compile(r"[.!?]+[”\"’)]*(?=\s+[“\"(]?[A-Z0-9])")


@functools.lru_cache(maxsize=8)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; paragraphs (newlines) always end one. The extractors each ask for the same
    article's sentences, so the last few articles' are kept."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        quotes = _QuoteState(text, para.start())
        for m in END.finditer(text, para.start(), para.end()):
            before = text[max(para.start(), m.start() - 12):m.start()]
            word = re.search(r"([\w.]+)$", before)
            single = len(word.group(1)) == 1 if word else False  # an initial, or a list's number at a line start
            if single and word.group(1).isdigit() and text[para.start():m.start()].strip() != word.group(1):
                single = False  # "… di TPS 3. Padahal": a number ends the sentence
            if single and (following := _NEXT_WORD.match(text, m.end())) and following.group(1) in SENTENCE_OPENERS:
                single = False  # "… dan Sungai Kuruk I. Menurutnya, …": a word no name begins with follows
            if word and text[m.start()] == "." and (word.group(1).lower() in _ABBR or single
                                                   or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word.group(1))) \
                    and not _closes(word.group(1), text, m.end()) and not _lettered(text, m.start()):
                continue
            if quotes.inside(m.start()) and not text[m.start():m.end()].endswith(("”", '"')):
                continue
            spans.append((start, m.end()))
            start = m.end()
            while start < para.end() and text[start] == " ":
                start += 1
        if start < para.end():
            spans.append((start, para.end()))
    return tuple(spans)


def _lettered(text: str, end: int) -> bool:
    """A letter or Roman numeral ending at `end` that counts a noun (`ruang kelas V`, `Blok C`), not an initial."""
    m = _LETTERED.search(text, max(0, end - 20), end)
    return bool(m) and m.group(1) in LETTERED_NOUNS  # written in lower case: "Pos H. Ahmad" is a name


def _closes(word: str, text: str, end: int) -> bool:
    """A degree or closing abbreviation before a capitalised word that is not another degree: a sentence end."""
    if not (word.lower() in _CLOSING or (len(word) > 2 and is_degree(word + "."))):
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following) and not is_degree(following.group(1))


class _QuoteState:
    """Whether a position is inside quotation marks, counted incrementally along one paragraph."""

    def __init__(self, text: str, start: int):
        self.text, self.pos, self.opened, self.closed, self.straight = text, start, 0, 0, 0

    def inside(self, pos: int) -> bool:
        segment = self.text[self.pos:pos]
        self.opened += segment.count("“")
        self.closed += segment.count("”")
        self.straight += segment.count('"')
        self.pos = pos
        return self.opened > self.closed or self.straight % 2 == 1
