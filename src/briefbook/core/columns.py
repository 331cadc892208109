"""Objects held as checked columns and built when they are asked for.

A reopened ten-thousand-article briefing has about 600,000 mentions; the first screen needs those of
one article. `LazyItems` holds a class's objects as columns (integers in arrays, text as a table of
distinct values and indices into it), already checked, so building any of them cannot fail: one
object, a slice (a tuple, as slicing a tuple gives) or all of them at once (`materialise`, built once
and kept). `column` gives one field of every object without building any.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterator, Sequence
from typing import Any

from . import serialize

# A column: ("i", integers) or ("s", table, indices into the table).
Column = tuple


class LazyItems(Sequence):
    """A read-only sequence of dataclass objects built from columns as they are asked for."""

    __slots__ = ("_built", "_cls", "_columns", "_count", "_lock")

    def __init__(self, cls: type, columns: Sequence[Column], count: int) -> None:
        """Objects of `cls`, one column per field in field order, each of `count` checked values."""
        if len(columns) != len(serialize.field_names(cls)):
            raise ValueError(f"{cls.__name__}: one column per field")
        for column in columns:
            values = column[1] if column[0] == "i" else column[2]
            if len(values) != count:
                raise ValueError(f"{cls.__name__}: a column of the wrong length")
        self._cls = cls
        self._columns = tuple(columns)
        self._count = count
        self._built: tuple | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._count

    def _values(self, column: Column, where: slice) -> list:
        if column[0] == "i":
            values = column[1][where]
            return values.tolist() if type(values) is array else list(values)
        table = column[1]
        return list(map(table.__getitem__, column[2][where]))

    def _build(self, where: slice) -> tuple:
        count = len(range(*where.indices(self._count)))
        return serialize.build_many(self._cls, [self._values(c, where) for c in self._columns], count)

    def __getitem__(self, where: Any) -> Any:
        """One object (an int index) or a tuple of them (a slice), built now unless all are built already."""
        if self._built is not None:
            return self._built[where]
        if isinstance(where, slice):
            return self._build(where)
        at = where.__index__()
        if at < 0:
            at += self._count
        if not 0 <= at < self._count:
            raise IndexError("index out of range")
        return self._build(slice(at, at + 1))[0]

    def __iter__(self) -> Iterator:
        return iter(self.materialise())

    def column(self, name: str) -> list:
        """One field of every object, in order, without building the objects."""
        return self._values(self._columns[serialize.field_names(self._cls).index(name)], slice(None))

    def materialise(self) -> tuple:
        """Every object as a tuple (built the first time, then kept)."""
        built = self._built
        if built is None:
            with self._lock:
                if self._built is None:
                    self._built = self._build(slice(None))
                built = self._built
        return built

    def __repr__(self) -> str:
        state = "built" if self._built is not None else "not built"
        return f"<LazyItems of {self._count} {self._cls.__name__} ({state})>"


__all__ = ["LazyItems"]
