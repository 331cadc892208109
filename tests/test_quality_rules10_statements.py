"""General rules for statements: stated wants and pushes as positions, silence that states nothing, occupations
before a name, and joined subjects of an act, checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article, speakers
from passages import said_by as _said_by


def test_a_stated_want_or_aim_is_a_position():
    paras = [
        "Chilean President Rosa Varela, who took office in March, wants a tariff of no more than 4%.",
        "Varela seeks a waiver for copper. Varela has long wanted a deal.",
        "Varela is calling for talks. Varela has been pushing for a summit.",
    ]
    said = _said_by(paras)
    assert {(0, "Rosa Varela"), (1, "Rosa Varela"), (2, "Rosa Varela")} <= said
    assert len(speakers(paras)) == 5


def test_silence_states_nothing():
    intro = "Trade Commissioner Tomas Berke spoke in Vienna on Monday. "
    for silent in (
        "Berke declined to comment.",
        "Berke refused to comment on the talks.",
        "Berke declined comment.",
        "Berke would not comment.",
        "Berke has not commented publicly.",
        "Berke refused to be drawn on the matter.",
        "Berke did not respond to a request for comment.",
        "Berke has not responded to requests for comment.",
        "Berke did not say whether talks would resume.",
        "Berke declined to say when talks would resume.",
        "Berke's spokesman declined to comment.",
    ):
        assert [s for s in speakers([intro + silent]) if s[1] == 1] == [], silent
    # Silence and then words of the speaker's own are still a statement.
    assert speakers([intro + "Berke declined to comment, but said talks would go on."])[-1][1] == 1


def test_the_eu_commissioner_declining_to_comment_states_nothing():
    paras = ["The EU's trade commissioner, Tomas Berke, declined to comment.", "Berke said on Friday that talks went on."]
    assert _said_by(paras) == {(1, "Tomas Berke")}


def test_a_participle_with_its_agent_is_no_verb_of_the_subject():
    paras = ["Union leader Mara Holm, backed by the nurses, said the strike would go on."]
    assert _said_by(paras) == {(0, "Mara Holm")}


def test_an_occupation_before_a_name_opens_the_subject():
    paras = [
        "The French striker Louis Abadie said he would stay.",
        "Brazilian goalkeeper Tiago Sena said he was fit. Veteran driver Kai Lindqvist said the car was slow.",
        "Celebrity chef Ana Prieto said prices rose. The nurse Joy Mensah said wards were full.",
    ]
    said = _said_by(paras)
    assert {(0, "Louis Abadie"), (1, "Tiago Sena"), (1, "Kai Lindqvist"), (2, "Ana Prieto"), (2, "Joy Mensah")} <= said


def test_an_occupation_word_capitalised_stays_in_a_name():
    paras = ["The actor Sam Driver said the film was done. Sam Driver said he was tired."]
    assert (0, "Sam Driver") in _said_by(paras)


def test_joined_countries_pushing_for_something_act():
    paras = [
        "France and Germany had pushed for lighter rules for foundation models during talks last year.",
        "Uruguay, which holds the rotating presidency, urged calm.",
    ]
    assert _said_by(paras) == {(0, "France"), (0, "Germany"), (1, "Uruguay")}


def test_a_name_before_a_pronoun_s_parenthetical_speech_is_spoken_of():
    paras = [
        "Trade Commissioner Piet Vos spoke in Strasbourg. Europe's mills, he argued, face a threat.",
        "Lena Duarte, he said, was \"confusing solidarity with protectionism\".",
    ]
    said = _said_by(paras)
    assert (1, "Piet Vos") in said and (1, "Lena Duarte") not in said


def test_a_wire_dateline_ending_in_a_hyphen_opens_the_subject():
    paras = ["LIMA, March 3 (Wire) - Peru's energy minister, Rosa Quispe, said on Monday that the mine would close."]
    assert _said_by(paras) == {(0, "Rosa Quispe")}


def test_a_quotation_running_over_sentences_and_paragraphs_stays_the_speaker_s():
    paras = [
        "Governor Ida Berg spoke on Thursday.",
        '"Too long compared to what?" she said. "We set policy for the economy we have. If we cut too early, the '
        "poor pay.",
        '"That is not a risk I am willing to take."',
        "Critics are unconvinced.",
    ]
    got = speakers(paras)
    assert [(p, s) for p, s, _ in got] == [(1, 0), (1, 1), (1, 2), (2, 0)]
    _, sts = analyse(article(paras))
    assert sts[2].quote == "If we cut too early, the poor pay"


def test_an_interview_answer_after_a_speaker_s_label_is_the_speaker_s():
    paras = [
        "Talking to Vera Lind",
        "Vera Lind, head of the Bar Association, spoke to us on Monday.",
        "Q: The minister says a refund is impossible.",
        "Lind: Tomas Brand says many things. The money must be returned.",
    ]
    got = speakers(paras)
    actors, _ = analyse(article(paras))
    assert [(p, s, actors[a].name) for p, s, a in got if p == 3] == [(3, 0, "Vera Lind"), (3, 1, "Vera Lind")]


def test_a_pronoun_with_no_one_acting_yet_is_the_one_person_just_named():
    paras = [
        "For trade minister Lena Duarte, the fight over steel is personal.",
        '"When Brussels talks about overcapacity, it talks about my neighbours," she said.',
        "10:07 - Governor Ida Berg is speaking now. She says rates will stay high.",
    ]
    said = _said_by(paras)
    assert {(1, "Lena Duarte"), (2, "Ida Berg")} <= said


def test_an_employer_s_possessive_or_a_pronoun_s_noun_before_a_name_opens_the_subject():
    paras = [
        "Analysts are split. Handelsbanken's Marius Hov said a cut was possible.",
        "Goldman Sachs's Jan Hatzius said rates would fall.",
        "Judge Rita Amon ruled for the state. Her colleague Isaac Lenna disagreed.",
        "The levy, he wrote in his dissent, had been debated for months.",
    ]
    said = _said_by(paras)
    assert {(0, "Marius Hov"), (1, "Jan Hatzius"), (2, "Isaac Lenna"), (3, "Isaac Lenna")} <= said
    assert (3, "Rita Amon") not in said


def test_a_spokesperson_for_a_body_named_by_its_noun_speaks_for_the_body():
    paras = [
        "The European Commission proposed steel quotas on Monday.",
        "A spokesperson for the commission said only that the quotas complied with WTO rules.",
        "The quotas, the spokesperson said, were temporary.",
    ]
    said = _said_by(paras)
    assert {(1, "European Commission"), (2, "European Commission")} <= said


def test_as_someone_put_it_and_a_pause():
    paras = [
        'Marta Kolar, an economist, spoke in Brussels. "Neither is wrong," as Kolar put it, "but neither listens."',
        "Asked whether the bank had waited too long, Governor Ida Berg paused.",
        "Judge Isaac Lenna dissented. The union filed a complaint. Kolar put it on the agenda.",
    ]
    got = {(p, s) for p, s, _ in speakers(paras)}
    assert (0, 1) in got and (1, 0) not in got and (2, 0) in got and (2, 2) not in got


def test_he_after_two_people_joined_by_and_is_no_one():
    paras = [
        'Regional president Ugo Bassi said the damage was huge. "We have never seen this," he said.',
        "Civil protection chief Fabio Curzi and Bassi toured the towns on Tuesday. He said more rain was expected.",
    ]
    actors, sts = analyse(article(paras))
    assert [(s.paragraph, s.sentence) for s in sts if s.paragraph == 1] == []
    assert actors["fabio-curzi"].role == "Civil protection chief"
