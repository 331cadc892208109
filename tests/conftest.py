"""Shared fixtures: the project's own copies of test data, kept in tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty analysis cache folder of the test's own, with caching switched on."""
    from briefbook.core import cache

    home = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(home))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    return home


@pytest.fixture
def default_manifest() -> Path:
    return ROOT / "briefings" / "coalition-of-the-willing.yaml"


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def pytest_configure(config) -> None:
    """Keep the tests' analysis cache out of the user's cache folder."""
    import os
    import tempfile

    os.environ.setdefault("BRIEFBOOK_CACHE_DIR", tempfile.mkdtemp(prefix="briefbook-test-cache-"))
