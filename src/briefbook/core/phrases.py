"""A figure as the text says it: the figure and the few words of context, cut from the paragraph itself.

A figure's `context` is a few words (no punctuation) for grouping figures into tracks; a reader wants the
words as written ("about 200,000", "to contain the outbreak, far fewer than"). This finds the context's
words in the paragraph beside the figure and returns that stretch of the text, or the figure and its
context words joined when they cannot be found there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Figure

# How far apart (in characters) two neighbouring context words may stand in the text.
_MAX_GAP = 12


def figure_phrase(figure: Figure, paragraph: str) -> str:
    """The figure with its context words as the paragraph has them (after the figure, or before it)."""
    words = (figure.context or "").split()
    if not words or paragraph[figure.start : figure.end] != figure.text:
        return figure.text + (f" {figure.context}" if figure.context else "")
    after = _span_of(paragraph, words, figure.end)
    if after is not None and after[0] - figure.end <= _MAX_GAP:
        return paragraph[figure.start : after[1]]
    lead = _word(words[0])
    for m in reversed(list(lead.finditer(paragraph, max(0, figure.start - 200), figure.start))):
        before = _span_of(paragraph, words, m.start())
        if before is not None and before[1] <= figure.start and figure.start - before[1] <= _MAX_GAP:
            return paragraph[before[0] : figure.end]
    return figure.text + f" {figure.context}"


@lru_cache(maxsize=4096)
def _word(word: str) -> re.Pattern[str]:
    """A context word standing whole in the text (as the context's own word pattern reads it)."""
    return re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])")


def _span_of(text: str, words: list[str], start: int) -> tuple[int, int] | None:
    """Where the words stand in order from `start`, each close after the one before, else None."""
    pos = start
    first = None
    for word in words:
        m = _word(word).search(text, pos)
        i = m.start() if m else -1
        if i < 0 or (first is not None and i - pos > _MAX_GAP):
            return None
        if first is None:
            first = i
        pos = i + len(word)
    return (first, pos) if first is not None else None


__all__ = ["figure_phrase"]
