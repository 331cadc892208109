"""Key-to-screen latency with Textual's Pilot: median and 95th percentile over many presses.

Run by bench/run.py as `python bench/latency.py MANIFEST [PRESSES]` (cache warm); `--help` for the
options (one scenario, a profile of the timed presses). Each scenario sets itself up with keys and
times one key: from the press to the last screen update the press caused (the app's `_display`
calls are recorded; the Pilot's own idle waits, about 20 ms each, are not counted). Headless, so
the final write to the terminal is not included. Scenarios follow the app's bindings (n, /, P,
arrows); when the app's keys change, edit SCENARIOS.

The review file is a fresh one in a temporary folder unless `--review-file` names one, so every
run starts with every article unread (the first visit to each article marks it read, as a
reviewer's first pass does) and the briefing's own review file is never touched.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZE = (160, 48)
QUERIES = ["security", "troops", "coalition", "ceasefire", "minister", "guarantees", "Europe", "force"]


DISPLAYS: list[float] = []
PROFILER = None
SLOWEST: list[tuple[float, str]] | None = None
COLLECTIONS: list[tuple[int, float, int]] = []


def record_collections() -> None:
    """Note each cyclic garbage collection: generation, milliseconds, objects collected."""
    import gc

    started: list[float] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            COLLECTIONS.append((info["generation"], (time.perf_counter() - started.pop()) * 1000, info["collected"]))

    gc.callbacks.append(callback)


def record_displays(app) -> None:
    """Note the time of every screen update the app renders."""
    real = app._display

    def display(screen, renderable):
        if renderable is not None:
            DISPLAYS.append(time.perf_counter())
        return real(screen, renderable)

    app._display = display


async def timed(pilot, key: str) -> tuple[float, float] | None:
    """Milliseconds from pressing a key to the last screen update it caused, and the event loop's CPU milliseconds
    meanwhile (None when nothing changed)."""
    mark = len(DISPLAYS)
    single = None
    if SLOWEST is not None:
        from pyinstrument import Profiler

        single = Profiler(interval=0.0005, async_mode="disabled")
        single.start()
    if PROFILER is not None:
        PROFILER.start()
    started, cpu = time.perf_counter(), time.thread_time()
    await pilot.press(key)
    await pilot.pause()
    spent = (time.thread_time() - cpu) * 1000
    if PROFILER is not None:
        PROFILER.stop()
    if single is not None and SLOWEST is not None:
        single.stop()
        SLOWEST.append((spent, f"{key}: {spent:.1f} ms CPU\n" + single.output_text(unicode=False, color=False)))
        SLOWEST.sort(key=lambda x: -x[0])
        del SLOWEST[5:]
    updates = DISPLAYS[mark:]
    if not updates:
        return None
    return (updates[-1] - started) * 1000, spent


async def next_article(pilot, presses: int) -> list[tuple[float, float] | None]:
    """`n` from the first article on, each press a new article."""
    await pilot.press("g")
    return [await timed(pilot, "n") for _ in range(presses)]


async def scrolling(pilot, presses: int) -> list[tuple[float, float] | None]:
    """Line and page scrolling in the reader, turning back at either end so every press moves the text."""
    await pilot.press("g")
    pilot.app.screen.set_focus(None)
    reader = pilot.app.screen.query("#reader")
    if reader:
        reader.first().focus()
    await pilot.pause()
    out = []
    down = True
    for n in range(presses):
        if reader:
            widget = reader.first()
            if down and widget.scroll_y >= widget.max_scroll_y:
                down = False
            elif not down and widget.scroll_y <= 0:
                down = True
        page = n % 10 == 0
        key = ("pagedown" if page else "down") if down else ("pageup" if page else "up")
        out.append(await timed(pilot, key))
    return out


async def search(pilot, presses: int) -> list[tuple[float, float] | None]:
    """Type a query in the search screen, then time Enter in the box: the first hit's article on screen."""
    out = []
    for n in range(max(1, presses // 5)):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*QUERIES[n % len(QUERIES)])
        out.append(await timed(pilot, "enter"))
        await pilot.press("escape")
        await pilot.pause()
    return out


async def search_typing(pilot, presses: int) -> list[tuple[float, float] | None]:
    """Each key typed into the search box: the hits of the query so far on screen."""
    out = []
    for n in range(max(1, presses // 8)):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press("ctrl+u")
        await pilot.pause()
        for char in QUERIES[n % len(QUERIES)]:
            out.append(await timed(pilot, char))
        await pilot.press("escape")
        await pilot.pause()
    return out


async def jump_to_statement(pilot, presses: int) -> dict[str, list[tuple[float, float] | None]]:
    """Enter on an actor (its statements listed), then Enter on one of them (its article open at the sentence).

    P opens the Positions tab in the actor filter; Enter there moves to the actor list.
    """
    jumps, listings = [], []
    for n in range(max(1, presses // 5)):
        await pilot.press("P")
        await pilot.pause()
        await pilot.press("enter", *(["down"] * (n % 5)))
        await pilot.pause()
        listings.append(await timed(pilot, "enter"))
        await pilot.press(*(["down"] * (n * 7 % 23)))
        await pilot.pause()
        jumps.append(await timed(pilot, "enter"))
        await pilot.press("escape", "escape")
        await pilot.pause()
    return {"jump to statement": jumps, "actor's statements": listings}


SCENARIOS = {
    "next article": next_article,
    "scroll": scrolling,
    "search": search,
    "search typing": search_typing,
    "jump to statement": jump_to_statement,
}


def percentile95(ordered: list[float]) -> float:
    """The 95th percentile of sorted figures (nearest rank)."""
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def stats(samples: list[tuple[float, float] | None]) -> dict:
    """Median and 95th percentile of the presses that changed the screen, in wall time and in the event loop's CPU time.

    The CPU time (the main thread's, Pilot's own work included) hardly depends on what else the machine runs.
    """
    ordered = sorted(x[0] for x in samples if x is not None)
    if not ordered:
        return {"skipped": f"none of {len(samples)} presses changed the screen (check the scenario's keys)"}
    cpu = sorted(x[1] for x in samples if x is not None)
    return {"presses": len(ordered), "unchanged": len(samples) - len(ordered), "median_ms": statistics.median(ordered),
            "p95_ms": percentile95(ordered), "max_ms": ordered[-1],
            "cpu_median_ms": statistics.median(cpu), "cpu_p95_ms": percentile95(cpu)}


async def run(manifest: str, presses: int, scenarios: list[str], review_file: str | None) -> dict:
    """Open the app on a briefing and run the scenarios one after another."""
    from briefbook.core.analysis import analyze
    from briefbook.core.loading import resolve_target
    from briefbook.ui.app import make_app

    briefing, _ = resolve_target(manifest)
    analysis = analyze(briefing)
    with contextlib.ExitStack() as stack:
        if review_file is None:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="briefbook-latency-"))
            review_file = str(Path(folder) / "latency.review.yaml")
        app = make_app(briefing, analysis=analysis, review_file=review_file)
        result: dict = {"articles": len(analysis.articles), "keys": {}}
        record_collections()
        record_displays(app)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for name in scenarios:
                try:
                    samples = await SCENARIOS[name](pilot, presses)
                    for key, found in (samples if isinstance(samples, dict) else {name: samples}).items():
                        result["keys"][key] = stats(found)
                except Exception as exc:  # a scenario the app does not support yet is reported, not fatal
                    result["keys"][name] = {"skipped": f"{type(exc).__name__}: {exc}"[:200]}
                await pilot.press("escape")
                await pilot.pause()
    slow = [c for c in COLLECTIONS if c[1] >= 5]
    result["gc"] = {"collections": len(COLLECTIONS), "over_5ms": len(slow), "slowest_ms": max((c[1] for c in COLLECTIONS), default=0.0),
                    "gen2": sum(c[0] == 2 for c in COLLECTIONS)}
    return result


def main() -> int:
    """Parse the options, run, print the figures as one JSON line (and a table with --table)."""
    global PROFILER, SLOWEST
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("manifest", help="a briefing (e.g. bench/out/n1000/briefing.yaml)")
    parser.add_argument("presses", nargs="?", type=int, default=100, help="presses per scenario (search: a fifth)")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), help="run this scenario (repeatable)")
    parser.add_argument("--review-file", help="use this review file (default: a fresh one in a temporary folder)")
    parser.add_argument("--profile", metavar="HTML", help="profile the timed presses: pyinstrument HTML, or cProfile stats when the name ends in .prof")
    parser.add_argument("--slowest", action="store_true", help="profile each timed press; print the five slowest")
    parser.add_argument("--table", action="store_true", help="also print a table")
    args = parser.parse_args()
    if args.profile and args.profile.endswith(".prof"):
        import cProfile

        PROFILER = cProfile.Profile()
        PROFILER.start = PROFILER.enable
        PROFILER.stop = PROFILER.disable
    elif args.profile:
        from pyinstrument import Profiler

        PROFILER = Profiler(interval=0.0005, async_mode="disabled")
    if args.slowest:
        SLOWEST = []
    scenarios = args.only or list(SCENARIOS)
    result = asyncio.run(run(args.manifest, args.presses, scenarios, args.review_file))
    if PROFILER is not None and args.profile.endswith(".prof"):
        PROFILER.dump_stats(args.profile)
    elif PROFILER is not None:
        Path(args.profile).write_text(PROFILER.output_html())
        print(PROFILER.output_text(unicode=False, color=False, show_all=False), file=sys.stderr)
    for _, text in SLOWEST or ():
        print(text, file=sys.stderr)
    if args.table:
        print(f"garbage collections: {result['gc']}", file=sys.stderr)
        for name, row in result["keys"].items():
            if "skipped" in row:
                print(f"{name:<20} skipped: {row['skipped']}", file=sys.stderr)
            else:
                print(f"{name:<20} median {row['median_ms']:6.1f}  p95 {row['p95_ms']:6.1f}  max {row['max_ms']:6.1f}  "
                      f"cpu median {row['cpu_median_ms']:6.1f}  p95 {row['cpu_p95_ms']:6.1f}  ({row['presses']})", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
