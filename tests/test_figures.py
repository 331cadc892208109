"""Key figures and event dates found in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.core.figures import extract_figures
from briefbook.core.model import Article, Paragraph, Sentence
from briefbook.core.sentences import sentence_spans


def make_article(*paragraphs: str, date: dt.date | None = dt.date(2025, 4, 9), art_id: str = "a") -> Article:
    """An article whose paragraphs are split into sentences the way the reader splits them."""
    paras = []
    for i, text in enumerate(paragraphs):
        sents = tuple(Sentence(art_id, i, n, s, e, text[s:e]) for n, (s, e) in enumerate(sentence_spans(text)))
        paras.append(Paragraph(i, text, sentences=sents))
    return Article(id=art_id, file=f"{art_id}.txt", title="t", outlet="Outlet", date=date, paragraphs=tuple(paras))


def figures_of(text: str) -> list[tuple]:
    """(text, value or (low, high), unit, qualifier) for each figure found in one paragraph."""
    figs, _ = extract_figures(make_article(text))
    return [(f.text, f.value if f.low is None else (f.low, f.high), f.unit, f.qualifier) for f in figs]


FORMS = [
    # digits and thousands separators
    ("The ministry said 10,000 soldiers had crossed the river.", [("10,000 soldiers", 10000, "troops", None)]),
    ("Officials counted 3.5 million refugees by the end of the year.", [("3.5 million refugees", 3500000, "refugees", None)]),
    # oil output in barrels per day, abbreviated
    ("The cartel will raise output by 300,000 bpd from April.", [("300,000 bpd", 300000, "barrels", None)]),
    ("It promised to compensate for more than 1.4 million b/d of overproduction.",
     [("more than 1.4 million b/d", 1400000, "barrels", "more than")]),
    # number words
    ("Fifteen countries signed the declaration.", [("Fifteen countries", 15, "countries", None)]),
    ("The talks lasted twenty-one days in all.", [("twenty-one days", 21, "days", None)]),
    ("Two dozen nations sent observers.", [("Two dozen nations", 24, "countries", None)]),
    ("A dozen countries abstained in the vote.", [("A dozen countries", 12, "countries", None)]),
    ("The mission will last three and a half years.", [("three and a half years", 3.5, "years", None)]),
    ("Half a million people fled the region.", [("Half a million people", 500000, "people", None)]),
    ("Thousands of troops were moved to the border.", [("Thousands of troops", 1000, "troops", None)]),
    ("Hundreds of civilians were evacuated overnight.", [("Hundreds of civilians", 100, "people", None)]),
    # scales glued and spelled out
    ("The fund holds $1.2bn in reserves.", [("$1.2bn", 1.2e9, "USD", None)]),
    ("The bank set aside $300bn for the plan.", [("$300bn", 3e11, "USD", None)]),
    ("Debt reached $2tn last quarter.", [("$2tn", 2e12, "USD", None)]),
    ("The city spent $45m on repairs.", [("$45m", 4.5e7, "USD", None)]),
    ("Exports fell by 2 billion euros in the spring.", [("2 billion euros", 2e9, "EUR", None)]),
    ("The treasury borrowed £240 billion over the period.", [("£240 billion", 2.4e11, "GBP", None)]),
    ("The grant was worth €5 million to the region.", [("€5 million", 5e6, "EUR", None)]),
    ("Moscow allocated 1.5 trillion rubles to defence.", [("1.5 trillion rubles", 1.5e12, "RUB", None)]),
    ("The loan came to USD 40 million in the end.", [("USD 40 million", 4e7, "USD", None)]),
    # percentages and points
    ("Turnout reached 82.5% in the capital.", [("82.5%", 82.5, "percent", None)]),
    ("The party won 31 percent of the vote.", [("31 percent", 31, "percent", None)]),
    ("Inflation eased to 2.4 per cent in May.", [("2.4 per cent", 2.4, "percent", None)]),
    ("Support rose by 3 percentage points since the spring.", [("3 percentage points", 3, "percentage points", None)]),
    ("The bank cut its rate by 25 basis points on Wednesday.", [("25 basis points", 25, "basis points", None)]),
    ("The Fed cut by a quarter of a percentage point.", [("a quarter of a percentage point", 0.25, "percentage points", None)]),
    ("Rates rose by half a percentage point in June.", [("half a percentage point", 0.5, "percentage points", None)]),
    # ranges
    ("The force could include between 5,000 and 8,000 troops.", [("between 5,000 and 8,000 troops", (5000, 8000), "troops", None)]),
    ("Planners discussed 20,000 to 40,000 soldiers for the mission.", [("20,000 to 40,000 soldiers", (20000, 40000), "troops", None)]),
    ("Estimates put the cost at $10–20 billion.", [("$10–20 billion", (1e10, 2e10), "USD", None)]),
    ("The rate now sits in a range of 4.25%-4.5% after the cut.", [("4.25%-4.5%", (4.25, 4.5), "percent", None)]),
    # hyphenated measures
    ("Both sides accepted a 30-day ceasefire.", [("30-day", 30, "days", None)]),
    ("Kyiv said it was ready to accept a 30-day-long truce.", [("30-day-long", 30, "days", None)]),
    ("He is the most senior official of the 27-nation bloc.", [("27-nation", 27, "countries", None)]),
    ("A 90-day pause on tariffs began on Friday.", [("90-day", 90, "days", None)]),
    # qualifiers
    ("Nearly 20 countries have offered support.", [("Nearly 20 countries", 20, "countries", "nearly")]),
    ("At least 12 people were injured in the blast.", [("At least 12 people", 12, "people", "at least")]),
    ("More than two dozen states joined the appeal.", [("More than two dozen states", 24, "countries", "more than")]),
    ("Some 400 peacekeepers remain in the area.", [("Some 400 peacekeepers", 400, "troops", "some")]),
    ("Up to 3,000 soldiers could be sent.", [("Up to 3,000 soldiers", 3000, "troops", "up to")]),
    ("Fewer than 50 delegates stayed for the final session.", [("Fewer than 50 delegates", 50, "delegates", "fewer than")]),
    ("It cost about $3 billion to build.", [("about $3 billion", 3e9, "USD", "about")]),
    ("The party polled just over 16% in the east.", [("just over 16%", 16, "percent", "just over")]),
    # modifiers between number and noun
    ("About 200 foreign troops are stationed there.", [("About 200 foreign troops", 200, "troops", "about")]),
    ("The deal covers 14 European countries.", [("14 European countries", 14, "countries", None)]),
    # other measures
    ("Warming must be held to 1.5C above preindustrial levels.", [("1.5C", 1.5, "degrees C", None)]),
    ("Temperatures could rise by 2 degrees Celsius this century.", [("2 degrees Celsius", 2, "degrees C", None)]),
    ("The plan was unveiled two months ago.", [("two months", 2, "months", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS)
def test_forms(sentence: str, expected: list[tuple]) -> None:
    got = figures_of(sentence)
    assert [(t, u, q) for t, _, u, q in got] == [(t, u, q) for t, _, u, q in expected]
    for (_, value, _, _), (_, want, _, _) in zip(got, expected):
        if isinstance(want, tuple):
            assert value == pytest.approx(want)
        else:
            assert value == pytest.approx(want)


ELIDED = [
    ("At least 40 countries have joined the talks, with 12 reportedly ready to send ships.", ("12", 12, "countries")),
    ("The allied troops, which could number between 8,000 and 12,000, would guard the ports.", ("between 8,000 and 12,000", (8000, 12000), "troops")),
    ("Of the 120 seats in the chamber, the ruling bloc holds 64 after the vote.", ("64", 64, "seats")),
]


@pytest.mark.parametrize(("sentence", "expected"), ELIDED)
def test_elided_unit_is_carried(sentence: str, expected: tuple) -> None:
    text, value, unit = expected
    found = {t: (v, u) for t, v, u, _ in figures_of(sentence)}
    assert text in found
    got_value, got_unit = found[text]
    assert got_unit == unit
    assert got_value == pytest.approx(value)


NOT_FIGURES = [
    "The leaders met in London on March 2 to discuss the plan.",
    "The next meeting is set for Nov. 11, 1918 in the old records.",
    "Troops crossed the border in February 2022.",
    "The 2025 London Summit ended without a statement.",
    "Turnout in 2021 was lower.",
    "Veterans marked the 106th anniversary of the armistice.",
    "The treaty ended World War I in Europe.",
    "Article 5 lies at the heart of the alliance.",
    "Resolution 2231 set out the terms of the deal.",
    "4 min read",
    "Comments (0)",
    "For bookings call +44 20 7946 0958 before noon.",
    "The delegates left shortly before 3am on Sunday.",
    "A leaked 3 pm draft angered the delegates.",
    "The vote is expected at 10:30 in the chamber.",
    "He said 15 was the right answer.",
    "The COP29 talks and the G7 summit overlapped with the F-16 deliveries.",
    "Mansions from the 19th-century line the boulevard built in the 1840s.",
    "The two leaders said their support was needed more than ever.",
    "One of its main tasks would be to respond to a violation.",
    "One thing is clear: the party has won.",
    "The 69-year-old leader spoke first.",
    "Two people familiar with the matter said the talks had stalled.",
    "Ten-year yields rose as the 10-year bond sold off.",
    "The two met on the sidelines of the summit.",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


DATES = [
    ("The summit opened on March 2 in London.", "March 2", "2025-03-02"),
    ("The ceasefire was signed on Nov. 11, 1918 at dawn.", "Nov. 11, 1918", "1918-11-11"),
    ("The invasion began in February 2022.", "February 2022", "2022-02"),
    ("Ministers will meet on April 10 in Brussels.", "April 10", "2025-04-10"),
    ("The body met on 11 March to agree the text.", "11 March", "2025-03-11"),
    ("The party's result from 2021 was doubled.", "2021", "2021"),
    ("The treaty of December 20 was signed last winter.", "December 20", "2024-12-20"),
]


@pytest.mark.parametrize(("sentence", "text", "iso"), DATES)
def test_event_dates(sentence: str, text: str, iso: str) -> None:
    figs, dates = extract_figures(make_article(sentence))
    assert figs == []
    assert [(d.text, d.iso) for d in dates] == [(text, iso)]


def test_undated_article_keeps_partial_dates_without_iso() -> None:
    _, dates = extract_figures(make_article("They met on March 2 in Paris.", date=None))
    assert [(d.text, d.iso) for d in dates] == [("March 2", None)]


def test_year_that_counts_something_is_a_figure() -> None:
    assert figures_of("The alliance sent 2000 troops to the front.") == [("2000 troops", 2000, "troops", None)]


def test_spans_point_into_the_paragraph_and_keep_provenance() -> None:
    text = "The vote was close. Nearly 15 countries have confirmed they will send troops."
    art = make_article("A first paragraph.", text)
    figs, _ = extract_figures(art)
    assert len(figs) == 1
    f = figs[0]
    assert (f.paragraph, f.sentence) == (1, 1)
    assert text[f.start:f.end] == f.text == "Nearly 15 countries"
    assert f.sentence_text == "Nearly 15 countries have confirmed they will send troops."
    assert f.id == "a:f1"
    assert "confirmed" in (f.context or "")


def test_ids_are_unique_within_an_article() -> None:
    figs, _ = extract_figures(make_article("37 countries met. 15 countries agreed.", "31 countries left."))
    assert len({f.id for f in figs}) == len(figs) == 3


ANY_COUNTED_NOUN = [
    ("Famine has been confirmed in at least 10 areas.", "at least 10 areas", 10, "areas"),
    ("Police arrested 35 protesters outside the ministry.", "35 protesters", 35, "protesters"),
    ("About 1,200 trucks crossed the border on Sunday.", "About 1,200 trucks", 1200, "trucks"),
    ("Some 5 million farmers joined the strike.", "Some 5 million farmers", 5_000_000, "farmers"),
    ("She addressed some 20 heads of state in Nairobi.", "some 20 heads of state", 20, "leaders"),
    ("The country will send 600 more police officers in May.", "600 more police officers", 600, "police"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), ANY_COUNTED_NOUN)
def test_digits_count_any_plural_noun(sentence: str, text: str, value: float, unit: str) -> None:
    assert [(t, v, u) for t, v, u, _ in figures_of(sentence)] == [(text, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024 elections were held across the region.",
        "The two sides met again on Friday.",
        "Prices rose 12 times faster than wages.",
        "The airline grounded its Boeing 737 jets for checks.",
        "Windows 11 users were hit by the outage.",
    ],
)
def test_plural_noun_rule_leaves_years_words_and_multipliers(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The state's 288 assembly seats go to the polls in May.", "288 assembly seats", 288, "seats"),
        ("It offered a farm loan waiver of up to ₹3 lakh.", "up to ₹3 lakh", 300_000, "INR"),
        ("The cabinet set aside Rs 10,000 crore for roads.", "Rs 10,000 crore", 100_000_000_000, "INR"),
    ],
)
def test_one_plain_word_before_a_counted_noun_and_indian_scales(sentence: str, text: str, value: float, unit: str) -> None:
    assert [(t, v, u) for t, v, u, _ in figures_of(sentence)] == [(text, pytest.approx(value), unit)]


@pytest.mark.parametrize("sentence", ["In 2024 more people died than in any year before.", "Two of the three countries agreed."])
def test_a_year_or_a_share_is_no_count(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_percentage_then_a_price_is_no_range() -> None:
    got = [(t, v, u) for t, v, u, _ in figures_of("Brent crude fell 1.7% to $61.29 a barrel on Friday.")]
    assert got == [("1.7%", pytest.approx(1.7), "percent"), ("$61.29", pytest.approx(61.29), "USD")]


def test_a_bare_number_after_a_toll_counts_deaths_whatever_else_the_sentence_counts() -> None:
    got = figures_of(
        "The death toll from a magnitude 6.9 earthquake rose to 1,212, officials said, with more than 3,000 people injured."
    )
    assert [(t, u) for t, _, u, _ in got] == [
        ("magnitude 6.9", "magnitude"),
        ("1,212", "deaths"),
        ("more than 3,000 people", "people"),
    ]
