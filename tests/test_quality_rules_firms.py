"""General rules for companies named by their industry, scare quotes, expert roles, multiples and central banks,
checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article


def _said_by(paragraphs: list[str]) -> set[tuple[int, str]]:
    actors, sts = analyse(article(paragraphs))
    return {(s.paragraph, actors[s.actor].name) for s in sts}


def _kinds(paragraphs: list[str]) -> dict[str, str]:
    actors, _ = analyse(article(paragraphs))
    return {a.name: a.kind for a in actors.values()}


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
