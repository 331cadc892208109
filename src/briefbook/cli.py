"""The command line: `briefbook [TARGET]` opens the app; `analyze`, `check`, `export`, `status`."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = ("analyze", "check", "export", "status")


def _target_help() -> str:
    return "a manifest (.yaml), a folder of .txt, .md or .html articles, or one article; default: the bundled briefing"


def _say(line: object, *, err: bool = False) -> None:
    """Print one line with every control, bidi and invisible character made visible."""
    from .core.reading import printable

    print(printable(str(line)), file=sys.stderr if err else sys.stdout)


def _fail(message: str, code: int = 2) -> int:
    _say(f"briefbook: {message}", err=True)
    return code


def _json_text(data: object) -> str:
    """JSON with no raw control character: json escapes C0; DEL and C1 are escaped here too."""
    import re

    text = json.dumps(data, ensure_ascii=False, indent=1)
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


def _load(target: str | None, allow_outside: bool):
    """Resolve and analyse a target; returns (analysis, exit code or None)."""
    from .core.analysis import analyze
    from .core.loading import TargetError, resolve_target
    from .core.manifest import ManifestError

    try:
        briefing, problems = resolve_target(target, allow_outside=allow_outside)
    except ManifestError as exc:
        return None, _fail(str(exc.problem))
    except TargetError as exc:
        return None, _fail(str(exc))
    for p in problems:
        _say(p, err=True)
    from .core.progress import stderr_progress

    with stderr_progress() as progress:
        analysis = analyze(briefing, progress=progress)
    for p in analysis.problems:
        _say(p, err=True)
    return analysis, None


def cmd_analyze(args: argparse.Namespace) -> int:
    """Print the analysis of a briefing (JSON with --json)."""
    analysis, code = _load(args.target, args.allow_outside)
    if analysis is None:
        return code or 2
    if not analysis.articles:
        return _fail("no article could be read")
    if args.json:
        from .core.jsonout import analysis_to_dict

        sys.stdout.write(_json_text(analysis_to_dict(analysis)) + "\n")
        return 0
    from .core.summary import summary_lines

    for line in summary_lines(analysis):
        _say(line)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Validate a manifest and its articles."""
    from .core.check import check_target

    report = check_target(args.target, allow_outside=args.allow_outside)
    for p in report.problems:
        _say(p)
    if args.verbose:
        for p in report.notes:
            _say(f"{p} (note)")
    if report.status == 0:
        _say(f"ok: {report.articles} articles, no problems", err=True)
    return report.status


def cmd_open(args: argparse.Namespace) -> int:
    """Open the briefing book in the terminal."""
    from .core.loading import TargetError, resolve_target
    from .core.manifest import ManifestError

    try:
        briefing, problems = resolve_target(args.target, allow_outside=args.allow_outside)
    except ManifestError as exc:
        return _fail(str(exc.problem))
    except TargetError as exc:
        return _fail(str(exc))
    if not sys.stdout.isatty() and not getattr(args, "force_app", False):
        analysis, code = _load(args.target, args.allow_outside)
        if analysis is None:
            return code or 2
        from .core.summary import summary_lines

        for line in summary_lines(analysis):
            print(line)
        return 0
    try:
        from .ui.app import run_app
    except ImportError:
        analysis, code = _load(args.target, args.allow_outside)
        if analysis is None:
            return code or 2
        from .core.summary import summary_lines

        for line in summary_lines(analysis):
            print(line)
        return 0
    return run_app(briefing, problems=[str(p) for p in problems], review_file=getattr(args, "review_file", None))


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", nargs="?", help=_target_help())
    p.add_argument("--allow-outside", action="store_true", help="allow article paths outside the manifest's folder tree")


def build_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The parser for `briefbook [TARGET]` and the parser for the subcommands."""
    import argparse

    main = argparse.ArgumentParser(
        prog="briefbook",
        description="A terminal briefing-book reader. Subcommands: analyze, check, export, status (see 'briefbook COMMAND --help').",
    )
    _common(main)
    main.add_argument("--review-file", help="where the review state (marks, flags, notes) is kept")
    main.add_argument("--version", action="version", version=f"briefbook {__version__}")

    sub_parser = argparse.ArgumentParser(prog="briefbook")
    sub = sub_parser.add_subparsers(dest="command", required=True)
    pa = sub.add_parser("analyze", help="print the analysis of a briefing", description="Print the analysis of a briefing.")
    _common(pa)
    pa.add_argument("--json", action="store_true", help="print the analysis as JSON (a stable contract)")
    pa.set_defaults(func=cmd_analyze)
    pc = sub.add_parser("check", help="validate a manifest and its articles", description="Validate a manifest and its articles: FILE:LINE:COL: message; exit 0 clean, 1 problems, 2 unreadable.")
    _common(pc)
    pc.add_argument("-v", "--verbose", action="store_true", help="also print notes (encodings detected, characters removed)")
    pc.set_defaults(func=cmd_check)
    try:
        from .exporting_cli import add_export_commands
    except ImportError:
        pass
    else:
        add_export_commands(sub, _common)
    return main, sub_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `briefbook` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if len(args_list) <= 1 and not any(a.startswith("-") or a in SUBCOMMANDS for a in args_list):
        # `briefbook` or `briefbook TARGET`, the common case: no parser to build before the app starts.
        plain = SimpleNamespace(target=args_list[0] if args_list else None, allow_outside=False, review_file=None)
        try:
            return cmd_open(plain)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0
    main_parser, sub_parser = build_parser()
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            args = sub_parser.parse_args(args_list)
            if not hasattr(args, "func"):
                return _fail(f"'{args_list[0]}' is not available in this version")
            return int(args.func(args) or 0)
        args = main_parser.parse_args(args_list)
        return cmd_open(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
