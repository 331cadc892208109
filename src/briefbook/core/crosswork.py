"""The cross-article stages split by article, so worker processes can share them.

The people of every article are gathered from each article's candidate names (found where the
article was analysed), merged into one actor table in date order, and the table is sent to the
workers. Each worker finds the mentions and statements of the articles it holds with its own copy
of the table, recording every change finding them makes to it (a place or group added, a form
added to an actor's aliases). This process replays those changes in date order, so the actor table,
the mentions and the statements are exactly those of one process reading every article in turn;
an article whose worker saw an actor's kind differently is read again here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from itertools import chain
from operator import attrgetter
from typing import Protocol

from . import serialize
from .actors import MentionFinder, _Table, slug
from .model import Actor, Article, Mention, Statement
from .statements import statements_of_rows


class SupportsGet(Protocol):
    """Anything that gives an article's share by id, or None (a dict, or shares still arriving)."""

    def get(self, article_id: str) -> ArticleCross | None: ...


# How many mention rows the replay gathers before building them.
BUILD_BATCH = 4096

_STATEMENT_ROW = attrgetter(*(f.name for f in fields(Statement)))


@dataclass(frozen=True, slots=True)
class ArticleCross:
    """One article's share of the cross-article stages, as plain rows to send between processes.

    `added` and `aliased` are the table changes in the order they were made; `kinds` the kind this
    copy of the table gave each actor the article names that was not in the table it was sent.
    """

    added: tuple[tuple[str, str, str | None], ...]
    aliased: tuple[tuple[str, str], ...]
    mentions: tuple[tuple, ...]
    statements: tuple[tuple, ...]
    kinds: tuple[tuple[str, str], ...]


@dataclass
class _RecordingTable(_Table):
    """An actor table that records each addition and alias made to it.

    A call made before while reading the same article is not recorded again: replayed after the
    first, in the same order, it changes nothing.
    """

    added: list[tuple[str, str, str | None]] = field(default_factory=list)
    aliased: list[tuple[str, str]] = field(default_factory=list)
    seen_added: dict[tuple[str, str, str | None], str] = field(default_factory=dict)
    seen_aliased: set[tuple[str, str]] = field(default_factory=set)

    def start(self) -> None:
        """Start recording the calls of a new article."""
        self.added, self.aliased = [], []
        self.seen_added, self.seen_aliased = {}, set()

    def add(self, name: str, kind: str, role: str | None = None) -> str:
        """Add an actor (if new) and record the call."""
        call = (name, kind, role)
        aid = self.seen_added.get(call)
        if aid is not None:
            return aid  # slug(name), as the first call gave
        self.added.append(call)
        aid = self.seen_added[call] = super().add(name, kind, role)
        return aid

    def alias(self, aid: str, form: str) -> None:
        """Add a form to an actor's aliases (if new) and record the call."""
        call = (aid, form)
        if call in self.seen_aliased:
            return
        self.seen_aliased.add(call)
        self.aliased.append(call)
        super().alias(aid, form)


class ArticleReader:
    """A worker's copy of the actor table, reading the mentions and statements of one article at a time."""

    def __init__(self, finder: MentionFinder, questions: Sequence[str]) -> None:
        self.table = _RecordingTable(
            actors=finder.table.actors, forms=finder.table.forms, bare=finder.table.bare, bare_re=finder.table.bare_re
        )
        self.finder = replace(finder, table=self.table)
        self.sent = frozenset(self.table.actors)
        self.kinds = {aid: entry["kind"] for aid, entry in self.table.actors.items()}
        self.questions = tuple(questions)

    def read(self, article: Article) -> ArticleCross:
        """The article's mentions, statements and the table changes finding them made."""
        table = self.table
        table.start()
        rows: list[tuple] = self.finder.article_mention_rows(article.id, article.paragraphs)
        for name, _kind, _role in table.added:
            aid = slug(name)
            self.kinds.setdefault(aid, table.actors[aid]["kind"])
        statements = statements_of_rows(article, self.kinds, rows, self.questions)
        new = {row[0] for row in rows if row[0] not in self.sent}
        return ArticleCross(
            added=tuple(table.added),
            aliased=tuple(table.aliased),
            mentions=tuple(rows),
            statements=tuple(map(_STATEMENT_ROW, statements)),
            kinds=tuple((aid, self.kinds[aid]) for aid in sorted(new)),
        )


def replay(
    finder: MentionFinder,
    articles: Sequence[Article],
    shares: Mapping[str, ArticleCross] | SupportsGet,
    questions: Sequence[str],
    columns: dict[type, list[list]] | None = None,
) -> tuple[list[Actor], list[Mention], list[Statement]]:
    """Actors, mentions and statements of the articles in order, from the workers' shares where there is one.

    An article without a share, or whose share used an actor kind the full table does not give,
    is read here; its statements are read once every kind is known. A `columns` dict given is filled
    with the fields of the mentions and of the statements as lists (Mention and Statement: one list
    per field, in field order), which they were built from (crosspack writes them without reading
    every object again).
    """
    gathered: dict[type, list[list]] = {
        cls: [[] for _ in fields(cls)] for cls in (Mention, Statement)
    } if columns is not None else {}
    table = finder.table
    # Mentions and statements come as rows (in field order) and are built into objects in bulk (one C-level
    # pass per field, serialize.build_many) instead of an __init__ call each: the mentions a batch at a time
    # as they come (while the workers still read), the statements (fewer, and those of an article read here
    # known only at the end) at the end.
    built: list[tuple] = []
    pending: list[tuple] = []
    statements: list[Sequence[tuple] | None] = []
    read_here: dict[int, list[tuple]] = {}
    for n, art in enumerate(articles):
        share = shares.get(art.id)
        if share is not None:
            for name, kind, role in share.added:
                table.add(name, kind, role)
            if all(table.actors[aid]["kind"] == kind for aid, kind in share.kinds):
                for aid, form in share.aliased:
                    table.alias(aid, form)
                pending.extend(share.mentions)
                statements.append(share.statements)
                if len(pending) >= BUILD_BATCH:
                    built.append(_build(Mention, pending, gathered.get(Mention)))
                    pending = []
                continue
        found: list[tuple] = []
        for para in art.paragraphs:
            found.extend(finder.mention_rows(art.id, para.index, para.text))
        pending.extend(found)
        read_here[n] = found
        statements.append(None)
    built.append(_build(Mention, pending, gathered.get(Mention)))
    if read_here:
        kinds = {aid: entry["kind"] for aid, entry in table.actors.items()}
        for n, rows in read_here.items():
            statements[n] = list(map(_STATEMENT_ROW, statements_of_rows(articles[n], kinds, rows, questions)))
    result = (
        finder.actors(),
        list(chain.from_iterable(built)),
        list(_build(Statement, [row for rows in statements for row in rows or ()], gathered.get(Statement))),
    )
    if columns is not None:
        columns.update(gathered)
    return result


def _build(cls: type, rows: Sequence[tuple], gather: list[list] | None = None) -> tuple:
    """Objects of a dataclass from rows in the order of its fields (rows of the wrong length raise TypeError);
    each field's values are added to its list in `gather`, when given."""
    if not rows:
        return ()
    if set(map(len, rows)) != {len(fields(cls))}:
        raise TypeError(f"{cls.__name__}: a row of the wrong length")
    columns = [list(column) for column in zip(*rows)]
    built = serialize.build_many(cls, columns, len(rows))
    if gather is not None:
        for into, column in zip(gather, columns):
            into.extend(column)
    return built


__all__ = ["ArticleCross", "ArticleReader", "replay"]
