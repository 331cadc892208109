"""Review sessions: reading state, flags and notes per briefing, kept in a YAML file that is never lost.

The API the app (and the `export`/`status` commands) build on:

- `review_path(briefing, override)` says where a briefing's review file lives, and why there.
- `ReviewStore.open(path)` loads it, recovering from a missing or broken file (`store.messages` says what
  happened; show them). Every change method (`mark_read`, `toggle_reviewed`, `toggle_flag`, `add_note`,
  `edit_note`, `delete_note`, `set_position`) saves at once, atomically, merging what another session
  wrote to the same file in the meantime. A save that fails is reported in `messages`, never raised; the
  state stays in memory and the next change retries.
- Reading marks and the place (`mark_read`, `set_status`, `set_position` with `save=False`) may wait: they
  are kept as pending and written by the next save of any kind, by `flush()`, or off the main thread by a
  `SaveJob` (`begin_save()`, `job.run()` in a thread, `end_save(job)` back on the main thread). Notes and
  flags are never deferred, and their save writes whatever is pending with them.
- `store.marks(article)` places flags and notes on the current text of an article (anchors are matched by
  sentence text, then by a near match; what no longer matches is listed as orphaned, never dropped);
  `review_items(state, articles)` does the same for a whole briefing, for memos and summaries.
- `store.refresh()` picks up changes another session saved (call it when the app regains focus or on a timer).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import filememo
from .model import Article, Briefing, Paragraph, Sentence
from .text import fold, squash

if TYPE_CHECKING:
    import yaml

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

UNREAD, READ, REVIEWED = "unread", "read", "reviewed"
STATUSES = (UNREAD, READ, REVIEWED)
IMPORTANT, QUESTION, CHECK = "important", "question", "check"
FLAGS = (IMPORTANT, QUESTION, CHECK)
FLAG_LABELS = {IMPORTANT: "important", QUESTION: "question", CHECK: "check this"}
SENTENCE, PARAGRAPH, ARTICLE = "sentence", "paragraph", "article"
SCOPES = (SENTENCE, PARAGRAPH, ARTICLE)
FORMAT_VERSION = 1
MAX_REVIEW_BYTES = 20 * 1024 * 1024
FOLDER_REVIEW_NAME = "briefing.review.yaml"
NEAR_MATCH = 0.8

EXACT, MOVED, CHANGED, ORPHANED = "exact", "moved", "changed", "orphaned"


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp with milliseconds (sortable as text)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " "})


def normalise(text: str) -> str:
    """The key an anchor is matched by: folded case, accents, quotes, dashes and white space."""
    return squash(fold(text.translate(_QUOTES)))


# ---------------------------------------------------------------- the state


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a flag or note belongs: an article, and in it a sentence or paragraph by its text (indices are hints)."""

    article: str
    scope: str = ARTICLE
    paragraph: int | None = None
    sentence: int | None = None
    quote: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the anchored passage whatever its position: article, scope and normalised text."""
        return (self.article, self.scope, normalise(self.quote))


def sentence_anchor(sentence: Sentence) -> Anchor:
    """The anchor of a sentence of the reading text."""
    return Anchor(sentence.article, SENTENCE, sentence.paragraph, sentence.index, sentence.text)


def paragraph_anchor(article_id: str, paragraph: Paragraph) -> Anchor:
    """The anchor of a whole paragraph."""
    return Anchor(article_id, PARAGRAPH, paragraph.index, None, paragraph.text)


def article_anchor(article_id: str) -> Anchor:
    """The anchor of a whole article."""
    return Anchor(article_id, ARTICLE)


@dataclass(frozen=True, slots=True)
class Note:
    """A reviewer's note (plain text, any number of lines) on a sentence, a paragraph or an article."""

    id: str
    anchor: Anchor
    text: str
    created: str
    updated: str
    conflict_of: str | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """One flag (important, question, check) set on a sentence."""

    anchor: Anchor
    kind: str
    at: str


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    """An article's reading state and when it was set."""

    status: str
    at: str


@dataclass(frozen=True, slots=True)
class Position:
    """Where the reviewer was: the article and paragraph to reopen at."""

    article: str
    paragraph: int
    at: str


FlagKey = tuple[str, str, str]


def flag_key(anchor: Anchor, kind: str) -> FlagKey:
    """Flags are keyed by article, sentence text and kind: setting one twice is one flag."""
    return (anchor.article, normalise(anchor.quote), kind)


@dataclass
class ReviewState:
    """Everything a review file holds (records are immutable; the maps are replaced as a whole on merge)."""

    statuses: dict[str, ArticleStatus] = field(default_factory=dict)
    flags: dict[FlagKey, Flag] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    position: Position | None = None

    def copy(self) -> ReviewState:
        """A copy whose maps can change without touching this one."""
        return ReviewState(dict(self.statuses), dict(self.flags), dict(self.notes), self.position)

    def status(self, article_id: str) -> str:
        """The article's reading state (unread when never opened)."""
        entry = self.statuses.get(article_id)
        return entry.status if entry else UNREAD

    def counts(self) -> dict[str, int]:
        """How many flags and notes there are (notes and flags on any article)."""
        return {"flags": len(self.flags), "notes": len(self.notes)}


# ---------------------------------------------------------------- YAML in and out


class ReviewFileError(Exception):
    """A review file that cannot be used: unreadable bytes, not YAML, or YAML of the wrong shape."""


def _text(value: Any, what: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ReviewFileError(f"{what} must be text")
    return str(value)


def _index(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ReviewFileError(f"{what} must be a whole number")
    return value


def _mapping(value: Any, what: str) -> dict:
    if not isinstance(value, dict):
        raise ReviewFileError(f"{what} must be a mapping")
    return value


def _list(value: Any, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ReviewFileError(f"{what} must be a list")
    return value


def _anchor(entry: dict, what: str, scope: str) -> Anchor:
    article = _text(entry.get("article"), f"{what}: article")
    quote = _text(entry.get("quote"), f"{what}: quote", optional=True) or ""
    if scope != ARTICLE and not quote.strip():
        raise ReviewFileError(f"{what}: a {scope} note needs its quote")
    return Anchor(article, scope, _index(entry.get("paragraph"), f"{what}: paragraph"),
                  _index(entry.get("sentence"), f"{what}: sentence"), quote)


def state_from_data(data: Any) -> ReviewState:
    """A review state from loaded YAML; raises ReviewFileError when the shape is wrong."""
    top = _mapping(data, "the review file")
    version = top.get("briefbook_review", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version > FORMAT_VERSION:
        raise ReviewFileError(f"unknown review file version {version!r}")
    state = ReviewState()
    for article, entry in _mapping(top.get("articles") or {}, "articles").items():
        entry = _mapping(entry, f"articles: {article}")
        status = entry.get("status")
        if status not in STATUSES:
            raise ReviewFileError(f"articles: {article}: status must be one of {', '.join(STATUSES)}")
        state.statuses[_text(article, "an article id")] = ArticleStatus(status, _text(entry.get("at"), "at", optional=True) or "")
    for n, entry in enumerate(_list(top.get("flags"), "flags"), 1):
        entry = _mapping(entry, f"flag {n}")
        anchor = _anchor(entry, f"flag {n}", SENTENCE)
        for kind, at in _mapping(entry.get("flags"), f"flag {n}: flags").items():
            if kind not in FLAGS:
                raise ReviewFileError(f"flag {n}: unknown flag {kind!r}")
            flag = Flag(anchor, kind, _text(at, f"flag {n}: time", optional=True) or "")
            state.flags[flag_key(anchor, kind)] = flag
    for n, entry in enumerate(_list(top.get("notes"), "notes"), 1):
        entry = _mapping(entry, f"note {n}")
        scope = entry.get("scope", SENTENCE)
        if scope not in SCOPES:
            raise ReviewFileError(f"note {n}: scope must be one of {', '.join(SCOPES)}")
        note_id = _text(entry.get("id"), f"note {n}: id")
        text = entry.get("text")
        if not isinstance(text, str):
            raise ReviewFileError(f"note {n}: text must be text")
        created = _text(entry.get("created"), f"note {n}: created", optional=True) or ""
        note = Note(note_id, _anchor(entry, f"note {n}", scope), text, created,
                    _text(entry.get("updated"), f"note {n}: updated", optional=True) or created,
                    _text(entry.get("conflict_of"), f"note {n}: conflict_of", optional=True))
        while note.id in state.notes and state.notes[note.id] != note:
            note = replace(note, id=f"{note.id}-2")
        state.notes[note.id] = note
    pos = top.get("position")
    if pos is not None:
        pos = _mapping(pos, "position")
        state.position = Position(_text(pos.get("article"), "position: article"),
                                  _index(pos.get("paragraph"), "position: paragraph") or 0,
                                  _text(pos.get("at"), "position: at", optional=True) or "")
    return state


def _anchor_data(anchor: Anchor) -> dict[str, Any]:
    data: dict[str, Any] = {"article": anchor.article}
    if anchor.scope != ARTICLE:
        data["paragraph"] = anchor.paragraph
        if anchor.scope == SENTENCE:
            data["sentence"] = anchor.sentence
        data["quote"] = anchor.quote
    return data


def state_to_data(state: ReviewState, title: str | None = None) -> dict[str, Any]:
    """The review state as plain data for YAML, in a stable, readable order."""
    data: dict[str, Any] = {"briefbook_review": FORMAT_VERSION}
    if title:
        data["briefing"] = title
    if state.position:
        data["position"] = {"article": state.position.article, "paragraph": state.position.paragraph, "at": state.position.at}
    data["articles"] = {a: {"status": s.status, "at": s.at} for a, s in sorted(state.statuses.items())}
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for flag in sorted(state.flags.values(), key=lambda f: (f.anchor.article, f.anchor.paragraph or 0, f.anchor.sentence or 0, f.kind)):
        entry = grouped.setdefault((flag.anchor.article, normalise(flag.anchor.quote)), {**_anchor_data(flag.anchor), "flags": {}})
        entry["flags"][flag.kind] = flag.at
    data["flags"] = list(grouped.values())
    notes = []
    for note in sorted(state.notes.values(), key=lambda n: (n.created, n.id)):
        entry = {"id": note.id, "scope": note.anchor.scope, **_anchor_data(note.anchor), "text": note.text,
                 "created": note.created, "updated": note.updated}
        if note.conflict_of:
            entry["conflict_of"] = note.conflict_of
        notes.append(entry)
    data["notes"] = notes
    return data


def _yaml():
    """PyYAML, imported when a review file is first written or parsed (a start whose file is remembered needs none)."""
    import yaml

    return yaml


@functools.cache
def _dumper() -> type:
    """Safe YAML without anchors/aliases, multi-line text as literal blocks."""
    yaml = _yaml()

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


HEADER = (
    "# briefbook review state: reading marks, flags and notes. Every change is saved at once;\n"
    "# the previous version is kept as .bak. Safe to edit by hand: a broken file is set aside, never lost.\n"
)


def dump_state(state: ReviewState, title: str | None = None) -> bytes:
    """The review file's bytes."""
    return _dump(state_to_data(state, title))


def _dump(data: dict) -> bytes:
    """The review file's bytes for its data; ValueError when YAML cannot write them."""
    yaml = _yaml()
    try:
        body = yaml.dump(data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=100)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from exc
    return (HEADER + body).encode("utf-8")


def parse_state(data: bytes, remembered: Path | None = None) -> ReviewState:
    """A review state from a file's bytes; raises ReviewFileError when they cannot be used.

    With `remembered` (the file's path), what the last save wrote there (or the last parse read) is taken from the
    cache folder instead of parsing the YAML again, when the bytes are the same (see `remember_state`).
    """
    if remembered is not None:
        known = _recall(remembered, data)
        if known is not None:
            try:
                return state_from_data(known)
            except ReviewFileError:
                pass
    if not data.strip():
        raise ReviewFileError("the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReviewFileError("the file is not UTF-8 text") from None
    yaml = _yaml()
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ReviewFileError(f"it is not valid YAML{where}") from None
    except RecursionError:
        raise ReviewFileError("it is nested too deeply") from None
    state = state_from_data(loaded)
    if remembered is not None:
        remember_state(remembered, data, loaded)
    return state


def _plain(value: Any) -> bool:
    """True when JSON gives `value` back exactly (strings, whole numbers, booleans, None, lists, maps by text)."""
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def remember_state(path: Path, written: bytes, data: dict) -> None:
    """Remember the data a save wrote to `path` (core.filememo), so the next start need not parse the YAML."""
    if _plain(data):
        filememo.remember("reviews", str(path.absolute()), written, data)


def _recall(path: Path, data: bytes) -> Any | None:
    """The data remembered for the review file at `path` when its bytes are `data`; None otherwise."""
    return filememo.recall("reviews", str(path.absolute()), data)


# ---------------------------------------------------------------- merging two sessions


def _merge_map(base: dict, mine: dict, theirs: dict, conflict: Callable[[Any, Any, Any, Any], list[tuple[Any, Any]]]) -> dict:
    """A three-way merge of keyed records: one-sided changes win; `conflict` settles two-sided ones."""
    out: dict = {}
    for key in list(theirs) + [k for k in mine if k not in theirs] + [k for k in base if k not in theirs and k not in mine]:
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == t:
            pairs = [(key, m)]
        elif m == b:
            pairs = [(key, t)]
        elif t == b:
            pairs = [(key, m)]
        else:
            pairs = conflict(key, b, m, t)
        for k, v in pairs:
            if v is not None:
                out[k] = v
    return out


def _note_conflict(key: str, base: Note | None, mine: Note | None, theirs: Note | None) -> list[tuple[str, Note | None]]:
    """Both sessions changed one note: an edit beats a deletion; two edits are both kept."""
    if mine is None or theirs is None:
        return [(key, mine or theirs)]
    copy_id = f"{key}-{secrets.token_hex(3)}"
    return [(key, theirs), (copy_id, replace(mine, id=copy_id, conflict_of=key))]


def _latest(key: Any, base: Any, mine: Any, theirs: Any) -> list[tuple[Any, Any]]:
    """Both sessions changed one record: the later change wins (a removal against a change keeps the change)."""
    if mine is None or theirs is None:
        return [(key, mine or theirs)]
    return [(key, max((theirs, mine), key=_rank))]


def _rank(record: Any) -> tuple:
    at = getattr(record, "at", "")
    advanced = STATUSES.index(record.status) if isinstance(record, ArticleStatus) else 0
    return (at, advanced)


def merge_states(base: ReviewState, mine: ReviewState, theirs: ReviewState) -> ReviewState:
    """Merge this session's state with what another session saved, both grown from `base`.

    Notes are additive (keyed by id; an edit against a deletion is kept; two different edits keep both,
    the copy marked `conflict_of`). Flags and statuses: a change on one side wins; on both sides the later
    one wins (statuses: then the more advanced). The position is the later one.
    """
    merged = ReviewState(
        statuses=_merge_map(base.statuses, mine.statuses, theirs.statuses, _latest),
        flags=_merge_map(base.flags, mine.flags, theirs.flags, _latest),
        notes=_merge_map(base.notes, mine.notes, theirs.notes, _note_conflict),
    )
    positions = [p for p in (mine.position, theirs.position) if p is not None]
    merged.position = max(positions, key=lambda p: p.at) if positions else None
    return merged


# ---------------------------------------------------------------- where the file lives


def _writable_folder(folder: Path) -> bool:
    """Whether new files can be made in a folder."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def _is_bundled(manifest: Path) -> bool:
    from .resources import default_manifest

    try:
        return manifest.resolve() == default_manifest().resolve()
    except OSError:
        return False


def user_review_path(briefing_path: Path) -> Path:
    """A review file in the user's data folder, named after the briefing and a hash of its full path."""
    import platformdirs

    resolved = str(briefing_path.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", briefing_path.stem or "briefing").strip("-") or "briefing"
    return Path(platformdirs.user_data_dir("briefbook")) / "reviews" / f"{stem}-{digest}.review.yaml"


def _single_article(briefing: Briefing) -> bool:
    """A briefing made from one article file opened on its own (not a folder holding one article)."""
    if briefing.manifest or len(briefing.sources) != 1:
        return False
    article = Path(briefing.sources[0].path)
    return article.parent == Path(briefing.root) and article.stem == briefing.title


def review_path(briefing: Briefing, override: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """Where a briefing's review file lives, and why there (for the app and `status` to say).

    `--review-file` wins; else `<manifest stem>.review.yaml` next to the manifest (for a folder of articles,
    `briefing.review.yaml` in it; for one article, `<stem>.review.yaml` beside it). When that folder cannot be
    written, or the briefing is the bundled default, the file goes to the user's data folder.
    """
    if override:
        return Path(override), "given with --review-file"
    if briefing.manifest:
        manifest = Path(briefing.manifest)
        local, owner = manifest.with_name(f"{manifest.stem}.review.yaml"), manifest
        if _is_bundled(manifest):
            return user_review_path(manifest), "the bundled briefing is read-only, so the review is kept in your data folder"
    elif _single_article(briefing):
        article = Path(briefing.sources[0].path)
        local, owner = article.with_name(f"{article.stem}.review.yaml"), article
    else:
        local, owner = Path(briefing.root) / FOLDER_REVIEW_NAME, Path(briefing.root) / FOLDER_REVIEW_NAME
    if local.exists() and os.access(local, os.W_OK) and _writable_folder(local.parent):
        return local, "next to the briefing"
    if not local.exists() and _writable_folder(local.parent):
        return local, "next to the briefing"
    return user_review_path(owner), f"{local.parent} is not writable, so the review is kept in your data folder"


# ---------------------------------------------------------------- saving safely


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_file(folder: Path, name: str, data: bytes, mode: int) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            with contextlib.suppress(OSError):
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def atomic_write(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Replace `path` with `data` so that it is always either the old or the new file, never a mix.

    The bytes go to a temporary file in the same folder (flushed and fsynced), the previous version becomes
    `backup` (itself replaced atomically), then the temporary file is renamed over `path` and the folder synced.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = _temp_file(folder, path.name, data, mode)
    try:
        if backup is not None and path.exists():
            _keep_backup(path, backup)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


def _keep_backup(path: Path, backup: Path) -> None:
    """Make `backup` a copy of `path`: a hard link where the file system allows, else a synced copy."""
    link = backup.with_name(f".{backup.name}.{secrets.token_hex(4)}.tmp")
    try:
        os.link(path, link)
    except OSError:
        tmp = _temp_file(backup.parent, backup.name, path.read_bytes(), path.stat().st_mode & 0o777)
        os.replace(tmp, backup)
        return
    os.replace(link, backup)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An advisory lock on the review file's folder, so two sessions never save at the same instant."""
    fd = None
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


Signature = tuple[int, int, str]


def _signature(data: bytes, st: os.stat_result) -> Signature:
    return (st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


def _read_with_signature(path: Path) -> tuple[bytes, Signature] | None:
    """The file's bytes and signature, or None when it does not exist; raises OSError when it cannot be read."""
    try:
        with path.open("rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_size > MAX_REVIEW_BYTES:
                raise ReviewFileError(f"it is {st.st_size:,} bytes, over the {MAX_REVIEW_BYTES:,}-byte bound")
            data = fh.read(MAX_REVIEW_BYTES + 1)
    except FileNotFoundError:
        return None
    return data, _signature(data, st)


# ---------------------------------------------------------------- the store


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a review has got: articles reviewed, read (or reviewed) and in all."""

    reviewed: int
    read: int
    total: int

    @property
    def label(self) -> str:
        """The header's progress label, e.g. '3/5 reviewed'."""
        return f"{self.reviewed}/{self.total} reviewed"


class ReviewStore:
    """One briefing's review state, bound to its file: every change is saved at once and merged with other sessions.

    Messages about recovery, merges and failed saves collect in `messages` (the app shows and clears them
    with `take_messages()`); nothing here raises on a bad or unwritable file.
    """

    def __init__(self, path: Path, *, where: str = "", title: str | None = None) -> None:
        self.path = Path(path)
        self.where = where
        self.title = title
        self.state = ReviewState()
        self.messages: list[str] = []
        self.writable = True
        self.unsaved = False
        self._base = ReviewState()
        self._signature: Signature | None = None
        self._io = threading.RLock()
        self._changes = 0
        self._written = 0
        self._epoch = 0

    @classmethod
    def open(cls, path: Path | str, *, where: str = "", title: str | None = None) -> ReviewStore:
        """Load a review file (recovering from a missing or broken one) and return its store."""
        store = cls(Path(path), where=where, title=title)
        store.load()
        return store

    @classmethod
    def for_briefing(cls, briefing: Briefing, override: str | None = None) -> ReviewStore:
        """The store of a briefing's review file, wherever `review_path` puts it."""
        path, where = review_path(briefing, override)
        return cls.open(path, where=where, title=briefing.title)

    @property
    def backup_path(self) -> Path:
        """Where the previous version of the file is kept."""
        return self.path.with_name(self.path.name + ".bak")

    def take_messages(self) -> list[str]:
        """The messages gathered since the last call (recovery, merges, failed saves), clearing them."""
        out, self.messages = self.messages, []
        return out

    # -- loading

    def load(self) -> None:
        """Read the file; a missing file starts empty (or from its backup), a broken one is set aside for the backup."""
        try:
            found = _read_with_signature(self.path)
            if found is None:
                self._start_missing()
                return
            data, signature = found
            self.state = parse_state(data, remembered=self.path)
            self._signature = signature
        except ReviewFileError as exc:
            self._recover(str(exc))
        except OSError as exc:
            self.messages.append(f"cannot read the review file {self.path}: {exc.strerror or exc}; "
                                 "changes in this session will not be saved")
            self.writable = False
            self.state = ReviewState()
        self._base = self.state.copy()

    def _start_missing(self) -> None:
        self.state = ReviewState()
        self._signature = None
        restored = self._from_backup()
        if restored is not None:
            self.state = restored
            self.messages.append(f"the review file {self.path} was missing; restored it from its backup {self.backup_path.name}")
            self._base = ReviewState()
            self._save()

    def _from_backup(self) -> ReviewState | None:
        try:
            found = _read_with_signature(self.backup_path)
            return parse_state(found[0]) if found else None
        except (ReviewFileError, OSError):
            return None

    def _set_aside(self, reason: str) -> Path | None:
        """Rename a broken file out of the way, untouched; returns where it went."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.broken-{stamp}-{n}")
        try:
            os.replace(self.path, aside)
        except OSError:
            try:
                shutil.copy2(self.path, aside)
            except OSError:
                return None
        return aside

    def _recover(self, reason: str) -> None:
        aside = self._set_aside(reason)
        where = f"kept it aside as {aside.name}" if aside else "could not move it aside"
        restored = self._from_backup()
        start = f"restored the review from its backup {self.backup_path.name}" if restored else "starting an empty review"
        self.messages.append(f"the review file {self.path} is damaged ({reason}): {where}; {start}")
        self.state = restored or ReviewState()
        self._signature = None
        if aside is None:
            self.writable = False
            self.messages.append("changes in this session will not be saved over the damaged file")
            return
        self._base = ReviewState()
        self._save()

    def refresh(self) -> bool:
        """Take in what another session saved since this one last read or wrote the file; True when it changed."""
        with self._io:
            return self._refresh()

    def _refresh(self) -> bool:
        """`refresh` under the store's lock."""
        try:
            found = _read_with_signature(self.path)
        except (OSError, ReviewFileError):
            return False
        if found is None or found[1] == self._signature:
            return False
        data, signature = found
        if self._signature is not None and signature[2] == self._signature[2]:
            self._signature = signature
            return False
        try:
            theirs = parse_state(data, remembered=self.path)
        except ReviewFileError:
            return False
        before = self.state
        self.state = merge_states(self._base, self.state, theirs)
        self._base = theirs
        self._signature = signature
        self._epoch += 1
        if self.unsaved or self.state != theirs:
            self._save()
        return self.state != before

    # -- saving

    def _save(self) -> bool:
        """Merge with the file on disk if another session changed it, then write atomically. False on failure."""
        if not self.writable:
            self.unsaved = True
            return False
        with self._io:
            return self._write_state()

    def _write_state(self) -> bool:
        """`_save` under the store's lock (so a save job in another thread never writes at the same time)."""
        self._epoch += 1
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _folder_lock(self.path.parent):
                self._merge_from_disk()
                written = state_to_data(self.state, self.title)
                data = _dump(written)
                atomic_write(self.path, data, self.backup_path)
                with self.path.open("rb") as fh:
                    self._signature = _signature(data, os.fstat(fh.fileno()))
                self._remove_stale_temps()
            remember_state(self.path, data, written)
        except (OSError, ValueError) as exc:
            self.unsaved = True
            reason = getattr(exc, "strerror", None) or exc
            self.messages.append(f"could not save the review to {self.path}: {reason}; "
                                 "it is kept in memory and saved with the next change")
            return False
        self._base = self.state.copy()
        self.unsaved = False
        self._written = self._changes
        return True

    def _merge_from_disk(self) -> None:
        try:
            found = _read_with_signature(self.path)
            if found is None or (self._signature is not None and found[1][2] == self._signature[2]):
                return
            theirs = parse_state(found[0], remembered=self.path)
        except ReviewFileError as exc:
            aside = self._set_aside(str(exc))
            self.messages.append(f"the review file {self.path} was damaged on disk ({exc}); kept it aside as "
                                 f"{aside.name if aside else '(could not move it)'} and saved this session's review")
            return
        self.state = merge_states(self._base, self.state, theirs)
        self.messages.append("merged changes another session saved to the review file")

    def _remove_stale_temps(self) -> None:
        """Remove temporary files left by a session killed mid-save (none is in progress: the folder is locked)."""
        for name in (self.path.name, self.backup_path.name):
            for tmp in self.path.parent.glob(f".{glob_escape(name)}.*.tmp"):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def save(self) -> bool:
        """Save now (changes already save themselves; this retries after a failure)."""
        return self._save()

    # -- deferred saves (reading marks and the place)

    @property
    def pending(self) -> bool:
        """Whether changes made with `save=False` (or a failed save) still wait to be written."""
        return self.unsaved or self._changes != self._written

    def _changed(self, save: bool) -> None:
        """A change was made: save it now, or keep it pending."""
        self._changes += 1
        if save:
            self._save()

    def flush(self) -> bool:
        """Write whatever is pending now (on quit, suspend, losing focus); True when nothing is left unsaved."""
        if self.pending:
            return self._save()
        return True

    def begin_save(self) -> SaveJob | None:
        """A save of the pending changes to run in another thread (None when nothing waits or the file is read-only)."""
        if not self.pending or not self.writable:
            return None
        return SaveJob(self, self.state.copy(), self._changes, self._epoch)

    def end_save(self, job: SaveJob) -> None:
        """Take in a finished `SaveJob` (on the main thread): done, failed (said in messages), or redone here when
        another session wrote the file meanwhile (the merge then happens on this thread)."""
        if job.outcome == SaveJob.SAVED:
            self._written = max(self._written, job.changes)
            self.unsaved = False
        elif job.outcome == SaveJob.MERGE:
            self._save()
        elif job.outcome == SaveJob.FAILED:
            self.unsaved = True
            self.messages.append(f"could not save the review to {self.path}: {job.error}; "
                                 "it is kept in memory and saved with the next change")

    # -- reading state

    def status(self, article_id: str) -> str:
        """The article's reading state: unread, read or reviewed."""
        return self.state.status(article_id)

    def progress(self, article_ids: Iterable[str]) -> Progress:
        """Progress over the briefing's articles (e.g. for the header's '3/5 reviewed')."""
        ids = list(article_ids)
        statuses = [self.state.status(a) for a in ids]
        return Progress(statuses.count(REVIEWED), sum(s != UNREAD for s in statuses), len(ids))

    @property
    def position(self) -> Position | None:
        """Where the reviewer left off (article id and paragraph), to reopen there."""
        return self.state.position

    def flags_on(self, sentence: Sentence) -> frozenset[str]:
        """The flags set on a sentence (matched by its text)."""
        anchor = sentence_anchor(sentence)
        return frozenset(k for k in FLAGS if flag_key(anchor, k) in self.state.flags)

    def notes(self, article_id: str | None = None) -> list[Note]:
        """Notes in the order they were written, of one article or of all."""
        notes = sorted(self.state.notes.values(), key=lambda n: (n.created, n.id))
        return [n for n in notes if article_id is None or n.anchor.article == article_id]

    def marks(self, article: Article) -> ArticleMarks:
        """Flags and notes placed on the article's current text, orphans apart."""
        return article_marks(self.state, article)

    # -- changes (each saved at once)

    def set_status(self, article_id: str, status: str, *, save: bool = True) -> str:
        """Set an article's reading state (with `save=False`, written by the next save)."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        if self.state.status(article_id) != status:
            self.state.statuses[article_id] = ArticleStatus(status, now())
            self._changed(save)
        return status

    def mark_read(self, article_id: str, *, save: bool = True) -> str:
        """Opening an article marks it read (a reviewed article stays reviewed)."""
        if self.state.status(article_id) == UNREAD:
            return self.set_status(article_id, READ, save=save)
        return self.state.status(article_id)

    def toggle_reviewed(self, article_id: str) -> str:
        """`r`: reviewed ↔ read; returns the new state."""
        return self.set_status(article_id, READ if self.state.status(article_id) == REVIEWED else REVIEWED)

    def set_flag(self, sentence: Sentence, kind: str, on: bool = True) -> bool:
        """Set or clear one flag on a sentence; returns whether it is now set."""
        if kind not in FLAGS:
            raise ValueError(f"unknown flag {kind!r}")
        anchor = sentence_anchor(sentence)
        key = flag_key(anchor, kind)
        if on and key not in self.state.flags:
            self.state.flags[key] = Flag(anchor, kind, now())
            self._changed(True)
        elif not on and key in self.state.flags:
            del self.state.flags[key]
            self._changed(True)
        return on

    def toggle_flag(self, sentence: Sentence, kind: str) -> bool:
        """`*`, `!` and the flag picker: flip one flag on a sentence; returns whether it is now set."""
        return self.set_flag(sentence, kind, kind not in self.flags_on(sentence))

    def add_note(self, anchor: Anchor, text: str) -> Note:
        """Add a note on a sentence, paragraph or article (see `sentence_anchor` and friends)."""
        stamp = now()
        note = Note(f"n-{secrets.token_hex(6)}", anchor, text, stamp, stamp)
        self.state.notes[note.id] = note
        self._changed(True)
        return note

    def edit_note(self, note_id: str, text: str) -> Note:
        """Change a note's text (raises KeyError for an unknown id)."""
        note = replace(self.state.notes[note_id], text=text, updated=now())
        self.state.notes[note_id] = note
        self._changed(True)
        return note

    def delete_note(self, note_id: str) -> Note:
        """Delete a note (raises KeyError for an unknown id); returns it, e.g. for an undo."""
        note = self.state.notes.pop(note_id)
        self._changed(True)
        return note

    def set_position(self, article_id: str, paragraph: int = 0, *, save: bool = True) -> None:
        """Remember where the reviewer is, to reopen there (cheap to call often: unchanged is not saved)."""
        pos = self.state.position
        if pos and pos.article == article_id and pos.paragraph == paragraph:
            return
        self.state.position = Position(article_id, paragraph, now())
        self._changed(save)


class SaveJob:
    """One save of a review store's state as it was when the job was made, to run in a worker thread.

    `run()` writes the snapshot atomically under the store's lock, unless the file changed meanwhile: another
    session wrote it (MERGE: the main thread merges and saves) or this session saved or merged since the job was
    made (STALE: a later job writes what is still pending). It never raises; `end_save` takes in the outcome.
    """

    SAVED, MERGE, STALE, FAILED = "saved", "merge", "stale", "failed"

    def __init__(self, store: ReviewStore, snapshot: ReviewState, changes: int, epoch: int) -> None:
        """A job for a store's snapshot, with the count of changes it holds and the store's save epoch."""
        self.store = store
        self.snapshot = snapshot
        self.changes = changes
        self.epoch = epoch
        self.outcome: str | None = None
        self.error = ""

    def run(self) -> str:
        """Write the snapshot (in any thread); returns the outcome."""
        store = self.store
        try:
            with store._io:
                if store._epoch != self.epoch:
                    self.outcome = self.STALE
                    return self.outcome
                store.path.parent.mkdir(parents=True, exist_ok=True)
                with _folder_lock(store.path.parent):
                    found = _read_with_signature(store.path)
                    on_disk = found[1][2] if found is not None else None
                    if on_disk != (store._signature[2] if store._signature is not None else None):
                        self.outcome = self.MERGE
                        return self.outcome
                    written = state_to_data(self.snapshot, store.title)
                    data = _dump(written)
                    atomic_write(store.path, data, store.backup_path)
                    with store.path.open("rb") as fh:
                        store._signature = _signature(data, os.fstat(fh.fileno()))
                    store._remove_stale_temps()
                remember_state(store.path, data, written)
                store._base = self.snapshot
                store._epoch += 1
                self.outcome = self.SAVED
        except (OSError, ValueError, ReviewFileError) as exc:
            self.error = str(getattr(exc, "strerror", None) or exc)
            self.outcome = self.FAILED
        return self.outcome


def glob_escape(name: str) -> str:
    """A file name with glob wildcards escaped."""
    return re.sub(r"([*?\[])", r"[\1]", name)


# ---------------------------------------------------------------- placing anchors on the current text


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor falls in the current text: exact, moved, changed (near match) or orphaned."""

    match: str
    paragraph: int | None = None
    sentence: int | None = None
    text: str | None = None

    @property
    def orphaned(self) -> bool:
        """The anchored passage is no longer in the article."""
        return self.match == ORPHANED


def _hint_distance(anchor: Anchor, paragraph: int, sentence: int) -> int:
    return abs(paragraph - (anchor.paragraph or 0)) * 1000 + abs(sentence - (anchor.sentence or 0))


def _similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) >= 0.5 * len(long_):
        return NEAR_MATCH + (1 - NEAR_MATCH) * len(short) / len(long_) - 1e-9
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < NEAR_MATCH or matcher.quick_ratio() < NEAR_MATCH:
        return 0.0
    return matcher.ratio()


def locate(anchor: Anchor, article: Article | None) -> Placement:
    """Place an anchor on an article's current text: same text (nearest the hint), else the nearest match."""
    if article is None or article.id != anchor.article:
        return Placement(ORPHANED)
    if anchor.scope == ARTICLE:
        return Placement(EXACT)
    target = normalise(anchor.quote)
    if anchor.scope == PARAGRAPH:
        units = [(p.index, None, p.text) for p in article.paragraphs]
    else:
        units = [(s.paragraph, s.index, s.text) for s in article.sentences]
    keyed = [(p, s, t, normalise(t)) for p, s, t in units]
    same = [u for u in keyed if u[3] == target]
    if same:
        p, s, t, _ = min(same, key=lambda u: _hint_distance(anchor, u[0], u[1] or 0))
        at_hint = p == anchor.paragraph and (anchor.scope == PARAGRAPH or s == anchor.sentence)
        return Placement(EXACT if at_hint else MOVED, p, s, t)
    best, best_score = None, NEAR_MATCH
    for unit in keyed:
        score = _similarity(target, unit[3])
        if score > best_score or (score == best_score and best is not None and
                                  _hint_distance(anchor, unit[0], unit[1] or 0) < _hint_distance(anchor, best[0], best[1] or 0)):
            best, best_score = unit, score
    if best is None:
        return Placement(ORPHANED)
    return Placement(CHANGED, best[0], best[1], best[2])


@dataclass(frozen=True)
class ArticleMarks:
    """An article's flags and notes placed on its current text, for the reader to draw.

    `sentences[(paragraph, sentence)]` and `paragraphs[paragraph]` hold what is placed there; `article_notes`
    are notes on the whole article; `orphaned_notes`/`orphaned_flags` no longer match any text (show them apart).
    """

    sentences: dict[tuple[int, int], SentenceMarks]
    paragraphs: dict[int, tuple[Note, ...]]
    article_notes: tuple[Note, ...]
    orphaned_notes: tuple[Note, ...]
    orphaned_flags: tuple[Flag, ...]


@dataclass(frozen=True)
class SentenceMarks:
    """The flags and notes on one sentence."""

    flags: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()


def article_marks(state: ReviewState, article: Article) -> ArticleMarks:
    """Place every flag and note of an article on its current text."""
    sentences: dict[tuple[int, int], SentenceMarks] = {}
    paragraphs: dict[int, tuple[Note, ...]] = {}
    article_notes: list[Note] = []
    orphan_notes: list[Note] = []
    orphan_flags: list[Flag] = []
    for flag in state.flags.values():
        if flag.anchor.article != article.id:
            continue
        place = locate(flag.anchor, article)
        if place.orphaned:
            orphan_flags.append(flag)
            continue
        key = (place.paragraph, place.sentence)
        old = sentences.get(key, SentenceMarks())
        sentences[key] = SentenceMarks(old.flags | {flag.kind}, old.notes)
    for note in sorted(state.notes.values(), key=lambda n: (n.created, n.id)):
        if note.anchor.article != article.id:
            continue
        place = locate(note.anchor, article)
        if place.orphaned:
            orphan_notes.append(note)
        elif note.anchor.scope == ARTICLE:
            article_notes.append(note)
        elif note.anchor.scope == PARAGRAPH:
            paragraphs[place.paragraph] = paragraphs.get(place.paragraph, ()) + (note,)
        else:
            key = (place.paragraph, place.sentence)
            old = sentences.get(key, SentenceMarks())
            sentences[key] = SentenceMarks(old.flags, old.notes + (note,))
    return ArticleMarks(sentences, paragraphs, tuple(article_notes), tuple(orphan_notes), tuple(orphan_flags))


@dataclass(frozen=True)
class ReviewItem:
    """One place the reviewer marked: its passage (as it reads now, or as it read when orphaned), flags and notes."""

    article: str
    scope: str
    placement: Placement
    quote: str
    flags: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def orphaned(self) -> bool:
        """The passage is no longer in the article (or the article is no longer in the briefing)."""
        return self.placement.orphaned


def review_items(state: ReviewState, articles: Sequence[Article]) -> list[ReviewItem]:
    """Every flagged or annotated passage of a briefing, in reading order per article (articles in the given order).

    Flags and notes on the same passage share one item. Items of articles no longer in the briefing come last,
    orphaned.
    """
    by_id = {a.id: a for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    groups: dict[tuple, dict[str, Any]] = {}

    def group(anchor: Anchor) -> dict[str, Any]:
        place = locate(anchor, by_id.get(anchor.article))
        if place.orphaned:
            key = (anchor.article, anchor.scope, "orphan", normalise(anchor.quote))
            quote = anchor.quote
        else:
            key = (anchor.article, anchor.scope, place.paragraph, place.sentence)
            quote = place.text or ""
        return groups.setdefault(key, {"anchor": anchor, "place": place, "quote": quote, "flags": [], "notes": []})

    for flag in state.flags.values():
        entry = group(flag.anchor)
        if flag.kind not in entry["flags"]:
            entry["flags"].append(flag.kind)
    for note in sorted(state.notes.values(), key=lambda n: (n.created, n.id)):
        group(note.anchor)["notes"].append(note)

    def sort_key(entry: dict[str, Any]) -> tuple:
        anchor, place = entry["anchor"], entry["place"]
        scope_rank = 0 if anchor.scope == ARTICLE else 1
        p = place.paragraph if place.paragraph is not None else (anchor.paragraph or 0)
        s = place.sentence if place.sentence is not None else (anchor.sentence or 0)
        return (order.get(anchor.article, len(order)), anchor.article, place.orphaned, scope_rank, p, s)

    return [
        ReviewItem(e["anchor"].article, e["anchor"].scope, e["place"], e["quote"],
                   tuple(k for k in FLAGS if k in e["flags"]), tuple(e["notes"]))
        for e in sorted(groups.values(), key=sort_key)
    ]
