"""The on-disk analysis cache: one JSON-lines pack per briefing, one line per analysed article.

Each line is `KEY<TAB>JSON`. The key hashes the article's bytes, the manifest metadata that
shapes its reading (id, path, title, outlet, date, drop patterns) and the analyser's version
(the package version plus a hash of the core's source files, so any code change invalidates).
A pack is written atomically (temporary file, fsync, rename); a pack or a line that cannot be
read is ignored and rebuilt. Nothing here is ever unpickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .model import ArticleSource, Briefing

CACHE_DIR_ENV = "BRIEFBOOK_CACHE_DIR"
NO_CACHE_ENV = "BRIEFBOOK_NO_CACHE"
PACK_FORMAT = "briefbook-analysis-cache/1"
_SOURCE_SUFFIXES = (".py", ".txt", ".yaml", ".yml", ".json", ".tsv", ".csv")
FILES_KEY = "~files"
RACY_NS = 2_000_000_000


def cache_enabled() -> bool:
    """False when the user has turned the cache off with BRIEFBOOK_NO_CACHE."""
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("1", "true", "yes", "on")


def cache_dir() -> Path:
    """Where caches live: $BRIEFBOOK_CACHE_DIR, else the user's cache directory."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefbook"))


@lru_cache(maxsize=1)
def analyser_version() -> str:
    """The package version plus a hash of every source and data file of the core."""
    from .. import __version__

    core = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=12)
    for path in sorted(core.rglob("*")):
        if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(str(path.relative_to(core)).encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return f"{__version__}+{digest.hexdigest()}"


def source_key(source: ArticleSource, data: bytes, version: str | None = None) -> str:
    """The cache key of one article: its bytes, its manifest metadata and the analyser version."""
    meta = [
        version or analyser_version(),
        source.id,
        source.path,
        source.title,
        source.outlet,
        source.date.isoformat() if source.date else None,
        list(source.drop),
    ]
    digest = hashlib.blake2b(json.dumps(meta, ensure_ascii=False).encode(), digest_size=16)
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def combined_key(parts: list[str], extra: object) -> str:
    """A key for a result derived from several keyed inputs plus JSON-ready settings."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(analyser_version().encode())
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\n")
    digest.update(json.dumps(extra, ensure_ascii=False, sort_keys=True, default=str).encode())
    return "x" + digest.hexdigest()


def briefing_identity(briefing: Briefing) -> str:
    """What names a briefing's pack: its manifest, or its folder (and file, when it is one file)."""
    if briefing.manifest:
        where = os.path.abspath(briefing.manifest)
    else:
        where = os.path.abspath(briefing.root)
        if len(briefing.sources) == 1:
            where += "\0" + os.path.abspath(briefing.sources[0].path)
    return hashlib.blake2b(where.encode(), digest_size=12).hexdigest()


class Pack:
    """The cached entries of one briefing: raw JSON texts by key, read once and written back atomically."""

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        self._data = b""
        self._spans: dict[str, tuple[int, int]] = {}
        self._stored: dict[str, str] = {}
        self._used: dict[str, str | None] = {}
        self._changed = False
        self._files: dict[str, list] | None = None
        self._files_at = 0
        self._stats_from = 0
        self._seen_files: dict[str, list] = {}
        self._files_dirty = False
        self._load()

    @classmethod
    def for_briefing(cls, briefing: Briefing) -> Pack | None:
        """The pack of a briefing, or None when the cache is turned off."""
        if not cache_enabled():
            return None
        return cls(cache_dir() / f"{briefing_identity(briefing)}.jsonl", analyser_version())

    def _header(self) -> str:
        return json.dumps({"format": PACK_FORMAT, "version": self.version})

    def _load(self) -> None:
        """Read the pack and find where each entry lies; a missing, foreign or unreadable pack gives no entries.

        The pack stays as bytes: an entry is cut out and decoded when it is asked for, so a reopen holds
        the file once, not also as text split line by line.
        """
        try:
            with self.path.open("rb") as fh:
                data = fh.read()
        except (OSError, ValueError):
            return
        first = data.find(b"\n")
        if data[: first if first >= 0 else len(data)] != self._header().encode("utf-8"):
            return
        spans: dict[str, tuple[int, int]] = {}
        find, size, pos = data.find, len(data), first + 1
        while 0 < pos < size:
            end = find(b"\n", pos)
            if end < 0:
                end = size
            tab = find(b"\t", pos, end)
            if tab > pos and end > tab + 1:
                spans[data[pos:tab].decode("latin-1")] = (tab + 1, end)
            pos = end + 1
        self._data, self._spans = data, spans

    def _as_read(self, key: str) -> str | None:
        """The entry under a key as the pack holds it, or None (also when it is not UTF-8 text)."""
        span = self._spans.get(key)
        if span is None:
            return None
        try:
            return self._data[span[0] : span[1]].decode("utf-8")
        except UnicodeDecodeError:
            return None

    def get(self, key: str) -> str | None:
        """The stored JSON text under a key (and remember the key as in use), or None."""
        body = self._stored.get(key)
        if body is not None:
            self._used[key] = body
            return body
        body = self._as_read(key)
        if body is not None:
            self._used[key] = None
        return body

    def put(self, key: str, body: str) -> None:
        """Store a JSON text (one line) under a key."""
        if "\n" in body or "\t" in key or "\n" in key:
            raise ValueError("a cache entry must be one line")
        same = self._stored[key] == body if key in self._stored else self._as_read(key) == body
        if not same:
            self._changed = True
        self._stored[key] = body
        self._used[key] = body

    def discard(self, key: str) -> None:
        """Forget an entry that turned out to be unreadable."""
        if self._stored.pop(key, None) is not None or self._spans.pop(key, None) is not None:
            self._changed = True
        self._used.pop(key, None)

    def key_for(self, source: ArticleSource, read_key: Callable[[ArticleSource], str | None]) -> str | None:
        """An article's cache key, without reading the file when it is as it was when the key was last worked out.

        The pack remembers each file's size, modification and change times, inode and manifest metadata
        with its key, and when it began looking at the files; a file whose times are not safely older than
        that (it could have changed again within one clock tick, unseen) is read and hashed as usual, as is
        any file whose record differs.
        """
        if self._files is None:
            self._files = self._read_files()
            self._stats_from = time.time_ns()
        try:
            st = os.stat(source.path)
        except OSError:
            return read_key(source)
        signature = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        meta = [source.id, source.title, source.outlet, source.date.isoformat() if source.date else None, list(source.drop)]
        known = self._files.get(source.path)
        settled = max(st.st_mtime_ns, st.st_ctime_ns) < self._files_at - RACY_NS
        if known is not None and settled and known[0] == signature and known[1] == meta and type(known[2]) is str:
            key = known[2]
        else:
            key = read_key(source)
            self._files_dirty = True
        if key is not None:
            self._seen_files[source.path] = [signature, meta, key]
        return key

    def _read_files(self) -> dict[str, list]:
        """The remembered file records (empty when missing or unreadable)."""
        text = self.get(FILES_KEY)
        try:
            data = json.loads(text) if text else None
        except ValueError:
            data = None
        if type(data) is not dict or type(data.get("at")) is not int or type(data.get("files")) is not dict:
            return {}
        self._files_at = data["at"]
        return {k: v for k, v in data["files"].items() if type(v) is list and len(v) == 3}

    @property
    def keys_in_use(self) -> frozenset[str]:
        return frozenset(self._used)

    def save(self) -> bool:
        """Write the entries in use (dropping stale ones) when anything changed; False if it could not."""
        if self._seen_files and (self._files_dirty or self._seen_files.keys() != (self._files or {}).keys()):
            record = {"at": self._stats_from, "files": self._seen_files}
            self.put(FILES_KEY, json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            self._files, self._files_at, self._files_dirty = dict(self._seen_files), record["at"], False
        if not self._changed and (self._stored.keys() | self._spans.keys()) == self._used.keys():
            return True
        # Written as bytes, each entry encoded on its own (one wide character in one entry does not widen the
        # whole text, which made encoding it most of the write) and an entry still as read taken as its bytes.
        data, spans = self._data, self._spans
        lines = [self._header().encode("utf-8")]
        for k, v in self._used.items():
            if v is None:
                start, end = spans[k]
                lines.append(k.encode("utf-8") + b"\t" + data[start:end])
            else:
                lines.append(k.encode("utf-8") + b"\t" + v.encode("utf-8"))
        lines.append(b"")
        try:
            atomic_write(self.path, b"\n".join(lines))
        except OSError:
            return False
        self._stored = {k: self._as_read(k) if v is None else v for k, v in self._used.items()}
        self._used = dict(self._stored)
        self._data, self._spans = b"", {}
        self._changed = False
        return True


def atomic_write(path: Path, text: str | bytes) -> None:
    """Write a file (text as UTF-8) so that readers see the old or the new content, never a part: temp, fsync, rename."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


__all__ = [
    "CACHE_DIR_ENV",
    "NO_CACHE_ENV",
    "Pack",
    "analyser_version",
    "atomic_write",
    "briefing_identity",
    "cache_dir",
    "cache_enabled",
    "combined_key",
    "source_key",
]
