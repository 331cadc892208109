"""Search across all articles: type, see hits with their article and context, Enter jumps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.visual import Visual, visualize
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Analysis
from ...core.search import SearchHit, SearchIndex
from ..render import plain
from ..widgets.contents import short_date
from ..widgets.lazy import TwoLineOptionList


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What the search screen returns: the query, all its hits and the one chosen."""

    query: str
    hits: tuple[SearchHit, ...]
    chosen: int


def fit_context(context: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """A hit's context cut to a width (in characters) so that the hit stays in view, '…' where cut."""
    if width <= 0 or len(context) <= width:
        return context, start, end
    left = max(0, min(start - max(1, (width - (end - start)) // 3), len(context) - width))
    shown = context[left : left + width]
    if left > 0:
        shown = "…" + shown[1:]
    if left + width < len(context):
        shown = shown[:-1] + "…"
    return shown, max(0, start - left), max(0, min(width, end - left))


def hit_entry(hit: SearchHit, analysis: Analysis, width: int | None = None) -> Text:
    """An article line (date · outlet · title) and the context with the hit in bold reverse.

    With a width, each line is cut to it (so every entry is exactly two lines).
    """
    art = analysis.article(hit.article)
    head = Text(f"{short_date(art):<7} ", "bold")
    head.append_text(plain(art.outlet or "unknown outlet", "bold"))
    head.append(" · ").append_text(plain(art.title, "dim"))
    text, start, end = hit.context, hit.context_start, hit.context_end
    if width is not None:
        text, start, end = fit_context(text, start, end, width - 2)
    context = plain(text)
    context.stylize("bold reverse", start, end)
    line = Text("  ")
    line.append_text(context)
    if width is not None:
        head.truncate(width, overflow="ellipsis")
        line.truncate(width, overflow="ellipsis")
    return Text("\n").join([head, line])


class HitList(TwoLineOptionList):
    """Every hit of a search, two lines each; an entry is built only when it scrolls into view."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty list; `show_hits` fills it."""
        super().__init__(id=id)
        self._hits: Sequence[SearchHit] = ()
        self._analysis: Analysis | None = None
        self._built_width = -1

    def show_hits(self, hits: Sequence[SearchHit], analysis: Analysis) -> None:
        """List hits (placeholders only: entries are made when drawn)."""
        self._hits, self._analysis = hits, analysis
        self.set_options(Option("", id=str(n)) for n in range(len(hits)))
        if hits:
            self.highlighted = 0

    def _entry_width(self) -> int:
        """The width an entry's text fills."""
        padding = self.get_component_styles("option-list--option").padding
        return max(1, self.scrollable_content_region.width - self._get_left_gutter_width() - padding.width)

    def _get_visual(self, option: Option) -> Visual:
        """A hit's two lines, made the first time it is drawn (again when the width changes)."""
        width = self._entry_width()
        if width != self._built_width:
            for shown in self.options:
                shown._visual = None
            self._option_render_cache.clear()
            self._built_width = width
        if option._visual is None:
            index = self._option_to_index[option]
            if self._analysis is not None and index < len(self._hits):
                option._set_prompt(hit_entry(self._hits[index], self._analysis, width))
            option._visual = visualize(self, option.prompt, markup=False)
        return option._visual



class SearchScreen(ModalScreen[SearchResult | None]):
    """Search every article at once (case, accents and look-alike letters folded)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close", id="search.close"),
        Binding("down", "to_hits", "Hits", show=False, id="search.to_hits"),
    ]

    def __init__(self, analysis: Analysis, index: SearchIndex, query: str = "") -> None:
        """A search over this analysis's articles."""
        super().__init__()
        self._analysis = analysis
        self._index = index
        self._query = query
        self._hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        """The query box, a count, the hits."""
        with Vertical(id="search-box"):
            yield Input(value=self._query, placeholder="search all articles", id="search-input")
            yield Static(Text(""), id="search-count", markup=False)
            yield HitList(id="search-hits")

    def on_mount(self) -> None:
        """Show hits for a query carried over."""
        self._run(self._query)

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        """Search as the user types (a change already overtaken by the next key is skipped)."""
        if event.value == event.input.value:
            self._run(event.value)

    def _run(self, query: str) -> None:
        """Search and list the hits."""
        self._query = query
        self._hits = self._index.search(query)
        self.query_one(HitList).show_hits(self._hits, self._analysis)
        articles = len({h.article for h in self._hits})
        count = f"{len(self._hits)} hit{'s' if len(self._hits) != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
        self.query_one("#search-count", Static).update(Text(count if query.strip() else "type to search", style="dim"))

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        """Enter in the box opens the first (highlighted) hit."""
        if self._query != self.query_one(Input).value:
            self._run(self.query_one(Input).value)
        hits = self.query_one(HitList)
        if self._hits:
            self.dismiss(SearchResult(self._query, tuple(self._hits), hits.highlighted or 0))

    @on(OptionList.OptionSelected, "#search-hits")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on a hit opens it."""
        self.dismiss(SearchResult(self._query, tuple(self._hits), event.option_index))

    def action_to_hits(self) -> None:
        """Move from the box to the list of hits."""
        self.query_one(HitList).focus()
