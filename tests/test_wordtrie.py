"""Word tries as regex alternations: the same matches as a plain longest-first alternation."""

from __future__ import annotations

import re

import pytest

from briefbook.core.wordtrie import trie_alternation

WORDS = ["Ann", "Anna", "Anna Berg", "Berg", "Bo", "Åsa", "U.K.", "Kim Lee"]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg met Ann.", [(0, 9), (14, 17)]),
        ("XAnna Berg", [(6, 10)]),
        (".Anna and _Bo and Bo", [(18, 20)]),
        ("Åsa, U.K. and Kim Lee", [(0, 3), (5, 9), (14, 21)]),
        ("Annabel Bergman", []),
        ("\nBo", [(1, 3)]),
    ],
)
def test_not_after_matches_what_a_lookbehind_matches(text: str, expected: list[tuple[int, int]]) -> None:
    fast = re.compile(trie_alternation(WORDS, not_after=r"[\w.]") + r"(?!\w)")
    slow = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)) + r")(?!\w)")
    assert spans(fast, text) == spans(slow, text) == expected


def test_not_after_refuses_words_without_a_first_character() -> None:
    with pytest.raises(ValueError):
        trie_alternation(["", "a"], not_after=r"\w")


@pytest.mark.parametrize("text", ["one hundred and twelve", "Twelve", "twentyfour", "no numbers", "seventeen or seven"])
def test_without_the_first_character_class_the_matches_are_the_same(text: str) -> None:
    words = ["one", "seven", "seventeen", "twelve", "twenty", "hundred", "dozen"]
    assert spans(re.compile(trie_alternation(words, first_class=False)), text) == spans(
        re.compile(trie_alternation(words)), text
    )
