"""The Figures panel: each track's figures across sources in date order; Enter jumps to the sentence."""

from __future__ import annotations

from functools import partial

from rich.console import Group
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.model import Analysis, Article, Figure
from ...core.phrases import figure_phrase
from ..messages import JumpRequested, Place
from ..render import plain
from .contents import short_date
from .lazy import GrowingOptionList, LazyOption, indented, plain_lines

EMPTY = "No key figures were found in this briefing."


def track_heading(label: str, disagreement: bool, note: str | None) -> Text:
    """A track's label, with its disagreement flag."""
    heading = plain(label, "bold")
    if disagreement:
        heading.append("  ⚠ sources differ", "bold reverse")
    if note:
        heading.append("\n").append_text(plain(note, "italic"))
    return heading


def track_heading_lines(label: str, disagreement: bool, note: str | None) -> list[str] | None:
    """The text of a track heading's lines, without building it (None when it is not plain text)."""
    first = label + ("  ⚠ sources differ" if disagreement else "")
    return plain_lines(first, note) if note else plain_lines(first)


def figure_entry_lines(figure: Figure, article: Article | None) -> list[str] | None:
    """The text of a figure entry's lines, without building it (None when it is not plain text)."""
    outlet = (article.outlet if article else None) or "unknown outlet"
    line = _phrase(figure, article)
    if plain_lines(outlet, line) is None:
        return None
    return [f"  {short_date(article) if article else '?':<7} {outlet}", f"    {line}"]


def figure_entry(figure: Figure, article: Article | None) -> Group:
    """Date and outlet; then, under them and indented as it wraps, the figure in bold and its context."""
    head = Text(f"{short_date(article) if article else '?':<7} ")
    head.append_text(plain((article.outlet if article else None) or "unknown outlet", "dim"))
    body = plain(figure.text, "bold")
    phrase = _phrase(figure, article)
    if phrase.startswith(figure.text):  # the figure first (in bold), then its context as written
        body.append_text(plain(phrase[len(figure.text) :], "dim"))
    else:  # the context stands before the figure in the text
        body = plain(phrase[: -len(figure.text)], "dim").append_text(plain(figure.text, "bold"))
    return indented((2, head), (4, body))


def _phrase(figure: Figure, article: Article | None) -> str:
    """The figure and its context as the article's paragraph has them."""
    if article is None or not 0 <= figure.paragraph < len(article.paragraphs):
        return figure.text + (f" {figure.context}" if figure.context else "")
    return figure_phrase(figure, article.paragraphs[figure.paragraph].text)


class FiguresList(GrowingOptionList):
    """Tracks as headings, figures as entries (date · outlet · figure); Enter opens the sentence.

    Entries are built and measured as they come into view: tens of thousands of figures open at once.
    """

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the list from the analysis's tracks."""
        figures = {f.id: f for f in analysis.figures}
        articles = {a.id: a for a in analysis.articles}
        options: list[Option] = []
        for track in analysis.tracks:
            heading = (track.label, track.disagreement, track.note)
            options.append(
                LazyOption(partial(track_heading, *heading), disabled=True, lines=partial(track_heading_lines, *heading))
            )
            for fid in track.figures:
                figure = figures.get(fid)
                if figure is None:
                    continue
                article = articles.get(figure.article)
                options.append(
                    LazyOption(
                        partial(figure_entry, figure, article), id=figure.id, lines=partial(figure_entry_lines, figure, article)
                    )
                )
        if not options:
            options.append(Option(Text(EMPTY, style="italic"), disabled=True))
        self.set_options(options)
        self._figures = figures
        self.highlighted = next((n for n, o in enumerate(options) if not o.disabled), None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Jump to the chosen figure's sentence."""
        event.stop()
        figure = getattr(self, "_figures", {}).get(event.option.id)
        if figure is not None:
            self.post_message(JumpRequested(Place(figure.article, figure.paragraph, figure.start, figure.end)))
