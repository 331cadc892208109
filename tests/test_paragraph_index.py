"""The figures and mentions of each paragraph, indexed an article at a time, in the analysis's order."""

from __future__ import annotations

from briefbook.core.model import Analysis, Briefing, Figure, Mention

BRIEFING = Briefing(title="t", description=None, sources=(), root=".")


def figure(article: str, paragraph: int, n: int) -> Figure:
    """A figure in an article's paragraph (n tells it apart)."""
    return Figure(id=f"f{article}{n}", article=article, paragraph=paragraph, sentence=0, start=n, end=n + 1, text=str(n),
                  value=float(n), low=None, high=None, unit=None, qualifier=None, sentence_text=str(n))


def mention(article: str, paragraph: int, n: int) -> Mention:
    """A mention in an article's paragraph (n tells it apart)."""
    return Mention(actor=f"actor{n}", article=article, paragraph=paragraph, start=n, end=n + 1, text=str(n))


def analysis(figures: list[Figure], mentions: list[Mention]) -> Analysis:
    """An analysis holding only figures and mentions."""
    return Analysis(BRIEFING, (), figures=tuple(figures), mentions=tuple(mentions))


def grouped_at_once(a: Analysis) -> dict[tuple[str, int], tuple[list[Figure], list[Mention]]]:
    """The reference: every item grouped in one pass."""
    index: dict[tuple[str, int], tuple[list[Figure], list[Mention]]] = {}
    for f in a.figures:
        index.setdefault((f.article, f.paragraph), ([], []))[0].append(f)
    for m in a.mentions:
        index.setdefault((m.article, m.paragraph), ([], []))[1].append(m)
    return index


def test_one_run_per_article() -> None:
    a = analysis([figure("a", 0, 1), figure("a", 2, 2), figure("b", 0, 3)], [mention("a", 0, 4), mention("b", 1, 5)])
    assert a.by_paragraph.get(("a", 0)) == ([figure("a", 0, 1)], [mention("a", 0, 4)])
    assert a.by_paragraph.get(("b", 1)) == ([], [mention("b", 1, 5)])
    assert a.by_paragraph.get(("a", 1), ((), ())) == ((), ())
    assert a.by_paragraph.get(("c", 0)) is None


def test_an_article_whose_items_come_in_several_runs_keeps_their_order() -> None:
    figures = [figure("a", 0, 1), figure("b", 0, 2), figure("a", 0, 3), figure("b", 1, 4), figure("a", 1, 5)]
    mentions = [mention("b", 0, 6), mention("a", 0, 7), mention("b", 0, 8), mention("a", 0, 9)]
    a = analysis(figures, mentions)
    reference = grouped_at_once(a)
    assert {key: a.by_paragraph[key] for key in reference} == reference
    assert set(a.by_paragraph) == set(reference) and len(a.by_paragraph) == len(reference)
    assert [f.id for f in a.by_paragraph[("a", 0)][0]] == ["fa1", "fa3"]


def test_an_analysis_without_figures_or_mentions_has_an_empty_index() -> None:
    a = analysis([], [])
    assert a.by_paragraph.get(("a", 0)) is None
    assert len(a.by_paragraph) == 0
