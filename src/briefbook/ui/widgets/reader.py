"""The reader pane: one article's headline, outlet, date and reading text, highlighted, as plain text.

With a source of review marks (the main reader), it also shows a sentence cursor, flag glyphs and notes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

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

NO_MARKS = SentenceMarks()


class ParagraphView(Static):
    """One paragraph of the reading text (its index kept so jumps can find it)."""

    def __init__(self, content: Text, *, index: int, kind: str) -> None:
        """A paragraph rendered from Text (never markup)."""
        super().__init__(content, classes=f"paragraph -{kind}", markup=False)
        self.index = index


class NotesView(Static):
    """Notes shown under a paragraph, or at the top of the article (whole-article and orphaned notes)."""

    def __init__(self, content: Text, *, classes: str = "notes") -> None:
        """Notes rendered from Text (never markup)."""
        super().__init__(content, classes=classes, markup=False)


class Reader(VerticalScroll, can_focus=True):
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
        *(f"reader--flag-{kind}" for kind in FLAGS),
        *(f"reader--actor-{n}" for n in range(ACTOR_SLOTS)),
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty reader; `show` fills it."""
        super().__init__(id=id, classes=classes)
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
        self._views: dict[int, ParagraphView] = {}
        self._top_paragraph: int | None = None

    def on_mount(self) -> None:
        """Re-render when the theme changes, so highlight styles follow it."""
        self.watch(self.app, "theme", lambda _: self.refresh_article(), init=False)

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
        """Rebuild the widgets of the current article."""
        if self._analysis is None or self.article is None:
            return
        scroll_y = self.scroll_y
        widgets = self._build(self._analysis, self.article)
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(widgets)
        if self._mark is not None and self._mark.paragraph is not None:
            self.call_after_refresh(self._scroll_to_mark)
        elif self._top_paragraph is not None:
            self.call_after_refresh(self._scroll_to_paragraph, self._top_paragraph)
            self._top_paragraph = None
        elif keep_scroll:
            self.call_after_refresh(self.scroll_to, y=scroll_y, animate=False)
        else:
            self.scroll_home(animate=False)

    def marked_paragraph(self) -> ParagraphView | None:
        """The paragraph holding the mark, if any."""
        for view in self.query(ParagraphView):
            if self._mark is not None and view.index == self._mark.paragraph:
                return view
        return None

    def _scroll_to_mark(self) -> None:
        """Bring the marked paragraph into view, near the top third."""
        view = self.marked_paragraph()
        if view is not None:
            self.scroll_to_center(view, animate=False, immediate=True)

    def _scroll_to_paragraph(self, paragraph: int) -> None:
        """Bring a paragraph to the top of the view (reopening where the reader left off)."""
        view = self._views.get(paragraph)
        if view is not None:
            self.scroll_to_widget(view, animate=False, top=True, immediate=True)

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

    def _in_view(self, view: Static) -> bool:
        """Whether a paragraph is at least partly on screen."""
        return view.region.overlaps(self.content_region)

    def first_visible_paragraph(self) -> int | None:
        """The index of the first paragraph on screen."""
        return next((index for index, view in self._views.items() if self._in_view(view)), None)

    def current_paragraph(self) -> int:
        """Where the reader is: the cursor's paragraph when on screen, else the first paragraph on screen."""
        sentence = self.cursor_sentence
        if sentence is not None and (view := self._views.get(sentence.paragraph)) is not None and self._in_view(view):
            return sentence.paragraph
        visible = self.first_visible_paragraph()
        return visible if visible is not None else (sentence.paragraph if sentence else 0)

    def bring_cursor_into_view(self) -> bool:
        """Put the cursor on the first sentence on screen if it has scrolled out of sight; True when it moved."""
        sentence = self.cursor_sentence
        if sentence is None or self.article is None:
            return False
        view = self._views.get(sentence.paragraph)
        if view is None or self._in_view(view):
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
        """Move the cursor to a sentence, redraw the paragraphs it leaves and enters, and keep it on screen."""
        if self.article is None or not self.article.sentences:
            return
        old = self.article.sentences[self.cursor].paragraph
        self.cursor = max(0, min(index, len(self.article.sentences) - 1))
        new = self.article.sentences[self.cursor].paragraph
        styles, marks = self.styles_from_theme(), self.mark_styles()
        actor_slot = {actor.id: n for n, actor in enumerate(self._analysis.actors)} if self._analysis else {}
        for index_ in {old, new}:
            view = self._views.get(index_)
            par = next((p for p in self.article.paragraphs if p.index == index_), None)
            if view is not None and par is not None:
                view.update(self._paragraph_text(par, styles, marks, actor_slot))
                view.set_class(index_ == new, "-cursor")
        view = self._views.get(new)
        if view is not None:
            self.scroll_to_widget(view, animate=False, immediate=True)

    # -- building

    def _paragraph_text(self, par: Paragraph, styles: ReaderStyles, marks: MarkStyles, actor_slot: Mapping[str, int]) -> Text:
        """A paragraph as Text: highlights, the mark, shared sentences, the cursor, flag glyphs and note markers."""
        assert self._analysis is not None and self.article is not None
        article = self.article
        spans = highlight_spans(paragraph_highlights(self._analysis, article.id, par.index), styles, actor_slot)
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

    def _paragraph_notes(self, par: Paragraph) -> NotesView | None:
        """The notes on a paragraph and its sentences, shown under it."""
        if self._marks is None:
            return None
        entries = [
            (self._numbers.get(note.id), note, "")
            for sentence in par.sentences
            for note in (self._marks.sentences.get((par.index, sentence.index)) or NO_MARKS).notes
        ]
        entries += [(self._numbers.get(note.id), note, "¶ paragraph:") for note in self._marks.paragraphs.get(par.index, ())]
        return NotesView(notes_block(entries)) if entries else None

    def _top_notes(self) -> list[Static]:
        """Notes on the whole article, and what no longer matches the text (orphaned), above the text."""
        if self._marks is None:
            return []
        widgets: list[Static] = []
        if self._marks.orphaned_notes or self._marks.orphaned_flags:
            widgets.append(NotesView(orphans_block(self._marks.orphaned_notes, self._marks.orphaned_flags), classes="notes -orphaned"))
        if self._marks.article_notes:
            entries = [(self._numbers.get(note.id), note, "article:") for note in self._marks.article_notes]
            widgets.append(NotesView(notes_block(entries), classes="notes -article"))
        return widgets

    def _build(self, analysis: Analysis, article: Article) -> list[Static]:
        """The widgets of an article: meta line, headline, captions, removed text, notes, paragraphs."""
        styles = self.styles_from_theme()
        mark_styles = self.mark_styles()
        actor_slot = {actor.id: n for n, actor in enumerate(analysis.actors)}
        self._marks = self.marks_source(article) if self.marks_source is not None else None
        self._numbers = (
            note_numbers(self._marks, [(p.index, [s.index for s in p.sentences]) for p in article.paragraphs]) if self._marks else {}
        )
        self._views = {}
        title = plain(article.outlet or "unknown outlet", "bold")
        title.append(f" · {article.date_label}")
        self.border_title = title
        self.border_subtitle = Text(self._position) if self._position else None
        widgets: list[Static] = []
        if not any(p.kind == "headline" for p in article.paragraphs):
            widgets.append(Static(plain(article.title), classes="paragraph -headline", markup=False))
        for caption in article.captions:
            widgets.append(Static(plain("▣ ").append_text(plain(caption)), classes="caption", markup=False))
        if article.dropped:
            widgets.append(self._dropped_widget(article))
        widgets.extend(self._top_notes())
        for par in article.paragraphs:
            content = self._paragraph_text(par, styles, mark_styles, actor_slot)
            kind = "headline" if par.kind == "headline" else ("subheading" if par.kind == PARAGRAPH_SUBHEADING else "body")
            view = ParagraphView(content, index=par.index, kind=kind)
            self._views[par.index] = view
            if self._mark is not None and self._mark.paragraph == par.index:
                view.add_class("-marked")
            cursor = self.cursor_sentence
            view.set_class(cursor is not None and cursor.paragraph == par.index, "-cursor")
            widgets.append(view)
            notes = self._paragraph_notes(par)
            if notes is not None:
                view.add_class("-annotated")
                widgets.append(notes)
        return widgets

    def _dropped_widget(self, article: Article) -> Static:
        """What cleaning removed: a one-line hint, or the passages with their reasons when shown."""
        count = len(article.dropped)
        if not self._show_dropped:
            hint = Text(f"{count} passage{'s' if count != 1 else ''} removed by cleaning · d shows them")
            return Static(hint, classes="dropped-hint", markup=False)
        shown = Text(f"Removed by cleaning ({count}) · d hides them\n", style="bold")
        for item in article.dropped:
            shown.append_text(plain(f"[{item.reason}] ", "italic"))
            shown.append_text(plain(item.text))
            shown.append("\n")
        shown.rstrip()
        return Static(shown, classes="dropped", markup=False)
