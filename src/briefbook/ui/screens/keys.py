"""Every key of the current context, generated from the bindings (never a hand-kept list)."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

# What the keys of a widget with no KEYS_TITLE of its own are shown under: the nearest of these
# Textual classes it derives from, so the user never reads an internal class name.
_KIND_TITLES = (
    ("OptionList", "List"),
    ("Input", "Text field"),
    ("TextArea", "Editor"),
    ("DataTable", "Table"),
    ("Tabs", "Tabs"),
    ("Tree", "Tree"),
    ("ScrollableContainer", "Scrolling"),
    ("ScrollView", "Scrolling"),
)


def owner_title(node: object) -> str:
    """The heading the keys of `node` are listed under: its KEYS_TITLE, else what kind of widget it is."""
    title = getattr(node, "KEYS_TITLE", None)
    if title:
        return str(title)
    names = [cls.__name__ for cls in type(node).__mro__]
    for kind, shown in _KIND_TITLES:
        if kind in names:
            return shown
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", type(node).__name__)
    return " ".join(words).capitalize() or "Other keys"


def keys_table(screen: Screen) -> Text:
    """The active bindings of a screen (focused widget first, then screen, then app), grouped by owner."""
    table = Text()
    seen: set[tuple[str, str]] = set()
    groups: dict[str, list[tuple[str, str]]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or not active.enabled:
            continue
        owner = owner_title(active.node)
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
