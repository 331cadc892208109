"""Every key of the current context, generated from the bindings (never a hand-kept list)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def keys_table(screen: Screen) -> Text:
    """The active bindings of a screen (focused widget first, then screen, then app), grouped by owner."""
    table = Text()
    seen: set[tuple[str, str]] = set()
    groups: dict[str, list[tuple[str, str]]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or not active.enabled:
            continue
        owner = getattr(active.node, "KEYS_TITLE", None) or type(active.node).__name__
        shown = screen.app.get_key_display(binding)
        entry = (shown, binding.description)
        if entry in seen:
            continue
        seen.add(entry)
        groups.setdefault(owner, []).append(entry)
    for owner, entries in groups.items():
        table.append(f"{owner}\n", "bold underline")
        for shown, description in entries:
            table.append(f"  {shown:<12}", "bold")
            table.append(f"{description}\n")
        table.append("\n")
    table.rstrip()
    return table


class KeysScreen(ModalScreen[None]):
    """A full list of the keys that work where the user is now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="keys.close"),
    ]

    def __init__(self, under: Screen) -> None:
        """Keys of the screen underneath."""
        super().__init__()
        self._under = under

    def compose(self) -> ComposeResult:
        """The table of keys."""
        with VerticalScroll(id="keys-box"):
            yield Static(Text("Keys here (Esc closes)\n", style="bold"), markup=False)
            yield Static(keys_table(self._under), id="keys-table", markup=False)
