"""The header line: the briefing's title, the number of sources, the date span and the review count."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from ...core.export import date_span
from ...core.model import Analysis
from ..render import plain


class BriefingHeader(Horizontal):
    """The title on the left, the figures of the briefing on the right."""

    def __init__(self, title: str) -> None:
        """A header for a briefing's title; stats come when the articles are read."""
        super().__init__(id="briefing-header")
        self._title = title

    def compose(self) -> ComposeResult:
        """Title and stats."""
        yield Static(plain(self._title, "bold"), id="briefing-title", markup=False)
        yield Static(Text("reading…"), id="briefing-stats", markup=False)

    _shown: str = ""
    _span: tuple[object, str] | None = None

    def show_stats(self, analysis: Analysis, progress: str) -> None:
        """Update the right-hand figures (laid out again only when their width changes)."""
        if self._span is None or self._span[0] is not analysis:
            self._span = (analysis, date_span(analysis.articles))
        count = len(analysis.articles)
        stats = f"{count} source{'s' if count != 1 else ''} · {self._span[1]} · {progress}"
        if stats != self._shown:
            self.query_one("#briefing-stats", Static).update(Text(stats), layout=len(stats) != len(self._shown))
            self._shown = stats
