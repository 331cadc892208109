"""Search across all articles: type, see hits with their article and context, Enter jumps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Analysis
from ...core.search import SearchHit, SearchIndex
from ..render import plain
from ..widgets.contents import short_date


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What the search screen returns: the query, all its hits and the one chosen."""

    query: str
    hits: tuple[SearchHit, ...]
    chosen: int


# Hits listed at once: building thousands of entries on every key typed would lag the typing;
# the rest are reached with ] and [ after opening one.
LISTED_HITS = 100


def hit_entry(hit: SearchHit, analysis: Analysis) -> Text:
    """An article line (date · outlet) and the context with the hit in bold reverse."""
    art = analysis.article(hit.article)
    entry = Text(f"{short_date(art):<7} ", "bold")
    entry.append_text(plain(art.outlet or "unknown outlet", "bold"))
    entry.append(" · ").append_text(plain(art.title, "dim"))
    entry.append("\n  ")
    context = plain(hit.context)
    context.stylize("bold reverse", hit.context_start, hit.context_end)
    entry.append_text(context)
    return entry


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
            yield OptionList(id="search-hits")

    def on_mount(self) -> None:
        """Show hits for a query carried over."""
        self._run(self._query)

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        """Search as the user types."""
        self._run(event.value)

    def _run(self, query: str) -> None:
        """Search and list the hits."""
        self._query = query
        self._hits = self._index.search(query)
        hits = self.query_one("#search-hits", OptionList)
        listed = self._hits[:LISTED_HITS]
        hits.set_options(Option(hit_entry(h, self._analysis), id=str(n)) for n, h in enumerate(listed))
        articles = len({h.article for h in self._hits})
        count = f"{len(self._hits)} hit{'s' if len(self._hits) != 1 else ''} in {articles} article{'s' if articles != 1 else ''}"
        if len(self._hits) > len(listed):
            count += f" · the first {len(listed)} listed; ] and [ step through all"
        self.query_one("#search-count", Static).update(Text(count if query.strip() else "type to search", style="dim"))
        if self._hits:
            hits.highlighted = 0

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        """Enter in the box opens the first (highlighted) hit."""
        hits = self.query_one("#search-hits", OptionList)
        if self._hits:
            self.dismiss(SearchResult(self._query, tuple(self._hits), hits.highlighted or 0))

    @on(OptionList.OptionSelected, "#search-hits")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on a hit opens it."""
        self.dismiss(SearchResult(self._query, tuple(self._hits), event.option_index))

    def action_to_hits(self) -> None:
        """Move from the box to the list of hits."""
        self.query_one("#search-hits", OptionList).focus()
