"""Text helpers shared by the core: search folding and white-space normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Letters from other scripts that look like Latin ones (Cyrillic and Greek), folded for search.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m",
        "н": "h", "о": "o", "р": "p", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ё": "e", "ї": "i",
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ς": "s",
    }
)
_WS = re.compile(r"\s+")

# Invisible format characters (bidi controls, zero-width) that must not change what search finds.
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


def fold_char(ch: str) -> str:
    """Fold one character for search: case, accents and look-alike letters."""
    base = unicodedata.normalize("NFKD", ch.casefold())
    base = "".join(c for c in base if not unicodedata.combining(c))
    return base.translate(_CONFUSABLES)


class _FoldTable(dict):
    """fold_char by code point, for str.translate: each character is folded once, the first time it is met.

    Invisible characters map to nothing, as `fold` drops them.
    """

    def __missing__(self, code: int) -> str:
        """Fold a character met for the first time."""
        ch = chr(code)
        folded = "" if INVISIBLE.match(ch) else fold_char(ch)
        self[code] = folded
        return folded


class _IrregularTable(dict):
    """For str.translate: nothing for a character that folds to exactly one character, itself for any other."""

    def __missing__(self, code: int) -> str:
        """Classify a character met for the first time."""
        kept = "" if len(_FOLDED[code]) == 1 else chr(code)
        self[code] = kept
        return kept


_FOLDED = _FoldTable()
_IRREGULAR = _IrregularTable()


def fold(text: str) -> str:
    """A search key for text: case, accents, look-alike letters and invisible characters folded."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDED)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the offset of its source character."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded = text.translate(_FOLDED)
    offsets: list[int] = []
    at = 0
    for i in sorted(_positions(text, set(text.translate(_IRREGULAR)))):
        offsets.extend(range(at, i))
        offsets.extend([i] * len(_FOLDED[ord(text[i])]))
        at = i + 1
    offsets.extend(range(at, len(text)))
    return folded, offsets


def _positions(text: str, characters: set[str]) -> Iterator[int]:
    """Every offset in the text of any of the characters."""
    for ch in characters:
        at = text.find(ch)
        while at >= 0:
            yield at
            at = text.find(ch, at + 1)


def squash(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    return " ".join(text.split())
