"""The reader pane: one article's headline, outlet, date and reading text, highlighted, as plain text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...core.highlights import paragraph_highlights
from ...core.model import PARAGRAPH_SUBHEADING, Analysis, Article
from ...core.similarity import SentenceKey
from ..messages import Place
from ..render import ReaderStyles, StyledSpan, highlight_spans, plain, visible_text

ACTOR_SLOTS = 6
SHARED_GLYPH = "≈ "


class ParagraphView(Static):
    """One paragraph of the reading text (its index kept so jumps can find it)."""

    def __init__(self, content: Text, *, index: int, kind: str) -> None:
        """A paragraph rendered from Text (never markup)."""
        super().__init__(content, classes=f"paragraph -{kind}", markup=False)
        self.index = index


class Reader(VerticalScroll, can_focus=True):
    """Shows one article; marks a span (a jump's sentence or a search hit) and shared sentences.

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
    ) -> None:
        """Show an article, scrolled to the marked place if any, else where it was (same article) or the top."""
        same_article = self.article is not None and self.article.id == article.id
        self._analysis, self.article, self._mark = analysis, article, mark
        self._shared = shared or {}
        self._show_dropped = show_dropped
        self._position = position
        self.refresh_article(keep_scroll=keep_scroll and same_article and mark is None)

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

    def _build(self, analysis: Analysis, article: Article) -> list[Static]:
        """The widgets of an article: meta line, headline, captions, removed text, paragraphs."""
        styles = self.styles_from_theme()
        actor_slot = {actor.id: n for n, actor in enumerate(analysis.actors)}
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
        for par in article.paragraphs:
            spans = highlight_spans(paragraph_highlights(analysis, article.id, par.index), styles, actor_slot)
            inserts: dict[int, list[tuple[str, Style]]] = {}
            for sentence in par.sentences:
                if SentenceKey(article.id, par.index, sentence.index) in self._shared:
                    spans.insert(0, StyledSpan(sentence.start, sentence.end, styles.shared))
                    inserts.setdefault(sentence.start, []).append((SHARED_GLYPH, styles.shared + Style(bold=True)))
            if self._mark is not None and self._mark.paragraph == par.index:
                spans.append(StyledSpan(self._mark.start, self._mark.end, styles.mark))
            content = visible_text(par.text, invisible=styles.invisible, spans=spans, inserts=inserts)
            kind = "headline" if par.kind == "headline" else ("subheading" if par.kind == PARAGRAPH_SUBHEADING else "body")
            view = ParagraphView(content, index=par.index, kind=kind)
            if self._mark is not None and self._mark.paragraph == par.index:
                view.add_class("-marked")
            widgets.append(view)
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
