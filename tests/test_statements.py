"""Statements: who said or did what, in which sentence, and never someone who is only mentioned."""

from __future__ import annotations

from dataclasses import replace

import pytest
from passages import analyse, article, speakers

INTRO = "Finnish President Aino Salo arrived for the summit on Monday."

QUOTE_STYLES = [
    "“We will stand firm on this,” Salo said.",
    "\"We will stand firm on this,\" Salo said.",
    "«We will stand firm on this,» Salo said.",
    "«We will stand firm on this,\" Salo said.",
    "‘We will stand firm on this,’ Salo said.",
    "“We will stand firm. Nobody doubts it,” said Salo.",
    "Salo said: “We will stand firm on this.”",
]


@pytest.mark.parametrize("quote", QUOTE_STYLES)
def test_each_quotation_style_is_a_direct_statement(quote):
    actors, sts = analyse(article([INTRO, quote]))
    st = next(s for s in sts if s.paragraph == 1)
    assert (st.actor, st.kind) == ("aino-salo", "direct")
    assert "We will stand firm" in st.quote


SPEECH = [
    ("Salo said the border would stay open.", "indirect"),
    ("Salo told reporters the border would stay open.", "indirect"),
    ("Salo stated that the border would stay open.", "indirect"),
    ("Salo added that the border would stay open.", "indirect"),
    ("Salo insisted the border would stay open.", "indirect"),
    ("Salo warned that the border could close.", "indirect"),
    ("Salo urged neighbours to keep the border open.", "indirect"),
    ("Salo reiterated that the border would stay open.", "indirect"),
    ("Salo has made it clear that the border would stay open.", "indirect"),
    ("The border will stay open, Salo said on Tuesday.", "indirect"),
    ("Salo has been sceptical about the plan.", "reported"),
    ("Salo intends to reopen the border.", "reported"),
    ("Salo has publicly rejected the idea of a wall.", "action"),
    ("Salo won't provide the funds, officials believe.", "reported"),
    ("Salo refused to sign the accord.", "action"),
    ("Salo has ruled out a referendum.", "action"),
    ("Salo announced a new fund.", "action"),
    ("Salo presented the plan to parliament.", "action"),
    ("Salo has not approved the budget.", "action"),
    ("Salo visited the border post on Tuesday.", "action"),
    ("Salo met union leaders in the capital.", "action"),
    ("Salo declared victory after the count.", "action"),
    ("Salo conceded defeat late on Sunday.", "action"),
    ("Publicly, Salo took a harder line, saying the border would stay open.", "indirect"),
    ("The plan was first presented by Salo in March.", "reported"),
    ("Salo, who has led the country since 2019, said the border would stay open.", "indirect"),
    ("Salo, the Finnish president, said the border would stay open.", "indirect"),
    ("Salo defended the decision in parliament.", "indirect"),
    ("Salo hit back at her critics on Tuesday.", "indirect"),
    ("Salo voted against the bill.", "action"),
    ("Salo stepped down on Friday.", "action"),
    ("Salo believes the border should stay open.", "reported"),
    ("Salo was quoted as saying the border would stay open.", "indirect"),
]


@pytest.mark.parametrize("sentence, kind", SPEECH)
def test_speech_patterns_and_their_kinds(sentence, kind):
    _, sts = analyse(article([INTRO, sentence]))
    found = [(s.actor, s.kind) for s in sts if s.paragraph == 1]
    assert found == [("aino-salo", kind)]


def test_according_to_an_actor_is_indirect():
    _, sts = analyse(article([INTRO, "The border stays open, according to Salo."]))
    assert [(s.actor, s.kind) for s in sts if s.paragraph == 1] == [("aino-salo", "indirect")]


RESOLUTION = [
    # a pronoun after a person who acted in the previous sentence
    (["Estonian Prime Minister Kaja Tamm hailed the deal. “It is a good day,” she said."], [(0, 0, "kaja-tamm"), (0, 1, "kaja-tamm")]),
    # a pronoun in the next paragraph
    (["Estonian Prime Minister Kaja Tamm criticized the plan.", "She argued that it would fail."], [(0, 0, "kaja-tamm"), (1, 0, "kaja-tamm")]),
    # a role: "the Estonian prime minister"
    (["Estonian Prime Minister Kaja Tamm arrived.", "“We are ready,” the Estonian prime minister said."], [(1, 0, "kaja-tamm")]),
    # "her office said"
    (["Prime Minister Kaja Tamm reiterated that troops would stay home, her office said."], [(0, 0, "kaja-tamm")]),
    # a government spokesman speaks for the country
    (["“Austria will decide later,” an Austrian government spokesman said."], [(0, 0, "austria")]),
    # a ministry that spoke, then "it" and "the ministry"
    (["The Peruvian foreign ministry said it welcomed the offer. It also criticised Chile for delays.",
      "The ministry said talks would resume."], [(0, 0, "peru"), (0, 1, "peru"), (1, 0, "peru")]),
    # "it" with no speech or act of its own, or too far from the body that spoke
    (["The Peruvian foreign ministry welcomed the offer. It remains unclear whether talks resume."], [(0, 0, "peru")]),
    (["The Peruvian foreign ministry welcomed the offer.", "Rain fell.", "It said talks would resume."], [(0, 0, "peru")]),
    # a person opening a sentence as a possessor is who the next "he" is
    (["“We are not done,” said Economy Minister Ida Holm.", "Fed Chair Max Roth spoke. Roth's term ends in May. He has said he will serve it out."],
     [(0, 0, "ida-holm"), (1, 2, "max-roth")]),
    # ... but only for the very next sentence
    (["Fed Chair Max Roth spoke.", "Roth's term ends in May.", "“We will wait,” he said."], []),
    (["“We are not done,” said Economy Minister Ida Holm.", "Roth's efforts have stalled.", "Fed Chair Max Roth left.", "“We will wait,” she said."],
     [(0, 0, "ida-holm"), (3, 0, "max-roth")]),
    # an unnamed official of a country, with adjectives before the demonym
    (["A senior Turkish official, speaking on condition of anonymity, said talks could resume."], [(0, 0, "turkey")]),
    # a person speaks through their office or spokesman, unless the spokesman is named
    (["Mines Minister Gwede Dube arrived.", "Dube's spokesman said the minister would meet both sides."], [(1, 0, "gwede-dube")]),
    (["Mines Minister Gwede Dube arrived.", "Dube's office said he was ill."], [(1, 0, "gwede-dube")]),
    (["Mines Minister Gwede Dube arrived.", "Dube's spokesman Tom Lind said talks would go on."], [(1, 0, "tom-lind")]),
    (["Mines Minister Gwede Dube arrived.", "Critics say Dube's aides have warned him."], []),
    # officials, then "they"
    (["The Azerbaijani hosts sought to broker a compromise. They said they had made every effort."], [(0, 0, "azerbaijan"), (0, 1, "azerbaijan")]),
]


@pytest.mark.parametrize("paragraphs, expected", RESOLUTION)
def test_pronouns_roles_and_offices_resolve_to_the_speaker(paragraphs, expected):
    assert speakers(paragraphs) == expected


CONTINUATIONS = [
    # a paragraph that is only a quotation continues the previous speaker
    (["The plan works, Dutch Foreign Minister Pieter Smit said.", "“We are counting on every ally to do more.”"], [(0, 0, "pieter-smit"), (1, 0, "pieter-smit")]),
    # a quotation-only sentence after the speaker in the same paragraph
    (["“The vote is won,” said Pieter Smit, the party's general secretary. “The new leader will be chosen soon.”"], [(0, 0, "pieter-smit"), (0, 1, "pieter-smit")]),
    # a quotation running over two paragraphs
    (["Dutch Foreign Minister Pieter Smit said: “We will not wait.", "“Nobody should expect us to.”"], [(0, 0, "pieter-smit"), (1, 0, "pieter-smit")]),
    # no continuation of a government that was not quoted
    (["The Danish government instead suggests Europe should manage alone.", "“Nobody should expect us to pay.”"], [(0, 0, "denmark")]),
    (["“We will pay our share,” a Danish government spokesman said.", "“Nobody should expect more.”"], [(0, 0, "denmark"), (1, 0, "denmark")]),
    # a list with "and" after someone's words is no new clause
    (["Dutch Foreign Minister Pieter Smit said envoys from Japan, Chile, and Economy Minister Anna Berg joined the talks."],
     [(0, 0, "pieter-smit")]),
    # no continuation after an outlet's quotation
    (["“Talks have stalled,” Bloomberg reported.", "“Nobody knows what comes next.”"], []),
]


@pytest.mark.parametrize("paragraphs, expected", CONTINUATIONS)
def test_quotation_only_paragraphs_continue_the_previous_speaker(paragraphs, expected):
    assert speakers(paragraphs) == expected


TRAPS = [
    # the object of a verb
    ["Allies tried to persuade US President Tom Reyes to offer air cover."],
    # inside a preposition
    ["Irish President Niamh Byrne intends to hold talks with Brazilian President Lucas Prado."],
    # a conditional inside another speaker's quotation
    ["Irish President Niamh Byrne said: “And if Reyes refuses the request, we will act alone.”", "US President Tom Reyes was travelling."],
    # the possessor of a title
    ["The delegation was led by Reyes’s special envoy Dana Cole, who met Byrne separately.", "US President Tom Reyes stayed home."],
    # a hope about someone
    ["European officials hope Reyes would intervene. US President Tom Reyes was silent."],
    # the content of another speaker's words
    ["Irish President Niamh Byrne said Reyes would refuse the offer. US President Tom Reyes was travelling."],
    # a possessive
    ["Reyes's efforts to broker a truce have stalled. US President Tom Reyes was travelling."],
    # a passive
    ["US President Tom Reyes was presented with a medal."],
]


@pytest.mark.parametrize("paragraphs", TRAPS)
def test_mentioned_not_speaking(paragraphs):
    assert "tom-reyes" not in {a for _, _, a in speakers(paragraphs)}


def test_photo_captions_never_give_statements():
    art = replace(article(["The summit ended."]), captions=("President Tom Reyes said hello. (Photo: Jo Kim/AFP)",))
    actors, sts = analyse(art)
    assert sts == [] and "tom-reyes" not in actors


def test_outlet_report_about_an_actor_counts():
    paragraphs = ["“Allies know that President Tom Reyes won’t provide the guarantees,” the outlet reported."]
    assert speakers(paragraphs) == [(0, 0, "tom-reyes")]


def test_two_actors_in_one_sentence():
    paragraphs = ["Party leader Ida Holm celebrated the result, though Chancellor Max Roth has firmly ruled out talks with her party."]
    assert speakers(paragraphs) == [(0, 0, "ida-holm"), (0, 0, "max-roth")]


def test_statement_provenance_is_the_sentence_span():
    art = article([INTRO, "It rained. Salo said the border would stay open."])
    _, sts = analyse(art)
    st = next(s for s in sts if s.paragraph == 1)
    assert art.paragraphs[1].text[st.start:st.end] == st.sentence_text == "Salo said the border would stay open."
    assert st.sentence == 1


@pytest.mark.parametrize(
    "sentence, stance, words",
    [
        ("Salo has publicly rejected sending troops.", "opposes", "rejected"),
        ("Salo said a force would be viable only with US guarantees.", "conditional", "only with"),
        ("Salo said Finland will decide at the appropriate time.", "conditional", "at the appropriate time"),
        ("Salo said Finland has not yet taken a position on the plan.", "undecided", "not yet taken a position"),
        ("Salo welcomed the plan.", "supports", "welcomed"),
        ("Salo visited the port.", None, None),
    ],
)
def test_stance_and_its_words(sentence, stance, words):
    _, sts = analyse(article([INTRO, sentence]))
    st = next(s for s in sts if s.paragraph == 1)
    assert (st.stance, st.stance_words) == (stance, words)


def test_question_is_matched_when_the_statement_is_about_it():
    q = ("Troops on the ground in Ukraine?", "US backstop required?")
    _, sts = analyse(article([INTRO, "Salo said any force would require a US backstop."]), questions=q)
    assert next(s for s in sts if s.paragraph == 1).question == "US backstop required?"


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The United Nations said more than a million people had fled.", "united-nations"),
        ("Tariffs will rise next month, the European Commission said on Wednesday.", "european-commission"),
        ("The White House dismissed the measures.", "united-states"),
    ],
)
def test_an_organisation_named_with_the_article_speaks(sentence, actor):
    assert speakers([sentence]) == [(0, 0, actor)]


def test_a_pronoun_after_has_said_is_not_an_inverted_speaker():
    paragraphs = [
        "Election Commissioner Ravi Menon praised voters.",
        "Analysts said the alliance now depends on smaller parties. Its leader, whose party won 16 seats, has said he will stay.",
    ]
    assert speakers(paragraphs) == [(0, 0, "ravi-menon")]


SEVERAL_SPEAKERS = [
    # a second speaker in a clause of their own, after the first one's words
    ("Dutch Prime Minister Jan Smit said the plan was sound, but French President Paul Roux warned it would fail.",
     ["jan-smit", "paul-roux"]),
    ("Economy Minister Jan Smit called for talks, while Finance Minister Paul Roux said Europe must not be naive.",
     ["jan-smit", "paul-roux"]),
    ("Economy Minister Jan Smit welcomed the deal; Finance Minister Paul Roux said it came too late.",
     ["jan-smit", "paul-roux"]),
    # after a quotation closed on the comma; a country's delegate speaks for the country
    ("Health Minister Jan Smit said the deal was \"an important step,\" while China's delegate warned it was rushed.",
     ["jan-smit", "china"]),
    # subjects joined by "and" share the verb
    ("Economy Minister Jan Smit and Finance Minister Paul Roux met on Thursday.", ["jan-smit", "paul-roux"]),
    ("In a joint statement issued after the talks, Britain and France said the deal must hold.", ["united-kingdom", "france"]),
    # an object joined by "and" does not
    ("Economy Minister Jan Smit met Finance Minister Paul Roux and Britain's envoy on Thursday.", ["jan-smit"]),
    # a country in the first speaker's account is not a speaker of its own
    ("Dutch Prime Minister Jan Smit said that Britain would join, while France had refused.", ["jan-smit"]),
    # a name inside the first speaker's words, with no clause of its own
    ("Dutch Prime Minister Jan Smit said Paul Roux warned him.", ["jan-smit"]),
]


@pytest.mark.parametrize("sentence, expected", SEVERAL_SPEAKERS)
def test_several_speakers_in_one_sentence(sentence, expected):
    assert [a for _, _, a in speakers([sentence])] == expected


def test_each_speaker_keeps_only_the_quotation_of_their_own_clause():
    _, sts = analyse(article(["Health Minister Jan Smit called the deal “an important step”, while China's delegate warned it was rushed."]))
    assert [(s.actor, s.kind, s.quote) for s in sts] == [("jan-smit", "direct", "an important step"), ("china", "indirect", None)]


RELATIVE_CLAUSES = [
    # a pronoun opening a clause after "in which" points at the person just named, not the last speaker
    (["Finance Minister Maya Holt praised the festival.",
      "The visit followed a speech by Finnish President Aino Salo at which she accused the union of delays."],
     [(0, 0, "maya-holt"), (1, 0, "aino-salo")]),
    (["The talks ended with a news conference with Irish President Niamh Byrne, during which she vowed to return."],
     [(0, 0, "niamh-byrne")]),
    # a plain "which" still opens no clause of its own
    (["Irish President Niamh Byrne read the letter, which Salo said was a forgery."], []),
]


@pytest.mark.parametrize("paragraphs, expected", RELATIVE_CLAUSES)
def test_speaker_inside_a_relative_clause(paragraphs, expected):
    assert speakers(paragraphs) == expected


STATED_GOALS = [
    (["The vote has left Chancellor Max Roth facing long talks, with his immediate goal being to form a government by May."],
     [(0, 0, "max-roth", "reported")]),
    (["Chancellor Max Roth arrived late.", "Her main priority is to cut inflation, Finance Minister Ida Holm told MPs."],
     [(1, 0, "ida-holm", "indirect")]),
    (["Chancellor Max Roth arrived late. Roth's stated aim is to cut taxes."],
     [(0, 1, "max-roth", "reported")]),
    # a goal in someone's quotation is that speaker's, not a third person's
    (["Chancellor Max Roth arrived.", "“His goal is to divide us,” Finance Minister Ida Holm said."], [(1, 0, "ida-holm", "direct")]),
]


@pytest.mark.parametrize("paragraphs, expected", STATED_GOALS)
def test_a_stated_goal_is_a_reported_position(paragraphs, expected):
    _, sts = analyse(article(paragraphs))
    assert [(s.paragraph, s.sentence, s.actor, s.kind) for s in sts] == expected


@pytest.mark.parametrize("sentence", ["Salo declined to comment.", "Salo has refused to comment on the report."])
def test_declining_to_comment_is_no_statement(sentence):
    _, sts = analyse(article([INTRO, sentence]))
    assert [s for s in sts if s.paragraph == 1] == []


APPOSED_SPEAKERS = [
    # a named spokesperson set off by commas after "A spokesman for X," speaks
    (["A spokeswoman for the navy, Lotte Brandt, told reporters that the ship had turned back."],
     [(0, 0, "lotte-brandt", "indirect")]),
    (["The spokesman for the ministry, Omar Haddad, said the border would stay shut."],
     [(0, 0, "omar-haddad", "indirect")]),
    # the main clause after a long relative clause, and a quotation introduced by "calling"
    (["Finnish President Aino Salo, who has urged the bank to cut rates by a full point this year, again attacked "
      "the governor on television, calling him “a coward”."],
     [(0, 0, "aino-salo", "direct")]),
    (["Finnish President Aino Salo, who has urged the bank to cut rates, met the governor on Friday, accusing him of delay."],
     [(0, 0, "aino-salo", "indirect")]),
]


@pytest.mark.parametrize("paragraphs, expected", APPOSED_SPEAKERS)
def test_an_apposed_or_relative_claused_speaker_speaks(paragraphs, expected):
    _, sts = analyse(article(paragraphs))
    assert [(s.paragraph, s.sentence, s.actor, s.kind) for s in sts] == expected


PEOPLE_OF_BODIES = [
    (["The Institute for Tax Studies director Ivo Matic said the sums did not add up."], "ivo-matic"),
    (["Ivo Matic of the Institute for Tax Studies said the sums did not add up."], "ivo-matic"),
    (["Reserve Bank of Fiji Governor Ana Ruiz said rates would stay high."], "ana-ruiz"),
    (["The Federation of Tin Workers and Finance Minister Ana Ruiz both said the deal was fair."], "ana-ruiz"),
]


@pytest.mark.parametrize("paragraphs, aid", PEOPLE_OF_BODIES)
def test_a_person_named_with_their_body_speaks(paragraphs, aid):
    assert [a for _, _, a in speakers(paragraphs)] == [aid]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will not give in,” said Finnish farm leader Aino Salo.",
        "“We will not give in,” said the farmers’ union leader Aino Salo.",
        "Salo, however, repeated that the border would stay open.",
    ],
)
def test_a_role_after_the_speech_verb_or_an_aside_before_it_still_gives_the_speaker(sentence):
    _, sts = analyse(article([INTRO, sentence]))
    assert [s.actor for s in sts if s.paragraph == 1] == ["aino-salo"]


def test_a_clause_between_the_verb_and_a_role_is_not_an_inverted_speaker():
    sentence = "“It is over,” said the report on Tuesday that President Tom Reyes had read."
    assert "tom-reyes" not in {a for p, _, a in speakers(["President Tom Reyes arrived in Oslo.", sentence]) if p == 1}


@pytest.mark.parametrize("verb", ["fined", "sued", "banned", "expelled"])
def test_what_a_body_does_to_another_is_an_action(verb):
    actors, sts = analyse(article([f"The Data Protection Commission {verb} Kestrel on Monday."]))
    assert [(s.actor, s.kind) for s in sts] == [("data-protection-commission", "action")]


def test_an_aside_holding_a_number_with_a_thousands_comma_still_gives_the_speaker():
    sentence = "Aino Salo, who lost her seat by about 4,000 votes, said the party accepted “with humility”."
    _, sts = analyse(article(["Prime Minister Tom Reyes called the result a victory.", sentence]))
    assert [(s.actor, s.quote) for s in sts if s.paragraph == 1] == [("aino-salo", "with humility")]
