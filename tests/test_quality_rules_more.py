"""More general rules for actors, statements, roles and figures, checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article
from passages import figures_in as _figures
from passages import kinds as _actors
from passages import roles as _people
from passages import said_by as _said_by


def test_a_bare_number_takes_no_unit_from_another_clause():
    figs = _figures("Floods force 12,000 to flee as the river bursts its banks across 3,500 hectares")
    assert ("12,000", 12000.0, "people") in figs
    assert ("3,500 hectares", 3500.0, "hectares") in figs
    figs = _figures("Officers said 14 were detained after 600 marchers blocked the bridge.")
    assert ("14", 14.0, "people") in figs
    assert not any(unit == "marchers" and value == 14.0 for _, value, unit in figs)


def test_a_list_still_shares_its_unit():
    figs = _figures("Sales grew 3, 7 and 9 percent in the last three quarters.")
    assert ("3", 3.0, "percent") in figs and ("7", 7.0, "percent") in figs


def test_people_moved_by_a_disaster_are_people():
    figs = _figures("The mudslide has displaced 8,000 and buried 40 homes.")
    assert ("8,000", 8000.0, "people") in figs
    assert ("40 homes", 40.0, "homes") in figs






def test_a_body_named_by_its_service_and_place_speaks():
    paras = [
        "NHS Scotland said hospital admissions had fallen for a second week.",
        "Police Wales said three people had been charged after the march.",
        "Transport for Manchester said the tram line would reopen on Friday.",
        "Wales said it would bid to host the finals.",
        "Statistics Canada said the jobless rate rose to 6.8% in March.",
    ]
    said = _said_by(paras)
    for i, name in enumerate(("NHS Scotland", "Police Wales", "Transport for Manchester")):
        assert (i, name) in said
    assert (4, "Statistics Canada") in said
    kinds = _actors(paras)
    assert kinds["Police Wales"] == "organization"
    assert "United Kingdom" not in {n for i, n in said}
    assert not any(n == "Canada" for i, n in said)


def test_a_title_after_a_service_is_no_body():
    names = _actors(["Transport Secretary Ann Hollis said the fares would be frozen."])
    assert "Transport Secretary" not in names


def test_two_word_company_names_are_companies_not_people():
    paras = [
        "The lender lost customers to rival Brightwell Payments last year.",
        "Brightwell Payments said its card volumes had doubled.",
        "Kestrel Energy warned of higher costs, and Osprey Pharma said trials would resume.",
        "Larkspur Media said it had cut 150 jobs.",
    ]
    kinds = _actors(paras)
    for name in ("Brightwell Payments", "Kestrel Energy", "Osprey Pharma", "Larkspur Media"):
        assert kinds.get(name) == "organization", name
    said = _said_by(paras)
    assert (2, "Kestrel Energy") in said and (3, "Larkspur Media") in said


def test_a_police_force_speaks_as_a_body():
    paras = ["The Northshire Police said 14 people had been arrested.", "Anglian Water said supplies were safe."]
    said = _said_by(paras)
    assert (0, "Northshire Police") in said and (1, "Anglian Water") in said


def test_a_short_form_and_the_spelled_out_name_are_one_body():
    paras = [
        "The UN Security Council voted on Monday to extend the mission by a year.",
        "The United Nations Security Council has extended it four times before.",
        "The EU Parliament said it would debate the report.",
    ]
    actors, sts = analyse(article(paras))
    names = {a.name for a in actors.values()}
    assert "United Nations Security Council" in names
    assert "UN Security Council" not in names
    council = next(a for a in actors.values() if a.name == "United Nations Security Council")
    assert "UN Security Council" in council.aliases
    assert {actors[s.actor].name for s in sts if s.paragraph == 0} == {"United Nations Security Council"}
    assert (2, "EU Parliament") in {(s.paragraph, actors[s.actor].name) for s in sts}


def test_observers_from_a_body_speak_for_it():
    paras = [
        "Election observers from the OSCE said the count had been orderly.",
        "Inspectors from the IAEA visited the plant on Monday.",
        "The minister met officials from the OSCE who said little.",
    ]
    said = _said_by(paras)
    assert (0, "OSCE") in said
    assert (1, "International Atomic Energy Agency") in said
    assert (2, "OSCE") not in said


def test_every_subject_of_a_list_shares_its_verb():
    said = _said_by(["Delegates from Chile, Peru, and Bolivia signed the water accord on Friday."])
    assert {(0, "Chile"), (0, "Peru"), (0, "Bolivia")} <= said
    said = _said_by(["Ministers praised Norway, Chile, and Peru, in a note that the envoy, Ana Ruiz, stated was final."])
    assert (0, "Chile") not in said




def test_a_lower_case_rank_before_chief_is_part_of_the_role():
    people = _people(["The crews were led by battalion chief Rosa Varga, who said the blaze was contained."])
    assert people.get("Rosa Varga") == "battalion chief"


def test_a_peer_keeps_the_title_they_go_by():
    paras = ["Lord Hallam said the appeal must be dismissed.", "Hallam added that costs would follow.", "Lady Brenn agreed."]
    people = _people(paras)
    assert "Lord Hallam" in people and "Hallam" not in people
    said = _said_by(paras)
    assert (0, "Lord Hallam") in said and (1, "Lord Hallam") in said


def test_a_knight_or_dame_is_named_by_their_name():
    people = _people(["Sir Tomas Wendt said the report was fair.", "Dame Ida Kerr warned of delays."])
    assert "Tomas Wendt" in people and "Ida Kerr" in people


def test_judges_are_named_with_their_judicial_role():
    paras = [
        "Chief Justice Mara Linde wrote for the majority.",
        "Justice Omar Sayed said the lower court had erred.",
        "In London, Mr Justice Pellow said the policy was irrational.",
        "Lord Justice Avery said the appeal was dismissed.",
    ]
    people = _people(paras)
    assert people.get("Mara Linde") == "Chief Justice"
    assert people.get("Omar Sayed") == "Justice"
    assert people.get("Pellow") == "Justice"
    assert people.get("Avery") == "Lord Justice"
    said = _said_by(paras)
    assert {(0, "Mara Linde"), (1, "Omar Sayed"), (2, "Pellow"), (3, "Avery")} <= said



def test_the_first_lady_is_no_part_of_a_name():
    people = _people(["First Lady Nora Valdes said the school would reopen."])
    assert "Nora Valdes" in people and not any(n.startswith(("First", "Lady")) for n in people)


def test_a_body_that_only_acts_is_an_actor():
    paras = [
        "The ICAO has provisionally suspended the federation's licence pending an inquiry.",
        "Fifa fined the club after the match was abandoned.",
        "The Supreme Court struck down the law on Friday.",
        "The central bank said inflation was easing, and the Reserve Bank of Tavaria cut rates by a quarter point.",
    ]
    said = _said_by(paras)
    assert (0, "ICAO") in said
    assert (1, "FIFA") in said
    assert (2, "Supreme Court") in said
    assert (3, "Reserve Bank of Tavaria") in said


def test_a_disease_or_a_thing_named_by_letters_does_not_act():
    names = _actors(["COVID halted production at the plant for weeks.", "LNG imports rose sharply."])
    assert "COVID" not in names and "LNG" not in names


def test_an_officer_of_a_company_has_a_role_and_speaks():
    paras = ["Chief financial officer Lena Marsh said the company still expected a margin of 5%."]
    assert _people(paras).get("Lena Marsh") == "Chief financial officer"
    assert (0, "Lena Marsh") in _said_by(paras)


def test_a_rival_is_no_word_of_a_company_s_name():
    paras = ["Rival Corvane Automotive said its profit rose.", "Its rival Quillon Payments said volumes doubled."]
    said = _said_by(paras)
    assert (0, "Corvane Automotive") in said and (1, "Quillon Payments") in said


def test_the_owner_of_a_title_opens_the_speaker_s_noun_phrase():
    paras = [
        "The union's secretary general, Rita Mendes, told the crowd that the reform would fail.",
        "The agency declared an emergency, and its regional director, Jonas Pell, called for urgent action.",
    ]
    said = _said_by(paras)
    assert (0, "Rita Mendes") in said and (1, "Jonas Pell") in said


def test_a_ministry_is_a_country_s_and_the_company_a_company_s():
    paras = [
        "The World Health Organization said cases had doubled.",
        "In Moldova, where nine children have died, the health ministry said it had sent 20,000 doses.",
        "Brackley Motors said profit fell. The company said it would cut 900 jobs.",
    ]
    said = _said_by(paras)
    assert (1, "Moldova") in said and (1, "World Health Organization") not in said
    assert (2, "Brackley Motors") in said


def test_health_figures_count_cases():
    figs = _figures("Officials counted 1,210 confirmed cases this year, compared with 240 in the whole of last year.")
    assert ("1,210 confirmed cases", 1210.0, "cases") in figs
    assert ("240", 240.0, "cases") in figs
    figs = _figures("Cholera cases had more than doubled in a month, reaching 8,400 by Friday.")
    assert ("8,400", 8400.0, "cases") in figs


def test_a_protest_s_crowd_and_who_took_part_are_people():
    figs = _figures("Police put the crowd at 38,000, while the organisers said more than 90,000 had taken part.")
    assert ("38,000", 38000.0, "people") in figs
    assert ("more than 90,000", 90000.0, "people") in figs


def test_a_hyphenated_word_before_a_plural_noun_leaves_the_noun_as_the_unit():
    assert ("9 fishing-boat licences", 9.0, "licences") in _figures("The ministry revoked 9 fishing-boat licences.")


def test_a_speaker_opening_a_clause_of_their_own_leaves_the_first_clause_to_its_subject():
    said = _said_by(
        ["The World Health Organization has declared a graded emergency, and its regional director, Ivo Brand, called for calm."]
    )
    assert {(0, "World Health Organization"), (0, "Ivo Brand")} <= said


def test_a_medical_or_scientific_officer_s_title_reaches_its_owner():
    paras = [
        "Wales's chief medical officer, Ewa Lindqvist, said the risk was low.",
        "Chief scientific adviser Nora Bell said the data were clear.",
        "Scotland Yard said two men had been charged.",
    ]
    people = _people(paras)
    assert people.get("Nora Bell") == "Chief scientific adviser"
    said = _said_by(paras)
    assert {(0, "Ewa Lindqvist"), (1, "Nora Bell"), (2, "Scotland Yard")} <= said
    assert _actors(paras).get("Scotland Yard") == "organization"
