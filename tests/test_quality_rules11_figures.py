"""Round 11 quality rules for figures, on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import figures_in

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
