"""A disk cache of the functions `dataclasses` writes for every data class, so a start does not compile them again.

Python's `dataclasses` writes the source of each class's `__init__`, `__repr__`, `__eq__`, `__hash__` and, for frozen
classes, `__setattr__` and `__delattr__`, then compiles it with `exec` while the module defining the class is imported.
Compiling is most of the cost of a data class: about a millisecond each, and a start of briefbook defines some eighty
(its own and Textual's), a sizeable part of the start-up.

Here `exec`, as `dataclasses` sees it, takes the compiled code of a source text it has compiled before from a file in
the user's cache folder: the same code `exec` would have compiled (the source is the key), marshalled as Python's
own bytecode cache is. New texts are compiled as usual and the file is written again, atomically, at exit. The file
is keyed by the interpreter's exact version (marshal's format and the compiler's output depend on it); a file that
cannot be read is ignored and replaced. `BRIEFBOOK_NO_CODE_CACHE=1` turns it off.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

NO_CODE_CACHE_ENV = "BRIEFBOOK_NO_CODE_CACHE"
_MAGIC = b"briefbook-code-1\n"
MAX_ENTRIES = 4000


class CodeCache:
    """Compiled code by source text, read from and written to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.added = 0
        try:
            data = path.read_bytes()
            if data.startswith(_MAGIC):
                loaded = marshal.loads(data[len(_MAGIC):])
                if isinstance(loaded, dict):
                    self.codes = {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, CodeType)}
        except (OSError, ValueError, EOFError, TypeError):
            self.codes = {}

    def exec(self, source, globals=None, locals=None, /):  # noqa: A003 - stands in for the builtin
        """`exec`, compiling a source text only the first time it is ever seen."""
        if type(source) is str:
            code = self.codes.get(source)
            if code is None:
                # As `dataclasses` compiles it: without this module's __future__ imports (string annotations).
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.codes[source] = code
                self.added += 1
            source = code
        return builtins.exec(source, globals, locals)

    def save(self) -> None:
        """Write the file again when new code was compiled (atomically; a failure only loses the cache).

        Texts no longer met stay (another program may still use them) until the file holds MAX_ENTRIES.
        """
        if not self.added:
            return
        if len(self.codes) > MAX_ENTRIES:
            self.codes = dict(list(self.codes.items())[-MAX_ENTRIES // 2:])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            try:
                tmp.write_bytes(_MAGIC + marshal.dumps(self.codes))
                os.replace(tmp, self.path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self.added = 0
        except (OSError, ValueError):
            pass


def cache_file(folder: Path) -> Path:
    """The cache file for this interpreter in `folder`."""
    version = hashlib.blake2b(f"{sys.version}|{sys.implementation.cache_tag}".encode(), digest_size=8).hexdigest()
    return folder / "code" / f"dataclasses-{sys.implementation.cache_tag}-{version}.marshal"


def default_folder() -> Path:
    """The user's cache folder for briefbook, as `core.cache.cache_dir` finds it, without importing platformdirs."""
    override = os.environ.get("BRIEFBOOK_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "")
        return Path(base if base.strip() else os.path.expanduser("~/.cache")) / "briefbook"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefbook"))


_installed: CodeCache | None = None


def install(folder: Path | None = None) -> CodeCache | None:
    """Give `dataclasses` the cached `exec` (once); None when turned off."""
    global _installed
    if _installed is not None:
        return _installed
    if os.environ.get(NO_CODE_CACHE_ENV, "").strip().lower() in ("1", "true", "yes", "on"):
        return None
    folder = folder or default_folder()
    if not folder.is_absolute():  # no home folder to expand "~" in: nowhere sensible to keep it
        return None
    cache = CodeCache(cache_file(folder))
    dataclasses.exec = cache.exec  # a module global shadows the builtin for `dataclasses` alone
    atexit.register(cache.save)
    _installed = cache
    return cache


def uninstall() -> None:
    """Give `dataclasses` the builtin `exec` back (tests)."""
    global _installed
    if _installed is not None:
        atexit.unregister(_installed.save)
        _installed = None
    if "exec" in vars(dataclasses):
        del dataclasses.exec
