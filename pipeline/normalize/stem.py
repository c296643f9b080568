"""Sastrawi stemming behind a plain dict cache (Sastrawi's own cache is about 50x slower)."""
from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)


@functools.cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer(False)


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem one Indonesian word (lower-cased); `menegaskan` -> `tegas`."""
    word = word.lower()
    if not word or not word.isalpha():
        return word
    return _stemmer().stem(word) or word


@functools.cache
def root_words() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (`kata-dasar.txt`, about 30,000): the words its stemmer reduces to."""
    from importlib.resources import files

    return frozenset(files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").read_text(encoding="utf-8").split())


def stem_text(text: str) -> str:
    """Stem every word of a text, for full-text search and keywords; `pemberdayaan sosial` -> `daya sosial`."""
    return " ".join(stem(w) for w in _WORD.findall(text))


def is_common_word(word: str) -> bool:
    """An ordinary Indonesian word or one affixed from it (`Bahkan`, `Akibatnya`, `Tanaman`): one of Sastrawi's root
    words, or a word that stems to one."""
    word = word.strip().lower()
    return word in root_words() or stem(word) in root_words()
