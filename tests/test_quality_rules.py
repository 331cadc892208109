"""General rules for actors, figures and reading text, checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article
from passages import figures_in as _figures
from passages import said_by as _said_by


def _names(paragraphs: list[str]) -> set[str]:
    actors, _ = analyse(article(paragraphs))
    return {a.name for a in actors.values()}




def test_a_body_whose_name_holds_and_keeps_its_first_word():
    paras = [
        "The Competition and Markets Authority (CMA) has blocked the takeover of a rival card-payment firm.",
        "The CMA said the merged company would have controlled almost half of the market.",
        "In Washington, the US Food and Drug Administration said the new vaccine was safe for older adults.",
    ]
    names = _names(paras)
    assert "Competition and Markets Authority" in names
    assert "Food and Drug Administration" in names
    assert "Markets Authority" not in names and "Drug Administration" not in names
    assert (1, "Competition and Markets Authority") in _said_by(paras)


def test_and_between_a_country_or_a_speaker_and_a_body_joins_nothing():
    paras = [
        "Britain and the Grain Traders Association said exports would resume next week.",
        "The US and Coastal Shipping Association said the port would reopen.",
    ]
    names = _names(paras)
    assert "Britain and the Grain Traders Association" not in names
    assert not any(n.startswith("US and") for n in names)


def test_an_officer_of_a_long_name_names_no_body_of_its_last_words():
    paras = ["A Department of Health and Social Care spokesperson said contingency plans were in place."]
    names = _names(paras)
    assert "Department of Health and Social Care" in names
    assert "Social Care" not in names


def test_a_company_named_by_one_word_speaks_when_it_is_then_it():
    paras = [
        "Regulators in Brussels fined two technology groups over their handling of user data.",
        "Zentrix said on Tuesday it would appeal against the fine.",
        "Analysts said they expected the appeal to take at least a year.",
        "Hollis said he would step down next month.",
        "The Blue Crescent said it had sent tents to the region.",
    ]
    said = _said_by(paras)
    assert (1, "Zentrix") in said
    names = _names(paras)
    assert "Analysts" not in names and "Hollis" not in names and "Crescent" not in names


def test_colleges_and_international_bodies_speak():
    paras = [
        "The Royal College of Midwives warned that its members could vote for industrial action in the spring.",
        "Fairtrade International called for an independent audit of the growers' accounts.",
        "The International Criminal Court said it had issued a warrant for the former commander.",
    ]
    said = _said_by(paras)
    assert (0, "Royal College of Midwives") in said
    assert (1, "Fairtrade International") in said
    assert (2, "International Criminal Court") in said




def test_an_earthquake_s_magnitude_and_its_missing_and_injured():
    figs = _figures(
        "A magnitude 6.8 earthquake shook the coast on Sunday, killing 41 people and leaving 87 missing, "
        "while a 5.9-magnitude aftershock left 230 injured."
    )
    assert ("magnitude 6.8", 6.8, "magnitude") in figs
    assert ("87 missing", 87.0, "missing") in figs
    assert ("5.9-magnitude", 5.9, "magnitude") in figs
    assert ("230 injured", 230.0, "injured") in figs


def test_missing_before_a_counted_noun_leaves_the_noun_as_the_unit():
    assert ("12 missing fishermen", 12.0, "fishermen") in _figures("The coastguard searched for 12 missing fishermen.")


def test_hyphenated_basis_and_percentage_points():
    figs = _figures("The bank made a 50-basis-point cut after a 0.25-percentage-point rise in March.")
    assert ("50-basis-point", 50.0, "basis points") in figs
    assert ("0.25-percentage-point", 0.25, "percentage points") in figs


def test_a_you_may_also_like_heading_and_its_teasers_leave_the_reading_text():
    from briefbook.core.clean import clean_text

    text = (
        "Nurses in Wales begin three-day walkout\n\n"
        "Nurses across Wales walked out on Tuesday in a long-running dispute over pay and staffing levels, "
        "their union said.\n\n"
        "The Welsh government said its offer of a 5% rise was final.\n\n"
        "You may also like:\n\n"
        "Why are nurses striking?\n"
    )
    kept = " ".join(t for _, t in clean_text(text).paragraphs)
    assert "You may also like" not in kept
    assert "Why are nurses striking?" not in kept
