"""Importing without the cyclic garbage collector: a start imports modules that build tens of thousands of
long-lived objects and no garbage cycles, and each collection on the way would walk them all again (about a
hundred collections, ~15 ms of a start)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused_while_importing() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, and restore it as it was (whatever the block raises)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
