"""Static word vectors for the NER, built by the recipe from text the project ships (no download).

PPMI over a symmetric co-occurrence window, then a truncated SVD (Levy, Goldberg & Dagan 2015): on a few
hundred thousand words this gives usable distributional vectors in seconds. Deterministic: the vocabulary is
sorted by (count desc, word), the counts are summed in a fixed order, the SVD has a fixed seed and runs on one
BLAS thread, and the result is rounded before it is stored.

Text: the NER training and validation splits (never the test split) and the IDN POS-tagged corpus copied
into corpus/text/bapos (IndoNLU `bapos_pos-idn`, Apache-2.0); only the words are used, not the tags.
Rows are lower-cased words; each row is keyed by the word's lower, capitalised and upper-case forms, so
`boalemo`, `Boalemo` and `BOALEMO` share one row.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TEXT_DIR = ROOT / "corpus" / "text" / "bapos"
TEXT_FILES = tuple(TEXT_DIR / f"{split}_preprocess.txt" for split in ("train", "valid", "test"))


def read_tagged(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a `token<TAB>tag` file as (tokens, tags); a blank line ends a sentence."""
    sentences, words, tags = [], [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        token, _, tag = line.partition("\t")
        if not token.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        words.append(token.strip())
        tags.append(tag.strip())
    if words:
        sentences.append((words, tags))
    return sentences


def read_words(path: Path, *, lower: bool = True) -> list[list[str]]:
    """Sentences of a `token<TAB>tag` file as lists of tokens, lower-cased unless `lower=False` (the tags are
    ignored)."""
    return [[w.lower() for w in words] if lower else words for words, _ in read_tagged(path)]


def build_vectors(
    sentences: Iterable[Sequence[str]],
    *,
    dims: int = 64,
    max_words: int = 20_000,
    min_count: int = 2,
    window: int = 2,
    alpha: float = 0.75,
    seed: int = 0,
) -> tuple[list[str], np.ndarray]:
    """Words and their vectors (float32, one row each, unit length) from tokenised sentences."""
    from scipy import sparse
    from sklearn.utils.extmath import randomized_svd
    from threadpoolctl import threadpool_limits

    sentences = [list(s) for s in sentences]
    counts = Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))[:max_words]
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, weights = [], [], []
    for sentence in sentences:
        ids = np.array([index.get(w, -1) for w in sentence], dtype=np.int64)
        for distance in range(1, window + 1):
            left, right = ids[:-distance], ids[distance:]
            keep = (left >= 0) & (right >= 0)
            for a, b in ((left[keep], right[keep]), (right[keep], left[keep])):
                rows.append(a)
                cols.append(b)
                weights.append(np.full(len(a), 1.0 / distance))
    n = len(vocab)
    if not n:
        return [], np.zeros((0, dims), dtype=np.float32)
    cooc = sparse.coo_matrix(
        (np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n), dtype=np.float64
    ).tocsr()
    cooc.sum_duplicates()
    total = cooc.sum()
    word_p = np.asarray(cooc.sum(axis=1)).ravel() / total
    context = np.asarray(cooc.sum(axis=0)).ravel() ** alpha
    context_p = context / context.sum()
    cooc = cooc.tocoo()
    pmi = np.log(cooc.data / total / (word_p[cooc.row] * context_p[cooc.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (cooc.row[keep], cooc.col[keep])), shape=(n, n))
    k = min(dims, n - 1)
    with threadpool_limits(limits=1):
        u, s, _ = randomized_svd(ppmi, n_components=k, n_iter=7, random_state=seed)
    vectors = u * np.sqrt(s)
    vectors = np.hstack([vectors, np.zeros((n, dims - k))]) if k < dims else vectors
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    signs = np.sign(vectors[np.abs(vectors).argmax(axis=0), np.arange(dims)])  # fix SVD's arbitrary signs
    vectors = vectors * np.where(signs == 0, 1, signs)
    return vocab, np.round(vectors, 4).astype(np.float32)


def surface_forms(word: str) -> list[str]:
    """The written forms that share a lower-cased word's row: `boalemo`, `Boalemo`, `BOALEMO`."""
    return list(dict.fromkeys((word, word[:1].upper() + word[1:], word.upper())))


def save_vectors(words: Sequence[str], vectors: np.ndarray, path: Path, lang: str = "id") -> Path:
    """Write a blank pipeline holding the vectors, for `[initialize] vectors`.

    spaCy looks static vectors up by ORTH (a `Vectors(attr=...)` is not saved outside floret mode), so each
    lower-cased word's row gets keys for its lower, capitalised and upper-case forms: one row, three keys.
    """
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank(lang)
    table = Vectors(strings=nlp.vocab.strings, data=vectors)
    for row, word in enumerate(words):
        for form in surface_forms(word):
            if table.find(key=form) == -1:  # a form that is also a word of its own keeps that word's row
                table.add(nlp.vocab.strings.add(form), row=row)
    nlp.vocab.vectors = table
    nlp.to_disk(path)
    return Path(path)
