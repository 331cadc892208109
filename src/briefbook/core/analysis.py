"""The analysis pipeline: a briefing's articles in, figures, tracks, actors and statements out.

The per-article stage (read, clean, sentences, figures) is cached on disk per article and run
across every core when many articles need it; the cross-article stages (tracks, actors,
statements) then run over the whole briefing, and their result is cached for the exact set of
articles it was built from.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from . import crosspack, serialize
from .cache import Pack, combined_key, source_key
from .collector import collector_paused
from .model import (
    Actor,
    Analysis,
    Article,
    Briefing,
    EventDate,
    Figure,
    Mention,
    Statement,
    Track,
)
from .pool import AnalysisCancelled, ArticleResult, Crew, decode_results, run_stage
from .reading import MAX_ARTICLE_BYTES, read_bounded

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool]
ArticlesReady = Callable[[list[Article], list[str]], None]


@dataclass(frozen=True, slots=True)
class CrossResult:
    """What the cross-article stages derive from a briefing's articles and figures."""

    tracks: tuple[Track, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()


def chronological(articles: Sequence[Article]) -> list[Article]:
    """Articles in date order; ties and undated articles (last) keep their manifest order."""
    return sorted(articles, key=_date_order)


def _date_order(article: Article) -> tuple:
    """The sort key of date order: dated first, by date, then manifest order."""
    return (article.date is None, article.date or 0, article.order)


def analyze_articles(briefing: Briefing, articles: Sequence[Article], problems: Sequence[str] = ()) -> Analysis:
    """Run every analysis stage over articles that have already been read and cleaned."""
    from .figures import extract_figures

    found = _dated([(a, *extract_figures(a)) for a in articles])
    return _assemble(briefing, found, problems)


def analyze(
    briefing: Briefing,
    progress: Progress | None = None,
    *,
    cancel: Cancel | None = None,
    workers: int | None = None,
    use_cache: bool = True,
    on_articles: ArticlesReady | None = None,
) -> Analysis:
    """Read, clean and analyse every article of a briefing, from the cache where it can.

    `progress(done, total)` counts articles; `cancel` (an Event or a callable) is checked between
    chunks and raises AnalysisCancelled; `workers` caps the processes (default: every core);
    `on_articles(articles, problems)` receives the articles in date order as soon as they are read,
    before the cross-article stages run (so an app can show the contents and the first article).
    """
    cancelled = _as_callable(cancel)
    pack = Pack.for_briefing(briefing) if use_cache else None
    sources = briefing.sources
    total = len(sources)
    keys = [pack.key_for(s, _key) if pack is not None else None for s in sources]
    results: list[ArticleResult | None] = [None] * total
    with collector_paused():
        found = [(i, key, text) for i, key in enumerate(keys) if key is not None and (text := pack.get(key)) is not None]
        for (i, key, _), result in zip(found, decode_results([text for _, _, text in found])):
            if isinstance(result, serialize.SerializeError):
                pack.discard(key)
            else:
                results[i] = _in_place(result, sources[i].order)
    todo = [i for i, r in enumerate(results) if r is None]
    done = total - len(todo)
    if progress:
        progress(done, total)

    def on_result(n: int, text: str | None, result: ArticleResult) -> None:
        nonlocal done
        i = todo[n]
        results[i] = result
        if pack is not None and keys[i] is not None and text is not None:
            pack.put(keys[i], text)
        done += 1
        if progress:
            progress(done, total)

    crew = Crew.start(len(todo), workers)
    try:
        try:
            with collector_paused():
                run_stage(
                    [sources[i] for i in todo],
                    on_result,
                    workers=workers,
                    cancelled=cancelled,
                    crew=crew,
                    texts=pack is not None,
                )
        except AnalysisCancelled:
            if pack is not None:
                pack.save()
            raise
        if cancelled():
            if pack is not None:
                pack.save()
            raise AnalysisCancelled()
        with collector_paused():
            analysis = _finish(briefing, results, keys, pack, on_articles, crew)
    except BaseException:
        if crew is not None:
            crew.close(at_once=True)
        raise
    if crew is not None:
        crew.close()
    return analysis


def _finish(
    briefing: Briefing,
    results: Sequence[ArticleResult | None],
    keys: Sequence[str | None],
    pack: Pack | None,
    on_articles: ArticlesReady | None,
    crew: Crew | None,
) -> Analysis:
    """Hand the articles over, run (or fetch) the cross-article stages and save the cache."""
    final = [r for r in results if r is not None]
    problems = [str(p) for r in final for p in r.problems]
    found = _dated([(r.article, r.figures, r.dates) for r in final if r.article is not None])
    if on_articles:
        on_articles(chronological([row[0] for row in found]), problems)
    cross_key = None
    if pack is not None and all(k is not None for k in keys):
        cross_key = combined_key([k for k in keys if k], [serialize.to_data(briefing.actors), list(briefing.questions)])
    analysis = _assemble(briefing, found, problems, pack=pack, cross_key=cross_key, crew=crew)
    if pack is not None:
        pack.save()
    return analysis


def _assemble(
    briefing: Briefing,
    found: Sequence[tuple[Article, Sequence[Figure], Sequence[EventDate]]],
    problems: Sequence[str],
    *,
    pack: Pack | None = None,
    cross_key: str | None = None,
    crew: Crew | None = None,
) -> Analysis:
    """Order the articles, gather their figures, and run (or fetch) the cross-article stages."""
    rows = sorted(found, key=lambda row: _date_order(row[0]))
    ordered = [row[0] for row in rows]
    figures = [f for row in rows for f in row[1]]
    dates = [d for row in rows for d in row[2]]
    with collector_paused():
        cross = _cached_cross(pack, cross_key, ordered)
    if cross is None:
        columns: dict[type, list[list]] = {}
        cross = _cross(briefing, ordered, figures, crew, columns)
        if pack is not None and cross_key is not None:
            with collector_paused():
                text = _encode_cross(cross, ordered, columns)
            if text is not None:
                pack.put(cross_key, text)
    return Analysis(
        briefing=briefing,
        articles=tuple(ordered),
        figures=tuple(figures),
        dates=tuple(dates),
        tracks=cross.tracks,
        actors=cross.actors,
        mentions=cross.mentions,
        statements=cross.statements,
        problems=tuple(problems),
    )


def _cross(
    briefing: Briefing,
    ordered: list[Article],
    figures: list[Figure],
    crew: Crew | None = None,
    columns: dict[type, list[list]] | None = None,
) -> CrossResult:
    """The cross-article stages: tracks, then actors and their mentions, then statements.

    With a crew, each worker reads the mentions and statements of the articles it analysed while this
    process builds the tracks; the result is the same as one process reading every article. A `columns`
    dict given is filled with the mentions' and statements' fields as lists when they were built from them.
    """
    # The stages are imported here, not at the top: a briefing read from the cache never needs
    # them, and importing them (compiling their patterns) is most of a cold start's import time.
    from .tracks import build_tracks

    if crew is None or not crew.holder:
        from .actors import find_actors
        from .statements import extract_statements

        tracks = build_tracks(figures, ordered)
        actors, mentions = find_actors(ordered, briefing.actors)
        statements = extract_statements(ordered, actors, mentions, briefing.questions)
        return CrossResult(tuple(tracks), tuple(actors), tuple(mentions), tuple(statements))
    from .actors import prepare_actors
    from .crosswork import replay

    finder = prepare_actors(ordered, briefing.actors, [crew.evidence.get(a.id) for a in ordered])
    crew.send_cross(finder, briefing.questions, ordered)
    tracks = build_tracks(figures, ordered)
    actors, mentions, statements = replay(finder, ordered, crew.shares(), briefing.questions, columns)
    crew.dismiss()  # every share is in: the workers end while the results are written
    return CrossResult(tuple(tracks), tuple(actors), tuple(mentions), tuple(statements))


def _dated(found: list[tuple[Article, Sequence[Figure], Sequence[EventDate]]]) -> list[tuple]:
    """The rows with a year inferred for the articles dated by a wire dateline without one (core/yearless.py)."""
    from .yearless import infer_years

    dated = infer_years([row[0] for row in found])
    return [(a, *row[1:]) if a is not row[0] else row for a, row in zip(dated, found)]


def _cached_cross(pack: Pack | None, key: str | None, articles: Sequence[Article]) -> CrossResult | None:
    """The cross-article result stored under a key (for these articles), if it reads back."""
    if pack is None or key is None or (text := pack.get(key)) is None:
        return None
    try:
        return CrossResult(*crosspack.loads(text, articles, lazy_mentions=True))
    except (serialize.SerializeError, RecursionError):
        pack.discard(key)
        return None


def _encode_cross(
    cross: CrossResult, articles: Sequence[Article], columns: dict[type, list[list]] | None = None
) -> str | None:
    """The cross-article result as JSON text, only when it reads back exactly (`columns`: see _cross)."""
    try:
        return crosspack.checked_dumps(cross.tracks, cross.actors, cross.mentions, cross.statements, articles, columns)
    except (serialize.SerializeError, RecursionError):
        return None


def _in_place(result: ArticleResult, order: int) -> ArticleResult:
    """A cached result with its article at the manifest position it has now (moving an entry is no change)."""
    if result.article is None or result.article.order == order:
        return result
    return replace(result, article=replace(result.article, order=order))


def _key(source) -> str | None:
    """The cache key of a source from its bytes; None when the file cannot be read (read_source reports why)."""
    try:
        data = read_bounded(source.path, MAX_ARTICLE_BYTES)
    except OSError:
        return None
    return source_key(source, data)


def _as_callable(cancel: Cancel | None) -> Callable[[], bool]:
    """A cancel Event or callable as a callable; never cancelled when none is given."""
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


__all__ = ["AnalysisCancelled", "CrossResult", "analyze", "analyze_articles", "chronological"]
