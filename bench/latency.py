"""Key-to-screen latency with Textual's Pilot: median and 95th percentile over many presses.

Run by bench/run.py as `python bench/latency.py MANIFEST [PRESSES]` (cache warm). Each scenario
sets itself up with keys and times one key: from the press to the last screen update the press
caused (the app's `_display` calls are recorded; the Pilot's own idle waits, about 20 ms each, are
not counted). Headless, so the final write to the terminal is not included. Scenarios follow the
app's bindings (n, /, P, arrows); when the app's keys change, edit SCENARIOS.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

SIZE = (160, 48)
QUERIES = ["security", "troops", "coalition", "ceasefire", "minister", "guarantees", "Europe", "force"]


DISPLAYS: list[float] = []


def record_displays(app) -> None:
    """Note the time of every screen update the app renders."""
    real = app._display

    def display(screen, renderable):
        if renderable is not None:
            DISPLAYS.append(time.perf_counter())
        return real(screen, renderable)

    app._display = display


async def timed(pilot, key: str) -> float | None:
    """Milliseconds from pressing a key to the last screen update it caused (None when nothing changed)."""
    mark = len(DISPLAYS)
    started = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    updates = DISPLAYS[mark:]
    return (updates[-1] - started) * 1000 if updates else None


async def next_article(pilot, presses: int) -> list[float]:
    await pilot.press("g")
    return [await timed(pilot, "n") for _ in range(presses)]


async def scrolling(pilot, presses: int) -> list[float]:
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


async def search(pilot, presses: int) -> list[float]:
    out = []
    for n in range(max(1, presses // 5)):
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*QUERIES[n % len(QUERIES)])
        out.append(await timed(pilot, "enter"))
        await pilot.press("escape")
        await pilot.pause()
    return out


async def jump_to_statement(pilot, presses: int) -> list[float]:
    out = []
    for n in range(max(1, presses // 5)):
        await pilot.press("P")
        await pilot.pause()
        await pilot.press(*(["down"] * (n % 5)), "enter")
        await pilot.pause()
        await pilot.press(*(["down"] * (n % 3)))
        out.append(await timed(pilot, "enter"))
        await pilot.press("escape", "escape")
        await pilot.pause()
    return out


SCENARIOS = {
    "next article": next_article,
    "scroll": scrolling,
    "search": search,
    "jump to statement": jump_to_statement,
}


def stats(samples: list[float | None]) -> dict:
    """Median and 95th percentile of the presses that changed the screen."""
    ordered = sorted(x for x in samples if x is not None)
    if not ordered:
        return {"skipped": f"none of {len(samples)} presses changed the screen (check the scenario's keys)"}
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"presses": len(ordered), "unchanged": len(samples) - len(ordered), "median_ms": statistics.median(ordered), "p95_ms": p95, "max_ms": ordered[-1]}


async def run(manifest: str, presses: int) -> dict:
    from briefbook.core.analysis import analyze
    from briefbook.core.loading import resolve_target
    from briefbook.ui.app import make_app

    briefing, _ = resolve_target(manifest)
    analysis = analyze(briefing)
    app = make_app(briefing, analysis=analysis)
    result: dict = {"articles": len(analysis.articles), "keys": {}}
    record_displays(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for name, scenario in SCENARIOS.items():
            try:
                result["keys"][name] = stats(await scenario(pilot, presses))
            except Exception as exc:  # a scenario the app does not support yet is reported, not fatal
                result["keys"][name] = {"skipped": f"{type(exc).__name__}: {exc}"[:200]}
            await pilot.press("escape")
            await pilot.pause()
    return result


def main() -> int:
    manifest = sys.argv[1]
    presses = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    print(json.dumps(asyncio.run(run(manifest, presses))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
