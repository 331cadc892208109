"""Rewrites for speed (sentence ends, ...) give what the code they replace gave, on varied and hostile text."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

from briefbook.core import sentences as S
from briefbook.core.loading import load_articles, resolve_target

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def real_paragraphs() -> tuple[str, ...]:
    """The paragraphs of the default briefing and of the hostile one."""
    texts = []
    for manifest in (None, str(DATA / "hostile" / "hostile.yaml")):
        briefing, _ = resolve_target(manifest)
        articles, _ = load_articles(briefing)
        texts += [p.text for a in articles for p in a.paragraphs]
    return tuple(texts)


PIECES = (
    "The U.S. said|Mr. Smith|J. Doe|3.5|It ended.|Really?!|Wait…|No!|“Go.”|«Stop.»|\"Yes.\"|'No.'|(See above.)|"
    "[1.]|e.g. this|he said.|Nov. 11|a.m.|U.K.|He|She|The|In 2024.|...|?|!|.|x|é|ß|١٢|„Ja.“|”|»|..|.”|?”|"
    "1.|Ç|(|[|‘|'|\"|a|12|,|İ|\u2028|\u0085|\x1c|\x0b|..A|.)\n|. .|\u3000"
).split("|")
GAPS = ("", " ", " ", "  ", "\n", "\u00a0", " \t", "\r\n", "\u2009", "\x1f")


def varied_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(GAPS) for _ in range(rng.randint(0, 16))) for _ in range(n)]


# --- sentence_spans, as it was before it read the closing characters and white space in its regex ---

_OLD_END = re.compile(r"[.!?…]+(?=[\"'”’»)\]]*\s)")


def old_sentence_spans(text: str) -> list[tuple[int, int]]:
    regions = S._quote_regions(text)
    starts = [s for s, _ in regions]
    ends = {e for _, e in regions}
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    for m in _OLD_END.finditer(text):
        end = m.end()
        while text[end] in S._TRAIL:
            end += 1
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


def test_sentence_spans_as_before() -> None:
    texts = varied_texts(7, 40000) + list(real_paragraphs())
    split = 0
    for text in texts:
        expected = old_sentence_spans(text)
        assert S.sentence_spans(text) == expected, repr(text)
        split += len(expected) > 1
    assert split > 10000
