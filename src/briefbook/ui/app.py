"""The briefbook app: an app factory shared by the CLI and the tests, the analysis worker and the review store."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType

from ..core.model import Analysis, Briefing
from ..core.review import ReviewStore
from .commands import BriefbookCommands
from .idle_gc import collect_when_idle
from .messages import AnalysisProgress, AnalysisReady, ArticlesLoaded, IndexesReady
from .screens.main import MainScreen

PROGRESS_AFTER_SECONDS = 0.3
PARTIAL_AFTER_SECONDS = 0.15
REVIEW_REFRESH_SECONDS = 5.0


class BriefbookApp(App[int]):
    """A keyboard-driven briefing book: the articles in date order, figures and positions beside them."""

    KEYS_TITLE = "Everywhere"
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefbook"
    COMMANDS = App.COMMANDS | {BriefbookCommands}
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
        self._cancel = threading.Event()
        self.review: ReviewStore | None = None
        self.book = MainScreen(briefing)

    def open_review(self) -> ReviewStore:
        """Open the briefing's review file (recovering a broken one); the first time it goes to the data folder, say where."""
        from ..core.review import review_path

        path, where = review_path(self.briefing, self.review_file)
        first_time = not path.exists() and not path.with_name(path.name + ".bak").exists()
        store = ReviewStore.open(path, where=where, title=self.briefing.title)
        for message in store.take_messages():
            self.notify(message, markup=False, severity="warning", timeout=12)
        if first_time and self.review_file is None and where != "next to the briefing":
            self.notify(self.review_location(store), title="Review file", markup=False, timeout=12)
        return store

    @staticmethod
    def review_location(store: ReviewStore) -> str:
        """Where the review is saved, and why there."""
        return f"Your review (read marks, flags, notes) is saved in {store.path} ({store.where})."

    async def on_mount(self) -> None:
        """Open the review, start the analysis, then open the book (it shows the articles as soon as they are read)."""
        if self.analysis is None:
            self.run_analysis()
        self.review = self.open_review()
        self.book.store = self.review
        self.set_interval(REVIEW_REFRESH_SECONDS, self.refresh_review)
        collect_when_idle(self)
        await self.push_screen(self.book)
        if self.analysis is not None:
            self._use_analysis(self.analysis)
        else:
            self.set_timer(PROGRESS_AFTER_SECONDS, self._show_progress_if_slow)
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
        """Stop the analysis worker whatever ends the app."""
        self._cancel.set()

    def _use_analysis(self, analysis: Analysis) -> None:
        """Show a complete analysis; build its indexes unless the worker does.

        The analysis and its indexes live as long as the app: frozen out of the garbage collector's reach, so a
        full collection (which would walk every article, sentence, figure and indexed paragraph) never stalls a key.
        """
        self.book.show_analysis(analysis)
        if self._indexes is not None:
            self.book.set_indexes(*self._indexes)
        elif not self._analysing:
            from ..core.search import SearchIndex
            from ..core.similarity import SimilarityIndex

            self.book.set_indexes(SearchIndex(analysis.articles), SimilarityIndex(analysis.articles))
        gc.freeze()

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def run_analysis(self) -> None:
        """Read the articles (from the cache where it can, in a process pool), then analyse them.

        Posts messages, never touches widgets; the articles go out as soon as they are read, before the
        cross-article stages. Quitting sets the cancel event, which stops the analysis between chunks.
        """
        from ..core.analysis import analyze
        from ..core.pool import AnalysisCancelled
        from ..core.search import SearchIndex
        from ..core.similarity import SimilarityIndex

        def articles_read(articles, problems) -> None:
            self.post_message(ArticlesLoaded(Analysis(self.briefing, tuple(articles), problems=tuple(problems))))

        try:
            analysis = analyze(
                self.briefing,
                progress=lambda n, t: self.post_message(AnalysisProgress(n, t)),
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
        self.post_message(IndexesReady(SearchIndex(analysis.articles), SimilarityIndex(analysis.articles)))

    def on_indexes_ready(self, message: IndexesReady) -> None:
        """Enable search and shared-sentence marks."""
        self._analysing = False
        self._indexes = (message.search_index, message.similarity)
        if self.book.is_mounted:
            self.book.set_indexes(*self._indexes)
        gc.freeze()

    def _show_progress_if_slow(self) -> None:
        """Show the progress bar when reading takes more than a moment."""
        if self.analysis is None:
            self.book.show_progress_bar()

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        """Move the progress bar."""
        if self.book.is_mounted:
            self.book.show_progress(message.done, message.total)

    def on_articles_loaded(self, message: ArticlesLoaded) -> None:
        """Show the contents and the first article if the analysis takes more than a moment."""
        self.set_timer(PARTIAL_AFTER_SECONDS, lambda: self._show_partial(message.analysis))

    def _show_partial(self, partial: Analysis) -> None:
        """The articles without figures or positions, while the analysis runs."""
        if self.analysis is None and self.book.is_mounted:
            self.book.show_analysis(partial)

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        """Show the whole analysis: highlights, positions, figures."""
        self.analysis = message.analysis
        if self.book.is_mounted:
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
