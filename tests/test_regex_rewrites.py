"""Patterns rewritten for speed find exactly what the patterns they replace found.

Each old pattern is kept here as it was written; the new one must give the same matches (spans and the groups
the callers read) on random runs of the pieces both can match, and on the default briefing's sentences.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from briefbook.core import dates, figures, numbers
from briefbook.core.loading import load_articles, resolve_target

OLD_YEAR = re.compile(r"(?=[m\d])(?<![\w$€£.,/-])(?:mid-)?(?P<year>(?:1[89]|20)\d\d)(?![\d%]|[,.]\d|[-–/]\d|\w)")
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


# The helpers of figures as they were written before their quick checks, and random texts around a number.
def old_scale_after(text: str, pos: int) -> tuple:
    g = numbers.GLUED_SCALE.match(text, pos)
    if g:
        return numbers.scale_of(g.group()), g.end(), len(g.group()) == 1
    s = numbers.SPACED_SCALE.match(text, pos)
    if s:
        return numbers.scale_of(s.group()), s.end(), False
    return Decimal(1), pos, False


def old_number_in_name(text: str, start: int) -> bool:
    m = figures._NAME_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group("word")
    return (
        word.lower() not in figures._NOT_NAMES
        and word.lower().rstrip(".") not in figures.MONTH_NAMES
        and not word.endswith(("day", "days"))
    )


def old_document_number(text: str, start: int) -> bool:
    head = text[max(0, start - 30) : start]
    if head.endswith("#"):
        return True
    if not head[-1:].isspace():
        return False
    words = head.split()
    if not words:
        return False
    if words[-1] == "No." and len(words) > 1 and words[-2] in figures._LEGAL_WORDS:
        return True
    return words[-1] in figures._LEGAL_WORDS


AROUND = (
    "Boeing|Windows|Paragraph|the|Article|No.|Art.|#|Monday|March|Mar.|Anti-Boeing|iPhone|ÉTAT|İn|x|US$|$|€|£|USD|"
    "Rs.|Rs|EUR|about|b|bn|m|mn|k|K|\u212a|tn|trn|B|M|million|billion|hundred|Thousand|dozen|lakh|crores|-|–|"
    "people|troops|12|3.5|%|.|,|(|)|\n|\u00a0|é"
).split("|")
GAPS = ("", " ", " ", "  ", "\n", "-", " \n")


def _around(seed: int, count: int) -> list[tuple[str, int]]:
    """Texts with a number in digits, and where it starts."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        head = "".join(rng.choice(AROUND) + rng.choice(GAPS) for _ in range(rng.randint(0, 6)))
        tail = "".join(rng.choice(GAPS) + rng.choice(AROUND) for _ in range(rng.randint(0, 4)))
        out.append((head + "12" + tail, len(head)))
    return out


def test_the_quick_checks_of_the_figure_helpers_leave_their_answers() -> None:
    for text, start in _around(33, 40000):
        assert figures._scale_after(text, start + 2) == old_scale_after(text, start + 2), text
        assert figures._number_in_name(text, start) == old_number_in_name(text, start), text
        assert figures._document_number(text, start) == old_document_number(text, start), text
        head = text[max(0, start - 40) : start]
        if figures._CURRENCY_TAILS.isdisjoint(head[-3:]):
            assert figures._CURRENCY_BEFORE.search(head) is None, text


def test_the_core_value_reads_the_group_that_matched() -> None:
    for text, _ in _around(34, 5000) + [(t, 0) for t in ("two hundred", "dozens of", "tens of thousands of", "3.5")]:
        for m in numbers.CORE.finditer(text):
            old = (
                (numbers.parse_digits(m.group("digits")), False, False)
                if m.group("digits")
                else (numbers.parse_words(m.group("words")), True, False)
                if m.group("words")
                else (numbers.vague_value(m.group("vague")), True, True)
            )
            assert figures._core_value(m) == old, text


def test_the_union_of_the_chrome_patterns_matches_where_one_of_them_does() -> None:
    from briefbook.core import clean

    words = sorted({w for p, _, _ in clean._EXTRA_CHROME for w in re.findall(r"[A-Za-z]{2,}", p.pattern)})
    vocabulary = [v for w in words for v in (w, w.capitalize(), w.upper())] + [
        "Ana Ruiz",
        "12",
        "3",
        "/",
        "(@ana)",
        "—",
        "-",
        "[2/5]",
        ":",
        "|",
        "(",
        "İ",
        "ſ",
        "\n",
    ]
    rng = random.Random(35)
    matched = 0
    for _ in range(40000):
        text = "".join(
            rng.choice(vocabulary) + rng.choice((" ", " ", "", ": ", " / ", "  ")) for _ in range(rng.randint(1, 7))
        )
        for t in (text, text.strip()):
            expected = any(p.search(t) for p, _, _ in clean._EXTRA_CHROME)
            union = bool(clean._EXTRA_ANCHORED.match(t) or any(found(t) for found in clean._EXTRA_LOOSE))
            assert union == expected, t
            matched += expected
    assert matched > 1000  # the vocabulary (every word of the patterns) grows with the patterns, and dilutes the hits


def old_context(text: str, start: int, end: int) -> str:
    after = figures._CLAUSE_STOP.split(text[end:], maxsplit=1)[0]
    words = figures._WORD_RE.findall(after)[:7]
    if len(words) >= 2:
        return " ".join(words)
    before = figures._CLAUSE_STOP.split(text[:start])[-1]
    return " ".join(figures._WORD_RE.findall(before)[-5:]) or " ".join(words)


def test_the_context_of_a_figure_is_the_one_found_by_splitting_the_text() -> None:
    stops = [";", ":", "—", "(", ")", "«", "»", '"', "“", "”", "it's", "o’clock", "re-run", "x", "the troops"]
    for text, start in _around(36, 20000):
        rng = random.Random(start + len(text))
        text = (
            text[: start + 2] + "".join(rng.choice(stops) + " " for _ in range(rng.randint(0, 5))) + text[start + 2 :]
        )
        assert figures._context(text, start, start + 2) == old_context(text, start, start + 2), text


DATE_PIECES = (
    "Monday|Mon.|Tue|Tues.|Thurs|Wednesday,|Sat|Sunday|January|Jan.|Sept.|Sep|Sept|May|March|Mar|June|Jul|Dec.|"
    "3|12|31|1st|22nd|3rd|4th|of|the|2024|1990|5,|x|Monx|Xmas|-|J|T|W|%|٣"
).split("|")


def test_the_spans_of_days_and_months_are_those_of_their_patterns() -> None:
    rng = random.Random(37)
    found = 0
    for _ in range(40000):
        text = "".join(
            rng.choice(DATE_PIECES) + rng.choice((" ", " ", "", ", ", ".", "  ", "\n", "-"))
            for _ in range(rng.randint(1, 9))
        )
        for pattern, spans in zip(dates._PARTIAL_PATTERNS, dates._PARTIAL_SPANS):
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            got = [pattern.match(text, f.start()) for f in spans.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in got if m] == expected, text
            assert [f.span() for f in spans.finditer(text)] == [span for span, _ in expected], text
            found += len(expected)
    assert found > 5000


def old_normalise_block(block) -> None:
    from briefbook.core import clean

    text = block.text
    if "<" in text:
        text = clean._HTML_TAG.sub("", text)
    if "](" in text:
        text = clean._MD_IMAGE.sub("", text)
        only_link = clean._MD_LINK.fullmatch(clean._BULLET.sub("", text, count=1).strip()) is not None
        text = clean._MD_LINK.sub(r"\1", text)
        if only_link:
            block.kind, block.reason = clean.DROP, "link"
    m = clean._MD_HEADING.match(text)
    if m:
        text = text[m.end() :]
        block.kind = clean.HEADLINE if len(m.group(1)) == 1 else clean.SUBHEADING
    bullet = clean._BULLET.match(text)
    block.bullet = bullet is not None
    if bullet:
        text = text[bullet.end() :]
    if text.startswith(("**", "__")) and text.endswith(("**", "__")) and len(text) > 4:
        text = text[2:-2]
    elif len(text) <= 80 and not text.rstrip().endswith(clean._SENTENCE_ENDS):
        text = clean._MD_STRONG.sub(r"\1", text)
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1:2] not in "*_ ":
        text = text[1:-1]
        block.italic = True
    block.text = clean._squash(text)


def test_a_block_is_normalised_as_before_its_quick_checks() -> None:
    from briefbook.core import clean

    pieces = [
        "#",
        "##",
        "#######",
        "-",
        "*",
        "•",
        "➤",
        "1.",
        "12)",
        "123.",
        "²",
        ".",
        " ",
        "  ",
        "\t",
        "\u2003",
        "**",
        "Text",
        "a",
        "[link](https://x)",
        "<b>",
        "![img](https://x/i.png)",
        "_",
        "٣)",
        "x",
    ]
    rng = random.Random(38)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 6)))
        new, old = clean.Block(text, 1), clean.Block(text, 1)
        clean._normalise_block(new)
        old_normalise_block(old)
        assert new == old, text


def test_a_counted_noun_reads_as_before() -> None:
    from briefbook.core import units

    nouns = [*units.COUNTED, "Troops", "MEMBER  STATES", "member\nstates", "heads of\u00a0state", "xyz", "", "İ", "é"]
    for noun in nouns:
        for form in (noun, noun.upper(), noun.title()):
            assert units.counted_unit(form) == units.COUNTED.get(units._SPACES.sub(" ", form.lower())), form
