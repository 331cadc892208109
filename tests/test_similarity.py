"""Shared sentences: the same facts reworded in two sources are found; unrelated sentences are not."""

from __future__ import annotations

import pytest

from briefbook.core.loading import build_article
from briefbook.core.model import ArticleSource
from briefbook.core.similarity import (
    SentenceKey,
    SimilarityIndex,
    content_words,
    jaccard,
)


def article(aid: str, *paragraphs: str):
    """An article from paragraphs written here (a title line first)."""
    text = "A headline for " + aid + "\n\n" + "\n\n".join(paragraphs)
    return build_article(ArticleSource(aid, f"/nowhere/{aid}.txt", 0, "Outlet", None, None), text)


FIRST = article(
    "first",
    "The ministry will send 40 inspectors to the port of Varna next month, a spokesman confirmed.",
    "Fishermen complained about the cold weather along the northern coast this spring.",
)
SECOND = article(
    "second",
    "Officials said the ministry agreed to send 40 inspectors to Varna's port.",
    "A local choir performed at the opening of the new library on Saturday evening.",
)


def test_content_words_drop_stop_words_and_fold() -> None:
    assert content_words("The Ministry of Zürich said it WILL send them") == {"minis", "zuric", "send"}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [({"x", "y"}, {"x", "y"}, 1.0), ({"x", "y"}, {"y", "z"}, 1 / 3), (set(), {"x"}, 0.0)],
)
def test_jaccard(a, b, expected) -> None:
    assert jaccard(a, b) == pytest.approx(expected)


def test_a_reworded_sentence_is_shared_and_unrelated_ones_are_not() -> None:
    index = SimilarityIndex([FIRST, SECOND])
    shared = index.shared_sentences([FIRST, SECOND])
    assert shared[SentenceKey("first", 1, 0)] == [SentenceKey("second", 1, 0)]
    assert shared[SentenceKey("second", 1, 0)] == [SentenceKey("first", 1, 0)]
    assert SentenceKey("first", 2, 0) not in shared and SentenceKey("second", 2, 0) not in shared


def test_sentences_of_one_article_are_never_paired_with_each_other() -> None:
    twin = article("twin", "The council met on Monday in the old harbour hall.", "The council met on Monday in the old harbour hall.")
    assert SimilarityIndex([twin]).shared_sentences([twin]) == {}
