"""Precision of actors and cleaning: a rank's role word is no person's name ('Chief Engineer'), and a chamber's name
over a transcript is its issuer, not its title; checked on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import roles

from briefbook.core.clean import clean_text


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Dr Amina Yusuf, Chief Engineer of the Environment Agency, said: “The walls will hold.”",
            "Amina Yusuf",
            "Chief Engineer of the Environment Agency",
        ),
        ("Chief Constable Sarah Okafor said the force needed more officers.", "Sarah Okafor", "Chief Constable"),
        ("Detective Inspector Tom Reilly said arrests had doubled.", "Tom Reilly", "Detective Inspector"),
        ("Peter Lang, Senior Economist at the Harbour Institute, said wages had stalled.", "Peter Lang",
         "Senior Economist at the Harbour Institute"),
        ("Mark Evans, Deputy Chief Whip, declined to comment.", "Mark Evans", "Deputy Chief Whip"),
        ("Principal Scientist Ruth Obi said the samples were clean.", "Ruth Obi", "Principal Scientist"),
    ],
)
def test_a_role_word_after_a_rank_is_never_a_name(text, name, role):
    found = roles([text])
    assert found == {name: role}


def test_a_name_after_a_ranked_title_keeps_its_surname():
    found = roles(["Chief Superintendent Ann Baker said the road would reopen."])
    assert found == {"Ann Baker": "Chief Superintendent"}


_SITTING = (
    "Mr Speaker: Order. Questions to the Prime Minister.\n\n"
    "Jane Hartley (Bristol North) (Lab): Will the Prime Minister confirm that funding will rise this year?\n\n"
    "The Prime Minister (Mr David Conway): I can confirm that funding will rise by £120 million.\n"
)


@pytest.mark.parametrize(
    "chamber", ["House of Commons", "House of Lords", "House of Representatives", "Scottish Parliament Official Report"]
)
def test_a_chamber_over_a_transcript_is_its_issuer_and_the_next_heading_its_title(chamber):
    c = clean_text(f"{chamber}\n\nPrime Minister's Questions\n\nWednesday 4 March 2026\n\n" + _SITTING)
    assert c.title == "Prime Minister's Questions"
    assert c.outlet == chamber
    assert c.date == "2026-03-04"
    assert not any(d[0] == "Prime Minister's Questions" for d in c.dropped)


def test_a_possessive_heading_under_a_headline_is_no_byline():
    text = (
        "Flood funding dominates the day in Parliament\n\nPrime Minister's Questions\n\n"
        "Jane Hartley asked the Prime Minister whether funding for flood defences would rise this year.\n"
    )
    c = clean_text(text)
    assert c.title == "Flood funding dominates the day in Parliament"
    assert "Prime Minister's Questions" in [t for _, t in c.paragraphs]


def test_a_name_under_a_headline_is_still_a_byline():
    text = "Flood funding dominates the day in Parliament\n\nJane Doe\n\nJane Hartley asked whether funding would rise this year.\n"
    c = clean_text(text)
    assert "Jane Doe" not in [t for _, t in c.paragraphs]


def test_a_chamber_label_of_two_words_is_skipped_for_the_title():
    c = clean_text("Senate\n\nPrime Minister's Questions\n\nWednesday 4 March 2026\n\n" + _SITTING)
    assert c.title == "Prime Minister's Questions"


def test_a_chamber_named_in_a_headline_stays_the_headline():
    text = "House of Commons votes to fund flood defences\n\nMPs voted by 320 to 210 on Tuesday to fund new flood defences.\n"
    c = clean_text(text)
    assert c.title == "House of Commons votes to fund flood defences"
    assert c.outlet is None
