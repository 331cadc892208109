"""The briefbook app: an app factory shared by the CLI and the tests, the analysis worker and the review store."""

from __future__ import annotations

import gc
import os

from ..gcpause import collector_paused_while_importing

with collector_paused_while_importing():  # Textual and the screens: tens of thousands of objects, no garbage
    import threading
    from collections.abc import Iterable
    from pathlib import Path
    from typing import TYPE_CHECKING, ClassVar

    from textual import events, work
    from textual.app import App
    from textual.binding import Binding, BindingType

    from ..core.model import Analysis, Briefing
    from .idle_gc import collect_when_idle
    from .messages import AnalysisProgress, AnalysisReady, ArticlesLoaded, IndexesReady
    from .screens.main import MainScreen

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from ..core.review import ReviewStore

PROGRESS_AFTER_SECONDS = 0.3
EARLY_ANALYSIS_SECONDS = 0.15
CACHED_ANALYSIS_SECONDS = 0.6
COLLECTOR_PAUSED_SECONDS = 2.0
PARTIAL_AFTER_SECONDS = 0.15
REVIEW_REFRESH_SECONDS = 5.0
CACHED_AT_START_MAX_ARTICLES = 100


def briefbook_commands() -> type[Provider]:
    """The palette's briefbook commands (imported when the palette first opens, not at start)."""
    from .commands import BriefbookCommands

    return BriefbookCommands


def home_relative(path: str | os.PathLike[str]) -> str:
    """A path as the user would type it: under the home folder it starts with ~."""
    text = os.fspath(path)
    home = os.path.expanduser("~")
    if home not in ("", "/", "~") and (text == home or text.startswith(home.rstrip(os.sep) + os.sep)):
        return "~" + text[len(home.rstrip(os.sep)) :]
    return text


class BriefbookApp(App[int]):
    """A keyboard-driven briefing book: the articles in date order, figures and positions beside them."""

    KEYS_TITLE = "Everywhere"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefbook"
    COMMANDS = App.COMMANDS | {briefbook_commands}
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit", id="app.quit")]

    def __init__(
        self,
        briefing: Briefing,
        *,
        problems: Iterable[str] = (),
        review_file: str | Path | None = None,
        analysis: Analysis | None = None,
    ) -> None:
        """An app for a briefing; with `analysis` given, no analysis runs (tests, exports)."""
        super().__init__()
        self.briefing = briefing
        self.problems = list(problems)
        self.review_file = review_file
        self.analysis = analysis
        self._analysing = analysis is None
        self._indexes: tuple | None = None
        self._book_opened = False
        self._collector_paused = False
        self._cancel = threading.Event()
        self._read_from_cache = False
        self.review: ReviewStore | None = None
        self._review_notices: list[dict] = []
        self.book = MainScreen(briefing, early_analysis=self._analysis_for_book)

    def _analysis_for_book(self) -> Analysis | None:
        """The analysis the book shows as it mounts (None until it comes); once shown, its indexes follow."""
        if self.analysis is not None:
            self.book.call_later(self._use_analysis, self.analysis)
        return self.analysis

    def open_review(self) -> ReviewStore:
        """Open the briefing's review file (recovering a broken one); the first time it goes to the data folder, say where."""
        store, notices = self._read_review()
        for notice in notices:
            self.notify(**notice)
        return store

    def _read_review(self) -> tuple[ReviewStore, list[dict]]:
        """The review store, and what to tell the user about it (as `notify` arguments)."""
        from ..core.review import ReviewStore, review_path

        path, where = review_path(self.briefing, self.review_file)
        first_time = not path.exists() and not path.with_name(path.name + ".bak").exists()
        store = ReviewStore.open(path, where=where, title=self.briefing.title)
        notices = [dict(message=m, markup=False, severity="warning", timeout=12) for m in store.take_messages()]
        if first_time and self.review_file is None and where != "next to the briefing":
            notices.append(dict(message=self.review_location(store), title="Review file", markup=False, timeout=12))
        return store, notices

    @staticmethod
    def review_location(store: ReviewStore) -> str:
        """Where the review is saved, and why there."""
        return f"Your review (read marks, flags, notes) is saved in {home_relative(store.path)} ({store.where})."

    def on_load(self) -> None:
        """Pause the cyclic garbage collector until the first full screen is drawn.

        Starting up builds tens of thousands of long-lived objects (styles, widgets, the analysis) and no garbage
        cycles worth collecting; each collection in between would walk them all again. The collector comes back,
        with everything built so far frozen out of its reach, once the book is drawn (or after a couple of seconds).
        """
        if gc.isenabled():
            gc.disable()
            self._collector_paused = True
        if self.analysis is None and len(self.briefing.sources) <= CACHED_AT_START_MAX_ARTICLES:
            self.analysis = cached_analysis(self.briefing)
        if self.analysis is not None:
            # The book is the first screen, composed and painted once with the analysis in it (no blank screen
            # before it): its review is read now, as the book shows the reading marks and the place.
            self.review, self._review_notices = self._read_review()
            self.book.store = self.review

    def get_default_screen(self) -> Screen:
        """The book when the analysis is already here (from the cache, or given); else a blank screen until it comes."""
        if self.analysis is not None and self.review is not None:
            self._book_opened = True
            return self.book
        return super().get_default_screen()

    def resume_collector(self) -> None:
        """Freeze what start-up built and let the garbage collector run again."""
        if self._collector_paused:
            self._collector_paused = False
            gc.freeze()
            gc.enable()

    async def on_mount(self) -> None:
        """Open the review, start the analysis, and open the book when it is done or after a moment, whichever comes first.

        An analysis from the cache comes within the moment (a longer one when the briefing has a cache pack):
        the book is then laid out and painted once, with it (meanwhile the worker has the interpreter to itself).
        A slower one finds the book open, showing the articles as soon as they are read, then a progress bar.
        """
        if self.review is None:
            self.review = self.open_review()
            self.book.store = self.review
        for notice in self._review_notices:
            self.notify(**notice)
        self.set_interval(REVIEW_REFRESH_SECONDS, self.refresh_review)
        self.set_timer(COLLECTOR_PAUSED_SECONDS, self.resume_collector)
        collect_when_idle(self)
        if self.analysis is None:
            self.run_analysis()
            cached = cache_pack_exists(self.briefing)
            self.set_timer(CACHED_ANALYSIS_SECONDS if cached else EARLY_ANALYSIS_SECONDS, self.open_book)
            self.set_timer(PROGRESS_AFTER_SECONDS, self._show_progress_if_slow)
        elif self.screen is self.book:  # the book shows the analysis as it mounts (`_analysis_for_book`)
            self._notify_problems()
        else:
            await self.open_book()

    async def open_book(self) -> None:
        """Push the book (once); with the analysis in, it shows it in its first paint."""
        if self._book_opened:
            return
        self._book_opened = True
        await self.push_screen(self.book)
        if self.analysis is not None:
            self._use_analysis(self.analysis)
        self._notify_problems()

    def _notify_problems(self) -> None:
        """Say that the briefing has problems, if it has."""
        if self.problems:
            count = len(self.problems)
            self.notify(f"{count} problem{'s' if count != 1 else ''} with the briefing (see `briefbook check`)", markup=False, severity="warning")

    def refresh_review(self) -> None:
        """Take in what another session saved to the review file, and redraw if anything changed."""
        if self.review is not None and self.review.refresh() and self.book.is_mounted:
            self.book.review_changed_elsewhere()

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Coming back to the terminal: pick up other sessions' changes."""
        self.refresh_review()

    def on_app_blur(self, event: events.AppBlur) -> None:
        """Leaving the terminal: remember the place."""
        if self.book.is_mounted:
            self.book.save_position()

    async def action_quit(self) -> None:
        """Remember the place, stop the analysis, quit."""
        self._cancel.set()
        if self.book.is_mounted:
            self.book.save_position()
        self.exit()

    def on_unmount(self) -> None:
        """Stop the analysis worker whatever ends the app; leave the garbage collector running."""
        self._cancel.set()
        self.resume_collector()

    def _use_analysis(self, analysis: Analysis) -> None:
        """Show a complete analysis (unless the book's first paint already did); then its indexes.

        The analysis lives as long as the app: frozen out of the garbage collector's reach, so a full collection
        (which would walk every article, sentence and figure) never stalls a key press. The indexes (search,
        shared sentences) are built by a worker once the first full screen is drawn, so they never delay it.
        """
        if self.book.analysis is not analysis:
            self.book.show_analysis(analysis)
        gc.freeze()
        self.call_after_refresh(self.resume_collector)
        if self._indexes is not None:
            self.book.set_indexes(*self._indexes)
        elif self._analysing:
            self.call_after_refresh(self.build_indexes, analysis)
        else:
            from ..core.search import SearchIndex
            from ..core.similarity import SimilarityIndex

            self.book.set_indexes(SearchIndex(analysis.articles), SimilarityIndex(analysis.articles))

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis", description="analysis")
    def run_analysis(self) -> None:
        """Read the articles (from the cache where it can, in a process pool), then analyse them.

        Posts messages, never touches widgets; the articles go out as soon as they are read, before the
        cross-article stages. Quitting sets the cancel event, which stops the analysis between chunks.
        """
        from ..core.analysis import analyze
        from ..core.pool import AnalysisCancelled

        reports = 0

        def articles_read(articles, problems) -> None:
            self.post_message(ArticlesLoaded(Analysis(self.briefing, tuple(articles), problems=tuple(problems))))

        def progress(done: int, total: int) -> None:
            nonlocal reports
            if reports == 0:
                self._read_from_cache = done == total
            reports += 1
            self.post_message(AnalysisProgress(done, total))

        try:
            analysis = analyze(
                self.briefing,
                progress=progress,
                on_articles=articles_read,
                cancel=self._cancel,
            )
        except AnalysisCancelled:
            return
        except Exception as exc:  # never leave the user waiting on a book that will not come
            message = f"The analysis stopped: {type(exc).__name__}: {exc}"
            self.call_from_thread(self.notify, message, severity="error", timeout=30, markup=False)
            return
        self.post_message(AnalysisReady(analysis))

    @work(thread=True, exclusive=True, exit_on_error=False, group="indexes", description="indexes")
    def build_indexes(self, analysis: Analysis) -> None:
        """Build the search and shared-sentence indexes, off the first screen's path."""
        from ..core.search import SearchIndex
        from ..core.similarity import SimilarityIndex

        try:
            indexes = IndexesReady(SearchIndex(analysis.articles), SimilarityIndex(analysis.articles))
        except Exception as exc:  # search and columns' marks wait on these: say why they never come
            message = f"Search could not be prepared: {type(exc).__name__}: {exc}"
            self.call_from_thread(self.notify, message, severity="error", timeout=30, markup=False)
            return
        self.post_message(indexes)

    def on_indexes_ready(self, message: IndexesReady) -> None:
        """Enable search and shared-sentence marks."""
        self._analysing = False
        self._indexes = (message.search_index, message.similarity)
        if self.book.is_mounted:
            self.book.set_indexes(*self._indexes)
        gc.freeze()

    def _show_progress_if_slow(self) -> None:
        """Show the progress bar when reading takes more than a moment (not for articles all read from the cache)."""
        if self.analysis is not None or self._read_from_cache:
            return
        if not self.book.is_mounted:
            self.set_timer(PROGRESS_AFTER_SECONDS, self._show_progress_if_slow)
            return
        self.book.show_progress_bar()

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        """Move the progress bar."""
        if self.book.is_mounted:
            self.book.show_progress(message.done, message.total)

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        """Show the contents and the first article if the rest of the analysis takes more than a moment.

        From the cache the rest usually follows within that moment (the book is then drawn once, with
        everything); a briefing of thousands of articles opens to its contents and first article first.
        """
        self.set_timer(PARTIAL_AFTER_SECONDS, lambda: self._show_partial(message.analysis))

    async def _show_partial(self, partial: Analysis) -> None:
        """The articles without figures or positions, while the analysis runs (opening the book for them)."""
        if self.analysis is not None:
            return
        if not self._book_opened:
            await self.open_book()
        if self.analysis is None and self.book.is_mounted:
            self.book.show_analysis(partial)

    async def on_analysis_ready(self, message: AnalysisReady) -> None:
        """Show the whole analysis: highlights, positions, figures (opening the book with it if it is not open yet)."""
        self.analysis = message.analysis
        if not self._book_opened:
            await self.open_book()
        elif self.book.is_mounted:
            self.book.hide_progress_bar()
            self._use_analysis(message.analysis)
        notice = self.problem_summary().notice() if message.analysis.problems else None
        if notice is not None:
            self.notify(notice, markup=False, severity="warning", timeout=10)

    def problem_summary(self):
        """The analysis's problems sorted into skipped and repaired articles (and the briefing's own problems)."""
        from .problems import summarise_problems

        analysis = self.analysis or Analysis(self.briefing, ())
        return summarise_problems(analysis, self.problems)

    def action_show_problems(self) -> None:
        """List every problem met reading the briefing."""
        from .screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(self.problem_summary()))


class _NotAllCached(Exception):
    """Raised by `cached_analysis` to stop an analysis that would have to read articles."""


def cached_analysis(briefing: Briefing) -> Analysis | None:
    """The briefing's analysis when every article of it is in the cache (read at once: a small briefing takes a few
    milliseconds), else None: the analysis then runs in a worker while the app shows its progress."""
    if not cache_pack_exists(briefing):
        return None
    from ..core.analysis import analyze

    def all_cached(done: int, total: int) -> None:
        if done < total:
            raise _NotAllCached

    try:
        return analyze(briefing, progress=all_cached, workers=1)
    except Exception:  # noqa: BLE001 - the worker will analyse it (and report what goes wrong there)
        return None


def cache_pack_exists(briefing: Briefing) -> bool:
    """Whether the briefing has an analysis cache pack (so the analysis is likely to come soon)."""
    from ..core.cache import briefing_identity, cache_dir, cache_enabled

    return cache_enabled() and (cache_dir() / f"{briefing_identity(briefing)}.jsonl").exists()


def make_app(
    briefing: Briefing,
    problems: Iterable[str] = (),
    review_file: str | Path | None = None,
    analysis: Analysis | None = None,
) -> BriefbookApp:
    """The app for a briefing: used by the command line, the tests and the snapshots."""
    return BriefbookApp(briefing, problems=problems, review_file=review_file, analysis=analysis)


def run_app(briefing: Briefing, problems: Iterable[str] = (), review_file: str | Path | None = None) -> int:
    """Run the app in the terminal; returns the exit status."""
    from ..core.pool import POOL_MIN_ARTICLES, prepare_workers

    if len(briefing.sources) > POOL_MIN_ARTICLES:
        prepare_workers()  # before Textual takes over the standard streams
    app = make_app(briefing, problems=problems, review_file=review_file)
    result = app.run()
    return int(result or app.return_code or 0)
