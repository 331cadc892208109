"""Round 13 quality rules for figures (precision), on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import figures_in

# --- a rate or a level named before a bare number borrows no sum and no count ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget was set at $5bn, with growth at 3.",
        "The budget was set at $5bn, growth at 3.",
        "The budget was $5bn, and inflation at 3.",
        "Spending rose to $5bn, with turnout at 60.",
    ],
)
def test_a_measure_before_a_bare_number_borrows_no_money(sentence: str) -> None:
    assert figures_in(sentence) == [("$5bn", 5e9, "USD")]


def test_a_measure_before_a_bare_number_borrows_no_count() -> None:
    assert figures_in("Some 37 countries signed, with inflation forecast at 3.") == [
        ("Some 37 countries", 37.0, "countries")
    ]


def test_an_elliptical_comparison_still_pairs_sums_and_counts() -> None:
    assert figures_in("Unions put the cost at $5bn, police at 4bn.") == [
        ("$5bn", 5e9, "USD"),
        ("4bn", 4e9, "USD"),
    ]
    assert figures_in("Unions put the number at 1 million people, police at 480,000.") == [
        ("1 million people", 1e6, "people"),
        ("480,000", 48e4, "people"),
    ]


def test_a_rate_list_still_shares_its_unit() -> None:
    assert figures_in("Rates of 5, 6 and 7 percent were offered.") == [
        ("5", 5.0, "percent"),
        ("6", 6.0, "percent"),
        ("7 percent", 7.0, "percent"),
    ]


# --- a weekday, a month or 'today' lends no unit ---


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the Wolves reached 40.",
        "On Sunday the team reached 40.",
        "In March the index reached 40.",
        "Today the team reached 40.",
    ],
)
def test_a_day_name_lends_no_days(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_duration_gives_way_to_the_counted_noun_a_verb_counts() -> None:
    assert figures_in("On Monday the troops numbered 4,000.") == [("4,000", 4000.0, "troops")]
    assert figures_in("Some 40 days of talks, troops reaching 400.") == [
        ("Some 40 days", 40.0, "days"),
        ("400", 400.0, "troops"),
    ]


# --- a division's tally: the votes for and against ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The House divided: Ayes 310, Noes 200.",
        "The result was Ayes: 310, Noes: 200.",
        "The motion was carried 310–200.",
        "The House voted 310-200 to back the plan.",
        "The chamber approved the bill by 310 — 200.",
        "A vote of 310-200 sealed it.",
    ],
)
def test_a_tally_counts_votes(sentence: str) -> None:
    assert figures_in(sentence) == [("310", 310.0, "votes"), ("200", 200.0, "votes")]


def test_a_tally_written_with_votes_is_unchanged() -> None:
    assert figures_in("The motion passed by 310 votes to 200.") == [
        ("310 votes", 310.0, "votes"),
        ("200", 200.0, "votes"),
    ]


@pytest.mark.parametrize("sentence", ["Arsenal won 3-1 on Sunday.", "Chelsea beat them 2-0.", "The plan was backed 5-10 by them."])
def test_a_score_or_a_rising_range_is_no_tally(sentence: str) -> None:
    assert figures_in(sentence) == []
