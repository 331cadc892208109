"""The side panel: two tabs, Positions and Figures, under a one-widget tab bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget

from ...core.model import Analysis
from .positions import PositionsPanel

if TYPE_CHECKING:
    from .figures import FiguresList

POSITIONS_TAB = "positions-tab"
FIGURES_TAB = "figures-tab"
TABS = ((POSITIONS_TAB, "Positions"), (FIGURES_TAB, "Figures"))


class SideTabs(Widget):
    """The tab labels over a bar that is bright under the open tab; a click on a label opens it.

    One widget drawing two lines: lighter than Textual's Tabs (a widget per tab, an underline widget),
    which counts at start-up, and it is only ever switched with keys (P, F) or a click.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"side-tabs--active", "side-tabs--bar", "side-tabs--active-bar"}

    class Chosen(Message):
        """A tab label was clicked."""

        def __init__(self, tab: str) -> None:
            """Hold the tab's id."""
            super().__init__()
            self.tab = tab

    def __init__(self, *, id: str | None = None) -> None:
        """Tabs with the first one open."""
        super().__init__(id=id)
        self.active = TABS[0][0]

    def show(self, tab: str) -> None:
        """Draw `tab` as the open one."""
        self.active = tab
        self.refresh()

    def _label_spans(self) -> list[tuple[str, int, int]]:
        """Each tab's id and the columns its label takes (with a space either side)."""
        spans, x = [], 0
        for tab, label in TABS:
            spans.append((tab, x, x + len(label) + 2))
            x += len(label) + 2
        return spans

    def render(self) -> Text:
        """The labels, then the bar: bright under the open tab's label, a half-bar gap either side (as Textual's tabs)."""
        active = self.get_component_rich_style("side-tabs--active")
        bar = self.get_component_rich_style("side-tabs--bar")
        active_bar = self.get_component_rich_style("side-tabs--active-bar")
        width = max(self.size.width, 1)
        text = Text(no_wrap=True, overflow="crop")
        for tab, label in TABS:
            text.append(f" {label} ", active if tab == self.active else "")
        text.append("\n")
        start, end = next((start + 1, end - 1) for tab, start, end in self._label_spans() if tab == self.active)
        text.append("━" * (start - 1) + "╸", bar)
        text.append("━" * (end - start), active_bar)
        if width > end:
            text.append("╺" + "━" * (width - end - 1), bar)
        return text

    def on_click(self, event: events.Click) -> None:
        """Open the tab whose label was clicked."""
        for tab, start, end in self._label_spans():
            if event.y == 0 and start <= event.x < end:
                self.post_message(self.Chosen(tab))


class SidePanel(Vertical):
    """Positions (actors and their statements) and Figures (tracks across sources).

    The Figures list is built the first time its tab opens: a thousand-article briefing has thousands of
    figures, and the first screen shows Positions.
    """

    def compose(self) -> ComposeResult:
        """The tab bar and the Positions tab."""
        yield SideTabs(id="side-tabs")
        yield PositionsPanel(id="positions")

    _pending_figures: Analysis | None = None
    _figures: FiguresList | None = None

    @property
    def active(self) -> str:
        """The open tab's id."""
        return self.query_one(SideTabs).active

    @property
    def active_pane(self) -> Widget | None:
        """The open tab's content."""
        return self._figures if self.active == FIGURES_TAB else self.query_one(PositionsPanel)

    def show_tab(self, tab: str) -> None:
        """Open a tab (building the Figures list the first time)."""
        if tab not in dict(TABS):
            return
        self.query_one(SideTabs).show(tab)
        if tab == FIGURES_TAB and self._figures is None:
            from .figures import FiguresList

            self._figures = FiguresList(id="figures")
            self.mount(self._figures)
            if self._pending_figures is not None:
                self._figures.call_later(self._figures.show_analysis, self._pending_figures)
                self._pending_figures = None
        self.query_one(PositionsPanel).display = tab == POSITIONS_TAB
        if self._figures is not None:
            self._figures.display = tab == FIGURES_TAB

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the Positions tab now, the Figures tab when it is shown."""
        self.query_one(PositionsPanel).show_analysis(analysis)
        if self._figures is not None and self._figures.is_mounted:
            self._figures.show_analysis(analysis)
        elif self._figures is not None:
            self._figures.call_later(self._figures.show_analysis, analysis)
        else:
            self._pending_figures = analysis

    def on_side_tabs_chosen(self, event: SideTabs.Chosen) -> None:
        """A click on a tab label."""
        event.stop()
        self.show_tab(event.tab)
