"""The per-article stage (read, clean, split, figures) run in this process or across every core.

Each article's result travels as the same JSON text the cache stores, so a result computed in a
worker, in this process, or read from the cache is decoded the same way and is the same value.
"""

from __future__ import annotations

import math
import os
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import loading, serialize
from .manifest import Problem
from .model import Article, ArticleSource, EventDate, Figure

POOL_MIN_ARTICLES = 50
MIN_CHUNK = 8
MAX_CHUNK = 64

Cancelled = Callable[[], bool]
OnResult = Callable[[int, "str | None", "ArticleResult"], None]


class AnalysisCancelled(Exception):
    """The analysis was cancelled before every article was analysed."""


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What the per-article stage gives for one source: the article (None if unreadable), its figures, dates and problems."""

    article: Article | None
    figures: tuple[Figure, ...] = ()
    dates: tuple[EventDate, ...] = ()
    problems: tuple[Problem, ...] = ()


def analyse_source(source: ArticleSource) -> ArticleResult:
    """Read, decode, clean and split one article, and find its figures and dates."""
    article, problems = loading.read_source(source)
    if article is None:
        return ArticleResult(None, (), (), tuple(problems))
    from . import figures  # imported on first use: a cached briefing never needs it

    found, dates = figures.extract_figures(article)
    return ArticleResult(article, tuple(found), tuple(dates), tuple(problems))


def encode_result(result: ArticleResult) -> str | None:
    """The result as one line of JSON when it reads back as exactly the same value, else None."""
    try:
        text = serialize.dumps(result, compact=True)
        back = serialize.loads(ArticleResult, text)
    except (serialize.SerializeError, RecursionError):
        return None
    return text if back == result else None


def decode_result(text: str) -> ArticleResult:
    """A result from its JSON text; raises SerializeError when the text is not one."""
    try:
        return serialize.loads(ArticleResult, text)
    except RecursionError:
        raise serialize.SerializeError("nested too deeply") from None


WORKER_USAGE: dict[int, tuple[float, float]] = {}


def _analyse_chunk(sources: Sequence[ArticleSource]) -> tuple[list[tuple[str | None, ArticleResult | None]], tuple]:
    """Worker side: each result as JSON text (or the value itself when it has no exact JSON form), and the worker's usage."""
    import resource

    out: list[tuple[str | None, ArticleResult | None]] = []
    for source in sources:
        result = analyse_source(source)
        text = encode_result(result)
        out.append((text, None if text is not None else result))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return out, (os.getpid(), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def worker_usage() -> dict[int, tuple[float, float]]:
    """Peak memory (MB) and CPU seconds of each worker of the pools run so far in this process (for the benchmarks)."""
    return dict(WORKER_USAGE)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which cancels the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def available_cores() -> int:
    """How many cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunk_size(count: int, workers: int) -> int:
    """Chunks small enough for steady progress and balance, large enough to pay their overhead."""
    return max(MIN_CHUNK, min(MAX_CHUNK, math.ceil(count / max(1, workers * 8))))


def _context() -> Any:
    """Forkserver where there is one (safe from a threaded app), else spawn."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def prepare_workers() -> None:
    """Start the process starter and its resource tracker now, while the standard streams are the
    terminal's: an app that later swaps them (Textual does) can still start worker processes."""
    context = _context()
    try:
        if context.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    except (OSError, ValueError):
        pass


def run_stage(
    sources: Sequence[ArticleSource],
    on_result: OnResult,
    *,
    workers: int | None = None,
    cancelled: Cancelled = lambda: False,
) -> None:
    """Analyse sources, calling on_result(index, json_text, result) as each finishes; chunked, cancellable."""
    if not sources:
        return
    workers = available_cores() if workers is None else max(1, workers)
    if workers > 1 and len(sources) > POOL_MIN_ARTICLES:
        pending = _run_pool(sources, on_result, workers, cancelled)
    else:
        pending = list(range(len(sources)))
    _run_here(sources, pending, on_result, cancelled)


def _run_here(sources: Sequence[ArticleSource], indices: list[int], on_result: OnResult, cancelled: Cancelled) -> None:
    """The per-article stage in this process, checking for cancellation between chunks."""
    for n, i in enumerate(indices):
        if n % MIN_CHUNK == 0 and cancelled():
            raise AnalysisCancelled()
        result = analyse_source(sources[i])
        on_result(i, encode_result(result), result)


def _run_pool(sources: Sequence[ArticleSource], on_result: OnResult, workers: int, cancelled: Cancelled) -> list[int]:
    """The per-article stage across worker processes; returns the indices left undone if the pool broke."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    size = chunk_size(len(sources), workers)
    chunks = [list(range(start, min(start + size, len(sources)))) for start in range(0, len(sources), size)]
    workers = min(workers, len(chunks))
    done: set[int] = set()
    try:
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_ignore_interrupts)
    except (OSError, ValueError):
        # No worker processes to be had here (e.g. a host that swapped out the standard streams
        # the process starter needs): the caller runs everything in this process instead.
        return list(range(len(sources)))
    try:
        futures: dict[Any, list[int]] = {
            executor.submit(_analyse_chunk, [sources[i] for i in chunk]): chunk for chunk in chunks
        }
        waiting = set(futures)
        while waiting:
            finished, waiting = wait(waiting, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                chunk = futures[future]
                results, (pid, peak_mb, cpu_s) = future.result()
                WORKER_USAGE[pid] = (peak_mb, cpu_s)
                for i, (text, value) in zip(chunk, results):
                    on_result(i, text, value if value is not None else decode_result(text))
                    done.add(i)
            if cancelled():
                raise AnalysisCancelled()
    except (BrokenProcessPool, OSError, ValueError):
        return [i for i in range(len(sources)) if i not in done]
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return []


__all__ = [
    "AnalysisCancelled",
    "ArticleResult",
    "POOL_MIN_ARTICLES",
    "analyse_source",
    "available_cores",
    "chunk_size",
    "decode_result",
    "encode_result",
    "run_stage",
    "worker_usage",
]
