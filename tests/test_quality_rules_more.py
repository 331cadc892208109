"""More general rules for actors, statements, roles and figures, checked on passages written for these tests."""

from __future__ import annotations

from passages import analyse, article  # noqa: F401


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    from briefbook.core.figures import extract_figures

    return [(f.text, f.value, f.unit) for f in extract_figures(article([text]))[0]]


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
