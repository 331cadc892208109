"""Sentence splitting with spans: abbreviations, initials, decimals and quotations."""

from __future__ import annotations

import pytest

from briefbook.core.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. envoy arrived. Talks began at noon.", ["The U.S. envoy arrived.", "Talks began at noon."]),
        ("The U.K. and France agreed. It was late.", ["The U.K. and France agreed.", "It was late."]),
        ("Officials met the U.S. The meeting was short.", ["Officials met the U.S.", "The meeting was short."]),
        ("It ended on Nov. 11, 1918. Peace followed.", ["It ended on Nov. 11, 1918.", "Peace followed."]),
        ("Gen. Ortiz and Dr. Lee spoke. St. Mary's hosted.", ["Gen. Ortiz and Dr. Lee spoke.", "St. Mary's hosted."]),
        ("J. R. Okafor wrote it. Nobody read it.", ["J. R. Okafor wrote it.", "Nobody read it."]),
        ("Growth was 2.5 percent. Inflation fell.", ["Growth was 2.5 percent.", "Inflation fell."]),
        ("Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We came for a deal. We leave with nothing,” the envoy said.",
        "«We will not move. Not now,» the minister said.",
        '"The line holds. It must," she said.',
        "«We stay. We build,\" the mayor said.",
    ],
)
def test_a_quotation_closed_in_the_paragraph_stays_in_one_sentence(text: str) -> None:
    assert split(text) == [text]


def test_sentence_after_a_quotation_starts_anew() -> None:
    text = "The mayor hailed the vote. «It is a first step,» he said. Then he left."
    assert split(text) == ["The mayor hailed the vote.", "«It is a first step,» he said.", "Then he left."]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph() -> None:
    text = "“We will hold the line. We always have. Another sentence follows here."
    assert len(split(text)) == 3


def test_spans_point_into_the_text() -> None:
    text = "  First one.   Second one.  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_the_word_before_a_period_is_the_one_the_pattern_finds() -> None:
    import random

    from briefbook.core import sentences

    rng = random.Random(2)
    parts = ["U.S", "e.g", "Dr", "J", "it's", "'tis", "..", "'", ".", "x", "Gen", " ", "  ", "3", "—", "é", "(", "ab", "O'Neil"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 40))) + "."
        for dot in (len(text) - 1, rng.randrange(len(text))):
            m = sentences._WORD_BEFORE.search(text[max(0, dot - sentences._LOOK):dot])
            assert sentences._word_before(text, dot) == (m.group(1) if m else None), (text, dot)
