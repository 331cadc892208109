"""People whose names look like other words (a month, a faith) are still people."""

from __future__ import annotations

import pytest

from briefbook.core.analysis import analyze_articles
from briefbook.core.loading import build_article
from briefbook.core.model import ArticleSource, Briefing


def people_and_speakers(text: str) -> tuple[set[str], set[str]]:
    art = build_article(ArticleSource("x", "x.txt", 0), "A headline for the test\n\n" + text)
    analysis = analyze_articles(Briefing("t", None, (), "."), [art])
    people = {a.name for a in analysis.actors if a.kind == "person"}
    names = {a.id: a.name for a in analysis.actors}
    return people, {names[s.actor] for s in analysis.statements}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former Prime Minister Theresa May said the deal was a mistake.", "Theresa May"),
        ("Finance Minister Christian Okafor said the budget would balance.", "Christian Okafor"),
        ("June Alvarez, the port director, said the quay would open.", "June Alvarez"),
        ("Health Minister April Lindqvist announced new rules on Monday.", "April Lindqvist"),
    ],
)
def test_names_that_look_like_other_words(text: str, person: str) -> None:
    people, speakers = people_and_speakers(text)
    assert person in people and person in speakers


def test_a_party_name_is_not_a_person() -> None:
    people, _ = people_and_speakers("The Christian Democrats said they would join the talks.")
    assert not any("Christian" in p for p in people)


def countries_speaking(text: str) -> set[str]:
    art = build_article(ArticleSource("x", "x.txt", 0), "A headline for the test\n\n" + text)
    analysis = analyze_articles(Briefing("t", None, (), "."), [art])
    names = {a.id: a.name for a in analysis.actors}
    return {names[s.actor] for s in analysis.statements}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Norway's fisheries and trade ministry said the quota would stay.", None),
        ("Norway's trade ministry said the quota would stay.", "Norway"),
        ("The Chilean finance ministry said the bond sale went well.", "Chile"),
        ("Kenya's Ministry of Foreign Affairs said it would protest.", "Kenya"),
    ],
)
def test_a_ministry_speaks_for_its_country(text: str, country: str | None) -> None:
    speakers = countries_speaking(text)
    if country:
        assert country in speakers
    else:
        assert not speakers


def test_an_opposition_is_not_the_government() -> None:
    assert countries_speaking("The Chilean opposition said the bond sale was a mistake.") == set()


def test_each_speaker_of_a_sentence_has_its_own_clause() -> None:
    from briefbook.core.model import Sentence
    from briefbook.core.statements import _Candidate, _clause

    text = "Ana Ruiz welcomed the plan, while Tom Berg rejected it."
    sent = Sentence("x", 0, 0, 0, len(text), text)
    first, second = _Candidate(0, "ana", "indirect", True), _Candidate(text.index("Tom"), "tom", "indirect", True)
    assert text[slice(*_clause(sent, first, [first, second]))] == "Ana Ruiz welcomed the plan, while "
    assert text[slice(*_clause(sent, second, [first, second]))] == "Tom Berg rejected it."
    assert _clause(sent, first, [first]) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Office for Budget Responsibility said growth would slow.",
        "The Institute for Fiscal Studies said the plan did not add up.",
        "The Bank of England said rates would stay on hold.",
    ],
)
def test_the_end_of_an_organisation_name_is_not_a_person(text: str) -> None:
    people, _ = people_and_speakers(text)
    assert people == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"The port is safer today," Harbour Authority Director-General Lena Okoro told the assembly.', "Lena Okoro"),
        ('"The port is safer today," said Agency Director-General Lena Okoro.', "Lena Okoro"),
        ("Fund Managing Director Paul Adeyemi said growth would slow.", "Paul Adeyemi"),
        ("EU High Representative Marta Kovac said the bloc would respond.", "Marta Kovac"),
    ],
)
def test_hyphenated_and_two_word_heads_of_organisations(text: str, person: str) -> None:
    people, speakers = people_and_speakers(text)
    assert person in people and person in speakers


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Commission President Ilse van der Berg said the rules would change.", "Ilse van der Berg"),
        ("Army chief Khalid Omar al-Rashid said his forces would hold the line.", "Khalid Omar al-Rashid"),
        ("Interior Minister Paulo dos Santos said the border would stay shut.", "Paulo dos Santos"),
        ("Labor Secretary Thomas B. Hale Jr. said the strike must end.", "Thomas B. Hale"),
    ],
)
def test_name_particles_and_suffixes(text: str, person: str) -> None:
    people, speakers = people_and_speakers(text)
    assert person in people and person in speakers


def test_a_surname_with_an_article_is_also_named_without_it() -> None:
    text = "Army chief Khalid Omar al-Rashid arrived in the capital.\n\n“There will be no truce,” Rashid told troops."
    _, speakers = people_and_speakers(text)
    assert speakers == {"Khalid Omar al-Rashid"}


@pytest.mark.parametrize(
    "text",
    [
        "The CBI said hiring would slow, while the British Retail Consortium warned that prices could rise.",
        "The Federation of Copper Workers said the strike would go on.",
    ],
)
def test_an_organisation_that_speaks_is_not_a_person(text: str) -> None:
    people, _ = people_and_speakers(text)
    assert people == set()
