"""The collector is paused while the app's modules are imported, and comes back as it was."""

from __future__ import annotations

import gc

import pytest

from briefbook.gcpause import collector_paused_while_importing


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_in_the_block_and_restored_after_it(enabled: bool) -> None:
    before = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(ZeroDivisionError), collector_paused_while_importing():
            assert not gc.isenabled()
            raise ZeroDivisionError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if before else gc.disable)()


def test_importing_the_app_leaves_the_collector_running() -> None:
    import briefbook.ui.app  # noqa: F401

    assert gc.isenabled()
