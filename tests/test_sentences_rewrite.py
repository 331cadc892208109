"""Sentence splitting, which looks only at runs of marks that white space follows, splits as it did when it
looked at every run of marks."""

from __future__ import annotations

import random
import re

from briefbook.core import sentences as S
from briefbook.core.loading import load_articles, resolve_target

_OLD_END = re.compile(r"[.!?…]+")


def old_sentence_spans(text: str) -> list[tuple[int, int]]:
    """sentence_spans as it was written before its run of marks looked ahead for white space."""
    regions = S._quote_regions(text)
    starts = [s for s, _ in regions]
    ends = {e for _, e in regions}
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    for m in _OLD_END.finditer(text):
        end = m.end()
        while end < size and text[end] in S._TRAIL:
            end += 1
        if end >= size or not text[end].isspace():
            continue
        if end + 1 < size and not text[end + 1].isspace():
            following = end + 1
        else:
            nxt = S._NOT_SPACE.search(text, end)
            if nxt is None:
                continue
            following = nxt.start()
        first = text[following]
        if not (first.isupper() or first.isdigit() or first in "«“\"'‘(["):
            continue
        if m.group() == "." and S._is_abbreviation(text, m.start()):
            continue
        if regions and S._inside(m.start(), regions, starts) and end not in ends:
            continue
        spans.append((start, end))
        start = following
    if start < size:
        spans.append((start, size))
    if spans:
        spans[0] = S._trim(text, *spans[0])
        spans[-1] = S._trim(text, *spans[-1])
        if spans[0][1] <= spans[0][0]:
            del spans[0]
        if spans and spans[-1][1] <= spans[-1][0]:
            del spans[-1]
    return spans


PIECES = (
    "The U.S. said|Mr. Smith|J. Doe|3.5|It ended.|Really?!|Wait…|No!|“Go.”|«Stop.»|\"Yes.\"|'No.'|(See above.)|"
    "[1.]|e.g. this|he said.|Nov. 11|a.m.|U.K.|He|She|The|In 2024.|...|?|!|.|x|é|ß|١٢|"
).split("|")
GAPS = ("", " ", " ", "  ", "\n", "\u00a0", " \t")


def test_sentences_split_as_by_every_run_of_marks() -> None:
    rng = random.Random(41)
    texts = ["".join(rng.choice(PIECES) + rng.choice(GAPS) for _ in range(rng.randint(0, 14))) for _ in range(30000)]
    briefing, _ = resolve_target(None)
    articles, _ = load_articles(briefing)
    texts += [p.text for a in articles for p in a.paragraphs]
    split = 0
    for text in texts:
        expected = old_sentence_spans(text)
        assert S.sentence_spans(text) == expected, text
        split += len(expected) > 1
    assert split > 10000


def old_word_before(text: str, dot: int) -> str | None:
    start = max(0, dot - S._LOOK)
    i = dot
    while i > start and text[i - 1] in S._WORD_CHARS:
        i -= 1
    while i < dot and text[i] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        i += 1
    return text[i:dot] if i < dot else None


def test_the_word_before_a_period_and_the_digit_check_read_as_before() -> None:
    rng = random.Random(42)
    chars = ["a", "B", ".", "'", "’", " ", "1", "\n", "é", "-", "x" * 70, "U.S", "3"]
    for _ in range(30000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12))) + "."
        dot = len(text) - 1
        assert S._word_before(text, dot) == old_word_before(text, dot), text
        before = text[max(0, dot - S._LOOK) : dot]
        assert bool(S._DIGIT_END.search(before, max(0, len(before) - 2))) == bool(S._DIGIT_END.search(before)), text
