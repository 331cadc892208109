"""Money written the world's ways, shares written as fractions or 'one in five', and multiples, checked on
passages written for these tests."""

from __future__ import annotations

import random

from passages import article
from passages import figures_in as _figures

from briefbook.core import numbers
from briefbook.core.figures import extract_figures
from briefbook.core.sentences import sentence_spans
from briefbook.core.tracks import build_tracks


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_a_currency_abbreviation_before_an_amount_ends_no_sentence():
    assert _sentences("The fine was Rs. 35,000 per tonne. The court agreed.") == [
        "The fine was Rs. 35,000 per tonne.",
        "The court agreed.",
    ]
    assert len(_sentences("Each bag costs Sh. 2,000 at the market. Traders say prices will rise.")) == 2
    assert len(_sentences("The levy is Tk. 500 a head. Importers objected.")) == 2
    # without an amount after it the period may still end a sentence
    assert len(_sentences("The loan was paid in Rs. The bank agreed.")) == 2


def test_money_in_rupees_rand_shillings_and_regional_dollars():
    assert _figures("The fine was Rs. 35,000 per tonne.") == [("Rs. 35,000", 35000.0, "INR")]
    assert _figures("Fees rose to Rs 35,000 a year.") == [("Rs 35,000", 35000.0, "INR")]
    assert _figures("Fees rose to Rs35,000 a year.") == [("Rs35,000", 35000.0, "INR")]
    assert _figures("The state set aside ₹35,000 crore for roads.") == [("₹35,000 crore", 3.5e11, "INR")]
    assert _figures("The utility needs R20bn over five years.")[0] == ("R20bn", 2e10, "ZAR")
    assert _figures("The council spent R35,000 on it.") == [("R35,000", 35000.0, "ZAR")]
    assert _figures("The bond raised KSh 2.5bn last week.") == [("KSh 2.5bn", 2.5e9, "KES")]
    assert _figures("Farmers were paid Sh2,000 a bag.") == [("Sh2,000", 2000.0, "KES")]
    assert _figures("The county paid Kshs. 2,000 per bag. Farmers were pleased.") == [("Kshs. 2,000", 2000.0, "KES")]
    assert _figures("Namibia spent N$ 3 billion on it.") == [("N$ 3 billion", 3e9, "NAD")]
    assert _figures("He paid N$500 million for the mine.") == [("N$500 million", 5e8, "NAD")]
    assert _figures("The tower sold for HK$ 1.2bn.") == [("HK$ 1.2bn", 1.2e9, "HKD")]
    assert _figures("The fund holds RM2bn in bonds.") == [("RM2bn", 2e9, "MYR")]
    assert _figures("Wages rose to 300,000 Kenyan shillings.") == [("300,000 Kenyan shillings", 3e5, "KES")]


def test_letters_glued_to_a_small_number_are_no_money():
    # a road, a droid, a model: a bare R is the rand only before an amount with a scale or thousands
    assert _figures("Road R40 was closed after the flood.") == []
    assert _figures("The R2 unit was recalled.") == []


def test_fractions_of_a_group_are_shares_in_percent():
    assert _figures("Two-thirds of voters backed the reform.") == [("Two-thirds", 66.67, "percent")]
    assert _figures("A third of the budget goes to defence.") == [("A third", 33.33, "percent")]
    assert _figures("Half of the 27 member states objected.") == [
        ("Half", 50.0, "percent"),
        ("27 member states", 27.0, "countries"),
    ]
    assert _figures("Almost three-quarters of the firms hired staff.") == [("Almost three-quarters", 75.0, "percent")]
    assert _figures("Half the population lives in cities.") == [("Half", 50.0, "percent")]
    assert _figures("The party won a third of the vote and a quarter of the seats.") == [
        ("a third", 33.33, "percent"),
        ("a quarter", 25.0, "percent"),
    ]
    assert _figures("The coalition needs a two-thirds majority to change the constitution.") == [
        ("two-thirds", 66.67, "percent")
    ]
    # a change by a fraction is a percentage of change
    assert _figures("Exports fell by a third last year.") == [("a third", 33.33, "percent")]
    assert _figures("Output was cut by half.") == [("half", 50.0, "percent")]


def test_fractions_of_a_period_a_distance_or_a_number_are_no_shares():
    assert _figures("The first half of the year was slow.") == []
    assert _figures("Profits fell in the third quarter of 2024.") == []
    assert _figures("A third of a century later, the plant closed.") == []
    assert _figures("The other half of the money went elsewhere.") == []
    assert _figures("He spoke on behalf of the union at half-time.") == []
    assert _figures("Half the time the trains are late.") == []
    assert _figures("Half a million people fled.") == [("Half a million people", 500000.0, "people")]
    assert _figures("They have lived there for three and a half years.") == [("three and a half years", 3.5, "years")]
    assert _figures("Rates rose by a quarter of a percentage point.") == [
        ("a quarter of a percentage point", 0.25, "percentage points")
    ]


def test_a_count_out_of_a_whole_is_a_share():
    assert _figures("One in five households is poor.") == [("One in five", 20.0, "percent")]
    assert _figures("Three out of four said no.") == [("Three out of four", 75.0, "percent")]
    assert _figures("Nearly one in five children lacks food.") == [("Nearly one in five", 20.0, "percent")]
    assert _figures("Nine out of 10 doctors agree.") == [("Nine out of 10", 90.0, "percent")]
    assert _figures("Police stopped one in every 100 cars.") == [("one in every 100", 1.0, "percent")]
    # a count and a period, or a number that is no whole, stay what they were
    assert _figures("Rebels killed 3 in 10 days of fighting.") == [("10 days", 10.0, "days")]
    assert _figures("He is one in a million.") == []
    assert _figures("Police arrested 12 in 40 raids.") == []  # 40 is no whole a share is written out of
    assert _figures("Some 15 in 100 pupils left.") == [("Some 15 in 100", 15.0, "percent")]


def test_multiples_are_figures_in_times():
    assert _figures("The team won three times as many games as its rival.") == [("three times", 3.0, "times")]
    assert _figures("Output rose three times as much as planned.") == [("three times", 3.0, "times")]
    assert _figures("Twice as many people came this year.") == [("Twice", 2.0, "times")]
    assert _figures("The army has twice the number of drones.") == [("twice", 2.0, "times")]
    assert _figures("Officials reported a tenfold increase in cases.") == [("tenfold", 10.0, "times")]
    assert _figures("Sales rose 10-fold last year.") == [("10-fold", 10.0, "times")]
    assert _figures("Spending jumped more than threefold.") == [("more than threefold", 3.0, "times")]
    # a count of events, a speed, and 'twofold' as 'of two parts' are no multiples
    assert _figures("He visited the region twice.") == []
    assert _figures("The task ahead is twofold.") == []
    assert _figures("The village was shelled 40 times.") == []


def test_unrelated_multiples_are_never_set_against_each_other():
    one = article(["Aid agencies said twice as many families needed shelter this winter."], "a")
    two = article(["The ministry said grain exports were three times as large as in 2022."], "b")
    figures = [f for art in (one, two) for f in extract_figures(art)[0]]
    assert [f.unit for f in figures] == ["times", "times"]
    tracks = build_tracks(figures, [one, two])
    assert [t.unit for t in tracks] == ["times"]
    assert not tracks[0].disagreement


def test_glued_currencies_and_share_words_keep_the_number_scan_whole():
    rng = random.Random(11)
    words = ["R", "Rs", "KSh", "Sh", "Tk", "RM", "twice", "a", "third", "half", "of", "fold", "ten", "three",
             "20", "1,000", "2.5", "bn", "the", "rs", "ſh"]
    seps = (" ", "", "-", ". ", ", ")
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        expected = [(m.span(), m.groupdict()) for m in numbers.CORE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in numbers.core_matches(text)] == expected, text
