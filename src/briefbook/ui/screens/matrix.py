"""The positions matrix, full screen: actors down, sources across, a glyph per stance."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from ...core.model import Analysis
from ..positions_data import actor_positions
from ..render import plain
from ..widgets.contents import short_date

STANCE_GLYPHS = {"supports": "✔", "opposes": "✘", "conditional": "◐", "undecided": "?", None: "•"}
LEGEND = "✔ supports  ✘ opposes  ◐ conditional  ? undecided  • no stance  ⚠ sources differ  — nothing said"


def stance_cell(stances: list[str | None]) -> Text:
    """The glyphs of an actor's stances in one source (several when it says several things)."""
    if not stances:
        return Text("—", style="dim")
    glyphs = "".join(dict.fromkeys(STANCE_GLYPHS.get(s, "•") for s in stances))
    return Text(glyphs, style="bold")


class MatrixScreen(ModalScreen[None]):
    """Who said what where, at a glance; Esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,m,q", "dismiss", "Close", id="matrix.close")]

    def __init__(self, analysis: Analysis) -> None:
        """A matrix of this analysis's positions."""
        super().__init__()
        self._analysis = analysis

    def compose(self) -> ComposeResult:
        """Title, table, legend."""
        with Vertical(id="matrix-box"):
            yield Static(Text("Positions: actors × sources (Esc closes)", style="bold"), markup=False)
            yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
            yield Static(Text(LEGEND, style="dim"), id="matrix-legend", markup=False)

    def on_mount(self) -> None:
        """Fill the table."""
        table = self.query_one(DataTable)
        articles = self._analysis.articles
        table.add_column(Text("Actor"), key="actor")
        for n, art in enumerate(articles, 1):
            label = Text(f"{n} {short_date(art)} ")
            label.append_text(plain((art.outlet or "?")[:12]))
            table.add_column(label, key=art.id)
        positions = actor_positions(self._analysis)
        for position in positions:
            name = plain(position.actor.name, "bold")
            if position.disagreement:
                name.append(" ⚠")
            cells = [stance_cell([s.stance for s in position.statements if s.article == art.id]) for art in articles]
            table.add_row(name, *cells, key=position.actor.id)
        if not positions:
            self.query_one("#matrix-legend", Static).update(Text("No statements by actors were found in this briefing.", style="italic"))
