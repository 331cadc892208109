"""Round 12 quality rules for figures, on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import article, figures_in

from briefbook.core.figures import extract_figures

# --- an ISO currency code glued to its amount ---


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The lender agreed to pay EUR450m to settle the case.", "EUR450m", 4.5e8, "EUR"),
        ("The takeover is worth USD1.2bn, the company said.", "USD1.2bn", 1.2e9, "USD"),
        ("The court fined him GBP300,000 in May.", "GBP300,000", 3e5, "GBP"),
        ("The central bank sold CHF2bn of foreign currency.", "CHF2bn", 2e9, "CHF"),
        ("Tokyo will spend JPY1.5tn on new frigates.", "JPY1.5tn", 1.5e12, "JPY"),
        ("The state set aside INR35,000 crore for new roads.", "INR35,000 crore", 3.5e11, "INR"),
        ("(ZAR20bn was pledged.)", "ZAR20bn", 2e10, "ZAR"),
    ],
)
def test_a_currency_code_glued_to_an_amount_is_money(sentence: str, text: str, value: float, unit: str) -> None:
    assert figures_in(sentence) == [(text, value, unit)]


def test_a_glued_code_is_the_same_amount_as_a_spaced_one() -> None:
    glued = figures_in("The fund will get EUR450m next year.")
    spaced = figures_in("The fund will get EUR 450m next year.")
    assert [(v, u) for _, v, u in glued] == [(v, u) for _, v, u in spaced] == [(4.5e8, "EUR")]


@pytest.mark.parametrize(
    "sentence",
    [
        "COVID19 cases were found on an A320 and an F16 before the G20 summit.",
        "M23 rebels took the town as PM2.5 and CO2 readings rose.",
        "The H5N1 strain was discussed at Cop29 in Baku.",
        "The PHP8 release and the NIS2 rules took effect.",
        "The eur450m and Usd5 spellings are no codes.",
        "The QRS12 and ABC123 labels name parts.",
    ],
)
def test_other_letters_before_digits_make_no_figure(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_glued_code_in_a_paragraph_of_several_sentences() -> None:
    figs = extract_figures(article(["Talks ended on Monday. The bank will pay EUR450m and USD20m in fees."]))[0]
    assert [(f.text, f.value, f.unit) for f in figs] == [("EUR450m", 4.5e8, "EUR"), ("USD20m", 2e7, "USD")]


# --- a bare number in an elliptical comparison takes the unit of the number it is set against ---


def test_a_number_set_against_a_count_named_in_the_sentence_before() -> None:
    paragraph = "The number of strikers was disputed. Unions put the number at 1 million, police at 480,000."
    figs = extract_figures(article([paragraph]))[0]
    assert [(f.value, f.unit) for f in figs] == [(1e6, "strikers"), (4.8e5, "strikers")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Organisers put turnout at 62%, observers at 55.", [(62.0, "percent"), (55.0, "percent")]),
        ("Organisers put the crowd at 1 million, and the police at about 480,000.", [(1e6, "people"), (4.8e5, "people")]),
        ("Officials put the toll at 120 deaths, while the Red Cross at 150.", [(120.0, "deaths"), (150.0, "deaths")]),
    ],
)
def test_an_elliptical_comparison_with_at(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(v, u) for _, v, u in figures_in(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales were put at $5bn, rising at 3 a year.",  # a verb: no second count
        "The sentence was set at 10 years, the fine at 5,000.",  # a period lends no unit
        "Turnout was put at 62% by officials, the lowest at 40.",  # words besides a name between them
    ],
)
def test_no_elliptical_comparison(sentence: str) -> None:
    assert len(figures_in(sentence)) == 1


# --- a plural subject gives the unit of the count its verb gives ---


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Visitors numbered 4,000 on the first day.", 4000.0, "visitors"),
        ("Casualties totalled 312, the army said.", 312.0, "deaths"),
        ("Casualties stood at 312 by Friday.", 312.0, "deaths"),
        ("Arrivals reached 1.2 million last year.", 1.2e6, "arrivals"),
        ("Asylum applications totaled 35,000 in March.", 35000.0, "applications"),
        ("Foreign arrivals have now reached more than 1.2 million.", 1.2e6, "arrivals"),
        ("Protesters numbered about 20,000, organisers said.", 20000.0, "protesters"),
    ],
)
def test_a_plural_subject_names_what_its_count_counts(sentence: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in figures_in(sentence)] == [(value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices reached 4,000 in May.",  # a measure, not a count
        "Exports totalled 4.5 billion last year.",  # an amount without its currency
        "Temperatures reached 40 on Sunday.",
        "In the final the Wolves reached 40 with a late goal.",  # a name
        "The crisis reached 40 as talks stalled.",  # no plural
    ],
)
def test_no_count_for_a_measure_or_a_name(sentence: str) -> None:
    assert figures_in(sentence) == []
