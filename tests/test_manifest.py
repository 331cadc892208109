"""The manifest format: every key read into the briefing, paths resolved, strings made safe."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.core.loading import resolve_target
from briefbook.core.manifest import (
    ManifestError,
    folder_briefing,
    parse_manifest,
    read_manifest,
)

FULL = """\
title: Ferry budget
description: How three papers reported the harbour council's vote.
questions:
  - Is the budget enough?
actors:
  - name: Ana Ruiz
    kind: person
    role: Mayor
    aliases: [Mayor Ruiz, Ruiz]
    group: council
articles:
  - file: a.txt
    outlet: Harbour Post
    date: 2025-03-04
    title: Council approves ferry budget
    drop: ["Subscribe to the Post", "/^Photo: .*$/"]
    id: post
  - file: sub/b.md
"""


def parse(text: str, tmp_path: Path, **kw: bool):
    """Parse a manifest written at tmp_path/m.yaml."""
    return parse_manifest(tmp_path / "m.yaml", text, **kw)


def test_every_key_is_read(tmp_path: Path) -> None:
    briefing, problems = parse(FULL, tmp_path)
    assert problems == []
    assert briefing.title == "Ferry budget"
    assert briefing.description == "How three papers reported the harbour council's vote."
    assert briefing.questions == ("Is the budget enough?",)
    (actor,) = briefing.actors
    assert (actor.name, actor.kind, actor.role, actor.aliases, actor.group) == (
        "Ana Ruiz", "person", "Mayor", ("Mayor Ruiz", "Ruiz"), "council",
    )
    first, second = briefing.sources
    assert first.id == "post"
    assert first.path == str(tmp_path / "a.txt")
    assert (first.outlet, first.date, first.title) == ("Harbour Post", dt.date(2025, 3, 4), "Council approves ferry budget")
    assert first.drop == ("Subscribe to the Post", "/^Photo: .*$/")
    assert (first.order, first.line) == (0, 12)
    assert (second.id, second.path, second.order, second.outlet, second.date) == ("b", str(tmp_path / "sub" / "b.md"), 1, None, None)


def test_the_title_defaults_to_the_file_name(tmp_path: Path) -> None:
    briefing, _ = parse_manifest(tmp_path / "ferry_budget-2025.yaml", "articles:\n  - file: a.txt\n")
    assert briefing.title == "ferry budget 2025"


def test_dates_may_be_quoted(tmp_path: Path) -> None:
    briefing, problems = parse("articles:\n  - file: a.txt\n    date: '2025-03-04'\n", tmp_path)
    assert problems == [] and briefing.sources[0].date == dt.date(2025, 3, 4)


def test_empty_values_are_unknown_not_errors(tmp_path: Path) -> None:
    briefing, problems = parse("title:\narticles:\n  - file: a.txt\n    outlet:\n    date: ~\n    drop: []\n", tmp_path)
    assert problems == []
    assert (briefing.sources[0].outlet, briefing.sources[0].date, briefing.sources[0].drop) == (None, None, ())


def test_same_ids_are_made_unique(tmp_path: Path) -> None:
    briefing, _ = parse("articles:\n  - file: a.txt\n  - file: x/a.txt\n  - file: y/a.md\n", tmp_path)
    assert [s.id for s in briefing.sources] == ["a", "a-2", "a-3"]


def test_an_article_with_a_problem_is_left_out_and_the_rest_kept(tmp_path: Path) -> None:
    briefing, problems = parse("articles:\n  - file: a.txt\n  - outlet: no file\n  - file: ../out.txt\n  - file: c.txt\n", tmp_path)
    assert [s.id for s in briefing.sources] == ["a", "c"]
    assert [(p.line, p.fatal) for p in problems] == [(3, False), (4, False)]


def test_outside_paths_are_kept_with_allow_outside(tmp_path: Path) -> None:
    briefing, problems = parse("articles:\n  - file: ../out.txt\n  - file: /etc/hostname\n", tmp_path, allow_outside=True)
    assert problems == []
    assert [s.id for s in briefing.sources] == ["out", "hostname"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the manifest is empty"),
        ("# only a comment\n", "the manifest is empty"),
        ("title: T\n", "the manifest has no 'articles' list"),
        ("articles: {file: a.txt}\n", "'articles' must be a list, not a mapping"),
        ("just text\n", "a manifest must be a mapping with an 'articles' list, not text"),
        ("articles: [\n", "YAML syntax error"),
        ("articles:\n\t- file: a.txt\n", "YAML syntax error"),
        ("--- \narticles: []\n---\narticles: []\n", "YAML syntax error"),
    ],
)
def test_manifests_that_cannot_be_used(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ManifestError) as exc:
        parse(text, tmp_path)
    assert message in exc.value.problem.message
    assert exc.value.problem.fatal


def test_an_empty_article_list_is_a_problem_not_a_failure(tmp_path: Path) -> None:
    briefing, problems = parse("articles: []\n", tmp_path)
    assert briefing.sources == ()
    assert [p.message for p in problems] == ["'articles' is empty: a briefing needs at least one article"]


def test_strings_from_the_manifest_are_sanitised(tmp_path: Path) -> None:
    text = (
        'title: "\\e]0;pwned\\aFerry \\e[1mbudget\\e[0m\\x9b2J"\n'
        'description: "[bold]kept[/] \\u202eliteral\\u202c"\n'
        "articles:\n"
        '  - file: a.txt\n'
        '    outlet: "Post\\e[2J\\nExtra line"\n'
    )
    briefing, problems = parse(text, tmp_path)
    assert problems == []
    assert briefing.title == "Ferry budget"
    assert briefing.description == "[bold]kept[/] \u202eliteral\u202c"
    assert briefing.sources[0].outlet == "Post Extra line"


def test_a_bom_and_crlf_line_ends_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_bytes(b"\xef\xbb\xbftitle: T\r\narticles:\r\n  - file: a.txt\r\n")
    briefing, problems = read_manifest(path)
    assert problems == [] and briefing.title == "T"


def test_a_folder_briefing_takes_articles_in_file_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "a.txt", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    briefing = folder_briefing(tmp_path)
    assert [Path(s.path).name for s in briefing.sources] == ["a.md", "a.txt", "b.txt"]
    assert [s.id for s in briefing.sources] == ["a", "a-2", "b"]


def test_a_folder_with_one_manifest_opens_the_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "story.yaml").write_text("title: Story\narticles:\n  - file: a.txt\n", encoding="utf-8")
    (tmp_path / "story.review.yaml").write_text("marks: {}\n", encoding="utf-8")
    briefing, problems = resolve_target(str(tmp_path))
    assert (briefing.title, problems) == ("Story", [])


def test_the_default_manifest_is_clean(default_manifest: Path) -> None:
    briefing, problems = read_manifest(default_manifest)
    assert problems == []
    assert len(briefing.sources) == 5
    assert all(s.outlet and s.date and s.title for s in briefing.sources)
