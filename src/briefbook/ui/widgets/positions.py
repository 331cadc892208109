"""The Positions panel: actors filterable by typing; one actor's statements source by source; Enter jumps."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...core.model import Analysis, Statement
from ..messages import JumpRequested, Place
from ..positions_data import ActorPosition, PositionIndex
from ..render import plain
from .contents import short_date
from .lazy import GrowingOptionList, LazyOption

EMPTY = "No statements by actors were found in this briefing."


def actor_entry(position: ActorPosition) -> Text:
    """An actor's name, role and number of statements, flagged when sources disagree."""
    entry = plain(position.actor.name, "bold")
    if position.actor.role:
        entry.append(" (").append_text(plain(position.actor.role)).append(")")
    entry.append(f"  {len(position.statements)}", "dim")
    if position.disagreement:
        entry.append("  ⚠ sources differ", "bold reverse")
    return entry


def statement_entry(statement: Statement, analysis: Analysis, flagged: bool) -> RenderableType:
    """Date and outlet; then, indented as they wrap, kind and stance and the quotation or the sentence."""
    art = analysis.article(statement.article)
    heading = Text(f"── {short_date(art)} · ", "bold")
    heading.append_text(plain(art.outlet or "unknown outlet", "bold"))
    body = Text(statement.kind, "italic")
    body.append(f" · {statement.stance or 'no stance'}", "italic")
    if flagged:
        body.append("  ⚠", "bold reverse")
    body.append("\n")
    if statement.quote:
        body.append("“").append_text(plain(statement.quote)).append("”")
    else:
        body.append_text(plain(statement.sentence_text))
    return Group(heading, Padding(body, (0, 0, 0, 3)))


class PositionsPanel(Vertical):
    """Type to filter the actors; Enter on an actor lists its statements; Enter on a statement jumps."""

    KEYS_TITLE = "Positions panel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back to actors", show=False, id="positions.back"),
        Binding("down", "to_actors", "Actors", show=False, id="positions.to_actors"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        """An empty panel; `show_analysis` fills it."""
        super().__init__(id=id)
        self._analysis: Analysis | None = None
        self._index: PositionIndex | None = None
        self._statements: dict[str, Statement] = {}

    def compose(self) -> ComposeResult:
        """Filter, actor list and the chosen actor's heading; the statements list comes when an actor is chosen."""
        yield Input(placeholder="type to filter actors", id="actor-filter")
        yield GrowingOptionList(id="actors")
        yield Static("", id="actor-heading", markup=False)

    @property
    def statements_list(self) -> GrowingOptionList | None:
        """The chosen actor's statements (None until an actor has been chosen)."""
        found = self.query("#statements")
        return found.first(GrowingOptionList) if found else None

    def show_analysis(self, analysis: Analysis) -> None:
        """Fill the actor list from an analysis."""
        self._analysis = analysis
        self._index = PositionIndex(analysis)
        self._apply_filter(self.query_one("#actor-filter", Input).value)
        if self.statements_list is not None:
            self.statements_list.clear_options()
        self.query_one("#actor-heading", Static).update("")

    def _apply_filter(self, text: str) -> None:
        """Show the actors whose name, role or alias contains the folded filter."""
        shown = self._index.matching(text) if self._index is not None else []
        actors = self.query_one("#actors", OptionList)
        if shown:
            actors.set_options(LazyOption(partial(self._actor_entry, actor.id), id=actor.id) for actor in shown)
            actors.highlighted = 0
        else:
            message = EMPTY if self._index is None or not self._index.actors else "No actor matches the filter."
            actors.set_options([Option(Text(message, style="italic"), disabled=True)])

    def _actor_entry(self, actor_id: str) -> Text:
        """An actor's entry in the list (its statements compared across sources when it is first drawn)."""
        return actor_entry(self._index.position(actor_id))

    @on(Input.Changed, "#actor-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        """Filter as the user types."""
        self._apply_filter(event.value)

    @on(Input.Submitted, "#actor-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        """Enter after typing opens the first actor that matches (the one highlighted); in an empty filter it moves to the list."""
        actors = self.query_one("#actors", OptionList)
        highlighted = actors.highlighted
        if event.value.strip() and highlighted is not None and not actors.get_option_at_index(highlighted).disabled:
            self.show_actor(actors.get_option_at_index(highlighted).id or "")
        else:
            actors.focus()

    def action_to_actors(self) -> None:
        """Down in the filter moves to the actor list (elsewhere Down moves in the list that has the focus)."""
        if not self.query_one("#actor-filter", Input).has_focus:
            raise SkipAction()
        self.query_one("#actors", OptionList).focus()

    @on(OptionList.OptionSelected, "#actors")
    def _actor_chosen(self, event: OptionList.OptionSelected) -> None:
        """List the chosen actor's statements, source by source."""
        event.stop()
        self.show_actor(event.option.id or "")

    def show_actor(self, actor_id: str) -> None:
        """Show one actor's statements and focus them (adding the statements list the first time)."""
        position = self._index.position(actor_id) if self._index is not None else None
        if position is None or self._analysis is None:
            return
        heading = actor_entry(position)
        self.query_one("#actor-heading", Static).update(heading)
        self._statements = {s.id: s for s in position.statements}
        statements = self.statements_list
        if statements is None:
            self.mount(GrowingOptionList(id="statements"))
        if statements is None or not statements.is_mounted:
            self.call_after_refresh(self._fill_statements, position)
        else:
            self._fill_statements(position)

    def _fill_statements(self, position: ActorPosition) -> None:
        """List an actor's statements, source by source, and focus the list."""
        statements = self.statements_list
        if statements is None or self._analysis is None:
            return
        analysis, flagged = self._analysis, position.flagged
        statements.set_options(
            LazyOption(lambda s=s: statement_entry(s, analysis, s.id in flagged), id=s.id) for s in position.statements
        )
        statements.highlighted = 0
        statements.focus()

    @on(OptionList.OptionSelected, "#statements")
    def _statement_chosen(self, event: OptionList.OptionSelected) -> None:
        """Open the statement's sentence in the reader."""
        event.stop()
        statement = self._statements.get(event.option.id or "")
        if statement is not None:
            self.post_message(JumpRequested(Place(statement.article, statement.paragraph, statement.start, statement.end)))

    def action_back(self) -> None:
        """From the statements back to the actor list; elsewhere Escape goes on to the screen."""
        statements = self.statements_list
        if statements is None or not statements.has_focus:
            raise SkipAction()
        self.query_one("#actors", OptionList).focus()
