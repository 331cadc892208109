"""A guarded search answers exactly as the pattern's own search, on texts made of the pattern's own words."""

from __future__ import annotations

import random
import re
import sys

import pytest

from briefbook.core import clean
from briefbook.core.wordguard import ODD_CASE, GuardedSearch, leading_word, top_alternatives

SEPARATORS = (" ", " ", ", ", ": ", " / ", " (", ") ", "'s ", ". ", "  ", "-", "")


def words_of(pattern: str) -> list[str]:
    """The words a regex names (letters only), as written, capitalised and in capitals."""
    found = set(re.findall(r"[A-Za-z]{2,}", pattern))
    return sorted({v for w in found for v in (w, w.capitalize(), w.upper())})


def texts(vocabulary: list[str], count: int, seed: int) -> list[str]:
    """Random runs of the vocabulary joined by spaces and punctuation (some glued together)."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(vocabulary) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 8))).strip()
        for _ in range(count)
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"(?:a|b)", ["a", "b"]),
        (r"(?:a|b)c", [r"(?:a|b)c"]),
        (r"x(?:a|b)|[|(]y|\|z|\(w", [r"x(?:a|b)", r"[|(]y", r"\|z", r"\(w"]),
        (r"[]|]a|b", ["[]|]a", "b"]),
        (r"[^]|)]a|b", ["[^]|)]a", "b"]),
    ],
)
def test_top_alternatives_split_only_the_top_level(source: str, expected: list[str]) -> None:
    assert top_alternatives(source) == expected


@pytest.mark.parametrize(
    ("alternative", "word"),
    [
        (r"click\s+here", "click"),
        (r"\bnewsletter", "newsletter"),
        (r"updates?\s+now", "update"),
        (r"colou*r", "colo"),
        (r"sign{1,2}", "sig"),
        (r"e-?mail", None),
        (r"(?:view|show)\s+all", None),
        (r"\w+ said", None),
        (r"ab\s+cd", None),
    ],
)
def test_the_leading_word_is_what_every_match_opens_with(alternative: str, word: str | None) -> None:
    assert leading_word(alternative) == word


ODD_TEXTS = ["ſubscribe to our", "Joın our x channel", "\u212aeep", "SİGN UP FOR THE", "ſign up here"]
PATTERNS = [
    clean._PROMPTS,
    re.compile(r"(?:^here\s+we\s+go|\bsupport\s+(?:our|local)\b|thanks?\s+for\s+reading|colou?r\s+me)", re.I),
    re.compile(r"Breaking|^Live:|Updated\s+\d+|(?:a)b"),
    re.compile(r"(?:\w+\s+said)|quoted", re.I),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_guarded_search_answers_as_the_pattern(pattern: re.Pattern[str]) -> None:
    guarded = GuardedSearch(pattern)
    vocabulary = words_of(pattern.pattern) + ["ſupport", "İ", "ı", "\u212a", "SUPPORT OUR", "Sign up for our"]
    matched = 0
    for text in texts(vocabulary, 20000, len(pattern.pattern)) + ODD_TEXTS:
        expected = pattern.search(text) is not None
        matched += expected
        assert guarded(text) is expected, text
    assert matched >= 20


def test_the_prompt_guard_is_used_for_the_prompt_pattern() -> None:
    guarded = GuardedSearch(clean._PROMPTS)
    assert guarded.usable and guarded.by_word and guarded.start is not None


def test_odd_case_holds_every_character_ignorecase_matches_to_an_ascii_letter_that_lower_does_not_give() -> None:
    letters = re.compile("[a-z]", re.I)
    odd = [
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if letters.fullmatch(chr(c)) and (len(chr(c).lower()) != 1 or not chr(c).lower().isascii())
    ]
    assert sorted(odd) == sorted(ODD_CASE)
    grown = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert set(grown) <= set(ODD_CASE)


def test_random_phrases_of_the_prompt_words_in_long_lines() -> None:
    rng = random.Random(11)
    words = words_of(clean._PROMPTS.pattern)
    guarded = GuardedSearch(clean._PROMPTS)
    for _ in range(3000):
        text = " ".join(rng.choice(words + ["the", "of", "our", "to", "a"]) for _ in range(rng.randint(5, 40)))
        assert guarded(text) is (clean._PROMPTS.search(text) is not None), text
