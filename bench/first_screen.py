"""Process start → first full screen, headless, for a briefing (or a minimal Textual app with --minimal).

Run by bench/run.py in a fresh interpreter; prints one JSON line. "Full screen" means the app
has its analysis and has rendered it: the time a reader waits before the book is usable. The line
also gives when the analysis reached the app (ready_s) and the peak memory so far; then the process
ends at once, without waiting for the search index still being built in the background (the parent
times the whole process, and that wait is not part of the first screen).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

SIZE = (160, 48)
TIMEOUT_S = 120.0


def report(screen_s: float, ready_s: float | None = None) -> None:
    """Print the figures and end the process now (not after the background threads)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"screen_s": screen_s, "ready_s": ready_s, "peak_rss_mb": peak}), flush=True)
    sys.stderr.flush()
    os._exit(0)


async def minimal() -> float:
    """A Textual app with one line of text, to first screen."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    async with Minimal().run_test(size=SIZE) as pilot:
        await pilot.pause()
        report(time.perf_counter() - STARTED)
    return 0.0


async def briefbook(target: str | None) -> float:
    """The briefbook app on a target, to the first screen with the analysis shown."""
    from briefbook.core.loading import resolve_target
    from briefbook.ui.app import make_app

    briefing, problems = resolve_target(target)
    app = make_app(briefing, problems=[str(p) for p in problems])
    async with app.run_test(size=SIZE) as pilot:
        deadline = time.perf_counter() + TIMEOUT_S
        while getattr(app, "analysis", None) is None and time.perf_counter() < deadline:
            await pilot.pause(0.005)
        ready = time.perf_counter() - STARTED
        await pilot.pause()
        report(time.perf_counter() - STARTED, ready)
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?")
    parser.add_argument("--minimal", action="store_true")
    args = parser.parse_args()
    report(asyncio.run(minimal() if args.minimal else briefbook(args.target)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
