"""The compiled-code cache for data classes: same classes, compiled once, a bad file ignored and replaced."""

from __future__ import annotations

import dataclasses

import pytest

from briefbook import codecache


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The cache installed on a folder of its own, and the previous state restored afterwards."""
    monkeypatch.delenv(codecache.NO_CODE_CACHE_ENV, raising=False)
    before = codecache._installed
    had_exec = "exec" in vars(dataclasses)
    previous_exec = vars(dataclasses).get("exec")
    codecache._installed = None
    if had_exec:
        del dataclasses.exec
    yield tmp_path
    codecache.uninstall()
    codecache._installed = before
    if had_exec:
        dataclasses.exec = previous_exec


def define():
    """A frozen, slotted data class with defaults and a string annotation, defined anew."""

    @dataclasses.dataclass(frozen=True, slots=True, order=True)
    class Point:
        x: int
        y: str = "origin"
        tags: tuple = dataclasses.field(default=(), compare=False)

    return Point


def behaviour(cls) -> tuple:
    """What a caller can see of the class."""
    a, b = cls(1), cls(1, "north", ("t",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 2
    return (
        repr(a), repr(b), a == cls(1), a == b, a < b, hash(a) == hash(cls(1)),
        [f.name for f in dataclasses.fields(cls)], cls.__init__.__annotations__, cls.__match_args__,
    )


def test_classes_built_from_the_cache_behave_as_without_it(fresh) -> None:
    plain = behaviour(define())
    cache = codecache.install(fresh)
    first = behaviour(define())
    assert cache.added > 0
    compiled = cache.added
    second = behaviour(define())
    assert cache.added == compiled  # the same texts are not compiled again
    assert plain == first == second


def test_a_saved_cache_is_read_by_the_next_start_and_compiles_nothing(fresh) -> None:
    cache = codecache.install(fresh)
    define()
    cache.save()
    assert cache.path.is_file() and cache.added == 0
    codecache.uninstall()
    again = codecache.install(fresh)
    assert again is not cache and len(again.codes) == len(cache.codes)
    assert behaviour(define()) == behaviour(define())
    assert again.added == 0


def test_a_corrupt_cache_file_is_ignored_and_replaced(fresh) -> None:
    path = codecache.cache_file(fresh)
    path.parent.mkdir(parents=True)
    for junk in (b"not a cache", codecache._MAGIC + b"\x00\xffgarbage", b""):
        path.write_bytes(junk)
        codecache.uninstall()
        cache = codecache.install(fresh)
        assert cache.codes == {}
        assert behaviour(define())[0] .endswith("Point(x=1, y='origin', tags=())")
        cache.save()
        assert path.read_bytes().startswith(codecache._MAGIC)


def test_the_cache_can_be_turned_off(fresh, monkeypatch) -> None:
    monkeypatch.setenv(codecache.NO_CODE_CACHE_ENV, "1")
    assert codecache.install(fresh) is None
    assert "exec" not in vars(dataclasses)
    assert behaviour(define())[0] .endswith("Point(x=1, y='origin', tags=())")
