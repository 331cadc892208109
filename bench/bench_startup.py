"""Start-up benchmark: process start to the first full screen, `briefbook` vs a minimal Textual app.

Each run is a fresh interpreter (so import costs count) that runs the app headless at 160x48 and
exits once its first full screen is painted: for briefbook, once the analysis is shown (contents,
article, panels); for the minimal app, once its one Static is painted. Prints medians and the ratio.

    PYTHONPATH=src python bench/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

MINIMAL = """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        self.call_after_refresh(self.exit)

Minimal().run(headless=True, size=(160, 48))
"""

BRIEFBOOK = """
from briefbook.core.loading import resolve_target
from briefbook.ui.app import BriefbookApp

class FirstScreen(BriefbookApp):
    def on_analysis_ready(self, message):
        self.call_after_refresh(self.exit)

briefing, problems = resolve_target(None)
FirstScreen(briefing, problems=[str(p) for p in problems]).run(headless=True, size=(160, 48))
"""


def time_run(code: str) -> float:
    """Seconds from process start to exit for one fresh interpreter running `code`."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    return time.perf_counter() - start


def main() -> None:
    """Alternate the two programs, then report medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    time_run(MINIMAL), time_run(BRIEFBOOK)
    minimal, briefbook = [], []
    for _ in range(args.runs):
        minimal.append(time_run(MINIMAL))
        briefbook.append(time_run(BRIEFBOOK))
    m, b = statistics.median(minimal), statistics.median(briefbook)
    print(f"minimal Textual app: median {m * 1000:.0f} ms over {args.runs} runs")
    print(f"briefbook (default briefing, first full screen): median {b * 1000:.0f} ms")
    print(f"ratio: {b / m:.2f}x")


if __name__ == "__main__":
    main()
