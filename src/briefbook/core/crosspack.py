"""The cross-article result in a columnar JSON form that a reopened briefing decodes in bulk.

Mentions and statements run to hundreds of thousands in a large briefing; stored one object per
list they dominate a reopen. Here each field is a column: integers as plain arrays, strings as a
table of distinct values plus an array of indices into it, and the fields that repeat the articles'
text (a statement's sentence and id) left out and rebuilt from the articles. Columns are checked
in bulk (every item's type at once, index bounds by min and max), and the objects are built a
column at a time (serialize.build_many), never field by field in Python.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from . import serialize
from .model import Actor, Article, Mention, Statement, Track

FORMAT = "cross-columns/1"
_INT = frozenset({int})
_TEXT = frozenset({str})
_TEXT_OR_NONE = frozenset({str, type(None)})

Derive = Callable[[dict[str, list], dict[tuple[str, int], str]], list]


def _statement_id(columns: dict[str, list], texts: dict[tuple[str, int], str]) -> list[str]:
    """A statement's id from where it stands and who makes it."""
    return [
        f"{a}-p{p}-s{s}-{actor}"
        for a, p, s, actor in zip(columns["article"], columns["paragraph"], columns["sentence"], columns["actor"])
    ]


def _sentence_text(columns: dict[str, list], texts: dict[tuple[str, int], str]) -> list[str]:
    """A statement's sentence as the slice of its paragraph's text."""
    return [texts[(a, p)][s:e] for a, p, s, e in zip(columns["article"], columns["paragraph"], columns["start"], columns["end"])]


_INT_FIELDS = {
    Mention: ("paragraph", "start", "end"),
    Statement: ("paragraph", "sentence", "start", "end"),
}
_DERIVED: dict[type, dict[str, Derive]] = {
    Mention: {},
    Statement: {"id": _statement_id, "sentence_text": _sentence_text},
}


def paragraph_texts(articles: Sequence[Article]) -> dict[tuple[str, int], str]:
    """Each paragraph's text by (article id, paragraph index)."""
    return {(a.id, p.index): p.text for a in articles for p in a.paragraphs}


def _encode_items(cls: type, items: Sequence[Any], texts: dict[tuple[str, int], str]) -> dict[str, Any]:
    """One class's objects as columns: ints as arrays, strings as table + indices, derivable fields left out."""
    if not set(map(type, items)) <= {cls}:
        raise serialize.SerializeError(f"{cls.__name__}: objects of another class")
    names = serialize.field_names(cls)
    columns = {n: list(map(attrgetter(n), items)) for n in names}
    out: dict[str, Any] = {}
    derived = _DERIVED[cls]
    for name in names:
        column = columns[name]
        if name in _INT_FIELDS[cls]:
            if not set(map(type, column)) <= _INT:
                raise serialize.SerializeError(f"{cls.__name__}.{name}: not all integers")
            out[name] = ["i", column]
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
        out[name] = ["s", list(table), list(map(table.__getitem__, column))]
    return {"n": len(items), "fields": out}


def _decode_items(cls: type, data: Any, texts: dict[tuple[str, int], str]) -> tuple:
    """The objects of one class from their columns, checked in bulk."""
    if type(data) is not dict or type(data.get("n")) is not int or type(data.get("fields")) is not dict:
        raise serialize.SerializeError(f"{cls.__name__}: not a column set")
    count, fields = data["n"], data["fields"]
    names = serialize.field_names(cls)
    if set(fields) != set(names):
        raise serialize.SerializeError(f"{cls.__name__}: wrong fields")
    columns: dict[str, list] = {}
    later: list[str] = []
    for name in names:
        spec = fields[name]
        if type(spec) is not list or not spec:
            raise serialize.SerializeError(f"{cls.__name__}.{name}: bad column")
        tag = spec[0]
        if tag == "i" and len(spec) == 2 and name in _INT_FIELDS[cls]:
            column = spec[1]
            if type(column) is not list or len(column) != count or not set(map(type, column)) <= _INT:
                raise serialize.SerializeError(f"{cls.__name__}.{name}: bad integers")
            columns[name] = column
        elif tag == "s" and len(spec) == 3 and name not in _INT_FIELDS[cls]:
            table, index = spec[1], spec[2]
            if (
                type(table) is not list or type(index) is not list or len(index) != count
                or not set(map(type, table)) <= (_TEXT_OR_NONE if _optional(cls, name) else _TEXT)
                or not set(map(type, index)) <= _INT
                or (count and (min(index) < 0 or max(index) >= len(table)))
            ):
                raise serialize.SerializeError(f"{cls.__name__}.{name}: bad text column")
            columns[name] = list(map(table.__getitem__, index))
        elif tag == "d" and len(spec) == 1 and name in _DERIVED[cls]:
            later.append(name)
        else:
            raise serialize.SerializeError(f"{cls.__name__}.{name}: bad column")
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
                  statements: Sequence[Statement], articles: Sequence[Article]) -> str:
    """dumps, raising SerializeError unless `loads` gives back exactly these values for these articles.

    Mentions and statements are built from their columns field by field, every column already passes
    the checks `loads` makes (types, bounds, fields rebuilt from the articles as they are), and holds
    only what JSON gives back exactly (exact ints, exact strs, None, in lists and one dict of fixed
    keys), so they read back exactly without reading them: what is read back and compared is the
    tracks and the actors, written the general way.
    """
    text, data = _dumps(tracks, actors, mentions, statements, articles)
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
           articles: Sequence[Article]) -> tuple[str, list]:
    """The cross-article result as one line of JSON, and the data it encodes."""
    texts = paragraph_texts(articles)
    data = [
        FORMAT,
        serialize.to_data(list(tracks), compact=True),
        serialize.to_data(list(actors), compact=True),
        _encode_items(Mention, mentions, texts),
        _encode_items(Statement, statements, texts),
    ]
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False), data
    except ValueError as exc:
        raise serialize.SerializeError(str(exc)) from None


def loads(text: str, articles: Sequence[Article]) -> tuple[tuple[Track, ...], tuple[Actor, ...], tuple[Mention, ...], tuple[Statement, ...]]:
    """(tracks, actors, mentions, statements) from the text `dumps` wrote for the same articles."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise serialize.SerializeError(f"not JSON: {exc}") from None
    if type(data) is not list or len(data) != 5 or data[0] != FORMAT:
        raise serialize.SerializeError("not a columnar cross-article result")
    texts = paragraph_texts(articles)
    tracks = serialize.from_data(tuple[Track, ...], data[1])
    actors = serialize.from_data(tuple[Actor, ...], data[2])
    return tracks, actors, _decode_items(Mention, data[3], texts), _decode_items(Statement, data[4], texts)


__all__ = ["FORMAT", "checked_dumps", "dumps", "loads", "paragraph_texts"]
