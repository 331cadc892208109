"""Small review dialogs: the flag picker and the confirmation asked before text is thrown away."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...core.review import FLAG_LABELS, FLAGS
from ..marks import FLAG_GLYPHS, quoted
from ..render import plain


def flag_option(kind: str, is_set: bool) -> Text:
    """'★ important   set' for the picker (glyph, label, whether it is on)."""
    line = Text(f"{FLAG_GLYPHS[kind]} ", style="bold")
    line.append(f"{FLAG_LABELS[kind]:<12}")
    line.append("on — Enter clears it" if is_set else "off", "italic" if is_set else "dim")
    return line


class FlagPicker(ModalScreen[str | None]):
    """Every flag for the sentence under the cursor; Enter toggles the chosen one, Esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Close", id="flags.close")]

    def __init__(self, sentence_text: str, flags_set: frozenset[str]) -> None:
        """A picker for a sentence, showing which flags are on."""
        super().__init__()
        self._sentence_text = sentence_text
        self._flags_set = flags_set

    def compose(self) -> ComposeResult:
        """The sentence, then one option per flag."""
        with Vertical(id="flag-box", classes="dialog"):
            yield Static(plain(f"Flag {quoted(self._sentence_text, 60)}", "bold"), markup=False)
            yield OptionList(*(Option(flag_option(k, k in self._flags_set), id=k) for k in FLAGS), id="flag-options")
            yield Static(Text("Enter toggles · Esc closes"), classes="dialog-hint", markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Return the chosen flag."""
        event.stop()
        self.dismiss(event.option.id)


class ConfirmDiscard(ModalScreen[bool]):
    """Asks before throwing text away: y discards, n or Esc goes back to editing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", "Discard", id="confirm.yes"),
        Binding("n,escape", "dismiss(False)", "Keep editing", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        """A yes/no question."""
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        """The question and the keys."""
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(Text(self._question, style="bold"), markup=False)
            yield Static(Text("y discard · n (or Esc) keep editing"), classes="dialog-hint", markup=False)
