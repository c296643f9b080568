"""Syndicated-story detection: group near-duplicate articles and mark the earliest as the original.

Regional outlets reprint the same government press release with small edits (a dateline, a dropped
paragraph, another byline). Two similarity strategies are here; `tfidf_cosine` (stems and stem pairs) is the
default because it kept the widest gap between edited copies of the dev articles (>= 0.70) and distinct
stories (<= 0.10 for same-topic pairs, 0.25 for two articles sharing a boilerplate paragraph); word shingles
(what MinHash estimates) drop to 0.28 for a trimmed, reworded copy. `benchmarks/bench_dedup.py` prints it.
Candidate pairs above the threshold are joined into connected components, and a component of more than two
articles is split again by average-linkage clustering (scikit-learn), so one chain of look-alikes does not
glue unrelated stories together.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from pipeline.normalize.stem import stem_text

# A similarity strategy takes the texts and a threshold and returns a sparse symmetric matrix holding
# the pairwise similarities (0..1) that reach the threshold; the diagonal is ignored.
Similarity = Callable[[Sequence[str], float], sparse.csr_matrix]

DEFAULT_THRESHOLD = 0.5  # between the lowest copy (0.70) and the highest distinct pair (0.25) on the dev set
GROUP_FIELD = "dup_group"  # the key `mark_duplicates` adds to each record: the id of its group's original
_CELLS_PER_CHUNK = 20_000_000  # pairs scored per sparse product (~250 MB at worst), so memory stays bounded
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that tell the same story; `original` is the earliest published, `members` are in order."""

    original: str
    members: tuple[str, ...]  # record ids, earliest first; the original is members[0]
    similarity: float  # the lowest similarity of a member to the original (0 if one joined through another)

    def to_dict(self) -> dict:
        return {"original": self.original, "members": list(self.members), "similarity": round(self.similarity, 4)}


def _pairs_above(vectors: sparse.csr_matrix, threshold: float,
                 score: Callable[[sparse.csr_matrix, slice], sparse.csr_matrix]) -> sparse.csr_matrix:
    """Keep the entries of score(rows) that reach the threshold, one row chunk at a time."""
    n = vectors.shape[0]
    rows = max(1, min(n, _CELLS_PER_CHUNK // max(n, 1)))
    blocks = []
    for start in range(0, n, rows):
        block = sparse.csr_matrix(score(vectors, slice(start, min(start + rows, n))))
        block.data[block.data < threshold] = 0
        block.eliminate_zeros()
        blocks.append(block)
    return sparse.vstack(blocks, format="csr") if blocks else sparse.csr_matrix((0, 0))


def tfidf_cosine(texts: Sequence[str], threshold: float, *, ngrams: int = 2) -> sparse.csr_matrix:
    """Cosine similarity of TF-IDF vectors over Sastrawi stems (single stems up to runs of `ngrams`)."""
    if not texts:
        return sparse.csr_matrix((0, 0))
    vectorizer = TfidfVectorizer(analyzer="word", ngram_range=(1, ngrams), sublinear_tf=True,
                                 token_pattern=r"(?u)\b\w+\b", lowercase=False)
    vectors = vectorizer.fit_transform([stem_text(text) for text in texts])
    return _pairs_above(vectors, threshold, lambda x, rows: x[rows] @ x.T)


def shingle_jaccard(texts: Sequence[str], threshold: float, *, size: int = 5) -> sparse.csr_matrix:
    """Jaccard overlap of word `size`-shingles (what MinHash estimates), computed exactly."""
    if not texts:
        return sparse.csr_matrix((0, 0))

    def shingles(text: str) -> list[str]:
        words = _WORDS.findall(text.lower())
        return [" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))]

    vectors = CountVectorizer(analyzer=shingles, binary=True, dtype=np.float64).fit_transform(texts)
    sizes = np.asarray(vectors.sum(axis=1)).ravel()

    def jaccard(x: sparse.csr_matrix, rows: slice) -> sparse.csr_matrix:
        inter = sparse.coo_matrix(x[rows] @ x.T)
        union = sizes[inter.row + rows.start] + sizes[inter.col] - inter.data
        return sparse.csr_matrix((inter.data / np.maximum(union, 1), (inter.row, inter.col)), shape=inter.shape)

    return _pairs_above(vectors, threshold, jaccard)


SIMILARITIES: dict[str, Similarity] = {"tfidf": tfidf_cosine, "shingles": shingle_jaccard}


def _published_key(value: object) -> float:
    """Sort key for `published`: seconds since the epoch (dates at midnight UTC); unknown sorts last."""
    if not isinstance(value, str) or not value.strip():
        return float("inf")
    text = value.strip().replace("Z", "+00:00")
    if re.fullmatch(r"\d{4}", text):
        text += "-01-01"
    elif re.fullmatch(r"\d{4}-\d{2}", text):
        text += "-01"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return float("inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _split_component(members: list[int], similarity: sparse.csr_matrix, threshold: float) -> list[list[int]]:
    """Split one connected component by average linkage so a chain of look-alikes is not one story."""
    if len(members) <= 2:
        return [members]
    sub = similarity[members][:, members].toarray()
    np.fill_diagonal(sub, 1.0)
    sub = np.maximum(sub, sub.T)
    clustering = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                         distance_threshold=1.0 - threshold + 1e-9)
    labels = clustering.fit_predict(1.0 - sub)
    return [[m for m, label in zip(members, labels) if label == wanted] for wanted in sorted(set(labels))]


def find_duplicates(records: Sequence[dict], *, threshold: float = DEFAULT_THRESHOLD,
                    similarity: Similarity | str = tfidf_cosine) -> list[DuplicateGroup]:
    """Group records whose `text` tells the same story; only groups of two or more are returned.

    :param records: dicts with `id` and `text` (and `published`, which decides the original).
    :param threshold: the similarity (0..1) at which two articles count as copies.
    :param similarity: a `Similarity` function or the name of one in `SIMILARITIES`.
    """
    if isinstance(similarity, str):
        if similarity not in SIMILARITIES:
            raise ValueError(f"unknown similarity {similarity!r}; choose one of {sorted(SIMILARITIES)}")
        similarity = SIMILARITIES[similarity]
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    usable = [i for i, r in enumerate(records)  # without an id or a text there is nothing to group
              if r.get("id") not in (None, "") and isinstance(r.get("text"), str) and r["text"].strip()]
    matrix = similarity([records[i]["text"] for i in usable], threshold)
    matrix = sparse.csr_matrix(matrix.maximum(matrix.T))
    matrix.setdiag(0)
    matrix.eliminate_zeros()
    count, labels = connected_components(matrix, directed=False)
    groups = []
    for label in range(count):
        component = [int(i) for i in np.flatnonzero(labels == label)]
        if len(component) < 2:
            continue
        for part in _split_component(component, matrix, threshold):
            if len(part) < 2:
                continue
            part.sort(key=lambda i: (_published_key(records[usable[i]].get("published")), i))
            first = part[0]
            row = matrix[first].toarray().ravel()
            groups.append(DuplicateGroup(
                original=str(records[usable[first]]["id"]),
                members=tuple(str(records[usable[i]]["id"]) for i in part),
                similarity=float(min(row[i] for i in part[1:])),
            ))
    groups.sort(key=lambda g: (-len(g.members), g.original))
    return groups


def mark_duplicates(records: Iterable[dict], groups: Iterable[DuplicateGroup]) -> list[dict]:
    """Return copies of the records with `dup_group` set: the id of the group's original, else their own id."""
    original_of = {member: group.original for group in groups for member in group.members}
    return [{**record, GROUP_FIELD: original_of.get(str(record.get("id")), record.get("id"))}
            for record in records]


def dedup_file(path: str | Path, *, output: str | Path | None = None, threshold: float = DEFAULT_THRESHOLD,
               similarity: Similarity | str = tfidf_cosine,
               on_error: Callable[[str], None] | None = None) -> list[DuplicateGroup]:
    """Group the records of a JSONL/Parquet/warta.db file; with `output`, write them all with `dup_group` as JSONL.

    >>> dedup_file("out/articles.jsonl", output="out/deduped.jsonl")  # doctest: +SKIP
    """
    from pipeline.explore import load

    records = load(path, **({"on_error": on_error} if on_error else {}))
    groups = find_duplicates(records, threshold=threshold, similarity=similarity)
    if output is not None:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with open(output, "w", encoding="utf-8") as f:
            for record in mark_duplicates(records, groups):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return groups
