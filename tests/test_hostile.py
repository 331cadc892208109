"""The hostile corpus: every hostile article and manifest gets its expected behaviour, never a traceback or a hang."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefbook.cli import main
from briefbook.core import loading
from briefbook.core.loading import read_source
from briefbook.core.manifest import single_file_briefing

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PROBLEM_LINE = re.compile(r"^.+:\d+:\d+: \S.*$")


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m briefbook ARGS` in a fresh interpreter, with the worktree's sources first."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-m", "briefbook", *args], capture_output=True, timeout=timeout, env=env, cwd=cwd
    )


def test_committed_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    written = make_hostile.write_small(tmp_path)
    for path in written:
        assert (HOSTILE / "articles" / path.name).read_bytes() == path.read_bytes(), path.name
    assert set(make_hostile.SMALL) == set(make_hostile.EXPECTED)


def test_the_hostile_briefing_lists_every_small_article() -> None:
    listed = re.findall(r"file: articles/(\S+)", (HOSTILE / "hostile.yaml").read_text(encoding="utf-8"))
    assert set(make_hostile.SMALL) <= set(listed)


@pytest.mark.parametrize("name", sorted(make_hostile.EXPECTED))
def test_each_hostile_article(name: str) -> None:
    expect = make_hostile.EXPECTED[name]
    article, problems = read_source(single_file_briefing(HOSTILE / "articles" / name).sources[0])
    messages = [p.message.removeprefix("note: ") for p in problems]
    if expect.message is not None:
        assert expect.message in messages
    if not expect.opens:
        assert article is None
        return
    assert article is not None
    texts = [p.text for p in article.paragraphs]
    for paragraph in expect.contains:
        assert paragraph in texts
    if expect.encoding:
        assert article.encoding == expect.encoding
    for text in texts + [article.title]:
        assert not RAW_CONTROL.search(text), text


def test_check_on_the_hostile_briefing_lists_every_unreadable_article() -> None:
    result = run_cli("check", str(HOSTILE / "hostile.yaml"))
    out = result.stdout.decode()
    assert result.returncode == 1
    assert result.stderr == b""
    lines = out.splitlines()
    assert all(PROBLEM_LINE.match(line) for line in lines), out
    unreadable = [n for n, e in make_hostile.EXPECTED.items() if not e.opens] + ["vanished.txt"]
    for name in unreadable:
        assert sum(name in line for line in lines) == 1, name
    assert len(lines) == len(unreadable)


def test_analyze_json_on_the_hostile_briefing() -> None:
    result = run_cli("analyze", str(HOSTILE / "hostile.yaml"), "--json")
    assert result.returncode == 0
    out = result.stdout.decode("utf-8")
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out.replace("\n", "")), "raw control character in JSON"
    data = json.loads(out)
    opened = {Path(a["file"]).name: a for a in data["articles"]}
    assert set(opened) == {n for n, e in make_hostile.EXPECTED.items() if e.opens}
    assert "[bold red]is not bold[/]" in data["briefing"]["title"]
    assert "[@click=app.quit]here[/]" in " ".join(opened["rich-markup.txt"]["paragraphs"])
    assert opened["csi-clear-screen.txt"]["outlet"] == "[reverse]Markup Outlet[/reverse]"
    for value in _strings(data):
        assert not RAW_CONTROL.search(value), value
    err = result.stderr.decode()
    assert "Traceback" not in err
    for name in ("image.txt", "empty.txt", "whitespace.txt", "vanished.txt"):
        assert name in err


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_stderr_never_carries_an_escape_from_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "evil\x1b]52;c;cm0=\x07name.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("A Headline For The Test\n\nThe council met on Tuesday.\n", encoding="utf-8")
    result = run_cli("analyze", str(tmp_path), "--json")
    assert result.returncode == 0
    assert b"\x1b" not in result.stderr and b"\x1b" not in result.stdout
    assert "evil⟨U+001B⟩]52" in result.stderr.decode()


@pytest.mark.parametrize("name", sorted(make_hostile.MANIFESTS))
def test_each_hostile_manifest_never_raises_through_analyze(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["analyze", str(HOSTILE / "briefings" / name), "--json"])
    out, err = capsys.readouterr()
    expected_check_status = make_hostile.MANIFESTS[name][0]
    if expected_check_status == 2:
        assert status == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and err.startswith("briefbook: ")
    else:
        assert status in (0, 2)
        if status == 0:
            json.loads(out)
    assert "\x1b" not in out + err


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    result = run_cli("check", str(HOSTILE / "briefings" / "python-object.yaml"), cwd=tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "briefbook-pwned").exists()


def test_an_article_outside_the_folder_through_a_symlink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("A Secret Headline Here\n\nThe secret is out.\n", encoding="utf-8")
    briefing = tmp_path / "briefing"
    briefing.mkdir()
    (briefing / "link.txt").symlink_to(outside / "secret.txt")
    manifest = briefing / "b.yaml"
    manifest.write_text("title: T\narticles:\n  - file: link.txt\n", encoding="utf-8")
    assert main(["check", str(manifest)]) == 1
    out = capsys.readouterr().out
    assert f"{manifest}:3:11: article file 'link.txt' leaves the briefing's folder (pass --allow-outside to permit it)" in out
    assert main(["check", str(manifest), "--allow-outside"]) == 0
    assert main(["analyze", str(manifest), "--json"]) == 2
    assert main(["analyze", str(manifest), "--json", "--allow-outside"]) == 0


def test_a_fifo_in_place_of_an_article_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real.txt").write_text("A Real Headline For Once\n\nThe council met.\n", encoding="utf-8")
    manifest = tmp_path / "b.yaml"
    manifest.write_text("articles:\n  - file: pipe.txt\n  - file: real.txt\n", encoding="utf-8")
    result = run_cli("check", str(manifest), timeout=30)
    assert result.returncode == 1
    assert "pipe.txt:1:1: the article path is not a regular file (a FIFO, socket or device): skipped" in result.stdout.decode()
    result = run_cli("analyze", str(manifest), "--json", timeout=30)
    assert result.returncode == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["real"]


def test_a_fifo_in_place_of_a_manifest_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "b.yaml")
    result = run_cli("check", str(tmp_path / "b.yaml"), timeout=30)
    assert result.returncode == 2
    assert result.stdout.decode().strip() == f"{tmp_path / 'b.yaml'}:1:1: the manifest is not a regular file (a FIFO, socket or device)"


def test_a_folder_in_place_of_an_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dir.txt").mkdir()
    manifest = tmp_path / "b.yaml"
    manifest.write_text("articles:\n  - file: dir.txt\n", encoding="utf-8")
    assert main(["check", str(manifest)]) == 1
    assert "dir.txt:1:1: the article path is a folder, not a file" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (FileNotFoundError(2, "No such file or directory"), "the article file does not exist"),
        (PermissionError(13, "Permission denied"), "cannot read the article file: Permission denied"),
        (OSError(5, "Input/output error"), "cannot read the article file: Input/output error"),
    ],
)
def test_a_file_that_vanishes_or_loses_permission_while_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], error: OSError, message: str
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Headline Of Article {name}\n\nThe council met on Tuesday.\n", encoding="utf-8")
    real = loading.read_bounded

    def flaky(path: Path, limit: int) -> bytes:
        if Path(path).name == "a.txt":
            raise error
        return real(path, limit)

    monkeypatch.setattr(loading, "read_bounded", flaky)
    assert main(["analyze", str(tmp_path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [a["id"] for a in json.loads(out)["articles"]] == ["b"]
    assert err.strip() == f"{tmp_path / 'a.txt'}:1:1: {message}"


def test_an_unreadable_folder_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(self: Path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().out.strip() == f"{tmp_path}:1:1: cannot read the folder: Permission denied"
    assert main(["analyze", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == f"briefbook: {tmp_path}: cannot read the folder: Permission denied"


PEAK_RSS = (
    "import resource, sys, time\n"
    "from briefbook.cli import main\n"
    "start = time.perf_counter()\n"
    "status = main(sys.argv[1:])\n"
    "sys.stderr.write(f'\\nMEASURE {status} {time.perf_counter() - start:.2f} "
    "{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}\\n')\n"
)


def _measure(*args: str, timeout: float = 180) -> tuple[int, float, int, bytes]:
    """Run the CLI in a subprocess; returns (exit status, seconds, peak RSS in MB, stdout)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], capture_output=True, timeout=timeout, env=env)
    status, seconds, rss = result.stderr.decode().rsplit("MEASURE ", 1)[1].split()
    return int(status), float(seconds), int(rss), result.stdout


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_hostile.write_large(tmp_path_factory.mktemp("large"))


READ_ONLY = (
    "import sys\n"
    "from briefbook.core.loading import read_source\n"
    "from briefbook.core.manifest import single_file_briefing\n"
    "article, problems = read_source(single_file_briefing(__import__('pathlib').Path(sys.argv[1])).sources[0])\n"
    "print(sum(len(p.text) for p in article.paragraphs), sum(len(p.sentences) for p in article.paragraphs))\n"
    "sys.stderr.write(f'\\nMEASURE 0 0 {__import__(\"resource\").getrusage(0).ru_maxrss // 1024}\\n')\n"
)


def test_one_ten_megabyte_line_is_read_cleaned_and_split_in_bounded_memory(large: dict[str, Path]) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run(
        [sys.executable, "-c", READ_ONLY, str(large["one-line-10mb.txt"])], capture_output=True, timeout=120, env=env
    )
    chars, sentences = map(int, result.stdout.split())
    rss = int(result.stderr.decode().rsplit("MEASURE ", 1)[1].split()[2])
    assert chars == len(make_hostile.one_line().decode("utf-8", errors="replace").strip())
    assert sentences >= make_hostile.ONE_LINE_BYTES // len(make_hostile.BODY) - 10
    assert rss < 1024, f"peak RSS {rss} MB"


SLOW = pytest.mark.skipif(
    not os.environ.get("BRIEFBOOK_SLOW_TESTS"),
    reason="slow (tens of seconds, or a hang while statements/quotes are quadratic); set BRIEFBOOK_SLOW_TESTS=1",
)


@SLOW
def test_one_ten_megabyte_line_is_analysed_in_bounded_memory(large: dict[str, Path]) -> None:
    status, _, rss, out = _measure("analyze", str(large["one-line-10mb.txt"]), "--json", timeout=300)
    assert status == 0
    assert rss < 2048, f"peak RSS {rss} MB"
    paragraphs = json.loads(out)["articles"][0]["paragraphs"]
    assert sum(len(p) for p in paragraphs) == len(make_hostile.one_line().decode("utf-8", errors="replace").strip())


@SLOW
def test_a_paragraph_of_unclosed_quotation_marks_is_analysed(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_bytes(make_hostile.unclosed_quotes())
    status, _, _, out = _measure("analyze", str(path), "--json", timeout=120)
    assert status == 0
    assert json.loads(out)["articles"]


def test_a_hundred_thousand_paragraphs_are_analysed_in_bounded_memory(large: dict[str, Path]) -> None:
    status, _, rss, out = _measure("analyze", str(large["paragraphs-100k.txt"]), "--json")
    assert status == 0
    assert rss < 1024, f"peak RSS {rss} MB"
    assert len(json.loads(out)["articles"][0]["paragraphs"]) >= make_hostile.PARAGRAPHS - 1


def test_a_file_over_the_size_bound_is_skipped_without_reading_it(large: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(large["oversize.txt"]), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{large['oversize.txt']}:1:1: the file is 20,971,521 bytes, over the 20,971,520-byte bound: skipped",
        "briefbook: no article could be read",
    ]
    assert main(["check", str(large["oversize.txt"])]) == 1
