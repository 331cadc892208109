"""Process start → first full screen, headless, for a briefing (or a minimal Textual app with --minimal).

Run by bench/run.py in a fresh interpreter; prints one JSON line. "Full screen" means the app has its
analysis and has painted the book with it: the time a reader waits before the book is usable.
contents_s is the first paint of the book with its articles in it (the contents and the first article, shown
before the rest of the analysis when that takes more than a moment); shown_s is the first paint of the book
laid out with the whole analysis in it; screen_s is once that screen
has settled (the first refresh after the book shows the analysis, not the Pilot's wait for an idle
process, which waits up to a second more while the search index is built in the background). The
line also gives when the analysis reached the app (ready_s), the process's CPU seconds by then
(cpu_s: all threads, the figure that does not depend on the machine's load), when the background
search index started (index_started_s, null if not yet: it should come after the first screen) and
the peak memory; then the process ends at once, without waiting for the background threads.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

SIZE = (160, 48)
TIMEOUT_S = 120.0
MOMENTS: dict[str, float] = {}


def report(screen_s: float) -> None:
    """Print the figures and end the process now (not after the background threads)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "screen_s": screen_s,
        "shown_s": MOMENTS.get("shown", screen_s),
        "contents_s": MOMENTS.get("contents", screen_s),
        "ready_s": MOMENTS.get("ready"),
        "cpu_s": time.process_time(),
        "index_started_s": MOMENTS.get("index"),
        "peak_rss_mb": peak,
    }
    print(json.dumps(figures), flush=True)
    sys.stderr.flush()
    os._exit(0)


def minimal() -> None:
    """A Textual app with one line of text, to its first paint."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

        def on_mount(self) -> None:
            self.call_after_refresh(lambda: report(time.perf_counter() - STARTED))

    Minimal().run(headless=True, size=SIZE)


def note_index_start() -> None:
    """Record when the search index starts being built (it should wait for the first screen)."""
    from briefbook.core import search

    original = search.SearchIndex.__init__

    def timed(self, *args, **kwargs) -> None:
        MOMENTS.setdefault("index", time.perf_counter() - STARTED)
        original(self, *args, **kwargs)

    search.SearchIndex.__init__ = timed


def briefbook(target: str | None) -> None:
    """The briefbook app on a target, to the first paint of the book showing the whole analysis."""
    from briefbook.core.loading import resolve_target
    from briefbook.ui.app import BriefbookApp

    class FirstScreen(BriefbookApp):
        def on_mount(self) -> None:
            self.book.screen_layout_refresh_signal.subscribe(self, self.laid_out, immediate=True)
            if self.analysis is not None:  # read from the cache before the app started: the book opens with it
                MOMENTS["ready"] = time.perf_counter() - STARTED
                self.call_after_refresh(self.check_shown)

        def laid_out(self, screen) -> None:
            """The book was laid out and painted: the first time with the analysis in it is when it is shown."""
            if "contents" not in MOMENTS and self.book.analysis is not None:
                MOMENTS["contents"] = time.perf_counter() - STARTED
            if "shown" not in MOMENTS and self.book.analysis is self.analysis is not None:
                MOMENTS["shown"] = time.perf_counter() - STARTED

        def on_analysis_ready(self, message) -> None:
            MOMENTS["ready"] = time.perf_counter() - STARTED
            self.call_after_refresh(self.check_shown)

        def check_shown(self) -> None:
            """After a refresh: if the book on screen holds the analysis, that refresh painted it."""
            if self.screen is self.book and self.book.analysis is self.analysis is not None:
                report(time.perf_counter() - STARTED)
            else:
                self.call_after_refresh(self.check_shown)

    note_index_start()
    briefing, problems = resolve_target(target)
    app = FirstScreen(briefing, problems=[str(p) for p in problems])
    give_up = threading.Timer(TIMEOUT_S, lambda: os._exit(3))
    give_up.daemon = True
    give_up.start()
    app.run(headless=True, size=SIZE)


def main() -> int:
    """Measure the minimal app or briefbook on a target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?")
    parser.add_argument("--minimal", action="store_true")
    args = parser.parse_args()
    minimal() if args.minimal else briefbook(args.target)
    return 1


if __name__ == "__main__":
    sys.exit(main())
