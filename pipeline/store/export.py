"""Quote results as text for people (table), JSON and CSV; shared by `warta quotes` and the web export."""
from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Sequence

from pipeline.store.store import QuoteHit

FORMATS = ("table", "json", "csv")


def to_json(hits: Sequence[QuoteHit]) -> str:
    """A JSON list of result objects (keys as `QuoteHit.FIELDS`)."""
    return json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1)


def to_csv(hits: Sequence[QuoteHit]) -> str:
    """CSV with a header row, one quote a row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=QuoteHit.FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(h.to_dict() for h in hits)
    return out.getvalue()


def to_table(hits: Sequence[QuoteHit], width: int = 100) -> str:
    """One block per quote for reading in a terminal: date, type, speaker and office, outlet; quote; title and URL."""
    blocks = []
    for h in hits:
        speaker = h.speaker or "(unattributed)"
        if h.position:
            speaker += f" ({h.position})"
        head = "  ".join(x or "-" for x in (h.published, h.type, speaker, h.source))
        quote = textwrap.fill(f"“{h.text}”", width, initial_indent="  ", subsequent_indent="   ")
        blocks.append(f"{head}\n{quote}\n  {h.title or '(untitled)'}\n  {h.url or h.article_id}")
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def render(hits: Sequence[QuoteHit], fmt: str) -> str:
    """The results in one of FORMATS; ValueError for another name."""
    renderers = {"table": to_table, "json": to_json, "csv": to_csv}
    if fmt not in renderers:
        raise ValueError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}")
    return renderers[fmt](hits)
