"""Train and evaluate warta's NER model (PERSON, PLACE, ORGANISATION) from the IndoNLU NERGrit corpus.

The recipe behind `warta train`/`make model`: read the BIO files in corpus/ner/, write spaCy DocBins, train with
models/ner-config.cfg (fixed seed), keep the best model on the validation split and score it on the test split
with entity-level P/R/F1 as conlleval/seqeval count it, so the figure is comparable with IndoNLU's.
"""
from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

from pipeline.normalize import lexicon as _lexicon  # noqa: F401  registers `warta_lexicon` for the config

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "corpus" / "ner" / "nergrit"
CONFIG_PATH = ROOT / "models" / "ner-config.cfg"
MODEL_DIR = ROOT / "models" / "ner"
LABELS = ("PERSON", "PLACE", "ORGANISATION")
SEED = 0
SPLITS = {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"}
# Case variants added to the training data (e.g. ("upper",) for capitalised datelines and headlines). None by
# default: an upper-cased copy of every sentence lowered the dev-split F1 (68.5 vs 70.6) and doubles training.
AUGMENT: tuple[str, ...] = ()
# Static word vectors (pipeline/normalize/vectors.py), built when the config's embed has include_static_vectors.
VECTORS = {"dims": 64, "max_words": 20_000, "min_count": 2, "window": 2}


class CorpusError(ValueError):
    """A BIO file that cannot be read: the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # BIO tags, one per word


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int  # gold entities

    def to_dict(self) -> dict[str, float | int]:
        return {"p": self.precision, "r": self.recall, "f": self.f1, "support": self.support}


def read_conll(path: Path) -> list[Sentence]:
    """Read a `token<TAB>tag` file with blank lines between sentences (the IndoNLU format)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError(f"{path}: cannot read: {err}") from err
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            if words:
                sentences.append(Sentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0] or not parts[1]:
            raise CorpusError(f"{path}:{number}: expected 'token<TAB>tag', got {line!r}")
        word, tag = parts
        if tag != "O" and not (tag[:2] in ("B-", "I-") and tag[2:]):
            raise CorpusError(f"{path}:{number}: {tag!r} is not a BIO tag (O, B-X or I-X)")
        words.append(word)
        tags.append(tag)
    if words:
        sentences.append(Sentence(tuple(words), tuple(tags)))
    if not sentences:
        raise CorpusError(f"{path}: no sentences")
    return sentences


def case_variants(sentences: Iterable[Sentence], styles: Sequence[str] = AUGMENT) -> list[Sentence]:
    """Return the sentences followed by a copy of each in every style ("upper", "lower", "title")."""
    change = {"upper": str.upper, "lower": str.lower, "title": str.title}
    unknown = [style for style in styles if style not in change]
    if unknown:
        raise ValueError(f"unknown case style(s) {unknown}; valid: {sorted(change)}")
    sentences = list(sentences)
    out = list(sentences)
    for style in styles:
        out.extend(Sentence(tuple(change[style](w) for w in s.words), s.tags) for s in sentences)
    return out


def chunks(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """Entities `(label, start, end)` in a BIO sequence, by conlleval's rules (a stray I- starts an entity)."""
    found = set()
    label, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, kind = (tag[:1], tag[2:]) if tag != "O" else ("O", None)
        if label is not None and (prefix in ("B", "O") or kind != label):
            found.add((label, start, i))
            label = None
        if prefix == "B" or (prefix == "I" and label is None):
            label, start = kind, i
    return found


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, LabelScore]:
    """Entity-level P/R/F1 per label and micro-averaged under "ALL", as seqeval/conlleval compute them."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    counts: dict[str, list[int]] = {}  # label -> [true positives, predicted, gold]
    for gold_tags, pred_tags in zip(gold, predicted):
        gold_set, pred_set = chunks(gold_tags), chunks(pred_tags)
        for label, *_ in gold_set | pred_set:
            counts.setdefault(label, [0, 0, 0])
        for entity in gold_set & pred_set:
            counts[entity[0]][0] += 1
        for entity in pred_set:
            counts[entity[0]][1] += 1
        for entity in gold_set:
            counts[entity[0]][2] += 1
    counts["ALL"] = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {label: _prf(*c) for label, c in sorted(counts.items())}


def _prf(tp: int, n_pred: int, n_gold: int) -> LabelScore:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return LabelScore(p, r, f, n_gold)


def sentence_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """A Doc over the corpus tokens with the gold entities set."""
    doc = Doc(vocab, words=list(sentence.words))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(list(sentence.tags)))
    return doc


def doc_tags(doc: Doc) -> list[str]:
    """BIO tags of a Doc's entities."""
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def predict(nlp: Language, sentences: Sequence[Sentence], batch_size: int = 256) -> list[list[str]]:
    """Tag the corpus tokens (not re-tokenized text), so predictions align with the gold tags."""
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    return [doc_tags(doc) for doc in nlp.pipe(docs, batch_size=batch_size)]


def evaluate(model: Path | Language = MODEL_DIR, test_path: Path | None = None) -> dict[str, LabelScore]:
    """Score a model on a BIO file (default: the corpus test split)."""
    nlp = spacy.load(model) if isinstance(model, (str, Path)) else model
    sentences = read_conll(test_path or CORPUS_DIR / SPLITS["test"])
    return score([s.tags for s in sentences], predict(nlp, sentences))


def train(
    output: Path = MODEL_DIR,
    *,
    corpus_dir: Path = CORPUS_DIR,
    config_path: Path = CONFIG_PATH,
    seed: int = SEED,
    augment: Sequence[str] = AUGMENT,
    overrides: dict[str, object] | None = None,
    log: bool = True,
) -> dict[str, LabelScore]:
    """Train from `corpus_dir` with `config_path`, save the model that scores best on the dev split to `output`,
    and return its test-split scores. Same data, config and seed give the same model."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    corpus_dir, output = Path(corpus_dir), Path(output)
    splits = {name: read_conll(corpus_dir / filename) for name, filename in SPLITS.items()}
    splits["train"] = case_variants(splits["train"], augment)
    vocab = Vocab()
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as tmp:
        work = Path(tmp)
        for name in ("train", "dev"):
            DocBin(docs=(sentence_doc(vocab, s) for s in splits[name])).to_disk(work / f"{name}.spacy")
        settings = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
            **(overrides or {}),
        }
        config = spacy.util.load_config(config_path, overrides=settings, interpolate=False)
        if _uses_static_vectors(config) and not config["paths"].get("vectors"):
            config["paths"]["vectors"] = str(_vectors(splits["train"] + splits["dev"], work / "vectors"))
        sink = None if log else io.StringIO()
        nlp = init_nlp(config)
        (work / "out").mkdir()
        train_loop(nlp, work / "out", stdout=sink or sys.stdout, stderr=sink or sys.stderr)
        best = work / "out" / "model-best"
        for name in nlp.pipe_names:  # the in-memory weights are the last step's; take the best checkpoint's
            nlp.get_pipe(name).from_disk(best / name, exclude=["vocab"])
        nlp.meta["performance"] = json.loads((best / "meta.json").read_text(encoding="utf-8"))["performance"]
    staged = output.with_name(output.name + ".new")
    shutil.rmtree(staged, ignore_errors=True)
    _standalone(nlp).to_disk(staged)
    _tidy(staged)
    # Swap in the new model only once it is complete, so an interrupted run leaves the old one usable.
    shutil.rmtree(output, ignore_errors=True)
    staged.rename(output)
    test = splits["test"]
    return score([s.tags for s in test], predict(nlp, test))


def _uses_static_vectors(config) -> bool:
    return any(
        settings.get("model", {}).get("embed", {}).get("include_static_vectors")
        for settings in config["components"].values()
    )


def _vectors(sentences: Sequence[Sentence], path: Path) -> Path:
    """Build the static word vectors from the training text (train + dev, never test) and corpus/text/."""
    from pipeline.normalize.vectors import TEXT_FILES, build_vectors, read_words, save_vectors

    text = [[w.lower() for w in s.words] for s in sentences]
    for text_file in TEXT_FILES:
        text.extend(read_words(text_file))
    words, vectors = build_vectors(text, **VECTORS)
    return save_vectors(words, vectors, path)


def _standalone(nlp: Language) -> Language:
    """Give the NER its own copy of the tok2vec and drop the shared one, so `source=` takes one component."""
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.remove_pipe("tok2vec")
    return nlp


def _tidy(model_dir: Path) -> None:
    """Drop the temp corpus paths from the saved config and describe the model in its meta.json."""
    from thinc.api import Config

    config = Config().from_disk(model_dir / "config.cfg", interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["paths"]["vectors"] = None
    config.to_disk(model_dir / "config.cfg")
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="warta_ner",
        version="0.2.0",
        description="warta's Indonesian NER (PERSON, PLACE, ORGANISATION): lexicon features (warta_lexicon) and "
        "static PPMI-SVD word vectors into a CNN tok2vec + transition-based NER, trained on IndoNLU NERGrit; "
        "see models/README.md",
        license="Apache-2.0 (IndoNLU NERGrit training data, IndoNLU bapos text for the vectors); region names "
        "in the lexicon features from idn-area-data (ODbL 1.0)",
        url="https://github.com/warta-nlp/warta",
        author="warta",
        email="",
        sources=[
            {
                "name": "IndoNLU NERGrit (nergrit_ner-grit)",
                "url": "https://github.com/IndoNLP/indonlu",
                "license": "Apache-2.0",
            },
            {
                "name": "IndoNLU bapos_pos-idn (words only, for the static vectors)",
                "url": "https://github.com/IndoNLP/indonlu",
                "license": "Apache-2.0",
            },
            {
                "name": "idn-area-data 4.0.1 (region names, corpus/wilayah)",
                "license": "ODbL-1.0",
            },
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def format_scores(scores: dict[str, LabelScore]) -> str:
    """A small table of per-label P/R/F1 (percent) and support, the micro average last."""
    rows = [f"{'label':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}"]
    for label in [*(k for k in scores if k != "ALL"), "ALL"]:
        if label in scores:
            s = scores[label]
            rows.append(
                f"{label:<14}{100 * s.precision:>7.2f}{100 * s.recall:>7.2f}{100 * s.f1:>7.2f}{s.support:>7}"
            )
    return "\n".join(rows)
