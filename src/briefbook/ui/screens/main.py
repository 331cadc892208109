"""The book: header, contents, reader (or columns), side panel and footer, and the keys that page it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import OptionList

from ...core.model import Analysis, Briefing
from ..messages import JumpRequested, Place
from ..widgets.contents import ContentsList
from ..widgets.header import BriefingHeader
from ..widgets.keybar import KeyBar
from ..widgets.reader import Reader
from ..widgets.side import SidePanel
from .review_actions import REVIEW_ACTIONS, REVIEW_BINDINGS, ReviewActions

if TYPE_CHECKING:
    from ...core.review import ReviewStore
    from ...core.search import SearchIndex
    from ...core.similarity import SimilarityIndex
    from ..widgets.columns import ColumnsView
    from .search import SearchResult

WIDE_COLUMNS = 3
NARROW_COLUMNS = 2
THREE_COLUMNS_FROM = 120
FIRST_RESUME_NEEDS = ("stack_updates", "_update_auto_focus", "_size", "_refresh_layout")


class MainScreen(ReviewActions, Screen[None]):
    """The briefing book. Pages in date order; panels fold away below 140 columns.

    | Key | Action |
    | --- | --- |
    | n / p | next / previous source |
    | g / G | first / last source |
    | 1-9 | the Nth source |
    | c | columns mode |
    | t / s | contents / side panel |
    | P / F | Positions / Figures tab |
    | m | positions matrix |
    | / | search; ] and [ next / previous hit |
    | d | text removed by cleaning |
    | J / K | sentence cursor down / up |
    | * / ! / f | flag important / check this / any flag |
    | o | note on the sentence (or its paragraph, the article) |
    | N | every note on this article, to reopen one |
    | r | article reviewed (again: not) |
    | e | export the memo |
    | ? | every key here |
    """

    KEYS_TITLE = "The book"
    AUTO_FOCUS = "#reader"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-medium"), (140, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Next", id="book.next"),
        Binding("p", "previous", "Prev", id="book.previous"),
        Binding("g", "first", "First source", show=False, id="book.first"),
        Binding("G", "last", "Last source", show=False, id="book.last"),
        *(Binding(str(d), f"goto({d})", f"Source {d}", show=False, id=f"book.goto_{d}") for d in range(1, 10)),
        Binding("t", "toggle_contents", "Contents", id="book.contents"),
        Binding("s", "toggle_side", "Panel", id="book.side"),
        *REVIEW_BINDINGS,
        Binding("c", "toggle_columns", "Columns", id="book.columns"),
        Binding("P", "open_tab('positions-tab')", "Positions", show=False, id="book.positions"),
        Binding("F", "open_tab('figures-tab')", "Figures", show=False, id="book.figures"),
        Binding("m", "matrix", "Matrix", show=False, id="book.matrix"),
        Binding("slash", "search", "Search", id="book.search"),
        Binding("right_square_bracket", "next_hit", "Next hit", id="book.next_hit"),
        Binding("left_square_bracket", "previous_hit", "Prev hit", id="book.previous_hit"),
        Binding("d", "toggle_dropped", "Removed text", show=False, id="book.dropped"),
        Binding("escape", "close", "Close panel", show=False, id="book.close"),
        Binding("question_mark", "keys", "Keys", id="book.keys"),
    ]

    def __init__(
        self,
        briefing: Briefing,
        store: ReviewStore | None = None,
        early_analysis: Callable[[], Analysis | None] | None = None,
    ) -> None:
        """A book for a briefing (and its review store); the analysis arrives by `show_analysis`.

        `early_analysis` gives the analysis if it is already done when the book is mounted, so that the first
        paint shows it rather than an empty book painted again a moment later.
        """
        super().__init__()
        self.briefing = briefing
        self.store = store
        self.early_analysis = early_analysis
        self.analysis: Analysis | None = None
        self.index = 0
        self.mark: Place | None = None
        self.columns = False
        self.show_dropped = False
        self.search_index: SearchIndex | None = None
        self.similarity: SimilarityIndex | None = None
        self.search_query = ""
        self.hits: tuple = ()
        self.hit_index = 0
        self._resumed = False

    def compose(self) -> ComposeResult:
        """Header, body (contents, reader, side panel), footer; the columns view is added when first asked for.

        The width's class (-narrow, -medium, -wide) is set first, as the first resize would: the panels are
        then styled and laid out once, for the width they have, rather than again when that resize comes.
        """
        width = self.app.size.width
        self.add_class(next(name for least, name in reversed(self.HORIZONTAL_BREAKPOINTS) if width >= least))
        yield BriefingHeader(self.briefing.title)
        with Horizontal(id="body"):
            yield ContentsList(id="contents")
            yield Reader(id="reader")
            yield SidePanel(id="side")
        yield KeyBar(id="keybar", markup=False)

    def _on_resize(self, event: events.Resize) -> None:
        """Lay the book out again only when its size changed (Textual's handler runs after this one otherwise).

        At start-up Textual sends the screen the terminal's size up to three times after the book is laid out and
        painted at that size; each would reflow the whole book again before the screen settles.
        """
        if self._compositor.size == event.size and self.is_attached and not self._layout_required:
            event.prevent_default()
            event.stop()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time the book comes up, lay it out and paint it once.

        Textual's own resume styles every widget again (they were styled as they mounted, a moment ago), lays the
        screen out and paints it, then asks for a second full paint. At start-up that doubles the cost of the first
        screen, so the first resume does the same steps without the restyle and the repaint (falling back to
        Textual's resume, without the restyle, should its internals ever change).
        """
        if self._resumed:
            return
        self._resumed = True
        event.refresh_styles = False
        if not all(hasattr(self, name) for name in FIRST_RESUME_NEEDS) or not hasattr(self.app, "_refresh_notifications"):
            return
        event.prevent_default()
        self.stack_updates += 1
        self.app._refresh_notifications()
        self._update_auto_focus()
        if self.is_attached:
            if self._size != self.app.size:
                self._refresh_layout(self.app.size)
            else:
                self.refresh()

    def on_mount(self) -> None:
        """Titles of the panes; an analysis already done is shown at once (the reader has the focus: AUTO_FOCUS)."""
        self.query_one("#contents").border_title = "Contents"
        if self.store is not None:
            self.reader.marks_source = self.store.marks
        early = self.early_analysis() if self.early_analysis is not None else None
        if early is not None and self.analysis is None:
            self.show_analysis(early)
        if self.focused is None:
            self.set_focus(self.reader, scroll_visible=False)  # keys typed at once go to the reader

    @property
    def reader(self) -> Reader:
        """The single-article reader."""
        return self.query_one("#reader", Reader)

    def show_analysis(self, analysis: Analysis) -> None:
        """Show (or refresh with) an analysis: contents, header, reader, panels; the first time, at the saved place."""
        first = self.analysis is None
        self.analysis = analysis
        at_paragraph = None
        if first:
            self.index, at_paragraph = self.saved_place()
        if analysis.articles:
            self.index = min(self.index, len(analysis.articles) - 1)
        ids = [a.id for a in analysis.articles]
        statuses = {i: self.store.status(i) for i in ids} if self.store else {}
        progress = self.store.progress(ids).label if self.store else f"0/{len(ids)} reviewed"
        self.query_one(BriefingHeader).show_stats(analysis, progress)
        self.query_one(ContentsList).show_articles(list(analysis.articles), statuses, self.index)
        self.query_one(SidePanel).show_analysis(analysis)
        self._show_current(keep_scroll=not first, at_paragraph=at_paragraph)
        if first:
            self.article_opened()
        self.refresh_bindings()

    def set_indexes(self, search_index: SearchIndex, similarity: SimilarityIndex) -> None:
        """The indexes built once by the analysis worker."""
        self.search_index, self.similarity = search_index, similarity
        if self.columns:
            self._show_current()

    def show_progress_bar(self) -> None:
        """Mount the progress bar under the header (only when reading takes a while)."""
        from textual.widgets import ProgressBar

        if not self.query("#progress"):
            self.mount(ProgressBar(id="progress", show_eta=False), after=self.query_one(BriefingHeader))

    def hide_progress_bar(self) -> None:
        """Remove the progress bar."""
        self.query("#progress").remove()

    def show_progress(self, done: int, total: int) -> None:
        """Update the progress bar, if it is shown."""
        for bar in self.query("#progress"):
            bar.update(total=total, progress=done)

    def _show_current(self, keep_scroll: bool = False, at_paragraph: int | None = None) -> None:
        """Show the current article (or the window of columns starting at it)."""
        analysis = self.analysis
        if analysis is None or not analysis.articles:
            return
        article = analysis.articles[self.index]
        total = len(analysis.articles)
        self.query_one(ContentsList).highlighted = self.index
        if self.columns:
            count = self._column_count()
            first = max(0, min(self.index, total - count))
            window = analysis.articles[first : first + count]
            self._columns_view().show(analysis, window, self.similarity, first)
            return
        mark = self.mark if self.mark is not None and self.mark.article == article.id else None
        self.reader.show(
            analysis, article, mark=mark, show_dropped=self.show_dropped, position=f"{self.index + 1} of {total}",
            keep_scroll=keep_scroll, at_paragraph=at_paragraph,
        )

    def _columns_view(self) -> ColumnsView:
        """The columns view (added to the body the first time columns mode opens)."""
        from ..widgets.columns import ColumnsView

        views = self.query(ColumnsView)
        if views:
            return views.first()
        view = ColumnsView(id="columns")
        self.query_one("#body").mount(view, after=self.reader)
        return view

    def _column_count(self) -> int:
        """Three columns on wide screens, two otherwise (never more than the articles)."""
        count = WIDE_COLUMNS if self.size.width >= THREE_COLUMNS_FROM else NARROW_COLUMNS
        return max(1, min(count, len(self.analysis.articles) if self.analysis else 1))

    def go_to(self, index: int, mark: Place | None = None) -> None:
        """Open the article at an index (clamped), with an optional mark."""
        if self.analysis is None or not self.analysis.articles:
            return
        changed = index != self.index
        self.index = max(0, min(index, len(self.analysis.articles) - 1))
        self.mark = mark
        self._show_current()
        if changed or mark is not None:
            self.article_opened()

    def open_place(self, place: Place) -> None:
        """Open a place: leave columns mode, open its article, mark its span."""
        if self.analysis is None:
            return
        ids = [a.id for a in self.analysis.articles]
        if place.article not in ids:
            return
        if self.columns:
            self._set_columns(False)
        self.go_to(ids.index(place.article), place if place.paragraph is not None else None)

    @on(JumpRequested)
    def _jump(self, event: JumpRequested) -> None:
        """A panel asked to open a place; narrow overlays close so the reader shows."""
        event.stop()
        self.open_place(event.place)
        if self.has_class("-narrow") or self.has_class("-medium") or isinstance(event.control, ContentsList):
            self._close_overlays(focus_reader=self.has_class("-narrow") or isinstance(event.control, ContentsList))

    def action_next(self) -> None:
        """The next source in date order."""
        self.go_to(self.index + 1)

    def action_previous(self) -> None:
        """The previous source in date order."""
        self.go_to(self.index - 1)

    def action_first(self) -> None:
        """The first source."""
        self.go_to(0)

    def action_last(self) -> None:
        """The last source."""
        self.go_to(len(self.analysis.articles) - 1 if self.analysis else 0)

    def action_goto(self, number: int) -> None:
        """The Nth source (1-based)."""
        if self.analysis is not None and number <= len(self.analysis.articles):
            self.go_to(number - 1)

    def action_toggle_columns(self) -> None:
        """Switch between one article and two or three side by side."""
        self._set_columns(not self.columns)
        self._show_current()

    def _set_columns(self, on: bool) -> None:
        """Enter or leave columns mode."""
        self.columns = on
        self.set_class(on, "-columns")
        self.mark = None if on else self.mark
        if on:
            view = self._columns_view()
            self.call_after_refresh(lambda: view.query_one("#column-0").focus())
        else:
            self.call_after_refresh(self.reader.focus)
        self.refresh_bindings()

    def action_toggle_contents(self) -> None:
        """Show the contents (over the reader when narrow) and focus it; again to hide."""
        self._toggle_panel("-contents-open", self.query_one(ContentsList))

    def action_toggle_side(self) -> None:
        """Show the side panel (over the reader when narrow); again to hide."""
        self._toggle_panel("-side-open", self.query_one(SidePanel))

    def _toggle_panel(self, open_class: str, panel) -> None:
        """Open a panel and focus it, or close it if it has the focus."""
        if self.has_class(open_class) and (self.focused is not None and panel in self.focused.ancestors_with_self):
            self._close_overlays(focus_reader=True)
            return
        self._close_overlays(focus_reader=False)
        self.add_class(open_class)
        self.call_after_refresh(self._focus_panel, panel)

    def _focus_panel(self, panel) -> None:
        """Focus the first focusable widget inside a panel."""
        if isinstance(panel, SidePanel):
            pane = panel.active_pane
            target = pane.query_one("#actor-filter") if pane is not None and pane.id == "positions" else pane
            (target or panel).focus()
        else:
            panel.focus()

    def _close_overlays(self, focus_reader: bool) -> None:
        """Fold away the panels opened over the reader."""
        self.remove_class("-contents-open", "-side-open")
        if focus_reader:
            (self.query_one("#column-0") if self.columns else self.reader).focus()

    def action_open_tab(self, tab: str) -> None:
        """Open the side panel on a tab."""
        side = self.query_one(SidePanel)
        side.show_tab(tab)
        self._close_overlays(focus_reader=False)
        self.add_class("-side-open")
        self.call_after_refresh(self._focus_panel, side)

    def action_close(self) -> None:
        """Close an open panel, or clear the mark."""
        if self.has_class("-contents-open") or self.has_class("-side-open"):
            self._close_overlays(focus_reader=True)
        elif self.mark is not None:
            self.mark = None
            self._show_current(keep_scroll=True)

    def action_toggle_dropped(self) -> None:
        """Show or hide the text cleaning removed from the article."""
        self.show_dropped = not self.show_dropped
        self._show_current(keep_scroll=not self.show_dropped)

    def action_matrix(self) -> None:
        """The positions matrix, full screen."""
        from .matrix import MatrixScreen

        if self.analysis is not None:
            self.app.push_screen(MatrixScreen(self.analysis))

    def action_keys(self) -> None:
        """Every key that works here."""
        from .keys import KeysScreen

        self.app.push_screen(KeysScreen(self))

    def action_search(self) -> None:
        """Search all articles."""
        if self.analysis is None or self.search_index is None:
            self.notify("Still reading the articles…", markup=False)
            return
        from .search import SearchScreen

        self.app.push_screen(SearchScreen(self.analysis, self.search_index, self.search_query), self._search_done)

    def _search_done(self, result: SearchResult | None) -> None:
        """Open the chosen hit and keep the others for ] and [."""
        if result is None:
            return
        self.search_query = result.query
        self.hits, self.hit_index = result.hits, result.chosen
        self._open_hit()
        self.refresh_bindings()

    def _open_hit(self) -> None:
        """Open the current search hit."""
        hit = self.hits[self.hit_index]
        self.open_place(Place(hit.article, hit.paragraph, hit.start, hit.end))
        self.notify(f"hit {self.hit_index + 1} of {len(self.hits)}", timeout=2, markup=False)

    def action_next_hit(self) -> None:
        """The next search hit (wrapping round)."""
        if self.hits:
            self.hit_index = (self.hit_index + 1) % len(self.hits)
            self._open_hit()

    def action_previous_hit(self) -> None:
        """The previous search hit (wrapping round)."""
        if self.hits:
            self.hit_index = (self.hit_index - 1) % len(self.hits)
            self._open_hit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hit keys show only once there are hits."""
        if action in ("next_hit", "previous_hit"):
            return bool(self.hits)
        if action in REVIEW_ACTIONS:
            return self.review_allowed(action)
        return True

    @on(OptionList.OptionHighlighted, "#contents")
    def _contents_moved(self, event: OptionList.OptionHighlighted) -> None:
        """Moving in the contents does not open an article until Enter."""
        event.stop()

    def review_changed_elsewhere(self) -> None:
        """Another session saved the review file: redraw marks, progress and the contents."""
        self.show_review_state()
        if not self.columns and self.reader.article is not None:
            self.reader.refresh_article(keep_scroll=True)
        self.show_store_messages()

    def on_resize(self) -> None:
        """Columns follow the width (two or three)."""
        if self.columns:
            self._show_current()
