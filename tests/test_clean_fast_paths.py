"""The cleaning's fast paths give what the plain computations give: squashing, block keys, sentence spans."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefbook.core import clean, sentences
from briefbook.core.text import squash

PIECES = ["The", "harbour", "quay", "'First step’Europe", "Photo: Getty Images", "**Bold**", "# Heading", "- item",
          "U.S.", "3.5", "“Quoted.”", "«Cité.»", "(AFP)", "Reuters/Name", "…", "No.", "Dr.", "ſome", "İstanbul"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u2028", "\u0085", "\u200b", "", " \n", "\n\n", ". ", "! "]


def random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(SPACES) for _ in range(n))


def test_squash_fast_path_is_squash() -> None:
    rng = random.Random(3)
    for _ in range(20000):
        text = rng.choice(["", " ", "\t"]) + random_text(rng, rng.randint(0, 6)) + rng.choice(["", " ", "\n"])
        assert clean._squash(text) == squash(text), repr(text)


def pages() -> list[str]:
    rng = random.Random(8)
    texts = [random_text(rng, rng.randint(5, 80)) for _ in range(300)]
    hostile = Path(__file__).parent / "data" / "hostile"
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(hostile.rglob("*.txt"))]
    return texts


def test_block_texts_are_squashed_where_they_are_keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    keyed = []

    def checked(text: str) -> str:
        keyed.append(text)
        assert squash(text) == text, repr(text)
        return clean._key(text)

    monkeypatch.setattr(clean, "_block_key", checked)
    for page in pages():
        clean.clean_text(page, title="The harbour quay")
        clean.clean_text(page)
    assert len(keyed) > 1000


def reference_spans(text: str) -> list[tuple[int, int]]:
    """sentence_spans as it was first written: every span trimmed."""
    regions = sentences._quote_regions(text)
    starts = [s for s, _ in regions]
    ends = {e for _, e in regions}
    spans: list[tuple[int, int]] = []
    start = 0
    for m in sentences._END.finditer(text):
        end = m.end()
        while end < len(text) and text[end] in sentences._TRAIL:
            end += 1
        if end < len(text) and not text[end].isspace():
            continue
        nxt = sentences._NOT_SPACE.search(text, end)
        if nxt is None:
            continue
        first = text[nxt.start()]
        if not (first.isupper() or first.isdigit() or first in "«“\"'‘(["):
            continue
        if m.group() == "." and sentences._is_abbreviation(text, m.start()):
            continue
        if sentences._inside(m.start(), regions, starts) and end not in ends:
            continue
        spans.append((start, end))
        start = nxt.start()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in (sentences._trim(text, s, e) for s, e in spans) if e > s]


def test_sentence_spans_trim_as_before() -> None:
    rng = random.Random(11)
    for _ in range(20000):
        text = rng.choice(["", " ", "\n "]) + random_text(rng, rng.randint(0, 12)) + rng.choice(["", " ", " \t"])
        assert sentences.sentence_spans(text) == reference_spans(text), repr(text)


def test_a_full_date_holds_a_years_digits() -> None:
    from briefbook.core import dates

    rng = random.Random(12)
    words = ["Monday,", "March", "Sept.", "3", "31st", "of", "1999", "2025", "20", "19", "2025-03-04", "1850", "-"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        if dates.find_full_dates(text):
            assert dates._YEAR_DIGITS.search(text), text
