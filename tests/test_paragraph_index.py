"""The figures and mentions of each paragraph, indexed an article at a time, in the analysis's order."""

from __future__ import annotations

from array import array
from dataclasses import replace

import pytest

from briefbook.core.columns import LazyItems
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


def held_as_columns(mentions: list[Mention]) -> LazyItems:
    """Mentions as checked columns, built as they are asked for (as a reopened cache holds them)."""
    columns = []
    for name in ("actor", "article", "paragraph", "start", "end", "text"):
        values = [getattr(m, name) for m in mentions]
        if name in ("paragraph", "start", "end"):
            columns.append(("i", array("i", values)))
        else:
            table = list(dict.fromkeys(values))
            columns.append(("s", table, array("H", map(table.index, values))))
    return LazyItems(Mention, columns, len(mentions))


def test_mentions_held_as_columns_index_and_read_as_the_built_ones() -> None:
    figures = [figure("a", 0, 1), figure("b", 0, 2), figure("a", 0, 3), figure("b", 1, 4), figure("a", 1, 5)]
    mentions = [mention("b", 0, 6), mention("a", 0, 7), mention("b", 0, 8), mention("a", 0, 9), mention("c", 2, 10)]
    eager = analysis(figures, mentions)
    lazy = Analysis(BRIEFING, (), figures=tuple(figures), mentions=held_as_columns(mentions))
    for article_id in ("a", "b", "c", "d"):
        assert lazy.by_paragraph.article(article_id) == eager.by_paragraph.article(article_id)
    assert lazy._held("mentions")._built is None  # indexing an article built only that article's mentions
    assert lazy.by_paragraph.get(("c", 2)) == eager.by_paragraph.get(("c", 2))
    assert dict(lazy.by_paragraph) == dict(eager.by_paragraph)
    assert lazy.mentions == eager.mentions and type(lazy.mentions) is tuple
    assert lazy.mentions is lazy.mentions and lazy == eager and hash(lazy) == hash(eager)


def test_a_fresh_lazy_analysis_compares_and_replaces_like_the_built_one() -> None:
    mentions = [mention("a", 0, 1), mention("b", 1, 2)]
    lazy = Analysis(BRIEFING, (), mentions=held_as_columns(mentions))
    assert lazy == analysis([], mentions)
    assert replace(Analysis(BRIEFING, (), mentions=held_as_columns(mentions)), problems=("p",)).mentions == tuple(mentions)
    assert Analysis(BRIEFING, ()).mentions == () and Analysis(BRIEFING, (), mentions=[]).mentions == []


def test_columns_give_objects_one_at_a_time_or_by_slice() -> None:
    mentions = [mention("a", 0, n) for n in range(5)]
    held = held_as_columns(mentions)
    assert len(held) == 5 and held[0] == mentions[0] and held[-1] == mentions[-1] and held[1:4] == tuple(mentions[1:4])
    assert held[::2] == tuple(mentions[::2]) and held[3:1] == () and held.column("start") == [0, 1, 2, 3, 4]
    with pytest.raises(IndexError):
        held[5]
    assert held._built is None and list(held) == mentions and held.materialise() is held.materialise()
