"""A plain-text summary of a briefing, for `briefbook analyze` without --json and for pipes."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Analysis


def summary_lines(analysis: Analysis) -> Iterator[str]:
    """The briefing's contents in date order, one article a line, then counts."""
    yield analysis.briefing.title
    if analysis.briefing.description:
        yield analysis.briefing.description
    yield ""
    for n, a in enumerate(analysis.articles, 1):
        date = a.date.isoformat() if a.date else "undated   "
        inferred = " (year inferred)" if a.date_source == "inferred" else ""
        yield f"{n:>3}. {date}  {a.outlet or 'unknown outlet'} — {a.title}{inferred}"
    yield ""
    yield (
        f"{len(analysis.articles)} articles · {sum(len(a.paragraphs) for a in analysis.articles)} paragraphs · "
        f"{len(analysis.figures)} figures in {len(analysis.tracks)} tracks · {len(analysis.actors)} actors · "
        f"{len(analysis.statements)} statements"
    )
