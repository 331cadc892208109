"""The key bar: one line of the keys that work now, drawn from the active bindings.

A light stand-in for Textual's Footer (which mounts a widget per key and recomposes on every
focus change): one Static, redrawn when the screen's bindings change.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


def key_line(screen: Screen) -> Text:
    """Each shown, enabled binding once per action: bold key, then its description."""
    line = Text(no_wrap=True, overflow="ellipsis")
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.show or not active.enabled or binding.action in seen:
            continue
        seen.add(binding.action)
        line.append(screen.app.get_key_display(binding), "bold reverse")
        line.append(f" {binding.description}  ")
    line.append("^p", "bold reverse")
    line.append(" commands")
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

    def _bindings_changed(self, screen: Screen) -> None:
        """Redraw the line."""
        self.update(key_line(screen))
