"""Text clean-up before analysis, keeping a map from every output character back to the input.

The cleaned text is the record's `text`; every offset warta writes indexes it. `CleanText.source_offset`
maps back to the raw input for callers that need it (the scraper's HTML, a journalist's highlight).
"""
from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy

from pipeline.lang.datelines import (BOILERPLATE_LINE, CREDIT_LINE, DATELINE, DATELINE_GLUED, OPENING_BYLINE,
                                     OUTLET_DOMAIN, PLACE_AFTER_OUTLET, SIGN_OFF, WRITER_ROLES)

# Characters folded to one form: quotation marks to “ ” ‘ ’ and ", dashes to – and —, odd spaces to a space.
CHAR_MAP = {
    "\u201e": "\u201c", "\u201f": "\u201c", "\u00ab": "\u201c", "\u00bb": "\u201d", "\u2033": '"', "\u301d": "\u201c",
    "\u301e": "\u201d", "\uff02": '"', "\u201a": "\u2018", "\u201b": "\u2018", "\u2032": "\u2019", "\u00b4": "\u2019",
    "\u2012": "\u2013", "\u2015": "\u2014", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " ",
    "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n",
    "\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d",  # doubled single marks ‘‘…’’ (Tribun Bali) are double marks
    "\u2018\u2019": "\u201c",  # … and ‘’…’’ (Radar Merauke) opens with a left and a right mark
}
# Characters dropped outright: zero-width marks, soft hyphen, BOM, and C0/C1 controls other than \n.
DROP = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
MOJIBAKE_HINT = re.compile(r"[âÃÂ][\x80-\xbf€œ™šž”“˜]|â€|Ã[\x80-\xbf]")


class OffsetMap:
    """Maps output positions to input positions with one anchor per copied run or replaced character."""

    def __init__(self) -> None:
        self.out: list[int] = []
        self.src: list[int] = []

    def anchor(self, out_pos: int, src_pos: int) -> None:
        if self.out and self.out[-1] == out_pos:
            self.src[-1] = src_pos
        else:
            self.out.append(out_pos)
            self.src.append(src_pos)

    def __call__(self, index: int) -> int:
        k = bisect.bisect_right(self.out, index) - 1
        return 0 if k < 0 else self.src[k] + (index - self.out[k])


@dataclass
class CleanText:
    """Cleaned text plus a map from each of its characters to the input character it came from."""

    text: str
    maps: tuple[OffsetMap, ...] = field(repr=False, default=())
    dateline: dict | None = None
    authors: list[str] = field(default_factory=list)
    body_start: int = 0  # first character after the dateline
    body_end: int = 0  # first character of the sign-off (or len(text))
    repaired: list[str] = field(default_factory=list)

    def source_offset(self, index: int) -> int:
        """The input index of output character `index` (maps compose: collapse, then fold)."""
        for offset_map in self.maps:
            index = offset_map(index)
        return index


# Characters that need a look: anything but printable ASCII and newlines (and doubled single quotation marks).
_SPECIAL = re.compile(r"\u2018\u2018|\u2019\u2019|\u2018\u2019(?=\S)|[^\x20-\x7e\n]")
_SPACES = re.compile(r" *\n[ \n]*| {2,}")


def _fold(text: str) -> tuple[str, OffsetMap]:
    """Per-character clean-up (CHAR_MAP, DROP, NFKC) of the few characters that need it, with an offset map."""
    out: list[str] = []
    length = 0
    offsets = OffsetMap()
    prev = 0
    for m in _SPECIAL.finditer(text):
        if m.start() > prev:
            offsets.anchor(length, prev)
            out.append(text[prev:m.start()])
            length += m.start() - prev
        ch = CHAR_MAP.get(m.group(), m.group())
        if not DROP.match(ch) and not ch.isascii():
            ch = "".join(CHAR_MAP.get(c, c) for c in unicodedata.normalize("NFKC", ch))
        if ch and not DROP.match(ch):
            for k, c in enumerate(ch):  # every output character of a replacement maps to its source
                offsets.anchor(length + k, m.start())
            out.append(ch)
            length += len(ch)
        prev = m.end()
    if prev < len(text):
        offsets.anchor(length, prev)
        out.append(text[prev:])
    return "".join(out), offsets


def _collapse(text: str) -> tuple[str, OffsetMap]:
    """Runs of spaces become one, spaces around newlines go, 3+ newlines become 2; ends are stripped."""
    lead = len(text) - len(text.lstrip(" \n"))
    body = text.strip(" \n")
    out: list[str] = []
    length = 0
    offsets = OffsetMap()
    prev = 0
    for m in _SPACES.finditer(body):
        if m.start() > prev:
            offsets.anchor(length, lead + prev)
            out.append(body[prev:m.start()])
            length += m.start() - prev
        piece = m.group()
        replacement = ("\n\n" if piece.count("\n") >= 2 else "\n") if "\n" in piece else " "
        first_newline = piece.find("\n")
        offsets.anchor(length, lead + m.start() + max(first_newline, 0))
        out.append(replacement)
        length += len(replacement)
        prev = m.end()
    if prev < len(body):
        offsets.anchor(length, lead + prev)
        out.append(body[prev:])
    return "".join(out), offsets


def clean_text(raw: str) -> CleanText:
    """Clean an article body: entities, mojibake, Unicode forms, quotes, dashes, spaces; find dateline and sign-off.

    `"HABARI.ID, DINSOS | Kepala ... (dik/habari.id)"` keeps its characters but reports the dateline
    `{"place": "DINSOS", "outlet": "HABARI.ID"}` and the author `dik`.
    """
    repaired: list[str] = []
    text = raw
    if "&" in text and re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", text, re.IGNORECASE):
        text = html.unescape(text)
        repaired.append("html entities")
    if MOJIBAKE_HINT.search(text):
        fixed = ftfy.fix_text(text, normalization=None, uncurl_quotes=False, fix_line_breaks=False)
        if fixed != text:
            text = fixed
            repaired.append("mojibake")
    # Index maps are relative to the (possibly repaired) text; identical to the input when nothing was repaired.
    folded, fold_map = _fold(text)
    kept, drop_map = _drop_boilerplate(folded)
    cleaned, collapse_map = _collapse(kept)
    result = CleanText(cleaned, (collapse_map, drop_map, fold_map), repaired=repaired, body_end=len(cleaned))
    _find_byline(result)
    _find_dateline(result)
    _find_sign_off(result)
    return result


def _drop_boilerplate(text: str) -> tuple[str, OffsetMap]:
    """Drop whole lines that are page furniture (`Baca juga: ...`, `ADVERTISEMENT`, `(Foto: ...)`)."""
    out: list[str] = []
    offsets = OffsetMap()
    length = prev = 0
    for m in BOILERPLATE_LINE.finditer(text):
        end = m.end() + 1 if text[m.end():m.end() + 1] == "\n" else m.end()
        if m.start() > prev:
            offsets.anchor(length, prev)
            out.append(text[prev:m.start()])
            length += m.start() - prev
        prev = end
    offsets.anchor(length, prev)
    out.append(text[prev:])
    return "".join(out), offsets


def _find_byline(result: CleanText) -> None:
    """A reporter's line before the dateline (`Laporan Wartawan Bangka Pos, Rizky Irianda`): an author, not text."""
    m = OPENING_BYLINE.match(result.text)
    if m:
        result.authors = [n.strip() for n in re.split(r"\s*(?:,|\bdan\b|&)\s*", m.group("names")) if n.strip()]
        result.body_start = m.end()


def _find_dateline(result: CleanText) -> None:
    first_line = result.text[result.body_start:].split("\n", 1)[0][:120]
    m = DATELINE_GLUED.match(first_line)
    if m and _is_domain(m.group("second")):  # POS-KUPANG.COM, ENDE -: one outlet's domain, not a place and an outlet
        m = None
    m = m or DATELINE.match(first_line)
    if not m or len(m.group("first")) > 60:
        return
    first, second = m.group("first").strip(), (m.group("second") or "").strip(" ()")
    if first.lower().startswith(("kepala", "ketua", "bupati", "gubernur")):  # a sentence, not a dateline
        return
    # Mostly capitals, a place name followed by an outlet, or an outlet's domain: otherwise not a dateline.
    words = re.findall(r"[A-Za-z]+", first + " " + second)
    if len(words) > 7:
        return
    paren = re.fullmatch(r"(?P<place>.+?)\s*\((?P<inner>[^)]+)\)", first)
    if paren and not second:
        from pipeline.lang.regions import gazetteer

        if gazetteer().is_region_word(paren.group("inner").split()[0]):  # SENTANI (JAYAPURA): both places
            place, outlet = first, None
        else:  # Ambon (ANTARA)
            place, outlet = paren.group("place"), paren.group("inner")
    elif second and _is_domain(first) and not _is_domain(second):
        outlet, place = first, second
    elif second:
        place, outlet = first, second
    elif _is_domain(first):
        place, outlet = None, first
    else:
        place, outlet = first, None
    end = m.end()
    glued = PLACE_AFTER_OUTLET.match(first_line, end) if place is None else None
    if glued and (_names_a_region(glued.group("place")) or glued.group("place").isupper() and
                  len(glued.group("place")) >= 4 and " – " in glued.group()):
        # "TERASMALUKU.COM,-AMBON-Dinas …", "HABADAILY.COM – MEULABOH – Pemerintah …": the place follows the outlet,
        # glued to the body by a dash (a town the gazetteer lacks when the dash is spaced, as datelines write it)
        place, end = glued.group("place"), glued.end()
    result.dateline = {"place": place, "outlet": outlet}
    result.body_start += end


def _names_a_region(place: str) -> bool:
    from pipeline.lang.regions import gazetteer

    gaz = gazetteer()
    return bool(gaz.regency(place) or gaz.province(place) or gaz.is_local_place(place))


def _is_domain(text: str) -> bool:
    return bool(OUTLET_DOMAIN.search(text))


def _find_sign_off(result: CleanText) -> None:
    end = len(result.text)
    writers: list[str] = []
    # credit lines at the end (`Pewarta: X`, `Editor: Y`), read upwards
    while (start := result.text.rfind("\n", result.body_start, end)) > result.body_start and \
            (credit := CREDIT_LINE.match(result.text, start + 1, end)):
        if credit.group("role").capitalize() in WRITER_ROLES:
            writers[:0] = [n.strip() for n in re.split(r"\s*(?:,|/|\bdan\b|&)\s*", credit.group("names")) if n.strip()]
        end = start
    tail_start = max(result.body_start, end - 60)
    m = SIGN_OFF.search(result.text, tail_start, end)
    if m:
        parts = list(dict.fromkeys(p.strip() for p in m.group("inner").split("/") if p.strip()))  # "(hsa/hsa)"
        writers[:0] = [p for p in parts if not re.search(r"\.|^red$|^\*+$|^adv$|^rls$", p, re.IGNORECASE)]
        end = m.start()
    if writers:
        result.authors = result.authors + [w for w in writers if w not in result.authors]
    result.body_end = end
