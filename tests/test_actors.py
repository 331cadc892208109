"""Actors found with no configuration: people from news patterns, countries from the gazetteer."""

from __future__ import annotations

import pytest
from passages import article

from briefbook.core.actors import find_actors, slug
from briefbook.core.gazetteer import is_outlet
from briefbook.core.model import ActorConfig

PEOPLE = [
    ("Chilean President Ana Rivera visited the port on Monday.", "ana-rivera", "Chilean President"),
    ("Norwegian Foreign Ministry spokeswoman Ingrid Dahl said talks would resume.", "ingrid-dahl", "Norwegian Foreign Ministry spokeswoman"),
    ("The talks failed, Canada's ambassador to the United Nations, Paul Leduc, said on Friday.", "paul-leduc", "Canada's ambassador to the United Nations"),
    ("“We will not sign,” said Tomas Berg, the trade minister of Sweden.", "tomas-berg", "trade minister of Sweden"),
    ("Dock union co-chairman Lena Voss rejected the offer.", "lena-voss", "Dock union co-chairman"),
    ("Opposition leader Marek Zielinski warned of a crisis.", "marek-zielinski", "Opposition leader"),
    ("WHO Director-General Ama Owusu hailed the accord.", "ama-owusu", "WHO Director-General"),
    ("The decision was split, and chief economist Hugh Lind voted to hold rates.", "hugh-lind", "chief economist"),
    ("Labor Secretary Thomas B. Hale Jr. said the strike must end.", "thomas-b-hale", "Labor Secretary"),
]


@pytest.mark.parametrize("text, aid, role", PEOPLE)
def test_title_and_name_make_a_person_with_a_role(text, aid, role):
    actors, _ = find_actors([article([text])])
    person = next(a for a in actors if a.id == aid)
    assert person.kind == "person"
    assert person.role == role


def test_surname_later_merges_into_one_actor_with_aliases():
    actors, mentions = find_actors([article([
        "Kenyan President Amara Odhiambo arrived in Paris.",
        "Odhiambo said the deal was fair. The Kenyan president added that more was needed.",
    ])])
    people = [a for a in actors if a.kind == "person"]
    assert [p.id for p in people] == ["amara-odhiambo"]
    assert set(people[0].aliases) >= {"Odhiambo", "the Kenyan president"}
    assert [m.text for m in mentions if m.actor == "amara-odhiambo"] == ["Amara Odhiambo", "Odhiambo", "The Kenyan president"]


def test_a_name_opening_a_sentence_with_its_particle_capitalised_is_the_same_person():
    actors, mentions = find_actors([article([
        "Dutch Finance Minister Pieter van den Berg presented the budget.",
        "Van den Berg said the deficit would fall. Later, van den Berg left for Brussels.",
    ])])
    people = [a for a in actors if a.kind == "person"]
    assert [p.id for p in people] == ["pieter-van-den-berg"]
    assert [m.text for m in mentions if m.actor == "pieter-van-den-berg"][:2] == ["Pieter van den Berg", "Van den Berg"]


@pytest.mark.parametrize("honorific", ["Professor", "Prof.", "Dr"])
def test_an_academic_or_medical_honorific_is_not_part_of_the_name(honorific):
    actors, _ = find_actors([article([f"“The risk is real,” said {honorific} Lena Holm, who leads the unit."])])
    assert [a.name for a in actors if a.kind == "person"] == ["Lena Holm"]


def test_a_firm_named_where_its_staff_work_is_not_a_person():
    actors, _ = find_actors([article([
        "Analysts at Halden Kraus said they expected prices to fall.",
        "“Demand is weak,” said Mira Osei, an economist at Halden Kraus.",
    ])])
    assert [a.name for a in actors if a.kind == "person"] == ["Mira Osei"]


def test_a_name_ending_in_a_company_word_is_never_a_person():
    actors, _ = find_actors([article([
        "Regulators fined Kestrel a record sum. Kestrel said it would appeal.",
        "Kestrel Platforms will challenge the penalty, the company said.",
    ])])
    assert not [a.name for a in actors if a.kind == "person"]


def test_most_specific_role_wins():
    actors, _ = find_actors([article(["Prime Minister Sofia Lind spoke.", "Danish Prime Minister Sofia Lind left."])])
    assert next(a for a in actors if a.id == "sofia-lind").role == "Danish Prime Minister"


def test_full_name_next_to_speech_verb_is_a_person():
    actors, _ = find_actors([article(["“It is over,” said Rosa Almeida, standing outside."])])
    assert "rosa-almeida" in {a.id for a in actors if a.kind == "person"}


def test_full_name_whose_surname_is_reused_is_a_person():
    actors, _ = find_actors([article(["The rally was praised by Viktor Hale and others.", "Later, the crowd cheered Hale loudly."])])
    assert "viktor-hale" in {a.id for a in actors if a.kind == "person"}


NOT_PEOPLE = [
    "The ceremony took place on the Place de la Concorde in the evening.",
    "Researchers at Masaryk University published the study.",
    "Bloomberg reported the talks stalled, Reuters said.",
    "The Lamborghini showroom and a Tiffany branch sit side by side.",
    "Officials said the Black Sea route stayed open during the Cold War.",
    "Al Jazeera said the convoy was stopped.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_places_organisations_and_outlets_are_not_people(text):
    actors, _ = find_actors([article([text])])
    assert [a.name for a in actors if a.kind == "person"] == []


COUNTRIES = [
    ("Analysts said the Kremlin would respond.", "russia", "the Kremlin"),
    ("Officials in Washington were unmoved.", "united-states", "Washington"),
    ("The White House declined to comment.", "united-states", "The White House"),
    ("Downing Street denied the report.", "united-kingdom", "Downing Street"),
    ("The U.K. and France signed the pact.", "united-kingdom", "U.K."),
    ("Kyiv welcomed the decision.", "ukraine", "Kyiv"),
    ("A Polish government spokesman said the border stays shut.", "poland", "A Polish government spokesman"),
    ("British officials insist the plan works.", "united-kingdom", "British officials"),
    ("The Élysée confirmed the visit.", "france", "The Élysée"),
]


@pytest.mark.parametrize("text, aid, form", COUNTRIES)
def test_countries_named_by_capital_seat_name_or_group(text, aid, form):
    actors, mentions = find_actors([article([text])])
    country = next(a for a in actors if a.id == aid)
    assert country.kind == "country"
    assert form in [m.text for m in mentions if m.actor == aid]


def test_leader_administration_names_the_country():
    _, mentions = find_actors([article(["US President Jane Doe spoke.", "The Doe administration has ruled out new tariffs."])])
    assert ("The Doe administration", "united-states") in {(m.text, m.actor) for m in mentions}


def test_person_name_is_not_the_country_it_resembles():
    actors, _ = find_actors([article(["Party leader Jordan Bardella said the vote was a success."])])
    assert "jordan" not in {a.id for a in actors}
    assert "jordan-bardella" in {a.id for a in actors}


def test_mentions_are_spans_in_the_paragraph():
    art = article(["Talks went on. German Chancellor Lukas Brandt said Berlin would help."])
    _, mentions = find_actors([art])
    text = art.paragraphs[0].text
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert {m.text for m in mentions} == {"Lukas Brandt", "Berlin"}


def test_manifest_config_adds_an_actor_and_aliases():
    actors, mentions = find_actors(
        [article(["The Commission said the rules stand."])],
        [ActorConfig(name="European Commission", kind="organization", aliases=("The Commission",))],
    )
    assert any(a.id == "european-commission" and a.kind == "organization" for a in actors)
    assert [m.text for m in mentions if m.actor == "european-commission"] == ["The Commission"]


@pytest.mark.parametrize("name, expected", [("Emmanuel Macron", "emmanuel-macron"), ("Élodie Duché", "elodie-duche"), ("United States", "united-states")])
def test_slug(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize(
    "paragraphs, aid",
    [
        (["Much depends on allies such as Ravi Dutta of the farmers' party.", "Dutta, whose party won 16 seats, will stay."], "ravi-dutta"),
        (["Much depends on allies such as Ravi Dutta of the farmers' party.", "Dutta said he would stay."], "ravi-dutta"),
    ],
)
def test_full_name_whose_surname_opens_a_later_sentence_is_a_person(paragraphs, aid):
    actors, _ = find_actors([article(paragraphs)])
    assert aid in {a.id for a in actors if a.kind == "person"}


def test_a_capitalised_word_opening_a_sentence_is_no_surname():
    actors, _ = find_actors([article(["Allies such as Ravi Dutta met in Delhi.", "Dutta is a common name there."])])
    assert "ravi-dutta" not in {a.id for a in actors}


def test_family_name_first_before_a_hyphenated_given_name():
    actors, mentions = find_actors([article(["South Korean President Lee Jae-myung arrived.", "Lee said the talks would go on."])])
    assert [m.text for m in mentions if m.actor == "lee-jae-myung"] == ["Lee Jae-myung", "Lee"]


@pytest.mark.parametrize("name", ["Bloomberg", "Financial Times", "ZDF", "The Wall Street Journal", "Reuters"])
def test_every_listed_outlet_is_known(name: str) -> None:
    assert is_outlet(name)


@pytest.mark.parametrize(
    "paragraphs, aid, word",
    [
        (["President Ana Maria Zeca de Sousa opened the dam.", "“It will light the north,” Zeca said."], "ana-maria-zeca-de-sousa", "Zeca"),
        (["Director-General Tesfaye Alemu Bekele spoke first.", "Later, Alemu said funding had dried up."], "tesfaye-alemu-bekele", "Alemu"),
        (["President Ana Maria Zeca de Sousa opened the dam.", "President Zeca said it would light the north."], "ana-maria-zeca-de-sousa", "Zeca"),
    ],
)
def test_a_word_of_a_long_name_used_alone_names_that_person(paragraphs, aid, word):
    actors, mentions = find_actors([article(paragraphs)])
    assert [a.id for a in actors if a.kind == "person"] == [aid]
    assert word in [m.text for m in mentions if m.actor == aid]


def test_a_word_two_long_names_share_names_neither():
    actors, mentions = find_actors([article([
        "President Ana Maria Zeca de Sousa met Minister Rui Zeca Pinto Lobo.",
        "Zeca said the dam would open.",
    ])])
    assert "Zeca" not in [m.text for m in mentions]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The brine is pumped in the Salar de Uyuni from 2030.", "Communities in the Uyuni say they were not asked."],
        ["Trucks crossed the Paso de Jama at night.", "Drivers near the Jama said the road was icy."],
    ],
)
def test_a_name_right_after_the_is_a_place_not_a_person(paragraphs):
    actors, _ = find_actors([article(paragraphs)])
    assert [a.name for a in actors if a.kind == "person"] == []


def test_an_appositive_title_of_two_head_words_is_kept_whole():
    actors, _ = find_actors([article(["Ravi Menon, chief economist at the Union Bank, said the move was expected."])])
    assert next(a for a in actors if a.id == "ravi-menon").role == "chief economist at the Union Bank"


def test_a_spokeswoman_for_a_titled_person_does_not_give_her_title():
    actors, _ = find_actors([article(["A spokeswoman for President Ana Rivera said the talks would resume."])])
    assert next(a for a in actors if a.id == "ana-rivera").role == "President"


def test_a_first_name_that_speaks_alone_names_its_two_word_owner():
    actors, mentions = find_actors([article([
        "The assembly elected tycoon Somchai Wongsa as leader.",
        "“I will work hard,” Somchai told reporters.",
    ])])
    assert "somchai-wongsa" in {a.id for a in actors if a.kind == "person"}
    assert "Somchai" in [m.text for m in mentions if m.actor == "somchai-wongsa"]


@pytest.mark.parametrize("role", ["Party convener", "Union boss", "Campaign manager", "Activist", "Human rights lawyer"])
def test_an_occupation_before_a_name_is_a_role_not_part_of_the_name(role):
    actors, _ = find_actors([article([f"{role} Vikram Sethi said the party accepted the result."])])
    person = next(a for a in actors if a.kind == "person")
    assert (person.id, person.role) == ("vikram-sethi", role)
