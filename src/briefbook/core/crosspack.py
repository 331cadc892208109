"""The cross-article result in a columnar JSON form that a reopened briefing decodes in bulk.

Mentions and statements run to hundreds of thousands in a large briefing; stored one object per
list they dominate a reopen. Here each field is a column: integers as plain arrays, strings as a
table of distinct values plus an array of indices into it, and the fields that repeat the articles'
text (a statement's sentence and id) left out and rebuilt from the articles. An array of integers
that fit in 32 bits is written as the base64 text of their little-endian bytes in the narrowest of
unsigned 8 or 16 bits or signed 32 bits that holds them all ("b"), which reads back in one C call
instead of a JSON number at a time; others are JSON lists ("i"). Columns are
checked in bulk (every item's type at once, index bounds by min and max), and the objects are built
a column at a time (serialize.build_many), never field by field in Python. The mentions (about
600,000 in a ten-thousand-article briefing, of which a first screen shows one article's) can be
read as checked columns whose objects are built when asked for (columns.LazyItems).
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
from array import array
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from . import serialize
from .columns import LazyItems
from .model import Actor, Article, Mention, Statement, Track

FORMAT = "cross-columns/2"
_INT = frozenset({int})
_TEXT = frozenset({str})
_TEXT_OR_NONE = frozenset({str, type(None)})
# Packed integer widths: array typecode -> (bytes per item, lowest, highest), narrowest first.
_WIDTHS = {"B": (1, 0, 2**8 - 1), "H": (2, 0, 2**16 - 1), "i": (4, -(2**31), 2**31 - 1)}
_PACKED = all(array(code).itemsize == size for code, (size, _, _) in _WIDTHS.items())
_SWAP = sys.byteorder != "little"

Derive = Callable[[dict[str, list], dict[tuple[str, int], str]], list]


def _statement_id(columns: dict[str, list], texts: dict[tuple[str, int], str]) -> list[str]:
    """A statement's id from where it stands and who makes it."""
    return [
        f"{a}-p{p}-s{s}-{actor}"
        for a, p, s, actor in zip(columns["article"], columns["paragraph"], columns["sentence"], columns["actor"])
    ]


def _sentence_text(columns: dict[str, list], texts: dict[tuple[str, int], str]) -> list[str]:
    """A statement's sentence as the slice of its paragraph's text (one C-level pass per step)."""
    paragraphs = map(texts.__getitem__, zip(columns["article"], columns["paragraph"]))
    return list(map(str.__getitem__, paragraphs, map(slice, columns["start"], columns["end"])))


_INT_FIELDS = {
    Mention: ("paragraph", "start", "end"),
    Statement: ("paragraph", "sentence", "start", "end"),
}
_DERIVED: dict[type, dict[str, Derive]] = {
    Mention: {},
    Statement: {"id": _statement_id, "sentence_text": _sentence_text},
}


def _pack_ints(column: list[int]) -> list:
    """A column of exact ints: ["b", typecode, base64 of the little-endian items] when they fit in 32 bits,
    in the narrowest width that holds them all; else ["i", list]."""
    low, high = (min(column), max(column)) if column else (0, 0)
    code = next((c for c, (_, lo, hi) in _WIDTHS.items() if lo <= low and high <= hi), None)
    if not _PACKED or code is None:
        return ["i", column]
    values = array(code, column)
    if _SWAP:
        values.byteswap()
    return ["b", code, base64.b64encode(values.tobytes()).decode("ascii")]


def _unpack_ints(spec: list, count: int, what: str) -> array | list:
    """The integers of a column written by _pack_ints (checked: exact ints, `count` of them)."""
    tag = spec[0] if type(spec) is list and spec else None
    if tag == "b" and len(spec) == 3 and type(spec[1]) is str and spec[1] in _WIDTHS and type(spec[2]) is str and _PACKED:
        try:
            raw = base64.b64decode(spec[2], validate=True)
        except (binascii.Error, ValueError):
            raise serialize.SerializeError(f"{what}: bad packed integers") from None
        if len(raw) != _WIDTHS[spec[1]][0] * count:
            raise serialize.SerializeError(f"{what}: packed integers of the wrong length")
        values = array(spec[1])
        values.frombytes(raw)
        if _SWAP:
            values.byteswap()
        return values
    if tag == "i" and len(spec) == 2:
        column = spec[1]
        if type(column) is list and len(column) == count and set(map(type, column)) <= _INT:
            return column
    raise serialize.SerializeError(f"{what}: bad integers")


def _unsigned(values: array | list) -> bool:
    """Whether integers are of an unsigned packed width (never below zero)."""
    return type(values) is array and values.typecode in ("B", "H")


def paragraph_texts(articles: Sequence[Article]) -> dict[tuple[str, int], str]:
    """Each paragraph's text by (article id, paragraph index)."""
    return {(a.id, p.index): p.text for a in articles for p in a.paragraphs}


def _encode_items(cls: type, items: Sequence[Any], texts: dict[tuple[str, int], str],
                  given: Sequence[list] | None = None) -> dict[str, Any]:
    """One class's objects as columns: ints as arrays, strings as table + indices, derivable fields left out.

    `given`, when there is one, is the objects' fields as lists (one per field, in field order) that they
    were built from, used instead of reading every object again."""
    names = serialize.field_names(cls)
    if given is not None and len(given) == len(names) and all(type(c) is list and len(c) == len(items) for c in given):
        columns = dict(zip(names, given))
    else:
        if not set(map(type, items)) <= {cls}:
            raise serialize.SerializeError(f"{cls.__name__}: objects of another class")
        columns = {n: list(map(attrgetter(n), items)) for n in names}
    out: dict[str, Any] = {}
    derived = _DERIVED[cls]
    for name in names:
        column = columns[name]
        if name in _INT_FIELDS[cls]:
            if not set(map(type, column)) <= _INT:
                raise serialize.SerializeError(f"{cls.__name__}.{name}: not all integers")
            out[name] = _pack_ints(column)
            continue
        if name in derived:
            try:
                if derived[name](columns, texts) == column:
                    out[name] = ["d"]
                    continue
            except (KeyError, TypeError):
                pass
        if not set(map(type, column)) <= (_TEXT_OR_NONE if _optional(cls, name) else _TEXT):
            raise serialize.SerializeError(f"{cls.__name__}.{name}: not all text")
        table = {v: n for n, v in enumerate(dict.fromkeys(column))}
        out[name] = ["s", list(table), _pack_ints(list(map(table.__getitem__, column)))]
    return {"n": len(items), "fields": out}


def _decode_items(cls: type, data: Any, texts: dict[tuple[str, int], str], *, lazy: bool = False) -> tuple | LazyItems:
    """The objects of one class from their columns, checked in bulk; with `lazy`, the checked columns
    (columns.LazyItems, built as they are asked for) when the class has no field rebuilt from the articles."""
    if type(data) is not dict or type(data.get("n")) is not int or type(data.get("fields")) is not dict:
        raise serialize.SerializeError(f"{cls.__name__}: not a column set")
    count, fields = data["n"], data["fields"]
    names = serialize.field_names(cls)
    if set(fields) != set(names):
        raise serialize.SerializeError(f"{cls.__name__}: wrong fields")
    specs: dict[str, tuple] = {}
    later: list[str] = []
    for name in names:
        spec = fields[name]
        if type(spec) is not list or not spec:
            raise serialize.SerializeError(f"{cls.__name__}.{name}: bad column")
        tag = spec[0]
        if tag in ("i", "b") and name in _INT_FIELDS[cls]:
            specs[name] = ("i", _unpack_ints(spec, count, f"{cls.__name__}.{name}"))
        elif tag == "s" and len(spec) == 3 and name not in _INT_FIELDS[cls]:
            table = spec[1]
            index = _unpack_ints(spec[2], count, f"{cls.__name__}.{name}") if type(spec[2]) is list else None
            if (
                type(table) is not list or index is None
                or not set(map(type, table)) <= (_TEXT_OR_NONE if _optional(cls, name) else _TEXT)
                or (count and ((not _unsigned(index) and min(index) < 0) or max(index) >= len(table)))
            ):
                raise serialize.SerializeError(f"{cls.__name__}.{name}: bad text column")
            specs[name] = ("s", table, index)
        elif tag == "d" and len(spec) == 1 and name in _DERIVED[cls]:
            later.append(name)
        else:
            raise serialize.SerializeError(f"{cls.__name__}.{name}: bad column")
    if lazy and not later:
        return LazyItems(cls, [specs[n] for n in names], count)
    columns: dict[str, list] = {}
    for name, spec in specs.items():
        if spec[0] == "i":
            columns[name] = spec[1].tolist() if type(spec[1]) is array else spec[1]
        else:
            columns[name] = list(map(spec[1].__getitem__, spec[2]))
    for name in later:
        try:
            columns[name] = _DERIVED[cls][name](columns, texts)
        except (KeyError, TypeError) as exc:
            raise serialize.SerializeError(f"{cls.__name__}.{name}: cannot rebuild ({exc})") from None
    return serialize.build_many(cls, [columns[n] for n in names], count)


def _optional(cls: type, name: str) -> bool:
    """True when a text field may be None."""
    return cls is Statement and name in ("quote", "stance", "stance_words", "question")


def dumps(tracks: Sequence[Track], actors: Sequence[Actor], mentions: Sequence[Mention], statements: Sequence[Statement],
          articles: Sequence[Article]) -> str:
    """The cross-article result as one line of JSON."""
    return _dumps(tracks, actors, mentions, statements, articles)[0]


def checked_dumps(tracks: Sequence[Track], actors: Sequence[Actor], mentions: Sequence[Mention],
                  statements: Sequence[Statement], articles: Sequence[Article],
                  columns: dict[type, Sequence[list]] | None = None) -> str:
    """dumps, raising SerializeError unless `loads` gives back exactly these values for these articles.

    Mentions and statements are built from their columns field by field, every column already passes
    the checks `loads` makes (types, bounds, fields rebuilt from the articles as they are), and holds
    only what JSON gives back exactly (exact ints, exact strs, None, in lists and one dict of fixed
    keys), so they read back exactly without reading them: what is read back and compared is the
    tracks and the actors, written the general way. `columns`, when given, holds the fields of the mentions
    (under Mention) and of the statements (under Statement) as the lists they were built from.
    """
    text, data = _dumps(tracks, actors, mentions, statements, articles, columns)
    try:
        back = json.loads(json.dumps(data[1:3], ensure_ascii=False, allow_nan=False))
    except ValueError as exc:
        raise serialize.SerializeError(str(exc)) from None
    if (
        back != data[1:3]
        or serialize.from_data(tuple[Track, ...], back[0]) != tuple(tracks)
        or serialize.from_data(tuple[Actor, ...], back[1]) != tuple(actors)
    ):
        raise serialize.SerializeError("the cross-article result does not read back as it was")
    return text


def _dumps(tracks: Sequence[Track], actors: Sequence[Actor], mentions: Sequence[Mention], statements: Sequence[Statement],
           articles: Sequence[Article], columns: dict[type, Sequence[list]] | None = None) -> tuple[str, list]:
    """The cross-article result as one line of JSON, and the data it encodes."""
    texts = paragraph_texts(articles)
    data = [
        FORMAT,
        serialize.to_data(list(tracks), compact=True),
        serialize.to_data(list(actors), compact=True),
        _encode_items(Mention, mentions, texts, (columns or {}).get(Mention)),
        _encode_items(Statement, statements, texts, (columns or {}).get(Statement)),
    ]
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False), data
    except ValueError as exc:
        raise serialize.SerializeError(str(exc)) from None


def loads(text: str, articles: Sequence[Article], *, lazy_mentions: bool = False) -> tuple[
    tuple[Track, ...], tuple[Actor, ...], tuple[Mention, ...] | LazyItems, tuple[Statement, ...]
]:
    """(tracks, actors, mentions, statements) from the text `dumps` wrote for the same articles.

    With `lazy_mentions`, the mentions come as checked columns (columns.LazyItems) built as they are asked for.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise serialize.SerializeError(f"not JSON: {exc}") from None
    if type(data) is not list or len(data) != 5 or data[0] != FORMAT:
        raise serialize.SerializeError("not a columnar cross-article result")
    texts = paragraph_texts(articles)
    tracks = serialize.from_data(tuple[Track, ...], data[1])
    actors = serialize.from_data(tuple[Actor, ...], data[2])
    return tracks, actors, _decode_items(Mention, data[3], texts, lazy=lazy_mentions), _decode_items(Statement, data[4], texts)


__all__ = ["FORMAT", "checked_dumps", "dumps", "loads", "paragraph_texts"]
