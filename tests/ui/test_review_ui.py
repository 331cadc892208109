"""Pilot tests of review sessions: every change made with keys, saved to the review file, shown on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from briefbook.core.review import (
    CHECK,
    IMPORTANT,
    PARAGRAPH,
    QUESTION,
    READ,
    REVIEWED,
    SENTENCE,
    UNREAD,
    Anchor,
    ReviewStore,
)
from briefbook.ui.app import make_app
from briefbook.ui.screens.dialogs import ConfirmDiscard, FlagPicker
from briefbook.ui.screens.export import ExportDialog
from briefbook.ui.screens.main import MainScreen
from briefbook.ui.screens.note_editor import NoteEditor
from briefbook.ui.screens.review_actions import SAVE_READING_AFTER_SECONDS

from .helpers import block_text, blocks_with, flat, is_visible_in, notes_text, reader_text, rendered_text

WIDE = (160, 48)
NARROW = (80, 24)


@pytest.fixture
def review_file(tmp_path: Path) -> Path:
    """A review file of the test's own."""
    return tmp_path / "harbour.review.yaml"


async def settled(pilot) -> None:
    """Wait for the reading marks and the place to be written (they are saved a moment after the last key, in a thread)."""
    await pilot.pause(SAVE_READING_AFTER_SECONDS + 0.1)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def saved(review_file: Path) -> ReviewStore:
    """The review as saved on disk (a fresh store, as another session would read it)."""
    return ReviewStore.open(review_file)


def recording(app) -> list[str]:
    """Record the app's notifications as plain messages."""
    messages: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs) -> None:
        messages.append(message)
        original(message, **kwargs)

    app.notify = notify
    return messages


def header(app) -> str:
    """The header line as drawn (its right-hand figures hold the review count)."""
    return rendered_text(app.book.query_one("#briefing-header"))


def contents(app) -> str:
    """The contents list as rendered."""
    return rendered_text(app.book.query_one("#contents", OptionList))


async def test_opening_marks_read_and_r_toggles_reviewed(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert "0/3 reviewed" in header(app)
        assert contents(app).splitlines()[1].lstrip("│ ").startswith("•")
        await settled(pilot)
        assert saved(review_file).status("a") == READ
        assert saved(review_file).status("b") == UNREAD
        await pilot.press("r")
        await pilot.pause()
        assert saved(review_file).status("a") == REVIEWED
        assert "1/3 reviewed" in header(app)
        assert contents(app).splitlines()[1].lstrip("│ ").startswith("✓")
        await pilot.press("n")
        await pilot.pause()
        assert contents(app).splitlines()[3].lstrip("│ ").startswith("•")
        await settled(pilot)
        assert saved(review_file).status("b") == READ
        await pilot.press("p", "r")
        await pilot.pause()
        assert saved(review_file).status("a") == READ
        assert "0/3 reviewed" in header(app)


async def test_reading_marks_waiting_to_be_saved_are_written_on_quit_and_with_a_flag(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("n", "asterisk")
        await pilot.pause()
        on_disk = saved(review_file)
        assert on_disk.status("a") == READ and on_disk.status("b") == READ
        await pilot.press("n", "q")
    on_disk = saved(review_file)
    assert on_disk.status("c") == READ
    assert on_disk.position is not None and on_disk.position.article == "c"


async def test_J_and_K_move_the_sentence_cursor_and_keep_it_on_screen(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=NARROW) as pilot:
        reader = app.book.reader
        await pilot.pause()
        sentences = reader.article.sentences
        assert reader.cursor_sentence == sentences[0]
        await pilot.press("J", "J")
        await pilot.pause()
        assert reader.cursor_sentence == sentences[2]
        await pilot.press("K")
        await pilot.pause()
        assert reader.cursor_sentence == sentences[1]
        await pilot.press(*["J"] * 12)
        await pilot.pause()
        current = reader.cursor_sentence
        assert current == sentences[13]
        view = next(v for v in reader.paragraph_blocks() if v.index == current.paragraph)
        assert view.has_class("-cursor") and is_visible_in(view, reader)
        assert sum(v.has_class("-cursor") for v in reader.paragraph_blocks()) == 1


async def test_cursor_comes_back_to_the_screen_after_scrolling(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=NARROW) as pilot:
        reader = app.book.reader
        await pilot.pause()
        reader.scroll_to(y=30, animate=False)
        await pilot.pause()
        await pilot.press("J")
        await pilot.pause()
        view = next(v for v in reader.paragraph_blocks() if v.index == reader.cursor_sentence.paragraph)
        assert reader.cursor_sentence.paragraph > 0 and is_visible_in(view, reader)


async def test_flag_keys_and_picker(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        reader = app.book.reader
        await pilot.pause()
        await pilot.press("J", "*", "!")
        await pilot.pause()
        sentence = reader.cursor_sentence
        assert saved(review_file).flags_on(sentence) == {IMPORTANT, CHECK}
        text = flat(reader_text(reader))
        assert f"★ ! {sentence.text[:20]}" in text
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FlagPicker)
        assert "on — Enter clears it" in rendered_text(app.screen.query_one(OptionList))
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert saved(review_file).flags_on(sentence) == {IMPORTANT, QUESTION, CHECK}
        await pilot.press("*")
        await pilot.pause()
        assert saved(review_file).flags_on(sentence) == {QUESTION, CHECK}
        assert f"? ! {sentence.text[:20]}" in flat(reader_text(reader))
        await pilot.press("f", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert saved(review_file).flags_on(sentence) == {QUESTION, CHECK}


async def test_note_saved_with_ctrl_s_and_shown_literally(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        reader = app.book.reader
        await pilot.pause()
        await pilot.press("J", "o")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert "ctrl+s saves" in rendered_text(app.screen.query_one(".dialog-hint"))
        await pilot.press(*"Ask about [bold]40[/bold]", "enter", *"and [red]who[/] said it")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        notes = saved(review_file).notes("a")
        assert [n.text for n in notes] == ["Ask about [bold]40[/bold]\nand [red]who[/] said it"]
        assert notes[0].anchor.scope == SENTENCE and notes[0].anchor.quote == reader.cursor_sentence.text
        shown = notes_text(reader)
        assert "✎1 Ask about [bold]40[/bold]" in shown and "and [red]who[/] said it" in shown
        assert "✎1" in reader_text(reader)


async def test_existing_note_opens_for_editing_and_empty_deletes_it(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("o", *"first", "ctrl+s")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert app.screen.query_one("#note-text", TextArea).text == "first"
        await pilot.press(*" and second", "ctrl+s")
        await pilot.pause()
        assert [n.text for n in saved(review_file).notes()] == ["first and second"]
        await pilot.press("o", "f7", "backspace", "ctrl+s")
        await pilot.pause()
        assert saved(review_file).notes() == []


async def test_escape_asks_before_losing_typed_text(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("o", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("o", *"draft", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDiscard)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.text == "draft"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert saved(review_file).notes() == []


async def test_note_on_the_paragraph(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("J", "o", "shift+tab", "right", "enter", "tab", *"whole paragraph", "ctrl+s")
        await pilot.pause()
        [note] = saved(review_file).notes()
        assert note.anchor.scope == PARAGRAPH and note.text == "whole paragraph"
        shown = notes_text(app.book.reader)
        assert "¶ paragraph: whole paragraph" in shown


async def test_orphaned_note_is_listed_not_dropped(analysis, review_file) -> None:
    seeded = ReviewStore.open(review_file)
    seeded.add_note(Anchor("a", SENTENCE, 1, 0, "A sentence the article no longer holds anywhere at all."), "Still [b]mine[/b]")
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        orphans = blocks_with(app.book.reader, "-orphaned")
        assert len(orphans) == 1
        shown = flat(block_text(app.book.reader, orphans[0]))
        assert "no longer in the article" in shown
        assert "A sentence the article no longer holds" in shown and "Still [b]mine[/b]" in shown
        await pilot.press("r")
        await pilot.pause()
        assert [n.text for n in saved(review_file).notes()] == ["Still [b]mine[/b]"]


async def test_reopening_returns_to_the_last_article_and_paragraph(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", *["J"] * 8)
        await pilot.pause()
        left_at = app.book.reader.cursor_sentence.paragraph
        assert left_at >= 5
        await pilot.press("q")
    again = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with again.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.pause()
        reader = again.book.reader
        assert reader.article.id == "c"
        assert reader.cursor_sentence.paragraph == left_at
        view = next(v for v in reader.paragraph_blocks() if v.index == left_at)
        assert is_visible_in(view, reader)


async def test_export_writes_the_memo_with_the_note(analysis, review_file, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    messages = recording(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("J", "o", *"Compare <with> *the* wire", "ctrl+s", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await pilot.pause()
        memo = tmp_path / "nowhere-memo.md"
        assert "Compare \\<with\\> \\*the\\* wire" in memo.read_text(encoding="utf-8")
        assert any(str(memo) in m for m in messages)
        await pilot.press("e", "shift+tab", "right", "enter", "tab", "enter")
        await pilot.pause()
        page = (tmp_path / "nowhere-memo.html").read_text(encoding="utf-8")
        assert "Compare &lt;with&gt; *the* wire" in page


async def test_palette_toggles_reviewed(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"toggle reviewed")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert saved(review_file).status("a") == REVIEWED


async def test_broken_review_file_is_reported_and_set_aside(analysis, review_file) -> None:
    review_file.write_text("briefbook_review: [unclosed\n", encoding="utf-8")
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    messages = recording(app)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert any("damaged" in m and "kept it aside" in m for m in messages)
        assert list(review_file.parent.glob(f"{review_file.name}.broken-*"))
        await settled(pilot)
        assert saved(review_file).status("a") == READ


async def test_data_folder_is_named_the_first_time_only(analysis) -> None:
    first = make_app(analysis.briefing, analysis=analysis)
    messages = recording(first)
    async with first.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert [m for m in messages if "review" in m and "saved in" in m]
        path = first.review.path
    assert path.exists()
    second = make_app(analysis.briefing, analysis=analysis)
    messages = recording(second)
    async with second.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not [m for m in messages if "saved in" in m]


async def test_the_app_analyses_a_folder_and_keeps_its_review_beside_it(tmp_path, monkeypatch) -> None:
    from briefbook.core.loading import resolve_target

    monkeypatch.setenv("BRIEFBOOK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Ferry strike ends\n\nThe ferry crews ended their strike on Tuesday after 12 days, the union said.\n\n"
        "Services to the islands resume tomorrow.\n", encoding="utf-8")
    (folder / "two.txt").write_text(
        "Ferries back\n\nFerries sailed again after a strike of 11 days, the operator said.\n", encoding="utf-8")
    briefing, _ = resolve_target(str(folder))
    app = make_app(briefing)
    async with app.run_test(size=WIDE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.analysis is not None and len(app.analysis.articles) == 2
        assert "0/2 reviewed" in header(app)
        await pilot.press("r")
        await pilot.pause()
        assert "1/2 reviewed" in header(app)
    assert ReviewStore.open(folder / "briefing.review.yaml").progress(a.id for a in app.analysis.articles).reviewed == 1


async def test_N_lists_the_articles_notes_and_reopens_a_paragraph_note(analysis, review_file) -> None:
    from briefbook.ui.screens.notes_list import NotesList

    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("J", "o", "shift+tab", "right", "enter", "tab", *"whole paragraph", "ctrl+s")
        await pilot.pause()
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, NotesList)
        listed = [rendered_text(app.screen.query_one(OptionList)).count(word) for word in ("whole paragraph", "＋")]
        assert listed == [1, 1]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "whole paragraph"
        await pilot.press(*", edited", "ctrl+s")
        await pilot.pause()
        [note] = saved(review_file).notes()
        assert note.anchor.scope == PARAGRAPH and note.text == "whole paragraph, edited"


async def test_N_then_the_last_entry_writes_a_note_on_the_whole_article(analysis, review_file) -> None:
    app = make_app(analysis.briefing, analysis=analysis, review_file=review_file)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("N", "end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"about the whole piece", "ctrl+s")
        await pilot.pause()
        [note] = saved(review_file).notes()
        assert note.anchor.scope == "article" and note.text == "about the whole piece"
        await pilot.press("N", "enter", "f7", "backspace", "ctrl+s")
        await pilot.pause()
        assert saved(review_file).notes() == []
