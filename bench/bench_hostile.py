"""Time and peak memory of `briefbook analyze --json` on the large hostile inputs.

Each case runs in a fresh interpreter (peak RSS of it or any worker, from resource.getrusage) with a time limit, so a
quadratic stage shows as a timeout rather than a hang. Usage: python bench/bench_hostile.py [LIMIT_SECONDS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data" / "hostile"))
import make_hostile  # noqa: E402

RUN = (
    "import resource, sys, io, contextlib\n"
    "from briefbook.cli import main\n"
    "out = io.StringIO()\n"
    "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):\n"
    "    status = main(sys.argv[1:])\n"
    "rss = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
    "print(status, len(out.getvalue()), rss // 1024)\n"
)


def measure(path: Path, limit: float) -> str:
    """One line: exit status, seconds, peak RSS and size of the JSON, or the timeout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "BRIEFBOOK_NO_CACHE": "1"}
    start = time.perf_counter()
    try:
        result = subprocess.run(
            [sys.executable, "-c", RUN, "analyze", str(path), "--json"], capture_output=True, timeout=limit, env=env, text=True
        )
    except subprocess.TimeoutExpired:
        return f"TIMEOUT after {limit:.0f} s"
    seconds = time.perf_counter() - start
    status, size, rss = result.stdout.split()
    return f"exit {status}  {seconds:6.2f} s  peak RSS {rss:>5} MB  JSON {int(size) / 1e6:6.1f} MB"


def main() -> None:
    """Write the large cases into a temporary folder and measure each."""
    limit = float(sys.argv[1]) if len(sys.argv) > 1 else 300.0
    with tempfile.TemporaryDirectory() as tmp:
        cases = make_hostile.write_large(Path(tmp))
        quotes = Path(tmp) / "unclosed-quotes.txt"
        quotes.write_bytes(make_hostile.unclosed_quotes())
        cases["unclosed-quotes.txt"] = quotes
        for name, path in cases.items():
            print(f"{name:22} {path.stat().st_size / 1e6:6.1f} MB  {measure(path, limit)}", flush=True)


if __name__ == "__main__":
    main()
