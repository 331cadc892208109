"""Numbers found by trying the number pattern only where one can start are the ones its own scan finds."""

from __future__ import annotations

import random

from briefbook.core import numbers

WORDS = [
    *numbers.UNITS_WORDS, *numbers.TENS_WORDS, *numbers.SCALES, *numbers.VAGUE_PLURALS, "tens", "half", "a", "an",
    "and", "of", "quarter", "someone", "often", "weight", "Seventy", "TWENTY", "Hundreds", "ſeven", "İn", "ıt",
    "1", "12", "1,000", "3.5", ".5", "2025", "10,000,000", "x9", "U.S.", "No.", "-", "–", "%",
]
SEPARATORS = (" ", " ", "-", ", ", ".", "", "  ", "\n", " (", ") ")


def test_core_matches_are_the_scan_of_the_whole_text() -> None:
    rng = random.Random(4)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 10)))
        expected = [(m.span(), m.groupdict()) for m in numbers.CORE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in numbers.core_matches(text)] == expected, text
        found += len(expected)
    assert found > 20000


def test_a_paragraph_scan_finds_the_starts_of_its_sentences() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        parts = ["".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 6))) for _ in range(3)]
        para = "".join(parts)
        starts = numbers.number_starts(para)
        offset = 0
        for part in parts:
            end = offset + len(part)
            glued = offset > 0 and (para[offset - 1].isascii() and (para[offset - 1].isalnum() or para[offset - 1] == "_"))
            inside = [q - offset for q in starts if offset <= q < end]
            if glued and (not inside or inside[0] != 0):
                inside.insert(0, 0)
            expected = [(m.span(), m.groupdict()) for m in numbers.CORE.finditer(part)]
            assert [(m.span(), m.groupdict()) for m in numbers.core_matches(part, inside)] == expected, (para, part)
            offset = end


def test_a_text_with_a_number_in_words_has_its_start() -> None:
    rng = random.Random(9)
    words = [w for w in WORDS if not any(ch.isdigit() for ch in w)] + ["rupees", "people", "the", "paid"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        for m in numbers.CORE.finditer(text):
            assert m.start() in numbers.number_starts(text), text
