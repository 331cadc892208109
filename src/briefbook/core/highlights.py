"""The spans of a paragraph to highlight: one source of truth for the reader pane and the exports."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Analysis, Highlight

FIGURE, ACTOR, QUOTE, DATE = "figure", "actor", "quote", "date"
_QUOTE = re.compile(r"«[^«»]{2,}?(?:»|\"|”)|“[^“”]{2,}?”|\"[^\"\n]{2,}?\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in a paragraph (« », “ ”, " ", and mixed « … ")."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def paragraph_highlights(analysis: Analysis, article_id: str, paragraph: int) -> list[Highlight]:
    """Highlights for one paragraph, sorted by start; figures win over actors where they overlap."""
    art = analysis.article(article_id)
    text = art.paragraphs[paragraph].text if 0 <= paragraph < len(art.paragraphs) else ""
    figures, mentions = analysis.by_paragraph.get((article_id, paragraph), ((), ()))
    spans: list[Highlight] = []
    spans += [Highlight(f.start, f.end, FIGURE, f.id) for f in figures]
    spans += [Highlight(m.start, m.end, ACTOR, m.actor) for m in mentions]
    spans += [Highlight(s, e, QUOTE) for s, e in quote_spans(text)]
    return resolve_overlaps(spans, len(text))


def resolve_overlaps(spans: Iterable[Highlight], length: int) -> list[Highlight]:
    """Keep spans inside the text; where figures or actors overlap, the earlier, longer one wins.

    Quotations may contain figures and names, so they are kept as they are (the reader layers them).
    """
    inline = sorted(
        (h for h in spans if h.kind != QUOTE and 0 <= h.start < h.end <= length),
        key=lambda h: (h.start, -(h.end - h.start), h.kind != FIGURE),
    )
    kept: list[Highlight] = []
    for h in inline:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    quotes = [h for h in spans if h.kind == QUOTE and 0 <= h.start < h.end <= length]
    return sorted(kept + quotes, key=lambda h: (h.start, h.kind == QUOTE))
