"""Process start → first full screen, headless, for a briefing (or a minimal Textual app with --minimal).

Run by bench/run.py in a fresh interpreter; prints one JSON line. "Full screen" means the app
has its analysis and has rendered it: the time a reader waits before the book is usable.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

SIZE = (160, 48)
TIMEOUT_S = 120.0


async def minimal() -> float:
    """A Textual app with one line of text, to first screen."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    async with Minimal().run_test(size=SIZE) as pilot:
        await pilot.pause()
        return time.perf_counter() - STARTED


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
        await pilot.pause()
        return time.perf_counter() - STARTED


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?")
    parser.add_argument("--minimal", action="store_true")
    args = parser.parse_args()
    screen_s = asyncio.run(minimal() if args.minimal else briefbook(args.target))
    print(json.dumps({"screen_s": screen_s}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
