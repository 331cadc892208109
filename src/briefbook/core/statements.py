"""Statements: what each actor said or did, traced to its sentence."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Actor, Article, Mention, Statement


def extract_statements(
    articles: Sequence[Article],
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    questions: Sequence[str] = (),
) -> list[Statement]:
    """Every statement the articles attribute to an actor."""
    return []
