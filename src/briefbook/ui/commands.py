"""The command palette's briefbook commands: the toggles, review actions, and jumps to an article, actor or track."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from .messages import Place
from .positions_data import PositionIndex

Command = tuple[str, Callable[[], object], str]


class BriefbookCommands(Provider):
    """Commands built from the open briefing (titles shown as plain text, never markup)."""

    def _screen(self):
        """The main screen, if it is open."""
        from .screens.main import MainScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _commands(self) -> Iterator[Command]:
        """Every command available now."""
        screen = self._screen()
        if screen is None:
            return
        yield "Toggle columns mode", screen.action_toggle_columns, "two or three sources side by side (c)"
        yield "Toggle contents", screen.action_toggle_contents, "the list of sources (t)"
        yield "Toggle side panel", screen.action_toggle_side, "Positions and Figures (s)"
        yield "Toggle removed text", screen.action_toggle_dropped, "what cleaning took out (d)"
        yield "Show positions matrix", screen.action_matrix, "actors × sources (m)"
        yield "Search all articles", screen.action_search, "(/)"
        yield "Show keys", screen.action_keys, "(?)"
        if self.app.problems or (self.app.analysis is not None and self.app.analysis.problems):
            yield "Show problems", self.app.action_show_problems, "articles skipped or read with repairs"
        if screen.review_allowed("toggle_reviewed"):
            yield "Toggle reviewed", screen.action_toggle_reviewed, "mark this article reviewed, or not (r)"
            yield "Export memo", screen.action_export, "Markdown or HTML, with your flags and notes (e)"
        if screen.store is not None:
            yield "Where is my review saved?", partial(_say_where, screen), "the review file"
        analysis = screen.analysis
        if analysis is None:
            return
        for n, art in enumerate(analysis.articles):
            yield f"Go to article {n + 1}: {art.outlet or 'unknown outlet'} · {art.title}", partial(screen.go_to, n), art.date_label
        index = PositionIndex(analysis)  # counts only: no actor's statements are compared to list them
        for actor in index.actors:
            yield f"Actor: {actor.name}", partial(_open_actor, screen, actor.id), f"{index.count(actor.id)} statements"
        figures = {f.id: f for f in analysis.figures}
        for track in analysis.tracks:
            first_figure = figures.get(track.figures[0]) if track.figures else None
            if first_figure is not None:
                place = Place(first_figure.article, first_figure.paragraph, first_figure.start, first_figure.end)
                yield f"Figure track: {track.label}", partial(screen.open_place, place), f"{len(track.figures)} figures"

    async def discover(self) -> Hits:
        """The toggles and review actions, shown before anything is typed."""
        for text, callback, help_text in self._commands():
            if text.startswith(("Go to article", "Actor:", "Figure track:")):
                break
            yield DiscoveryHit(Text(text), callback, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands matching the query (fuzzy)."""
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Text(text), callback, text=text, help=help_text)


def _say_where(screen) -> None:
    """Notify where the review file is, and why there."""
    from .app import BriefbookApp

    screen.notify(BriefbookApp.review_location(screen.store), title="Review file", markup=False, timeout=12)


def _open_actor(screen, actor_id: str) -> None:
    """Open the Positions tab on one actor's statements."""
    from .widgets.positions import PositionsPanel

    screen.action_open_tab("positions-tab")
    screen.query_one(PositionsPanel).show_actor(actor_id)
