"""Hostile review files: each is set aside untouched, never stops the review, never runs anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefbook.core.review import ReviewStore

REVIEWS = Path(__file__).parent / "data" / "hostile" / "reviews"


@pytest.mark.parametrize("name", sorted(p.name for p in REVIEWS.glob("*.review.yaml")))
def test_broken_review_file_is_kept_aside_and_the_review_starts(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copy(REVIEWS / name, path)
    original = path.read_bytes()
    store = ReviewStore.open(path)
    messages = store.take_messages()
    assert messages, "the user is told the file was broken"
    aside = [p for p in tmp_path.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    store.toggle_reviewed("a")
    reopened = ReviewStore.open(path)
    assert not reopened.take_messages()
    assert reopened.progress(["a"]).label.startswith("1/1")
