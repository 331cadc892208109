"""What a file was read as, remembered in the cache folder while the file's bytes stay the same.

A start reads the manifest and the review file; parsing their YAML means importing PyYAML, a large part of a
start. What they were read as is kept as JSON, keyed by the file's path (and whatever else the reading depends
on) and checked against the SHA-256 of the file's bytes: an edited file is read again. Only a cache: written
atomically, any failure to write it ignored, anything unreadable or mismatched taken as absent, and nothing
at all with the cache turned off (BRIEFBOOK_NO_CACHE).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any


def memo_file(kind: str, key: str) -> Path | None:
    """Where the memo of one kind ('manifests', 'reviews') for one key lives; None with the cache turned off."""
    from .cache import cache_dir, cache_enabled

    if not cache_enabled():
        return None
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
    return cache_dir() / kind / f"{digest}.json"


def remember(kind: str, key: str, source: bytes, payload: Any) -> None:
    """Keep `payload` (JSON data) as what the file whose bytes are `source` was read as."""
    memo = memo_file(kind, key)
    if memo is None:
        return
    with contextlib.suppress(OSError, ValueError, TypeError):
        memo.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo.with_name(f".{memo.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps({"sha256": hashlib.sha256(source).hexdigest(), "payload": payload}), encoding="utf-8")
        os.replace(tmp, memo)


def recall(kind: str, key: str, source: bytes) -> Any | None:
    """The payload remembered for this key when the file's bytes are still `source`; None otherwise."""
    memo = memo_file(kind, key)
    if memo is None:
        return None
    try:
        record = json.loads(memo.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("sha256") != hashlib.sha256(source).hexdigest():
        return None
    return record.get("payload")
