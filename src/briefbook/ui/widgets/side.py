"""The side panel: two tabs, Positions and Figures."""

from __future__ import annotations

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

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill both tabs."""
        self.query_one(PositionsPanel).show_analysis(analysis)
        self.query_one(FiguresList).show_analysis(analysis)
