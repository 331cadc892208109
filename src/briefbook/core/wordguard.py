"""An alternation of phrases searched only in texts that hold a word one of its phrases opens with.

A case-insensitive search for many phrases tries every alternative at every position of a text,
which is slow on long lines; most lines hold none of the phrases' first words, and finding that
out is a few substring checks. The answer is the same as the pattern's own search.
"""

from __future__ import annotations

import re

# The only characters that IGNORECASE matches to an ASCII letter but whose lower case is not that
# letter (dotted and dotless i, long s): a text holding one is searched in full.
ODD_CASE = ("\u0130", "\u0131", "\u017f")
_LEADING_WORD = re.compile(r"(?:\\b)*([A-Za-z]+)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def top_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's top level, with one wrapping non-capturing group opened."""
    if source.startswith("(?:") and _group_end(source, 0) == len(source) - 1:
        source = source[3:-1]
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _class_end(source: str, i: int) -> int:
    """The index of the ']' closing the character class opened at i."""
    j = i + 1
    if source[j:j + 1] == "^":
        j += 1
    if source[j:j + 1] == "]":
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j


def _group_end(source: str, i: int) -> int:
    """The index of the ')' closing the group opened at i."""
    depth = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(source, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def leading_word(alternative: str) -> str | None:
    """The literal ASCII word (three letters or more) every match of an alternative opens with, if it has one."""
    m = _LEADING_WORD.match(alternative)
    if not m:
        return None
    word = m.group(1)
    if alternative[m.end():m.end() + 1] in ("?", "*", "{"):
        word = word[:-1]
    return word if len(word) >= 3 else None


class GuardedSearch:
    """Whether a pattern finds anything in a text (as bool(pattern.search(text))), trying it only where it can match.

    The anchored alternatives ('^...') are tried at the start only; each other alternative only where
    the word it opens with stands in the text. An alternative without such a word leaves every text
    searched in full, as does (for a case-insensitive pattern) a text holding one of ODD_CASE.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        flags = pattern.flags
        alternatives = top_alternatives(pattern.pattern)
        anchored = [a[1:] for a in alternatives if a.startswith("^")]
        loose = [a for a in alternatives if not a.startswith("^")]
        words = [leading_word(a) for a in loose]
        plain = not flags & (re.VERBOSE | re.MULTILINE) and not _BACKREFERENCE.search(pattern.pattern)
        self.pattern = pattern
        self.usable = plain and all(words)
        self.ignore_case = bool(flags & re.IGNORECASE)
        self.start = re.compile("|".join(anchored), flags) if self.usable and anchored else None
        grouped: dict[str, list[str]] = {}
        for word, alternative in zip(words, loose):
            if word:
                grouped.setdefault(word.lower() if self.ignore_case else word, []).append(alternative)
        self.by_word = {w: re.compile("|".join(alts), flags) for w, alts in sorted(grouped.items())} if self.usable else {}

    def __call__(self, text: str) -> bool:
        """True when the pattern's search finds a match in the text."""
        # ODD_CASE's characters, each looked for (a generator over them costs more than the searches).
        if not self.usable or (self.ignore_case and ("\u0130" in text or "\u0131" in text or "\u017f" in text)):
            return self.pattern.search(text) is not None
        if self.start is not None and self.start.match(text):
            return True
        # Without ODD_CASE characters lower() keeps every character in its place (only U+0130 grows).
        folded = text.lower() if self.ignore_case else text
        for word, alternatives in self.by_word.items():
            at = folded.find(word)
            while at >= 0:
                if alternatives.match(text, at):
                    return True
                at = folded.find(word, at + 1)
        return False


__all__ = ["ODD_CASE", "GuardedSearch", "leading_word", "top_alternatives"]
