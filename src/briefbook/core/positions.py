"""Positions across sources: each actor's statements article by article, and where their stance shifts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from .model import Actor, Analysis, Article, Statement


@dataclass(frozen=True, slots=True)
class SourceStatements:
    """One article's statements by one actor, in reading order."""

    article: Article
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class StanceShift:
    """The same actor, on the same question, with different stances in two sources."""

    question: str | None
    first: Statement
    second: Statement


@dataclass(frozen=True, slots=True)
class ActorPosition:
    """An actor's statements grouped by article in date order, with the shifts between sources."""

    actor: Actor
    sources: tuple[SourceStatements, ...]
    shifts: tuple[StanceShift, ...] = ()

    @property
    def count(self) -> int:
        """How many statements the actor has across all sources."""
        return sum(len(s.statements) for s in self.sources)


def _shifts(sources: list[SourceStatements], by_question_only: bool) -> list[StanceShift]:
    """Pairs of statements from different articles whose stances on one question differ."""
    seen: dict[str | None, Statement] = {}
    out: list[StanceShift] = []
    for src in sources:
        for st in src.statements:
            if st.stance is None or (by_question_only and st.question is None):
                continue
            prev = seen.get(st.question)
            if prev is not None and prev.article != st.article and prev.stance != st.stance:
                out.append(StanceShift(st.question, prev, st))
            seen[st.question] = st
    return out


def statements_by_actor(analysis: Analysis) -> dict[str, list[Statement]]:
    """Each actor's statements (those in the analysis's articles), in the analysis's order."""
    articles = {a.id for a in analysis.articles}
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for st in analysis.statements:
        if st.article in articles:
            grouped[st.actor].append(st)
    return dict(grouped)


def ordered_actors(analysis: Analysis, grouped: dict[str, list[Statement]]) -> list[Actor]:
    """The actors with statements: people first, then by number of statements, then by name."""
    actors = [actor for actor in analysis.actors if grouped.get(actor.id)]
    actors.sort(key=lambda actor: (actor.kind != "person", -len(grouped[actor.id]), actor.name))
    return actors


def article_order(analysis: Analysis) -> dict[str, int]:
    """Each article's place in the analysis's (date) order."""
    return {a.id: i for i, a in enumerate(analysis.articles)}


def actor_position(
    analysis: Analysis, actor: Actor, statements: list[Statement], order: dict[str, int] | None = None
) -> ActorPosition:
    """One actor's statements grouped by article (date order), with stance shifts flagged.

    With briefing questions, shifts are compared question by question; without them, across all
    of an actor's stated stances.
    """
    order = order if order is not None else article_order(analysis)
    in_order = sorted(statements, key=lambda s: (order[s.article], s.paragraph, s.sentence))
    sources = [
        SourceStatements(analysis.article(aid), tuple(group)) for aid, group in groupby(in_order, key=attrgetter("article"))
    ]
    return ActorPosition(actor, tuple(sources), tuple(_shifts(sources, bool(analysis.briefing.questions))))


def actor_positions(analysis: Analysis) -> list[ActorPosition]:
    """Every actor with statements: grouped by article (date order), with stance shifts flagged."""
    grouped = statements_by_actor(analysis)
    order = article_order(analysis)
    return [actor_position(analysis, actor, grouped[actor.id], order) for actor in ordered_actors(analysis, grouped)]
