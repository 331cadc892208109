"""Organisations outside the gazetteer: found by their head word, acronym or company wording, and only when they speak."""

from __future__ import annotations

import pytest
from passages import analyse, article


def speaking(paragraphs: list[str]) -> dict[str, tuple[str, set[str]]]:
    """Actor name -> (kind, sentences attributed to it) for a one-article passage."""
    actors, sts = analyse(article(paragraphs))
    out: dict[str, tuple[str, set[str]]] = {}
    for s in sts:
        a = actors[s.actor]
        out.setdefault(a.name, (a.kind, set()))[1].add(s.sentence_text)
    return out


ORGANISATIONS = [
    (["The Office for Fiscal Oversight said growth would slow to 0.8% next year."], "Office for Fiscal Oversight"),
    (["The Institute for Labour Studies said wages had stalled."], "Institute for Labour Studies"),
    (["The Nordic Grain Programme said it needed $40 million to keep deliveries going."], "Nordic Grain Programme"),
    (["The Reserve Bank of Vanuatu warned that inflation would stay high."], "Reserve Bank of Vanuatu"),
    (["The Federation of Tin Workers announced a strike on Monday."], "Federation of Tin Workers"),
    (["On Tuesday, the Christian Social Union said it would leave the coalition."], "Christian Social Union"),
    (["Rates were cut, according to the Central Bank of Lesotho."], "Central Bank of Lesotho"),
    (["The Federal Reserve said it would keep rates on hold."], "Federal Reserve"),
    (["Prices rose, the Fed said on Wednesday."], "Federal Reserve"),
]


@pytest.mark.parametrize("paragraphs, name", ORGANISATIONS)
def test_an_organisation_that_speaks_is_an_actor_with_its_statement(paragraphs, name):
    found = speaking(paragraphs)
    assert name in found
    kind, sentences = found[name]
    assert kind == "organization" and sentences == {paragraphs[-1]}


def test_a_bracketed_acronym_names_the_organisation_later():
    paras = [
        "Fighting between the army and the Eastern Defence Brigades (EDB) eased on Sunday.",
        "The EDB said in a statement it would respect the truce.",
    ]
    found = speaking(paras)
    assert found["Eastern Defence Brigades"] == ("organization", {paras[1]})


def test_the_bare_head_word_names_the_one_organisation_with_that_head():
    paras = [
        "The Pacific Stability Fund approved a loan to Tonga on Friday.",
        "The Fund said the loan would be paid out in two parts.",
    ]
    _, sentences = speaking(paras)["Pacific Stability Fund"]
    assert paras[1] in sentences


def test_a_bare_head_shared_by_two_organisations_names_neither():
    paras = [
        "The Pacific Stability Fund and the Coral Reef Fund both met on Friday.",
        "The Fund said the loan would be paid out in two parts.",
    ]
    found = speaking(paras)
    assert all(paras[1] not in sentences for _, sentences in found.values())


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (["Tinmark, which operates the smelter, said in a statement that output had stopped."], "Tinmark"),
        (["KZM, which runs the port, said the cranes were idle."], "KZM"),
        (["Output fell at carmaker Voltera. Voltera said the plant would reopen in May."], "Voltera"),
        (["Brennwald chief executive Ilse Maurer resigned. Brennwald said a successor would be named."], "Brennwald"),
    ],
)
def test_a_company_named_as_one_speaks(paragraphs, name):
    found = speaking(paragraphs)
    assert found[name][0] == "organization"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Growth was 2%, the Office for Fiscal Oversight's figures showed."],
        ["Ana Ruiz of the Federation of Tin Workers walked out of the talks."],
        ["The minister told the Regional Assembly that the budget was final."],
        ["Mining at the Copper Valley Company stopped in May."],
        ["The Foreign Ministry said the envoy would be recalled."],
        ["The Armed Forces said the drill was routine."],
        ["The Harare Declaration calls on donors to pay more."],
        ["GDP remains weak, the data showed."],
    ],
)
def test_an_organisation_that_does_not_speak_or_a_state_body_is_no_new_actor(paragraphs):
    actors, _ = analyse(article(paragraphs))
    assert [a.name for a in actors.values() if a.kind == "organization"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Office for Fiscal Oversight said growth would slow.",
        "The Nordic Grain Programme said it needed more money.",
        "Tinmark, which operates the smelter, said output had stopped.",
        "The Christian Democrats said they would join the talks.",
    ],
)
def test_an_organisation_is_never_a_person(text):
    actors, _ = analyse(article([text]))
    assert [a.name for a in actors.values() if a.kind == "person"] == []


def test_an_outlet_is_not_an_organisation_that_speaks():
    actors, _ = analyse(article(["The Nordic Post said the talks had failed, the Herald Tribune reported."]))
    assert not any(a.kind == "organization" and "Tribune" in a.name for a in actors)


def test_a_person_quoted_near_an_organisation_keeps_the_statement():
    paras = ['"We will not back down," said Ana Ruiz, the president of the Federation of Tin Workers.']
    found = speaking(paras)
    assert found["Ana Ruiz"] == ("person", {paras[0]})


@pytest.mark.parametrize(
    "paragraphs, name, sentence",
    [
        (["The National Guild of Dock Workers (GTP) said its members would strike."], "National Guild of Dock Workers", 0),
        (["The Guild of Dock Workers (GTP) met on Monday.", "The GTP said the talks had failed."], "Guild of Dock Workers", 1),
        (["Meanwhile the Coastal Pilots Association (CPA) warned that ports would close."], "Coastal Pilots Association", 0),
        (["Norway's Polar Institute said the ice had thinned."], "Polar Institute", 0),
        (["Fjordnet, Norway's largest telecoms operator, said the outage was over."], "Fjordnet", 0),
        (["The International Monetary Fund cut its forecast.", "The Fund said growth would be 0.9% this year."],
         "International Monetary Fund", 1),
    ],
)
def test_organisation_forms_in_statements(paragraphs, name, sentence):
    found = speaking(paragraphs)
    assert paragraphs[sentence] in found[name][1]


def test_a_name_inside_a_longer_organisation_name_is_not_another_organisation():
    actors, _ = analyse(article(["The National Guild of Dock Workers (GTP) said its members would strike."]))
    assert [a.name for a in actors.values() if a.kind == "organization"] == ["National Guild of Dock Workers"]


def test_the_union_is_not_a_gazetteer_union():
    found = speaking(["Talks with the European Union resumed.", "“The Union has won,” said party secretary Jan Kowal."])
    assert "European Union" not in found


@pytest.mark.parametrize(
    "paragraphs, name, sentence",
    [
        (["Brennwald plans to cut 900 jobs.", "Brennwald said in a statement that the cuts were unavoidable."], "Brennwald", 1),
        (["The Metallwerk union said it would fight any closures."], "Metallwerk", 0),
        (["A Radical Party spokesperson said the vote was rigged."], "Radical Party", 0),
    ],
)
def test_a_body_named_by_its_statement_noun_or_spokesperson_speaks(paragraphs, name, sentence):
    found = speaking(paragraphs)
    assert found[name][0] == "organization" and paragraphs[sentence] in found[name][1]


def test_a_named_spokesperson_keeps_the_statement_from_the_party():
    paras = ["Radical Party spokesperson Ivo Matic said the vote was rigged."]
    found = speaking(paras)
    assert found["Ivo Matic"] == ("person", {paras[0]})
    assert "Radical Party" not in found


def test_a_person_saying_something_in_a_statement_stays_a_person():
    paras = ["Finance Minister Ivo Matic resigned.", "Matic said in a statement that he was proud of his record."]
    found = speaking(paras)
    assert paras[1] in found["Ivo Matic"][1]
    assert "Matic" not in found


def test_an_acronym_said_in_a_statement_is_its_organisation():
    paras = ["The Eastern Defence Brigades (EDB) moved north.", "The EDB said in a statement it would hold the line."]
    actors, _ = analyse(article(paras))
    assert [a.name for a in actors.values() if a.kind == "organization"] == ["Eastern Defence Brigades"]


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (["Delays spread, according to Nordland Airports (NLA)."], "Nordland Airports"),
        (["The Federation of Baltic Chambers of Commerce and Industry (FBCCI) urged the bank to pause."],
         "Federation of Baltic Chambers of Commerce and Industry"),
        (["Skyvia, Europe's newest airline by fleet size, said it had cancelled 30 flights."], "Skyvia"),
        (["The opposition Unity party said the vote was rigged."], "Unity"),
        (["The opposition Congress party said the vote was rigged."], "Congress party"),
    ],
)
def test_more_organisation_forms_speak_as_organisations(paragraphs, name):
    found = speaking(paragraphs)
    assert found[name] == ("organization", {paragraphs[0]})


@pytest.mark.parametrize(
    "paragraphs, name, sentence",
    [
        (["A spokesman for Tarn Minerals, which runs the pit, said the ruling was being studied."], "Tarn Minerals", 0),
        (["The Constitutional Court of Moldova ruled on Tuesday that the law was void."], "Constitutional Court of Moldova", 0),
        (["Conservation group Aguaviva welcomed the decision, saying it protected the river."], "Aguaviva", 0),
        (["Dara's Kuma Lai party won.", "Kuma Lai said the deal was needed."], "Kuma Lai", 1),
    ],
)
def test_a_spokesperson_descriptor_or_ruling_makes_the_body_speak(paragraphs, name, sentence):
    found = speaking(paragraphs)
    assert found[name][0] == "organization" and paragraphs[sentence] in found[name][1]


def test_an_untitled_person_saying_something_in_a_statement_stays_a_person():
    paras = ["“We lost,” said Ivo Matic outside the court.", "Matic said in a statement that he would appeal."]
    found = speaking(paras)
    assert paras[1] in found["Ivo Matic"][1]
    assert "Matic" not in found
