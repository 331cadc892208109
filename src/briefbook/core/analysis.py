"""The analysis pipeline: a briefing's articles in, figures, tracks, actors and statements out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .actors import find_actors
from .figures import extract_figures
from .loading import load_articles
from .model import Analysis, Article, Briefing, EventDate, Figure
from .statements import extract_statements
from .tracks import build_tracks

Progress = Callable[[int, int], None]


def chronological(articles: Sequence[Article]) -> list[Article]:
    """Articles in date order; ties and undated articles (last) keep their manifest order."""
    return sorted(articles, key=lambda a: (a.date is None, a.date or 0, a.order))


def analyze_articles(briefing: Briefing, articles: Sequence[Article], problems: Sequence[str] = ()) -> Analysis:
    """Run every analysis stage over articles that have already been read and cleaned."""
    ordered = chronological(articles)
    figures: list[Figure] = []
    dates: list[EventDate] = []
    for art in ordered:
        figs, ds = extract_figures(art)
        figures.extend(figs)
        dates.extend(ds)
    tracks = build_tracks(figures, ordered)
    actors, mentions = find_actors(ordered, briefing.actors)
    statements = extract_statements(ordered, actors, mentions, briefing.questions)
    return Analysis(
        briefing=briefing,
        articles=tuple(ordered),
        figures=tuple(figures),
        dates=tuple(dates),
        tracks=tuple(tracks),
        actors=tuple(actors),
        mentions=tuple(mentions),
        statements=tuple(statements),
        problems=tuple(problems),
    )


def analyze(briefing: Briefing, progress: Progress | None = None) -> Analysis:
    """Read, clean and analyse every article of a briefing."""
    articles, problems = load_articles(briefing, progress=progress)
    return analyze_articles(briefing, articles, problems)
