"""The messages of the app's flow: analysis progress and results, and requests to jump to a place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from ..core.model import Analysis
    from ..core.search import SearchIndex
    from ..core.similarity import SimilarityIndex


@dataclass(frozen=True, slots=True)
class Place:
    """A place in the book: an article, and optionally a span of one of its paragraphs to mark."""

    article: str
    paragraph: int | None = None
    start: int = 0
    end: int = 0


class AnalysisProgress(Message):
    """Articles read so far, out of all (floods merge: only the latest matters)."""

    def __init__(self, done: int, total: int) -> None:
        """Record the counts."""
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        """A newer progress report replaces an older one still in the queue."""
        return isinstance(message, AnalysisProgress)


class ArticlesLoaded(Message):
    """The articles are read and in date order; figures, actors and statements are still to come."""

    def __init__(self, analysis: Analysis) -> None:
        """Hold the partial analysis (articles only)."""
        super().__init__()
        self.analysis = analysis


class AnalysisReady(Message):
    """The whole analysis is done: figures, tracks, actors and statements."""

    def __init__(self, analysis: Analysis) -> None:
        """Hold the analysis."""
        super().__init__()
        self.analysis = analysis


class IndexesReady(Message):
    """The search and similarity indexes, built once after the analysis."""

    def __init__(self, search_index: SearchIndex, similarity: SimilarityIndex) -> None:
        """Hold the indexes."""
        super().__init__()
        self.search_index = search_index
        self.similarity = similarity


class JumpRequested(Message):
    """A panel asks the book to open a place (an article, scrolled to a marked span)."""

    def __init__(self, place: Place) -> None:
        """Hold where to go."""
        super().__init__()
        self.place = place
