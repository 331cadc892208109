"""Actors' statements for the Positions panel and the matrix, from the core's positions.

The core (core/positions.py) groups statements by actor and source and finds stance shifts; this
module flattens that for lists: statements in date order, the actor flagged when sources disagree,
and the statements that take part in a disagreement. The panel's list needs only the actors in
order; one actor's statements are compared across sources when that actor is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Actor, Analysis, Statement
from ..core.positions import ActorPosition as CorePosition
from ..core.positions import actor_position, article_order, ordered_actors, statements_by_actor
from ..core.text import fold


@dataclass(frozen=True, slots=True)
class ActorPosition:
    """One actor with its statements in article date order, and where sources disagree."""

    actor: Actor
    statements: tuple[Statement, ...]
    disagreement: bool
    flagged: frozenset[str] = frozenset()


class PositionIndex:
    """The actors with statements in list order (people first, then by number of statements).

    Built with one pass over the statements; an actor's statements are compared across sources the
    first time that actor is asked for, so a list of hundreds of actors opens at once.
    """

    def __init__(self, analysis: Analysis) -> None:
        """Group the analysis's statements by actor and order the actors."""
        self.analysis = analysis
        self._grouped = statements_by_actor(analysis)
        self.actors = ordered_actors(analysis, self._grouped)
        self._by_id = {actor.id: actor for actor in self.actors}
        self._order: dict[str, int] | None = None
        self._positions: dict[str, ActorPosition] = {}
        self._keys: list[tuple[Actor, tuple[str, ...]]] | None = None

    def count(self, actor_id: str) -> int:
        """How many statements an actor has."""
        return len(self._grouped.get(actor_id, ()))

    def position(self, actor_id: str) -> ActorPosition | None:
        """An actor's statements source by source, with disagreements (None for an actor without statements)."""
        found = self._positions.get(actor_id)
        if found is None:
            actor = self._by_id.get(actor_id)
            if actor is None:
                return None
            if self._order is None:
                self._order = article_order(self.analysis)
            found = flatten(actor_position(self.analysis, actor, self._grouped[actor_id], self._order))
            self._positions[actor_id] = found
        return found

    def matching(self, text: str) -> list[Actor]:
        """The actors whose name, role or an alias contains the text (folded for case and accents)."""
        needle = fold(text.strip())
        if not needle:
            return list(self.actors)
        if self._keys is None:
            self._keys = [(a, tuple(fold(s) for s in (a.name, a.role or "", *a.aliases))) for a in self.actors]
        return [actor for actor, keys in self._keys if any(needle in key for key in keys)]


def flatten(position: CorePosition) -> ActorPosition:
    """The core's position of an actor as one list of statements in date order, with the disagreeing ones."""
    statements = tuple(st for source in position.sources for st in source.statements)
    flagged = frozenset(st.id for shift in position.shifts for st in (shift.first, shift.second))
    return ActorPosition(position.actor, statements, bool(position.shifts), flagged)


def actor_positions(analysis: Analysis) -> list[ActorPosition]:
    """Every actor with at least one statement: people first, then by number of statements."""
    index = PositionIndex(analysis)
    return [index.position(actor.id) for actor in index.actors]
