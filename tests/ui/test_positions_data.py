"""The Positions panel's actor list: actors in order with their counts, one actor's statements compared when asked."""

from __future__ import annotations

import dataclasses

from briefbook.core.model import Actor, Statement
from briefbook.core.positions import actor_positions as core_positions
from briefbook.ui.positions_data import PositionIndex, actor_positions, flatten


def with_more_actors(analysis):
    """The hand-made analysis plus an organisation with three statements and a person with one."""
    first = analysis.statements[0]
    org = Actor("harbour-board", "Harbour Board", "organization", aliases=("Hafenbehörde",))
    person = Actor("ilse-dahl", "Ilse Dahl", "person")
    extra = [dataclasses.replace(first, id=f"x{n}", actor=org.id) for n in range(3)]
    extra.append(dataclasses.replace(first, id="y", actor=person.id))
    lonely = Actor("no-words", "Silent Sam", "person")
    return dataclasses.replace(
        analysis, actors=(*analysis.actors, org, person, lonely), statements=(*analysis.statements, *extra)
    )


def test_the_list_orders_people_first_then_by_statements_as_the_full_positions_do(analysis) -> None:
    rich = with_more_actors(analysis)
    index = PositionIndex(rich)
    assert [a.id for a in index.actors] == [p.actor.id for p in core_positions(rich)] == ["quist", "ilse-dahl", "harbour-board"]
    assert [index.count(a.id) for a in index.actors] == [2, 1, 3]
    assert index.count("no-words") == 0 and index.position("no-words") is None


def test_an_actors_position_is_the_core_position_flattened(analysis) -> None:
    rich = with_more_actors(analysis)
    index = PositionIndex(rich)
    for position in core_positions(rich):
        assert index.position(position.actor.id) == flatten(position)
    assert actor_positions(rich) == [flatten(p) for p in core_positions(rich)]
    quist = index.position("quist")
    assert [s.id for s in quist.statements] == ["sa", "sc"]
    assert isinstance(quist.statements[0], Statement)


def test_the_filter_folds_case_and_accents_and_looks_at_roles_and_aliases(analysis) -> None:
    index = PositionIndex(with_more_actors(analysis))
    assert [a.id for a in index.matching("QUIST")] == ["quist"]
    assert [a.id for a in index.matching("Harbour")] == ["quist", "harbour-board"]
    assert [a.id for a in index.matching("hafenbehorde")] == ["harbour-board"]
    assert [a.id for a in index.matching("  ")] == ["quist", "ilse-dahl", "harbour-board"]
    assert index.matching("nobody") == []
