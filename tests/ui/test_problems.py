"""Problems met reading a briefing: sorted into skipped and repaired articles, named in the notice, listed in full."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefbook.core.loading import resolve_target
from briefbook.core.model import Analysis, Briefing
from briefbook.ui.app import make_app
from briefbook.ui.problems import problem_file, summarise_problems
from briefbook.ui.screens.problems import ProblemsScreen

from .conftest import make_articles
from .helpers import rendered_text

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "hostile.yaml"


@pytest.mark.parametrize(
    ("line", "file"),
    [
        ("/briefs/a.txt:1:1: note: read as cp1251", "/briefs/a.txt"),
        ("C:/odd:name.txt:3:7: the article file is empty", "C:/odd:name.txt"),
        ("no location here", None),
    ],
)
def test_problem_file_is_read_from_the_location(line: str, file: str | None) -> None:
    assert problem_file(line) == file


@pytest.mark.parametrize(
    ("problems", "skipped", "repaired", "notice"),
    [
        ((), 0, 0, None),
        (("read.txt:1:1: note: read as cp1251", "read.txt:1:1: note: 2 control characters removed"), 0, 1,
         "1 article read with repairs · ctrl+p Show problems lists them"),
        (("gone.txt:1:1: the article file does not exist", "empty.txt:1:1: the article file is empty",
          "read.txt:1:1: note: read as cp1251"), 2, 1,
         "2 articles skipped (not readable) · 1 read with repairs · ctrl+p Show problems lists them"),
    ],
)
def test_problems_are_sorted_into_skipped_and_repaired(problems, skipped, repaired, notice) -> None:
    [article] = make_articles([("r", "Outlet", None, "Title", "A paragraph long enough to stand as the text.")])
    article = replace(article, file="read.txt")
    analysis = Analysis(Briefing("T", None, (), "/nowhere"), (article,), problems=problems)
    summary = summarise_problems(analysis)
    assert (len(summary.skipped), len(summary.repaired)) == (skipped, repaired)
    assert summary.notice() == notice
    assert summary.lines == problems


async def test_the_notice_counts_skipped_articles_and_the_palette_lists_every_problem(tmp_path: Path) -> None:
    briefing, problems = resolve_target(str(HOSTILE))
    app = make_app(briefing, problems=[str(p) for p in problems], review_file=tmp_path / "hostile.review.yaml")
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = app.problem_summary()
        assert summary.skipped and len(summary.skipped) < len(briefing.sources)
        assert any(n.message == summary.notice() for n in app._notifications)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Show problems")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listed = rendered_text(app.screen.query_one("#problems-list"))
        assert "Skipped (not readable)" in listed
        assert all(Path(file).name in listed for file in summary.skipped)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)
