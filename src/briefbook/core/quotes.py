"""Quotations in a paragraph: « », “ ”, " ", ‘ ’, mixed pairs, and a quotation left open to the paragraph's end."""

from __future__ import annotations

_OPEN = {"«": "»\"”", "“": "”\"", "„": "“”", '"': '"”', "‘": "’'"}


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included; an unclosed one runs to the end of the text."""
    regions: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN and not (ch == '"' and i > 0 and text[i - 1].isalnum()):
            closers = _OPEN[ch]
            j = i + 1
            while j < n:
                c = text[j]
                if c in closers and not (c in "’'" and j + 1 < n and text[j + 1].isalpha()):
                    if not (c == '"' and ch == '"' and j == i + 1):
                        break
                j += 1
            if j < n and text[j] in closers:
                regions.append((i, j + 1))
                i = j + 1
                continue
            if ch in "«“\"" :
                regions.append((i, n))
                break
        i += 1
    return regions


def quoted_words(text: str, regions: list[tuple[int, int]]) -> str | None:
    """The quoted words of the regions, joined with ' … ', or None."""
    parts = [text[s + 1:e - 1 if e < len(text) or text[e - 1] in "»”\"’'" else e].strip(" ,.") for s, e in regions]
    parts = [p for p in parts if len(p) > 1]
    return " … ".join(parts) if parts else None
