"""Briefing manifests: reading and validating the YAML a staffer writes, with a line for every problem.

The YAML itself is parsed in `manifest_yaml` (PyYAML's safe machinery only), imported when a manifest must be
parsed: a manifest read before, unchanged, is taken from the cache folder with its article paths checked again.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

from . import filememo
from .model import ActorConfig, ArticleSource, Briefing
from .reading import NotAFileError, TooLargeError, printable, read_bounded

MANIFEST_SUFFIXES = (".yaml", ".yml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", *HTML_SUFFIXES)
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

TOP_KEYS = {"title": str, "description": str, "articles": list, "actors": list, "questions": list}
ARTICLE_KEYS = {"file": str, "outlet": str, "date": "date", "title": str, "drop": list, "id": str}
ACTOR_KEYS = {"name": str, "kind": str, "role": str, "aliases": list, "group": str}
ACTOR_KINDS = ("person", "organization", "country")
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
}


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One problem with a manifest or an article, located as FILE:LINE:COL."""

    file: str
    line: int
    col: int
    message: str
    fatal: bool = False

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.line}:{self.col}: {self.message}")


class ManifestError(Exception):
    """A manifest that cannot be used at all (not YAML, not a mapping, unreadable)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class ManifestPaths:
    """Where a manifest's article paths lead: the folder tree they must stay in, and each one's real path."""

    def __init__(self, path: Path) -> None:
        self._folders: dict[str, str] = {}
        self._root = str(briefing_root(path).resolve())
        self._self_key = str(path.resolve())
        self._base = str(path.parent)

    def resolved(self, path: str) -> str:
        """os.path.realpath(path), resolving each folder once: a manifest of 10,000 articles in one
        folder costs one lookup per file, not one per path component."""
        parent, name = os.path.split(path)
        folder = self._folders.get(parent)
        if folder is None:
            folder = self._folders[parent] = os.path.realpath(parent or ".")
        candidate = os.path.join(folder, name)
        return os.path.realpath(candidate) if os.path.islink(candidate) else candidate

    def inside(self, root: str, target: str) -> bool:
        try:
            resolved = self.resolved(target)
        except (ValueError, OSError):
            return False
        return resolved == root or resolved.startswith(root.rstrip(os.sep) + os.sep)

    def still_valid(self, sources: tuple[ArticleSource, ...], allow_outside: bool) -> bool:
        """True when every article path still passes the parser's checks: inside the briefing's folder tree
        (unless allowed outside), not the manifest itself, not listed twice (links may have changed since)."""
        seen: set[str] = set()
        for source in sources:
            if not allow_outside and not self.inside(self._root, source.path):
                return False
            try:
                key = self.resolved(source.path)
            except (ValueError, OSError):
                key = source.path
            if key == self._self_key or key in seen:
                return False
            seen.add(key)
        return True


def briefing_root(manifest: Path) -> Path:
    """The folder tree a manifest's articles must stay in.

    It is the manifest's folder; a manifest kept in a folder named `briefings` may also reach
    that folder's siblings (the layout `briefings/` beside `articles/` or `seeds/`).
    """
    folder = manifest.resolve().parent
    return folder.parent if folder.name == "briefings" else folder


def parse_manifest(path: Path, text: str, *, allow_outside: bool = False) -> tuple[Briefing, list[Problem]]:
    """Parse a manifest's text. Raises ManifestError when nothing usable can be read."""
    from .manifest_yaml import parse_manifest as parse

    return parse(path, text, allow_outside=allow_outside)


def read_manifest(path: Path, *, allow_outside: bool = False) -> tuple[Briefing, list[Problem]]:
    """Read and parse a manifest file."""
    label = str(path)
    try:
        data = read_bounded(path, MAX_MANIFEST_BYTES)
    except TooLargeError as exc:
        raise ManifestError(Problem(label, 1, 1, f"the manifest is {exc.size:,} bytes, over the {MAX_MANIFEST_BYTES:,}-byte bound", True)) from None
    except NotAFileError:
        raise ManifestError(Problem(label, 1, 1, "the manifest is not a regular file (a FIFO, socket or device)", True)) from None
    except OSError as exc:
        raise ManifestError(Problem(label, 1, 1, f"cannot read the manifest: {exc.strerror or exc}", True)) from None
    remembered = _recall(path, data, allow_outside)
    if remembered is not None:
        return remembered, []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ManifestError(Problem(label, line, 1, "the manifest is not UTF-8 text", True)) from None
    briefing, problems = parse_manifest(path, text, allow_outside=allow_outside)
    if not problems:
        _remember(path, data, allow_outside, briefing)
    return briefing, problems


# A manifest read without a problem is remembered (as JSON in the cache folder) with the SHA-256 of its bytes, so
# the next start with the same file needs no YAML parser: only its article paths are checked again.

_SHAPE = ";".join(",".join(f.name for f in fields(cls)) for cls in (Briefing, ArticleSource, ActorConfig))


def _memo_key(path: Path, allow_outside: bool) -> str:
    return f"{path.absolute()}\0{allow_outside}"


def _remember(path: Path, data: bytes, allow_outside: bool, briefing: Briefing) -> None:
    """Keep what a clean manifest parsed to (core.filememo)."""
    payload = {
        "shape": _SHAPE,
        "briefing": [
            briefing.title, briefing.description, briefing.root, briefing.manifest, list(briefing.questions),
            [[a.name, a.kind, a.role, list(a.aliases), a.group] for a in briefing.actors],
            [[s.id, s.path, s.order, s.outlet, s.date.isoformat() if s.date else None, s.title, list(s.drop), s.line]
             for s in briefing.sources],
        ],
    }
    filememo.remember("manifests", _memo_key(path, allow_outside), data, payload)


def _recall(path: Path, data: bytes, allow_outside: bool) -> Briefing | None:
    """The briefing remembered for these exact bytes at this path, when its article paths still pass; else None."""
    record = filememo.recall("manifests", _memo_key(path, allow_outside), data)
    try:
        if record is None or record["shape"] != _SHAPE:
            return None
        title, description, root, manifest, questions, actors, sources = record["briefing"]
        briefing = Briefing(
            title=title, description=description, root=root, manifest=manifest, questions=tuple(questions),
            actors=tuple(ActorConfig(n, k, r, tuple(al), g) for n, k, r, al, g in actors),
            sources=tuple(
                ArticleSource(i, p, o, out, dt.date.fromisoformat(d) if d else None, t, tuple(dr), ln)
                for i, p, o, out, d, t, dr, ln in sources
            ),
        )
    except (ValueError, TypeError, KeyError):
        return None
    return briefing if ManifestPaths(path).still_valid(briefing.sources, allow_outside) else None


def folder_briefing(folder: Path) -> Briefing:
    """A folder of articles with no manifest: every .txt, .md or .html file, in file-name order."""
    files = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )
    ids: dict[str, int] = {}
    sources = []
    for i, p in enumerate(files):
        ids[p.stem] = ids.get(p.stem, 0) + 1
        sources.append(ArticleSource(id=p.stem if ids[p.stem] == 1 else f"{p.stem}-{ids[p.stem]}", path=str(p), order=i))
    sources = tuple(sources)
    title = folder.resolve().name.replace("-", " ").replace("_", " ")
    return Briefing(title=title, description=None, sources=sources, root=str(folder))


def single_file_briefing(path: Path) -> Briefing:
    """One article file opened on its own."""
    return Briefing(title=path.stem, description=None, sources=(ArticleSource(id=path.stem, path=str(path), order=0),), root=str(path.parent))


def is_manifest(path: Path) -> bool:
    return path.suffix.lower() in MANIFEST_SUFFIXES


def relpath(path: str, start: str | None = None) -> str:
    """A path shown relative to the working folder when that is shorter."""
    try:
        rel = os.path.relpath(path, start or os.getcwd())
    except ValueError:
        return path
    return rel if len(rel) < len(path) else path
