"""Scoring extracted records against gold annotations exactly as spec/SCORING.md says.

Micro-averaged precision/recall/F1 per category; a prediction matches at most one gold item, greedy, best
match first; attribution accuracy for officials' positions and quotes' speakers. A crash counts as a miss.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from pipeline.lang.honorifics import name_key

CATEGORIES = ("officials", "direct_quotes", "indirect_quotes", "dates", "dates_partial", "venues", "regulations")


def _words(text: str | None) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[^\w\s]", " ", text).split()


def names_match(a: str | None, b: str | None) -> bool:
    """Equal normalised names, or the shorter has 2+ words all in the longer (SCORING.md)."""
    if not a or not b:
        return False
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(short) >= 2 and all(w in long for w in short)


def _half_words(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    ja, jb = " ".join(wa), " ".join(wb)
    if ja in jb or jb in ja:
        return True
    return len(set(wa) & set(wb)) >= max(len(set(wa)), len(set(wb))) / 2


def _lcs_cover(a: str, b: str) -> float:
    a, b = " ".join(a.split()), " ".join(b.split())
    if not a or not b:
        return 0.0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / max(len(a), len(b))


@dataclass
class Score:
    """Counts for one category, plus attribution (position or speaker) counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_ok: int = 0
    attr_n: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float | None:
        return self.attr_ok / self.attr_n if self.attr_n else None

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "attribution": None if self.attribution is None else round(self.attribution, 4)}


@dataclass
class Report:
    """Scores per category and, per article, what was missed and what was wrongly found."""

    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    # per article: {"id": ..., category: {"missed": [gold items], "false": [predicted items],
    #               "misattributed": [{"pred": item, "gold": item}]}}; `describe` prints an item in one line
    details: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {name: score.to_dict() for name, score in self.scores.items()}


def _greedy(preds: list, golds: list, similarity) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            s = similarity(p, g)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: -x[0])
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _score(category: str, preds: list, golds: list, similarity, score: Score, attribution=None) -> dict:
    pairs = _greedy(preds, golds, similarity)
    score.tp += len(pairs)
    score.fp += len(preds) - len(pairs)
    score.fn += len(golds) - len(pairs)
    wrong = []
    if attribution:
        for i, j in pairs:
            ok = attribution(preds[i], golds[j])
            if ok is None:
                continue
            score.attr_n += 1
            score.attr_ok += ok
            if not ok:
                wrong.append({"pred": preds[i], "gold": golds[j]})
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    return {"missed": [g for j, g in enumerate(golds) if j not in matched_g],
            "false": [p for i, p in enumerate(preds) if i not in matched_p],
            "misattributed": wrong}


def describe(category: str, item) -> str:
    """One line for an item of `Report.details`: `Indry Pakaya (Kepala Bidang)`, `[speaker] quote text ...`."""
    if isinstance(item, dict) and "pred" in item and "gold" in item:
        return str({"pred": describe(category, item["pred"]), "gold": describe(category, item["gold"])})
    if category == "officials":
        return f"{item['name']} ({item.get('position')})"
    if category.endswith("quotes"):
        return f"[{item.get('speaker')}] {item['text'][:90]}"
    if category == "venues":
        return item["name"]
    if category == "regulations":
        return f"{item['type']} {item.get('number')}/{item.get('year')} {item.get('title') or ''}".strip()
    return str(item)  # a date value


def _official_sim(p, g):
    return 1.0 if names_match(p["name"], g["name"]) else 0.0


def _position_ok(p, g):
    return _half_words(p.get("position"), g.get("position"))


def _quote_sim(threshold):
    def sim(p, g):
        cover = _lcs_cover(p["text"], g["text"])
        return cover if cover >= threshold else 0.0
    return sim


def _speaker_ok(p, g):
    if not g.get("speaker"):
        return None
    return names_match(p.get("speaker"), g["speaker"])


def _venue_sim(p, g):
    """A match by SCORING.md's rule, graded by shared words so that the closest pair is matched first ("Pelabuhan
    Tulehu" goes to gold "Pelabuhan Tulehu", not to "Pelabuhan Hunimua" listed before it)."""
    if not _half_words(p["name"], g["name"]):
        return 0.0
    wp, wg = set(_words(p["name"])), set(_words(g["name"]))
    return 0.5 + 0.5 * len(wp & wg) / len(wp | wg)


def _regulation_sim(p, g):
    if p.get("type") != g.get("type"):
        return 0.0
    if g.get("number") is None:
        return 1.0 if _half_words(p.get("title"), g.get("title")) else 0.0
    return 1.0 if (str(p.get("number")) == str(g.get("number")) and p.get("year") == g.get("year")) else 0.0


def score_article(gold: dict, pred: dict | None, report: Report) -> None:
    """Add one article's comparison to `report`; a missing prediction counts every gold item as missed."""
    pred = pred or {}
    g = gold["gold"]
    detail = {"id": gold.get("id")}
    s = report.scores
    detail["officials"] = _score("officials", pred.get("officials", []), g["officials"], _official_sim,
                                 s["officials"], lambda p, q: _position_ok(p, q))
    for kind, threshold in (("direct", 0.6), ("indirect", 0.5)):
        preds = [q for q in pred.get("quotes", []) if q["type"] == kind]
        golds = [q for q in g["quotes"] if q["type"] == kind]
        detail[f"{kind}_quotes"] = _score(kind, preds, golds, _quote_sim(threshold), s[f"{kind}_quotes"],
                                          _speaker_ok)

    def values(items, full):
        return sorted({d["value"] for d in items if (len(d["value"]) == 10) == full})

    for name, full in (("dates", True), ("dates_partial", False)):
        detail[name] = _score(name, values(pred.get("dates", []), full), values(g["dates"], full),
                              lambda a, b: 1.0 if a == b else 0.0, s[name])
    detail["venues"] = _score("venues", pred.get("venues", []), g["venues"], _venue_sim, s["venues"])
    detail["regulations"] = _score("regulations", pred.get("regulations", []), g["regulations"], _regulation_sim,
                                   s["regulations"])
    report.details.append(detail)


def evaluate(golds: list[dict], preds: dict[str, dict]) -> Report:
    """Score predictions (by article id) against gold articles."""
    report = Report()
    for gold in golds:
        score_article(gold, preds.get(gold.get("id")), report)
    return report


def format_table(report: Report) -> str:
    """The per-category table `warta eval` prints."""
    lines = [f"{'category':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}  attribution"]
    for name, score in report.scores.items():
        attr = score.attribution
        label = {"officials": "position", "direct_quotes": "speaker", "indirect_quotes": "speaker"}.get(name, "")
        attr_text = f"{label} {attr:.3f} ({score.attr_ok}/{score.attr_n})" if attr is not None else ""
        lines.append(f"{name:<16} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.tp:4d} "
                     f"{score.fp:4d} {score.fn:4d}  {attr_text}")
    return "\n".join(lines)
