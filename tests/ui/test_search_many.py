"""A search with many hits lists and counts them all (drawing only those on screen); ] and [ reach every hit."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.widgets import OptionList, Static

from briefbook.core.model import Analysis, ArticleSource, Briefing
from briefbook.ui.app import make_app
from briefbook.ui.screens.search import SearchScreen, fit_context

from .conftest import make_articles
from .helpers import rendered_text


async def test_many_hits_are_all_listed_and_counted() -> None:
    text = "Ferry timetable\n\n" + "\n\n".join(f"The ferry number {n} left the harbour on time." for n in range(150))
    articles = make_articles([("x", "Outlet", dt.date(2025, 1, 1), "Ferry timetable", text)])
    sources = tuple(ArticleSource(a.id, a.file, a.order, a.outlet, a.date, a.title) for a in articles)
    analysis = Analysis(Briefing("Ferries", None, sources, "/nowhere"), tuple(articles))
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"harbour")
        await pilot.pause()
        hits = app.screen.query_one("#search-hits", OptionList)
        assert hits.option_count == 150
        assert "150 hits in 1 article" in rendered_text(app.screen.query_one("#search-count", Static))
        await pilot.press("down", "end")
        await pilot.pause()
        assert "ferry number 149 left the harbour" in rendered_text(hits)
        await pilot.press("home", "up")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(110):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        marked = app.book.reader.marked_paragraph()
        assert marked is not None and marked.index is not None and marked.index > 100


@pytest.mark.parametrize(
    ("context", "span", "width", "shown"),
    [
        ("short line", (0, 5), 20, "short line"),
        ("the ferry left the harbour on time today", (19, 26), 20, "…he harbour on time…"),
        ("the ferry left the harbour on time today", (0, 3), 12, "the ferry l…"),
        ("the ferry left the harbour on time today", (35, 40), 12, "… time today"),
    ],
)
def test_a_long_context_is_cut_around_the_hit(context: str, span: tuple[int, int], width: int, shown: str) -> None:
    text, start, end = fit_context(context, *span, width)
    assert text == shown and len(text) <= width
    assert context[span[0]:span[1]].startswith(text[start:end].strip("…"))
