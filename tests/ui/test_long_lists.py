"""Long option lists (contents, actors, figures) build and measure only the entries on screen, yet every key reaches every entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from rich.console import Console
from textual.app import App, ComposeResult
from textual.widgets import OptionList

from briefbook.core.model import Article
from briefbook.ui.widgets.contents import ContentsList
from briefbook.ui.widgets.figures import figure_entry, figure_entry_lines, track_heading, track_heading_lines
from briefbook.ui.widgets.lazy import GrowingOptionList, LazyOption, known_height

from .helpers import rendered_text

COUNT = 2000
SIZE = (60, 20)


def shown_lines(listing: OptionList) -> str:
    """The list's content lines on screen now, as plain text."""
    return "\n".join(listing.render_line(y).text for y in range(listing.scrollable_content_region.height))


def entry_text(n: int) -> str:
    """Entry n's text: every seventh one long enough to wrap onto a second line."""
    return f"entry {n:04d}" + (" with words enough to wrap past the width of the list" if n % 7 == 0 else "")


class ListApp(App[None]):
    """One growing list of COUNT lazily built entries, counting the builds."""

    def __init__(self) -> None:
        super().__init__()
        self.built: set[int] = set()

    def build(self, n: int) -> str:
        self.built.add(n)
        return entry_text(n)

    def compose(self) -> ComposeResult:
        yield GrowingOptionList(*(LazyOption(lambda n=n: self.build(n), id=f"e{n}") for n in range(COUNT)), id="list")


async def test_a_long_list_builds_only_what_is_near_the_screen() -> None:
    app = ListApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.query_one(GrowingOptionList)
        assert "entry 0000" in rendered_text(listing)
        assert 0 < len(app.built) < 100


async def test_end_home_and_pages_reach_every_entry_of_a_long_list() -> None:
    app = ListApp()
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(GrowingOptionList)
        listing.focus()
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted == COUNT - 1
        assert f"entry {COUNT - 1:04d}" in shown_lines(listing).splitlines()[-1]
        assert listing.virtual_size.height == sum(2 if n % 7 == 0 else 1 for n in range(COUNT))
        await pilot.press("home", "pagedown", "pagedown")
        await pilot.pause()
        shown = shown_lines(listing)
        assert listing.highlighted is not None and f"entry {listing.highlighted:04d}" in shown
        assert "entry 0000" not in shown


async def test_scrolling_past_the_measured_part_draws_the_entries_there() -> None:
    app = ListApp()
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(GrowingOptionList)
        for _ in range(100):
            await pilot.pause(0.01)
            if listing.virtual_size.height > 1600:
                break
        await pilot.pause(0.05)
        listing.scroll_to(y=1500, animate=False, immediate=True)
        await pilot.pause()
        assert listing.scroll_y == 1500
        shown = shown_lines(listing)
        first = int(shown.split("entry ")[1][:4])
        assert 1000 < first < COUNT and shown.count("entry ") >= 5


class ContentsApp(App[None]):
    """The contents list of COUNT articles, as tall as the screen (as in the book)."""

    CSS = "ContentsList { height: 1fr; }"

    def compose(self) -> ComposeResult:
        yield ContentsList(id="contents")


def article(n: int) -> Article:
    """A minimal dated article."""
    return Article(id=f"a{n}", title=f"Headline {n}", outlet=f"Outlet {n}", date=dt.date(2025, 1, 1) + dt.timedelta(days=n % 365),
                   file="", order=n, paragraphs=())


async def test_the_contents_builds_the_entries_on_screen_and_marks_one_when_it_changes() -> None:
    app = ContentsApp()
    async with app.run_test(size=SIZE) as pilot:
        contents = app.query_one(ContentsList)
        contents.show_articles([article(n) for n in range(COUNT)], {}, current=1500)
        await pilot.pause()
        built = [o for o in contents.options if o._prompt is not None]
        assert 0 < len(built) < 100
        assert "Outlet 1500" in shown_lines(contents)
        contents.show_status("a1500", "reviewed")
        await pilot.pause()
        line = next(line for line in shown_lines(contents).splitlines() if "Outlet 1500" in line)
        assert line.lstrip().startswith("✓")


async def test_the_same_articles_again_are_not_listed_again_but_changed_states_are_drawn() -> None:
    app = ContentsApp()
    async with app.run_test(size=SIZE) as pilot:
        contents = app.query_one(ContentsList)
        articles = [article(n) for n in range(COUNT)]
        contents.show_articles(articles, {}, current=10)
        await pilot.pause()
        options = contents.options
        kept = contents.get_option("a10")
        contents.show_articles(list(articles), {"a10": "reviewed"}, current=12)
        await pilot.pause()
        assert contents.get_option("a10") is kept and contents.options == options
        assert contents.highlighted == 12
        line = next(line for line in shown_lines(contents).splitlines() if "Outlet 10" in line)
        assert line.lstrip().startswith("✓")
        others = [article(n) for n in range(COUNT)]  # other articles (equal, but not the same): listed anew
        contents.show_articles(others, {}, current=0)
        await pilot.pause()
        assert contents.get_option("a10") is not kept


class KnownLinesApp(ListApp):
    """The same entries, each able to say its lines' text without being built."""

    def compose(self) -> ComposeResult:
        yield GrowingOptionList(
            *(LazyOption(lambda n=n: self.build(n), id=f"e{n}", lines=lambda n=n: [entry_text(n)]) for n in range(COUNT)),
            id="list",
        )


async def test_going_to_the_end_measures_entries_whose_lines_are_known_without_building_them() -> None:
    app = KnownLinesApp()
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(GrowingOptionList)
        listing.focus()
        await pilot.press("end")
        await pilot.pause()
        assert listing.highlighted == COUNT - 1
        assert f"entry {COUNT - 1:04d}" in shown_lines(listing).splitlines()[-1]
        assert listing.virtual_size.height == sum(2 if n % 7 == 0 else 1 for n in range(COUNT))
        assert len(app.built) < 100


def test_figure_entry_lines_are_the_built_entrys_text_or_none_for_characters_drawn_as_codes(analysis) -> None:
    article = analysis.articles[0]
    ordinary = analysis.figures[0]
    assert figure_entry_lines(ordinary, article) == drawn(figure_entry(ordinary, article), 200)
    assert track_heading_lines("Inspectors", True, "a note") == track_heading("Inspectors", True, "a note").plain.split("\n")
    hidden = dataclasses.replace(ordinary, context="with a zero\u200bwidth space")
    assert figure_entry_lines(hidden, article) is None
    assert figure_entry_lines(dataclasses.replace(ordinary, context="two\nlines"), article) is None


def drawn(renderable, width: int) -> list[str]:
    """The lines a Rich renderable draws at a width, as plain text without trailing spaces."""
    console = Console(width=width, color_system=None, file=io.StringIO(), record=True)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


@pytest.mark.parametrize("width", [12, 20, 31, 46, 80])
def test_a_figure_entry_wraps_under_its_indent_and_its_known_height_is_its_drawn_height(analysis, width: int) -> None:
    article = analysis.articles[0]
    figure = dataclasses.replace(
        analysis.figures[0], context="troops to be stationed along the border for at least the next twelve months"
    )
    lines = drawn(figure_entry(figure, article), width)
    assert known_height(figure_entry_lines(figure, article), width) == len(lines)
    assert lines[0].startswith("  ") and not lines[0].startswith("   ")
    if width >= 20:  # wide enough for the indents and a word: every line of the figure is indented by four
        first = next(n for n, line in enumerate(lines) if figure.text in line)
        assert all(line.startswith("  ") for line in lines[:first]), lines
        assert all(line.startswith("    ") for line in lines[first:] if line), lines
        assert len(lines) - first > 1 or width == 80


async def test_a_list_keeps_its_measured_lines_through_a_resize_that_keeps_its_width() -> None:
    """The first resize comes after the first paint with the size drawn: the list is not measured and drawn twice.
    A new width measures again (entries wrap differently)."""
    app = ListApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.query_one(GrowingOptionList)
        drawn = len(listing._option_render_cache)
        lines = listing._line_cache.lines
        assert drawn and lines
        await pilot.resize_terminal(SIZE[0], SIZE[1] + 6)
        await pilot.pause()
        assert listing._line_cache.lines is lines and len(listing._line_cache.lines) >= len(lines)
        assert "entry 0000" in shown_lines(listing)
        before = listing._line_cache.heights[0]
        await pilot.resize_terminal(24, SIZE[1])
        await pilot.pause()
        assert "entry 0000" in shown_lines(listing)
        assert listing._line_cache.heights[0] > before


async def test_in_the_list_a_figure_entry_is_as_tall_as_its_known_lines_say(analysis) -> None:
    article = analysis.articles[0]
    long = "troops to be stationed along the border for at least the next twelve months, officials said"
    figures = [dataclasses.replace(f, context=long[: 10 * n]) for n, f in enumerate(analysis.figures[:8])]

    class FiguresApp(App):
        def compose(self) -> ComposeResult:
            yield GrowingOptionList(
                *(LazyOption(lambda f=f: figure_entry(f, article), lines=lambda f=f: figure_entry_lines(f, article)) for f in figures),
                id="list",
            )

    app = FiguresApp()
    async with app.run_test(size=(40, 30)) as pilot:
        await pilot.pause()
        listing = app.query_one(GrowingOptionList)
        for width in (18, 26, 36):
            for option in listing.options:
                known = known_height(figure_entry_lines(option._build.__defaults__[0], article), width)
                assert listing._height(listing._get_visual(option), width) == known


async def test_contents_headlines_are_cut_to_the_width_the_list_has() -> None:
    long_title = "Ministers agree a phased plan for the harbour ferry budget after a night of talks in the council"
    articles = [dataclasses.replace(article(n), title=long_title, outlet="The Northern Harbour Evening Chronicle") for n in range(30)]
    app = ContentsApp()
    async with app.run_test(size=(40, 20)) as pilot:
        contents = app.query_one(ContentsList)
        contents.show_articles(articles, {}, current=0)
        await pilot.pause()
        narrow = shown_lines(contents).splitlines()
        await pilot.resize_terminal(100, 20)
        await pilot.pause()
        wide = shown_lines(contents).splitlines()
        for lines, width in ((narrow, 40), (wide, 100)):
            headline = next(line for line in lines if "Ministers" in line)
            assert len(headline.rstrip()) <= width
            assert headline.rstrip().endswith("…")
        narrow_words = len(next(line for line in narrow if "Ministers" in line).split())
        wide_words = len(next(line for line in wide if "Ministers" in line).split())
        assert wide_words > narrow_words + 5, (narrow_words, wide_words)
        assert any("The Northern Harbour Evening Chronicle" in line for line in wide)
        assert contents.virtual_size.height == 2 * len(articles)  # still two lines an entry
