"""A search with many hits lists the first ones at once; ] and [ still reach every hit."""

from __future__ import annotations

import datetime as dt

from textual.widgets import OptionList, Static

from briefbook.core.model import Analysis, ArticleSource, Briefing
from briefbook.ui.app import make_app
from briefbook.ui.screens.search import LISTED_HITS, SearchScreen

from .conftest import make_articles
from .helpers import rendered_text


async def test_many_hits_are_listed_in_part_and_counted_in_full() -> None:
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
        assert app.screen.query_one("#search-hits", OptionList).option_count == LISTED_HITS
        count = rendered_text(app.screen.query_one("#search-count", Static))
        assert "150 hits" in count and f"first {LISTED_HITS} listed" in count
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(LISTED_HITS + 10):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        marked = app.book.reader.marked_paragraph()
        assert marked is not None and marked.index is not None and marked.index > LISTED_HITS
