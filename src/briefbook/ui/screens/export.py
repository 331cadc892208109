"""The memo export dialog: Markdown or HTML, and where to write it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static

FORMAT_LABELS = {"md": "Markdown (e-mail, chat)", "html": "HTML (prints to A4)"}


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """The format and the file the memo goes to."""

    fmt: str
    path: Path


def with_format(path: str, fmt: str) -> str:
    """A path with its .md/.html suffix switched to the format (other names get the suffix added)."""
    stem, dot, suffix = path.rpartition(".")
    if dot and suffix.lower() in FORMAT_LABELS and "/" not in suffix:
        return f"{stem}.{fmt}"
    return f"{path}.{fmt}" if path else path


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Choose md or html and a path; Enter (or ctrl+s) writes, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Write the memo", priority=True, id="export.write"),
        Binding("escape", "dismiss(None)", "Cancel", id="export.cancel"),
    ]

    def __init__(self, default_path: Path, fmt: str = "md") -> None:
        """A dialog proposing a file (its suffix follows the format)."""
        super().__init__()
        self._default = str(default_path)
        self._fmt = fmt

    def compose(self) -> ComposeResult:
        """Format choice, path, keys."""
        with Vertical(id="export-box", classes="dialog"):
            yield Static(Text("Export the memo", style="bold"), markup=False)
            with RadioSet(id="export-format"):
                for fmt, label in FORMAT_LABELS.items():
                    yield RadioButton(label, value=fmt == self._fmt, name=fmt)
            yield Input(with_format(self._default, self._fmt), id="export-path", placeholder="file to write")
            yield Static(Text("Enter (or ctrl+s) writes · Esc cancels · Tab moves"), classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        """The path has the focus: Enter writes at once."""
        self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        """Switch the file's suffix with the format."""
        self._fmt = event.pressed.name or "md"
        path = self.query_one("#export-path", Input)
        path.value = with_format(path.value, self._fmt)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in the path writes."""
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        """Return the choice (an empty path does nothing)."""
        value = self.query_one("#export-path", Input).value.strip()
        if value:
            self.dismiss(ExportChoice(self._fmt, Path(value).expanduser()))
