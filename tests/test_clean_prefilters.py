"""The cheap checks in front of the cleaning patterns (a line's first word, a character it must hold) never change
an answer: each gated pattern is compared with its full pattern on random lines and on real-looking page lines."""

from __future__ import annotations

import random
import re

import pytest

from briefbook.core import clean as C

GATES = [
    ("reading time", C._READING_TIME, lambda w, t: C._opens(w, C._READING_FIRST)),
    ("comments", C._COMMENTS, lambda w, t: C._opens(w, C._COMMENTS_FIRST)),
    ("navigation", C._NAV_WORDS, lambda w, t: C._opens(w, C._NAV_FIRST)),
    ("related", C._RELATED, lambda w, t: C._opens(w, C._RELATED_FIRST)),
    ("source", C._SOURCE_LINE, lambda w, t: C._opens(w, C._SOURCE_FIRST) or "with" in t),
    ("byline", C._BYLINE, lambda w, t: C._opens(w, C._BYLINE_FIRST)),
    ("breadcrumb", C._BREADCRUMB, lambda w, t: ">" in t or "»" in t or "›" in t or "/" in t),
]


def _words_of(patterns: list[re.Pattern[str]]) -> list[str]:
    return sorted({w for p in patterns for w in re.findall(r"[A-Za-zА-я]{2,}", p.pattern)})


VOCABULARY = _words_of([g[1] for g in GATES] + [p for p, _, _ in C._EXTRA_CHROME]) + [
    "Jane", "Doe", "The", "minister", "said", "5", "12:30", "(3)", "©", "—", "-", "/", ">", "»", "|", "·", ":",
    "(", ")", "[2/5]", "İ", "ſ", "K", "ı", "Reuters", "AFP", "with", "With", "e-mail", "news feed", "AP", "2025",
]
SEPARATORS = (" ", " ", "", ": ", " / ", "-", " | ", ". ", "\u00a0")
REAL = (
    "Skip to main content|Most read from Reuters|Share this article|E-Mail|Newsfeed|© 2025 Example Media|"
    "Comments (12)|Kommentare|Комментарии 4|5 min read|Reading time: 3 minutes|Related: Port strike ends|"
    "RelatedStories|Source: Daily Nation|Jane Doe with AFP|By Jane Doe|Written by Jane Doe|Автор Иван Петров|"
    "Home > World > Europe|Home / News / Europe|Reporting by Jane Doe; Editing by Tom Berg|(Reporting by Jane Doe)|"
    "Jane Doe covers energy from Sofia.|Item 1 of 5 A ship in the port|[1/5] A ship|Tags: Europe|Watch: the port|"
    "Published 3 April 2025|— Jane Doe (@janedoe) April 3, 2025|3 hours ago|We use cookies to improve the site|"
    "Leer en español|Versión en español|Listen to this article|See more on: Ports|https://example.com/a|"
    "The minister said the talks would resume on Monday.|Harbour workers in Varna ended a five-day strike.|"
    "Reports from the port said ships waited.|Sources said the talks had stalled.|Page 2 of the report was missing."
).split("|")


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = list(REAL)
    for _ in range(count):
        n = rng.randint(1, 6)
        text = "".join(rng.choice(VOCABULARY) + rng.choice(SEPARATORS) for _ in range(n))
        text = text.lower() if rng.random() < 0.2 else text.upper() if rng.random() < 0.1 else text
        out += [text, text.strip(), C._squash(text)]
    return out


@pytest.mark.parametrize(("name", "pattern", "gate"), GATES)
def test_gate_never_hides_a_match(name, pattern, gate) -> None:
    hits = 0
    for text in _lines(20000, hash(name) % 1000):
        full = pattern.match(text) is not None
        if full:
            hits += 1
            assert gate(C._first_word(text), text), (name, text)
    assert hits >= 1, name  # the real-looking lines hold a match of each


def test_extra_chrome_gate_as_the_union() -> None:
    hits = 0
    for text in _lines(30000, 5):
        full = C._EXTRA_ANCHORED.match(text) is not None
        gated = (C._opens(C._first_word(text), C._EXTRA_FIRST) and C._EXTRA_WORD_LED.match(text) is not None) or (
            any(v in text for v in C._EXTRA_NAME_VERBS) and C._EXTRA_NAME_LED.match(text) is not None
        )
        assert gated == full, text
        hits += full
    assert hits > 500


def test_first_word_falls_back_on_marks_digits_and_odd_letters() -> None:
    assert C._first_word("Share this") == "share"
    assert C._first_word("Comments(3)") == "comments(3)"
    for text in ("© 2025", "5 min read", "ſhare", "İn other news", "Комментарии", "", " "):
        assert C._first_word(text) == ""
    assert C._opens("", C._NAV_FIRST)


def test_item_separator_and_word_character_checks() -> None:
    for text in _lines(5000, 9):
        assert (C._ITEM_SEPARATORS.search(text) is not None) <= ("|" in text or "·" in text or "•" in text)
        if text and text[0].isalnum():
            assert C._WORD_CHAR.search(text)
