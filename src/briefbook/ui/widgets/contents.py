"""The contents: one entry per article in date order (review mark, date, outlet, headline)."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import OptionList

from ...core.model import Article
from ..marks import status_glyph
from ..messages import JumpRequested, Place
from ..render import plain
from .lazy import LazyOption, TwoLineOptionList

HEADLINE_WIDTH = 27  # in the contents pane docked at its usual width; the list gives its own width when drawn
MIN_WIDTH = 8


def short_date(article: Article) -> str:
    """A date as '13 Mar' (or 'undated'), for narrow lists."""
    return article.date.strftime("%-d %b") if article.date else "undated"


def shorten(text: str, width: int) -> str:
    """Text cut to a width at a word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:–—-") + "…"


def contents_entry(article: Article, status: str = "unread", width: int = HEADLINE_WIDTH + 2) -> Text:
    """Two lines that fit `width`: review mark (✓ reviewed, • read, blank unread), date and outlet; then the headline."""
    line = Text(f"{status_glyph(status)} ", style="bold")
    line.append(f"{short_date(article):<6} ", "bold")
    line.append_text(plain(shorten(article.outlet or "unknown outlet", max(MIN_WIDTH, width - 9))))
    line.append("\n  ")
    line.append_text(plain(shorten(article.title, max(MIN_WIDTH, width - 2)), "dim"))
    return line


class ContentsList(TwoLineOptionList):
    """The articles in date order; Enter opens one.

    Every entry is exactly two lines, so the list lays out ten thousand articles without measuring
    them, and an entry's text is built the first time it is drawn: only the entries on screen are
    rendered, and a changed review mark redraws its own entry only.
    """

    _articles: Mapping[str, Article] = {}
    _statuses: dict[str, str]

    def show_articles(self, articles: list[Article], statuses: Mapping[str, str] | None = None, current: int = 0) -> None:
        """Fill the list with the articles and their review state.

        The same articles again (the full analysis after the early contents) only redraw the entries whose
        state changed: the list is not rebuilt (its measured lines and scroll stay).
        """
        shown = list(self._articles.values())
        if shown and len(shown) == len(articles) and all(a is b for a, b in zip(shown, articles)):
            self.show_statuses({a.id: (statuses or {}).get(a.id, "unread") for a in articles})
            if self.highlighted != current:
                self.highlighted = current
            return
        self._statuses = {a.id: (statuses or {}).get(a.id, "unread") for a in articles}
        self._articles = {a.id: a for a in articles}
        self.set_options(LazyOption(self._entry_builder(a), id=a.id) for a in articles)
        if articles:
            self.highlighted = current

    def _entry_builder(self, article: Article):
        """What builds an article's entry with its review state at the time it is drawn, to the list's width."""
        return lambda: contents_entry(article, self._statuses.get(article.id, "unread"), self._text_width())

    def _text_width(self) -> int:
        """The width an entry's text has (the docked pane's, the overlay's or the full screen's)."""
        region = self.scrollable_content_region
        if not region:
            return HEADLINE_WIDTH + 2
        padding = self.get_component_styles("option-list--option").padding
        return region.width - self._get_left_gutter_width() - padding.width

    def _measure_at(self, width: int) -> None:
        """At a new width the entries are built again, their headlines cut to it."""
        if self._measured_width is not None and width != self._measured_width:
            for option in self.options:
                if isinstance(option, LazyOption):
                    option.forget_prompt()
        super()._measure_at(width)

    def show_statuses(self, statuses: Mapping[str, str]) -> None:
        """Redraw the entries whose review state changed."""
        for article_id, status in statuses.items():
            self.show_status(article_id, status)

    def show_status(self, article_id: str, status: str) -> None:
        """Redraw one article's entry with its new review state (its height stays two lines)."""
        article = self._articles.get(article_id)
        if article is None or self._statuses.get(article_id) == status:
            return
        self._statuses[article_id] = status
        option = self.get_option(article_id)
        if isinstance(option, LazyOption):
            option.forget_prompt()
        else:
            option._set_prompt(contents_entry(article, status, self._text_width()))
        for key in [key for key in self._option_render_cache.keys() if key[0] is option]:
            self._option_render_cache.discard(key)
        self.refresh()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen article."""
        event.stop()
        if event.option.id:
            self.post_message(JumpRequested(Place(event.option.id)))
