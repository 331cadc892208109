"""The README's key map is generated from the bindings and kept in step with them."""

from __future__ import annotations

from pathlib import Path

from briefbook.ui.app import BriefbookApp
from briefbook.ui.keymap import END, START, keymap, markdown_table
from briefbook.ui.screens.main import MainScreen

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_described_binding_of_the_book_is_in_the_key_map() -> None:
    rows = keymap()
    actions = {row.action for row in rows}
    for binding in [*MainScreen.BINDINGS, *BriefbookApp.BINDINGS]:
        if getattr(binding, "description", "") and not binding.description.startswith("Source "):
            assert binding.description in actions


def test_readme_key_map_matches_the_bindings() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert section == markdown_table(keymap()), "run: python -m briefbook.ui.keymap --write README.md"
