"""The analysis cache: used on a second run, invalidated per article, rebuilt when corrupt, exact."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest

from briefbook.core import analysis as analysis_module
from briefbook.core import cache, figures, loading, serialize
from briefbook.core.analysis import analyze
from briefbook.core.columns import LazyItems
from briefbook.core.manifest import Problem, read_manifest
from briefbook.core.model import (
    Actor,
    ActorConfig,
    Article,
    ArticleSource,
    Dropped,
    EventDate,
    Figure,
    Mention,
    Paragraph,
    Sentence,
    Statement,
    Track,
)
from briefbook.core.pool import ArticleResult, encode_result

TOWNS = ["Harlow", "Ebbsfield", "Marrow Bay", "Quillan", "Tessaport"]


def article_text(n: int) -> str:
    """A small article of our own, different for every n."""
    town = TOWNS[n % len(TOWNS)]
    return (
        f"Council of {town} approves budget number {n}\n\n"
        f"The council of {town} approved a budget of {100 + n} million euros on Tuesday, officials said.\n\n"
        f"Mayor Ada Brennick said the plan would fund {n + 3} new schools. \"We kept our promise,\" she said.\n\n"
        f"Critics said the {n * 2 + 5} per cent rise in fees was too steep.\n"
    )


def fake_figures(article: Article) -> tuple[list[Figure], list[EventDate]]:
    """A stand-in figure stage: every number of every sentence, so the cache carries real figures."""
    found: list[Figure] = []
    for para in article.paragraphs:
        for sent in para.sentences:
            for m in re.finditer(r"\d+", sent.text):
                start, end = sent.start + m.start(), sent.start + m.end()
                value = float(m.group())
                found.append(
                    Figure(f"{article.id}-f{len(found)}", article.id, para.index, sent.index, start, end,
                           m.group(), value, None, value / 2 if value > 10 else None, "count", None, sent.text)
                )
    dates = [EventDate(article.id, 0, 0, 0, 4, "Tues", "2025-01-07")]
    return found, dates


def make_briefing(folder: Path, count: int) -> Path:
    """A manifest with `count` articles, dates spread over a year."""
    lines = ["title: Test briefing", "articles:"]
    for n in range(count):
        name = f"a{n:03d}.txt"
        (folder / name).write_text(article_text(n), encoding="utf-8")
        day = dt.date(2025, 1, 1) + dt.timedelta(days=(n * 37) % 365)
        lines += [f"  - file: {name}", f"    outlet: Outlet {n % 4}", f"    date: {day.isoformat()}"]
    manifest = folder / "briefing.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the per-article stage: every read_source call records the article id."""
    seen: list[str] = []
    real = loading.read_source

    def counting(source: ArticleSource):
        seen.append(source.id)
        return real(source)

    monkeypatch.setattr(loading, "read_source", counting)
    monkeypatch.setattr(figures, "extract_figures", fake_figures)
    return seen


def load(manifest: Path):
    briefing, problems = read_manifest(manifest)
    assert not problems
    return briefing


def test_second_run_reads_the_cache(tmp_path: Path, cache_home: Path, calls: list[str]) -> None:
    briefing = load(make_briefing(tmp_path, 6))
    first = analyze(briefing, workers=1)
    assert len(calls) == 6 and first.figures
    assert list(cache_home.glob("*.jsonl"))
    calls.clear()
    second = analyze(briefing, workers=1)
    assert calls == []
    assert second == first


def test_results_identical_with_and_without_cache(tmp_path: Path, cache_home: Path, calls: list[str]) -> None:
    briefing = load(make_briefing(tmp_path, 5))
    uncached = analyze(briefing, workers=1, use_cache=False)
    assert not list(cache_home.glob("*.jsonl"))
    analyze(briefing, workers=1)
    cached = analyze(briefing, workers=1)
    assert cached == uncached
    assert cached.figures == uncached.figures and cached.dates == uncached.dates


def test_a_reopen_holds_the_mentions_as_columns_and_they_are_the_analysed_ones(
    tmp_path: Path, cache_home: Path, calls: list[str]
) -> None:
    briefing = load(make_briefing(tmp_path, 6))
    uncached = analyze(briefing, workers=1, use_cache=False)
    analyze(briefing, workers=1)
    cached = analyze(briefing, workers=1)
    assert uncached.mentions and isinstance(cached._held("mentions"), LazyItems)
    for article in cached.articles:  # an article's mentions, built without building the others
        assert cached.by_paragraph.article(article.id) == uncached.by_paragraph.article(article.id)
    assert cached._held("mentions")._built is None
    assert cached.mentions == uncached.mentions and type(cached.mentions) is tuple and cached == uncached


def test_changed_article_is_the_only_one_reanalysed(tmp_path: Path, cache_home: Path, calls: list[str]) -> None:
    manifest = make_briefing(tmp_path, 6)
    analyze(load(manifest), workers=1)
    (tmp_path / "a003.txt").write_text(article_text(3) + "\nA late paragraph adds 77 buses.\n", encoding="utf-8")
    calls.clear()
    after = analyze(load(manifest), workers=1)
    assert calls == ["a003"]
    assert after == analyze(load(manifest), workers=1, use_cache=False)
    assert any(f.text == "77" for f in after.figures)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("outlet: Outlet 2", "outlet: Outlet Nine"),
        ("date: 2025-03-16", "date: 2025-03-17"),
        ("- file: a002.txt", "- file: a002.txt\n    title: A headline of our own"),
        ("- file: a002.txt", "- file: a002.txt\n    drop: ['Critics said']"),
        ("- file: a002.txt", "- file: a002.txt\n    id: renamed"),
    ],
)
def test_manifest_metadata_change_reanalyses_that_article(
    tmp_path: Path, cache_home: Path, calls: list[str], old: str, new: str
) -> None:
    manifest = make_briefing(tmp_path, 4)
    analyze(load(manifest), workers=1)
    text = manifest.read_text(encoding="utf-8")
    assert old in text
    manifest.write_text(text.replace(old, new, 1), encoding="utf-8")
    calls.clear()
    analyze(load(manifest), workers=1)
    assert len(calls) == 1


def test_reordering_the_manifest_reanalyses_nothing_and_keeps_the_new_order(
    tmp_path: Path, cache_home: Path, calls: list[str]
) -> None:
    manifest = tmp_path / "briefing.yaml"
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(article_text(n), encoding="utf-8")
    manifest.write_text("articles:\n  - file: a0.txt\n  - file: a1.txt\n  - file: a2.txt\n", encoding="utf-8")
    analyze(load(manifest), workers=1)
    manifest.write_text("articles:\n  - file: a2.txt\n  - file: a0.txt\n  - file: a1.txt\n", encoding="utf-8")
    calls.clear()
    moved = analyze(load(manifest), workers=1)
    assert calls == []
    assert [a.id for a in moved.articles] == ["a2", "a0", "a1"]
    assert moved == analyze(load(manifest), workers=1, use_cache=False)


def corrupt_everything(pack: Path) -> None:
    pack.write_bytes(b"\x00\xffnot a cache at all\n" * 50)


def corrupt_one_line(pack: Path) -> None:
    lines = pack.read_text(encoding="utf-8").split("\n")
    key, _, body = lines[2].partition("\t")
    lines[2] = f"{key}\t{body[: len(body) // 2]}"
    pack.write_text("\n".join(lines), encoding="utf-8")


def wrong_shape(pack: Path) -> None:
    lines = pack.read_text(encoding="utf-8").split("\n")
    for i in range(1, len(lines)):
        key, tab, _ = lines[i].partition("\t")
        if tab:
            lines[i] = f"{key}\t" + json.dumps([[1, 2, 3], "x", {"y": None}, 4])
    pack.write_text("\n".join(lines), encoding="utf-8")


def truncate(pack: Path) -> None:
    data = pack.read_bytes()
    pack.write_bytes(data[: len(data) // 3])


def empty(pack: Path) -> None:
    pack.write_bytes(b"")


@pytest.mark.parametrize("damage", [corrupt_everything, corrupt_one_line, wrong_shape, truncate, empty])
def test_corrupt_cache_is_rebuilt_without_a_crash(tmp_path: Path, cache_home: Path, calls: list[str], damage) -> None:
    briefing = load(make_briefing(tmp_path, 5))
    good = analyze(briefing, workers=1)
    (pack,) = cache_home.glob("*.jsonl")
    damage(pack)
    calls.clear()
    rebuilt = analyze(briefing, workers=1)
    assert rebuilt == good
    assert 1 <= len(calls) <= 5
    calls.clear()
    assert analyze(briefing, workers=1) == good
    assert calls == []


def test_no_cache_env_writes_nothing(tmp_path: Path, cache_home: Path, calls: list[str], monkeypatch) -> None:
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    briefing = load(make_briefing(tmp_path, 3))
    analyze(briefing, workers=1)
    analyze(briefing, workers=1)
    assert len(calls) == 6
    assert not cache_home.exists()


def test_unwritable_cache_dir_still_analyses(tmp_path: Path, monkeypatch, calls: list[str]) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocker / "cache"))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    briefing = load(make_briefing(tmp_path, 2))
    assert len(analyze(briefing, workers=1).articles) == 2


def test_unreadable_article_is_reported_on_every_run(tmp_path: Path, cache_home: Path, calls: list[str]) -> None:
    manifest = make_briefing(tmp_path, 2)
    (tmp_path / "a001.txt").unlink()
    first = analyze(load(manifest), workers=1)
    second = analyze(load(manifest), workers=1)
    assert len(first.articles) == 1 and first.problems
    assert second.problems == first.problems


SOURCE = ArticleSource("x", "/b/x.txt", 0, "Outlet", dt.date(2025, 5, 1), "Title", ("drop me",))


@pytest.mark.parametrize(
    "changed",
    [
        {"id": "y"},
        {"path": "/b/y.txt"},
        {"outlet": "Other"},
        {"date": dt.date(2025, 5, 2)},
        {"date": None},
        {"title": None},
        {"drop": ()},
        {"drop": ("drop me", "and me")},
    ],
)
def test_key_changes_with_metadata_that_shapes_the_reading(changed: dict) -> None:
    other = ArticleSource(**{**{f: getattr(SOURCE, f) for f in SOURCE.__slots__}, **changed})
    assert cache.source_key(SOURCE, b"text", "v1") != cache.source_key(other, b"text", "v1")


def test_key_changes_with_bytes_and_version_but_not_with_order() -> None:
    key = cache.source_key(SOURCE, b"text", "v1")
    assert cache.source_key(SOURCE, b"text!", "v1") != key
    assert cache.source_key(SOURCE, b"text", "v2") != key
    moved = ArticleSource(**{**{f: getattr(SOURCE, f) for f in SOURCE.__slots__}, "order": 7, "line": 40})
    assert cache.source_key(moved, b"text", "v1") == key


def test_analyser_version_names_the_package_and_the_code() -> None:
    from briefbook import __version__

    version = cache.analyser_version()
    assert version.startswith(__version__ + "+") and len(version) > len(__version__) + 8


def test_a_pack_saved_with_entries_as_read_and_new_ones_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "pack.jsonl"
    first = cache.Pack(path, "v1")
    wide = {"a": "plain", "b": "caf\u00e9 \u2014 \u4e2d\u6587 \U0001f600", "c": "x" * 1000}
    for key, body in wide.items():
        first.put(key, json.dumps(body, ensure_ascii=False))
    assert first.save()
    second = cache.Pack(path, "v1")
    assert {k: second.get(k) for k in wide} == {k: json.dumps(v, ensure_ascii=False) for k, v in wide.items()}
    second.put("d", json.dumps("n\u00e9w \U0001f600", ensure_ascii=False))  # one new entry; the others stay as read
    assert second.save()
    third = cache.Pack(path, "v1")
    assert {k: third.get(k) for k in "abcd"} == {**{k: json.dumps(v, ensure_ascii=False) for k, v in wide.items()},
                                                 "d": json.dumps("n\u00e9w \U0001f600", ensure_ascii=False)}
    assert path.read_bytes().decode("utf-8").splitlines()[1:] == [f"{k}\t{third.get(k)}" for k in "abcd"]


def test_atomic_write_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "pack.jsonl"
    cache.atomic_write(target, "old\n")
    cache.atomic_write(target, "new\n")
    assert target.read_text() == "new\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["pack.jsonl"]


SENT = Sentence("a1", 0, 0, 0, 11, "Hello there")
FIGURE = Figure("f1", "a1", 0, 0, 3, 9, "12,000", 12000.0, None, None, "troops", "about", "About 12,000 troops.", "ctx")
MODEL_VALUES = [
    SENT,
    Paragraph(0, "Hello there. Bye.", "body", (SENT,)),
    Paragraph(1, "Sentences from elsewhere", "subheading", (SENT,)),
    Dropped("Sign up", "newsletter", 4),
    Dropped("Credit", "credit", None),
    Article("a1", "/x/a1.txt", "T", None, dt.date(2024, 2, 29), (Paragraph(0, "Hello there", "body", (SENT,)),),
            ("cap",), (Dropped("x", "y"),), "cp1252", ("note",), 3, "text"),
    FIGURE,
    Figure("f2", "a1", 1, 2, 0, 5, "2-3 %", None, 2.0, 3.5, "percent", None, "2-3 % growth", None),
    EventDate("a1", 0, 0, 0, 7, "1 March", "2025-03-01"),
    EventDate("a1", 0, 0, 0, 7, "someday", None),
    Track("t1", "troops", "Troops", ("f1", "f2"), True, "sources differ"),
    Actor("p1", "Ada Brennick", "person", "mayor", ("Brennick",)),
    Mention("p1", "a1", 0, 6, 14, "Brennick"),
    Statement("s1", "p1", "a1", 0, 0, 0, 11, "direct", "Hello there", "Hello", "supports", "backs", "Q1?"),
    ActorConfig("Ada", "person", None, ("A.",), "g"),
    Problem("/x/a.txt", 1, 1, "note: decoded as cp1252"),
    ArticleResult(None, (), (), (Problem("f", 2, 3, "missing", True),)),
]


@pytest.mark.parametrize("compact", [True, False])
@pytest.mark.parametrize("value", MODEL_VALUES, ids=lambda v: type(v).__name__)
def test_model_values_round_trip_through_json(value, compact: bool) -> None:
    text = serialize.dumps(value, compact=compact)
    assert "\n" not in text
    back = serialize.loads(type(value), text)
    assert back == value and type(back) is type(value)


@pytest.mark.parametrize(
    ("tp", "data"),
    [
        (Sentence, ["a1", 0, 0, 0, 11]),
        (Sentence, ["a1", "zero", 0, 0, 11, "x"]),
        (Sentence, {"article": "a1"}),
        (Dropped, "text"),
        (EventDate, ["a1", 0, 0, 0, 7, "x", 5]),
        (Article, ["a1", "/f", "T", None, "not a date", [], [], [], "utf-8", [], 0, None]),
        (Paragraph, [0, "t", "body", "not a list"]),
    ],
)
def test_data_that_does_not_fit_its_type_is_refused(tp, data) -> None:
    with pytest.raises(serialize.SerializeError):
        serialize.from_data(tp, data)


def test_values_with_no_exact_json_form_are_not_cached() -> None:
    nan = Figure("f", "a", 0, 0, 0, 1, "x", float("nan"), None, None, None, None, "x")
    assert encode_result(ArticleResult(None, (nan,))) is None
    assert encode_result(ArticleResult(None, (FIGURE,))) is not None



def settle_files(cache_home: Path) -> None:
    """Move the pack's record of when it looked at the files well past their times, as if they had been written long before."""
    pack = next(cache_home.glob("*.jsonl"))
    text = pack.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith(cache.FILES_KEY + "\t"))
    record = json.loads(line.split("\t", 1)[1])
    record["at"] += 10 * cache.RACY_NS
    pack.write_text(text.replace(line, cache.FILES_KEY + "\t" + json.dumps(record)), encoding="utf-8")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article files read to work out their cache keys."""
    seen: list[str] = []
    real = analysis_module.read_bounded
    monkeypatch.setattr(analysis_module, "read_bounded", lambda path, limit: seen.append(path) or real(path, limit))
    return seen


def test_a_settled_file_is_not_read_again_to_find_its_key(tmp_path: Path, cache_home: Path, calls: list[str], reads: list[str]) -> None:
    manifest = make_briefing(tmp_path, 4)
    analyze(load(manifest), workers=1)
    settle_files(cache_home)
    reads.clear()
    calls.clear()
    again = analyze(load(manifest), workers=1)
    assert reads == [] and calls == []
    assert again == analyze(load(manifest), workers=1, use_cache=False)


def test_a_recent_file_is_read_to_find_its_key(tmp_path: Path, cache_home: Path, calls: list[str], reads: list[str]) -> None:
    manifest = make_briefing(tmp_path, 4)
    analyze(load(manifest), workers=1)
    reads.clear()
    calls.clear()
    analyze(load(manifest), workers=1)
    assert len(reads) == 4 and calls == []


def test_a_file_changed_in_place_with_its_old_size_and_time_is_read_again(
    tmp_path: Path, cache_home: Path, calls: list[str], reads: list[str]
) -> None:
    manifest = make_briefing(tmp_path, 3)
    analyze(load(manifest), workers=1)
    settle_files(cache_home)
    target = tmp_path / "a001.txt"
    before = target.stat()
    changed = article_text(1).replace("a", "o")
    assert changed != article_text(1) and len(changed.encode()) == before.st_size
    target.write_text(changed, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    calls.clear()
    after = analyze(load(manifest), workers=1)
    assert calls == ["a001"]
    assert after == analyze(load(manifest), workers=1, use_cache=False)
