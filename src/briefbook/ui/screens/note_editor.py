"""The note editor: plain text over several lines on a sentence, its paragraph or the whole article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import RadioButton, RadioSet, Static, TextArea

from ...core.review import ARTICLE, PARAGRAPH, SCOPES, SENTENCE
from ..marks import quoted
from ..render import plain

SCOPE_LABELS = {SENTENCE: "this sentence", PARAGRAPH: "its paragraph", ARTICLE: "whole article"}


@dataclass(frozen=True, slots=True)
class NoteEdit:
    """What the editor returns: the note's text and what it is on."""

    text: str
    scope: str


class NoteEditor(ModalScreen[NoteEdit | None]):
    """Write or edit a note. ctrl+s saves; Esc cancels, asking first if typed text would be lost.

    A new note chooses its scope (sentence, paragraph, article); an existing one keeps it. Saving an edited
    note empty deletes it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", priority=True, id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(
        self, passage: str, *, text: str = "", scope: str = SENTENCE, editing: bool = False, fixed_scope: bool = False
    ) -> None:
        """An editor on a passage (the quoted sentence), with the note's current text when editing.

        A new note offers the three scopes, unless `fixed_scope` keeps it on `scope`.
        """
        super().__init__()
        self._passage = passage
        self._initial = text
        self._scope = scope
        self._editing = editing
        self._fixed = editing or fixed_scope

    def compose(self) -> ComposeResult:
        """Heading, scope choice (new notes), the text area and the keys."""
        with Vertical(id="note-box", classes="dialog"):
            verb = "Edit the note" if self._editing else "New note"
            heading = plain(f"{verb} on {SCOPE_LABELS[self._scope] if self._fixed else 'this sentence (or choose below)'}:", "bold")
            yield Static(heading, markup=False)
            yield Static(plain(quoted(self._passage, 200), "italic"), id="note-passage", markup=False)
            if not self._fixed:
                with RadioSet(id="note-scope"):
                    for scope in SCOPES:
                        yield RadioButton(SCOPE_LABELS[scope], value=scope == self._scope, name=scope)
            yield TextArea(self._initial, id="note-text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
            hint = "ctrl+s saves · Esc cancels · Tab moves" + (" · an empty note is deleted" if self._editing else "")
            yield Static(Text(hint), classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        """Start typing at once."""
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """The text typed so far."""
        return self.query_one("#note-text", TextArea).text

    @property
    def scope(self) -> str:
        """The chosen scope (a new note's radio buttons; an edited note's own)."""
        if self._fixed:
            return self._scope
        pressed = self.query_one("#note-scope", RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name in SCOPES else SENTENCE

    def action_save(self) -> None:
        """Return the note (a new empty note is simply not made)."""
        text = self.text.strip("\n")
        if not text.strip() and not self._editing:
            self.dismiss(None)
            return
        self.dismiss(NoteEdit(text if text.strip() else "", self.scope))

    def action_cancel(self) -> None:
        """Close without saving; ask first when typed text would be lost."""
        if self.text == self._initial:
            self.dismiss(None)
            return
        from .dialogs import ConfirmDiscard

        self.app.push_screen(ConfirmDiscard("Discard the text you typed?"), self._confirmed)

    def _confirmed(self, discard: bool | None) -> None:
        """Close when the user said to discard."""
        if discard:
            self.dismiss(None)
