"""Search across every article's paragraphs: an index built once, folded for case, accents and look-alikes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Article
from .text import fold, fold_with_map, squash

CONTEXT_CHARS = 36


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One occurrence of a query: where it is (article, paragraph, span) and the text around it."""

    article: str
    paragraph: int
    start: int
    end: int
    context: str
    context_start: int
    context_end: int


@dataclass(frozen=True, slots=True)
class _IndexedParagraph:
    """A paragraph's text with its folded form and the map back to source offsets."""

    article: str
    paragraph: int
    text: str
    folded: str
    offsets: tuple[int, ...]


class SearchIndex:
    """The folded paragraphs of a set of articles, in reading order, ready to be searched."""

    def __init__(self, articles: Iterable[Article]) -> None:
        """Fold every paragraph once."""
        self._paragraphs: list[_IndexedParagraph] = []
        for art in articles:
            for par in art.paragraphs:
                folded, offsets = fold_with_map(par.text)
                self._paragraphs.append(_IndexedParagraph(art.id, par.index, par.text, folded, tuple(offsets)))

    def __len__(self) -> int:
        """The number of paragraphs indexed."""
        return len(self._paragraphs)

    def search(self, query: str, limit: int = 1000) -> list[SearchHit]:
        """Every occurrence of the query in reading order (articles as given), at most `limit`."""
        needle = squash(fold(query))
        if not needle:
            return []
        hits: list[SearchHit] = []
        for par in self._paragraphs:
            at = par.folded.find(needle)
            while at >= 0:
                hits.append(_hit(par, at, at + len(needle)))
                if len(hits) >= limit:
                    return hits
                at = par.folded.find(needle, at + len(needle))
        return hits


def _hit(par: _IndexedParagraph, fold_start: int, fold_end: int) -> SearchHit:
    """A hit with source offsets and a one-line context around it."""
    start = par.offsets[fold_start]
    end = par.offsets[fold_end - 1] + 1
    context, c_start, c_end = hit_context(par.text, start, end)
    return SearchHit(par.article, par.paragraph, start, end, context, c_start, c_end)


def hit_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, int, int]:
    """The text around a span on one line, with ellipses where cut, and the span's place in it."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    before = " ".join(text[left:start].split())
    match = " ".join(text[start:end].split())
    after = " ".join(text[end:right].split())
    prefix = ("…" if left > 0 else "") + before + (" " if before and text[start - 1].isspace() else "")
    suffix = (" " if after and end < len(text) and text[end].isspace() else "") + after + ("…" if right < len(text) else "")
    return prefix + match + suffix, len(prefix), len(prefix) + len(match)
