"""The contents: one entry per article in date order (reviewed mark, date, outlet, headline)."""

from __future__ import annotations

from collections.abc import Collection

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.model import Article
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


def contents_entry(article: Article, reviewed: bool) -> Text:
    """Two lines: mark, date and outlet; then the headline."""
    line = Text("✓ " if reviewed else "  ", style="bold")
    line.append(f"{short_date(article):<7} ", "bold")
    line.append_text(plain(article.outlet or "unknown outlet"))
    line.append("\n  ")
    line.append_text(plain(shorten(article.title, HEADLINE_WIDTH), "dim"))
    return line


class ContentsList(OptionList):
    """The articles in date order; Enter opens one."""

    def show_articles(self, articles: list[Article], reviewed: Collection[str] = (), current: int = 0) -> None:
        """Fill the list with the articles."""
        self.set_options(Option(contents_entry(a, a.id in reviewed), id=a.id) for a in articles)
        if articles:
            self.highlighted = current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen article."""
        event.stop()
        if event.option.id:
            self.post_message(JumpRequested(Place(event.option.id)))
