"""Track rules found by the round-10 audit: what a figure measures, and when sources really disagree
(short passages written for these tests)."""

from __future__ import annotations

import datetime as dt

from test_figures import make_article

from briefbook.core.figures import extract_figures
from briefbook.core.model import Article
from briefbook.core.tracks import build_tracks, measure_words


def _art(text: str, art_id: str, day: int, name: str) -> Article:
    art = make_article(text, art_id=art_id, date=dt.date(2025, 3, day))
    return Article(art.id, art.file, art.title, name, art.date, art.paragraphs)


def _tracks(*articles: Article) -> dict:
    figs = [f for a in articles for f in extract_figures(a)[0]]
    return {t.unit: t for t in build_tracks(figs, list(articles))}, figs


def test_who_said_so_after_a_comma_is_not_what_a_figure_measures() -> None:
    art = _art("The quake injured more than 900 people, the disaster agency AFAD said.", "a", 3, "Paper One")
    fig = next(f for f in extract_figures(art)[0] if f.value == 900)
    assert not {"afad", "agency", "disast"} & measure_words(fig)


def test_two_figures_sharing_only_their_source_do_not_disagree() -> None:
    a = _art("The storm injured more than 900 people, the rescue agency ARK said.", "a", 3, "Paper One")
    b = _art("The number of people killed has passed 300, ARK said.", "b", 4, "Paper Two")
    tracks, _ = _tracks(a, b)
    assert not any(t.disagreement for t in tracks.values())


def test_a_share_is_measured_by_what_it_is_a_share_of() -> None:
    a = _art("Teachers led the way: the ministry counted 42% of primary teachers on strike.", "a", 3, "Paper One")
    b = _art("The strike also shut 30% of petrol refineries across the country.", "b", 3, "Paper Two")
    tracks, _ = _tracks(a, b)
    assert not tracks["percent"].disagreement
    # the same share from two sources that differ is still flagged
    c = _art("Some 60% of primary teachers stopped work, the union said.", "c", 3, "Paper Three")
    tracks, _ = _tracks(a, c)
    assert tracks["percent"].disagreement


def test_weekdays_and_months_say_when_not_what() -> None:
    art = _art("The storm damaged 1,400 homes on Monday in March.", "a", 3, "Paper One")
    fig = next(f for f in extract_figures(art)[0] if f.value == 1400)
    assert not {"monday", "march"} & measure_words(fig)


def test_the_ends_of_a_chain_of_shared_words_need_a_word_of_their_own_to_disagree() -> None:
    a = _art("The fund agreed a $7bn programme for the country.", "a", 3, "Paper One")
    b = _art("The board approved the release of $1.2bn to the country under the deal.", "b", 4, "Paper Two")
    # a range that agrees with both and shares a word with each links them into one measure
    c = _art("Between $1bn and $8bn of programme release is expected by June.", "c", 5, "Paper Three")
    tracks, _ = _tracks(a, b, c)
    assert not tracks["USD"].disagreement
    d = _art("The fund agreed a $2bn programme for the country.", "d", 6, "Paper Four")
    tracks, _ = _tracks(a, d)
    assert tracks["USD"].disagreement
