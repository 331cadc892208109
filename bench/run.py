"""The scale benchmark: `python bench/run.py [--sizes 100,1000,10000] [--quick]`.

Generates reproducible synthetic briefings (bench/out/, ignored by git), then measures, each in
a fresh process: cold analysis (time, MB/s, MB/s per core, peak memory), reopening with the
cache (process start to analysis ready; to first full screen once the app exists), the default
briefing's start against a minimal Textual app's, and key-to-screen latency with the Pilot.
Prints a table, writes bench/results/latest.json and compares it with the previous run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT / "src"), str(BENCH)]

import synth  # noqa: E402

RESULTS = BENCH / "results"
OUT = BENCH / "out"
TARGETS = {
    "cold_mb_s_per_core": ("≥", 2.0, "1,000 articles: cold analysis MB/s per core"),
    "reopen_ready_s": ("≤", 1.0, "1,000 articles: reopen with cache, start → analysis ready (s)"),
    "peak_rss_mb": ("≤", 300.0, "1,000 articles: peak memory (MB)"),
    "reopen_ready_s@10000": ("≤", 3.0, "10,000 articles: reopen with cache (s)"),
    "startup_ratio": ("≤", 1.5, "default briefing start / minimal Textual app start (first full screen)"),
}


def python_env(cache_dir: Path | None) -> dict[str, str]:
    """The environment for a measured child: this tree's sources first, the chosen cache folder."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("BRIEFBOOK_NO_CACHE", None)
    # compiled modules kept in a folder of their own, as an installed package has them (even where
    # PYTHONDONTWRITEBYTECODE is set): otherwise every start compiles briefbook from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "briefbook-bench-pycache")
    if cache_dir is not None:
        env["BRIEFBOOK_CACHE_DIR"] = str(cache_dir)
    return env


def measure(script: str, args: list[str], cache_dir: Path | None) -> dict:
    """Run a bench script in a fresh interpreter; its last stdout line is JSON. Adds the wall time seen from here."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args], env=python_env(cache_dir), capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def article_megabytes(manifest: Path) -> float:
    """The size of a briefing's article files in MB (10^6 bytes)."""
    return sum(p.stat().st_size for p in (manifest.parent / "articles").glob("*.txt")) / 1e6


def bench_size(count: int, quick: bool) -> dict:
    """Cold analysis (all cores, and one core), then reopen with the cache, for one synthetic briefing."""
    manifest = synth.generate(OUT / f"n{count}", count, ROOT / "seeds")
    megabytes = article_megabytes(manifest)
    row: dict = {"articles": count, "mb": round(megabytes, 3)}
    with tempfile.TemporaryDirectory(prefix="briefbook-bench-cache-") as tmp:
        cache_dir = Path(tmp)
        cold = measure("analyse_once.py", [str(manifest)], cache_dir)
        row.update(
            cold_s=cold["analyze_s"],
            cold_per_article_s=cold["per_article_s"],
            cold_cross_s=cold["cross_s"],
            cores=cold["cores"],
            cold_mb_s=megabytes / cold["analyze_s"],
            cold_mb_s_per_core=megabytes / cold["analyze_s"] / cold["cores"],
            cold_mb_per_cpu_s=megabytes / cold["cpu_s"],
            peak_rss_mb=cold["peak_rss_mb"],
            peak_child_rss_mb=cold["peak_child_rss_mb"],
            figures=cold["figures"],
            actors=cold["actors"],
            statements=cold["statements"],
        )
        reopens = [measure("analyse_once.py", [str(manifest)], cache_dir) for _ in range(1 if quick else 3)]
        best = min(reopens, key=lambda r: r["wall_s"])
        row.update(
            reopen_ready_s=best["wall_s"],
            reopen_import_s=best["import_s"],
            reopen_manifest_s=best["manifest_s"],
            reopen_analyze_s=best["analyze_s"],
            reopen_cross_s=best["cross_s"],
            reopen_peak_rss_mb=best["peak_rss_mb"],
        )
        screen = first_screen(manifest, cache_dir)
        if screen is not None:
            row["reopen_screen_s"] = screen["wall_s"]
            row["reopen_contents_s"] = screen.get("contents_s")
    if not quick and count <= 1000:
        with tempfile.TemporaryDirectory(prefix="briefbook-bench-cache-") as tmp:
            one = measure("analyse_once.py", [str(manifest), "--workers", "1"], Path(tmp))
        row["single_core_mb_s"] = megabytes / one["analyze_s"]
        row["single_core_per_article_s"] = one["per_article_s"]
    return row


def ui_available() -> bool:
    """Whether the Textual app has landed (briefbook.ui.app with make_app)."""
    try:
        from briefbook.ui import app  # noqa: F401
    except ImportError:
        return False
    return hasattr(app, "make_app")


def first_screen(manifest: Path | None, cache_dir: Path | None) -> dict | None:
    """Process start → first full screen (headless) for a briefing (wall_s; contents_s: the contents and first
    article, when they come first); None until the app exists."""
    if not ui_available():
        return None
    args = [str(manifest)] if manifest else []
    return measure("first_screen.py", args, cache_dir)


def startup_ratio() -> dict:
    """The default briefing's start to first full screen against a minimal Textual app's, same run."""
    if not ui_available():
        return {"skipped": "the Textual app (briefbook.ui.app.make_app) is not on this branch yet"}
    with tempfile.TemporaryDirectory(prefix="briefbook-bench-cache-") as tmp:
        measure("first_screen.py", [], Path(tmp))
        measure("first_screen.py", ["--minimal"], None)
        app_runs, minimal_runs = [], []
        for _ in range(9):  # alternated, so the machine's load hits both alike
            app_runs.append(measure("first_screen.py", [], Path(tmp)))
            minimal_runs.append(measure("first_screen.py", ["--minimal"], None))

    def first_screen(run: dict) -> float:
        """Process start (as the parent saw it) to the first paint of the full screen: the process's wall time
        less what came after that paint (the app settling, the report, the exit)."""
        return run["wall_s"] - (run["screen_s"] - run.get("shown_s", run["screen_s"]))

    result = {
        "default_s": statistics.median(first_screen(r) for r in app_runs),
        "minimal_s": statistics.median(first_screen(r) for r in minimal_runs),
        "default_whole_s": statistics.median(r["wall_s"] for r in app_runs),
        "minimal_whole_s": statistics.median(r["wall_s"] for r in minimal_runs),
    }
    result["startup_ratio"] = result["default_s"] / result["minimal_s"]
    # The stricter figure: each whole process, start to exit, the book's taken once its screen has settled.
    result["startup_ratio_whole"] = result["default_whole_s"] / result["minimal_whole_s"]
    other = BENCH / "bench_startup.py"
    if other.exists():
        proc = subprocess.run([sys.executable, str(other)], env=python_env(None), capture_output=True, text=True)
        result["bench_startup_output"] = proc.stdout.strip()[-2000:]
    return result


def key_latency(count: int) -> dict:
    """Key-to-screen latency with the Pilot on a synthetic briefing; skipped until the app exists."""
    if not ui_available():
        return {"skipped": "the Textual app (briefbook.ui.app.make_app) is not on this branch yet"}
    manifest = synth.generate(OUT / f"n{count}", count, ROOT / "seeds")
    with tempfile.TemporaryDirectory(prefix="briefbook-bench-cache-") as tmp:
        measure("analyse_once.py", [str(manifest)], Path(tmp))
        return measure("latency.py", [str(manifest)], Path(tmp))


def check_targets(rows: list[dict], startup: dict) -> list[dict]:
    """Each target against the measured figure: met, missed, or not measured."""
    by_count = {r["articles"]: r for r in rows}
    values = {
        "cold_mb_s_per_core": by_count.get(1000, {}).get("cold_mb_s_per_core"),
        "reopen_ready_s": by_count.get(1000, {}).get("reopen_screen_s", by_count.get(1000, {}).get("reopen_ready_s")),
        "peak_rss_mb": by_count.get(1000, {}).get("peak_rss_mb"),
        "reopen_ready_s@10000": by_count.get(10000, {}).get("reopen_screen_s", by_count.get(10000, {}).get("reopen_ready_s")),
        "startup_ratio": startup.get("startup_ratio"),
    }
    out = []
    for name, (op, limit, label) in TARGETS.items():
        value = values[name]
        met = None if value is None else (value >= limit if op == "≥" else value <= limit)
        out.append({"target": name, "label": label, "limit": f"{op} {limit}", "value": value, "met": met})
    return out


def fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 100 else f"{value:.0f}"
    return str(value)


COLUMNS = [
    ("articles", "articles"), ("mb", "MB"), ("cold_s", "cold s"), ("cold_mb_s", "MB/s"),
    ("cold_mb_s_per_core", "MB/s/core"), ("cold_mb_per_cpu_s", "MB/cpu-s"), ("single_core_mb_s", "1-core MB/s"), ("cold_cross_s", "cross s"),
    ("peak_rss_mb", "peak MB"), ("reopen_ready_s", "reopen s"), ("reopen_manifest_s", "manifest s"),
    ("reopen_analyze_s", "cache load s"), ("reopen_screen_s", "reopen screen s"), ("reopen_contents_s", "contents s"),
]


def print_table(rows: list[dict], previous: dict | None) -> None:
    """The analysis figures as a plain table, with the previous run's value beside each where there is one."""
    prev_rows = {r["articles"]: r for r in (previous or {}).get("sizes", [])}
    widths = [max(len(h), 9) for _, h in COLUMNS]
    print("  ".join(h.rjust(w) for (_, h), w in zip(COLUMNS, widths)))
    for row in rows:
        print("  ".join(fmt(row.get(k)).rjust(w) for (k, _), w in zip(COLUMNS, widths)))
        before = prev_rows.get(row["articles"])
        if before:
            print("  ".join(("(" + fmt(before.get(k)) + ")").rjust(w) for (k, _), w in zip(COLUMNS, widths)))


def print_latency(latency: dict) -> None:
    if "skipped" in latency:
        print(f"key latency: skipped — {latency['skipped']}")
        return
    print(f"key latency over {latency.get('articles')} articles (ms):")
    for name, stats in latency.get("keys", {}).items():
        if "skipped" in stats:
            print(f"  {name:<20} skipped — {stats['skipped']}")
        else:
            print(f"  {name:<20} median {stats['median_ms']:7.1f}  p95 {stats['p95_ms']:7.1f}  ({stats['presses']} presses)")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="article counts, comma-separated")
    parser.add_argument("--quick", action="store_true", help="one reopen per size, no single-core run")
    parser.add_argument("--latency-size", type=int, default=1000, help="articles for the key-latency run")
    parser.add_argument("--fresh", action="store_true", help="regenerate the synthetic briefings")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.fresh and OUT.exists():
        shutil.rmtree(OUT)
    rows = []
    for count in sizes:
        print(f"… {count} articles", file=sys.stderr, flush=True)
        rows.append(bench_size(count, args.quick))
    print("… start-up ratio", file=sys.stderr, flush=True)
    startup = startup_ratio()
    print("… key latency", file=sys.stderr, flush=True)
    latency = key_latency(args.latency_size)
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "python": sys.version.split()[0],
        "cores": os.cpu_count(),
        "sizes": rows,
        "startup": startup,
        "latency": latency,
    }
    report["targets"] = check_targets(rows, startup)
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / "latest.json"
    previous = json.loads(latest.read_text()) if latest.exists() else None
    if previous:
        (RESULTS / "previous.json").write_text(json.dumps(previous, indent=1))
    latest.write_text(json.dumps(report, indent=1))
    print_table(rows, previous)
    if previous:
        print(f"(values in brackets: the previous run, {previous.get('when')})")
    if "skipped" in startup:
        print(f"start-up ratio: skipped — {startup['skipped']}")
    else:
        print(
            f"start-up to the first full screen: default briefing {startup['default_s']:.3f} s, minimal Textual app "
            f"{startup['minimal_s']:.3f} s, ratio {startup['startup_ratio']:.2f}; whole processes (the book settled, "
            f"to exit) {startup['default_whole_s']:.3f} s and {startup['minimal_whole_s']:.3f} s, ratio "
            f"{startup['startup_ratio_whole']:.2f}"
        )
    print_latency(latency)
    print("targets:")
    for t in report["targets"]:
        state = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
        print(f"  {t['label']:<62} {t['limit']:>8}  {fmt(t['value']):>8}  {state}")
    print(f"written: {latest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
