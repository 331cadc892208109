"""A review file the last save wrote is read back at the next start without parsing its YAML; anything else is parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.core import review as rv


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BRIEFBOOK_CACHE_DIR", str(folder))
    monkeypatch.delenv("BRIEFBOOK_NO_CACHE", raising=False)
    return folder


def no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any use of PyYAML fail the test."""

    def refuse():
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(rv, "_yaml", refuse)


def saved_store(path: Path) -> rv.ReviewStore:
    store = rv.ReviewStore.open(path, title="Harbour")
    store.mark_read("harbour")
    store.set_status("quay", rv.REVIEWED)
    return store


def test_the_next_start_takes_what_the_last_save_wrote_without_parsing_yaml(cache, tmp_path, monkeypatch) -> None:
    path = tmp_path / "harbour.review.yaml"
    before = saved_store(path).state
    assert list((cache / "reviews").glob("*.json"))
    no_yaml(monkeypatch)
    again = rv.ReviewStore.open(path, title="Harbour")
    assert again.messages == []
    assert again.state == before
    assert again.state.status("quay") == rv.REVIEWED


def test_a_file_edited_by_hand_is_parsed_and_the_edit_wins(cache, tmp_path) -> None:
    path = tmp_path / "harbour.review.yaml"
    saved_store(path)
    path.write_text(path.read_text().replace("status: reviewed", "status: read"))
    again = rv.ReviewStore.open(path, title="Harbour")
    assert again.state.status("quay") == rv.READ


@pytest.mark.parametrize("junk", [b"", b"{not json", b'{"sha256": 3, "data": []}', b'["a list"]'])
def test_a_damaged_memo_is_ignored(cache, tmp_path, junk) -> None:
    path = tmp_path / "harbour.review.yaml"
    before = saved_store(path).state
    for memo in (cache / "reviews").glob("*.json"):
        memo.write_bytes(junk)
    assert rv.ReviewStore.open(path, title="Harbour").state == before


def test_a_memo_whose_data_does_not_fit_is_ignored(cache, tmp_path) -> None:
    path = tmp_path / "harbour.review.yaml"
    before = saved_store(path).state
    (memo,) = (cache / "reviews").glob("*.json")
    text = memo.read_text().replace('"briefbook_review": 1', '"briefbook_review": 99')
    memo.write_text(text)
    assert rv.ReviewStore.open(path, title="Harbour").state == before


def test_nothing_is_remembered_with_the_cache_turned_off(cache, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFBOOK_NO_CACHE", "1")
    saved_store(tmp_path / "harbour.review.yaml")
    assert not cache.exists()


def test_a_file_parsed_once_is_not_parsed_at_the_next_start(cache, tmp_path, monkeypatch) -> None:
    path = tmp_path / "harbour.review.yaml"
    before = saved_store(path).state
    for memo in (cache / "reviews").glob("*.json"):
        memo.unlink()
    assert rv.ReviewStore.open(path, title="Harbour").state == before  # parsed, and remembered
    no_yaml(monkeypatch)
    assert rv.ReviewStore.open(path, title="Harbour").state == before
