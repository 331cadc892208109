"""One measured analysis in a fresh process: prints timings and peak memory as one JSON line.

Run by bench/run.py as `python bench/analyse_once.py MANIFEST [--workers N]`; the cache folder
comes from BRIEFBOOK_CACHE_DIR, so the parent decides whether this is a cold run or a reopen.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def main() -> int:
    """Analyse the briefing the way `briefbook analyze` does and report how long each part took."""
    parser = argparse.ArgumentParser()
    parser.add_argument("manifest")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    from briefbook.core.analysis import analyze
    from briefbook.core.loading import resolve_target
    from briefbook.core.pool import available_cores, worker_usage

    imported = time.perf_counter()
    briefing, _ = resolve_target(args.manifest)
    resolved = time.perf_counter()
    read_done: list[float] = []
    analysis = analyze(briefing, workers=args.workers, on_articles=lambda a, p: read_done.append(time.perf_counter()))
    ready = time.perf_counter()
    own_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    own, children = own_usage.ru_maxrss, child_usage.ru_maxrss
    workers = worker_usage()
    # Forked workers are children of this process (in RUSAGE_CHILDREN once reaped), forkserver ones are not:
    # count the workers once, whichever way they were started.
    child_cpu = child_usage.ru_utime + child_usage.ru_stime
    cpu = own_usage.ru_utime + own_usage.ru_stime + max(child_cpu, sum(c for _, c in workers.values()))
    children = max([children / 1024] + [m for m, _ in workers.values()]) * 1024
    print(json.dumps({
        "articles": len(analysis.articles),
        "figures": len(analysis.figures),
        "actors": len(analysis.actors),
        "statements": len(analysis.statements),
        "bytes": sum(len(p.text) for a in analysis.articles for p in a.paragraphs),
        "import_s": imported - STARTED,
        "manifest_s": resolved - imported,
        "per_article_s": (read_done[0] if read_done else ready) - resolved,
        "cross_s": ready - (read_done[0] if read_done else ready),
        "analyze_s": ready - resolved,
        "ready_s": ready - STARTED,
        "cpu_s": cpu,
        "peak_rss_mb": own / 1024,
        "workers_used": len(workers),
        "peak_child_rss_mb": children / 1024,
        "cores": available_cores() if args.workers is None else min(args.workers, available_cores()),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
