"""General rules for roles, state bodies and figures, checked on passages written for these tests (politics in
Asia and the Middle East, markets, sport, science and a humanitarian crisis)."""

from __future__ import annotations

from passages import analyse, article


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    from briefbook.core.figures import extract_figures

    return [(f.text, f.value, f.unit) for f in extract_figures(article([text]))[0]]


def _said_by(paragraphs: list[str]) -> set[tuple[int, str]]:
    actors, sts = analyse(article(paragraphs))
    return {(s.paragraph, actors[s.actor].name) for s in sts}


def _roles(paragraphs: list[str]) -> dict[str, str | None]:
    actors, _ = analyse(article(paragraphs))
    return {a.name: a.role for a in actors.values() if a.kind == "person"}


def test_a_title_of_several_words_after_or_before_a_name_is_kept_whole():
    paras = [
        "Apple said it would appeal against the fine.",
        "Meta's chief global affairs officer, Jon Harker, said the Commission was \"attacking American firms\".",
        '"The market had priced in three cuts," said Ana Ruiz, chief investment strategist at Harbourline Capital.',
        "Pia Sand, the chief executive, said the plant would stay open.",
    ]
    roles = _roles(paras)
    assert roles["Jon Harker"] == "Meta's chief global affairs officer"
    assert roles["Ana Ruiz"] == "chief investment strategist at Harbourline Capital"
    assert roles["Pia Sand"] == "chief executive"
    said = _said_by(paras)
    assert {(1, "Jon Harker"), (2, "Ana Ruiz"), (3, "Pia Sand")} <= said


def test_a_ministry_or_the_police_named_alone_are_the_lead_s_country():
    paras = [
        "Cholera spreads in Sudan as fighting goes on",
        "At least 1,200 people have died of cholera in Sudan since August, the World Health Organization said.",
        "The Health Ministry said 48,000 cases had been recorded in 12 states.",
        "Police said 30 people were killed when a drone struck a market. The rebels denied it.",
        "The Environment Department said the river was safe to drink from.",
        "The Kenyan police said two lorries had been stopped at the border.",
    ]
    said = _said_by(paras)
    assert {(2, "Sudan"), (3, "Sudan"), (4, "Sudan"), (5, "Kenya")} <= said
    assert (2, "World Health Organization") not in said


def test_a_ministry_named_alone_speaks_for_no_one_when_the_lead_names_several_countries():
    paras = [
        "Talks between Peru and Chile stall",
        "Peru and Chile failed to agree on fishing quotas on Monday.",
        "The Foreign Ministry said talks would resume in May.",
        "40 people were hurt in clashes with police, witnesses said.",
    ]
    said = _said_by(paras)
    assert not any(p == 2 for p, _ in said)
    assert not any(p == 3 for p, _ in said)
