"""The collector pause used around analysis batches, in one process and in the pool's workers."""

from __future__ import annotations

import gc

import pytest

from briefbook.core.collector import collector_paused


def test_no_collections_inside_and_what_was_built_is_frozen_after() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with collector_paused():
            assert not gc.isenabled()
            kept = [{"n": n} for n in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()


def test_the_collector_comes_back_after_an_error_and_stays_off_if_it_was_off() -> None:
    try:
        with pytest.raises(ZeroDivisionError), collector_paused():
            1 / 0  # noqa: B018
        assert gc.isenabled()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()

