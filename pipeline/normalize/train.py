"""Train and evaluate warta's NER model (PERSON, PLACE, ORGANISATION) from the IndoNLU NERGrit corpus.

The recipe behind `warta train`/`make model`: read the BIO files in corpus/ner/, write spaCy DocBins, train with
models/ner-config.cfg (fixed seed), keep the best model on the validation split and score it on the test split
with entity-level P/R/F1 as conlleval/seqeval count it, so the figure is comparable with IndoNLU's.
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
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
from pipeline.normalize.vectors import TEXT_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "corpus" / "ner" / "nergrit"
WILAYAH_DIR = ROOT / "corpus" / "wilayah"
CONFIG_PATH = ROOT / "models" / "ner-config.cfg"
MODEL_DIR = ROOT / "models" / "ner"
LABELS = ("PERSON", "PLACE", "ORGANISATION")
SEED = 0
SPLITS = {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"}
# Case variants added to the training data (e.g. ("upper",) for capitalised datelines and headlines). None by
# default: an upper-cased copy of every sentence lowered the dev-split F1 (68.5 vs 70.6) and doubles training.
AUGMENT: tuple[str, ...] = ()
# Mention replacement (`swap_mentions`): extra copies of the training sentences that hold a PERSON or PLACE, with
# every such mention swapped (PERSON for another train-split PERSON, PLACE for a wilayah region name). 0 = off:
# one copy gave +0.5 on dev and -1.5 on test (models/README.md).
SWAP_COPIES = 0
# `spacy pretrain`-style tok2vec pretraining (`pretrain_tok2vec`, characters objective) before training, on the
# words of the NER train and dev splits ("text": "ner") or of those and corpus/text/ ("all"); 0 epochs = off
# (4 epochs on "ner" gave no gain on dev, see models/README.md).
PRETRAIN = {"epochs": 0, "text": "all", "batch_words": 1000, "n_characters": 4, "hidden_size": 300, "dropout": 0.2}
# Train the shipped model on the train + dev splits for exactly this many steps (chosen on dev by a train-only run
# of the same recipe); None = train on train only and keep the checkpoint that scores best on dev.
FINAL_STEPS: int | None = 4400  # best dev checkpoint of the train-only run: step 4,000 on 12% less data
# The POS multi-task: the config's `morphologizer` shares the tok2vec and learns universal POS from these
# token<TAB>tag files (the bapos sentences of corpus/text/), the NER sentences repeated NER_COPIES_WITH_POS times
# so they keep their weight; the tagger is dropped before the model is saved (models/README.md, 0.5.0). Without
# POS files the morphologizer is taken out of the config.
POS_FILES: tuple[Path, ...] = TEXT_FILES
NER_COPIES_WITH_POS = 3
# IndoNLU bapos tags (the IDN tagset) as universal POS for the morphologizer.
BAPOS_UPOS = {"NN": "NOUN", "NNP": "PROPN", "NND": "NOUN", "PRP": "PRON", "PR": "PRON", "VB": "VERB", "JJ": "ADJ",
              "RB": "ADV", "IN": "ADP", "SC": "SCONJ", "CC": "CCONJ", "CD": "NUM", "OD": "ADJ", "MD": "AUX",
              "NEG": "PART", "DT": "DET", "FW": "X", "X": "X", "Z": "PUNCT", "SYM": "SYM", "UH": "INTJ", "WH": "PRON",
              "RP": "PART"}
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


# A PLACE that opens with one of these level words keeps it and has only the name after it swapped, for a name of
# that level ("Desa Bubaa" -> "Desa Molombulahe"); any other PLACE is swapped whole for a bare region name.
_SWAP_LEVELS = {
    "desa": "villages", "kelurahan": "villages", "dusun": "villages", "kampung": "villages",
    "kecamatan": "districts", "kabupaten": "regencies", "kota": "cities", "provinsi": "provinces",
}
_NAME = re.compile(r"[A-Z][A-Za-z'-]*")


def region_names(wilayah_dir: Path = WILAYAH_DIR) -> dict[str, list[tuple[str, ...]]]:
    """Region names of the wilayah tables as word tuples by kind (provinces, regencies and cities without their
    level word, districts, villages), sorted and without duplicates; names with digits or punctuation are left
    out so every word is a plain capitalised word."""
    def rows(name: str) -> list[str]:
        path = Path(wilayah_dir) / name
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                return [" ".join(row["name"].split()) for row in csv.DictReader(handle)]
        except (OSError, KeyError, UnicodeDecodeError) as err:
            raise CorpusError(f"{path}: cannot read region names: {err!r}") from err

    kinds: dict[str, set[tuple[str, ...]]] = {k: set() for k in ("provinces", "regencies", "cities", "districts",
                                                                 "villages")}
    for name in rows("provinces.csv"):
        kinds["provinces"].add(tuple(name.split()))
    for name in rows("regencies.csv"):
        level, _, bare = name.partition(" ")
        kinds["cities" if level == "Kota" else "regencies"].add(tuple(bare.split()))
    for name in rows("districts.csv"):
        kinds["districts"].add(tuple(name.split()))
    for name in rows("villages.csv"):
        kinds["villages"].add(tuple(name.split()))
    return {
        kind: sorted(words for words in names if words and all(_NAME.fullmatch(w) for w in words))
        for kind, names in kinds.items()
    }


def swap_mentions(
    sentences: Sequence[Sentence],
    copies: int = SWAP_COPIES,
    *,
    seed: int = SEED,
    regions: dict[str, list[tuple[str, ...]]] | None = None,
) -> list[Sentence]:
    """Return the sentences followed by `copies` copies of each one that holds a PERSON or PLACE, with every PERSON
    swapped for a PERSON of the given sentences and every PLACE for a region name (mention replacement, Dai &
    Adel 2020). Tags follow the new words (B- then I-); other words and entities are kept. Same input and seed,
    same output."""
    sentences = list(sentences)
    if copies <= 0:
        return sentences
    regions = regions if regions is not None else region_names()
    persons = sorted({s.words[start:end] for s in sentences for label, start, end in chunks(s.tags)
                      if label == "PERSON"})
    bare = sorted({name for kind in ("provinces", "regencies", "cities", "districts") for name in regions[kind]})
    rng = random.Random(seed)
    out = list(sentences)
    for _ in range(copies):
        for sentence in sentences:
            entities = sorted(chunks(sentence.tags), key=lambda e: e[1])
            if not any(label in ("PERSON", "PLACE") for label, *_ in entities):
                continue
            words: list[str] = []
            tags: list[str] = []
            position = 0
            for label, start, end in entities:
                words.extend(sentence.words[position:start])
                tags.extend(sentence.tags[position:start])
                mention = sentence.words[start:end]
                if label == "PERSON" and persons:
                    mention = rng.choice(persons)
                elif label == "PLACE":
                    kind = _SWAP_LEVELS.get(mention[0].casefold()) if len(mention) > 1 else None
                    if kind and regions.get(kind):
                        mention = (mention[0], *rng.choice(regions[kind]))
                    elif bare:
                        mention = rng.choice(bare)
                words.extend(mention)
                tags.extend([f"B-{label}"] + [f"I-{label}"] * (len(mention) - 1))
                position = end
            words.extend(sentence.words[position:])
            tags.extend(sentence.tags[position:])
            out.append(Sentence(tuple(words), tuple(tags)))
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
    swap_copies: int = SWAP_COPIES,
    pretrain: dict[str, int | float] | None = None,
    final_steps: int | None = FINAL_STEPS,
    overrides: dict[str, object] | None = None,
    log: bool = True,
    pos_files: Sequence[Path] = POS_FILES,
) -> dict[str, LabelScore]:
    """Train from `corpus_dir` with `config_path`, save the model to `output` and return its test-split scores.
    With `final_steps` the model trains on the train + dev splits for that many steps; with None, on train only,
    keeping the checkpoint that scores best on dev. `pos_files` feed the POS multi-task (empty: none). Same data,
    config and seed give the same model."""
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    corpus_dir, output = Path(corpus_dir), Path(output)
    splits = {name: read_conll(corpus_dir / filename) for name, filename in SPLITS.items()}
    vector_text = splits["train"] + splits["dev"]  # the corpus text itself, before any augmentation
    if final_steps:  # the dev split joins the training data; dev scores are then no longer a held-out figure
        splits["train"] = splits["train"] + splits["dev"]
    splits["train"] = case_variants(swap_mentions(splits["train"], swap_copies, seed=seed), augment)
    vocab = Vocab()
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as tmp:
        work = Path(tmp)
        # With final_steps: one evaluation, at the last step, no early stop, so "model-best" is the final model
        # (`overrides` still win, e.g. a test's few steps).
        final = (
            {"training.max_steps": final_steps, "training.eval_frequency": final_steps, "training.patience": 0}
            if final_steps
            else {}
        )
        settings = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
            **final,
            **(overrides or {}),
        }
        config = spacy.util.load_config(config_path, overrides=settings, interpolate=False)
        with_pos = "morphologizer" in config["nlp"]["pipeline"]
        if with_pos and not pos_files:
            config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p != "morphologizer"]
            del config["components"]["morphologizer"]
            with_pos = False
        for name in ("train", "dev"):
            docs = [sentence_doc(vocab, s) for s in splits[name]]
            if name == "train" and with_pos:  # the NER sentences repeated, then the POS sentences
                docs = docs * NER_COPIES_WITH_POS + pos_docs(vocab, pos_files)
            DocBin(docs=docs).to_disk(work / f"{name}.spacy")
        if _uses_static_vectors(config) and not config["paths"].get("vectors"):
            config["paths"]["vectors"] = str(_vectors(vector_text, work / "vectors"))
        sink = None if log else io.StringIO()
        pretrain = {**PRETRAIN, **(pretrain or {})}
        weights = None
        if pretrain["epochs"]:
            text = [list(s.words) for s in vector_text]
            text += _text_words(lower=False) if pretrain.pop("text") == "all" else []
            weights = pretrain_tok2vec(config, text, seed=seed, log=sink or sys.stdout, **pretrain)
            (work / "tok2vec.bin").write_bytes(weights)
        nlp = init_nlp(config)
        if weights is not None:
            nlp.get_pipe("tok2vec").model.from_bytes(weights)
        (work / "out").mkdir()
        train_loop(nlp, work / "out", stdout=sink or sys.stdout, stderr=sink or sys.stderr)
        best = work / "out" / "model-best"
        if with_pos:
            nlp.remove_pipe("morphologizer")  # it only shaped the shared tok2vec
        for name in nlp.pipe_names:  # the in-memory weights are the last step's; take the best checkpoint's
            nlp.get_pipe(name).from_disk(best / name, exclude=["vocab"])
        # After a train + dev run the dev score measures training data: leave it out rather than mislead.
        performance = json.loads((best / "meta.json").read_text(encoding="utf-8"))["performance"]
        nlp.meta["performance"] = {} if final_steps else performance
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
    """Whether any layer of any component's model has `include_static_vectors` on (nested embeds included)."""
    def search(section) -> bool:
        if not isinstance(section, dict):
            return False
        return bool(section.get("include_static_vectors")) or any(search(v) for v in section.values())

    return any(search(settings.get("model", {})) for settings in config["components"].values())


def _vectors(sentences: Sequence[Sentence], path: Path) -> Path:
    """Build the static word vectors from the training text (train + dev, never test) and corpus/text/."""
    from pipeline.normalize.vectors import build_vectors, save_vectors

    text = [[w.lower() for w in s.words] for s in sentences] + _text_words(lower=True)
    words, vectors = build_vectors(text, **VECTORS)
    return save_vectors(words, vectors, path)


def _text_words(*, lower: bool) -> list[list[str]]:
    """The sentences of corpus/text/ (bapos words, tags ignored)."""
    from pipeline.normalize.vectors import TEXT_FILES, read_words

    return [words for text_file in TEXT_FILES for words in read_words(text_file, lower=lower)]


def pos_docs(vocab: Vocab, files: Sequence[Path] = POS_FILES) -> list[Doc]:
    """The sentences of token<TAB>tag files (IDN tags, as bapos writes them) as Docs with universal POS
    (`BAPOS_UPOS`; BIO prefixes dropped, an unknown tag is X), for the POS multi-task."""
    from pipeline.normalize.vectors import read_tagged

    return [Doc(vocab, words=words, pos=[BAPOS_UPOS.get(t[2:] if t[:2] in ("B-", "I-") else t, "X") for t in tags])
            for path in files for words, tags in read_tagged(path)]


def pretrain_tok2vec(
    config,
    sentences: Sequence[Sequence[str]],
    *,
    epochs: int,
    seed: int = SEED,
    batch_words: int = 1000,
    n_characters: int = 4,
    hidden_size: int = 300,
    dropout: float = 0.2,
    log=None,
) -> bytes:
    """Pretrain the config's `tok2vec` as `spacy pretrain` does with its characters objective (predict each
    token's first and last `n_characters` characters from its vector), on unlabelled tokenised sentences that
    `warta_lexicon` annotates first, so the TAG feature is there as in training. Returns the tok2vec weights
    (the optimizer's averages), for `tok2vec.model.from_bytes`. Deterministic: fixed seed, fixed batches in a
    seeded order per epoch."""
    from spacy.training.pretrain import make_update
    from spacy.util import load_model_from_config, registry
    from thinc.api import Adam, fix_random_seed, set_dropout_rate

    fix_random_seed(seed)
    nlp = load_model_from_config(config, auto_fill=True)
    with nlp.select_pipes(enable=[]):
        nlp.initialize()  # loads the static vectors, initialises no component
    lexicon = nlp.get_pipe("warta_lexicon")
    docs = [lexicon(Doc(nlp.vocab, words=list(words))) for words in sentences if words]
    tok2vec = nlp.get_pipe("tok2vec").model
    tok2vec.initialize(X=docs[:8])
    create = registry.architectures.get("spacy.PretrainCharacters.v1")(
        maxout_pieces=3, hidden_size=hidden_size, n_characters=n_characters
    )
    model = create(nlp.vocab, tok2vec)
    model.initialize(X=docs[:8])
    set_dropout_rate(model, dropout)
    optimizer = Adam(0.001, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)
    objective = model.attrs["loss"]
    batches, batch, size = [], [], 0
    for doc in docs:
        batch.append(doc)
        size += len(doc)
        if size >= batch_words:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    rng = random.Random(seed)
    for epoch in range(epochs):
        order = list(range(len(batches)))
        rng.shuffle(order)
        loss = sum(make_update(model, batches[i], optimizer, objective) for i in order)
        if log is not None:
            print(f"pretrain epoch {epoch}: loss {loss:.1f} ({len(docs)} sentences)", file=log, flush=True)
    with model.use_params(optimizer.averages):
        return model.get_ref("tok2vec").to_bytes()


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
        version="0.5.14",
        description="warta's Indonesian NER (PERSON, PLACE, ORGANISATION): lexicon features (warta_lexicon, with "
        "Sastrawi's root words) and static PPMI-SVD word vectors into a CNN tok2vec + transition-based NER, trained "
        "on IndoNLU NERGrit (train + valid splits) with a POS tagger on IndoNLU bapos sharing the tok2vec "
        "(dropped before saving); see models/README.md",
        license="Apache-2.0 (IndoNLU NERGrit training data, IndoNLU bapos text and POS tags); region names in the "
        "lexicon features from idn-area-data (ODbL 1.0); root words from Sastrawi (MIT)",
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
                "name": "IndoNLU bapos_pos-idn (words for the static vectors, POS tags for the multi-task)",
                "url": "https://github.com/IndoNLP/indonlu",
                "license": "Apache-2.0",
            },
            {
                "name": "Sastrawi root words (kata-dasar.txt, via PySastrawi)",
                "url": "https://github.com/har07/PySastrawi",
                "license": "MIT",
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
