"""Key figures: quantities that matter, found in the sentences of the reading text."""

from __future__ import annotations

from .model import Article, EventDate, Figure


def extract_figures(article: Article) -> tuple[list[Figure], list[EventDate]]:
    """The key figures and the event dates stated in one article."""
    return [], []
