"""Tracks: figures of one unit lined up across sources, with disagreements flagged."""

from __future__ import annotations

import datetime as dt

from test_figures import make_article

from briefbook.core.figures import extract_figures
from briefbook.core.model import Article, Figure
from briefbook.core.tracks import build_tracks


def analyse(*articles: Article) -> tuple[list[Figure], list]:
    figs: list[Figure] = []
    for art in articles:
        figs.extend(extract_figures(art)[0])
    return figs, build_tracks(figs, list(articles))


def outlet(art: Article, name: str) -> Article:
    return Article(art.id, art.file, art.title, name, art.date, art.paragraphs)


def test_one_track_per_unit_in_article_date_order() -> None:
    a = outlet(make_article("Some 40 countries are involved in the talks on the mission.", art_id="a", date=dt.date(2025, 3, 1)), "Daily A")
    b = outlet(make_article("A 60-day truce was agreed. Only 12 countries are ready to send troops.", art_id="b", date=dt.date(2025, 4, 1)), "Daily B")
    c = outlet(make_article("The 60-day truce held for a week.", art_id="c", date=dt.date(2025, 5, 1)), "Daily C")
    figs, tracks = analyse(a, b, c)
    by_unit = {t.unit: t for t in tracks}
    assert set(by_unit) == {"countries", "days"}
    countries = by_unit["countries"]
    assert [f.split(":")[0] for f in countries.figures] == ["a", "b"]
    assert [f.split(":")[0] for f in by_unit["days"].figures] == ["b", "c"]
    assert countries.label == "countries"


def test_disagreement_on_the_same_measure_names_the_sources() -> None:
    a = outlet(make_article("Leaders said 37 countries were involved in the discussions.", art_id="a", date=dt.date(2025, 3, 13)), "Paper One")
    b = outlet(make_article("The initiative involved 31 countries, officials said.", art_id="b", date=dt.date(2025, 6, 4)), "Paper Two")
    _, tracks = analyse(a, b)
    (track,) = tracks
    assert track.disagreement
    assert "37 (Paper One, 13 Mar)" in (track.note or "")
    assert "31 (Paper Two, 4 Jun)" in (track.note or "")


def test_different_measures_of_one_unit_do_not_disagree() -> None:
    a = outlet(make_article("Some 37 countries took part in the discussions.", art_id="a", date=dt.date(2025, 3, 13)), "Paper One")
    b = outlet(make_article("Nearly 15 countries have offered to contribute soldiers.", art_id="b", date=dt.date(2025, 4, 9)), "Paper Two")
    _, tracks = analyse(a, b)
    (track,) = tracks
    assert not track.disagreement


def test_qualified_figures_that_fit_together_agree() -> None:
    a = outlet(make_article("More than two dozen countries pledged to join the force.", art_id="a", date=dt.date(2025, 9, 4)), "Paper One")
    b = outlet(make_article("In all, 26 countries pledged to join the force.", art_id="b", date=dt.date(2025, 9, 5)), "Paper Two")
    _, tracks = analyse(a, b)
    (track,) = tracks
    assert not track.disagreement


def test_single_article_unit_still_has_a_track() -> None:
    _, tracks = analyse(make_article("Turnout reached 71% this year."))
    assert [(t.unit, len(t.figures)) for t in tracks] == [("percent", 1)]


def test_items_of_a_list_are_not_compared_with_each_other_across_sources() -> None:
    """'A at 31%, B at 24%': the words before each share are its own, so the sources disagree only where they give
    one party different shares, never because one paper's first party is compared with another's second."""
    a = outlet(make_article("Early results put the Harbour League at 31.2%, the Valley Party at 24.0%, and the Greens at 11.5%.",
                            art_id="a", date=dt.date(2025, 3, 2)), "Paper One")
    b = outlet(make_article("The Valley Party won 24.0%, while the Harbour League took 31.2% of the vote.",
                            art_id="b", date=dt.date(2025, 3, 3)), "Paper Two")
    c = outlet(make_article("Final figures gave the Valley Party 22.4%.", art_id="c", date=dt.date(2025, 3, 4)), "Paper Three")
    _, same = analyse(a, b)
    assert not {t.unit: t for t in same}["percent"].disagreement
    _, differ = analyse(a, b, c)
    percent = {t.unit: t for t in differ}["percent"]
    assert percent.disagreement
    assert "24 (Paper One" in percent.note and "22.4 (Paper Three" in percent.note and "31.2" not in percent.note


def test_a_note_of_agreeing_sources_lists_every_figure_or_counts_what_it_leaves_out() -> None:
    from briefbook.core.tracks import NOTE_FIGURES

    for count in (NOTE_FIGURES - 1, NOTE_FIGURES, NOTE_FIGURES + 3):
        articles = [
            outlet(make_article("Some 40 inspectors are on the site.", art_id=f"a{n}", date=dt.date(2025, 1, 1 + n)), f"Outlet {n}")
            for n in range(count)
        ]
        figs, tracks = analyse(*articles)
        (track,) = tracks
        listed = track.note.count("(Outlet ")
        assert listed == min(count, NOTE_FIGURES)
        if count > NOTE_FIGURES:
            assert track.note.endswith(f"and {count - NOTE_FIGURES} more")
        else:
            assert "more" not in track.note
