"""The `export` and `status` subcommands: a memo of a briefing, and where a review session stands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def _fail(message: str, code: int = 2) -> int:
    print(f"briefbook: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace):
    """The analysis of the target and its review store; (None, None, exit code) when the target is unusable."""
    from .core.analysis import analyze
    from .core.loading import TargetError, resolve_target
    from .core.manifest import ManifestError
    from .core.review import ReviewStore

    try:
        briefing, problems = resolve_target(args.target, allow_outside=args.allow_outside)
    except ManifestError as exc:
        return None, None, _fail(str(exc.problem))
    except TargetError as exc:
        return None, None, _fail(str(exc))
    for p in problems:
        print(str(p), file=sys.stderr)
    analysis = analyze(briefing)
    for p in analysis.problems:
        print(p, file=sys.stderr)
    store = ReviewStore.for_briefing(briefing, args.review_file)
    for message in store.take_messages():
        print(f"briefbook: {message}", file=sys.stderr)
    return analysis, store, None


def cmd_export(args: argparse.Namespace) -> int:
    """Write the briefing's memo (Markdown or HTML) to a file or to standard output."""
    from .core.export import render_memo
    from .core.review import atomic_write

    analysis, store, code = _open(args)
    if analysis is None:
        return code or 2
    if not analysis.articles:
        return _fail("no article could be read")
    text = render_memo(analysis, store.state, args.format)
    if args.output and args.output != "-":
        out = Path(args.output)
        try:
            atomic_write(out, text.encode("utf-8"))
        except OSError as exc:
            return _fail(f"cannot write {out}: {exc.strerror or exc}")
        print(f"wrote {out} ({args.format}, {len(analysis.articles)} sources)", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0


def status_lines(analysis, store) -> list[str]:
    """The session summary: progress, counts of flags and notes (and orphans), unreviewed articles, the file."""
    from .core.export import one_line
    from .core.review import REVIEWED, review_items

    ids = [a.id for a in analysis.articles]
    progress = store.progress(ids)
    items = review_items(store.state, analysis.articles)
    orphan_notes = sum(len(i.notes) for i in items if i.orphaned)
    orphan_flags = sum(len(i.flags) for i in items if i.orphaned)
    flags = len(store.state.flags)
    notes = len(store.state.notes)
    orphans = [f"{n} orphaned {what}{'s' * (n != 1)}" for n, what in ((orphan_notes, "note"), (orphan_flags, "flag")) if n]
    lines = [one_line(analysis.briefing.title),
             f"{progress.label} · {progress.read}/{progress.total} opened",
             f"{flags} flag{'s' * (flags != 1)}, {notes} note{'s' * (notes != 1)}"
             + (f" ({', '.join(orphans)}: the passage is no longer in the article)" if orphans else "")]
    unreviewed = [a for a in analysis.articles if store.status(a.id) != REVIEWED]
    if unreviewed:
        lines += ["", "Not yet reviewed:"]
        number = {a.id: n for n, a in enumerate(analysis.articles, 1)}
        lines += [f"{number[a.id]:>3}. {a.date.isoformat() if a.date else 'undated   '}  {one_line(a.outlet or 'unknown outlet')} — "
                  f"{one_line(a.title)} ({store.status(a.id)}{', year inferred' if a.date_source == 'inferred' else ''})"
                  for a in unreviewed]
    else:
        lines += ["", "Every article is reviewed."]
    if store.position and store.position.article in {a.id for a in analysis.articles}:
        art = analysis.article(store.position.article)
        lines += ["", f"Last position: {one_line(art.outlet or 'unknown outlet')} — {one_line(art.title)}, paragraph {store.position.paragraph + 1}"]
    exists = "" if store.path.exists() else " (not created yet)"
    lines.append("")
    lines.append(f"Review file: {store.path}{exists}" + (f"\n  ({store.where})" if store.where else ""))
    return lines


def cmd_status(args: argparse.Namespace) -> int:
    """Print where a review session stands."""
    analysis, store, code = _open(args)
    if analysis is None:
        return code or 2
    for line in status_lines(analysis, store):
        print(line)
    return 0


def add_export_commands(sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `export` and `status` to the subcommand parser."""
    pe = sub.add_parser("export", help="write a memo of the briefing and its review (Markdown or HTML)",
                        description="Write a memo: sources, key figures, positions, and the reviewer's flags and notes.")
    common(pe)
    pe.add_argument("--format", choices=("md", "html"), default="md", help="md for e-mail and chat, html to print (default: md)")
    pe.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    pe.add_argument("--review-file", metavar="PATH", help="the review file to read (default: next to the briefing)")
    pe.set_defaults(func=cmd_export)
    ps = sub.add_parser("status", help="print review progress, flags, notes and unreviewed articles",
                        description="Print where a review session stands: progress, flags and notes, unreviewed articles.")
    common(ps)
    ps.add_argument("--review-file", metavar="PATH", help="the review file to read (default: next to the briefing)")
    ps.set_defaults(func=cmd_status)
