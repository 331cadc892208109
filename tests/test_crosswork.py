"""The cross-article stages split by article give exactly what one pass over every article gives."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace
from pathlib import Path

import pytest
from passages import article

from briefbook.core import pool
from briefbook.core.actors import article_evidence, find_actors, prepare_actors
from briefbook.core.analysis import analyze
from briefbook.core.crosswork import ArticleReader, replay
from briefbook.core.jsonout import analysis_to_dict
from briefbook.core.manifest import read_manifest
from briefbook.core.model import Mention
from briefbook.core.pool import POOL_MIN_ARTICLES
from briefbook.core.statements import extract_statements

PASSAGES = [
    [
        "Finance Minister Orla Quennell of Norway said on Monday that the levy would rise. \"We have no choice,\" she said.",
        "Norwegian officials said the talks in Oslo would resume. Quennell added that Germany had agreed.",
    ],
    [
        "German Chancellor Bruno Haldane warned that the plan was too costly, according to Reuters.",
        "The Haldane government rejected the proposal. He said Berlin would not pay.",
        "The German chancellor later told reporters the European Union must act.",
    ],
    [
        "Tomasz Ferreira, the Polish foreign minister, said Warsaw welcomed the deal.",
        "\"This is a good day,\" Ferreira said. French officials and NATO said they backed it.",
    ],
    [
        "The plan, presented by Quennell, was criticised by Haldane and by Ferreira.",
        "Ireland and the United Nations called for calm. Quennell and Haldane met in Geneva.",
    ],
]


def articles(count: int) -> list:
    """Articles cycling through the passages, each with its own id and date."""
    return [
        replace(
            article(PASSAGES[n % len(PASSAGES)], aid=f"x{n}", date=dt.date(2025, 1, 1) + dt.timedelta(days=n)),
            order=n,
        )
        for n in range(count)
    ]


def one_pass(arts):
    actors, mentions = find_actors(arts)
    return actors, mentions, extract_statements(arts, actors, mentions)


def shared(arts, readers: int, tamper=None):
    """Read the articles the way the workers do: evidence per article, one reader per share of the articles."""
    evidence = [article_evidence(a) for a in arts]
    finder = prepare_actors(arts, (), evidence)
    shares = {}
    for r in range(readers):
        reader = ArticleReader(pickle.loads(pickle.dumps(finder)), ())
        for art in arts[r::readers]:
            shares[art.id] = reader.read(art)
    if tamper:
        shares = tamper(shares)
    return replay(finder, arts, shares, ())


@pytest.mark.parametrize("readers", [1, 2, 3])
def test_shares_replayed_in_order_equal_one_pass(readers: int) -> None:
    arts = articles(12)
    actors, mentions, statements = one_pass(arts)
    assert statements and any(a.kind == "country" for a in actors) and any(a.aliases for a in actors)
    assert shared(arts, readers) == (actors, mentions, statements)


def test_articles_without_a_share_are_read_here() -> None:
    arts = articles(8)
    expected = one_pass(arts)
    assert shared(arts, 2, tamper=lambda shares: {k: v for k, v in shares.items() if k not in ("x1", "x4")}) == expected


def test_a_share_that_saw_another_kind_is_read_again() -> None:
    arts = articles(8)
    expected = one_pass(arts)

    def wrong_kind(shares):
        share = shares["x2"]
        assert share.kinds, "the passage names a place added while reading it"
        return {**shares, "x2": replace(share, kinds=tuple((aid, "organization") for aid, _ in share.kinds), statements=())}

    assert shared(arts, 2, tamper=wrong_kind) == expected


@pytest.mark.parametrize("batch", [1, 3, 4096])
def test_mentions_built_in_batches_of_any_size_are_the_one_pass_ones(monkeypatch, batch: int) -> None:
    from briefbook.core import crosswork

    monkeypatch.setattr(crosswork, "BUILD_BATCH", batch)
    arts = articles(8)
    expected = one_pass(arts)
    assert shared(arts, 2) == expected
    assert shared(arts, 2, tamper=lambda shares: {k: v for k, v in shares.items() if k not in ("x0", "x5")}) == expected


@pytest.fixture
def worded_briefing(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    lines = ["title: Worded", "articles:"]
    for n in range(POOL_MIN_ARTICLES + 10):
        (folder / f"w{n:03d}.txt").write_text("\n\n".join(PASSAGES[n % len(PASSAGES)]) + "\n", encoding="utf-8")
        day = dt.date(2025, 1, 1) + dt.timedelta(days=(n * 17) % 365)
        lines += [f"  - file: w{n:03d}.txt", f"    date: {day.isoformat()}"]
    manifest = folder / "briefing.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_manifest(manifest)[0]


@pytest.mark.parametrize("chunk", [4, 32])
def test_workers_give_the_one_process_result(worded_briefing, cache_home: Path, monkeypatch, chunk: int) -> None:
    monkeypatch.setattr(pool, "CROSS_CHUNK", chunk)
    single = analyze(worded_briefing, workers=1, use_cache=False)
    many = analyze(worded_briefing, workers=2, use_cache=False)
    assert single.statements and single.mentions
    assert many == single
    assert analysis_to_dict(many) == analysis_to_dict(single)


def test_an_idle_worker_takes_over_articles_and_the_result_is_the_same(worded_briefing, cache_home: Path, monkeypatch) -> None:
    import time

    from briefbook.core import crosswork

    single = analyze(worded_briefing, workers=1, use_cache=False)
    crews: list[pool.Crew] = []
    start = pool.Crew.start

    def recorded(cls, count: int, workers: int | None):
        crew = start(count, workers)
        crews.append(crew)
        return crew

    real_read = crosswork.ArticleReader.read

    def slow_read(self, article):
        time.sleep(0.01)
        return real_read(self, article)

    # Every article goes to the first worker (both chunks at once); reading is slowed (forked workers
    # inherit it), so the second worker, holding nothing, asks for the later half and reads it.
    monkeypatch.setattr(pool.Crew, "start", classmethod(recorded))
    monkeypatch.setattr(pool, "_chunks", lambda count, size: [list(range(count - 2)), list(range(count - 2, count))])
    monkeypatch.setattr(pool, "CROSS_CHUNK", 4)
    monkeypatch.setattr(crosswork.ArticleReader, "read", slow_read)
    many = analyze(worded_briefing, workers=2, use_cache=False)
    assert many == single
    assert analysis_to_dict(many) == analysis_to_dict(single)
    crew = crews[0]
    assert set(crew.holder.values()) == {0, 1}
    if pool._context(fork_ok=True).get_start_method() == "fork":
        assert crew.handed_over >= pool.MIN_CHUNK


def test_the_cross_result_a_crew_caches_from_its_columns_is_the_one_its_objects_give(
    worded_briefing, cache_home: Path, monkeypatch
) -> None:
    from briefbook.core import analysis as analysis_module

    written: list[str | None] = []
    real = analysis_module._encode_cross

    def spy(cross, arts, columns=None):
        assert columns and len(columns[Mention]) == 6 and len(columns[Mention][0]) == len(cross.mentions)
        text = real(cross, arts, columns)
        assert text is not None and text == real(cross, arts, None)
        written.append(text)
        return text

    monkeypatch.setattr(analysis_module, "_encode_cross", spy)
    many = analyze(worded_briefing, workers=2)
    assert len(written) == 1
    again = analyze(worded_briefing, workers=1)  # read back from the cache
    assert len(written) == 1
    assert analysis_to_dict(again) == analysis_to_dict(many) == analysis_to_dict(analyze(worded_briefing, workers=1, use_cache=False))


def test_the_workers_are_dismissed_before_the_results_are_written(worded_briefing, cache_home: Path, monkeypatch) -> None:
    from briefbook.core import analysis as analysis_module

    events: list[str] = []
    real_dismiss, real_close, real_encode = pool.Crew.dismiss, pool.Crew.close, analysis_module._encode_cross
    monkeypatch.setattr(pool.Crew, "dismiss", lambda self: (events.append("dismiss"), real_dismiss(self))[1])
    monkeypatch.setattr(pool.Crew, "close", lambda self, at_once=False: (events.append("close"), real_close(self, at_once))[1])
    monkeypatch.setattr(analysis_module, "_encode_cross", lambda *a: (events.append("write"), real_encode(*a))[1])
    many = analyze(worded_briefing, workers=2)
    assert events[:3] == ["dismiss", "write", "close"]
    assert analysis_to_dict(many) == analysis_to_dict(analyze(worded_briefing, workers=1, use_cache=False))
