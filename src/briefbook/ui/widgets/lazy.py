"""Options whose prompt is built the first time the list draws them, so long lists cost only what is on screen."""

from __future__ import annotations

from collections.abc import Callable

from textual.visual import VisualType
from textual.widgets.option_list import Option


class LazyOption(Option):
    """An option that builds its prompt on first use (and again after `forget_prompt`)."""

    def __init__(self, build: Callable[[], VisualType], id: str | None = None, disabled: bool = False) -> None:
        """An option drawn by calling `build` when it is first shown."""
        super().__init__("", id=id, disabled=disabled)
        self._build = build
        self._prompt = None

    @property
    def prompt(self) -> VisualType:
        """The prompt, built now if it has not been yet."""
        if self._prompt is None:
            self._prompt = self._build()
        return self._prompt

    def forget_prompt(self) -> None:
        """Build the prompt again the next time it is drawn (what it shows has changed)."""
        self._prompt = None
        self._visual = None
