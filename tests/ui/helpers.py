"""Reading what the app shows: rendered lines of widgets and of the reader's blocks, as plain text."""

from __future__ import annotations

from textual.widget import Widget

from briefbook.ui.widgets.reader import Reader, TextBlock


def rendered_text(widget: Widget) -> str:
    """The lines a widget renders now, as plain text."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.size.region))


def reader_text(reader: Reader) -> str:
    """All paragraphs of the reader, as rendered (wrapped) plain text."""
    return "\n".join(reader.block_text(block) for block in reader.paragraph_blocks())


def block_text(reader: Reader, block: TextBlock) -> str:
    """One block of the reader (a paragraph, notes, removed text), as wrapped plain text."""
    return reader.block_text(block)


def blocks_with(reader: Reader, state: str) -> list[TextBlock]:
    """The reader's blocks carrying a state class (-cursor, -marked, -orphaned, -dropped, -annotated)."""
    return [block for block in reader.blocks if block.has_class(state)]


def notes_text(reader: Reader) -> str:
    """The notes shown in the reader (under paragraphs and at the top), as plain text."""
    return "\n".join(reader.block_text(block) for block in reader.blocks if block.kind in ("notes", "orphaned"))


def is_visible_in(child: Widget | TextBlock, container: Widget) -> bool:
    """Whether a widget (or a block of the reader) is at least partly inside the container's visible region."""
    if isinstance(child, TextBlock):
        assert isinstance(container, Reader)
        return container.block_in_view(child)
    return child.region.overlaps(container.content_region) and child.display


def flat(text: str) -> str:
    """Wrapped lines joined back into one line (each line's padding dropped)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
