"""An actor's statements, listed a screenful first and the rest in small batches, so Enter on an actor answers at once.

Each entry wraps to its own height (the quotation is shown whole), so the list has to measure every entry it
holds; measuring hundreds at once held the key back by a tenth of a second or more.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from textual.widgets import OptionList
from textual.widgets.option_list import Option

FIRST_BATCH = 30
BATCH = 40
BATCH_EVERY_SECONDS = 0.01


class StatementList(OptionList):
    """An option list filled a screenful at once, then a batch at a time between key presses."""

    _pending: Iterator[Option] | None = None
    _filling = 0

    def show_options(self, options: Iterable[Option]) -> None:
        """Replace the entries: the first screenful now, the rest soon after (highlight on the first)."""
        self._filling += 1
        pending = iter(options)
        self.set_options(islice(pending, FIRST_BATCH))
        if self.option_count:
            self.highlighted = 0
        self._pending = pending
        if self.option_count == FIRST_BATCH:
            self.set_timer(BATCH_EVERY_SECONDS, lambda filling=self._filling: self._add_batch(filling))

    def _add_batch(self, filling: int) -> None:
        """Add the next batch, unless the list was filled anew meanwhile."""
        if filling != self._filling or self._pending is None:
            return
        batch = list(islice(self._pending, BATCH))
        if batch:
            self.add_options(batch)
        if len(batch) == BATCH:
            self.set_timer(BATCH_EVERY_SECONDS, lambda: self._add_batch(filling))
        else:
            self._pending = None

    def clear_options(self) -> StatementList:
        """Empty the list (and stop filling it)."""
        self._filling += 1
        self._pending = None
        super().clear_options()
        return self

    def fill_now(self) -> None:
        """Add every entry still waiting (before moving to the end, say)."""
        if self._pending is not None:
            rest = list(self._pending)
            self._pending = None
            self._filling += 1
            if rest:
                self.add_options(rest)

    def action_last(self) -> None:
        """End: the last entry, once all are listed."""
        self.fill_now()
        super().action_last()

    def action_page_down(self) -> None:
        """Page down, through entries still being listed too."""
        self.fill_now()
        super().action_page_down()
