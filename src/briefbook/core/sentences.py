"""Splitting a paragraph into sentences, with character spans.

Survives abbreviations (U.S., U.K., Nov., Gen., Dr., St.), initials, decimal numbers, and
quotations with « », “ ”, " " (including mixed pairs such as « ... "): a sentence end inside a
quotation that closes in the same paragraph does not end the sentence that carries the quote.
"""

from __future__ import annotations

import bisect
import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt maj capt sgt cpl adm cmdr gov sen rep pres st mt ft jr sr rev hon
    amb sec dept gov't govt inc ltd co corp bros vs etc no nos vol fig op approx est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    e.g i.e a.m p.m u.s u.k u.n u.s.a e.u
    """.split()
)
# Currency abbreviations written with a period ("Rs. 35,000", "Sh. 2,000", "Tk. 500"): before a number, never
# a sentence's end.
CURRENCY_ABBREVIATIONS = frozenset("rs re sh shs ksh kshs ush tsh tk dh dhs rp kr".split())

# Words that, capitalised after an acronym such as "U.S.", show that a new sentence has begun.
_SENTENCE_STARTERS = frozenset(
    """
    the a an it he she they we i this that these those there but and however in on at as after
    before meanwhile yet so his her their its our if when while what who why how
    """.split()
)

_OPENERS = {"«": "»", "“": "”", "„": "“", '"': '"'}
_CLOSERS = {"»", "”", '"', "“"}
# A run of sentence-ending marks, then closing quotes or brackets, then white space: only such a run can end a
# sentence (a run followed by anything else, or by nothing, cannot). The run is the whole run of marks (a
# shorter run would be followed by a mark, which is neither a closing character nor white space).
_END = re.compile(r"[.!?…]+(?=[\"'”’»)\]]*\s)")
_QUOTE_CHARS = re.compile("[«»“”„\"]")
_TRAIL = "\"'”’»)]"
_NOT_SPACE = re.compile(r"\S")
_LOOK = 64  # how far around a period an abbreviation or an acronym is looked for
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)$")
_DIGIT_END = re.compile(r"\d$")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NUMBER_NEXT = re.compile(r"\s*\d")
_NEXT_WORD = re.compile(r"\s+[\"'“«]?([A-Za-z]+)")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of quotations that open and close inside the text."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    opener = ""
    for m in _QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m.group()
        if start is None:
            if ch in _OPENERS:
                if ch == '"' and i > 0 and text[i - 1].isalnum() and (i + 1 >= len(text) or not text[i + 1].isalnum()):
                    continue
                start, opener = i, ch
        elif ch in _CLOSERS and not (ch == "“" and opener != "„"):
            if ch == '"' or ch == _OPENERS[opener] or opener in "«“\"":
                regions.append((start, i + 1))
                start = None
        elif ch in "«“" and opener == ch:
            start = i  # an opener again: the first one was never closed
    return regions


def _inside(pos: int, regions: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when `pos` lies strictly inside a quotation (regions are sorted and never overlap)."""
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and pos < regions[i][1] - 1


_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'")
_WORD_CHARS_TEXT = "".join(sorted(_WORD_CHARS))


def _word_before(text: str, dot: int) -> str | None:
    """What _WORD_BEFORE finds in the _LOOK characters before `dot`: from the first letter of the run of
    letters, periods and apostrophes that ends there (a scan back, not the regex's tries at every start)."""
    head = text[max(0, dot - _LOOK):dot]
    run = head[len(head.rstrip(_WORD_CHARS_TEXT)):]  # the run of letters, periods and apostrophes that ends it
    return run.lstrip(".'") or None  # from its first letter


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial rather than a sentence."""
    # After more ASCII letters than the longest abbreviation holds, the period ends a longer word.
    if dot > _LONGEST_ABBREVIATION:
        tail = text[dot - _LONGEST_ABBREVIATION - 1:dot]
        if tail.isalpha() and tail.isascii():
            return False
    word = _word_before(text, dot)
    if word is None:
        before = text[max(0, dot - _LOOK):dot]
        # a match of _DIGIT_END starts at the last character, or before a final line break
        return bool(_DIGIT_END.search(before, max(0, len(before) - 2)) and _DIGIT.match(text[dot + 1: dot + 2]))
    key = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if "." in word and _ACRONYM.fullmatch(word):
        # an acronym with dots: U.S., U.K., e.g.: a sentence end only if a sentence starter follows
        nxt = _NEXT_WORD.match(text[dot + 1: dot + 1 + _LOOK])
        return not (nxt and nxt.group(1).lower() in _SENTENCE_STARTERS and nxt.group(1)[0].isupper())
    if key in CURRENCY_ABBREVIATIONS:
        return bool(_NUMBER_NEXT.match(text, dot + 1))  # 'Rs. 35,000': the amount follows; 'in Rs. The' ends
    return key in ABBREVIATIONS


# `_END` with what `sentence_spans` reads after it: the closing characters (at the end of the marks the
# white space starts, group 2) and the white space after them (the next sentence starts at the match's end).
# The marks are group 1. In a text without '!', '?' or '…' the pattern starts with a period, a literal the
# regex engine scans for far faster than for a class of characters.
_END_SPACE = re.compile(r"([.!?…]+)[\"'”’»)\]]*(\s)\s*")
_DOTS_END_SPACE = re.compile(r"(\.[.]*)[\"'”’»)\]]*(\s)\s*")
# Characters `_QUOTE_CHARS` finds: a text without any has no quotation.
_QUOTES = ("«", "»", "“", "”", "„", '"')


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of one paragraph, trimmed of surrounding spaces."""
    # Whether any of _QUOTES stands in the text, written out (a generator costs more than the searches).
    quoted = '"' in text or "“" in text or "”" in text or "«" in text or "»" in text or "„" in text
    regions = _quote_regions(text) if quoted else []
    if regions:
        starts = [s for s, _ in regions]
        ends = {e for _, e in regions}
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    ends_rx = _END_SPACE if "!" in text or "?" in text or "…" in text else _DOTS_END_SPACE
    for m in ends_rx.finditer(text):
        following = m.end()  # past the white space: the next sentence's first character
        if following == size:
            continue  # nothing but white space follows
        first = text[following]
        if not (first.isupper() or first.isdigit() or first in "«“\"'‘(["):
            continue
        if m.group(1) == "." and _is_abbreviation(text, m.start()):
            continue
        end = m.start(2)
        if regions and _inside(m.start(), regions, starts) and end not in ends:
            continue  # a sentence end inside a quotation, unless the quotation closes right here
        spans.append((start, end))
        start = following
    if start < size:
        spans.append((start, size))
    # Only the first span can start with white space (the others start at a character that is not) and only the
    # last can end with it (the others end at a sentence end or a closing quote): the rest need no trimming.
    if spans:
        spans[0] = _trim(text, *spans[0])
        spans[-1] = _trim(text, *spans[-1])
        if spans[0][1] <= spans[0][0]:
            del spans[0]
        if spans and spans[-1][1] <= spans[-1][0]:
            del spans[-1]
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
