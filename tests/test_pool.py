"""The per-article stage across processes: same results as one process, progress, cancellation, stderr bar."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from test_cache import make_briefing

from briefbook.core import loading, pool
from briefbook.core.analysis import AnalysisCancelled, analyze
from briefbook.core.jsonout import analysis_to_dict
from briefbook.core.manifest import read_manifest
from briefbook.core.pool import POOL_MIN_ARTICLES, chunk_size
from briefbook.core.progress import StderrProgress, render_bar

POOLED = POOL_MIN_ARTICLES + 14


@pytest.fixture
def pooled_briefing(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    manifest = make_briefing(folder, POOLED)
    manifest.write_text(manifest.read_text() + "  - file: broken.txt\n  - file: missing.txt\n", encoding="utf-8")
    briefing, _ = read_manifest(manifest)
    return briefing


def test_one_process_and_many_give_identical_results(pooled_briefing, cache_home: Path) -> None:
    single = analyze(pooled_briefing, workers=1, use_cache=False)
    many = analyze(pooled_briefing, workers=2, use_cache=False)
    assert len(single.articles) == POOLED and len(single.problems) == 2
    assert many == single
    assert analysis_to_dict(many) == analysis_to_dict(single)


def test_pool_fills_the_cache_that_one_process_then_reads(pooled_briefing, cache_home: Path, monkeypatch) -> None:
    pooled = analyze(pooled_briefing, workers=2)
    seen: list[str] = []
    real = loading.read_source
    monkeypatch.setattr(loading, "read_source", lambda s: (seen.append(s.id), real(s))[1])
    again = analyze(pooled_briefing, workers=1)
    assert again == pooled
    assert seen == ["missing"]


def test_progress_counts_every_article_up_to_the_total(pooled_briefing, cache_home: Path) -> None:
    reports: list[tuple[int, int]] = []
    analyze(pooled_briefing, progress=lambda d, t: reports.append((d, t)), workers=2, use_cache=False)
    total = len(pooled_briefing.sources)
    assert reports[-1] == (total, total)
    assert all(t == total for _, t in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_progress_starts_with_the_cached_articles(pooled_briefing, cache_home: Path) -> None:
    analyze(pooled_briefing, workers=2)
    reports: list[tuple[int, int]] = []
    analyze(pooled_briefing, progress=lambda d, t: reports.append((d, t)), workers=2)
    total = len(pooled_briefing.sources)
    assert reports[0] == (total - 1, total)
    assert reports[-1] == (total, total)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_set_event_cancels_before_any_work(pooled_briefing, cache_home: Path, workers: int) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(AnalysisCancelled):
        analyze(pooled_briefing, cancel=stop, workers=workers)


@pytest.mark.parametrize("workers", [1, 2])
def test_cancelling_midway_keeps_finished_articles_in_the_cache(
    pooled_briefing, cache_home: Path, monkeypatch, workers: int
) -> None:
    done_so_far = [0]

    def record(done: int, total: int) -> None:
        done_so_far[0] = done

    with pytest.raises(AnalysisCancelled):
        analyze(pooled_briefing, progress=record, cancel=lambda: done_so_far[0] >= 10, workers=workers)
    finished = done_so_far[0]
    assert 10 <= finished < len(pooled_briefing.sources)
    seen: list[str] = []
    real = loading.read_source
    monkeypatch.setattr(loading, "read_source", lambda s: (seen.append(s.id), real(s))[1])
    complete = analyze(pooled_briefing, workers=1)
    assert len(seen) <= len(pooled_briefing.sources) - finished + 2
    assert complete == analyze(pooled_briefing, workers=1, use_cache=False)


@pytest.mark.parametrize(
    ("count", "workers", "expected"),
    [(60, 2, 8), (1000, 2, 63), (10000, 2, 64), (100, 4, 8), (3000, 4, 64)],
)
def test_chunks_stay_between_the_bounds(count: int, workers: int, expected: int) -> None:
    assert chunk_size(count, workers) == expected


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_is_not_drawn_on_a_pipe() -> None:
    stream = io.StringIO()
    bar = StderrProgress(stream=stream, delay=0)
    bar(5, 10)
    bar.close()
    assert stream.getvalue() == ""


def test_bar_waits_for_the_delay() -> None:
    stream = FakeTerminal()
    bar = StderrProgress(stream=stream, delay=3600)
    bar(10, 10)
    assert stream.getvalue() == ""


def test_bar_draws_on_a_terminal_and_clears_itself() -> None:
    stream = FakeTerminal()
    with StderrProgress("analysing", stream=stream, delay=0) as bar:
        bar(10, 10)
    out = stream.getvalue()
    assert "analysing [" in out and "10/10" in out
    assert out.endswith("\r\x1b[2K")


@pytest.mark.parametrize(
    ("done", "total", "expected"),
    [(0, 4, "x [........] 0/4"), (2, 4, "x [####....] 2/4"), (4, 4, "x [########] 4/4"), (0, 0, "x [########] 0/0")],
)
def test_render_bar(done: int, total: int, expected: str) -> None:
    assert render_bar("x", done, total, width=8) == expected


def test_articles_are_handed_over_in_date_order_before_the_analysis_ends(pooled_briefing, cache_home: Path) -> None:
    handed: list[tuple[list, list]] = []
    analysis = analyze(pooled_briefing, workers=1, on_articles=lambda arts, probs: handed.append((arts, probs)))
    assert len(handed) == 1
    assert tuple(handed[0][0]) == analysis.articles
    assert tuple(handed[0][1]) == analysis.problems


def test_no_worker_processes_to_be_had_falls_back_to_this_process(pooled_briefing, cache_home: Path, monkeypatch) -> None:
    import multiprocessing

    class Refusing:
        """A start method whose processes cannot start (as on a host that swapped out the standard streams)."""

        Pipe = staticmethod(multiprocessing.Pipe)

        @staticmethod
        def get_start_method() -> str:
            return "forkserver"

        class Process:
            def __init__(self, *args, **kwargs) -> None:
                pass

            def start(self) -> None:
                raise ValueError("bad value(s) in fds_to_keep")

    monkeypatch.setattr(pool, "_context", lambda fork_ok=False: Refusing)
    assert pool.Crew.start(POOLED, 2) is None
    fallback = analyze(pooled_briefing, workers=2, use_cache=False)
    monkeypatch.undo()
    single = analyze(pooled_briefing, workers=1, use_cache=False)
    assert analysis_to_dict(fallback) == analysis_to_dict(single)


def test_a_dead_worker_leaves_its_work_to_the_others(pooled_briefing, cache_home: Path) -> None:
    sources = pooled_briefing.sources
    crew = pool.Crew.start(len(sources), 2)
    assert crew is not None
    crew.processes[0].kill()
    crew.processes[0].join()
    results: dict[int, pool.ArticleResult] = {}
    pending = crew.analyse(sources, lambda i, text, result: results.__setitem__(i, result), lambda: False)
    crew.close()
    assert sorted([*pending, *results]) == list(range(len(sources)))
    assert set(crew.holder.values()) == {1}
    assert all(results[i] == pool.analyse_source(sources[i]) for i in results)


@pytest.mark.parametrize(("count", "size"), [(1000, 63), (64, 8), (10, 8), (0, 8), (3000, 64)])
def test_chunks_cover_every_index_once_and_end_small(count: int, size: int) -> None:
    chunks = pool._chunks(count, size)
    assert [i for chunk in chunks for i in chunk] == list(range(count))
    assert all(len(chunk) <= size for chunk in chunks)
    assert all(len(chunk) <= pool.MIN_CHUNK for chunk in chunks if chunk[0] >= count - count // 4)


class _FakeConn:
    """A worker's end of the pipe: requests queued to arrive after given numbers of polls, replies recorded."""

    def __init__(self, requests: dict[int, tuple]) -> None:
        self.requests = requests
        self.polls = 0
        self.sent: list[tuple] = []

    def poll(self) -> bool:
        self.polls += 1
        return self.polls in self.requests

    def recv(self) -> tuple:
        return self.requests[self.polls]

    def send(self, reply: tuple) -> None:
        self.sent.append(reply)


class _Reader:
    def read(self, article: str) -> str:
        return f"share of {article}"


def test_a_reading_worker_gives_up_unread_articles_after_any_article() -> None:
    ids = [f"a{n}" for n in range(pool.CROSS_CHUNK + 10)]
    held = {i: i for i in ids}
    # Asked after its third article for the last five and for one it has read already.
    conn = _FakeConn({3: ("give", [ids[1], *ids[-5:]])})
    last = pool._read_shares(conn, _Reader(), held, list(ids))
    given = [reply for reply in conn.sent if reply[0] == "given"]
    assert [reply[1] for reply in given] == [ids[-5:]]
    read = [aid for reply in [*conn.sent, last] if reply[0] in ("cross", "cross-end") for aid, _ in reply[1]]
    assert read == ids[:-5] and last[0] == "cross-end"
    assert held == {}
    assert all(len(reply[1]) == pool.CROSS_CHUNK for reply in conn.sent if reply[0] == "cross")
