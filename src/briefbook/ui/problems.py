"""What went wrong reading a briefing: articles skipped, articles read with repairs, and every problem line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.model import Analysis

LOCATED = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<col>\d+): (?P<message>.*)$", re.DOTALL)


@dataclass(frozen=True)
class ProblemSummary:
    """Problem lines sorted by what they mean for the reader: which files were skipped, which read with repairs."""

    skipped: tuple[str, ...]
    repaired: tuple[str, ...]
    lines: tuple[str, ...]

    def notice(self) -> str | None:
        """'2 articles skipped (not readable) · 3 read with repairs · ctrl+p Show problems', or None when all is well."""
        parts = []
        if self.skipped:
            parts.append(f"{count(len(self.skipped), 'article')} skipped (not readable)")
        if self.repaired:
            parts.append(f"{count(len(self.repaired), 'article') if not parts else len(self.repaired)} read with repairs")
        if not parts and self.lines:
            parts.append(count(len(self.lines), "problem"))
        return " · ".join(parts + ["ctrl+p Show problems lists them"]) if parts else None


def count(n: int, noun: str) -> str:
    """'1 article', '3 articles'."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def problem_file(line: str) -> str | None:
    """The file a located problem line ('FILE:LINE:COL: message') is about."""
    found = LOCATED.match(line)
    return found.group("file") if found else None


def summarise_problems(analysis: Analysis, briefing_problems: Iterable[str] = ()) -> ProblemSummary:
    """Sort the analysis's problems by file: a file with no article read is skipped, else it was read with repairs."""
    read = {str(Path(article.file)) for article in analysis.articles}
    skipped: dict[str, None] = {}
    repaired: dict[str, None] = {}
    for line in analysis.problems:
        file = problem_file(line)
        if file is None:
            continue
        if str(Path(file)) in read:
            repaired[file] = None
        else:
            skipped[file] = None
    lines: Sequence[str] = [*briefing_problems, *analysis.problems]
    return ProblemSummary(tuple(skipped), tuple(repaired), tuple(dict.fromkeys(lines)))
