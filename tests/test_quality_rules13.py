"""Precision of actors and cleaning: a rank's role word is no person's name ('Chief Engineer'), and a chamber's name
over a transcript is its issuer, not its title; checked on passages written for these tests."""

from __future__ import annotations

import pytest
from passages import roles


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
