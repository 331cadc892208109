"""Every problem met reading the briefing, listed as plain text (file names and messages are never markup)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..problems import ProblemSummary
from ..render import plain


def problems_text(summary: ProblemSummary) -> Text:
    """The skipped files, the repaired files, then every problem line."""
    text = Text()
    for title, files in (("Skipped (not readable)", summary.skipped), ("Read with repairs", summary.repaired)):
        if files:
            text.append(f"{title}\n", "bold underline")
            for file in files:
                text.append_text(plain(f"  {file}\n"))
            text.append("\n")
    text.append("Every problem\n", "bold underline")
    for line in summary.lines:
        text.append_text(plain(f"  {line}\n"))
    if not summary.lines:
        text.append("  none\n")
    text.rstrip()
    return text


class ProblemsScreen(ModalScreen[None]):
    """The problems of the briefing, full list (Esc closes)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "dismiss", "Close", id="problems.close")]

    def __init__(self, summary: ProblemSummary) -> None:
        """A list of the summary's problems."""
        super().__init__()
        self._summary = summary

    def compose(self) -> ComposeResult:
        """A heading and the list."""
        with VerticalScroll(id="problems-box"):
            yield Static(Text("Problems reading the briefing (Esc closes)\n", style="bold"), markup=False)
            yield Static(problems_text(self._summary), id="problems-list", markup=False)
