"""Start-up benchmark: process start to the first full screen, `briefbook` vs a minimal Textual app.

Each run is a fresh interpreter (so import costs count) that runs the app headless at 160x48 and
reports the wall-clock moment its first full screen is painted: for briefbook, once the analysis is
shown (header, contents, highlighted article, side panel); for the minimal app, once its one Static
is painted. The two alternate so machine load hits both alike. Prints medians and the ratio.

    PYTHONPATH=src python bench/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

PAINTED = """
import time

def painted(app):
    print(f"PAINTED {time.time():.6f}", flush=True)
    app.exit()
"""

MINIMAL = PAINTED + """
from textual.app import App
from textual.widgets import Static

class Minimal(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        self.call_after_refresh(painted, self)

Minimal().run(headless=True, size=(160, 48))
"""

BRIEFBOOK = PAINTED + """
from briefbook.core.loading import resolve_target
from briefbook.ui.app import BriefbookApp

class FirstScreen(BriefbookApp):
    def on_analysis_ready(self, message):
        self.call_after_refresh(painted, self)

briefing, problems = resolve_target(None)
FirstScreen(briefing, problems=[str(p) for p in problems]).run(headless=True, size=(160, 48))
"""


def time_run(code: str) -> float:
    """Seconds from launching a fresh interpreter running `code` to its first full screen."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy(), capture_output=True, text=True)
    painted = next(line for line in out.stdout.splitlines() if line.startswith("PAINTED "))
    return float(painted.split()[1]) - start


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
