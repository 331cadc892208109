"""Round 10 quality rules for figures and datelines, on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import figures_in

from briefbook.core.dates import parse_date_line

# --- counts of the dead and the hurt: one unit for one quantity, whichever way the sentence is built ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Relatives of the 212 people killed in the ferry fire gathered at the port.",
        "The ferry fire killed 212 people, the coastguard said.",
        "At least 212 people were killed when the ferry caught fire.",
        "The coastguard said 212 people had died in the fire.",
        "In all, 212 people lost their lives aboard the ferry.",
    ],
)
def test_a_count_of_the_dead_written_with_people_is_people_in_every_order(sentence: str) -> None:
    figs = figures_in(sentence)
    assert [(v, u) for _, v, u in figs] == [(212.0, "people")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The landslide killed 58, the governor said.", 58.0),
        ("Officials said 58 had died by Sunday.", 58.0),
        ("In all, 58 lost their lives in the landslide.", 58.0),
        ("Rescuers freed 90 people from the mud, and 58 of them later died.", 58.0),
        ("The authorities put the toll at 58.", 58.0),
        ("The landslide left 58 dead.", 58.0),
    ],
)
def test_a_bare_count_of_the_dead_is_deaths(sentence: str, value: float) -> None:
    assert (value, "deaths") in [(v, u) for _, v, u in figures_in(sentence)]


def test_the_dead_and_the_hurt_of_one_sentence_keep_their_own_units() -> None:
    figs = figures_in("The explosion killed 7 and wounded 31 at the depot.")
    assert [(v, u) for _, v, u in figs] == [(7.0, "deaths"), (31.0, "injured")]
    figs = figures_in("The explosion killed 7 people and injured 31 others.")
    assert [(v, u) for _, v, u in figs] == [(7.0, "people"), (31.0, "injured")]


def test_people_moved_away_are_not_counted_as_dead_by_a_later_killing() -> None:
    figs = figures_in("Some 860 residents were evacuated after the blast killed three.")
    assert [(v, u) for _, v, u in figs] == [(860.0, "people"), (3.0, "deaths")]


def test_people_hurt_written_with_their_noun_are_people() -> None:
    figs = figures_in("More than 64 people were injured and 12 civilians were wounded in the shelling.")
    assert [(v, u) for _, v, u in figs] == [(64.0, "people"), (12.0, "people")]
    assert [(v, u) for _, v, u in figures_in("The quake left 15 civilians dead.")] == [(15.0, "people")]


# --- a counted noun after a name of its kind in two words; an ordinal or 'remaining' before the number ---


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The first 250,000 cholera vaccine doses landed in Juba on Friday.", 250000.0, "doses"),
        ("The last 1,500 UN mission troops left the north in May.", 1500.0, "troops"),
        ("The first 40,000 doses arrived on Friday.", 40000.0, "doses"),
        ("The last 3,000 troops crossed the river.", 3000.0, "troops"),
        ("The remaining 700 families were moved to tents.", 700.0, "families"),
    ],
)
def test_ordinals_and_two_word_kinds_before_a_counted_noun(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in figures_in(sentence)] == [(value, unit)]


def test_a_verb_phrase_between_a_number_and_a_counted_noun_makes_no_compound() -> None:
    # 'were later' is no kind of death: the number is a bare count of the dead
    assert [(v, u) for _, v, u in figures_in("The clinic said 12 were later killed.")] == [(12.0, "deaths")]
    # 'and' joins clauses: '12 and wounded' is no unit
    assert [t for t, _, _ in figures_in("Gunmen killed 12 and wounded 9 in the raid.")] == ["12", "9"]


# --- datelines: a zone's offset from UTC, a note that the page was updated, a date in figures with a time ---


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 9, 2025 6:12 AM GMT+8 Updated 3 hours ago", "2025-03-09"),
        ("March 9, 2025 6:12 AM GMT+8", "2025-03-09"),
        ("9 March 2025 11:40 UTC+05:30", "2025-03-09"),
        ("March 9, 2025 8:02 PM GMT+1 Updated March 10, 2025", "2025-03-09"),
        ("9 March 2025 08:15 Last updated 10:02 GMT", "2025-03-09"),
        ("Sun 9 Mar 2025 07.41 GMT Last modified on Sun 9 Mar 2025 09.00 GMT", "2025-03-09"),
        ("March 9, 2025 6:12 AM EST Updated an hour ago", "2025-03-09"),
        ("Published 9 Mar 2025, 06:41 am IST", "2025-03-09"),
        ("Sun 9 Mar 2025 07.41 GMT", "2025-03-09"),
        ("19/03/2025 08:00", "2025-03-19"),
        ("19.03.2025 08:00", "2025-03-19"),
        ("March 9, 2025 6:12 AM (GMT+8)", "2025-03-09"),
        ("March 9, 2025 | 6:12 AM GMT+8 | Updated: 3 hours ago", "2025-03-09"),
        ("9 Mar 2025 08:00 UTC-3", "2025-03-09"),
    ],
)
def test_datelines_with_zones_offsets_and_update_notes(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "March 9, 2025 the court updated its ruling",
        "March 9, 2025 6:12 AM the ferry left port",
        "March 9, 2025 Updated rules came into force",
        "04/03/2025 08:00",  # April 3rd or March 4th, depending on the outlet
        "19/03/2025 the court sat",
    ],
)
def test_a_date_and_words_that_are_no_time_or_update_note_make_no_dateline(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "sentence",
    ["About 3,000 joined striking dock workers on Monday.", "Some 2 million risk losing their jobs.", "Rebels shelled the port 12 times last month."],
)
def test_a_verb_before_a_counted_noun_makes_no_compound(sentence: str) -> None:
    assert figures_in(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The shelling has killed more than 9,000 Syrians since March, the monitor said.", "more than 9,000 Syrians"),
        ("The militia freed 14 Pakistanis on Friday.", "14 Pakistanis"),
        ("About 2 million Venezuelans have left the country.", "About 2 million Venezuelans"),
    ],
)
def test_a_people_named_in_the_plural_after_a_number_counts_people(sentence: str, text: str) -> None:
    assert [(t, u) for t, _, u in figures_in(sentence)] == [(text, "people")]


def test_a_people_s_name_opening_a_longer_name_or_a_party_counts_no_people() -> None:
    assert figures_in("The 3 Americans Abroad chapter met in Lisbon.") == []
    assert figures_in("Only 9 Republicans backed the bill.") == []


@pytest.mark.parametrize(
    "sentence",
    ["Polls close at 21:00 in 19 countries.", "Polls close at 21:00 GMT+2 in 19 countries."],
)
def test_a_clock_time_or_a_zone_s_offset_before_in_makes_no_share(sentence: str) -> None:
    assert [(t, u) for t, _, u in figures_in(sentence)] == [("19 countries", "countries")]


# --- event dates: a year or a month and year before a comma or a full stop ---


def test_a_year_before_a_comma_or_a_full_stop_is_an_event_date() -> None:
    from briefbook.core.dates import find_event_dates

    text = "The dam failed in 2016 and again in 2019. It reopened in late 2021, after repairs."
    assert [iso for _, _, iso in find_event_dates(text)] == ["2016", "2019", "2021"]
    assert [iso for _, _, iso in find_event_dates("In October 2023, the dam reopened.")] == ["2023-10"]
    # a number written on after the comma or the point is no year
    assert find_event_dates("It cost 2019.5 and 2020,5 units.") == []


@pytest.mark.parametrize(
    ("sentence", "part", "unit"),
    [
        ("Roughly 900 of its 52,000 employees will be laid off.", ("Roughly 900", 900.0), "workers"),
        ("The Greens took 14 of the 120 seats.", ("14", 14.0), "seats"),
    ],
)
def test_a_part_counts_what_the_whole_it_is_of_counts(sentence: str, part: tuple[str, float], unit: str) -> None:
    assert (*part, unit) in figures_in(sentence)


def test_a_part_of_no_counted_whole_takes_no_unit() -> None:
    assert figures_in("Some 40 of them were children.") == []
