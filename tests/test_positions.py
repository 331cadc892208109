"""Positions across sources: statements grouped by article in date order, stance shifts flagged."""

from __future__ import annotations

import datetime as dt

from passages import article

from briefbook.core.analysis import analyze_articles
from briefbook.core.model import Briefing
from briefbook.core.positions import actor_positions

Q = ("Air cover required?",)


def _analysis(questions=Q):
    later = article(["Spanish President Ines Mora said she rejected the demand that air cover be required for the mission."], "late", dt.date(2025, 5, 2))
    early = article(["Spanish President Ines Mora said air cover is required, only with it can the mission start."], "early", dt.date(2025, 1, 9))
    briefing = Briefing(title="t", description=None, sources=(), root=".", questions=questions)
    return analyze_articles(briefing, [later, early])


def test_statements_grouped_by_article_in_date_order():
    pos = next(p for p in actor_positions(_analysis()) if p.actor.id == "ines-mora")
    assert [s.article.id for s in pos.sources] == ["early", "late"]
    assert pos.count == 2


def test_stance_shift_on_the_same_question_is_flagged():
    pos = next(p for p in actor_positions(_analysis()) if p.actor.id == "ines-mora")
    assert [(s.question, s.first.article, s.second.article) for s in pos.shifts] == [("Air cover required?", "early", "late")]
    assert (pos.shifts[0].first.stance, pos.shifts[0].second.stance) == ("conditional", "opposes")


def test_without_questions_stances_are_compared_across_all_statements():
    pos = next(p for p in actor_positions(_analysis(questions=())) if p.actor.id == "ines-mora")
    assert len(pos.shifts) == 1 and pos.shifts[0].question is None


def test_actors_without_statements_have_no_position():
    ids = {p.actor.id for p in actor_positions(_analysis())}
    assert "spain" not in ids
