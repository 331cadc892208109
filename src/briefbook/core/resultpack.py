"""An article's result (article, figures, dates) in a columnar JSON form that many results decode in bulk.

The general compact form (serialize) builds every sentence, paragraph, figure and date with a
decoder call of its own; reopening a briefing of 10,000 articles spent most of its time there.
Here an article keeps its paragraphs, figures and dates as columns (one list per field), leaves
out what repeats the article (the article id in every sentence, figure and date; a figure's or
date's text, a slice of its paragraph; a figure's sentence text; a figure's numbered id) when it
is exactly that, and a whole batch of results is checked column by column and then built a
class at a time (serialize.build_many): one C-level pass per field for every object of the batch.

A result that does not fit (a field of an unexpected type, a sentence that is not a slice of its
paragraph) is written in the general form instead: pool.encode_result keeps this form only when
it decodes back to exactly the same value.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from collections.abc import Sequence
from itertools import accumulate, chain, repeat
from operator import attrgetter
from typing import Any

from . import serialize
from .manifest import Problem
from .model import Article, Dropped, EventDate, Figure, Paragraph, Sentence

FORMAT = "r2"
DERIVED = "="
_NONE = type(None)
_INT = frozenset({int})
_TEXT = frozenset({str})
_TEXT_OR_NONE = frozenset({str, _NONE})
_EMPTY: tuple = ()


def _allowed(tp: Any) -> frozenset[type] | None:
    """The exact JSON value types a field of this (primitive or optional primitive) type may hold."""
    base = {str: {str}, int: {int}, float: {float, int}, bool: {bool}}
    if tp in base:
        return frozenset(base[tp])
    args = typing.get_args(tp)
    rest = [a for a in args if a is not _NONE]
    if _NONE in args and len(rest) == 1 and rest[0] in base:
        return frozenset(base[rest[0]] | {_NONE})
    return None


def _column_types(cls: type) -> tuple[frozenset[type], ...]:
    hints = typing.get_type_hints(cls)
    kinds = tuple(_allowed(hints[n]) for n in serialize.field_names(cls))
    if any(k is None for k in kinds):
        raise TypeError(f"{cls.__name__} has a field with no columnar form")
    return kinds  # type: ignore[return-value]


_FIGURE_FIELDS = serialize.field_names(Figure)
_DATE_FIELDS = serialize.field_names(EventDate)
_FIGURE_TYPES = _column_types(Figure)
_DATE_TYPES = _column_types(EventDate)
# Fields that may be left out and rebuilt: name -> how (see _derive).
_FIGURE_DERIVED = ("id", "article", "text", "sentence_text")
_DATE_DERIVED = ("article", "text")
_SHAPES_OK = serialize.field_names(Sentence) == ("article", "paragraph", "index", "start", "end", "text") and (
    serialize.field_names(Paragraph) == ("index", "text", "kind", "sentences")
) and serialize.field_names(Article) == (
    "id", "file", "title", "outlet", "date", "paragraphs", "captions", "dropped", "encoding", "notices", "order",
    "date_source",
)


class _Article:
    """What the derived columns of one article are rebuilt from."""

    __slots__ = ("id", "texts", "offsets", "counts", "spans")

    def __init__(self, aid: str, index: list[int], texts: list[str], counts: list[int], spans: list[int]) -> None:
        self.id = aid
        self.texts = dict(zip(index, texts))
        self.counts = dict(zip(index, counts))
        offsets, at = {}, 0
        for i, c in zip(index, counts):
            offsets.setdefault(i, at)
            at += 2 * c
        self.offsets = offsets
        self.spans = spans

    def sentence_text(self, paragraph: int, sentence: int) -> str:
        if not 0 <= sentence < self.counts[paragraph]:
            raise IndexError(sentence)
        at = self.offsets[paragraph] + 2 * sentence
        return self.texts[paragraph][self.spans[at] : self.spans[at + 1]]


def _derive(name: str, columns: dict[str, list], art: _Article, count: int) -> list:
    """The column `name` rebuilt from the others and the article (KeyError/IndexError when it cannot be)."""
    if name == "article":
        return [art.id] * count
    if name == "id":
        return [f"{art.id}:f{n}" for n in range(1, count + 1)]
    if name == "text":
        texts = art.texts
        return [texts[p][s:e] for p, s, e in zip(columns["paragraph"], columns["start"], columns["end"])]
    if name == "sentence_text":
        return list(map(art.sentence_text, columns["paragraph"], columns["sentence"]))
    raise KeyError(name)


def _encode_items(items: Sequence[Any], names: tuple[str, ...], derivable: tuple[str, ...], art: _Article) -> list:
    """Objects as [count, column, ...], each derivable column that is exactly its derivation written as DERIVED."""
    columns = {n: [getattr(x, n) for x in items] for n in names}
    out: list[Any] = [len(items)]
    for name in names:
        column = columns[name]
        if name in derivable:
            try:
                if _derive(name, columns, art, len(items)) == column:
                    out.append(DERIVED)
                    continue
            except (KeyError, IndexError, TypeError):
                pass
        out.append(column)
    return out


def encode(result: Any) -> list | None:
    """A result as columnar data, or None when it has no such form (it is then written the general way)."""
    article = result.article
    if not _SHAPES_OK or type(article) is not Article:
        return None
    aid = article.id
    index, texts, kinds, counts, spans = [], [], [], [], []
    for para in article.paragraphs:
        if type(para) is not Paragraph:
            return None
        index.append(para.index)
        texts.append(para.text)
        kinds.append(para.kind)
        counts.append(len(para.sentences))
        for n, s in enumerate(para.sentences):
            if type(s) is not Sentence or s.article != aid or s.paragraph != para.index or s.index != n:
                return None
            spans += (s.start, s.end)
    art = _Article(aid, index, texts, counts, spans)
    if type(aid) is not str or len(art.texts) != len(index):
        return None
    date = article.date
    return [
        FORMAT,
        [aid, article.file, article.title, article.outlet, date.isoformat() if type(date) is dt.date else date,
         article.encoding, article.order, article.date_source],
        list(article.captions),
        serialize.to_data(list(article.dropped), compact=True),
        list(article.notices),
        [index, texts, kinds, counts, spans],
        _encode_items(result.figures, _FIGURE_FIELDS, _FIGURE_DERIVED, art),
        _encode_items(result.dates, _DATE_FIELDS, _DATE_DERIVED, art),
        serialize.to_data(list(result.problems), compact=True),
    ]


_STR_OR_NONE = (str, _NONE)


def _exact_items(items: Any, cls: type, names: tuple[str, ...], kinds: tuple[frozenset[type], ...]) -> bool:
    """Whether objects are a tuple of exactly `cls`, each field of exactly a type its column may hold."""
    if type(items) is not tuple or not set(map(type, items)) <= {cls}:
        return False
    return all(set(map(type, map(attrgetter(n), items))) <= k for n, k in zip(names, kinds))


def _exact_small(tp: Any, items: Any, cls: type) -> bool:
    """Whether a (usually empty) tuple of `cls` reads back the general way as exactly itself."""
    if type(items) is not tuple or not set(map(type, items)) <= {cls}:
        return False
    if not items:
        return True
    try:
        data = json.loads(json.dumps(serialize.to_data(list(items), compact=True), ensure_ascii=False, allow_nan=False))
        return serialize.from_data(tp, data) == items
    except (serialize.SerializeError, ValueError, TypeError, RecursionError):
        return False


def encode_exact(result: Any) -> list | None:
    """`encode`, only when its data is sure to decode to exactly `result`: else None (check by reading back).

    Every value is checked to be of exactly the type the decoder builds (tuples, not lists; str, int,
    float, None, a plain date; no subclass), each sentence the slice of its paragraph that the decoder
    cuts, each column of the type the decoder accepts, and derived columns are only left out when
    they are their derivation (encode). JSON gives back every str, int and finite float exactly, so
    the decoded result equals this one without decoding it; JSON text that cannot be written
    (a NaN, an int too long for text) still raises ValueError when it is written.
    """
    from .pool import ArticleResult

    if type(result) is not ArticleResult:
        return None
    article = result.article
    if type(article) is not Article or type(article.paragraphs) is not tuple:
        return None
    date = article.date
    if not (type(article.id) is str and type(article.file) is str and type(article.title) is str
            and type(article.outlet) in _STR_OR_NONE and (date is None or type(date) is dt.date)
            and type(article.encoding) is str and type(article.order) is int
            and type(article.date_source) in _STR_OR_NONE
            and type(article.captions) is tuple and set(map(type, article.captions)) <= _TEXT
            and type(article.notices) is tuple and set(map(type, article.notices)) <= _TEXT):
        return None
    for para in article.paragraphs:
        if type(para) is not Paragraph or type(para.index) is not int or type(para.text) is not str:
            return None
        if type(para.kind) is not str or type(para.sentences) is not tuple:
            return None
        text = para.text
        for s in para.sentences:
            if type(s) is not Sentence or type(s.start) is not int or type(s.end) is not int:
                return None
            if text[s.start : s.end] != s.text:
                return None
    if not (_exact_items(result.figures, Figure, _FIGURE_FIELDS, _FIGURE_TYPES)
            and _exact_items(result.dates, EventDate, _DATE_FIELDS, _DATE_TYPES)
            and _exact_small(tuple[Dropped, ...], article.dropped, Dropped)
            and _exact_small(tuple[Problem, ...], result.problems, Problem)):
        return None
    return encode(result)


def _bad(what: str) -> serialize.SerializeError:
    return serialize.SerializeError(f"columnar result: {what}")


def _all(values: list, kinds: frozenset[type]) -> bool:
    return type(values) is list and set(map(type, values)) <= kinds


def _items(data: Any, names: tuple[str, ...], kinds: tuple[frozenset[type], ...], derivable: tuple[str, ...],
           art: _Article) -> tuple[int, list[list]]:
    """Checked columns of one class's objects (derived ones rebuilt), in field order."""
    if type(data) is not list or len(data) != len(names) + 1 or type(data[0]) is not int or data[0] < 0:
        raise _bad("bad column set")
    count = data[0]
    columns: dict[str, list] = {}
    later = []
    for name, kind, column in zip(names, kinds, data[1:]):
        if column == DERIVED and name in derivable:
            later.append(name)
        elif _all(column, kind) and len(column) == count:
            columns[name] = column
        else:
            raise _bad(f"bad column {name}")
    for name in later:
        try:
            columns[name] = _derive(name, columns, art, count)
        except (KeyError, IndexError, TypeError) as exc:
            raise _bad(f"cannot rebuild {name} ({exc!r})") from None
    return count, [columns[n] for n in names]


class _Batch:
    """Results being decoded together: their columns, gathered article by article, built at the end."""

    def __init__(self) -> None:
        self.articles: list[list] = [[] for _ in range(12)]
        self.paragraph_counts: list[int] = []
        self.sentence_counts: list[int] = []
        self.paragraphs: list[list] = [[], [], []]
        self.sentence_texts: list[str] = []
        self.spans: list[int] = []
        self.sentence_articles: list[str] = []
        self.figures: list[list] = [[] for _ in _FIGURE_FIELDS]
        self.figure_counts: list[int] = []
        self.dates: list[list] = [[] for _ in _DATE_FIELDS]
        self.date_counts: list[int] = []
        self.problems: list[tuple] = []

    def add(self, data: Any) -> None:
        """Check one result's data and take in its columns (nothing is taken when it does not fit)."""
        if type(data) is not list or len(data) != 9 or data[0] != FORMAT:
            raise _bad("not a columnar result")
        _, head, captions, dropped, notices, paras, figures, dates, problems = data
        if type(head) is not list or len(head) != 8:
            raise _bad("bad article")
        aid, file, title, outlet, date, encoding, order, date_source = head
        if not (type(aid) is str and type(file) is str and type(title) is str and type(outlet) in (str, _NONE)
                and type(date) in (str, _NONE) and type(encoding) is str and type(order) is int
                and type(date_source) in (str, _NONE)):
            raise _bad("a field of the article has the wrong type")
        day = None if date is None else dt.date.fromisoformat(date)
        if not (_all(captions, _TEXT) and _all(notices, _TEXT)):
            raise _bad("bad captions or notices")
        dropped_items = serialize.from_data(tuple[Dropped, ...], dropped) if dropped != [] else _EMPTY
        problem_items = serialize.from_data(tuple[Problem, ...], problems) if problems != [] else _EMPTY
        if type(paras) is not list or len(paras) != 5:
            raise _bad("bad paragraphs")
        index, texts, kinds, counts, spans = paras
        n = len(index)
        if not (_all(index, _INT) and _all(texts, _TEXT) and _all(kinds, _TEXT) and _all(counts, _INT)
                and _all(spans, _INT) and len(texts) == n and len(kinds) == n and len(counts) == n
                and (not counts or min(counts) >= 0) and len(spans) == 2 * sum(counts)):
            raise _bad("bad paragraph columns")
        art = _Article(aid, index, texts, counts, spans)
        if len(art.texts) != n:
            raise _bad("two paragraphs with one index")
        figure_count, figure_columns = _items(figures, _FIGURE_FIELDS, _FIGURE_TYPES, _FIGURE_DERIVED, art)
        date_count, date_columns = _items(dates, _DATE_FIELDS, _DATE_TYPES, _DATE_DERIVED, art)
        # Everything fits: take it in.
        for column, value in zip(self.articles, (aid, file, title, outlet, day, None, tuple(captions),
                                                 dropped_items, encoding, tuple(notices), order, date_source)):
            column.append(value)
        self.paragraph_counts.append(n)
        self.paragraphs[0].extend(index)
        self.paragraphs[1].extend(texts)
        self.paragraphs[2].extend(kinds)
        self.sentence_counts.extend(counts)
        self.spans.extend(spans)
        self.sentence_articles.extend(repeat(aid, len(spans) // 2))
        for column, values in zip(self.figures, figure_columns):
            column.extend(values)
        self.figure_counts.append(figure_count)
        for column, values in zip(self.dates, date_columns):
            column.extend(values)
        self.date_counts.append(date_count)
        self.problems.append(problem_items)

    def build(self) -> list:
        """Every result taken in, built a class at a time."""
        from .pool import ArticleResult

        index, texts, kinds = self.paragraphs
        counts = self.sentence_counts
        starts, ends = self.spans[0::2], self.spans[1::2]
        sentence_texts = list(map(str.__getitem__, chain.from_iterable(map(repeat, texts, counts)), map(slice, starts, ends)))
        total = len(starts)
        sentences = serialize.build_many(Sentence, [
            self.sentence_articles,
            list(chain.from_iterable(map(repeat, index, counts))),
            list(chain.from_iterable(map(range, counts))),
            starts, ends, sentence_texts,
        ], total)
        paragraphs = serialize.build_many(Paragraph, [index, texts, kinds, _cut(sentences, counts)], len(index))
        figures = serialize.build_many(Figure, self.figures, len(self.figures[0]))
        dates = serialize.build_many(EventDate, self.dates, len(self.dates[0]))
        self.articles[5] = _cut(paragraphs, self.paragraph_counts)
        articles = serialize.build_many(Article, self.articles, len(self.paragraph_counts))
        return list(serialize.build_many(ArticleResult, [
            articles, _cut(figures, self.figure_counts), _cut(dates, self.date_counts), self.problems,
        ], len(articles)))


def _cut(items: tuple, counts: list[int]) -> list[tuple]:
    """A tuple cut into consecutive pieces of the given sizes."""
    ends = list(accumulate(counts))
    return list(map(items.__getitem__, map(slice, [0, *ends[:-1]], ends)))


def is_columnar(data: Any) -> bool:
    """Whether parsed JSON data is in this form (else it is the general one)."""
    return type(data) is list and len(data) == 9 and data[0] == FORMAT


def decode_many(datas: Sequence[Any]) -> list:
    """Results from columnar data: each a result, or the SerializeError that its data raised."""
    batch = _Batch()
    out: list = [None] * len(datas)
    good = []
    for i, data in enumerate(datas):
        try:
            batch.add(data)
        except serialize.SerializeError as exc:
            out[i] = exc
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError) as exc:
            out[i] = serialize.SerializeError(f"columnar result: {exc!r}")
        else:
            good.append(i)
    for i, result in zip(good, batch.build()):
        out[i] = result
    return out


__all__ = ["FORMAT", "decode_many", "encode", "encode_exact", "is_columnar"]
