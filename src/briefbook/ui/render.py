"""Rich Text built from article text: always plain text (never markup), invisible characters shown."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from ..core.model import Highlight

# Bidi controls, zero-width characters and other format or control characters made visible as ⟨U+XXXX⟩.
SHOWN_AS_CODE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class ReaderStyles:
    """The Rich styles of the reader, resolved from the theme (component classes)."""

    figure: Style = field(default_factory=lambda: Style(bold=True, underline=True))
    quote: Style = field(default_factory=lambda: Style(italic=True))
    actors: tuple[Style, ...] = (Style(bold=True),)
    mark: Style = field(default_factory=lambda: Style(reverse=True))
    shared: Style = field(default_factory=lambda: Style(underline=True))
    invisible: Style = field(default_factory=lambda: Style(dim=True))


@dataclass(frozen=True, slots=True)
class StyledSpan:
    """A span of a paragraph to style, in the paragraph's own offsets."""

    start: int
    end: int
    style: Style


def code_label(ch: str) -> str:
    """How an invisible or control character is shown: ⟨U+202E⟩."""
    return f"⟨U+{ord(ch):04X}⟩"


def visible_text(
    text: str,
    *,
    style: Style | str = "",
    invisible: Style | None = None,
    spans: Iterable[StyledSpan] = (),
    inserts: Mapping[int, Sequence[tuple[str, Style]]] | None = None,
) -> Text:
    """Text as Rich Text with styled spans; invisible characters become dim codes, never markup.

    `inserts[i]` are glyphs shown before character i (at `len(text)`: after the last one); spans never cover them.
    """
    invisible = invisible or Style(dim=True)
    inserts = inserts or {}
    out = Text(style=style, no_wrap=False, end="")
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        ends.append(len(out.plain))
        for glyph, glyph_style in inserts.get(i, ()):
            out.append(glyph, glyph_style)
        starts.append(len(out.plain))
        if SHOWN_AS_CODE.match(ch):
            out.append(code_label(ch), invisible)
        elif ch in "\t\r":
            out.append(" ")
        else:
            out.append(ch)
    ends.append(len(out.plain))
    starts.append(len(out.plain))
    for glyph, glyph_style in inserts.get(len(text), ()):
        out.append(glyph, glyph_style)
    for span in spans:
        start = max(0, min(span.start, len(text)))
        end = max(start, min(span.end, len(text)))
        if end > start:
            out.stylize(span.style, starts[start], ends[end])
    return out


def plain(text: str | None, style: Style | str = "") -> Text:
    """A short label (title, outlet) as visible, unstyled-by-markup text."""
    return visible_text(text or "", style=style)


def highlight_spans(
    highlights: Iterable[Highlight], styles: ReaderStyles, actor_slot: Mapping[str, int]
) -> list[StyledSpan]:
    """Styled spans for the core's highlights: quotations first, then actors and figures over them."""
    quotes: list[StyledSpan] = []
    inline: list[StyledSpan] = []
    for h in highlights:
        if h.kind == "quote":
            quotes.append(StyledSpan(h.start, h.end, styles.quote))
        elif h.kind == "figure":
            inline.append(StyledSpan(h.start, h.end, styles.figure))
        elif h.kind == "actor":
            slot = actor_slot.get(h.ref or "", 0) % len(styles.actors)
            inline.append(StyledSpan(h.start, h.end, styles.actors[slot]))
    return quotes + inline
