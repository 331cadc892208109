"""General rules for names with an apostrophe, portfolio titles, placed titles, titles owned by a pronoun and bodies
named with 'for' and 'and', checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article
from passages import roles as _roles
from passages import said_by as _said_by


def test_a_name_ending_in_an_apostrophe_and_one_letter_is_whole():
    paras = [
        "Ghana's trade minister, Kofi Ndung'u, said the levy would stay.",
        "Ndung'u said exports rose. Pacific envoy Sione Ma'u said the port was shut.",
        "Kofi Ndung'u's plan was criticised. \"Don't worry,\" he said.",
    ]
    roles = _roles(paras)
    assert "Kofi Ndung'u" in roles and "Sione Ma'u" in roles
    assert not any(name.endswith(("Ndung", " Ma")) for name in roles)
    said = _said_by(paras)
    assert {(0, "Kofi Ndung'u"), (1, "Kofi Ndung'u"), (1, "Sione Ma'u")} <= said


def test_a_portfolio_word_stays_in_a_minister_s_title():
    paras = [
        "Dutch fisheries minister Anna Smit said the quota was fair.",
        "Portugal's tourism secretary, Rui Costa, said hotels were full.",
        "He was accusing minister Jan Berg of lying.",
    ]
    roles = _roles(paras)
    assert roles["Anna Smit"] == "Dutch fisheries minister"
    assert roles["Rui Costa"] == "Portugal's tourism secretary"
    assert roles.get("Jan Berg") in (None, "minister")
    said = _said_by(paras)
    assert {(0, "Anna Smit"), (1, "Rui Costa")} <= said


def test_the_place_a_title_holder_serves_in_is_no_part_of_the_role():
    paras = ["A district judge in Ohio, Mara Lind, blocked the rule on Monday, and Lind said it was unlawful."]
    assert _roles(paras)["Mara Lind"] == "district judge"


def test_a_bare_title_owned_by_a_pronoun_gives_no_role():
    paras = [
        "The Farmers' Union called a strike. Its leader, Paul Vidal, said it would last a week.",
        "Rosa Ortiz, its spokeswoman, said talks had failed. Its chief executive, Ana Ruiz, said costs rose.",
    ]
    roles = _roles(paras)
    assert roles["Paul Vidal"] is None
    assert roles["Rosa Ortiz"] is None
    assert roles["Ana Ruiz"] == "chief executive"
    assert {(0, "Paul Vidal"), (1, "Rosa Ortiz")} <= _said_by(paras)


def test_a_body_named_with_for_and_and_and_its_acronym():
    paras = [
        "The Asia Centres for Plant Health and Safety said the blight had spread.",
        "More farms were hit, the Asia CPH said on Tuesday.",
    ]
    actors, _ = analyse(article(paras))
    orgs = {a.name: a for a in actors.values() if a.kind == "organization"}
    assert "Asia Centres for Plant Health and Safety" in orgs
    assert "Asia CPH" in orgs["Asia Centres for Plant Health and Safety"].aliases
    assert "CPH" not in orgs
    assert (1, "Asia Centres for Plant Health and Safety") in _said_by(paras)


def test_a_word_after_in_that_says_something_is_where_a_body_is():
    paras = [
        "The Bureau for Seed Safety in Tarvale said it would send experts.",
        "Tarvale said it had no comment.",
    ]
    actors, _ = analyse(article(paras))
    assert "Tarvale" in {a.name for a in actors.values()}
    paras = ["The Bureau for Seed Safety in Tarvale said it would send experts."]
    actors, _ = analyse(article(paras))
    assert "Tarvale" not in {a.name for a in actors.values()}
