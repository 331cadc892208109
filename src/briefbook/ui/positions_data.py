"""Actors' statements for the Positions panel and the matrix, from the core's positions.

The core (core/positions.py) groups statements by actor and source and finds stance shifts; this
module flattens that for lists: statements in date order, the actor flagged when sources disagree,
and the statements that take part in a disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Actor, Analysis, Statement
from ..core.positions import actor_positions as core_positions


@dataclass(frozen=True, slots=True)
class ActorPosition:
    """One actor with its statements in article date order, and where sources disagree."""

    actor: Actor
    statements: tuple[Statement, ...]
    disagreement: bool
    flagged: frozenset[str] = frozenset()


def actor_positions(analysis: Analysis) -> list[ActorPosition]:
    """Every actor with at least one statement: people first, then by number of statements."""
    positions = []
    for position in core_positions(analysis):
        statements = tuple(st for source in position.sources for st in source.statements)
        flagged = frozenset(st.id for shift in position.shifts for st in (shift.first, shift.second))
        positions.append(ActorPosition(position.actor, statements, bool(position.shifts), flagged))
    return positions
