"""General rules for who speaks: companies after an industry word, sports clubs, the end of a body's name, a
person's party, and an interviewer's questions, checked on passages written for these tests."""

from __future__ import annotations

from passages import kinds as _kinds
from passages import said_by as _said_by


def _people(paragraphs: list[str]) -> set[str]:
    return {name for name, kind in _kinds(paragraphs).items() if kind == "person"}


def test_a_company_after_its_industry_word_is_no_person():
    paras = [
        "Steelmaker Aço Norte said on Monday it would cut 400 jobs at its mill in Setúbal.",
        "Airline Lufthansa said it would cut flights. Broadcaster Télé Monde said it would appeal the fine.",
        "Shipbuilder Kvarnø Verft said orders had doubled. Reinsurer Grünberg Re said claims rose.",
    ]
    assert _people(paras) == set()
    said = _said_by(paras)
    assert {(0, "Aço Norte"), (1, "Lufthansa"), (1, "Télé Monde")} <= said
    assert _kinds(paras).get("Aço Norte") == "organization"


def test_the_industry_word_names_the_company_later():
    paras = [
        "Shares in steelmaker Ferrona fell by 6% after the tariff was announced.",
        "The steelmaker said it would idle a furnace.",
    ]
    assert (1, "Ferrona") in _said_by(paras)


def test_a_sports_club_named_by_its_city_is_no_person():
    paras = [
        "Bayern Munich said the coach would stay. Inter Milan said the deal was off.",
        "Paris Saint-Germain said the striker was injured. Borussia Dortmund said it had agreed a fee.",
        "Coach Tomas Berg said Bayern Munich had made an offer.",
    ]
    assert _people(paras) == {"Tomas Berg"}
    assert _said_by(paras) == {(2, "Tomas Berg")}


def test_a_word_at_the_end_of_a_body_s_name_is_no_person():
    paras = [
        "DNB Markets said prices would rise. The Red Crescent said two of its workers had died.",
        "Oxford Economics said output would fall. Analysts at KBC Securities said the cut was priced in.",
        "The Royal Navy said a frigate had been sent. Capstone Research said demand was weak.",
    ]
    assert _people(paras) == set()


def test_a_name_after_an_acronym_s_title_is_still_a_person():
    paras = ["NATO Secretary General Mark Rutte said allies would meet. IMF chief Kristalina Georgieva said growth slowed."]
    assert {"Mark Rutte", "Kristalina Georgieva"} <= _people(paras)


def test_a_person_s_party_or_government_speaks_for_itself():
    paras = [
        "Opposition leader Marta Lindqvist said taxes were too high. Her party is pushing for a referendum.",
        "Prime Minister Jonas Holt spoke in Bergen. His government said the plan was fair.",
        "Holt was asked about the vote. His party wants early elections.",
    ]
    said = _said_by(paras)
    assert said == {(0, "Marta Lindqvist")}
    # What a person's office or spokeswoman says is still theirs.
    assert (1, "Marta Lindqvist") in _said_by([paras[0], "Her spokeswoman said the vote was lost."])


def test_an_interviewer_s_question_is_nobody_s_statement():
    paras = [
        "Gianni Ravello spoke to reporters in Zurich.",
        "Q: Ravello says the tournament will grow. Is that right?",
        "Question: Critics say the tournament is too long. Do you agree?",
        "Interviewer: Ravello said last year the fees would fall.",
        "Ravello: The fees will fall.",
    ]
    assert _said_by(paras) == {(4, "Gianni Ravello")}


def test_names_with_letters_beyond_latin_1_read_as_others():
    paras = [
        "Łukasz Wrona, a trader in Gdańsk, said prices fell. Romanian President Nicușor Vlad said talks would go on.",
        "Steelmaker Huta Łaziska said it would cut 400 jobs. Carmaker Škoda said sales rose.",
        "Polish lender Bank Śląski said profits rose. Ștefan Ionescu, an economist, said rates would fall.",
    ]
    said = _said_by(paras)
    assert {(0, "Łukasz Wrona"), (0, "Nicușor Vlad"), (1, "Huta Łaziska"), (1, "Škoda"), (2, "Ștefan Ionescu")} <= said
    assert _people(paras) == {"Łukasz Wrona", "Nicușor Vlad", "Ștefan Ionescu"}


def test_a_title_after_a_comma_ends_with_its_sentence():
    paras = ["Anna Wirth, a trader in Gdansk, said prices fell. Romanian President Petru Vlad said talks would go on."]
    assert _people(paras) == {"Anna Wirth", "Petru Vlad"}
