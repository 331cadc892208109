"""The span of a briefing's dates, as the header and the memo show it."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article


def date_span(articles: Sequence[Article]) -> str:
    """The first and last article dates, e.g. '13 Mar – 4 Sep 2025'."""
    dates = sorted(a.date for a in articles if a.date)
    if not dates:
        return "undated"
    first, last = dates[0], dates[-1]
    if first == last:
        return first.strftime("%-d %b %Y")
    if first.year == last.year:
        return f"{first.strftime('%-d %b')} – {last.strftime('%-d %b %Y')}"
    return f"{first.strftime('%-d %b %Y')} – {last.strftime('%-d %b %Y')}"
