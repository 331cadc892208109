"""Option lists that build and measure only what is on screen: long lists (contents, actors, figures) open at once."""

from __future__ import annotations

from collections.abc import Callable

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Group
from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual, VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..render import SHOWN_AS_CODE


def plain_lines(*lines: str) -> list[str] | None:
    """The lines as drawn, when they are plain text drawn as they are (no control, invisible or tab
    characters, which are drawn as codes or spaces); None otherwise."""
    for line in lines:
        if "\n" in line or "\t" in line or SHOWN_AS_CODE.search(line):
            return None
    return list(lines)


def set_virtual_size(view: OptionList, size: Size) -> None:
    """Give a scrolling list the size of its content, laying the screen out again only when that shows or hides a scrollbar.

    A list measures its lines while it is drawn; assigning `virtual_size` would always ask for a new layout, and so a
    second drawing of the whole screen right after the first. A scroll view's layout does not depend on its virtual
    size except through its scrollbars, and `_scroll_update` asks for a layout itself when they appear or go.
    """
    view.set_reactive(OptionList.virtual_size, size)
    view._scroll_update(size)


def hanging(line: str) -> tuple[int, str]:
    """A line's indent (its leading spaces) and its text."""
    text = line.lstrip(" ")
    return len(line) - len(text), text


def indented(*lines: tuple[int, Text]) -> Group:
    """Lines drawn with a hanging indent: a line that wraps goes on under its own first character."""
    return Group(*(Padding(text, (0, 0, 0, indent)) if indent else text for indent, text in lines))


def known_height(lines: list[str], width: int, fold: bool = True) -> int:
    """The height of lines drawn by `indented` at a width: each wraps in the width left by its indent."""
    total = 0
    for line in lines:
        indent, text = hanging(line)
        room = max(1, width - indent)
        total += len(divide_line(text, room, fold=fold)) + 1 if cell_len(text) > room else 1
    return total


class LazyOption(Option):
    """An option that builds its prompt on first use (and again after `forget_prompt`).

    `lines`, when given, returns the text of the prompt's lines without building it (or None when it cannot
    say): a list can then find an entry's height from that text without building the entry. A line's leading
    spaces are a hanging indent: the entry is drawn with `indented`.
    """

    def __init__(
        self,
        build: Callable[[], VisualType],
        id: str | None = None,
        disabled: bool = False,
        lines: Callable[[], list[str] | None] | None = None,
    ) -> None:
        """An option drawn by calling `build` when it is first shown."""
        super().__init__("", id=id, disabled=disabled)
        self._build = build
        self._prompt = None
        self._lines = lines

    def known_lines(self) -> list[str] | None:
        """The text of the prompt's lines, known without building it (None when it is not known or already built)."""
        if self._lines is None or self._prompt is not None:
            return None
        return self._lines()

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


class MeasuredOptionList(OptionList):
    """An option list that keeps its measured lines when a resize leaves its width as it was.

    Textual's list forgets every measured line and drawn entry on each resize; the first resize comes just
    after the first paint (with the size the list was drawn at), so the list would be measured and drawn twice.
    """

    _measured_width: int | None = None

    def _on_resize(self, event: events.Resize) -> None:
        """Keep the lines when the width is unchanged (a taller list measures further as it draws)."""
        width = self.scrollable_content_region.width
        if width == self._measured_width and self._line_cache.lines:
            event.prevent_default()  # a new height is drawn anyway: the resized list is repainted

    def _measure_at(self, width: int) -> None:
        """Forget lines measured at another width (the list may be drawn at a new size before its resize comes)."""
        if width != self._measured_width:
            if self._measured_width is not None:
                self._option_render_cache.clear()
                self._line_cache.clear()
            self._measured_width = width


class GrowingOptionList(MeasuredOptionList):
    """An option list that measures its options only as far down as the reader has got.

    Textual's list measures every option (building its text) before it draws the first line; here the
    line map grows to a couple of screens past the top line and the highlight, and the rest of the
    list is counted at the average height measured so far, so a list of tens of thousands of entries
    draws at once. Going to the end (End, or a page down at the bottom) measures what it passes.
    """

    AHEAD_SCREENS = 2

    def _update_lines(self) -> None:
        """Measure the options down to two screens past the top line and the highlight."""
        region = self.scrollable_content_region
        if not region:
            return
        self._measure_at(region.width)
        cache = self._line_cache
        lines = cache.lines
        width = region.width - self._get_left_gutter_width()
        padding = self.get_component_styles("option-list--option").padding
        options = self.options
        highlighted = self.highlighted or 0
        screen = max(1, region.height)
        wanted = int(self.scroll_offset.y) + (self.AHEAD_SCREENS + 1) * screen
        index = first_new = lines[-1][0] + 1 if lines else 0
        while index < len(options):
            if index > highlighted and len(lines) >= max(wanted, cache.index_to_line[highlighted] + self.AHEAD_SCREENS * screen):
                break
            option = options[index]
            cache.index_to_line[index] = len(lines)
            count = self._option_height(option, width - padding.width) + option._divider
            cache.heights[index] = count
            lines.extend([(index, line) for line in range(count)])
            index += 1
        remaining = len(options) - index
        estimate = round(remaining * len(lines) / index) if index and remaining else 0
        last_divider = not remaining and options and options[-1]._divider
        virtual_size = Size(width, len(lines) + estimate - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            set_virtual_size(self, virtual_size)
            if self.highlighted is not None and self.highlighted >= first_new:
                self.call_after_refresh(self.scroll_to_highlight)

    def _option_height(self, option: Option, width: int) -> int:
        """An option's height in lines: from its lines' text when that is known, else measured on the built entry.

        The text is wrapped as Textual's Content wraps it (Rich's `divide_line`; styles do not move line breaks),
        a line's leading spaces being a hanging indent (see `known_height`).
        """
        lines = option.known_lines() if isinstance(option, LazyOption) else None
        if lines is None:
            return self._height(self._get_visual(option), width)
        if all(cell_len(line) <= width for line in lines):
            return len(lines)
        rules = self.styles
        if rules.get("text_wrap", "wrap") == "nowrap":
            return len(lines)
        return known_height(lines, width, fold=rules.get("text_overflow", "fold") == "fold")

    def _height(self, visual: Visual, width: int) -> int:
        """An option's height in lines: counted when every line fits the width, else wrapped to find out."""
        if isinstance(visual, Content):
            lines = visual.plain.split("\n")
            if all(cell_len(line) <= width for line in lines):
                return len(lines)
        return visual.get_height(self.styles, width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Measured when the options could fit the space given; otherwise at least one line each (taller than
        that space, so a list that may grow no further than its container fills it without measuring)."""
        if len(self.options) <= container.height:
            return super().get_content_height(container, viewport, width)
        return len(self.options)


class TwoLineOptionList(MeasuredOptionList):
    """An option list whose entries are two lines each: its line map is laid out without measuring them."""

    ENTRY_LINES = 2

    def _update_lines(self) -> None:
        """Line map of the entries, two lines each, without measuring them."""
        if not self.scrollable_content_region:
            return
        self._measure_at(self.scrollable_content_region.width)
        cache = self._line_cache
        lines = self.ENTRY_LINES
        for index in range(len(cache.lines) // lines, len(self.options)):
            cache.index_to_line[index] = len(cache.lines)
            cache.heights[index] = lines
            cache.lines.extend((index, line) for line in range(lines))
        width = self._measured_width - self._get_left_gutter_width()
        virtual_size = Size(width, len(cache.lines))
        if virtual_size != self.virtual_size:
            set_virtual_size(self, virtual_size)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Two lines per entry."""
        return self.ENTRY_LINES * len(self.options)

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        """An entry's lines, cut or padded to exactly two (should a long word wrap in a narrow list)."""
        strips = super()._get_option_render(option, style)
        if len(strips) == self.ENTRY_LINES:
            return strips
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        blank = Strip.blank(width, style.rich_style)
        return (strips + [blank] * self.ENTRY_LINES)[: self.ENTRY_LINES]
