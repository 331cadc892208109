"""Round 11 quality rules for figures, on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import article, figures_in

from briefbook.core.figures import extract_figures

# --- a counted noun after a compound of several words ---


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("He said 3,500 search and rescue workers had been sent to the region.", 3500.0, "workers"),
        ("The firm will cut 300 oil and gas jobs next year.", 300.0, "jobs"),
        ("Some 12,000 health care workers went on strike.", 12000.0, "workers"),
        ("The ministry sent 40 air defence systems to the front.", 40.0, "systems"),
    ],
)
def test_a_counted_noun_after_a_compound_of_several_words(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in figures_in(sentence)] == [(value, unit)]


def test_a_list_of_counted_things_joined_by_and_makes_no_compound() -> None:
    # 'rebels' is a plural: the list counts rebels, not soldiers
    assert [(v, u) for _, v, u in figures_in("Clashes killed 12 rebels and government soldiers.")] == [(12.0, "rebels")]
    # a verb after 'and' makes no compound either
    figs = figures_in("The attack killed 12 and wounded 40 people.")
    assert [(v, u) for _, v, u in figs] == [(12.0, "deaths"), (40.0, "people")]


# --- one amount of money, whichever way a source spells it ---


@pytest.mark.parametrize(
    "amount",
    ["$1.2bn", "1.2 billion dollars", "US$1,200 million", "USD 1.2 billion", "1.2 billion USD", "US$1.2bn",
     "$1.2 billion", "1.2 bln dollars", "1,200 million US dollars", "1.2 billion U.S. dollars", "$ 1.2 billion"],
)
def test_dollars_in_several_spellings_are_one_amount(amount: str) -> None:
    figs = figures_in(f"The fund will get {amount} next year.")
    assert [(t, v, u) for t, v, u in figs] == [(amount, 1.2e9, "USD")]


@pytest.mark.parametrize(
    "amount",
    ["€450m", "0.45 billion euros", "EUR 450 million", "450 million EUR", "450m euros", "€ 450 million", "€0.45bn",
     "450 million Euros", "€450 mln"],
)
def test_euros_in_several_spellings_are_one_amount(amount: str) -> None:
    figs = figures_in(f"The fund will get {amount} next year.")
    assert [(t, v, u) for t, v, u in figs] == [(amount, 4.5e8, "EUR")]


# --- a count that went beyond a number: the number is a floor ---


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The number of people killed in the quake has passed 300.", 300.0, "people"),
        ("The death toll has passed 300.", 300.0, "deaths"),
        ("The number of dead has surpassed 1,000.", 1000.0, "deaths"),
        ("The death toll passed the 1,000 mark on Sunday.", 1000.0, "deaths"),
        ("The number of people killed passed the 300 mark.", 300.0, "people"),
        ("Exports exceeded $5bn last year.", 5e9, "USD"),
        ("Sales passed the $1bn mark in March.", 1e9, "USD"),
        ("Inflation topped 5% in May.", 5.0, "percent"),
    ],
)
def test_a_count_that_passed_a_number_is_more_than_it(sentence: str, value: float, unit: str) -> None:
    figs = extract_figures(article([sentence]))[0]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(value, unit, "more than")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The number of people killed in the quake rose to 300.", 300.0, "people"),
        ("The number of people killed climbed to 300.", 300.0, "people"),
        ("The number of people killed reached the 300 mark.", 300.0, "people"),
        ("Parliament passed 300 laws last year.", 300.0, "laws"),
        ("The refugees crossed 3 borders.", 3.0, "borders"),
    ],
)
def test_a_count_that_reached_a_number_or_things_passed_are_no_floor(sentence: str, value: float, unit: str) -> None:
    figs = extract_figures(article([sentence]))[0]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(value, unit, None)]


# --- what 'the number of X' names is what a number given for it counts ---


@pytest.mark.parametrize(
    ("paragraph", "value", "unit"),
    [
        ("Police put the number of marchers at 480,000.", 480000.0, "marchers"),
        ("The number of new infections rose to 3,400.", 3400.0, "cases"),
        ("The number of visitors to the site was 4,000 last year.", 4000.0, "visitors"),
        ("The number of strikers was not known. The unions put the number at 1 million.", 1e6, "strikers"),
        ("The number of demonstrators grew all day. Organisers put the figure at 70,000.", 70000.0, "demonstrators"),
    ],
)
def test_a_number_given_for_the_number_of_something_counts_it(paragraph: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in figures_in(paragraph)] == [(value, unit)]


def test_the_number_of_something_in_an_earlier_paragraph_names_the_count() -> None:
    art = article(["The number of protesters was disputed.", "Unions put the number at 1 million."])
    assert [(f.value, f.unit) for f in extract_figures(art)[0]] == [(1e6, "protesters")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The unions put the number at 1 million.",  # the number of what, nobody says
        "A number of analysts said 40 were left.",  # 'a number of' is 'several'
        "The number of protesters grew. The rally lasted until 11 at night.",  # no number given for it
    ],
)
def test_no_count_is_named_without_the_number_of_something(paragraph: str) -> None:
    assert [u for _, _, u in figures_in(paragraph)] == []


def test_different_nouns_for_a_crowd_keep_their_own_units() -> None:
    assert [u for _, _, u in figures_in("Police counted 480,000 marchers.")] == ["marchers"]
    assert [u for _, _, u in figures_in("Police counted 480,000 demonstrators.")] == ["demonstrators"]
    assert [u for _, _, u in figures_in("Police said 506,000 people marched in Paris.")] == ["people"]


def test_a_period_named_after_a_number_is_not_its_unit() -> None:
    # 'last year' says when, not what: the number counts what the sentence names
    assert [u for _, _, u in figures_in("Sales rose 12 last month.")] == []
    assert [(t, u) for t, _, u in figures_in("The fund will get 450 million euros next year.")] == [
        ("450 million euros", "EUR")
    ]
