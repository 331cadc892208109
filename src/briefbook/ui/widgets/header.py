"""The header line: the briefing's title, the number of sources, the date span and the review count."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from ...core.model import Analysis, Article
from ..render import plain


def date_span(articles: list[Article] | tuple[Article, ...]) -> str:
    """'13 Mar – 4 Sep 2025' from the dated articles (years shown where they differ)."""
    dates = sorted(a.date for a in articles if a.date)
    if not dates:
        return "undated"
    first, last = dates[0], dates[-1]
    if first == last:
        return first.strftime("%-d %b %Y")
    left = first.strftime("%-d %b") if first.year == last.year else first.strftime("%-d %b %Y")
    return f"{left} – {last.strftime('%-d %b %Y')}"


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
