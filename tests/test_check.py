"""`briefbook check`: every problem on one line as FILE:LINE:COL: message; exit 0 clean, 1 problems, 2 unreadable."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefbook.cli import main
from briefbook.core.check import check_target
from briefbook.core.manifest import MAX_MANIFEST_BYTES

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402

PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<message>\S.*)$")
ARTICLE = "Ferry Budget Approved By Council\n\nThe harbour council approved the budget on Tuesday.\n"


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    """Run `briefbook check ARGS`; returns the exit status and the lines printed on stdout."""
    status = main(["check", *args])
    out = capsys.readouterr().out
    return status, out.splitlines()


@pytest.mark.parametrize("name", sorted(make_hostile.MANIFESTS))
def test_each_hostile_manifest(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, str(HOSTILE / "briefings" / name))
    expected_status, expected = make_hostile.MANIFESTS[name]
    assert status == expected_status
    parsed = [PROBLEM_LINE.match(line) for line in lines]
    assert all(parsed), lines
    for line, fragment in expected:
        assert any(int(m["line"]) == line and fragment in m["message"] for m in parsed if m), (line, fragment, lines)
    assert len(lines) == len(expected), lines


def _briefing(tmp_path: Path, manifest: str, **articles: str | bytes) -> Path:
    for name, content in articles.items():
        path = tmp_path / name.replace("__", ".")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "briefing.yaml"
    path.write_text(manifest, encoding="utf-8")
    return path


def test_a_clean_briefing_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _briefing(tmp_path, "title: T\narticles:\n  - file: a.txt\n    date: 2025-03-01\n", a__txt=ARTICLE)
    status = main(["check", str(manifest)])
    out, err = capsys.readouterr()
    assert (status, out, err) == (0, "", "ok: 1 articles, no problems\n")


def test_yaml_syntax_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = _briefing(tmp_path, "title: T\narticles:\n  - file: a.txt\n  - file: [b.txt\n", a__txt=ARTICLE)
    status, lines = check(capsys, str(manifest))
    assert status == 2
    assert len(lines) == 1
    assert lines[0].startswith(f"{manifest}:5:1: YAML syntax error: ")
    assert "line 4" in lines[0]


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        ("titel: T\narticles:\n  - file: a.txt\n", "1:1: manifest: unknown key 'titel' (did you mean 'title'?)"),
        ("articels: []\narticles:\n  - file: a.txt\n", "1:1: manifest: unknown key 'articels' (did you mean 'articles'?)"),
        ("articles:\n  - file: a.txt\n    daet: 2025-01-01\n", "3:5: article 1: unknown key 'daet' (did you mean 'date'?)"),
        ("articles:\n  - file: a.txt\nactors:\n  - name: X\n    knd: person\n", "5:5: actor 1: unknown key 'knd' (did you mean 'kind'?)"),
        ("articles:\n  - file: a.txt\n    zzz: 1\n", "3:5: article 1: unknown key 'zzz' (known keys: file, outlet, date, title, drop, id)"),
    ],
)
def test_unknown_keys_with_did_you_mean(tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: str, expected: str) -> None:
    path = _briefing(tmp_path, manifest, a__txt=ARTICLE)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{path}:{expected}"]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("  - file: a.txt\n    outlet: [x]\n", "4:13: article 1: 'outlet' must be text, not a list"),
        ("  - file: a.txt\n    title: {a: b}\n", "4:12: article 1: 'title' must be text, not a mapping"),
        ("  - file: a.txt\n    drop: one\n", "4:11: article 1: 'drop' must be a list, not text"),
        ("  - file: a.txt\n    drop: [[x]]\n", "4:12: each item of article 1: 'drop' must be text, not a list"),
        ("  - file: a.txt\n    drop: ['/(unclosed/']\n", "4:12: article 1: drop pattern '/(unclosed/' is not a valid regular expression"),
        ("  - file: a.txt\n    date: [2025]\n", "4:11: article 1: 'date' must be a date (YYYY-MM-DD), not a list"),
        ("  - file: a.txt\n    date: no\n", "4:11: article 1: 'date' must be a date (YYYY-MM-DD), not true/false"),
        ("  - file: a.txt\n    date: 2025-13-01\n", "4:11: article 1: 'date' is not a date: '2025-13-01' (write YYYY-MM-DD)"),
        ("  - file: a.txt\n    date: March 3rd\n", "4:11: article 1: 'date' is not a date: 'March 3rd' (write YYYY-MM-DD)"),
        ("  - file: a.txt\n    date: 2025-3-1\n", "4:11: article 1: 'date' is not a date: '2025-3-1' (write YYYY-MM-DD)"),
        ("  - outlet: X\n", "3:5: article 1: the 'file' key is missing"),
        ("  - a.txt\n", "3:5: article 1: must be a mapping with a 'file' key, not text"),
    ],
)
def test_wrong_types_and_dates_that_are_not_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str], entry: str, expected: str) -> None:
    path = _briefing(tmp_path, "title: T\narticles:\n" + entry, a__txt=ARTICLE)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert any(line.startswith(f"{path}:{expected}") for line in lines), lines


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("  - kind: person\n", "4:5: actor 1: the 'name' key is missing"),
        ("  - name: X\n    kind: robot\n", "5:11: actor 1: 'kind' must be one of person, organization, country, not 'robot'"),
        ("  - name: X\n    aliases: X\n", "5:14: actor 1: 'aliases' must be a list, not text"),
        ("  - X\n", "4:5: actor 1: must be a mapping with a 'name' key, not text"),
    ],
)
def test_wrong_actor_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str], actor: str, expected: str) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: a.txt\nactors:\n" + actor, a__txt=ARTICLE)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{path}:{expected}"]


def test_missing_and_unreadable_article_files_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: a.txt\n  - file: gone.txt\n  - file: folder.txt\n", a__txt=ARTICLE)
    (tmp_path / "folder.txt").mkdir()
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [
        f"{path}:3:5: the article file does not exist: gone.txt",
        f"{tmp_path / 'folder.txt'}:1:1: the article path is a folder, not a file",
    ]


def test_duplicate_article_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: a.txt\n  - file: sub/../a.txt\n", a__txt=ARTICLE, sub__keep=b"")
    (tmp_path / "sub").mkdir(exist_ok=True)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{path}:3:11: article file 'sub/../a.txt' is listed twice (first at line 2)"]


def test_duplicate_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: a.txt\narticles:\n  - file: a.txt\n", a__txt=ARTICLE)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{path}:3:1: manifest: duplicate key 'articles'"]


@pytest.mark.parametrize("rel", ["../outside.txt", "sub/../../outside.txt"])
def test_outside_paths_are_refused_unless_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str], rel: str) -> None:
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "briefing"
    (folder / "sub").mkdir(parents=True)
    path = _briefing(folder, f"articles:\n  - file: {rel}\n")
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{path}:2:11: article file '{rel}' leaves the briefing's folder (pass --allow-outside to permit it)"]
    assert check(capsys, str(path), "--allow-outside") == (0, [])


def test_absolute_paths_outside_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    path = _briefing(tmp_path / "briefing", f"articles:\n  - file: {tmp_path / 'outside.txt'}\n")
    status, lines = check(capsys, str(path))
    assert status == 1
    assert "leaves the briefing's folder" in lines[0]


def test_a_manifest_in_briefings_may_reach_its_sibling_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = _briefing(tmp_path / "briefings", "articles:\n  - file: ../articles/a.txt\n")
    assert check(capsys, str(path)) == (0, [])


def test_empty_and_white_space_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: e.txt\n  - file: w.txt\n", e__txt=b"", w__txt=b" \n\t\r\n")
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [
        f"{tmp_path / 'e.txt'}:1:1: the article file is empty",
        f"{tmp_path / 'w.txt'}:1:1: the article file holds only white space",
    ]


def test_an_article_over_the_size_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: big.txt\n")
    with (tmp_path / "big.txt").open("wb") as fh:
        fh.truncate(25 * 1024 * 1024)
    status, lines = check(capsys, str(path))
    assert status == 1
    assert lines == [f"{tmp_path / 'big.txt'}:1:1: the file is 26,214,400 bytes, over the 20,971,520-byte bound: skipped"]


def test_a_manifest_over_its_size_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("# " + "x" * MAX_MANIFEST_BYTES + "\narticles: []\n", encoding="utf-8")
    status, lines = check(capsys, str(path))
    assert status == 2
    assert len(lines) == 1 and "over the 2,097,152-byte bound" in lines[0]


def test_a_binary_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: img.txt\n", img__txt=make_hostile.SMALL["image.txt"])
    assert check(capsys, str(path)) == (1, [f"{tmp_path / 'img.txt'}:1:1: the file is not text (binary data): skipped"])


@pytest.mark.parametrize(
    ("manifest", "fragment"),
    [
        ("title: !!python/object:os.system x\narticles: []\n", "the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"),
        ("title: !!python/name:os.system ''\narticles: []\n", "is not allowed"),
        ("title: !!binary aGVsbG8=\narticles: []\n", "the tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("title: !custom x\narticles: []\n", "the tag '!custom' is not allowed"),
        ("a: &x [1]\nb: *x\narticles: []\n", "YAML aliases (*name) are not allowed"),
    ],
)
def test_only_the_safe_loader_and_standard_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str], manifest: str, fragment: str) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(manifest, encoding="utf-8")
    status, lines = check(capsys, str(path))
    assert status == 2
    assert len(lines) == 1 and fragment in lines[0]


def test_a_missing_target_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, str(tmp_path / "nothing.yaml"))
    assert status == 2
    assert lines == [f"{tmp_path / 'nothing.yaml'}:1:1: no such file or folder"]


def test_a_folder_with_no_articles_is_named_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "clippings"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.7\n")
    status, lines = check(capsys, str(folder))
    assert status == 2
    assert lines == [f"{folder}:1:1: no articles here (.txt, .md or .html files) and no briefing manifest"]
    assert main(["analyze", str(folder)]) == 2
    assert capsys.readouterr().err.strip() == f"briefbook: {folder}: no articles here (.txt, .md or .html files) and no briefing manifest"


def test_random_bytes_named_txt_are_skipped_as_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import random

    path = _briefing(tmp_path, "articles:\n  - file: blob.txt\n", blob__txt=random.Random(3).randbytes(4000))
    assert check(capsys, str(path)) == (1, [f"{tmp_path / 'blob.txt'}:1:1: the file is not text (binary data): skipped"])


def test_a_folder_of_articles_and_notes_with_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("Ferry Budget Approved\n\nLe conseil a approuvé le budget.\n".encode("cp1252"))
    status = main(["check", str(tmp_path), "-v"])
    out = capsys.readouterr().out
    assert status == 0
    assert out.splitlines() == [f"{tmp_path / 'a.txt'}:1:1: not UTF-8: read as cp1252 (note)"]


def test_problems_are_listed_in_file_and_line_order(tmp_path: Path) -> None:
    path = _briefing(tmp_path, "articles:\n  - file: a.txt\n    zz: 1\n  - file: gone.txt\ntitel: x\n", a__txt=ARTICLE)
    report = check_target(str(path))
    assert [(p.line, p.col) for p in report.problems] == [(3, 5), (4, 5), (5, 1)]


def test_opening_a_target_without_options_needs_no_argument_parser(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """`briefbook` and `briefbook TARGET` open at once; they behave as through the full parser (here, not a terminal:
    the summary, or the one-line error)."""
    import briefbook.cli as cli

    def refuse():
        raise AssertionError("the argument parser was built")

    (tmp_path / "one.txt").write_text("Harbour talks resume\n\nThe council agreed to send 40 inspectors to Varna.\n")
    monkeypatch.setattr(cli, "build_parser", refuse)
    assert main([str(tmp_path / "one.txt")]) == 0
    assert "Harbour talks resume" in capsys.readouterr().out
    assert main([str(tmp_path / "missing")]) == 2
    assert capsys.readouterr().err.strip().endswith("missing: no such file or folder")
    assert main([]) == 0
    assert "Coalition of the Willing" in capsys.readouterr().out
    monkeypatch.undo()
    assert main(["--allow-outside", str(tmp_path / "missing")]) == 2  # options go through the parser
