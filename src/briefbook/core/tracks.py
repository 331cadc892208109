"""Tracks: the figures of one kind lined up across sources in date order."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Figure, Track


def build_tracks(figures: Sequence[Figure], articles: Sequence[Article]) -> list[Track]:
    """Group figures by what they count, across articles in date order."""
    return []
