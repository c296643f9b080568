"""The recipe's static word vectors (pipeline/normalize/vectors.py): PPMI + SVD, deterministic, from shipped text."""
from __future__ import annotations

import numpy as np
import spacy

from pipeline.normalize.vectors import TEXT_FILES, build_vectors, read_words, save_vectors

DAYS = ["senin", "selasa", "rabu", "kamis", "jumat"]
PLACES = ["gorontalo", "boalemo", "manado", "ambon", "palu"]


def toy_text() -> list[list[str]]:
    """Days and places in their own contexts, many times over, so their vectors separate."""
    text = []
    for i in range(40):
        day, place = DAYS[i % 5], PLACES[(i * 3) % 5]
        text.append(["rapat", "digelar", "pada", "hari", day, "pagi", "di", "kota", place, "."])
        text.append(["pada", "hari", day, "malam", "warga", "dari", place, "pulang", "."])
    return text


def test_vectors_are_the_same_on_every_build():
    words_a, vectors_a = build_vectors(toy_text(), dims=8)
    words_b, vectors_b = build_vectors(toy_text(), dims=8)
    assert words_a == words_b
    assert vectors_a.tobytes() == vectors_b.tobytes()


def test_vocabulary_is_sorted_by_count_then_word_and_drops_rare_words():
    words, vectors = build_vectors([["b", "a", "b", "c"], ["a", "b", "d"]], dims=2, min_count=2)
    assert words == ["b", "a"]
    assert vectors.shape == (2, 2) and vectors.dtype == np.float32


def test_words_in_the_same_contexts_are_closer_than_words_in_different_ones():
    words, vectors = build_vectors(toy_text(), dims=8)
    row = {w: vectors[i] for i, w in enumerate(words)}
    assert row["senin"] @ row["selasa"] > row["senin"] @ row["gorontalo"]
    assert row["gorontalo"] @ row["manado"] > row["gorontalo"] @ row["rabu"]


def test_saved_vectors_share_one_row_for_lower_capitalised_and_upper_case(tmp_path):
    words, vectors = build_vectors(toy_text(), dims=8)
    nlp = spacy.load(save_vectors(words, vectors, tmp_path / "vectors"))
    assert nlp.vocab.vectors.shape == vectors.shape  # rows are not copied
    doc = nlp("Gorontalo GORONTALO gorontalo Jakarta")
    assert all(np.array_equal(t.vector, vectors[words.index("gorontalo")]) for t in doc[:3])
    assert not doc[3].has_vector


def test_shipped_text_is_lower_cased_words_without_tags():
    sentences = read_words(TEXT_FILES[0])
    assert len(sentences) > 1000
    assert all(w == w.lower() and "\t" not in w for s in sentences[:50] for w in s)
