"""The contents: one entry per article in date order (review mark, date, outlet, headline)."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.model import Article
from ..marks import status_glyph
from ..messages import JumpRequested, Place
from ..render import plain

HEADLINE_WIDTH = 28


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


def contents_entry(article: Article, status: str = "unread") -> Text:
    """Two lines: review mark (✓ reviewed, • read, blank unread), date and outlet; then the headline."""
    line = Text(f"{status_glyph(status)} ", style="bold")
    line.append(f"{short_date(article):<7} ", "bold")
    line.append_text(plain(article.outlet or "unknown outlet"))
    line.append("\n  ")
    line.append_text(plain(shorten(article.title, HEADLINE_WIDTH), "dim"))
    return line


class ContentsList(OptionList):
    """The articles in date order; Enter opens one."""

    _articles: Mapping[str, Article] = {}

    def show_articles(self, articles: list[Article], statuses: Mapping[str, str] | None = None, current: int = 0) -> None:
        """Fill the list with the articles and their review state."""
        statuses = statuses or {}
        self._articles = {a.id: a for a in articles}
        self.set_options(Option(contents_entry(a, statuses.get(a.id, "unread")), id=a.id) for a in articles)
        if articles:
            self.highlighted = current

    def show_status(self, article_id: str, status: str) -> None:
        """Redraw one article's entry with its new review state."""
        article = self._articles.get(article_id)
        if article is not None:
            self.replace_option_prompt(article_id, contents_entry(article, status))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen article."""
        event.stop()
        if event.option.id:
            self.post_message(JumpRequested(Place(event.option.id)))
