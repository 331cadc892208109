"""Positions across sources: each actor's statements article by article, and where their stance shifts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

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


def actor_positions(analysis: Analysis) -> list[ActorPosition]:
    """Every actor with statements: grouped by article (date order), with stance shifts flagged.

    With briefing questions, shifts are compared question by question; without them, across all
    of an actor's stated stances.
    """
    order = {a.id: i for i, a in enumerate(analysis.articles)}
    articles = {a.id: a for a in analysis.articles}
    grouped: dict[str, dict[str, list[Statement]]] = defaultdict(lambda: defaultdict(list))
    for st in analysis.statements:
        if st.article in articles:
            grouped[st.actor][st.article].append(st)
    by_question_only = bool(analysis.briefing.questions)
    out: list[ActorPosition] = []
    for actor in analysis.actors:
        per_article = grouped.get(actor.id)
        if not per_article:
            continue
        sources = [
            SourceStatements(articles[aid], tuple(sorted(sts, key=lambda s: (s.paragraph, s.sentence))))
            for aid, sts in sorted(per_article.items(), key=lambda kv: order[kv[0]])
        ]
        out.append(ActorPosition(actor, tuple(sources), tuple(_shifts(sources, by_question_only))))
    out.sort(key=lambda p: (p.actor.kind != "person", -p.count, p.actor.name))
    return out
