"""Text helpers shared by the core: search folding and white-space normalisation."""

from __future__ import annotations

import re
import unicodedata

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


def fold(text: str) -> str:
    """A search key for text: case, accents, look-alike letters and invisible characters folded."""
    return "".join(fold_char(ch) for ch in INVISIBLE.sub("", text))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the offset of its source character."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if INVISIBLE.match(ch):
            continue
        f = fold_char(ch)
        out.append(f)
        offsets.extend([i] * len(f))
    return "".join(out), offsets


def squash(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    return " ".join(text.split())
