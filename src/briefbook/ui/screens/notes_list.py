"""Every note on the article shown, to reopen one: sentence, paragraph, whole-article and orphaned notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Article
from ...core.review import ArticleMarks, Note
from ..marks import quoted
from ..render import plain

NEW_ARTICLE_NOTE = "new-article-note"


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One note as the list shows it: where it sits (a label and the passage) and the note itself."""

    where: str
    passage: str
    note: Note


def note_entries(article: Article, marks: ArticleMarks) -> list[NoteEntry]:
    """The article's notes in reading order: on sentences and paragraphs, on the article, then orphaned ones."""
    entries: list[NoteEntry] = []
    paragraphs = {p.index: p for p in article.paragraphs}
    places = sorted({*marks.sentences, *((p, -1) for p in marks.paragraphs)})
    for paragraph, sentence in places:
        para = paragraphs.get(paragraph)
        if sentence < 0:
            for note in marks.paragraphs[paragraph]:
                entries.append(NoteEntry(f"¶ {paragraph + 1}", para.text if para else "", note))
            continue
        text = next((s.text for s in (para.sentences if para else ()) if s.index == sentence), "")
        for note in marks.sentences[(paragraph, sentence)].notes:
            entries.append(NoteEntry(f"¶ {paragraph + 1}", text, note))
    entries.extend(NoteEntry("article", article.title or "", note) for note in marks.article_notes)
    entries.extend(NoteEntry("orphaned", note.anchor.quote, note) for note in marks.orphaned_notes)
    return entries


def _entry_line(entry: NoteEntry) -> Text:
    """'¶ 3  “passage…”' over the note's first line."""
    line = Text(f"{entry.where:<9}", style="bold")
    line.append(quoted(entry.passage, 60) if entry.passage else "", "italic")
    first = entry.note.text.strip().splitlines()[0] if entry.note.text.strip() else ""
    line.append("\n   ✎ ")
    line.append(first[:70] + ("…" if len(first) > 70 else ""))
    return line


class NotesList(ModalScreen[NoteEntry | str | None]):
    """The article's notes; Enter reopens one in the editor, or starts a note on the whole article; Esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Close", id="notes.close")]

    def __init__(self, article: Article, entries: list[NoteEntry]) -> None:
        """A list over the entries of one article."""
        super().__init__()
        self._article = article
        self._entries = entries

    def compose(self) -> ComposeResult:
        """A heading, one option per note and one for a new note on the article."""
        with Vertical(id="notes-box", classes="dialog"):
            count = len(self._entries)
            heading = f"Notes on {quoted(self._article.title or self._article.id, 50)}: {count or 'none yet'}"
            yield Static(plain(heading, "bold"), markup=False)
            options = [Option(_entry_line(e), id=str(i)) for i, e in enumerate(self._entries)]
            options.append(Option(Text("＋ a new note on the whole article", style="italic"), id=NEW_ARTICLE_NOTE))
            yield OptionList(*options, id="notes-options")
            yield Static(Text("Enter opens the note (an emptied note is deleted) · Esc closes"), classes="dialog-hint", markup=False)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Return the chosen note, or the request for a new article note."""
        event.stop()
        choice = event.option.id
        self.dismiss(NEW_ARTICLE_NOTE if choice == NEW_ARTICLE_NOTE else self._entries[int(choice or 0)])
