"""A headline's figure that the text repeats counts once; one the text does not repeat still counts."""

from __future__ import annotations

from briefbook.core.figures import extract_figures
from briefbook.core.loading import build_article
from briefbook.core.model import ArticleSource


def figures_of(text: str, title: str) -> list[tuple[int, str]]:
    art = build_article(ArticleSource("x", "x.txt", 0, title=title), text)
    return [(f.paragraph, f.text) for f in extract_figures(art)[0]]


def test_headline_figure_repeated_in_the_text_counts_once() -> None:
    title = "Port authority approves €40m quay"
    text = f"{title}\n\nThe port authority approved a €40 million quay on Monday after a two-year dispute.\n"
    found = figures_of(text, title)
    assert found == [(1, "€40 million"), (1, "two-year")]


def test_headline_figure_not_in_the_text_is_kept() -> None:
    title = "Port authority approves €40m quay"
    text = f"{title}\n\nThe port authority approved the new quay on Monday after a long dispute with the fleet.\n"
    assert figures_of(text, title) == [(0, "€40m")]
