"""The recipe's data steps (pipeline/normalize/train.py): mention replacement and tok2vec pretraining."""
from __future__ import annotations

import pytest
import spacy

from pipeline.normalize.train import (
    CONFIG_PATH,
    CorpusError,
    Sentence,
    chunks,
    pretrain_tok2vec,
    region_names,
    swap_mentions,
)

SENTENCES = [
    Sentence(
        ("Bupati", "Anas", "Jafar", "membuka", "kegiatan", "di", "Kecamatan", "Tilamuta", "."),
        ("O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PLACE", "I-PLACE", "O"),
    ),
    Sentence(
        ("Indry", "Pakaya", "dari", "Dinas", "Sosial", "tiba", "di", "Gorontalo", "."),
        ("B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "I-ORGANISATION", "O", "O", "B-PLACE", "O"),
    ),
    Sentence(("Rapat", "digelar", "pada", "Senin", "."), ("O", "O", "O", "O", "O")),
    Sentence(("Dinas", "Sosial", "rapat", "."), ("B-ORGANISATION", "I-ORGANISATION", "O", "O")),
]
REGIONS = {
    "provinces": [("Sulawesi", "Utara")],
    "regencies": [("Boalemo",)],
    "cities": [("Manado",)],
    "districts": [("Paguyaman",), ("Botumoito",)],
    "villages": [("Bubaa",)],
}


def entity_words(sentence: Sentence) -> list[tuple[str, tuple[str, ...]]]:
    entities = sorted(chunks(sentence.tags), key=lambda e: e[1])
    return [(label, sentence.words[start:end]) for label, start, end in entities]


def test_swap_mentions_is_the_same_on_every_run():
    assert swap_mentions(SENTENCES, 2, seed=3, regions=REGIONS) == swap_mentions(SENTENCES, 2, seed=3, regions=REGIONS)
    assert swap_mentions(SENTENCES, 0, regions=REGIONS) == SENTENCES


def test_swap_mentions_copies_only_sentences_with_a_person_or_place():
    out = swap_mentions(SENTENCES, 2, regions=REGIONS)
    assert out[: len(SENTENCES)] == SENTENCES
    assert len(out) == len(SENTENCES) + 2 * 2


def test_swap_mentions_keeps_tags_aligned_and_other_words_in_place():
    persons = {("Anas", "Jafar"), ("Indry", "Pakaya")}
    bare = {("Sulawesi", "Utara"), ("Boalemo",), ("Manado",), ("Paguyaman",), ("Botumoito",)}
    for original, copy in zip(SENTENCES[:2] * 3, swap_mentions(SENTENCES, 3, seed=1, regions=REGIONS)[4:]):
        assert len(copy.words) == len(copy.tags)
        assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in copy.tags)
        before, after = entity_words(original), entity_words(copy)
        assert [label for label, _ in before] == [label for label, _ in after]
        for (label, old), (_, new) in zip(before, after):
            if label == "PERSON":
                assert new in persons
            elif label == "PLACE" and old[0] == "Kecamatan":  # the level word stays, the name is a district
                assert new[0] == "Kecamatan" and new[1:] in {("Paguyaman",), ("Botumoito",)}
            elif label == "PLACE":
                assert new in bare
            else:
                assert new == old
        # the words outside the entities are unchanged, in order
        assert [w for w, t in zip(copy.words, copy.tags) if t == "O"] == [
            w for w, t in zip(original.words, original.tags) if t == "O"
        ]


def test_region_names_are_plain_capitalised_words_by_level():
    names = region_names()
    assert ("Gorontalo",) in names["provinces"]
    assert ("Boalemo",) in names["regencies"]  # "Kabupaten Boalemo" without its level word
    assert ("Gorontalo",) in names["cities"]
    assert ("Tilamuta",) in names["districts"]
    assert all(word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
               for kind in names.values() for name in kind for word in name)


def test_region_names_names_a_missing_table(tmp_path):
    with pytest.raises(CorpusError, match="provinces.csv"):
        region_names(tmp_path)


def test_pretrain_tok2vec_is_deterministic_and_loads_into_the_tok2vec():
    config = spacy.util.load_config(
        CONFIG_PATH,
        overrides={
            "components.tok2vec.model.embed.width": 16,
            "components.tok2vec.model.encode.width": 16,
            "components.tok2vec.model.encode.depth": 1,
            "components.tok2vec.model.embed.rows": [200, 50, 100, 100, 20],
            "components.tok2vec.model.embed.include_static_vectors": False,
        },
        interpolate=False,
    )
    text = [list(s.words) for s in SENTENCES] * 5
    a = pretrain_tok2vec(config, text, epochs=2, hidden_size=16)
    b = pretrain_tok2vec(config, text, epochs=2, hidden_size=16)
    assert a == b
    assert a != pretrain_tok2vec(config, text, epochs=3, hidden_size=16)  # it does learn
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    tok2vec = nlp.get_pipe("tok2vec").model
    tok2vec.initialize(X=[nlp.make_doc("Anas Jafar tiba .")])
    tok2vec.from_bytes(a)
    assert tok2vec.to_bytes() == a


def write_corpus(root, train_text: str, dev_text: str):
    root.mkdir()
    (root / "train_preprocess.txt").write_text(train_text, encoding="utf-8")
    (root / "valid_preprocess.txt").write_text(dev_text, encoding="utf-8")
    (root / "test_preprocess.txt").write_text(dev_text, encoding="utf-8")
    return root


def bio(sentences: list[Sentence]) -> str:
    return "\n".join("".join(f"{w}\t{t}\n" for w, t in zip(s.words, s.tags)) for s in sentences)


TINY_SETTINGS = {
    "training.dropout": 0.0,
    "components.ner.model.hidden_width": 32,
    "components.tok2vec.model.embed.width": 32,
    "components.tok2vec.model.encode.width": 32,
    "components.ner.model.tok2vec.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [500, 100, 200, 200, 50],
    "components.tok2vec.model.embed.include_static_vectors": False,
}


def test_train_with_final_steps_learns_the_dev_split_and_stops_at_that_step(tmp_path):
    from pipeline.normalize.train import train

    # the test split is the dev split: only a model trained on train + dev knows its names
    corpus = write_corpus(tmp_path / "corpus", bio(SENTENCES[2:]), bio(SENTENCES[:2]))
    scores = train(tmp_path / "model", corpus_dir=corpus, overrides=TINY_SETTINGS, final_steps=80, log=False,
                   pos_files=())
    assert scores["ALL"].f1 > 0.5
    nlp = spacy.load(tmp_path / "model")
    assert nlp.config["training"]["max_steps"] == 80
    assert nlp.meta["performance"] == {}  # a dev score of a model trained on dev would mislead


POS_TEXT = "Bupati\tNNP\nmembuka\tVB\nacara\tNN\ndi\tIN\nGorontalo\tB-NNP\n.\tZ\n\n"


def test_pos_docs_map_idn_tags_to_universal_pos(tmp_path):
    from spacy.vocab import Vocab

    from pipeline.normalize.train import pos_docs

    (tmp_path / "pos.txt").write_text(POS_TEXT, encoding="utf-8")
    [doc] = pos_docs(Vocab(), [tmp_path / "pos.txt"])
    assert [t.pos_ for t in doc] == ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]


def test_train_with_the_pos_task_drops_the_tagger_and_still_learns_the_ner(tmp_path):
    from pipeline.normalize.train import train

    corpus = write_corpus(tmp_path / "corpus", bio(SENTENCES[2:]), bio(SENTENCES[:2]))
    (tmp_path / "pos.txt").write_text(POS_TEXT * 20, encoding="utf-8")
    tiny = {**TINY_SETTINGS, "components.morphologizer.model.tok2vec.width": 32}
    scores = train(tmp_path / "model", corpus_dir=corpus, overrides=tiny, final_steps=80, log=False,
                   pos_files=[tmp_path / "pos.txt"])
    assert scores["ALL"].f1 > 0.5
    nlp = spacy.load(tmp_path / "model")
    assert nlp.pipe_names == ["warta_lexicon", "ner"]  # the morphologizer only shaped the shared tok2vec


NESTED_EMBED = """
[components]

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@layers = "chain.v1"

[components.ner.model.tok2vec.embed.*.features]
@layers = "concatenate.v1"

[components.ner.model.tok2vec.embed.*.features.*.hash]
@architectures = "spacy.MultiHashEmbed.v2"
include_static_vectors = {flag}
"""


@pytest.mark.parametrize("flag, expected", [("true", True), ("false", False)])
def test_uses_static_vectors_looks_inside_nested_embeds(flag, expected):
    from thinc.api import Config

    from pipeline.normalize.train import _uses_static_vectors

    assert _uses_static_vectors(Config().from_str(NESTED_EMBED.format(flag=flag), interpolate=False)) is expected
    assert _uses_static_vectors(spacy.util.load_config(CONFIG_PATH, interpolate=False)) is True
