"""Pilot tests: drive the book with the keyboard and check what the screen shows."""

from __future__ import annotations

import dataclasses
import io
import re

from textual.widgets import DataTable, OptionList

import briefbook.ui.app as app_module
from briefbook.ui.app import make_app
from briefbook.ui.screens.keys import KeysScreen
from briefbook.ui.screens.matrix import MatrixScreen
from briefbook.ui.screens.search import SearchScreen
from briefbook.ui.widgets.reader import Reader

from .helpers import block_text, blocks_with, flat, is_visible_in, reader_text, rendered_text

WIDE = (160, 48)
NARROW = (80, 24)


async def test_pages_in_date_order(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        book = app.book
        shown = []
        for key in ["n", "n", "n", "p", "g", "G", "2", "1", "9"]:
            await pilot.press(key)
            await pilot.pause()
            shown.append(book.reader.article.id)
        assert shown == ["b", "c", "c", "b", "a", "c", "b", "a", "a"]
        assert "Northern Herald · 10 Jan 2025" in rendered_text(book.reader).splitlines()[0]
        assert "Harbour talks resume in Zurich" in reader_text(book.reader)


async def test_contents_lists_articles_in_date_order_and_enter_opens_one(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        contents = app.book.query_one("#contents", OptionList)
        text = rendered_text(contents)
        assert text.index("Northern Herald") < text.index("Southern Ledger") < text.index("Eastern Wire")
        await pilot.press("t", "down", "down", "enter")
        await pilot.pause()
        assert app.book.reader.article.id == "c"


async def test_statement_jumps_to_its_sentence_marked(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        await pilot.press(*"quist")
        await pilot.pause()
        actors = app.book.query_one("#actors", OptionList)
        assert "Mara Quist" in rendered_text(actors)
        await pilot.press("enter")  # Enter in the filter opens the first actor that matches
        await pilot.pause()
        statements = app.book.query_one("#statements", OptionList)
        text = rendered_text(statements)
        assert text.index("10 Jan") < text.index("15 Mar")
        assert "conditional" in text
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        reader = app.book.reader
        assert reader.article.id == "c"
        marked = reader.marked_paragraph()
        assert marked is not None and marked.has_class("-marked")
        assert "only if the inspectors stay" in block_text(reader, marked)
        assert reader.scroll_y > 0
        assert is_visible_in(marked, reader)
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert reader.has_focus and reader.marked_paragraph() is not None
        await pilot.press("escape")
        await pilot.pause()
        assert reader.marked_paragraph() is None


async def test_figure_jumps_to_its_sentence(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("F")
        await pilot.pause()
        figures = app.book.query_one("#figures", OptionList)
        text = rendered_text(figures)
        assert "Inspectors sent to Varna" in text and "sources differ" in text
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.pause()
        reader = app.book.reader
        assert reader.article.id == "c"
        marked = reader.marked_paragraph()
        assert marked is not None and "55 inspectors" in block_text(reader, marked)
        assert is_visible_in(marked, reader)
        await pilot.press("n")
        await pilot.pause()
        assert reader.marked_paragraph() is None


async def test_search_across_articles_folds_accents_and_steps_through_hits(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"ZURICH")
        await pilot.pause()
        hits = app.screen.query_one("#search-hits", OptionList)
        assert hits.option_count == 2
        listing = rendered_text(hits)
        assert "Northern Herald" in listing and "Southern Ledger" in listing
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        reader = app.book.reader
        assert reader.article.id == "a"
        assert "Zurich" in block_text(reader, reader.marked_paragraph())
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await pilot.pause()
        assert reader.article.id == "b"
        marked = reader.marked_paragraph()
        assert "Zürich" in block_text(reader, marked) and is_visible_in(marked, reader)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert reader.article.id == "a"


async def test_columns_mode_moves_along_the_chronology_and_marks_shared_sentences(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.pause()
        columns = [app.book.query_one(f"#column-{n}", Reader) for n in range(3)]
        assert [c.display for c in columns] == [True, True, False]
        assert [c.article.id for c in columns[:2]] == ["a", "b"]
        assert not app.book.reader.display
        shared_a = [
            block_text(columns[0], b) for b in columns[0].paragraph_blocks() if "≈" in block_text(columns[0], b)
        ]
        shared_b = [
            block_text(columns[1], b) for b in columns[1].paragraph_blocks() if "≈" in block_text(columns[1], b)
        ]
        assert any("40 inspectors" in flat(text) for text in shared_a)
        assert any("40 inspectors" in flat(text) for text in shared_b)
        await pilot.press("n")
        await pilot.pause()
        assert [c.article.id for c in columns[:2]] == ["b", "c"]
        await pilot.press("c")
        await pilot.pause()
        assert app.book.reader.display and app.book.reader.article.id == "b"


async def test_columns_mode_shows_three_on_wide_screens(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        columns = [app.book.query_one(f"#column-{n}", Reader) for n in range(3)]
        assert [c.article.id for c in columns] == ["a", "b", "c"]
        assert all(c.display for c in columns)


async def test_panels_fold_away_at_80_columns_and_keys_bring_them_over(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=NARROW) as pilot:
        book = app.book
        contents, side = book.query_one("#contents"), book.query_one("#side")
        assert not contents.display and not side.display
        await pilot.press("t")
        await pilot.pause()
        assert contents.display and contents.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert not contents.display and book.reader.has_focus
        await pilot.press("s")
        await pilot.pause()
        assert side.display and not contents.display
        assert side.query_one("#positions").display and side.region.width > 40


async def test_all_three_panes_show_from_140_columns(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert all(app.book.query_one(q).display for q in ("#contents", "#reader", "#side"))


async def test_markup_in_an_article_is_shown_literally(hostile_analysis) -> None:
    app = make_app(hostile_analysis.briefing, analysis=hostile_analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        text = flat(reader_text(app.book.reader))
        assert "[bold red]red markup[/]" in text
        assert "[link=file:///etc/passwd]a link[/link]" in text
        assert "[@click=app.quit]a click[/]" in text
        assert "⟨U+202E⟩right-to-left⟨U+202C⟩" in text and "zero⟨U+200B⟩width" in text
        assert "Title [b]LOUD[/b]" in rendered_text(app.book.query_one("#contents"))
        assert "Hostile [reverse]briefing[/]" in rendered_text(app.book.query_one("#briefing-header"))
        assert "Outlet [b]x[/b]" in rendered_text(app.book.reader).splitlines()[0]
        await pilot.click(Reader, offset=(4, 4))
        await pilot.pause()
        assert app.is_running


async def test_keys_screen_is_generated_from_the_bindings(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        text = rendered_text(app.screen.query_one("#keys-table"))
        for binding in app.book.BINDINGS:
            if "hit" not in binding.action:
                assert binding.description in text
        assert "Scroll down" in text and "Quit" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.book


async def test_down_from_the_actor_filter_goes_to_the_list_and_enter_there_opens_the_actor(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("P")
        await pilot.pause()
        actors = app.book.query_one("#actors", OptionList)
        assert app.focused is app.book.query_one("#actor-filter")
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is actors
        assert actors.highlighted == 0, "Down from the filter lands on the first actor, not the second"
        first = actors.get_option_at_index(0).id
        await pilot.press("enter")
        await pilot.pause()
        statements = app.book.query_one("#statements", OptionList)
        assert app.focused is statements
        assert statements.option_count == len(app.book.query_one("PositionsPanel")._index.position(first).statements)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is actors


def test_a_statement_wraps_under_its_indent(analysis) -> None:
    from rich.console import Console

    from briefbook.ui.widgets.positions import statement_entry

    quote = "we will hold the line on every clause of the agreement until the inspectors report back in full"
    statement = dataclasses.replace(analysis.statements[0], quote=quote)
    console = Console(width=34, record=True, color_system=None, file=io.StringIO())
    console.print(statement_entry(statement, analysis, flagged=False))
    lines = [line for line in console.export_text().splitlines() if line.strip()]
    assert len(lines) > 3, "the statement is long enough to wrap at this width"
    assert lines[0].startswith("── ")
    for line in lines[1:]:  # kind and stance, then the quotation or sentence, every wrapped line indented
        assert line.startswith("   ") and not line.startswith("    "), line


async def test_keys_screen_never_shows_an_internal_class_name(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        app.book.query_one("#actors").focus()
        await pilot.pause()
        assert type(app.focused).__name__ == "GrowingOptionList"
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        headings = [
            line for line in rendered_text(app.screen.query_one("#keys-table")).splitlines() if line and line[0] != " "
        ]
        assert headings, "the keys are grouped under headings"
        assert not [h for h in headings if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", h.strip())], headings
        assert "List" in [h.strip() for h in headings] or "Text field" in [h.strip() for h in headings], headings


def test_owner_titles_name_the_kind_of_widget() -> None:
    from textual.widgets import Input, OptionList

    from briefbook.ui.screens.keys import owner_title

    class FancyActorList(OptionList):
        pass

    class SideThing:
        KEYS_TITLE = "Side panel"

    class PlainHelperWidget:
        pass

    assert owner_title(FancyActorList()) == "List"
    assert owner_title(Input()) == "Text field"
    assert owner_title(SideThing()) == "Side panel"
    assert owner_title(PlainHelperWidget()) == "Plain helper widget"


async def test_matrix_shows_actors_by_sources(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1 and len(table.columns) == 4
        assert [str(c) for c in table.get_row("quist")[1:]] == ["✔", "—", "◐"]


async def test_reader_scrolls_with_vim_keys(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=NARROW) as pilot:
        reader = app.book.reader
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert reader.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert reader.scroll_y == 2


async def test_command_palette_jumps_to_an_article(analysis) -> None:
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Go to article 3")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.book.reader.article.id == "c"


async def test_side_panel_tabs_open_with_a_click_on_their_label(analysis) -> None:
    from briefbook.ui.widgets.side import SidePanel, SideTabs

    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        side = app.book.query_one(SidePanel)
        assert side.active == "positions-tab" and not app.book.query("#figures")
        assert "Positions  Figures" in rendered_text(app.book.query_one(SideTabs))
        await pilot.click(SideTabs, offset=(13, 0))
        await pilot.pause()
        await pilot.pause()
        assert side.active == "figures-tab"
        assert "Inspectors sent to Varna" in rendered_text(app.book.query_one("#figures", OptionList))
        assert not app.book.query_one("#positions").display
        await pilot.click(SideTabs, offset=(3, 0))
        await pilot.pause()
        assert side.active == "positions-tab" and app.book.query_one("#positions").display
        assert "Mara Quist" in rendered_text(app.book.query_one("#actors", OptionList))


async def test_the_worker_builds_the_search_index_after_the_first_screen(default_manifest, cache_home) -> None:
    from briefbook.core.loading import resolve_target

    briefing, _ = resolve_target(str(default_manifest))
    messages = []
    app = make_app(briefing)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        for _ in range(100):
            if app.book.search_index is not None:
                break
            await pilot.pause(0.02)
        names = [type(m).__name__ for m in messages]
        assert names.index("AnalysisReady") < names.index("IndexesReady")
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_the_analysis_worker_fills_the_book(default_manifest, cache_home) -> None:
    from briefbook.core.loading import resolve_target

    briefing, _ = resolve_target(str(default_manifest))
    messages = []
    app = make_app(briefing)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = [type(m).__name__ for m in messages]
        assert names.index("ArticlesLoaded") < names.index("AnalysisReady")
        assert app.book.query_one("#contents", OptionList).option_count == len(briefing.sources)
        assert app.book.reader.article is not None


async def test_a_small_briefing_in_the_cache_opens_with_the_book_as_its_first_screen(
    default_manifest, cache_home
) -> None:
    """Every article in the cache: the analysis is read before the first screen, which is the book, painted with it;
    no analysis worker runs, and the search index still comes from a worker after the first screen."""
    from briefbook.core.analysis import analyze
    from briefbook.core.loading import resolve_target

    briefing, _ = resolve_target(str(default_manifest))
    analyze(briefing)  # fills the cache
    messages = []
    app = make_app(briefing)
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        assert app.screen_stack == [app.book]
        assert app.book.analysis is app.analysis is not None
        assert app.book.query_one("#contents", OptionList).option_count == len(briefing.sources)
        for _ in range(100):
            if app.book.search_index is not None:
                break
            await pilot.pause(0.02)
        names = [type(m).__name__ for m in messages]
        assert "IndexesReady" in names
        assert "AnalysisReady" not in names and "AnalysisProgress" not in names  # no analysis worker
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_a_briefing_not_all_in_the_cache_is_analysed_by_the_worker(default_manifest, cache_home) -> None:
    from briefbook.core.analysis import analyze
    from briefbook.core.loading import resolve_target

    briefing, _ = resolve_target(str(default_manifest))
    analyze(briefing)
    partial = dataclasses.replace(
        briefing, sources=briefing.sources[:-1] + (dataclasses.replace(briefing.sources[-1], id="renamed"),)
    )
    app = make_app(partial)
    messages = []
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "AnalysisReady" in [type(m).__name__ for m in messages]
        assert app.book.analysis is app.analysis is not None


async def test_a_slow_rest_of_the_analysis_shows_the_contents_and_first_article_first(
    default_manifest, cache_home, monkeypatch
) -> None:
    """Articles read (here from the cache) but the cross-article part slow: the book opens with the articles, then fills."""
    import time

    from briefbook.core import analysis as core_analysis
    from briefbook.core.loading import resolve_target

    briefing, _ = resolve_target(str(default_manifest))
    core_analysis.analyze(briefing)
    real = core_analysis._assemble

    def slow(*args, **kwargs):
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(core_analysis, "_assemble", slow)
    monkeypatch.setattr(app_module, "CACHED_AT_START_MAX_ARTICLES", 0)  # through the worker, as a large briefing goes
    app = make_app(briefing)
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(100):
            if app.book.is_mounted and app.book.analysis is not None:
                break
            await pilot.pause(0.02)
        assert app.analysis is None  # the rest is still coming
        assert app.book.query_one("#contents", OptionList).option_count == len(briefing.sources)
        assert app.book.reader.article is not None and not app.book.analysis.statements
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.book.analysis is app.analysis is not None and app.analysis.statements


async def test_text_removed_by_cleaning_is_hidden_but_shown_with_d() -> None:
    import datetime as dt

    from briefbook.core.model import Analysis, ArticleSource, Briefing

    from .conftest import make_articles

    text = "A headline here\n\nAdvertisement\n\nThe first real paragraph of the story, long enough to be kept.\n\nSubscribe now"
    articles = make_articles([("x", "Outlet", dt.date(2025, 1, 1), "A headline here", text)])
    assert articles[0].dropped
    sources = tuple(ArticleSource(a.id, a.file, a.order, a.outlet, a.date, a.title) for a in articles)
    analysis = Analysis(Briefing("Chrome", None, sources, "/nowhere"), tuple(articles))
    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=NARROW) as pilot:
        reader = app.book.reader
        body = flat(" ".join(block_text(reader, block) for block in reader.blocks))
        assert "removed by cleaning · d shows them" in body and "Advertisement" not in body
        await pilot.press("d")
        await pilot.pause()
        [dropped] = blocks_with(reader, "-dropped")
        body = flat(block_text(reader, dropped))
        assert "Advertisement" in body and articles[0].dropped[0].reason in body
        await pilot.press("d")
        await pilot.pause()
        assert not blocks_with(reader, "-dropped")


def test_the_review_location_is_shown_under_the_home_folder_as_tilde(monkeypatch, tmp_path) -> None:
    from briefbook.ui.app import home_relative

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    inside = tmp_path / "home" / ".local" / "share" / "briefbook" / "reviews" / "x.review.yaml"
    assert home_relative(inside) == "~/.local/share/briefbook/reviews/x.review.yaml"
    assert home_relative(tmp_path / "homework" / "x.review.yaml") == str(tmp_path / "homework" / "x.review.yaml")
    assert home_relative("/srv/briefings/x.review.yaml") == "/srv/briefings/x.review.yaml"


async def test_the_book_is_laid_out_again_on_a_new_size_only(analysis, monkeypatch) -> None:
    from textual import events
    from textual.geometry import Size

    app = make_app(analysis.briefing, analysis=analysis)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        book = app.book
        layouts: list = []
        original = type(book)._refresh_layout

        def counted(self, size=None, scroll=False):
            layouts.append(size)
            return original(self, size, scroll)

        monkeypatch.setattr(type(book), "_refresh_layout", counted)
        book.post_message(events.Resize(Size(*WIDE), Size(*WIDE)))
        await pilot.pause()
        assert Size(*WIDE) not in layouts, "the same size again is no new layout"
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert Size(*NARROW) in layouts
        assert book.has_class("-narrow")
