"""Model dataclasses to and from plain JSON data: the analysis cache's safe format (never pickle).

Decoding is driven by the dataclasses' type hints, so it only ever builds the model types it is
asked for. A dataclass is written either as a mapping of its fields (readable, tolerant of
added fields with defaults) or, with `compact=True`, as a list in field order (small and fast:
for the cache, whose key already names the exact code that wrote it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import types
import typing
from collections import deque
from collections.abc import Callable
from functools import cache
from itertools import repeat
from typing import Any

Decoder = Callable[[Any], Any]


class SerializeError(ValueError):
    """A value that cannot be written as JSON data, or JSON data that does not fit its type."""


def to_data(obj: Any, *, compact: bool = False) -> Any:
    """A value (dataclasses, tuples, lists, dicts, dates, primitives) as JSON-ready data."""
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if isinstance(obj, (tuple, list)):
        return [to_data(x, compact=compact) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _field_names(type(obj))
        if compact and type(obj) is _PARAGRAPH and (packed := _pack_paragraph(obj)) is not None:
            return packed
        if compact:
            return [to_data(getattr(obj, n), compact=True) for n in names]
        return {n: to_data(getattr(obj, n)) for n in names}
    if isinstance(obj, dt.datetime):
        raise SerializeError("datetime values are not part of the model")
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dict):
        if not all(isinstance(k, str) for k in obj):
            raise SerializeError("only mappings with text keys can be written")
        return {k: to_data(v, compact=compact) for k, v in obj.items()}
    raise SerializeError(f"cannot write a {type(obj).__name__} as JSON data")


def from_data(tp: Any, data: Any) -> Any:
    """The value of type `tp` that `to_data` wrote as `data` (mapping or compact form)."""
    try:
        return _decoder(tp)(data)
    except SerializeError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
        raise SerializeError(f"data does not fit {getattr(tp, '__name__', tp)}: {exc}") from None


def dumps(obj: Any, *, compact: bool = False) -> str:
    """A value as a JSON text (one line, UTF-8 characters kept)."""
    try:
        return json.dumps(to_data(obj, compact=compact), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise SerializeError(str(exc)) from None


def loads(tp: Any, text: str) -> Any:
    """The value of type `tp` from a JSON text written by `dumps`.

    The sentences of every packed paragraph in the text are built together at the end (one pass per
    field, serialize.build_many) rather than one constructor call each.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise SerializeError(f"not JSON: {exc}") from None
    outer = getattr(_batches, "current", None)
    batch = _batches.current = _SentenceBatch() if _BATCHED else None
    try:
        value = from_data(tp, data)
        if batch is not None:
            batch.finish()
    finally:
        _batches.current = outer
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The names of a dataclass's init fields, in order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def field_names(cls: type) -> tuple[str, ...]:
    """The names of a dataclass's init fields, in order."""
    return _field_names(cls)


def build_many(cls: type, columns: list[list], count: int) -> tuple:
    """`count` objects of a dataclass from one list per field, built a column at a time.

    A frozen, slotted dataclass with no __post_init__ gets each slot filled for every object by one
    C-level pass per field (what its __init__ does, object by object); any other class is called.
    """
    if len(columns) != len(_field_names(cls)) or any(len(c) != count for c in columns):
        raise SerializeError(f"{cls.__name__}: columns of the wrong length")
    slots = _bulk_slots(cls)
    if slots is None:
        return tuple(map(cls, *columns))
    objects = list(map(object.__new__, repeat(cls, count)))
    for setter, column in zip(slots, columns):
        deque(map(setter, objects, column), maxlen=0)
    return tuple(objects)


@cache
def _bulk_slots(cls: type) -> tuple[Callable[[Any, Any], None], ...] | None:
    """The slot setters of a class whose objects build_many may fill directly, in field order, or None."""
    names = _field_names(cls)
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None or not params.frozen or getattr(cls, "__slots__", None) != names
        or hasattr(cls, "__post_init__") or len(dataclasses.fields(cls)) != len(names)
        or any(type(cls.__dict__.get(n)).__name__ != "member_descriptor" for n in names)
    ):
        return None
    return tuple(cls.__dict__[n].__set__ for n in names)


def _identity(value: Any) -> Any:
    return value


def _checked(*kinds: type) -> Decoder:
    """A decoder that passes a primitive through after checking its JSON type."""

    def decode(value: Any) -> Any:
        if isinstance(value, kinds):
            return value
        raise SerializeError(f"expected {'/'.join(k.__name__ for k in kinds)}, got {type(value).__name__}")

    return decode


_PRIMITIVES: dict[Any, Decoder] = {
    str: _checked(str),
    bool: _checked(bool),
    int: _checked(int),
    float: _checked(float, int),
    type(None): _checked(type(None)),
    Any: _identity,
}


@cache
def _decoder(tp: Any) -> Decoder:
    """Build (once per type) the function that turns JSON data back into a value of `tp`."""
    if tp in _PRIMITIVES:
        return _PRIMITIVES[tp]
    if tp is dt.date:
        return lambda v: dt.date.fromisoformat(_PRIMITIVES[str](v))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return _union_decoder(args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: tuple([item(x) for x in v]) if type(v) is list else _as_list(v)
        parts = [_decoder(a) for a in args]

        def fixed(v: Any) -> tuple:
            items = _as_list(v)
            if len(items) != len(parts):
                raise SerializeError(f"expected {len(parts)} items, got {len(items)}")
            return tuple(p(x) for p, x in zip(parts, items))

        return fixed
    if origin is list:
        item = _decoder(args[0]) if args else _identity
        return lambda v: [item(x) for x in _as_list(v)]
    if origin is dict:
        value = _decoder(args[1]) if args else _identity
        return lambda v: {_PRIMITIVES[str](k): value(x) for k, x in _as_dict(v).items()}
    if origin is typing.Literal:
        allowed = frozenset(args)

        def literal(v: Any) -> Any:
            if v not in allowed:
                raise SerializeError(f"{v!r} is not one of {sorted(map(repr, allowed))}")
            return v

        return literal
    raise SerializeError(f"no JSON form for the type {tp!r}")


def _as_list(value: Any) -> list:
    if not isinstance(value, list):
        raise SerializeError(f"expected a list, got {type(value).__name__}")
    return value


def _as_dict(value: Any) -> dict:
    if not isinstance(value, dict):
        raise SerializeError(f"expected a mapping, got {type(value).__name__}")
    return value


def _union_decoder(args: tuple) -> Decoder:
    """Optional values, and unions of primitives; a union of structured types has no single reading."""
    optional = type(None) in args
    rest = [a for a in args if a is not type(None)]
    if len(rest) == 1:
        inner = _decoder(rest[0])
        if optional:
            return lambda v: None if v is None else inner(v)
        return inner
    if all(a in _PRIMITIVES for a in rest):
        kinds = tuple({float: (float, int)}.get(a, (a,)) for a in rest)
        flat = tuple(k for group in kinds for k in group) + ((type(None),) if optional else ())
        return _checked(*flat)
    raise SerializeError(f"no JSON form for the union {args!r}")


def _dataclass_decoder(cls: type) -> Decoder:
    """Decode a dataclass from its field list (compact) or mapping, checking every field's type."""
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    names = tuple(f.name for f in fields)
    decoders = tuple(_decoder(hints[f.name]) for f in fields)
    required = frozenset(
        f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    from_list = _list_decoder(cls, [hints[n] for n in names], decoders)
    if cls is _PARAGRAPH:
        from_list = _with_packed_paragraphs(from_list)

    def decode(value: Any) -> Any:
        if type(value) is list:
            return from_list(value)
        if isinstance(value, dict):
            missing = required.difference(value)
            if missing:
                raise SerializeError(f"{cls.__name__}: missing {', '.join(sorted(missing))}")
            return cls(**{n: d(value[n]) for n, d in zip(names, decoders) if n in value})
        raise SerializeError(f"{cls.__name__}: expected a list or a mapping, got {type(value).__name__}")

    return decode


_INLINE_TYPES = {str: "type({v}) is str", int: "type({v}) is int", bool: "type({v}) is bool",
                 float: "type({v}) in _NUMBER"}


def _inline_check(tp: Any) -> str | None:
    """A Python expression that is true when {v} fits a primitive (or optional primitive) type."""
    if tp in _INLINE_TYPES:
        return _INLINE_TYPES[tp]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        rest = [a for a in args if a is not type(None)]
        if type(None) in args and len(rest) == 1 and rest[0] in _INLINE_TYPES:
            return "{v} is None or " + _INLINE_TYPES[rest[0]]
    return None


def _list_decoder(cls: type, hints: list[Any], decoders: tuple[Decoder, ...]) -> Decoder:
    """Generate (once per class) a decoder of the compact form, with primitive checks written inline for speed."""
    count = len(hints)
    names = [f"f{i}" for i in range(count)]
    namespace: dict[str, Any] = {"cls": cls, "_NUMBER": (int, float), "SerializeError": SerializeError}
    checks, args = [], []
    for i, (tp, dec) in enumerate(zip(hints, decoders)):
        inline = _inline_check(tp)
        if inline is not None:
            checks.append(f"    if not ({inline.format(v=names[i])}): raise SerializeError('{cls.__name__}: field {i} has the wrong type')")
            args.append(names[i])
        else:
            namespace[f"d{i}"] = dec
            args.append(f"d{i}({names[i]})")
    unpack = f"    {', '.join(names)}{',' if count == 1 else ''} = value" if count else ""
    source = "\n".join(
        [
            "def decode(value):",
            f"    if len(value) != {count}: raise SerializeError('{cls.__name__}: expected {count} fields, got %d' % len(value))",
            unpack,
            *checks,
            f"    return cls({', '.join(args)})",
        ]
    )
    exec(compile(source, f"<serialize {cls.__name__}>", "exec"), namespace)
    return namespace["decode"]


def _model_classes() -> tuple[type | None, type | None]:
    """Paragraph and Sentence, when their fields are the ones the packed form relies on."""
    from .model import Paragraph, Sentence

    if _field_names(Paragraph) == ("index", "text", "kind", "sentences") and _field_names(Sentence) == (
        "article", "paragraph", "index", "start", "end", "text"
    ):
        return Paragraph, Sentence
    return None, None


_PARAGRAPH, _SENTENCE = _model_classes()
_PACKED = "§"


def _pack_paragraph(para: Any) -> list | None:
    """A paragraph whose sentences are plain slices of its text, without repeating the text: or None."""
    sentences = para.sentences
    article = sentences[0].article if sentences else ""
    spans: list[int] = []
    text = para.text
    for n, s in enumerate(sentences):
        if (
            type(s) is not _SENTENCE or s.article != article or s.paragraph != para.index or s.index != n
            or type(s.start) is not int or type(s.end) is not int or text[s.start:s.end] != s.text
        ):
            return None
        spans += (s.start, s.end)
    if type(para.index) is not int or type(text) is not str or type(para.kind) is not str or type(article) is not str:
        return None
    return [_PACKED, para.index, text, para.kind, article, spans]


class _SentenceBatch:
    """The packed paragraphs of one decoding, whose sentences are built together when it ends."""

    def __init__(self) -> None:
        self.paragraphs: list[Any] = []
        self.counts: list[int] = []
        self.columns: tuple[list, ...] = ([], [], [], [], [], [])

    def add(self, index: int, text: str, kind: str, article: str, spans: list[int]) -> Any:
        """A paragraph with its sentences still to come (filled in by `finish`)."""
        para = object.__new__(_PARAGRAPH)
        set_index, set_text, set_kind, _ = _PARAGRAPH_SLOTS
        set_index(para, index)
        set_text(para, text)
        set_kind(para, kind)
        count = len(spans) // 2
        starts, ends = spans[0::2], spans[1::2]
        articles, paragraphs, numbers, start_column, end_column, texts = self.columns
        articles.extend(repeat(article, count))
        paragraphs.extend(repeat(index, count))
        numbers.extend(range(count))
        start_column.extend(starts)
        end_column.extend(ends)
        texts.extend(map(text.__getitem__, map(slice, starts, ends)))
        self.paragraphs.append(para)
        self.counts.append(count)
        return para

    def finish(self) -> None:
        """Build every sentence at once and give each paragraph its own."""
        sentences = build_many(_SENTENCE, list(self.columns), len(self.columns[0]))
        set_sentences = _PARAGRAPH_SLOTS[3]
        at = 0
        for para, count in zip(self.paragraphs, self.counts):
            set_sentences(para, sentences[at : at + count])
            at += count


_INT_ONLY = frozenset({int})


def _with_packed_paragraphs(from_list: Decoder) -> Decoder:
    """Read both the plain compact form of a Paragraph and the packed one."""
    sentence = _SENTENCE

    def decode(value: list) -> Any:
        if not value or value[0] != _PACKED:
            return from_list(value)
        if len(value) != 6:
            raise SerializeError("packed paragraph: expected 6 fields")
        _, index, text, kind, article, spans = value
        if not (type(index) is int and type(text) is str and type(kind) is str and type(article) is str
                and type(spans) is list and len(spans) % 2 == 0 and set(map(type, spans)) <= _INT_ONLY):
            raise SerializeError("packed paragraph: a field has the wrong type")
        batch = getattr(_batches, "current", None)
        if batch is not None:
            return batch.add(index, text, kind, article, spans)
        sentences = tuple(
            sentence(article, index, n, spans[2 * n], spans[2 * n + 1], text[spans[2 * n]:spans[2 * n + 1]])
            for n in range(len(spans) // 2)
        )
        return _PARAGRAPH(index, text, kind, sentences)

    return decode


_PARAGRAPH_SLOTS = _bulk_slots(_PARAGRAPH) if _PARAGRAPH is not None else None
_BATCHED = _PARAGRAPH_SLOTS is not None and _bulk_slots(_SENTENCE) is not None
_batches = threading.local()


__all__ = ["SerializeError", "build_many", "dumps", "field_names", "from_data", "loads", "to_data"]
