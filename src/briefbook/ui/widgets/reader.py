"""The reader pane: one article's headline, outlet, date and reading text, highlighted, as plain text.

A line-based widget: the article is laid out once per width as blocks of wrapped lines (each paragraph's
lines cached), and only the lines on screen are rendered. With a source of review marks (the main reader),
it also shows a sentence cursor, flag glyphs and notes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.highlights import paragraph_highlights
from ...core.model import PARAGRAPH_SUBHEADING, Analysis, Article, Paragraph, Sentence
from ...core.review import FLAGS, ArticleMarks, SentenceMarks
from ...core.similarity import SentenceKey
from ..marks import (
    NOTE_GLYPH,
    MarkStyles,
    flag_badge,
    note_numbers,
    notes_block,
    orphans_block,
)
from ..messages import Place
from ..render import ReaderStyles, StyledSpan, highlight_spans, plain, visible_text

ACTOR_SLOTS = 6
SHARED_GLYPH = "≈ "
BAR = "▌"
CACHED_BLOCKS = 600

NO_MARKS = SentenceMarks()

SCREEN_CHROME_ROWS = 4  # the header, the key bar and the reader's border lines: the most its text can have is the rest

@dataclass(frozen=True)
class TextBlock:
    """One block of the laid-out article: a paragraph, the headline, a caption, notes or removed text.

    `index` is the paragraph's index (None for other blocks); `classes` name its state (-cursor, -marked,
    -annotated, -orphaned); `first` and `height` place it among the reader's lines.
    """

    kind: str
    index: int | None
    classes: frozenset[str]
    first: int
    height: int

    def has_class(self, name: str) -> bool:
        """Whether the block carries a state class (like a widget's)."""
        return name in self.classes

    @property
    def lines(self) -> range:
        """The reader lines the block covers."""
        return range(self.first, self.first + self.height)


class WrappedBlock:
    """A block's wrapped lines at one width; each becomes a strip (indent, bar, text) the first time it is shown."""

    def __init__(self, prefix: list[Segment], lines: list[Text], width: int) -> None:
        """Wrapped lines, the segments before each, and the width they fill."""
        self.prefix = prefix
        self.lines = lines
        self.width = width
        self._strips: dict[int, Strip] = {}

    def strip(self, n: int, console: Console, base: Style) -> Strip:
        """Line n, rendered once per base style (one Strip per line: each holds several caches of its own)."""
        strip = self._strips.get(n)
        if strip is None or self._base != base:
            if self._strips and self._base != base:
                self._strips.clear()
            self._base = base
            segments = self.prefix + list(self.lines[n].render(console))
            length = Segment.get_line_length(segments)
            if length > self.width:
                strip = Strip(segments).crop_extend(0, self.width, None).apply_style(base)
            else:
                if length < self.width:
                    segments.append(Segment(" " * (self.width - length)))
                strip = Strip(Segment.apply_style(segments, base), self.width)
            self._strips[n] = strip
        return strip

    def forget_strips(self) -> None:
        """Drop the rendered lines (kept only while the block is on show; the wrapped text stays cached)."""
        self._strips.clear()

    _base: Style | None = None


@dataclass(frozen=True)
class BlockSpec:
    """What a block shows before layout: how to build its text, its look, and a cache key for its wrapped lines."""

    kind: str
    build: Callable[[], Text]
    index: int | None = None
    classes: frozenset[str] = frozenset()
    look: str = ""
    bar: str = ""
    indent: int = 0
    space_before: int = 0
    space_after: int = 1
    key: tuple | None = None


class Reader(ScrollView, can_focus=True):
    """Shows one article; marks a span (a jump's sentence or a search hit) and shared sentences.

    Given `marks_source` (the review store's `marks`), it keeps a sentence cursor and shows flags and notes.

    | Key | Action |
    | --- | --- |
    | j / down | scroll down |
    | k / up | scroll up |
    | space / pagedown | page down |
    | b / pageup | page up |
    """

    KEYS_TITLE = "Reading pane"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("b", "page_up", "Page up", show=False, id="reader.page_up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--figure",
        "reader--quote",
        "reader--mark",
        "reader--shared",
        "reader--invisible",
        "reader--cursor",
        "reader--note-marker",
        "reader--headline",
        "reader--subheading",
        "reader--caption",
        "reader--hint",
        "reader--dropped",
        "reader--dropped-bar",
        "reader--notes",
        "reader--notes-bar",
        "reader--orphaned",
        "reader--orphaned-bar",
        "reader--cursor-bar",
        "reader--mark-bar",
        *(f"reader--flag-{kind}" for kind in FLAGS),
        *(f"reader--actor-{n}" for n in range(ACTOR_SLOTS)),
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None, gutter: bool = True) -> None:
        """An empty reader; `show` fills it. With `gutter`, paragraphs keep a column for the cursor and mark bars."""
        super().__init__(id=id, classes=classes)
        self.paragraph_gutter = gutter
        self.article: Article | None = None
        self._analysis: Analysis | None = None
        self._mark: Place | None = None
        self._shared: Mapping[SentenceKey, Sequence[SentenceKey]] = {}
        self._show_dropped = False
        self._position = ""
        self.marks_source: Callable[[Article], ArticleMarks] | None = None
        self.cursor = 0
        self._marks: ArticleMarks | None = None
        self._numbers: dict[str, int] = {}
        self._specs: list[BlockSpec] = []
        self._blocks: list[TextBlock] = []
        self._lines: list[tuple[WrappedBlock | None, int]] = []
        self._shown: list[WrappedBlock] = []
        self._laid_out_width = -1
        self._top_paragraph: int | None = None
        self._wrapped: LRUCache[tuple, list[Strip]] = LRUCache(CACHED_BLOCKS)
        self._cached_for: tuple[object, str] | None = None
        self._actor_slot: dict[str, int] = {}
        self._place: tuple[str, int] = ("line", 0)

    def on_mount(self) -> None:
        """Re-render when the theme changes, so highlight styles follow it."""
        self.watch(self.app, "theme", lambda _: self.refresh_article(), init=False)

    _resolved: tuple[object, int, ReaderStyles, MarkStyles] | None = None
    _style_updates = 0

    def notify_style_update(self) -> None:
        """The stylesheet changed: resolve the highlight and mark styles again."""
        self._style_updates += 1
        super().notify_style_update()

    def _resolved_styles(self) -> tuple[ReaderStyles, MarkStyles]:
        """The highlight and mark styles, resolved once per theme and stylesheet update."""
        key = (self.app.theme, self._style_updates)
        if self._resolved is None or self._resolved[:2] != key:
            self._resolved = (*key, self.styles_from_theme(), self.mark_styles())
        return self._resolved[2], self._resolved[3]

    def styles_from_theme(self) -> ReaderStyles:
        """The reader's highlight styles, resolved from the stylesheet's component classes."""
        style = self.get_component_rich_style
        return ReaderStyles(
            figure=style("reader--figure", partial=True),
            quote=style("reader--quote", partial=True),
            actors=tuple(style(f"reader--actor-{n}", partial=True) for n in range(ACTOR_SLOTS)),
            mark=style("reader--mark", partial=True),
            shared=style("reader--shared", partial=True),
            invisible=style("reader--invisible", partial=True),
        )

    def mark_styles(self) -> MarkStyles:
        """The cursor, flag and note-marker styles, resolved from the stylesheet."""
        style = self.get_component_rich_style
        return MarkStyles(
            cursor=style("reader--cursor", partial=True),
            flags={kind: style(f"reader--flag-{kind}", partial=True) for kind in FLAGS},
            note_marker=style("reader--note-marker", partial=True),
        )

    def show(
        self,
        analysis: Analysis,
        article: Article,
        *,
        mark: Place | None = None,
        shared: Mapping[SentenceKey, Sequence[SentenceKey]] | None = None,
        show_dropped: bool = False,
        position: str = "",
        keep_scroll: bool = True,
        at_paragraph: int | None = None,
    ) -> None:
        """Show an article, scrolled to the marked place if any, else `at_paragraph`, else where it was or the top.

        The cursor moves to the marked sentence, or to the first sentence of `at_paragraph`; on a new article
        without either it starts at the first sentence.
        """
        same_article = self.article is not None and self.article.id == article.id
        self._analysis, self.article, self._mark = analysis, article, mark
        self._shared = shared or {}
        self._show_dropped = show_dropped
        self._position = position
        self._top_paragraph = at_paragraph if mark is None else None
        sentences = article.sentences
        if mark is not None and mark.paragraph is not None:
            self.cursor = next((n for n, s in enumerate(sentences) if s.paragraph == mark.paragraph and s.end > mark.start),
                               self.cursor if same_article else 0)
        elif at_paragraph is not None:
            self.cursor = next((n for n, s in enumerate(sentences) if s.paragraph >= at_paragraph), 0)
        elif not same_article:
            self.cursor = 0
        self.cursor = max(0, min(self.cursor, len(sentences) - 1))
        self.refresh_article(keep_scroll=keep_scroll and same_article and mark is None and at_paragraph is None)

    def refresh_article(self, keep_scroll: bool = True) -> None:
        """Lay out the current article again (its unchanged paragraphs come from the cache) and redraw."""
        if self._analysis is None or self.article is None:
            return
        scroll_y = self.scroll_y
        self._specs = self._build(self._analysis, self.article)
        self._layout()
        if self._mark is not None and self._mark.paragraph is not None:
            self._place = ("mark", 0)
        elif self._top_paragraph is not None:
            self._place = ("paragraph", self._top_paragraph)
            self._top_paragraph = None
        else:
            self._place = ("line", round(scroll_y) if keep_scroll else 0)
        self._go_to_place()
        if not self.scrollable_content_region.height:
            self.call_after_refresh(self._go_to_place_unless_moved, self._place, self.scroll_y)
        self.refresh()

    def _go_to_place_unless_moved(self, place: tuple[str, int], scroll_y: float) -> None:
        """Once laid out, go to the place asked for before the reader had a size (unless the reader has moved since:
        a key pressed as the book opens is not undone)."""
        if self._place == place and self.scroll_y == scroll_y:
            self._go_to_place()

    def _scroll_y_to(self, y: int) -> None:
        """Scroll to a line now (even before the scrollbars know the new height)."""
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def _go_to_place(self) -> None:
        """Scroll to where the last `show` asked: the mark, a paragraph at the top, or a line."""
        kind, where = self._place
        if kind == "mark":
            self._scroll_to_mark()
        elif kind == "paragraph":
            self._scroll_to_paragraph(where)
        else:
            self._scroll_y_to(where)

    # -- layout

    @property
    def blocks(self) -> list[TextBlock]:
        """The laid-out blocks of the article, top to bottom."""
        return self._blocks

    def paragraph_blocks(self) -> list[TextBlock]:
        """The blocks that show the article's paragraphs."""
        return [b for b in self._blocks if b.index is not None]

    def block_lines(self, block: TextBlock) -> list[str]:
        """A block's wrapped lines as plain text (without the gutter)."""
        cut = self._text_column(block)
        return [self._line(y).text[cut:].rstrip() for y in block.lines]

    def block_text(self, block: TextBlock) -> str:
        """A block as shown: its wrapped lines joined by newlines."""
        return "\n".join(self.block_lines(block))

    def _text_column(self, block: TextBlock) -> int:
        """Where a block's text starts in its lines (after indent and bar)."""
        spec = next((s for s in self._specs if s.kind == block.kind and s.index == block.index), None)
        return spec.indent + len(spec.bar) if spec is not None else 0

    def block_in_view(self, block: TextBlock) -> bool:
        """Whether a block is at least partly on screen."""
        top = round(self.scroll_y)
        return block.first < top + self.scrollable_content_region.height and block.first + block.height > top

    def _content_width(self) -> int:
        """The width the text wraps to (the scrollbar's column is always kept)."""
        return max(1, self.scrollable_content_region.width)

    def _layout(self) -> None:
        """Wrap every block to the width (from the cache where it can) and set the scrollable height.

        Before the reader has a size (an article shown as the book mounts) nothing is wrapped: the first
        resize lays it out, at its real width. Meanwhile its height is an estimate (at about the reader's width
        beside the panels), so an article longer than the screen has its scrollbar from the first layout and
        the first paint is not laid out twice.
        """
        if not self.scrollable_content_region.width:
            self._lines, self._blocks, self._laid_out_width = [], [], 0
            if self.article is not None:
                estimate = self._estimated_height(max(20, self.app.size.width // 2 - 7))
                self.virtual_size = Size(0, estimate)
                self.show_vertical_scrollbar = estimate > self.app.size.height - SCREEN_CHROME_ROWS
            return
        width = self._content_width()
        theme = (self._analysis, self.app.theme)
        # The analysis by identity: comparing two analyses by value would compare (and build) all they hold.
        if self._cached_for is None or self._cached_for[0] is not theme[0] or self._cached_for[1] != theme[1]:
            self._wrapped.clear()
            self._cached_for = theme
        lines: list[tuple[WrappedBlock | None, int]] = []
        blocks: list[TextBlock] = []
        shown: list[WrappedBlock] = []
        after = 0
        for spec in self._specs:
            gap = max(after, spec.space_before) if lines or spec.space_before else 0
            lines.extend([(None, 0)] * gap)
            wrapped = self._wrap(spec, width)
            shown.append(wrapped)
            blocks.append(TextBlock(spec.kind, spec.index, spec.classes, len(lines), len(wrapped.lines)))
            lines.extend((wrapped, n) for n in range(len(wrapped.lines)))
            after = spec.space_after
        kept = {id(w) for w in shown}
        for wrapped in self._shown:
            if id(wrapped) not in kept:
                wrapped.forget_strips()
        self._lines, self._blocks, self._laid_out_width, self._shown = lines, blocks, width, shown
        self._set_height(len(lines))

    def _estimated_height(self, width: int) -> int:
        """About how many lines the article takes at a width: its paragraphs and the blocks around them, each with a gap."""
        paragraphs = self.article.paragraphs if self.article is not None else ()
        lines = sum(-(-len(p.text) // width) + 1 for p in paragraphs)
        return lines + 2 * max(0, len(self._specs) - len(paragraphs))

    def _set_height(self, height: int) -> None:
        """Set the scrollable height; the screen is laid out again only when the scrollbar comes or goes."""
        size = Size(self._laid_out_width, height)
        viewport = self.scrollable_content_region.height
        if (height > viewport) != (self.virtual_size.height > viewport) or not viewport:
            self.virtual_size = size
        elif size != self.virtual_size:
            self.set_reactive(Reader.virtual_size, size)
            self._scroll_update(size)

    def _wrap(self, spec: BlockSpec, width: int) -> WrappedBlock:
        """A block wrapped to a width (its lines become strips only when shown)."""
        key = (spec.key, width) if spec.key is not None else None
        if key is not None and (cached := self._wrapped.get(key)) is not None:
            return cached
        text = spec.build()
        if spec.look:
            text.stylize_before(self.get_component_rich_style(spec.look, partial=True))
        prefix: list[Segment] = [Segment(" " * spec.indent)] if spec.indent else []
        if spec.bar:
            prefix.append(Segment(spec.bar, self._bar_style(spec)))
        text_width = max(1, width - spec.indent - len(spec.bar))
        lines = text.wrap(self.app.console, text_width, overflow="fold")
        wrapped = WrappedBlock(prefix, list(lines) or [Text()], width)
        if key is not None:
            self._wrapped[key] = wrapped
        return wrapped

    def _bar_style(self, spec: BlockSpec) -> Style:
        """The bar's colour: the cursor's, the mark's, or the block kind's."""
        if "-marked" in spec.classes:
            return self.get_component_rich_style("reader--mark-bar", partial=True)
        if "-cursor" in spec.classes:
            return self.get_component_rich_style("reader--cursor-bar", partial=True)
        if not spec.bar.strip() or f"reader--{spec.kind}-bar" not in self.COMPONENT_CLASSES:
            return Style()
        return self.get_component_rich_style(f"reader--{spec.kind}-bar", partial=True)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines on screen; the base style is resolved once for all of them."""
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def render_line(self, y: int) -> Strip:
        """One line on screen, from the laid-out article."""
        if self._laid_out_width != self._content_width() and self._specs:
            self._wrap_again()
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        strip = self._line(index)
        return strip if strip.cell_length == width else strip.crop_extend(0, width, self._base_style())

    def _base_style(self) -> Style:
        """The widget's base style (resolved once per frame while lines are rendered)."""
        return self._frame_style or self.rich_style

    _frame_style: Style | None = None
    _blank: tuple[int, Style, Strip] | None = None

    def _line(self, y: int, style: Style | None = None) -> Strip:
        """Line y of the laid-out article as a strip (blank between blocks and past the end), in the reader's style."""
        wrapped, n = self._lines[y] if 0 <= y < len(self._lines) else (None, 0)
        base = self._base_style() if style is None else style
        if wrapped is None:
            if self._blank is None or self._blank[:2] != (self._laid_out_width, base):
                self._blank = (self._laid_out_width, base, Strip.blank(self._laid_out_width, base))
            return self._blank[2]
        return wrapped.strip(n, self.app.console, base)

    def on_resize(self) -> None:
        """Wrap again at the new width."""
        if self._specs and self._laid_out_width != self._content_width():
            self._wrap_again()
            self.refresh()

    def _wrap_again(self) -> None:
        """Lay out at a new width, keeping the place asked for, or the paragraph being read, in view."""
        kind, where = self._place
        block = self.marked_paragraph() if kind == "mark" else self._paragraph_block(where) if kind == "paragraph" else None
        kept = (block is not None and self.block_in_view(block)) or (kind == "line" and not self.scroll_y)
        never_laid_out = self._laid_out_width <= 0
        anchor = self._place if kept or never_laid_out or not self.scrollable_content_region.height else ("paragraph", self.current_paragraph())
        self._layout()
        self._place = anchor
        self._go_to_place()

    def action_scroll_down(self) -> None:
        """One line down, at once (no animation: each key shows its line in the next frame)."""
        self._scroll_y_to(round(self.scroll_y) + 1)

    def action_scroll_up(self) -> None:
        """One line up, at once."""
        self._scroll_y_to(round(self.scroll_y) - 1)

    def action_page_down(self) -> None:
        """A page down, at once."""
        self._scroll_y_to(round(self.scroll_y) + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        """A page up, at once."""
        self._scroll_y_to(round(self.scroll_y) - self.scrollable_content_region.height)

    # -- places

    def _paragraph_block(self, index: int | None) -> TextBlock | None:
        """The block showing a paragraph."""
        return next((b for b in self._blocks if b.index is not None and b.index == index), None)

    def marked_paragraph(self) -> TextBlock | None:
        """The paragraph holding the mark, if any."""
        if self._mark is None:
            return None
        return self._paragraph_block(self._mark.paragraph)

    def _scroll_to_mark(self) -> None:
        """Bring the marked paragraph into view, centred."""
        block = self.marked_paragraph()
        if block is not None:
            height = self.scrollable_content_region.height
            self._scroll_y_to(max(0, block.first - max(0, (height - block.height) // 2)))

    def _scroll_to_paragraph(self, paragraph: int) -> None:
        """Bring a paragraph to the top of the view (reopening where the reader left off)."""
        block = self._paragraph_block(paragraph)
        if block is not None:
            self._scroll_y_to(block.first)

    def _scroll_into_view(self, block: TextBlock) -> None:
        """Scroll as little as needed to show a block (its top, if it is taller than the view)."""
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        if block.first < top:
            self._scroll_y_to(block.first)
        elif block.first + block.height > top + height:
            self._scroll_y_to(min(block.first, block.first + block.height - height))

    # -- the sentence cursor

    @property
    def cursor_sentence(self) -> Sentence | None:
        """The sentence under the cursor (flags and notes apply to it); None without review marks."""
        if self.article is None or self.marks_source is None or not self.article.sentences:
            return None
        return self.article.sentences[self.cursor]

    @property
    def cursor_paragraph(self) -> Paragraph | None:
        """The paragraph holding the cursor."""
        sentence = self.cursor_sentence
        if sentence is None or self.article is None:
            return None
        return next((p for p in self.article.paragraphs if p.index == sentence.paragraph), None)

    def first_visible_paragraph(self) -> int | None:
        """The index of the first paragraph on screen."""
        return next((b.index for b in self._blocks if b.index is not None and self.block_in_view(b)), None)

    def current_paragraph(self) -> int:
        """Where the reader is: the cursor's paragraph when on screen, else the first paragraph on screen."""
        sentence = self.cursor_sentence
        if sentence is not None and (block := self._paragraph_block(sentence.paragraph)) is not None and self.block_in_view(block):
            return sentence.paragraph
        visible = self.first_visible_paragraph()
        return visible if visible is not None else (sentence.paragraph if sentence else 0)

    def bring_cursor_into_view(self) -> bool:
        """Put the cursor on the first sentence on screen if it has scrolled out of sight; True when it moved."""
        sentence = self.cursor_sentence
        if sentence is None or self.article is None:
            return False
        block = self._paragraph_block(sentence.paragraph)
        if block is None or self.block_in_view(block):
            return False
        visible = self.first_visible_paragraph()
        if visible is None:
            return False
        self.set_cursor(next(n for n, s in enumerate(self.article.sentences) if s.paragraph >= visible))
        return True

    def move_cursor(self, delta: int) -> None:
        """`J`/`K`: the next or previous sentence (or the first on screen, if the cursor has scrolled away)."""
        if self.cursor_sentence is None or self.bring_cursor_into_view():
            return
        self.set_cursor(self.cursor + delta)

    def set_cursor(self, index: int) -> None:
        """Move the cursor to a sentence, lay out again (only its paragraphs change) and keep it on screen."""
        if self.article is None or not self.article.sentences or self._analysis is None:
            return
        self.cursor = max(0, min(index, len(self.article.sentences) - 1))
        self._specs = self._build(self._analysis, self.article)
        self._layout()
        block = self._paragraph_block(self.article.sentences[self.cursor].paragraph)
        if block is not None:
            self._scroll_into_view(block)
        self.refresh()

    # -- building

    def _paragraph_text(self, par: Paragraph, styles: ReaderStyles, marks: MarkStyles) -> Text:
        """A paragraph as Text: highlights, the mark, shared sentences, the cursor, flag glyphs and note markers."""
        assert self._analysis is not None and self.article is not None
        article = self.article
        spans = highlight_spans(paragraph_highlights(self._analysis, article.id, par.index), styles, self._actor_slot)
        inserts: dict[int, list[tuple[str, Style]]] = {}
        for sentence in par.sentences:
            if SentenceKey(article.id, par.index, sentence.index) in self._shared:
                spans.insert(0, StyledSpan(sentence.start, sentence.end, styles.shared))
                inserts.setdefault(sentence.start, []).append((SHARED_GLYPH, styles.shared + Style(bold=True)))
            placed = self._marks.sentences.get((par.index, sentence.index)) if self._marks else None
            if placed is not None:
                inserts.setdefault(sentence.start, []).extend(flag_badge(placed.flags, marks))
                for note in placed.notes:
                    inserts.setdefault(sentence.end, []).append((f" {NOTE_GLYPH}{self._numbers.get(note.id, '')}", marks.note_marker))
        cursor = self.cursor_sentence
        if cursor is not None and cursor.paragraph == par.index:
            spans.insert(0, StyledSpan(cursor.start, cursor.end, marks.cursor))
        if self._mark is not None and self._mark.paragraph == par.index:
            spans.append(StyledSpan(self._mark.start, self._mark.end, styles.mark))
        return visible_text(par.text, invisible=styles.invisible, spans=spans, inserts=inserts)

    def _paragraph_is_plain(self, par: Paragraph) -> bool:
        """Whether a paragraph shows nothing but its highlights (no cursor, mark, flags, notes or shared sentences)."""
        cursor = self.cursor_sentence
        if cursor is not None and cursor.paragraph == par.index:
            return False
        if self._mark is not None and self._mark.paragraph == par.index:
            return False
        if self._marks is not None and any((par.index, s.index) in self._marks.sentences for s in par.sentences):
            return False
        assert self.article is not None
        return not (self._shared and any(SentenceKey(self.article.id, par.index, s.index) in self._shared for s in par.sentences))

    def _paragraph_notes(self, par: Paragraph) -> Text | None:
        """The notes on a paragraph and its sentences, shown under it."""
        if self._marks is None:
            return None
        entries = [
            (self._numbers.get(note.id), note, "")
            for sentence in par.sentences
            for note in (self._marks.sentences.get((par.index, sentence.index)) or NO_MARKS).notes
        ]
        entries += [(self._numbers.get(note.id), note, "¶ paragraph:") for note in self._marks.paragraphs.get(par.index, ())]
        return notes_block(entries) if entries else None

    def _top_notes(self) -> list[BlockSpec]:
        """Notes on the whole article, and what no longer matches the text (orphaned), above the text."""
        marks = self._marks
        if marks is None:
            return []
        specs: list[BlockSpec] = []
        if marks.orphaned_notes or marks.orphaned_flags:
            orphans = orphans_block(marks.orphaned_notes, marks.orphaned_flags)
            specs.append(BlockSpec("orphaned", lambda: orphans, classes=frozenset({"-orphaned"}), look="reader--orphaned",
                                   bar=BAR + " ", indent=3))
        if marks.article_notes:
            notes = notes_block([(self._numbers.get(note.id), note, "article:") for note in marks.article_notes])
            specs.append(BlockSpec("notes", lambda: notes, classes=frozenset({"-article"}), look="reader--notes", bar=BAR + " ", indent=3))
        return specs

    def _build(self, analysis: Analysis, article: Article) -> list[BlockSpec]:
        """The blocks of an article: headline, captions, removed text, notes, paragraphs (built when laid out)."""
        styles, mark_styles = self._resolved_styles()
        if self._cached_for is None or self._cached_for[0] is not analysis:
            self._actor_slot = {actor.id: n for n, actor in enumerate(analysis.actors)}
        self._marks = self.marks_source(article) if self.marks_source is not None else None
        self._numbers = (
            note_numbers(self._marks, [(p.index, [s.index for s in p.sentences]) for p in article.paragraphs]) if self._marks else {}
        )
        title = plain(article.outlet or "unknown outlet", "bold")
        title.append(f" · {article.date_label}")
        self.border_title = title
        self.border_subtitle = Text(self._position) if self._position else None
        specs: list[BlockSpec] = []
        leading = 0  # the article's own headline comes first, then what stands around the text
        while leading < len(article.paragraphs) and article.paragraphs[leading].kind == "headline":
            leading += 1
        if not leading:
            specs.append(BlockSpec("headline", lambda: plain(article.title), look="reader--headline", space_before=1,
                                   bar=" " if self.paragraph_gutter else ""))
        specs.extend(self._paragraph_specs(article.paragraphs[:leading], styles, mark_styles))
        for caption in article.captions:
            specs.append(BlockSpec("caption", lambda caption=caption: plain("▣ ").append_text(plain(caption)),
                                   look="reader--caption", indent=int(self.paragraph_gutter)))
        if article.dropped:
            specs.append(self._dropped_spec(article))
        specs.extend(self._top_notes())
        specs.extend(self._paragraph_specs(article.paragraphs[leading:], styles, mark_styles))
        return specs

    def _paragraph_specs(self, paragraphs: Sequence[Paragraph], styles: ReaderStyles, mark_styles: MarkStyles) -> list[BlockSpec]:
        """The blocks of some paragraphs, each followed by its notes, with the cursor and the jump mark."""
        specs: list[BlockSpec] = []
        cursor = self.cursor_sentence
        gutter = " " if self.paragraph_gutter else ""
        article_id = self.article.id if self.article is not None else ""
        for par in paragraphs:
            kind = "headline" if par.kind == "headline" else ("subheading" if par.kind == PARAGRAPH_SUBHEADING else "body")
            classes = {"-cursor"} if cursor is not None and cursor.paragraph == par.index else set()
            if self._mark is not None and self._mark.paragraph == par.index:
                classes.add("-marked")
            notes = self._paragraph_notes(par)
            if notes is not None:
                classes.add("-annotated")
            bar = (BAR + " " if "-marked" in classes else BAR if "-cursor" in classes else gutter) if self.paragraph_gutter or "-marked" in classes else ""
            key = ("paragraph", article_id, par.index, bar) if self._paragraph_is_plain(par) else None
            specs.append(BlockSpec(
                kind, lambda par=par: self._paragraph_text(par, styles, mark_styles), index=par.index,
                classes=frozenset(classes), look=f"reader--{kind}" if kind != "body" else "", bar=bar,
                space_before=1 if kind == "headline" else 0, space_after=0 if notes is not None else 1, key=key,
            ))
            if notes is not None:
                specs.append(BlockSpec("notes", lambda notes=notes: notes, look="reader--notes", bar=BAR + " ", indent=3))
        return specs

    def _dropped_spec(self, article: Article) -> BlockSpec:
        """What cleaning removed: a one-line hint, or the passages with their reasons when shown."""
        count = len(article.dropped)
        if not self._show_dropped:
            hint = Text(f"{count} passage{'s' if count != 1 else ''} removed by cleaning · d shows them")
            return BlockSpec("hint", lambda: hint, look="reader--hint", indent=int(self.paragraph_gutter))
        shown = Text(f"Removed by cleaning ({count}) · d hides them\n", style="bold")
        for item in article.dropped:
            shown.append_text(plain(f"[{item.reason}] ", "italic"))
            shown.append_text(plain(item.text))
            shown.append("\n")
        shown.rstrip()
        return BlockSpec("dropped", lambda: shown, classes=frozenset({"-dropped"}), look="reader--dropped", bar=BAR + " ")
