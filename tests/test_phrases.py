"""A figure's context is shown as the text has it, punctuation and all."""

from __future__ import annotations

from briefbook.core.figures import extract_figures
from briefbook.core.loading import build_article
from briefbook.core.model import ArticleSource
from briefbook.core.phrases import figure_phrase


def _figures(text: str):
    article = build_article(ArticleSource(id="a", path="a.txt", order=0), "Vaccines arrive\n\n" + text)
    found, _ = extract_figures(article)
    return article, found


def test_the_context_keeps_the_text_s_punctuation() -> None:
    article, found = _figures("The region needed 10 million vaccine doses but had only about 200,000, the agency said.")
    first = next(f for f in found if f.value == 10_000_000)
    phrase = figure_phrase(first, article.paragraphs[first.paragraph].text)
    assert phrase == "10 million vaccine doses but had only about 200,000, the"


def test_a_context_before_the_figure_is_cut_from_before_it() -> None:
    # "in" also stands inside "province": only whole words count.
    article, found = _figures("The toll in the province rose to 517 deaths.")
    (f,) = found
    assert figure_phrase(f, article.paragraphs[f.paragraph].text) == "in the province rose to 517 deaths"


def test_words_that_cannot_be_found_fall_back_to_the_context_words() -> None:
    article, found = _figures("The agency shipped 50,000 doses to the east.")
    f = found[0]
    assert figure_phrase(f, "some other paragraph") == f"{f.text} {f.context}"
    moved = type(f)(**{**{k: getattr(f, k) for k in f.__slots__}, "context": "never written here"})
    assert figure_phrase(moved, article.paragraphs[f.paragraph].text) == f"{f.text} never written here"
