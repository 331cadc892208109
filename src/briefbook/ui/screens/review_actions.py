"""The book's review keys: reading state, the sentence cursor, flags, notes, memo export and the saved place.

`ReviewActions` is mixed into the main screen (which owns the bindings); every change goes through the
review store, which saves it at once, and anything the store has to say is shown as a notification.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.message import Message

from ...core.review import (
    ARTICLE,
    CHECK,
    FLAG_LABELS,
    IMPORTANT,
    PARAGRAPH,
    READ,
    SENTENCE,
    UNREAD,
    ReviewStore,
    SaveJob,
    article_anchor,
    paragraph_anchor,
    sentence_anchor,
)
from ..marks import FLAG_GLYPHS

if TYPE_CHECKING:
    from ...core.model import Analysis, Paragraph, Sentence
    from ..widgets.reader import Reader
    from .export import ExportChoice
    from .note_editor import NoteEdit

REVIEW_BINDINGS = [
    Binding("J", "cursor(1)", "Next sentence", show=False, id="review.next_sentence"),
    Binding("K", "cursor(-1)", "Previous sentence", show=False, id="review.previous_sentence"),
    Binding("asterisk", f"flag('{IMPORTANT}')", "Flag important", show=False, id="review.important"),
    Binding("exclamation_mark", f"flag('{CHECK}')", "Flag check this", show=False, id="review.check"),
    Binding("f", "pick_flag", "Flags…", show=False, id="review.flags"),
    Binding("o", "note", "Note", id="review.note"),
    Binding("N", "notes", "Notes on this article…", show=False, id="review.notes"),
    Binding("r", "toggle_reviewed", "Reviewed", id="review.reviewed"),
    Binding("e", "export", "Export memo", show=False, id="review.export"),
]
SAVE_READING_AFTER_SECONDS = 0.4
CURSOR_ACTIONS = frozenset({"cursor", "flag", "pick_flag", "note"})
REVIEW_ACTIONS = CURSOR_ACTIONS | {"toggle_reviewed", "export"}


class ReviewSaved(Message):
    """A save job of the review store finished in its worker thread."""

    def __init__(self, job: SaveJob) -> None:
        """The finished job (its outcome set)."""
        super().__init__()
        self.job = job


class ReviewActions:
    """Review keys of the main screen (a mixin: the screen supplies reader, analysis, index and store)."""

    store: ReviewStore | None
    analysis: Analysis | None
    index: int
    columns: bool

    if TYPE_CHECKING:
        reader: Reader

        def notify(self, message: str, **kwargs) -> None: ...

    # -- reading state and place

    def review_allowed(self, action: str) -> bool:
        """Review keys need a store and an article; cursor keys need the single reader (not columns)."""
        if self.store is None or self.analysis is None or not self.analysis.articles:
            return False
        return not (action in CURSOR_ACTIONS and self.columns)

    def show_store_messages(self) -> None:
        """Show what the store reported (recovered file, merged sessions, failed saves)."""
        if self.store is None:
            return
        for message in self.store.take_messages():
            self.notify(message, markup=False, severity="warning", timeout=10)

    def article_opened(self) -> None:
        """Opening an article marks it read and remembers it as the place to reopen at.

        The contents show the mark at once (the header counts reviewed articles only); the review file is written a moment after the last
        page turn, in a worker thread (each save rewrites the whole file), so no key waits on the disk. Quitting,
        losing the focus and any note or flag save write what is still pending.
        """
        if self.store is None or self.analysis is None or not self.analysis.articles:
            return
        from ..widgets.contents import ContentsList

        article = self.analysis.articles[self.index]
        if self.store.status(article.id) == UNREAD:
            self.store.mark_read(article.id, save=False)
            self.query_one(ContentsList).show_status(article.id, READ)  # type: ignore[attr-defined]
        self.save_soon()

    def save_soon(self) -> None:
        """Save the reading marks and the place a moment after the last change (the timer restarts on each)."""
        timer = getattr(self, "_save_timer", None)
        if timer is not None:
            timer.stop()
        self._save_timer = self.set_timer(SAVE_READING_AFTER_SECONDS, self.save_reading)  # type: ignore[attr-defined]

    def _note_place(self) -> None:
        """Remember the current article and paragraph (kept pending until the next save)."""
        if self.store is None or self.analysis is None or not self.analysis.articles:
            return
        self.store.set_position(self.analysis.articles[self.index].id, 0 if self.columns else self._paragraph_shown(), save=False)

    def save_reading(self) -> None:
        """Write the reading marks and the place in a worker thread (one save at a time; a busy one is waited for)."""
        if self.store is None:
            return
        self._note_place()
        if getattr(self, "_save_job", None) is not None:
            self.save_soon()
            return
        job = self.store.begin_save()
        if job is None:
            self.show_store_messages()
            return
        self._save_job = job
        self.run_worker(lambda: self._run_save(job), thread=True, group="review-save", exit_on_error=False)  # type: ignore[attr-defined]

    def _run_save(self, job: SaveJob) -> None:
        """In the worker thread: write, then hand the outcome back to the screen."""
        job.run()
        self.post_message(ReviewSaved(job))  # type: ignore[attr-defined]

    def on_review_saved(self, message: ReviewSaved) -> None:
        """A save job finished: take in its outcome, say what went wrong, save again if more is pending."""
        job, self._save_job = message.job, None
        if self.store is None or job.store is not self.store:
            return
        self.store.end_save(job)
        self.show_store_messages()
        if job.outcome in (SaveJob.SAVED, SaveJob.STALE) and self.store.pending:
            self.save_soon()

    def _paragraph_shown(self) -> int:
        """The paragraph the reader is at (the one to reopen at)."""
        article = self.reader.article
        if article is None or self.analysis is None or article.id != self.analysis.articles[self.index].id:
            return 0
        return self.reader.current_paragraph()

    def save_position(self) -> None:
        """Write the reading marks and the place now (on quit, on losing focus); waits for a save in progress."""
        if self.store is None:
            return
        self._note_place()
        self.store.flush()
        self.show_store_messages()

    def on_unmount(self) -> None:
        """However the app ends, write what is still pending."""
        if self.store is not None:
            self.store.flush()

    def saved_place(self) -> tuple[int, int | None]:
        """The article index and paragraph saved by the last session (the first article when none)."""
        if self.store is None or self.analysis is None or self.store.position is None:
            return 0, None
        ids = [a.id for a in self.analysis.articles]
        position = self.store.position
        if position.article not in ids:
            return 0, None
        return ids.index(position.article), position.paragraph or None

    def show_review_state(self) -> None:
        """Redraw the header's progress and the contents' marks."""
        from ..widgets.contents import ContentsList

        if self.store is None or self.analysis is None:
            return
        self.show_review_progress()
        self.query_one(ContentsList).show_statuses({a.id: self.store.status(a.id) for a in self.analysis.articles})  # type: ignore[attr-defined]

    def show_review_progress(self) -> None:
        """Redraw the header's count of reviewed articles."""
        from ..widgets.header import BriefingHeader

        if self.store is None or self.analysis is None:
            return
        progress = self.store.progress(a.id for a in self.analysis.articles).label
        self.query_one(BriefingHeader).show_stats(self.analysis, progress)  # type: ignore[attr-defined]

    def action_toggle_reviewed(self) -> None:
        """`r`: mark the article reviewed, or back to read."""
        if self.store is None or self.analysis is None:
            return
        article = self.analysis.articles[self.index]
        from ..widgets.contents import ContentsList

        status = self.store.toggle_reviewed(article.id)
        self.query_one(ContentsList).show_status(article.id, status)  # type: ignore[attr-defined]
        self.show_review_progress()
        progress = self.store.progress(a.id for a in self.analysis.articles).label
        self.notify(f"{'✓ reviewed' if status == 'reviewed' else 'marked not reviewed'} · {progress}", markup=False, timeout=3)
        self.show_store_messages()

    # -- the cursor and flags

    def action_cursor(self, delta: int) -> None:
        """`J`/`K`: move the sentence cursor."""
        self.reader.move_cursor(delta)

    def action_flag(self, kind: str) -> None:
        """`*` and `!`: toggle a flag on the sentence under the cursor."""
        self.reader.bring_cursor_into_view()
        sentence = self.reader.cursor_sentence
        if self.store is None or sentence is None:
            return
        on = self.store.toggle_flag(sentence, kind)
        self.reader.refresh_article(keep_scroll=True)
        self.notify(f"{FLAG_GLYPHS[kind]} {FLAG_LABELS[kind]} {'set' if on else 'cleared'}", markup=False, timeout=2)
        self.show_store_messages()

    def action_pick_flag(self) -> None:
        """`f`: choose any flag for the sentence under the cursor."""
        from .dialogs import FlagPicker

        self.reader.bring_cursor_into_view()
        sentence = self.reader.cursor_sentence
        if self.store is None or sentence is None:
            return
        self.app.push_screen(FlagPicker(sentence.text, self.store.flags_on(sentence)), self._flag_picked)  # type: ignore[attr-defined]

    def _flag_picked(self, kind: str | None) -> None:
        """Toggle the flag the picker returned."""
        if kind:
            self.action_flag(kind)

    # -- notes

    def action_note(self) -> None:
        """`o`: edit the note on the sentence under the cursor, or write a new one (sentence, paragraph or article)."""
        from .note_editor import NoteEditor

        self.reader.bring_cursor_into_view()
        sentence = self.reader.cursor_sentence
        if self.store is None or sentence is None:
            return
        marks = self.store.marks(self.reader.article)  # type: ignore[arg-type]
        existing = marks.sentences.get((sentence.paragraph, sentence.index))
        if existing is not None and existing.notes:
            note = existing.notes[0]
            editor = NoteEditor(sentence.text, text=note.text, scope=SENTENCE, editing=True)
            self.app.push_screen(editor, lambda edit: self._note_edited(note.id, edit))  # type: ignore[attr-defined]
            return
        paragraph = self.reader.cursor_paragraph
        self.app.push_screen(NoteEditor(sentence.text), lambda edit: self._note_written(sentence, paragraph, edit))  # type: ignore[attr-defined]

    def _note_written(self, sentence: Sentence, paragraph: Paragraph | None, edit: NoteEdit | None) -> None:
        """Save a new note on the scope chosen."""
        if edit is None or self.store is None or paragraph is None:
            return
        if edit.scope == SENTENCE:
            anchor = sentence_anchor(sentence)
        elif edit.scope == PARAGRAPH:
            anchor = paragraph_anchor(sentence.article, paragraph)
        else:
            anchor = article_anchor(sentence.article)
        self.store.add_note(anchor, edit.text)
        self.reader.refresh_article(keep_scroll=True)
        self.notify("note saved", markup=False, timeout=2)
        self.show_store_messages()

    def action_notes(self) -> None:
        """`N`: every note on this article (sentence, paragraph, article, orphaned), to reopen one or add one."""
        from .notes_list import NotesList, note_entries

        article = self.reader.article
        if self.store is None or article is None:
            return
        entries = note_entries(article, self.store.marks(article))  # type: ignore[arg-type]
        self.app.push_screen(NotesList(article, entries), self._note_chosen)  # type: ignore[attr-defined,arg-type]

    def _note_chosen(self, choice: object) -> None:
        """Open the chosen note in the editor, or a new note on the whole article."""
        from .note_editor import NoteEditor
        from .notes_list import NEW_ARTICLE_NOTE, NoteEntry

        article = self.reader.article
        if choice is None or article is None or self.store is None:
            return
        if choice == NEW_ARTICLE_NOTE:
            editor = NoteEditor(article.title or article.id, scope=ARTICLE, fixed_scope=True)
            self.app.push_screen(editor, self._article_note_written)  # type: ignore[attr-defined]
        elif isinstance(choice, NoteEntry):
            note = choice.note
            editor = NoteEditor(choice.passage, text=note.text, scope=note.anchor.scope, editing=True)
            self.app.push_screen(editor, lambda edit: self._note_edited(note.id, edit))  # type: ignore[attr-defined]

    def _article_note_written(self, edit: NoteEdit | None) -> None:
        """Save a new note on the whole article."""
        article = self.reader.article
        if edit is None or self.store is None or article is None or not edit.text.strip():
            return
        self.store.add_note(article_anchor(article.id), edit.text)
        self.reader.refresh_article(keep_scroll=True)
        self.notify("note saved", markup=False, timeout=2)
        self.show_store_messages()

    def _note_edited(self, note_id: str, edit: NoteEdit | None) -> None:
        """Save an edited note (deleting it when emptied)."""
        if edit is None or self.store is None:
            return
        try:
            if edit.text.strip():
                self.store.edit_note(note_id, edit.text)
                message = "note saved"
            else:
                self.store.delete_note(note_id)
                message = "note deleted"
        except KeyError:
            self.notify("that note was deleted in another session", markup=False, severity="warning")
            return
        self.reader.refresh_article(keep_scroll=True)
        self.notify(message, markup=False, timeout=2)
        self.show_store_messages()

    # -- the memo

    def default_memo_path(self) -> Path:
        """`<briefing>-memo.md` next to the review file when that sits with the briefing, else in the current folder."""
        name = "briefing"
        if self.analysis is not None:
            manifest = self.analysis.briefing.manifest
            name = Path(manifest).stem if manifest else (Path(self.analysis.briefing.root).name or name)
        folder = Path.cwd()
        if self.store is not None and self.store.where == "next to the briefing":
            folder = self.store.path.parent
        return folder / f"{name}-memo.md"

    def action_export(self) -> None:
        """`e`: write the memo (Markdown or HTML) to a file."""
        from .export import ExportDialog

        if getattr(self.app, "analysis", None) is None:  # type: ignore[attr-defined]
            self.notify("Still analysing the articles: export when the figures are ready", markup=False)
            return
        self.app.push_screen(ExportDialog(self.default_memo_path()), self._export_chosen)  # type: ignore[attr-defined]

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        """Render the memo and write it atomically; say where it went."""
        from ...core.export import render_memo
        from ...core.review import atomic_write

        analysis = getattr(self.app, "analysis", None)  # type: ignore[attr-defined]
        if choice is None or analysis is None or self.store is None:
            return
        text = render_memo(analysis, self.store.state, choice.fmt)
        path = choice.path if choice.path.is_absolute() else Path.cwd() / choice.path
        try:
            atomic_write(path, text.encode("utf-8"))
        except OSError as exc:
            self.notify(f"could not write {path}: {exc.strerror or exc}", markup=False, severity="error")
            return
        self.notify(f"memo written to {path}", markup=False, timeout=8)
