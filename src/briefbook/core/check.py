"""`briefbook check`: validate a briefing's manifest and articles, every problem on one line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .loading import TargetError, read_source, resolve_target
from .manifest import ManifestError, Problem

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


@dataclass
class CheckReport:
    """Problems found, notes worth reading, and the exit status they add up to."""

    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    status: int = EXIT_CLEAN
    articles: int = 0


def check_target(target: str | None, *, allow_outside: bool = False) -> CheckReport:
    """Check a manifest, folder or article file, and every article it names."""
    report = CheckReport()
    try:
        briefing, problems = resolve_target(target, allow_outside=allow_outside)
    except ManifestError as exc:
        report.problems.append(exc.problem)
        report.status = EXIT_UNREADABLE
        return report
    except TargetError as exc:
        report.problems.append(Problem(str(target), 1, 1, str(exc).split(": ", 1)[-1], True))
        report.status = EXIT_UNREADABLE
        return report
    report.problems.extend(problems)
    manifest = briefing.manifest
    for source in briefing.sources:
        report.articles += 1
        _, probs = read_source(source)
        for p in probs:
            if p.message.startswith("note: "):
                report.notes.append(Problem(p.file, p.line, p.col, p.message[6:]))
            elif manifest and source.line and p.message in ("the article file does not exist",) :
                report.problems.append(Problem(manifest, source.line, 5, f"{p.message}: {Path(source.path).name}"))
            else:
                report.problems.append(p)
    if not briefing.sources and not problems:
        report.problems.append(Problem(briefing.manifest or briefing.root, 1, 1, "no articles found (.txt, .md or .html files)"))
    report.problems.sort(key=lambda p: (p.file != manifest, p.file, p.line, p.col))
    report.status = EXIT_PROBLEMS if report.problems else EXIT_CLEAN
    return report
