"""Patterns rewritten for speed find exactly what the patterns they replace found.

Each old pattern is kept here as it was written; the new one must give the same matches (spans and the groups
the callers read) on random runs of the pieces both can match, and on the default briefing's sentences.
"""

from __future__ import annotations

import random
import re

import pytest

from briefbook.core import dates, figures
from briefbook.core.loading import load_articles, resolve_target

OLD_YEAR = re.compile(r"(?=[m\d])(?<![\w$€£.,/-])(?:mid-)?(?P<year>(?:1[89]|20)\d\d)(?![\d,.%]|[-–/]\d|\w)")
OLD_DECADE = re.compile(r"(?=['\d])(?<![\w.,])(?:(?:1[89]|20)\d0|'?\d0)s\b")
OLD_BLOCKERS = re.compile(
    r"(?=[\d+(])(?:(?i:\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b)"
    r"|\b\d{3,4}\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|ET|PT|local\s+time)\b|\b\d{1,2}\s*o['’]clock\b"
    r"|\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s?\d{3}[-.\s]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|(?i:\b\d+\s*(?:min|mins|minute|minutes)\s+read\b)|\(\d+\)|\b\d+\s+(?i:comments?|shares?|views|likes|replies)\b"
    r"|\b\d+(?:st|nd|rd|th)\b)"
)

# The pieces, split at spaces; "~" stands for a space inside one.
PIECES = [
    p.replace("~", " ")
    for p in (
        "1 2 7 12 19 20 123 555 1234 1870 1990 2025 2031 2100 1,000 3.5 ٣ ٢٠٢٥ mid- mid m ' '90 90 1990s '80s 40s 2000s "
        "s 0s x a am pm a.m. P.M. GMT local~time o'clock o’clock min~read minutes read comments Shares views st nd rd th "
        "+ ( ) - . , : / – $ € % _ 555-123-4567 (555)~123-4567 +44~20~7946~0958 (3) 5~min~read 10~comments 3rd 21st "
        "9:30 7~a.m. 1200~GMT 4~o'clock"
    ).split(" ")
]
SEPARATORS = ("", "", " ", " ", "  ", "-", ".", ",", ":", "(", ")", "\n", "/")


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 12))) for _ in range(count)
    ]


def _default_sentences() -> list[str]:
    briefing, _ = resolve_target(None)
    articles, _ = load_articles(briefing)
    return [s.text for a in articles for s in a.sentences]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize(
    ("old", "new"),
    [(OLD_YEAR, dates._YEAR), (OLD_DECADE, dates._DECADE), (OLD_BLOCKERS, figures._BLOCKERS)],
    ids=["year", "decade", "blockers"],
)
def test_a_rewritten_pattern_finds_what_the_old_one_found(old: re.Pattern[str], new: re.Pattern[str]) -> None:
    found = 0
    for i, text in enumerate(_texts(31, 30000) + _default_sentences()):
        expected = _spans(old, text)
        assert _spans(new, text) == expected, text
        pos = i % (len(text) + 1)  # the callers search from a position, too
        assert _spans(new, text, pos) == _spans(old, text, pos), (text, pos)
        found += len(expected)
    assert found > 3000


def test_the_year_is_the_last_four_characters_of_its_match() -> None:
    for text in _texts(32, 20000):
        assert [(m.span(), text[m.end() - 4 : m.end()]) for m in dates._YEAR.finditer(text)] == [
            (m.span(), m.group("year")) for m in OLD_YEAR.finditer(text)
        ], text
