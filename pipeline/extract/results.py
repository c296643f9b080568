"""The result types of the extractors; `to_dict()` is the only route to JSON (article.schema.json)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Regulation:
    """A regulation citation: `Peraturan Menteri Sosial Nomor 10 Tahun 2019 tentang ...`."""

    text: str
    type: str
    issuer: str | None
    number: str | None
    year: int | None
    title: str | None
    span: tuple[int, int]

    @property
    def canonical(self) -> str:
        from pipeline.lang.regulations import CANONICAL_SHORT

        short = CANONICAL_SHORT.get(self.type, self.type)
        if self.number and self.year:
            return f"{short} {self.number}/{self.year}".strip()
        name = self.title or self.text
        if short and (name == short or name.startswith(short + " ")):  # "UU ITE" named whole: not "UU UU ITE"
            return name
        return f"{short} {name}".strip()

    def to_dict(self) -> dict:
        return {"text": self.text, "type": self.type, "issuer": self.issuer, "number": self.number,
                "year": self.year, "title": self.title, "canonical": self.canonical,
                "start": self.span[0], "end": self.span[1]}


@dataclass(frozen=True)
class DateMention:
    """A calendar date: `Jumat (23/02/2024)` -> `2024-02-23`; `Februari 2024` -> `2024-02`."""

    text: str
    value: str
    span: tuple[int, int]

    def to_dict(self) -> dict:
        return {"text": self.text, "value": self.value, "start": self.span[0], "end": self.span[1]}


@dataclass(frozen=True)
class Official:
    """A named person holding a stated position, with every mention of them."""

    name: str
    position: str | None
    organization: str | None
    region: str | None
    mentions: tuple[tuple[int, int], ...] = field(default=())
    region_code: str | None = None  # the region's Kemendagri code (`75.02`) when the gazetteer knows it
    aliases: tuple[str, ...] = ()  # other names the article gives (`Danny Pomanto` for Moh. Ramdhan Pomanto)

    def to_dict(self) -> dict:
        return {"name": self.name, "position": self.position, "organization": self.organization,
                "region": self.region, "region_code": self.region_code, "aliases": list(self.aliases),
                "mentions": [{"start": s, "end": e} for s, e in self.mentions]}


@dataclass(frozen=True)
class Quote:
    """A direct or indirect quote with its resolved speaker and the speech cue as written."""

    type: str  # "direct" | "indirect"
    text: str
    speaker: str | None
    cue: str | None
    span: tuple[int, int]

    def to_dict(self) -> dict:
        return {"type": self.type, "text": self.text, "speaker": self.speaker, "cue": self.cue,
                "start": self.span[0], "end": self.span[1]}


@dataclass(frozen=True)
class Venue:
    """A named place where something happens: `Villa Kencana` in `Kabupaten Boalemo`."""

    name: str
    region: str | None
    span: tuple[int, int]
    region_code: str | None = None  # the region's Kemendagri code when the gazetteer knows it

    def to_dict(self) -> dict:
        return {"name": self.name, "region": self.region, "region_code": self.region_code,
                "start": self.span[0], "end": self.span[1]}


@dataclass(frozen=True)
class Entity:
    """A named entity from the NER model or the gazetteer ruler."""

    text: str
    label: str
    span: tuple[int, int]
    code: str | None = None  # a PLACE's Kemendagri region code, when the gazetteer resolves it

    def to_dict(self) -> dict:
        return {"text": self.text, "label": self.label, "code": self.code, "start": self.span[0], "end": self.span[1]}
