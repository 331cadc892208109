"""Start-up benchmark: process start to the first full screen, `briefbook` vs a minimal Textual app.

Each run is a fresh interpreter (so import costs count) that runs the app headless at 160x48 and
reports the wall-clock moment its first full screen is painted: for briefbook, once the analysis is
shown (header, contents, highlighted article, side panel); for the minimal app, once its one Static
is painted. Also the first paint of the book screen, whatever it holds then. The programs alternate
so machine load hits them alike. Prints medians and the ratios, of wall-clock time and of the CPU time
the process had used by then (all threads; steadier than wall-clock time on a busy machine).

Every program runs from cached bytecode, as an installed package does (pip compiles it at install time):
the children get a bytecode folder of their own (PYTHONPYCACHEPREFIX) that the warm-up runs fill, even when
the environment says PYTHONDONTWRITEBYTECODE; otherwise Textual would load compiled while briefbook was
compiled from source on every start. `--source` measures the latter way.

    PYTHONPATH=src python bench/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAINTED = """
import time

def moment(tag):
    print(f"{tag} {time.time():.6f} {time.process_time():.6f}", flush=True)

def painted(app):
    moment("SHOWN")
    moment("PAINTED")
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
    shown = False

    def on_mount(self):
        self.book.screen_layout_refresh_signal.subscribe(self, self.laid_out, immediate=True)
        if self.analysis is not None:  # read from the cache before the app started: the book opens with it
            self.call_after_refresh(self.check_shown)

    def laid_out(self, screen):
        if not self.shown and self.book.analysis is self.analysis is not None:
            self.shown = True
            moment("SHOWN")

    def on_analysis_ready(self, message):
        self.call_after_refresh(self.check_shown)

    def check_shown(self):
        if self.screen is self.book and self.book.analysis is self.analysis is not None:
            if not self.shown:
                moment("SHOWN")
            moment("PAINTED")
            self.exit()
        else:
            self.call_after_refresh(self.check_shown)

briefing, problems = resolve_target(None)
FirstScreen(briefing, problems=[str(p) for p in problems]).run(headless=True, size=(160, 48))
"""


BRIEFBOOK_FIRST_PAINT = PAINTED + """
from briefbook.core.loading import resolve_target
from briefbook.ui.app import BriefbookApp
from briefbook.ui.screens.main import MainScreen

class FirstPaint(MainScreen):
    def on_mount(self):
        self.call_after_refresh(painted, self.app)

class FirstPaintApp(BriefbookApp):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.book = FirstPaint(self.briefing, early_analysis=lambda: self.analysis)

briefing, problems = resolve_target(None)
FirstPaintApp(briefing, problems=[str(p) for p in problems]).run(headless=True, size=(160, 48))
"""


BYTECODE_FOLDER = Path(tempfile.gettempdir()) / "briefbook-bench-pycache"


def child_environment(bytecode: bool) -> dict[str, str]:
    """The children's environment: with `bytecode`, compiled modules kept in a folder of their own."""
    env = os.environ.copy()
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_FOLDER)
    return env


def time_run(code: str, env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Seconds from launching a fresh interpreter running `code` to each moment it reports, and its CPU seconds by then.

    SHOWN: the first paint of the full screen (for briefbook, the book's first layout with the analysis in it);
    PAINTED: once the screen has settled (every refresh asked for by then done).
    """
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    moments = {}
    for line in out.stdout.splitlines():
        tag, wall, cpu = line.split()
        moments[tag] = (float(wall) - start, float(cpu))
    return moments


def main() -> None:
    """Alternate the two programs, then report medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--source", action="store_true", help="compile every module from source on every run")
    args = parser.parse_args()
    env = child_environment(bytecode=not args.source)
    time_run(MINIMAL, env), time_run(BRIEFBOOK, env), time_run(BRIEFBOOK_FIRST_PAINT, env)
    minimal, briefbook, first = [], [], []
    for _ in range(args.runs):
        minimal.append(time_run(MINIMAL, env))
        briefbook.append(time_run(BRIEFBOOK, env))
        first.append(time_run(BRIEFBOOK_FIRST_PAINT, env))
    def medians(runs: list[dict[str, tuple[float, float]]], tag: str) -> tuple[float, float]:
        return statistics.median(r[tag][0] for r in runs), statistics.median(r[tag][1] for r in runs)

    m, mc = medians(minimal, "PAINTED")
    print("modules compiled from source on every run" if args.source else f"modules from cached bytecode ({BYTECODE_FOLDER})")
    print(f"minimal Textual app, first paint: median {m * 1000:.0f} ms ({mc * 1000:.0f} ms CPU) over {args.runs} runs")
    for label, runs, tag in (
        ("first paint of the book", first, "PAINTED"),
        ("full screen first painted (analysis shown)", briefbook, "SHOWN"),
        ("first full screen, settled", briefbook, "PAINTED"),
    ):
        b, bc = medians(runs, tag)
        print(f"briefbook, {label}: median {b * 1000:.0f} ms ({b / m:.2f}x), {bc * 1000:.0f} ms CPU ({bc / mc:.2f}x)")


if __name__ == "__main__":
    main()
