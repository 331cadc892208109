"""SVG snapshots of the main views on the default briefing (update with `pytest --snapshot-update`)."""

from __future__ import annotations

import pytest

from briefbook.core.analysis import analyze
from briefbook.core.loading import resolve_target
from briefbook.ui.app import make_app


@pytest.fixture(scope="module")
def default_app_factory(tmp_path_factory):
    """A fresh app on the default briefing (and a fresh review file), analysed up front so snapshots do not race the worker."""
    briefing, _ = resolve_target(None)
    analysis = analyze(briefing)
    return lambda: make_app(briefing, analysis=analysis, review_file=tmp_path_factory.mktemp("review") / "snapshot.review.yaml")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_book(snap_compare, default_app_factory, size) -> None:
    assert snap_compare(default_app_factory(), terminal_size=size)


def test_columns_wide(snap_compare, default_app_factory) -> None:
    assert snap_compare(default_app_factory(), press=["c"], terminal_size=(160, 48))


def test_side_panel_over_the_reader_narrow(snap_compare, default_app_factory) -> None:
    assert snap_compare(default_app_factory(), press=["F"], terminal_size=(80, 24))


def test_contents_over_the_reader_narrow(snap_compare, default_app_factory) -> None:
    assert snap_compare(default_app_factory(), press=["t"], terminal_size=(80, 24))
