"""A plain progress bar on stderr for long command-line runs: drawn only on a terminal, only after a second."""

from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY_SECONDS = 1.0
REDRAW_SECONDS = 0.1
BAR_WIDTH = 30


class StderrProgress:
    """A `progress(done, total)` callback that draws `label [####....] done/total` on one line of a TTY."""

    def __init__(self, label: str = "analysing", stream: TextIO | None = None, *, delay: float = DELAY_SECONDS) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.started = time.monotonic()
        self.drawn = False
        self._last = 0.0
        try:
            self.enabled = bool(self.stream.isatty())
        except (AttributeError, ValueError, OSError):
            self.enabled = False

    def __call__(self, done: int, total: int) -> None:
        """Redraw the bar (at most ten times a second) once the run has lasted longer than the delay."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self._last < REDRAW_SECONDS and done < total):
            return
        self._last = now
        self.stream.write("\r" + render_bar(self.label, done, total))
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Erase the bar, leaving the line clean for what is printed next."""
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.drawn = False

    def __enter__(self) -> StderrProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def render_bar(label: str, done: int, total: int, width: int = BAR_WIDTH) -> str:
    """One line: the label, a bar of `#` and `.`, and the count."""
    fraction = min(1.0, done / total) if total > 0 else 1.0
    filled = int(round(fraction * width))
    return f"{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"


def stderr_progress(label: str = "analysing") -> StderrProgress:
    """The progress reporter for `briefbook analyze` (use it as a context manager)."""
    return StderrProgress(label)


__all__ = ["StderrProgress", "render_bar", "stderr_progress"]
