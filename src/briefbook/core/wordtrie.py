"""Regex alternations of many words built as a trie, so a scan tries one branch per character, not every word.

A trie alternation matches exactly what the longest-first alternation of the same words matches, and prefers
the same word: at each character only one branch can match the text, and a longer word is tried before the
shorter word it extends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(
    words: Iterable[str],
    fold: bool = False,
    flexible_spaces: bool = False,
    not_after: str | None = None,
    first_class: bool = True,
) -> str:
    """The regex (no groups) matching any of the words, longest first; `fold` for use under (?i:...).

    With `flexible_spaces`, a space in a word matches any run of white space. Many first characters are
    checked at once, as a character class, before the branches are tried. `not_after` is a character
    class that may not stand before a match (say, word characters and the period): it is checked right
    after the first character, so a pattern that starts with the alternation keeps the regex engine's
    fast scan for first characters (a lookbehind in front would make the engine try every position).
    `first_class=False` leaves out the class check, for a pattern that is the alternation alone (the
    engine then scans for first characters itself, faster).
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word.lower() if fold else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def edge(ch: str) -> str:
        """The regex for one character of a word."""
        return r"\s+" if flexible_spaces and ch == " " else re.escape(ch)

    def build(node: dict[str, dict]) -> str:
        """The regex for the words below one node of the trie."""
        branches = [edge(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends = "" in node
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    if not_after is not None:
        if "" in root or (flexible_spaces and " " in root):
            raise ValueError("not_after needs words that start with a character of their own")
        branches = [edge(ch) + f"(?<!{not_after}{re.escape(ch)})" + build(child) for ch, child in sorted(root.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    body = build(root)
    firsts = [ch for ch in root if ch]
    if first_class and len(firsts) > 3 and "" not in root and not (flexible_spaces and " " in firsts):
        body = "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])" + body
    return body
