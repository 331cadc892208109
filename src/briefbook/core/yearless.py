"""A year for an article dated only by a wire dateline without one ("ISTANBUL, March 3 (Reuters) - …").

Wire copy gives the day and month, not the year. Alone such an article stays undated; in a briefing whose
other articles are dated, the year is the one that puts the day nearest to their dates (a story's reports
lie within weeks of each other), and the article is marked as dated by inference (`date_source`
"inferred"), so that the year is never shown as if the text stated it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from .model import PARAGRAPH_BODY, Article

INFERRED = "inferred"


def dateline_month_day(article: Article) -> tuple[int, int] | None:
    """The (month, day) of a wire dateline without a year opening the article's first paragraph of text."""
    from .dates import wire_month_day

    first = next((p.text for p in article.paragraphs if p.kind == PARAGRAPH_BODY), None)
    return wire_month_day(first) if first else None


def infer_years(articles: Sequence[Article]) -> list[Article]:
    """The articles, each undated one with a yearless dateline dated in the year nearest the dated ones.

    Articles that need nothing are returned as they are (the same objects); with no dated article to go
    by, nothing is inferred.
    """
    known = [a.date for a in articles if a.date is not None]
    if not known or all(a.date is not None for a in articles):
        return list(articles)
    years = range(min(d.year for d in known) - 1, max(d.year for d in known) + 2)
    out = []
    for article in articles:
        md = dateline_month_day(article) if article.date is None else None
        best = None
        for year in years if md else ():
            try:
                day = dt.date(year, *md)
            except ValueError:  # 29 February of a common year, 31 April
                continue
            distance = min(abs((day - d).days) for d in known)
            if best is None or distance < best[0]:
                best = (distance, day)
        out.append(replace(article, date=best[1], date_source=INFERRED) if best else article)
    return out


__all__ = ["INFERRED", "dateline_month_day", "infer_years"]
