"""The side panel: two tabs, Positions and Figures."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import TabbedContent, TabPane

from ...core.model import Analysis
from .figures import FiguresList
from .positions import PositionsPanel


class SidePanel(Vertical):
    """Positions (actors and their statements) and Figures (tracks across sources)."""

    def compose(self) -> ComposeResult:
        """The two tabs, Positions first."""
        with TabbedContent(id="side-tabs", initial="positions-tab"):
            with TabPane("Positions", id="positions-tab"):
                yield PositionsPanel(id="positions")
            with TabPane("Figures", id="figures-tab"):
                yield FiguresList(id="figures")

    @property
    def tabs(self) -> TabbedContent:
        """The tabbed content."""
        return self.query_one(TabbedContent)

    _pending_figures: Analysis | None = None

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the Positions tab now, the Figures tab when it is first shown.

        A thousand-article briefing has thousands of figures: building their entries up front
        would hold back the first full screen by seconds.
        """
        self.query_one(PositionsPanel).show_analysis(analysis)
        if self.tabs.active == "figures-tab":
            self.query_one(FiguresList).show_analysis(analysis)
            self._pending_figures = None
        else:
            self._pending_figures = analysis

    @on(TabbedContent.TabActivated)
    def _fill_figures(self, event: TabbedContent.TabActivated) -> None:
        """Build the figure tracks the first time their tab is shown."""
        if event.pane.id == "figures-tab" and self._pending_figures is not None:
            analysis, self._pending_figures = self._pending_figures, None
            self.query_one(FiguresList).show_analysis(analysis)
