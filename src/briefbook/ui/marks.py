"""How review marks read on screen: flag glyphs, note markers and note blocks, built as Rich Text (never markup)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from ..core.review import (
    CHECK,
    FLAG_LABELS,
    FLAGS,
    IMPORTANT,
    QUESTION,
    ArticleMarks,
    Flag,
    Note,
)
from .render import plain

FLAG_GLYPHS = {IMPORTANT: "★", QUESTION: "?", CHECK: "!"}
NOTE_GLYPH = "✎"
QUOTE_WIDTH = 70
STATUS_GLYPHS = {"reviewed": "✓", "read": "•", "unread": " "}


@dataclass(frozen=True)
class MarkStyles:
    """The styles of review marks, resolved from the reader's component classes."""

    cursor: Style = field(default_factory=lambda: Style(reverse=True))
    flags: dict[str, Style] = field(default_factory=lambda: {k: Style(bold=True) for k in FLAGS})
    note_marker: Style = field(default_factory=lambda: Style(dim=True))


def flag_badge(kinds: frozenset[str] | Sequence[str], styles: MarkStyles) -> list[tuple[str, Style]]:
    """The glyphs shown before a flagged sentence, in a fixed order (★ important, ? question, ! check this)."""
    return [(f"{FLAG_GLYPHS[k]} ", styles.flags.get(k, Style(bold=True))) for k in FLAGS if k in kinds]


def flag_names(kinds: frozenset[str] | Sequence[str]) -> str:
    """'★ important, ! check this' for a set of flags."""
    return ", ".join(f"{FLAG_GLYPHS[k]} {FLAG_LABELS[k]}" for k in FLAGS if k in kinds)


def quoted(text: str, width: int = QUOTE_WIDTH) -> str:
    """A passage on one line, cut at a word near `width`, in quotation marks."""
    flat = " ".join(text.split())
    if len(flat) > width:
        cut = flat[: width - 1]
        space = cut.rfind(" ")
        flat = (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"
    return f"“{flat}”"


def note_numbers(marks: ArticleMarks, paragraphs: Sequence[tuple[int, Sequence[int]]]) -> dict[str, int]:
    """Footnote numbers of placed notes: article notes first, then per paragraph its sentences' notes, then its own."""
    numbers: dict[str, int] = {}
    placed = [*marks.article_notes]
    for paragraph, sentences in paragraphs:
        for sentence in sentences:
            found = marks.sentences.get((paragraph, sentence))
            placed.extend(found.notes if found else ())
        placed.extend(marks.paragraphs.get(paragraph, ()))
    for note in placed:
        numbers.setdefault(note.id, len(numbers) + 1)
    return numbers


def note_entry(number: int | None, note: Note, label: str = "") -> Text:
    """One note: '✎3 ' (and a label such as '¶ paragraph'), then its text, continuation lines indented."""
    head = Text(f"{NOTE_GLYPH}{number if number is not None else ''} ", style="bold")
    if label:
        head.append(f"{label} ", "italic")
    indent = " " * len(head.plain)
    lines = note.text.rstrip("\n").split("\n") or [""]
    head.append_text(plain(lines[0]))
    for line in lines[1:]:
        head.append("\n" + indent)
        head.append_text(plain(line))
    if note.conflict_of:
        head.append("\n" + indent)
        head.append("(kept both: another session edited this note too)", "italic")
    return head


def notes_block(entries: Sequence[tuple[int | None, Note, str]]) -> Text:
    """Several notes, one after another."""
    block = Text()
    for n, (number, note, label) in enumerate(entries):
        if n:
            block.append("\n")
        block.append_text(note_entry(number, note, label))
    return block


def orphans_block(notes: Sequence[Note], flags: Sequence[Flag]) -> Text:
    """Notes and flags whose passage is no longer in the article, with the passage as it read."""
    count = len(notes) + len(flags)
    block = Text(f"Passage no longer in the article ({count}): kept here, never dropped", style="bold")
    for note in notes:
        block.append("\n")
        block.append_text(plain(f"{NOTE_GLYPH} on {quoted(note.anchor.quote or '(the article)')}", "italic"))
        block.append("\n  ")
        block.append_text(_indented(note.text, "  "))
    for flag in flags:
        block.append("\n")
        block.append_text(plain(f"{flag_names([flag.kind])} on {quoted(flag.anchor.quote)}", "italic"))
    return block


def _indented(text: str, indent: str) -> Text:
    """Plain text with every line after the first indented."""
    out = Text()
    for n, line in enumerate(text.rstrip("\n").split("\n")):
        if n:
            out.append("\n" + indent)
        out.append_text(plain(line))
    return out


def status_glyph(status: str) -> str:
    """✓ reviewed, • read, blank unread."""
    return STATUS_GLYPHS.get(status, " ")
