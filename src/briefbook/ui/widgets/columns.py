"""Columns mode: two or three articles side by side in date order, each scrolling on its own."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal

from ...core.model import Analysis, Article
from ...core.similarity import SimilarityIndex
from .reader import Reader

MAX_COLUMNS = 3


class ColumnsView(Horizontal):
    """Readers side by side; shared sentences (the same facts reworded) are marked in each."""

    def compose(self) -> ComposeResult:
        """Three readers; the ones not needed are hidden."""
        for n in range(MAX_COLUMNS):
            yield Reader(id=f"column-{n}", classes="column", gutter=False)

    _pending: tuple | None = None
    _ready = False

    def on_mount(self) -> None:
        """Show what was asked for before the readers existed."""
        self._ready = True
        if self._pending is not None:
            self.show(*self._pending)

    def show(self, analysis: Analysis, articles: Sequence[Article], similarity: SimilarityIndex | None, first: int) -> None:
        """Show these articles, one per column, with their shared sentences marked."""
        if not self._ready:
            self._pending = (analysis, articles, similarity, first)
            return
        shared = similarity.shared_sentences(articles) if similarity is not None else {}
        total = len(analysis.articles)
        for n, reader in enumerate(self.query(Reader)):
            reader.display = n < len(articles)
            if n < len(articles):
                reader.show(analysis, articles[n], shared=shared, position=f"{first + n + 1} of {total}")
