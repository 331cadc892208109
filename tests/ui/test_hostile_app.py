"""The app opened on the hostile briefing: it shows what it could read, names what it could not, never fails."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from briefbook.core.loading import resolve_target
from briefbook.ui.app import make_app

from .helpers import flat, reader_text, rendered_text

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "hostile.yaml"
WIDE = (160, 48)
NARROW = (80, 24)


def _no_controls(text: str) -> bool:
    return not any(ord(ch) < 32 and ch not in "\n\t" or 0x7F <= ord(ch) < 0xA0 for ch in text)


async def _tour(size: tuple[int, int], review_file: Path) -> None:
    briefing, problems = resolve_target(str(HOSTILE))
    app = make_app(briefing, problems=[str(p) for p in problems], review_file=review_file)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        contents = app.book.query_one("#contents", OptionList)
        readable = contents.option_count
        assert 0 < readable < len(briefing.sources)  # the unreadable ones are left out, not fatal
        seen = set()
        for _ in range(readable):
            article = app.book.reader.article
            seen.add(article.id)
            text = reader_text(app.book.reader)
            assert _no_controls(text)
            await pilot.press("n")
            await pilot.pause()
        assert len(seen) == readable
        await pilot.press("d")  # the removed text, with reasons
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"bold")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        for key in ("s", "P", "F", "m", "escape", "escape", "c", "n", "c", "question_mark", "escape"):
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running
        for widget in app.screen.query("*"):
            if widget.display and widget.size.area:
                assert _no_controls(rendered_text(widget))


async def test_hostile_briefing_wide(tmp_path: Path) -> None:
    await _tour(WIDE, tmp_path / "hostile.review.yaml")


async def test_hostile_briefing_narrow(tmp_path: Path) -> None:
    await _tour(NARROW, tmp_path / "hostile.review.yaml")


async def test_markup_from_the_hostile_corpus_is_literal(tmp_path: Path) -> None:
    briefing, _ = resolve_target(str(HOSTILE))
    app = make_app(briefing, review_file=tmp_path / "hostile.review.yaml")
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        contents = app.book.query_one("#contents", OptionList)
        found = False
        for _ in range(contents.option_count):
            text = flat(reader_text(app.book.reader))
            if "[link=file:///etc/passwd]" in text:
                found = True
                break
            await pilot.press("n")
            await pilot.pause()
        assert found
