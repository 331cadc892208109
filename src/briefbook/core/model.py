"""The data model of a briefing: frozen dataclasses shared by every stage of the core.

Every derived item keeps its provenance: the article id, the paragraph index inside that
article's reading text, and a character span inside that paragraph's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby
from operator import attrgetter

PARAGRAPH_BODY = "body"
PARAGRAPH_SUBHEADING = "subheading"

STATEMENT_KINDS = ("direct", "indirect", "reported", "action")
ACTOR_KINDS = ("person", "organization", "country")
STANCES = ("supports", "opposes", "conditional", "undecided")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph; `start`/`end` are offsets in the paragraph's text."""

    article: str
    paragraph: int
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the reading text: body text or a subheading."""

    index: int
    text: str
    kind: str = PARAGRAPH_BODY
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Dropped:
    """Text the cleaning took out of the reading text, and why (kept so a user can see it)."""

    text: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """One article as a manifest (or a folder) names it, before it is read."""

    id: str
    path: str
    order: int
    outlet: str | None = None
    date: dt.date | None = None
    title: str | None = None
    drop: tuple[str, ...] = ()
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article read and cleaned: metadata, reading text, captions and what was dropped."""

    id: str
    file: str
    title: str
    outlet: str | None
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    encoding: str = "utf-8"
    notices: tuple[str, ...] = ()
    order: int = 0
    date_source: str | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences of the article in reading order."""
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def date_label(self) -> str:
        """The date as a short label, or 'undated'; a year inferred from the other articles is said to be."""
        if self.date is None:
            return "undated"
        return self.date.strftime("%-d %b %Y") + (" (year inferred)" if self.date_source == "inferred" else "")


@dataclass(frozen=True, slots=True)
class ActorConfig:
    """An actor added or adjusted by the manifest's `actors:` key."""

    name: str
    kind: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    """A briefing as loaded from a manifest or a folder: its title and its article sources."""

    title: str
    description: str | None
    sources: tuple[ArticleSource, ...]
    root: str
    manifest: str | None = None
    actors: tuple[ActorConfig, ...] = ()
    questions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure found in a sentence: its value or range, unit, qualifier and provenance."""

    id: str
    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    sentence_text: str
    context: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date stated in the text (an event date, never a key figure)."""

    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    iso: str | None


@dataclass(frozen=True, slots=True)
class Track:
    """The figures of one kind across sources, in article date order."""

    id: str
    unit: str
    label: str
    figures: tuple[str, ...]
    disagreement: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or country whose words or acts the articles report."""

    id: str
    name: str
    kind: str
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an actor is named in the reading text."""

    actor: str
    article: str
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """What an actor said or did, traced to its sentence."""

    id: str
    actor: str
    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    kind: str
    sentence_text: str
    quote: str | None = None
    stance: str | None = None
    stance_words: str | None = None
    question: str | None = None


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of a paragraph to highlight: a figure, an actor's name or a quotation."""

    start: int
    end: int
    kind: str
    ref: str | None = None


class _Deferred:
    """A field that may be given as a sequence built on demand (one with `materialise()`, core/columns.py).

    Reading the field gives what `materialise()` builds (once: it then replaces what was given), so the
    field reads as it would had the built value been given; `Analysis._held` gives what is held without
    building it. Anything else is held and read as given.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = "_held_" + name

    def __get__(self, obj: object, owner: type | None = None) -> object:
        if obj is None:
            return ()  # the field's default
        held = obj.__dict__[self._key]
        materialise = getattr(type(held), "materialise", None)
        if materialise is not None:
            held = materialise(held)
            obj.__dict__[self._key] = held
        return held

    def __set__(self, obj: object, value: object) -> None:
        obj.__dict__[self._key] = value


@dataclass(frozen=True)
class Analysis:
    """Everything the core derives from a briefing."""

    briefing: Briefing
    articles: tuple[Article, ...]
    figures: tuple[Figure, ...] = ()
    dates: tuple[EventDate, ...] = ()
    tracks: tuple[Track, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = _Deferred()  # type: ignore[assignment]  # may be given as columns (LazyItems)
    statements: tuple[Statement, ...] = ()
    problems: tuple[str, ...] = field(default_factory=tuple)

    def _held(self, name: str) -> Sequence:
        """A deferred field as it is held: built, or columns whose items are built as they are asked for."""
        return self.__dict__["_held_" + name]

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        try:
            return self._articles_by_id[article_id]
        except KeyError:
            raise KeyError(article_id) from None

    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def by_paragraph(self) -> ParagraphIndex:
        """Figures and mentions of each (article, paragraph): the reader asks per paragraph, an article at a time."""
        return ParagraphIndex(self.figures, self._held("mentions"))


class ParagraphIndex(Mapping[tuple[str, int], tuple[list[Figure], list[Mention]]]):
    """Figures and mentions by (article, paragraph), in the analysis's order, indexed an article at a time.

    Only the articles asked for are indexed: showing the first article of a ten-thousand-article briefing
    does not sort its hundreds of thousands of mentions. Finding where each article's items lie is one pass
    at C speed (items of an article usually come in one run).
    """

    def __init__(self, figures: Sequence[Figure], mentions: Sequence[Mention]) -> None:
        """An index over these figures and mentions, built as it is asked."""
        self._figures = figures
        self._mentions = mentions
        self._runs: tuple[dict[str, list[tuple[int, int]]], dict[str, list[tuple[int, int]]]] | None = None
        self._ids: tuple[list[str], list[str]] | None = None
        self._articles: dict[str, dict[int, tuple[list[Figure], list[Mention]]]] = {}

    def article(self, article_id: str) -> dict[int, tuple[list[Figure], list[Mention]]]:
        """One article's figures and mentions by paragraph index (built the first time it is asked for)."""
        found = self._articles.get(article_id)
        if found is None:
            if self._runs is not None:
                figure_runs, mention_runs = self._runs[0].get(article_id, ()), self._runs[1].get(article_id, ())
            else:
                if self._ids is None:
                    self._ids = (_article_ids(self._figures), _article_ids(self._mentions))
                figure_runs, mention_runs = _runs_of(self._ids[0], article_id), _runs_of(self._ids[1], article_id)
            found = {}
            for start, end in figure_runs:
                for figure in self._figures[start:end]:
                    found.setdefault(figure.paragraph, ([], []))[0].append(figure)
            for start, end in mention_runs:
                for mention in self._mentions[start:end]:
                    found.setdefault(mention.paragraph, ([], []))[1].append(mention)
            self._articles[article_id] = found
        return found

    def __getitem__(self, key: tuple[str, int]) -> tuple[list[Figure], list[Mention]]:
        """The figures and mentions of one paragraph (KeyError when it has none)."""
        article_id, paragraph = key
        return self.article(article_id)[paragraph]

    def _all_keys(self) -> list[tuple[str, int]]:
        """Every (article, paragraph) with a figure or a mention, articles in order of first appearance."""
        if self._runs is None:
            self._runs = (_article_runs(self._figures), _article_runs(self._mentions))
        articles = dict.fromkeys([*self._runs[0], *self._runs[1]])
        return [(article_id, paragraph) for article_id in articles for paragraph in self.article(article_id)]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        """Every (article, paragraph) with a figure or a mention."""
        return iter(self._all_keys())

    def __len__(self) -> int:
        """How many paragraphs have a figure or a mention."""
        return len(self._all_keys())


def _runs_of(ids: list[str], article_id: str) -> list[tuple[int, int]]:
    """The (start, end) runs of one article's items, found by `list.index` (at C speed) from a run's end to the next."""
    runs: list[tuple[int, int]] = []
    at, count = 0, len(ids)
    while True:
        try:
            start = ids.index(article_id, at)
        except ValueError:
            return runs
        end = start + 1
        while end < count and ids[end] == article_id:
            end += 1
        runs.append((start, end))
        at = end


def _article_ids(items: Sequence[Figure] | Sequence[Mention]) -> list[str]:
    """The article of each item, in order (from its column when the items are held as columns, not built)."""
    column = getattr(items, "column", None)
    return column("article") if column is not None else list(map(attrgetter("article"), items))


def _article_runs(items: Sequence[Figure] | Sequence[Mention]) -> dict[str, list[tuple[int, int]]]:
    """For each article, the (start, end) runs of items that belong to it."""
    runs: dict[str, list[tuple[int, int]]] = {}
    at = 0
    for article_id, run in groupby(_article_ids(items)):
        length = len(list(run))
        runs.setdefault(article_id, []).append((at, at + length))
        at += length
    return runs
