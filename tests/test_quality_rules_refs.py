"""General rules for companies named by an appositive, results reported, joined scare quotes, owners of roles and
roles naming the one person who holds them, checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article


def _said_by(paragraphs: list[str]) -> set[tuple[int, str, str]]:
    actors, sts = analyse(article(paragraphs))
    return {(s.paragraph, actors[s.actor].name, s.kind) for s in sts}


def _statements(paragraphs: list[str]) -> list[tuple[int, str, str, str | None]]:
    actors, sts = analyse(article(paragraphs))
    return [(s.paragraph, actors[s.actor].name, s.kind, s.quote) for s in sts]


def test_an_industry_word_in_an_appositive_names_the_company_later():
    paras = [
        "Ferrox Metals, the world's third-largest miner, said on Tuesday that copper output fell.",
        "Prices for the metal have slipped this year.",
        "The miner said it would cut 300 jobs in the north.",
        "Union leaders said the miner had broken its promises.",
    ]
    said = {(p, n) for p, n, _ in _said_by(paras)}
    assert (2, "Ferrox Metals") in said
    assert (3, "Ferrox Metals") not in said  # the object of another's words, not a speaker


def test_an_industry_word_no_appositive_introduced_names_no_one():
    paras = [
        "Ferrox Metals, which owns two pits, said copper output fell.",
        "The miner said it would cut jobs.",
    ]
    assert (1, "Ferrox Metals") not in {(p, n) for p, n, _ in _said_by(paras)}


def test_a_company_reporting_its_results_acts():
    paras = [
        "Shell reported higher quarterly profits on Thursday.",
        "Oil major Shell posted a loss of $2 billion in the spring.",
        "Carmaker Voltaro announced a 5% rise in revenue.",
        "Voltaro posted on its website that demand was strong.",
        "Analysts said Voltaro reported weak sales.",
    ]
    said = _said_by(paras)
    assert {(0, "Shell", "action"), (1, "Shell", "action"), (2, "Voltaro", "action")} <= said
    assert (3, "Voltaro", "indirect") in said  # a post online is still words
    assert not any(p == 4 for p, _, _ in said)


def test_scare_quoted_terms_joined_by_or_or_and_are_terms():
    paras = [
        'Lena Vogt said the "reassurance" or "deterrence" force would need air cover.',
        'Lena Vogt said the "stability" and "resilience" plans were late.',
        'Lena Vogt said the plan was "reckless" and "doomed".',
    ]
    sts = _statements(paras)
    assert (0, "Lena Vogt", "indirect", None) in sts
    assert (1, "Lena Vogt", "indirect", None) in sts
    assert any(p == 2 and k == "direct" for p, _, k, _ in sts)


def _who(paragraphs: list[str]) -> set[tuple[int, str]]:
    return {(p, n) for p, n, _ in _said_by(paragraphs)}


def test_a_role_names_the_one_person_of_the_article_who_holds_it():
    paras = [
        "Crown Prince Faisal bin Omar met envoys in the capital on Sunday.",
        "Talks lasted three hours.",
        "The crown prince said the kingdom wanted calm in the region.",
    ]
    assert (2, "Faisal bin Omar") in _who(paras)
    paras = [
        "Ana Ruiz, the country's foreign minister, met envoys on Sunday.",
        "The minister said the talks would go on.",
    ]
    assert (1, "Ana Ruiz") in _who(paras)


def test_a_role_held_by_several_or_set_apart_names_no_one():
    two = [
        "Finance Minister Ana Ruiz met envoys on Sunday. Prime Minister Tom Berg was away.",
        "The minister said the talks would go on.",
    ]
    assert not any(p == 1 for p, _ in _who(two))
    vice = [
        "Vice President Ana Ruiz met envoys on Sunday.",
        "The president said the talks would go on.",
        "The finance minister said nothing new.",
    ]
    assert not any(p in (1, 2) for p, _ in _who(vice))
    later = [
        "The minister said the talks would go on.",
        "Trade Minister Tom Berg had met envoys on Sunday.",
    ]
    assert not any(p == 0 for p, _ in _who(later))
