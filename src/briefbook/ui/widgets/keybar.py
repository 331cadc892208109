"""The key bar: one line of the keys that work now, drawn from the active bindings.

A light stand-in for Textual's Footer (which mounts a widget per key and recomposes on every
focus change): one Static, redrawn when the screen's bindings change or the width does. When the
keys do not fit, the later ones give way, but search (`/`), the key help (`?`) and the palette always show.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

# Kept when the line is short of room: the key help, and search (the way into a briefing of any size).
ALWAYS_SHOWN = ("keys", "search")
PALETTE = ("^p", "commands")


def key_entries(screen: Screen) -> list[tuple[str, str, str]]:
    """Each shown, enabled binding once per action: (action, key as shown, description)."""
    entries: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.show or not active.enabled or binding.action in seen:
            continue
        seen.add(binding.action)
        entries.append((binding.action, screen.app.get_key_display(binding), binding.description))
    return entries


def key_line(screen: Screen, width: int | None = None) -> Text:
    """The keys that fit in `width` (all when None), in binding order; ALWAYS_SHOWN and the palette always kept."""
    entries = key_entries(screen)
    kept = [e for e in entries if e[0] in ALWAYS_SHOWN]
    room = None if width is None else width - sum(len(k) + len(d) + 3 for _, k, d in kept) - len(" ".join(PALETTE)) - 1
    shown = []
    for entry in entries:
        if entry[0] in ALWAYS_SHOWN:
            shown.append(entry)
            continue
        cost = len(entry[1]) + len(entry[2]) + 3
        if room is not None and cost > room:
            continue
        shown.append(entry)
        if room is not None:
            room -= cost
    line = Text(no_wrap=True, overflow="ellipsis")
    for _, key, description in shown:
        line.append(key, "bold reverse")
        line.append(f" {description}  ")
    line.append(PALETTE[0], "bold reverse")
    line.append(f" {PALETTE[1]}")
    return line


class KeyBar(Static):
    """The keys of the current context, at the foot of the screen."""

    def on_mount(self) -> None:
        """Follow the screen's bindings."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        """Stop following."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the keys to the new width."""
        self._bindings_changed(self.screen)

    _shown: Text | None = None

    def _bindings_changed(self, screen: Screen) -> None:
        """Redraw the line when it changes (its size never does: one docked line)."""
        line = key_line(screen, self.size.width or None)
        if self._shown is None or line.plain != self._shown.plain or line.spans != self._shown.spans:
            self._shown = line
            self.update(line, layout=False)
