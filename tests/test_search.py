"""The search index: folded for case, accents and look-alike letters; spans point into the source text."""

from __future__ import annotations

import pytest

from briefbook.core.loading import build_article
from briefbook.core.model import ArticleSource
from briefbook.core.search import SearchIndex, hit_context


def article(aid: str, text: str):
    """An article read from a text written here."""
    return build_article(ArticleSource(aid, f"/nowhere/{aid}.txt", 0, "Outlet", None, "A title"), text)


ARTICLES = [
    article("one", "A title\n\nDelegates met in Zürich on Friday.\n\nThe ZURICH round ended late."),
    article("two", "A title\n\nTalks in zurich resumed; the Straße was closed.\n\nNothing else."),
    article("three", "A title\n\nThe mayor of Zu\u200brich spoke (with a zero-width space).\n\nА Cyrillic а in Kyiv: Kyіv."),
]
INDEX = SearchIndex(ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zurich", ["Zürich", "ZURICH", "zurich", "Zu\u200brich"]),
        ("ZÜRICH", ["Zürich", "ZURICH", "zurich", "Zu\u200brich"]),
        ("strasse", ["Straße"]),
        ("kyiv", ["Kyiv", "Kyіv"]),
        ("  round   ended ", ["round ended"]),
        ("no such words", []),
        ("", []),
        ("   ", []),
    ],
)
def test_hits_are_folded_and_point_at_the_source_text(query: str, expected: list[str]) -> None:
    hits = INDEX.search(query)
    texts = [ARTICLES_BY_ID[h.article].paragraphs[h.paragraph].text[h.start : h.end] for h in hits]
    assert texts == expected


ARTICLES_BY_ID = {a.id: a for a in ARTICLES}


def test_hits_come_in_reading_order_with_their_article() -> None:
    hits = INDEX.search("zurich")
    assert [(h.article, h.paragraph) for h in hits] == [("one", 1), ("one", 2), ("two", 1), ("three", 1)]


def test_context_holds_the_hit_on_one_line() -> None:
    hit = INDEX.search("straße")[0]
    assert hit.context[hit.context_start : hit.context_end] == "Straße"
    assert "\n" not in hit.context


def test_limit_caps_the_hits() -> None:
    assert len(INDEX.search("zurich", limit=2)) == 2


@pytest.mark.parametrize(
    ("text", "start", "end", "width", "expected"),
    [
        ("short text here", 6, 10, 36, "short text here"),
        ("one two three four five six seven eight", 14, 18, 8, "…three four five…"),
    ],
)
def test_hit_context_cuts_at_words_with_ellipses(text, start, end, width, expected) -> None:
    context, s, e = hit_context(text, start, end, width)
    assert context == expected
    assert context[s:e] == text[start:end]
