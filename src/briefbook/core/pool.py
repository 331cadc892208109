"""The per-article stage (read, clean, split, figures) run in this process or across every core.

Each article's result travels as the same JSON text the cache stores, so a result computed in a
worker, in this process, or read from the cache is decoded the same way and is the same value.
A worker keeps the articles it analysed (and the candidate names it found in them), so the
cross-article stages can later hand it its share by article id instead of sending the articles.
"""

from __future__ import annotations

import json
import math
import os
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import loading, resultpack, serialize
from .collector import collector_paused
from .manifest import Problem
from .model import Article, ArticleSource, EventDate, Figure

POOL_MIN_ARTICLES = 50
MIN_CHUNK = 8
MAX_CHUNK = 64
CROSS_CHUNK = 32
# How often (in articles replayed) the replay looks for what the workers sent meanwhile.
POLL_EVERY = 8
# What every worker needs, loaded once before the workers start (they inherit it, or the process starter holds it).
PRELOADED = ("clean", "sentences", "figures", "crosswork")

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
    """The result as one line of JSON when it reads back as exactly the same value, else None.

    The columnar form (resultpack) is tried first; a result it does not fit is written the general way.
    A result whose every value is of exactly the type the decoder builds (resultpack.encode_exact, nearly
    all) is sure to read back the same, so it is not read back here.
    """
    try:
        data = resultpack.encode_exact(result)
        if data is not None:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        pass
    try:
        data = resultpack.encode(result)
        if data is not None:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            back = resultpack.decode_many([json.loads(text)])[0]
            if back == result:
                return text
    except (ValueError, TypeError, RecursionError):
        pass
    try:
        text = serialize.dumps(result, compact=True)
        back = serialize.loads(ArticleResult, text)
    except (serialize.SerializeError, RecursionError):
        return None
    return text if back == result else None


def decode_result(text: str) -> ArticleResult:
    """A result from its JSON text; raises SerializeError when the text is not one."""
    result = decode_results([text])[0]
    if isinstance(result, serialize.SerializeError):
        raise result
    return result


def decode_results(texts: Sequence[str]) -> list[ArticleResult | serialize.SerializeError]:
    """Results from their JSON texts, those in the columnar form built together: each a result, or the
    SerializeError its text raised."""
    out: list[ArticleResult | serialize.SerializeError | None] = [None] * len(texts)
    columnar: list[int] = []
    datas: list[Any] = []
    for i, text in enumerate(texts):
        if text.startswith('["' + resultpack.FORMAT + '",'):
            try:
                datas.append(json.loads(text))
            except (ValueError, RecursionError) as exc:
                out[i] = serialize.SerializeError(f"not JSON: {exc}")
                continue
            columnar.append(i)
            continue
        try:
            out[i] = serialize.loads(ArticleResult, text)
        except serialize.SerializeError as exc:
            out[i] = exc
        except RecursionError:
            out[i] = serialize.SerializeError("nested too deeply")
    for i, result in zip(columnar, resultpack.decode_many(datas)):
        out[i] = result
    return out  # type: ignore[return-value]


WORKER_USAGE: dict[int, tuple[float, float]] = {}
HANDED_OVER: list[int] = [0]


def _usage() -> tuple[int, float, float]:
    """This process's id, peak memory (MB) and CPU seconds."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def _serve(conn: Any, others: Sequence[Any] = ()) -> None:
    """A worker: analyse the chunks of sources it is sent, keeping each article, then read its articles'
    share of the cross-article stages (and any articles handed over from a slower worker), giving
    unread ones over when asked; one reply per request, a failure reported instead of raised."""
    _ignore_interrupts()
    for other in others:
        other.close()
    from . import actors

    held: dict[str, Article] = {}
    reader = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            if request[0] == "analyse":
                out = []
                # As in one process: no collections while a batch is analysed (the articles are kept to the end,
                # and what is frozen after the batch the collector need not walk again).
                with collector_paused():
                    for source in request[1]:
                        result = analyse_source(source)
                        text = encode_result(result)
                        evidence = None
                        if result.article is not None:
                            held[result.article.id] = result.article
                            evidence = actors.article_evidence(result.article)
                        out.append((text, None if text is not None else result, evidence))
                reply: tuple | None = ("analysed", out, _usage())
            elif request[0] == "give":
                reply = ("given", [], _usage())  # everything was read already
            else:
                if request[0] == "cross":
                    from .crosswork import ArticleReader

                    _, finder, questions, ids = request
                    reader = ArticleReader(finder, questions)
                else:  # "more": articles handed over from another worker
                    held.update(request[1])
                    ids = [aid for aid, _ in request[1]]
                with collector_paused():
                    reply = _read_shares(conn, reader, held, [i for i in ids if i in held])
                if reply is None:
                    return
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which redoes the work itself
            reply = ("failed", repr(exc), _usage())
        conn.send(reply)


def _read_shares(conn: Any, reader: Any, held: dict[str, Article], todo: list[str]) -> tuple | None:
    """Read the shares of the articles in `todo`, in order, sent in chunks; after each article, give the
    parent the unread articles it asks for (so an idle worker takes them over at once). The last chunk
    is returned as the reply (None: stop now)."""
    done = 0
    part: list = []
    while done < len(todo):
        aid = todo[done]
        part.append((aid, reader.read(held.pop(aid))))
        done += 1
        if conn.poll():
            request = conn.recv()
            if request is None:
                return None
            if request[0] == "give":
                wanted = set(request[1])
                given = [i for i in todo[done:] if i in wanted]
                todo = todo[:done] + [i for i in todo[done:] if i not in wanted]
                for i in given:
                    del held[i]
                conn.send(("given", given, _usage()))
        if len(part) >= CROSS_CHUNK and done < len(todo):
            conn.send(("cross", part, _usage()))
            part = []
    return ("cross-end", part, _usage())


def handed_over() -> int:
    """How many articles idle workers took over from others in the pools run so far in this process (for the benchmarks)."""
    return HANDED_OVER[0]


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


def _context(fork_ok: bool = False) -> Any:
    """Forkserver where there is one (safe from a threaded app), else spawn; with `fork_ok`, a plain fork
    when this process runs a single thread on Linux (the workers start at once with every module
    this process has loaded, instead of a fresh interpreter importing them all)."""
    import importlib
    import multiprocessing
    import sys
    import threading

    if fork_ok and sys.platform == "linux" and threading.active_count() == 1:
        for module in PRELOADED:
            importlib.import_module(f"{__package__}.{module}")

        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__, *(f"{__package__}.{m}" for m in PRELOADED)])
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


class Crew:
    """Worker processes that analyse articles, keep them, and then read their share of the cross-article stages.

    Chunks are handed out as workers finish (two in flight each); every article stays with the worker
    that analysed it, so the cross-article share travels as the actor table and the article ids.
    """

    def __init__(self, count: int) -> None:
        context = _context(fork_ok=True)
        forked = context.get_start_method() == "fork"
        self.conns: list[Any] = []
        self.processes: list[Any] = []
        self.holder: dict[str, int] = {}
        self.evidence: dict[str, tuple] = {}
        self.cross_sent: set[int] = set()
        self.unread: dict[int, dict[str, None]] = {}
        self.asked: dict[int, int] = {}
        self.articles: dict[str, Article] = {}
        self.handed_over = 0
        self.dismissed = False
        try:
            for _ in range(count):
                here, there = context.Pipe()
                # A forked worker closes its copies of the other workers' connections, so each
                # worker sees the end of its own when this process goes away.
                others = tuple(self.conns) if forked else ()
                process = context.Process(target=_serve, args=(there, others), daemon=True)
                process.start()
                there.close()
                self.conns.append(here)
                self.processes.append(process)
        except (OSError, ValueError):
            self.close()
            raise

    @classmethod
    def start(cls, count: int, workers: int | None) -> Crew | None:
        """A crew for `count` articles, or None when they are better (or only) analysed in this process."""
        workers = available_cores() if workers is None else max(1, workers)
        if workers < 2 or count <= POOL_MIN_ARTICLES:
            return None
        size = chunk_size(count, workers)
        try:
            return cls(min(workers, math.ceil(count / size)))
        except (OSError, ValueError):
            # No worker processes to be had here (e.g. a host that swapped out the standard streams
            # the process starter needs): everything runs in this process instead.
            return None

    def analyse(self, sources: Sequence[ArticleSource], on_result: OnResult, cancelled: Cancelled) -> list[int]:
        """Analyse sources across the workers; returns the indices left undone when a worker failed."""
        from multiprocessing.connection import wait

        todo = _chunks(len(sources), chunk_size(len(sources), len(self.conns)))
        todo.reverse()
        in_flight: dict[int, list[list[int]]] = {w: [] for w in range(len(self.conns))}
        pending: list[int] = []
        live = set(in_flight)

        def feed(w: int) -> None:
            while todo and len(in_flight[w]) < 2:
                chunk = todo.pop()
                try:
                    self.conns[w].send(("analyse", [sources[i] for i in chunk]))
                except (OSError, ValueError):
                    todo.append(chunk)
                    self._lose(w, live, in_flight, pending)
                    return
                in_flight[w].append(chunk)

        for w in list(live):
            feed(w)
        while any(in_flight[w] for w in live):
            if cancelled():
                raise AnalysisCancelled()
            ready = wait([self.conns[w] for w in live if in_flight[w]], timeout=0.2)
            for conn in ready:
                w = self.conns.index(conn)
                try:
                    kind, out, usage = conn.recv()
                except (EOFError, OSError):
                    self._lose(w, live, in_flight, pending)
                    continue
                chunk = in_flight[w].pop(0)
                WORKER_USAGE[usage[0]] = usage[1:]
                feed(w)
                if kind != "analysed":
                    pending.extend(chunk)
                else:
                    decoded = decode_results([text for text, value, _ in out if value is None])[::-1]
                    for i, (text, value, evidence) in zip(chunk, out):
                        result = value if value is not None else decoded.pop()
                        if isinstance(result, serialize.SerializeError):
                            raise result
                        if result.article is not None and evidence is not None:
                            self.holder[result.article.id] = w
                            self.evidence[result.article.id] = evidence
                        on_result(i, text, result)
            if not live:
                break
        for chunk in todo:
            pending.extend(chunk)
        if cancelled():
            raise AnalysisCancelled()
        return sorted(pending)

    def _lose(self, w: int, live: set[int], in_flight: dict[int, list[list[int]]], pending: list[int]) -> None:
        """A worker that broke: its chunks in flight go back to this process, its articles are read here."""
        live.discard(w)
        for chunk in in_flight[w]:
            pending.extend(chunk)
        in_flight[w] = []
        for aid in [a for a, holder in self.holder.items() if holder == w]:
            del self.holder[aid]
            self.evidence.pop(aid, None)

    def send_cross(self, finder: Any, questions: Sequence[str], articles: Sequence[Article]) -> None:
        """Ask each worker for the cross-article share of the articles it holds, in the given (date) order.

        A worker that runs out while another still has many to read takes the later half of them over.
        """
        self.articles = {a.id: a for a in articles}
        ids = list(self.articles)
        for w, conn in enumerate(self.conns):
            mine = [i for i in ids if self.holder.get(i) == w]
            try:
                conn.send(("cross", finder, tuple(questions), mine))
            except (OSError, ValueError):
                continue
            self.cross_sent.add(w)
            self.unread[w] = dict.fromkeys(mine)

    def _take_over(self, idle: int) -> None:
        """Ask the worker with the most articles left to read to give the later part of them to an idle one."""
        busy = [w for w in self.cross_sent if w != idle and w not in self.asked]
        if not busy:
            return
        w = max(busy, key=lambda b: len(self.unread[b]))
        # Up to a chunk may be read and not sent yet (half of one on average); of the rest, the idle
        # worker takes the later half (the busy one keeps those it has read by the time it is asked).
        count = (len(self.unread[w]) - CROSS_CHUNK // 2) // 2
        if count < MIN_CHUNK:
            return
        try:
            self.conns[w].send(("give", list(self.unread[w])[-count:]))
        except (OSError, ValueError):
            return
        self.asked[w] = idle

    def _hand_over(self, giver: int, ids: list[str]) -> None:
        """Send the articles a worker gave up to the idle worker that asked for them (else they are read here)."""
        taker = self.asked.pop(giver, None)
        for aid in ids:
            self.unread[giver].pop(aid, None)
            self.holder.pop(aid, None)
        if not ids or taker is None:
            return
        try:
            self.conns[taker].send(("more", [(aid, self.articles[aid]) for aid in ids]))
        except (OSError, ValueError):
            return
        for aid in ids:
            self.holder[aid] = taker
        self.unread[taker] = dict.fromkeys(ids)
        self.cross_sent.add(taker)
        self.handed_over += len(ids)
        HANDED_OVER[0] += len(ids)

    def shares(self) -> _Shares:
        """The workers' cross-article shares, received as they come while they are asked for in date order."""
        return _Shares(self)

    def _receive_some(self, into: dict[str, Any], timeout: float | None = None) -> None:
        """Receive every share message that is ready (waiting up to `timeout` for one, None: until
        one comes), ending the streams that end."""
        from multiprocessing.connection import wait

        streaming = {self.conns[w]: w for w in self.cross_sent}
        for conn in wait(list(streaming), timeout):
            w = streaming[conn]
            try:
                kind, out, usage = conn.recv()
            except (EOFError, OSError):
                self.cross_sent.discard(w)
                continue
            WORKER_USAGE[usage[0]] = usage[1:]
            if kind in ("cross", "cross-end"):
                into.update(out)
                for aid, _ in out:
                    self.unread[w].pop(aid, None)
            if kind == "given":
                self._hand_over(w, out)
            elif kind != "cross":
                self.cross_sent.discard(w)
                if kind == "cross-end":
                    self._take_over(w)

    def dismiss(self) -> None:
        """Ask the workers to end now, without waiting for them (close waits): once every share is in,
        they exit while this process writes the results."""
        if self.dismissed:
            return
        self.dismissed = True
        for conn in self.conns:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass

    def close(self, at_once: bool = False) -> None:
        """Stop the workers: asked to end (ended when they do not), or ended `at_once` (cancelled, failed)."""
        self.dismiss()
        for process in self.processes:
            if at_once:
                process.terminate()
            process.join(timeout=1.0)
            if process.is_alive():
                process.terminate()
                process.join(timeout=1.0)
        for conn in self.conns:
            conn.close()
        self.conns, self.processes = [], []


def _chunks(count: int, size: int) -> list[list[int]]:
    """Indices in chunks of `size`, the last quarter in chunks of MIN_CHUNK, so the workers finish together."""
    tail = min(count, max(0, count // 4))
    body = count - tail
    starts = [*range(0, body, size), *range(body, count, MIN_CHUNK)]
    return [list(range(start, min(end, count))) for start, end in zip(starts, [*starts[1:], count])]


class _Shares:
    """Article shares by id, received from the workers as they are asked for (in date order, as each
    worker sends them), so this process replays early articles while the workers read later ones."""

    def __init__(self, crew: Crew) -> None:
        self.crew = crew
        self.received: dict[str, Any] = {}
        self.calls = 0

    def get(self, article_id: str) -> Any:
        """The share of an article, or None when no worker has one (it is read here instead).

        While replaying shares already received, what the workers sent meanwhile is taken in every few
        articles: a worker that has read all its share is then given another's unread ones at once.
        """
        crew = self.crew
        self.calls += 1
        if article_id in self.received:
            if self.calls % POLL_EVERY == 0 and crew.cross_sent:
                crew._receive_some(self.received, 0)
        else:
            while article_id not in self.received and crew.holder.get(article_id) in crew.cross_sent:
                crew._receive_some(self.received)
        return self.received.pop(article_id, None)


def run_stage(
    sources: Sequence[ArticleSource],
    on_result: OnResult,
    *,
    workers: int | None = None,
    cancelled: Cancelled = lambda: False,
    crew: Crew | None = None,
    texts: bool = True,
) -> None:
    """Analyse sources, calling on_result(index, json_text, result) as each finishes; chunked, cancellable.

    With a crew the sources are shared among its workers (one started here for the call when none is
    given and it pays); what a broken worker left undone is analysed in this process. Without `texts`
    (nothing is cached) a result analysed in this process is not written as JSON text (it is given as None).
    """
    if not sources:
        return
    own = crew is None
    if own:
        crew = Crew.start(len(sources), workers)
    try:
        pending = crew.analyse(sources, on_result, cancelled) if crew is not None else list(range(len(sources)))
    except BaseException:
        if own and crew is not None:
            crew.close(at_once=True)
        raise
    if own and crew is not None:
        crew.close()
    _run_here(sources, pending, on_result, cancelled, texts)


def _run_here(
    sources: Sequence[ArticleSource], indices: list[int], on_result: OnResult, cancelled: Cancelled, texts: bool = True
) -> None:
    """The per-article stage in this process, checking for cancellation between chunks."""
    for n, i in enumerate(indices):
        if n % MIN_CHUNK == 0 and cancelled():
            raise AnalysisCancelled()
        result = analyse_source(sources[i])
        on_result(i, encode_result(result) if texts else None, result)


__all__ = [
    "AnalysisCancelled",
    "Crew",
    "ArticleResult",
    "POOL_MIN_ARTICLES",
    "analyse_source",
    "available_cores",
    "chunk_size",
    "decode_result",
    "decode_results",
    "encode_result",
    "handed_over",
    "run_stage",
    "worker_usage",
]
