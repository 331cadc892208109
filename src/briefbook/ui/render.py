"""Rich Text built from article text: always plain text (never markup), invisible characters shown."""

from __future__ import annotations

import re
from bisect import bisect_left
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
    Built in runs between the special places (codes, inserts), so an ordinary paragraph costs one append.
    """
    invisible = invisible or Style(dim=True)
    inserts = inserts or {}
    text = text.replace("\t", " ")
    codes = {m.start() for m in SHOWN_AS_CODE.finditer(text)}
    out = Text(style=style, no_wrap=False, end="")
    places = sorted(codes | {i for i in inserts if 0 <= i <= len(text)})
    before_glyphs: dict[int, int] = {}
    after_glyphs: dict[int, int] = {}
    shift_after: list[int] = []
    length = done = 0
    for place in places:
        if place > done:
            out.append(text[done:place])
            length += place - done
        before_glyphs[place] = length
        for glyph, glyph_style in inserts.get(place, ()):
            out.append(glyph, glyph_style)
            length += len(glyph)
        after_glyphs[place] = length
        done = place
        if place < len(text):
            shown = code_label(text[place]) if place in codes else text[place]
            out.append(shown, invisible if place in codes else None)
            length += len(shown)
            done = place + 1
        shift_after.append(length - done)
    if done < len(text):
        out.append(text[done:])

    def offset(i: int, at_place: dict[int, int]) -> int:
        """Where original character i falls in the shown text (before or after the glyphs inserted there)."""
        if i in at_place:
            return at_place[i]
        k = bisect_left(places, i) - 1
        return i + (shift_after[k] if k >= 0 else 0)

    for span in spans:
        start = max(0, min(span.start, len(text)))
        end = max(start, min(span.end, len(text)))
        if end > start:
            out.stylize(span.style, offset(start, after_glyphs), offset(end, before_glyphs))
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
