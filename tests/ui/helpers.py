"""Reading what the app shows: rendered lines of widgets, as plain text."""

from __future__ import annotations

from textual.widget import Widget

from briefbook.ui.widgets.reader import ParagraphView, Reader


def rendered_text(widget: Widget) -> str:
    """The lines a widget renders now, as plain text."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.size.region))


def reader_text(reader: Reader) -> str:
    """All paragraphs of the reader, as rendered (wrapped) plain text."""
    return "\n".join(rendered_text(view) for view in reader.query(ParagraphView))


def is_visible_in(child: Widget, container: Widget) -> bool:
    """Whether a widget is (at least partly) inside the container's visible region on screen."""
    return child.region.overlaps(container.content_region) and child.display


def flat(text: str) -> str:
    """Wrapped lines joined back into one line (each line's padding dropped)."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
