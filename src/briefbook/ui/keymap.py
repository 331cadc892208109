"""The key map, generated from the app's bindings: for the README and anything else that lists keys.

`python -m briefbook.ui.keymap` prints it as a Markdown table; `--write README.md` replaces the
table between the `<!-- keys:start -->` and `<!-- keys:end -->` markers. A test keeps the README
in step with the bindings, so the key map there is never a hand-kept list.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding
from textual.keys import format_key

START, END = "<!-- keys:start -->", "<!-- keys:end -->"


@dataclass(frozen=True)
class KeyRow:
    """One binding as a row of the key map."""

    where: str
    keys: str
    action: str


_PLACES = {"BriefbookApp": "anywhere", "MainScreen": "the book", "Reader": "the reader"}


def _where(cls: type) -> str:
    """A short name for where a binding applies: a class's own `KEYMAP_PLACE`, or its name in words."""
    place = getattr(cls, "KEYMAP_PLACE", None) or _PLACES.get(cls.__name__)
    if place:
        return place
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", cls.__name__)
    words = [w for w in words if w not in ("Screen",)]
    return " ".join(w.lower() for w in words)


def _keys(binding: Binding) -> str:
    return " ".join(f"`{format_key(k.strip())}`" for k in binding.key.split(","))


def keymap() -> list[KeyRow]:
    """Every described binding of every class in briefbook.ui, the app's and the main screen's first."""
    import briefbook.ui as ui

    rows: list[KeyRow] = []
    seen: set[tuple[str, str]] = set()
    classes: list[type] = []
    for info in pkgutil.walk_packages(ui.__path__, "briefbook.ui."):
        if info.name.endswith(".keymap"):
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and "BINDINGS" in cls.__dict__ and cls not in classes:
                classes.append(cls)
    order = {"BriefbookApp": 0, "MainScreen": 1}
    classes.sort(key=lambda c: (order.get(c.__name__, 2), c.__module__, c.__name__))
    for cls in classes:
        where = _where(cls)
        palette = getattr(cls, "COMMAND_PALETTE_BINDING", None) if cls.__name__ == "BriefbookApp" else None
        if palette:
            rows.append(KeyRow(where, f"`{format_key(palette)}`", "Commands: jump to an article, actor or figure track; toggles"))
        for binding in cls.__dict__["BINDINGS"]:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            keys = _keys(binding)
            if (where, keys) in seen:
                continue
            seen.add((where, keys))
            rows.append(KeyRow(where, keys, binding.description))
    return rows


def markdown_table(rows: list[KeyRow]) -> str:
    """The key map as a Markdown table, grouped by where the keys apply."""
    lines = ["| where | keys | what it does |", "| --- | --- | --- |"]
    last = None
    merged: list[KeyRow] = []
    for row in rows:
        # `1` … `9` with "Source 1" … "Source 9" read as one row.
        prev = merged[-1] if merged else None
        if prev and prev.where == row.where and re.fullmatch(r"`\d`", row.keys) and re.sub(r"\d", "N", prev.action.split(" … ")[0]) == re.sub(r"\d", "N", row.action):
            first = prev.keys.split(" … ")[0]
            merged[-1] = KeyRow(row.where, f"{first} … {row.keys}", re.sub(r"\d+", "N", row.action))
            continue
        merged.append(row)
    for row in merged:
        lines.append(f"| {row.where if row.where != last else ''} | {row.keys} | {row.action} |")
        last = row.where
    return "\n".join(lines)


def replace_section(text: str, table: str) -> str:
    """The README text with the key map between the markers replaced."""
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Print the key map, or write it into a README."""
    parser = argparse.ArgumentParser(prog="python -m briefbook.ui.keymap")
    parser.add_argument("--write", metavar="README", help="replace the key map section of this file")
    args = parser.parse_args(argv)
    table = markdown_table(keymap())
    if args.write:
        path = Path(args.write)
        path.write_text(replace_section(path.read_text(encoding="utf-8"), table), encoding="utf-8")
    else:
        print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
