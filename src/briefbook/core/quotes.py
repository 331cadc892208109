"""Quotations in a paragraph: « », “ ”, " ", ‘ ’, mixed pairs, and a quotation left open to the paragraph's end."""

from __future__ import annotations

import re

_OPEN = {"«": "»\"”", "“": "”\"", "„": "“”", '"': '"”', "‘": "’'"}
_OPENERS = re.compile("[" + re.escape("".join(_OPEN)) + "]")
_CLOSERS = {ch: re.compile("[" + re.escape(closers) + "]") for ch, closers in _OPEN.items()}


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included; an unclosed one runs to the end of the text."""
    regions: list[tuple[int, int]] = []
    unclosable: set[str] = set()  # openers already seen with no closer after them: none will close later
    i, n = 0, len(text)
    while True:
        opener = _OPENERS.search(text, i)
        if not opener:
            break
        i = opener.start()
        ch = text[i]
        if (ch == '"' and i > 0 and text[i - 1].isalnum()) or ch in unclosable:
            i += 1
            continue
        closers = _CLOSERS[ch]
        close = None
        j = i + 1
        while True:
            m = closers.search(text, j)
            if not m:
                break
            j = m.start()
            c = text[j]
            if not (c in "’'" and j + 1 < n and text[j + 1].isalpha()) and not (c == '"' and ch == '"' and j == i + 1):
                close = j
                break
            j += 1
        if close is not None:
            regions.append((i, close + 1))
            i = close + 1
            continue
        if ch in "«“\"":
            regions.append((i, n))
            break
        unclosable.add(ch)
        i += 1
    return regions


def quoted_words(text: str, regions: list[tuple[int, int]]) -> str | None:
    """The quoted words of the regions, joined with ' … ', or None."""
    parts = [text[s + 1:e - 1 if e < len(text) or text[e - 1] in "»”\"’'" else e].strip(" ,.") for s, e in regions]
    parts = [p for p in parts if len(p) > 1]
    return " … ".join(parts) if parts else None
