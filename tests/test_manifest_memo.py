"""A manifest read before, unchanged, is taken from the cache folder without YAML; its paths are checked again."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.core import manifest as mf

MANIFEST = """\
title: Ferry budget
questions:
  - Is the budget enough?
actors:
  - name: Ana Ruiz
    kind: person
    aliases: [Ruiz]
articles:
  - file: a.txt
    outlet: Harbour Post
    date: 2025-03-01
    title: The vote
    drop: ["Subscribe now"]
  - file: b.txt
"""


@pytest.fixture
def briefing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFBOOK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFBOOK_NO_CACHE", raising=False)
    folder = tmp_path / "briefing"
    folder.mkdir()
    (folder / "a.txt").write_text("The council voted.\n")
    (folder / "b.txt").write_text("The ferry runs.\n")
    (folder / "ferry.yaml").write_text(MANIFEST)
    return folder


def refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the manifest was parsed")

    monkeypatch.setattr(mf, "parse_manifest", refuse)


def test_an_unchanged_manifest_is_read_again_without_parsing(briefing_folder, monkeypatch) -> None:
    path = briefing_folder / "ferry.yaml"
    first, problems = mf.read_manifest(path)
    assert problems == []
    refuse_parsing(monkeypatch)
    again, problems = mf.read_manifest(path)
    assert problems == []
    assert again == first
    assert again.sources[0].drop == ("Subscribe now",) and again.actors[0].aliases == ("Ruiz",)


def test_an_edited_manifest_is_parsed_again(briefing_folder) -> None:
    path = briefing_folder / "ferry.yaml"
    mf.read_manifest(path)
    path.write_text(MANIFEST.replace("Ferry budget", "Ferry budget, revised"))
    assert mf.read_manifest(path)[0].title == "Ferry budget, revised"


def test_a_path_that_now_leads_outside_the_folder_is_caught(briefing_folder, tmp_path) -> None:
    path = briefing_folder / "ferry.yaml"
    mf.read_manifest(path)
    outside = tmp_path / "secret.txt"
    outside.write_text("not for the briefing\n")
    (briefing_folder / "b.txt").unlink()
    (briefing_folder / "b.txt").symlink_to(outside)
    briefing, problems = mf.read_manifest(path)
    assert [s.id for s in briefing.sources] == ["a"]
    assert any("leaves the briefing's folder" in p.message for p in problems)


def test_a_manifest_with_problems_is_not_remembered(briefing_folder, monkeypatch) -> None:
    path = briefing_folder / "ferry.yaml"
    path.write_text(MANIFEST + "  - file: missing-key-below.txt\n    colour: red\n")
    first = mf.read_manifest(path)
    assert first[1]
    assert mf.read_manifest(path) == first  # parsed again, the same problems reported


@pytest.mark.parametrize("junk", [b"", b"[1, 2", b'{"sha256": null}', b'{"sha256": "x", "shape": "y", "briefing": 3}'])
def test_a_damaged_memo_is_ignored(briefing_folder, junk) -> None:
    path = briefing_folder / "ferry.yaml"
    first = mf.read_manifest(path)
    for memo in (briefing_folder.parent / "cache" / "manifests").glob("*.json"):
        memo.write_bytes(junk)
    assert mf.read_manifest(path) == first


def test_nothing_is_remembered_with_the_cache_turned_off(briefing_folder, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFBOOK_NO_CACHE", "1")
    mf.read_manifest(briefing_folder / "ferry.yaml")
    assert not (briefing_folder.parent / "cache").exists()
