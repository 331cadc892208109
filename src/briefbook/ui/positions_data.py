"""Actors' statements grouped for the Positions panel and the matrix: people first, sources in date order."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Actor, Analysis, Statement

OPPOSED = frozenset({"supports", "opposes"})
KIND_ORDER = {"person": 0, "organization": 1, "country": 2}


@dataclass(frozen=True, slots=True)
class ActorPosition:
    """One actor with its statements in article date order, and whether sources disagree on its stance."""

    actor: Actor
    statements: tuple[Statement, ...]
    disagreement: bool


def actor_positions(analysis: Analysis) -> list[ActorPosition]:
    """Every actor with at least one statement: people first, then by number of statements."""
    order = {art.id: n for n, art in enumerate(analysis.articles)}
    by_actor: dict[str, list[Statement]] = {}
    for st in analysis.statements:
        by_actor.setdefault(st.actor, []).append(st)
    positions = []
    for actor in analysis.actors:
        statements = sorted(by_actor.get(actor.id, ()), key=lambda s: (order.get(s.article, 1 << 30), s.paragraph, s.sentence))
        if not statements:
            continue
        stances = {s.stance for s in statements}
        positions.append(ActorPosition(actor, tuple(statements), OPPOSED <= stances))
    positions.sort(key=lambda p: (KIND_ORDER.get(p.actor.kind, 3), -len(p.statements), p.actor.name))
    return positions
