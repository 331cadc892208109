"""The header line: the briefing's title, the number of sources, the date span and the review count."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widget import Widget

from ...core.datespan import date_span
from ...core.model import Analysis
from ..render import plain

STATS_GAP = 2
EDGE = 1


class BriefingHeader(Widget):
    """The title on the left (cut with an ellipsis when the line is short), the figures of the briefing on the right.

    One widget drawing one line: the figures change as articles are read, and redrawing them lays nothing out.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"briefing-header--stats"}

    def __init__(self, title: str) -> None:
        """A header for a briefing's title; stats come when the articles are read."""
        super().__init__(id="briefing-header")
        self._title = title
        self._shown = "reading…"
        self._span: tuple[object, str] | None = None

    @property
    def stats(self) -> str:
        """The figures shown on the right."""
        return self._shown

    def show_stats(self, analysis: Analysis, progress: str) -> None:
        """Update the right-hand figures."""
        if self._span is None or self._span[0] is not analysis:
            self._span = (analysis, date_span(analysis.articles))
        count = len(analysis.articles)
        stats = f"{count} source{'s' if count != 1 else ''} · {self._span[1]} · {progress}"
        if stats != self._shown:
            self._shown = stats
            self.refresh()

    def render(self) -> Text:
        """A space, title, space, figures, a space (the title as plain text, never markup)."""
        width = self.content_size.width - 2 * EDGE
        stats = Text(self._shown, style=self.get_component_rich_style("briefing-header--stats"))
        title = plain(self._title, "bold")
        title.truncate(max(0, width - stats.cell_len - STATS_GAP), overflow="ellipsis")
        line = Text(" " * EDGE, no_wrap=True, overflow="crop")
        line.append_text(title)
        line.append(" " * max(STATS_GAP, width - title.cell_len - stats.cell_len))
        line.append_text(stats)
        line.append(" " * EDGE)
        return line
