"""General rules for companies named by their industry, scare quotes, expert roles, multiples and central banks,
checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article
from passages import figures_in as _figures
from passages import kinds as _kinds
from passages import roles as _roles
from passages import said_by as _said_by


def test_a_company_after_its_industry_word_is_an_organisation_that_word_names_later():
    paras = [
        "Brewer Hopfield Ales cut its outlook on Monday as barley prices climbed.",
        "The brewer said sales in the summer had been weaker than hoped.",
        "Shares in carmaker Voltaro slid after the recall was announced.",
        "The carmaker said no injuries had been reported.",
        "The mining giant Ferrox said it would close two pits in the north.",
        "Chipmaker Siltek said orders had doubled. The chipmaker said it would hire 900 engineers.",
    ]
    kinds = _kinds(paras)
    assert kinds.get("Hopfield Ales") == "organization"
    assert kinds.get("Voltaro") == "organization"
    assert kinds.get("Siltek") == "organization"
    assert "Chipmaker Siltek" not in kinds and "Brewer Hopfield Ales" not in kinds
    said = _said_by(paras)
    assert {(1, "Hopfield Ales"), (3, "Voltaro"), (4, "Ferrox"), (5, "Siltek")} <= said


def test_the_company_names_the_firm_introduced_by_its_industry():
    paras = [
        "Tech giant Quorra agreed to pay a fine of 40 million euros.",
        "The company said it had done nothing wrong.",
    ]
    assert (1, "Quorra") in _said_by(paras)


def _statements(paragraphs: list[str]) -> list[tuple[int, str, str | None]]:
    actors, sts = analyse(article(paragraphs))
    return [(s.paragraph, s.kind, s.quote) for s in sts]


def test_a_short_quoted_term_after_a_determiner_is_no_direct_quotation():
    paras = [
        "Portugal said the so-called \"blue corridor\" would open to fishing boats in April.",
        "Norway said the ferry operator's \"book or wait\" scheme broke consumer law.",
        "Ana Lund said the deal was \"historic\".",
        'Ana Lund said the new levy was "a tax on every family in the valley".',
        'Peru said the "green line" plan, as it called it, was "the only way to save the harvest".',
    ]
    sts = _statements(paras)
    assert (0, "indirect", None) in sts and (1, "indirect", None) in sts
    assert (2, "direct", "historic") in sts
    assert (3, "direct", "a tax on every family in the valley") in sts
    assert (4, "direct", "the only way to save the harvest") in sts




def test_scientists_and_scholars_are_roles_before_or_after_the_name():
    paras = [
        "Iris Okafor, an astrophysicist at the University of Tromsø, said the comet would pass in June.",
        "Virologist Omar Haddad said the new strain spread faster.",
        "Lukas Brandt, professor of modern history at the Free University of Berlin, said the pact was unusual.",
        "Epidemiologist Rosa Linde said cases had peaked in the capital.",
    ]
    roles = _roles(paras)
    assert roles["Iris Okafor"] == "astrophysicist at the University of Tromsø"
    assert roles["Omar Haddad"] == "Virologist"
    assert roles["Lukas Brandt"] == "professor of modern history at the Free University of Berlin"
    assert roles["Rosa Linde"] == "Epidemiologist"
    said = _said_by(paras)
    assert {(0, "Iris Okafor"), (1, "Omar Haddad"), (2, "Lukas Brandt"), (3, "Rosa Linde")} <= said


def test_a_central_bank_holding_its_rate_acts_and_the_central_bank_names_it():
    paras = [
        "The Reserve Bank of India held its benchmark rate at 6.5% on Friday.",
        "Bond yields barely moved.",
        "The central bank kept rates unchanged for a ninth meeting.",
        "Farmers held talks with the minister.",
    ]
    actors, sts = analyse(article(paras))
    got = {(s.paragraph, actors[s.actor].name, s.kind) for s in sts}
    assert (0, "Reserve Bank of India", "action") in got
    assert (2, "Reserve Bank of India", "action") in got
    assert not any(p == 3 for p, _, _ in got)




def test_a_multiple_measuring_one_thing_against_another_is_a_key_figure_and_a_count_of_events_is_not():
    assert _figures("The exoplanet is 4.3 times as dense as the Earth.") == [("4.3 times", 4.3, "times")]
    assert _figures("The star has 30 times the mass of the Sun.") == [("30 times", 30.0, "times")]
    assert _figures("The new battery charges 12 times faster than the old one.") == []
    assert _figures("Rebels shelled the town 40 times last week.") == []
    assert _figures("Prices were three times higher in the north.") == []


def test_an_industry_word_names_no_body_it_did_not_introduce():
    paras = [
        "The Mine Workers Union said the shaft had been closed since Monday.",
        "The miner said he had not been paid for three weeks.",
    ]
    assert not any(p == 1 for p, _ in _said_by(paras))


def test_an_industry_word_opening_a_sentence_is_not_part_of_a_body_s_name():
    paras = [
        "Drugmaker Corvane Pharma said its trial had met its main goal.",
        "Regulators said they would study the results.",
        "The drugmaker said it would seek approval in the autumn.",
    ]
    assert "Drugmaker Corvane Pharma" not in _kinds(paras)
    assert {(0, "Corvane Pharma"), (2, "Corvane Pharma")} <= _said_by(paras)
