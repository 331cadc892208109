"""Full garbage collections moved off the key presses: they run when the app pauses, not in the middle of a key.

A full collection walks every object not frozen (render caches, wrapped text, widgets): tens of milliseconds,
which Python would otherwise spend at a random allocation, often inside a key press. Here the automatic full
collection is made rare, and a timer collects instead once the app has been quiet for a moment (no young
collections since the last tick, so nothing is being drawn or built) and enough has been promoted since the last.
"""

from __future__ import annotations

import gc

from textual.app import App

TICK_SECONDS = 0.5
RARE_FULL_COLLECTIONS = 100
MIN_MIDDLE_COLLECTIONS = 3


class IdleCollector:
    """Watches the collector's counts on a timer and runs a full collection when the app is quiet."""

    def __init__(self) -> None:
        """A collector with nothing seen yet."""
        self._last_count: int | None = None

    def tick(self) -> bool:
        """Collect when no young collection happened since the last tick and some happened before; True when it did.

        Never while the collector is switched off (the app pauses it during start-up)."""
        if not gc.isenabled():
            return False
        count = gc.get_count()[2]
        quiet = count == self._last_count
        self._last_count = count
        if quiet and count >= MIN_MIDDLE_COLLECTIONS:
            gc.collect()
            self._last_count = gc.get_count()[2]
            return True
        return False


def collect_when_idle(app: App) -> IdleCollector:
    """Make full collections rare during activity and run them on the app's quiet moments."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, RARE_FULL_COLLECTIONS)
    collector = IdleCollector()
    app.set_interval(TICK_SECONDS, collector.tick)
    return collector
