"""Actors: people, governments and organisations found in the reading text."""

from __future__ import annotations

from collections.abc import Sequence

from .model import ActorConfig, Actor, Article, Mention


def find_actors(articles: Sequence[Article], config: Sequence[ActorConfig] = ()) -> tuple[list[Actor], list[Mention]]:
    """The actors of a briefing and every place each is named."""
    return [], []
