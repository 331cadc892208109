"""The core never imports Textual: each core module is imported in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefbook.core


def core_modules() -> list[str]:
    return [f"briefbook.core.{m.name}" for m in pkgutil.iter_modules(briefbook.core.__path__)]


def test_core_modules_exist() -> None:
    assert "briefbook.core.clean" in core_modules()


def test_core_does_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
