"""Where the bundled default briefing lives: in the wheel, or in the source tree."""

from __future__ import annotations

from pathlib import Path

DEFAULT_MANIFEST = "coalition-of-the-willing.yaml"


def data_root() -> Path:
    """The folder holding `briefings/` and `seeds/`: package data when installed, else the repository."""
    packaged = Path(__file__).resolve().parent.parent / "data"
    if (packaged / "briefings").is_dir():
        return packaged
    return Path(__file__).resolve().parents[3]


def default_manifest() -> Path:
    """The manifest of the default briefing."""
    return data_root() / "briefings" / DEFAULT_MANIFEST
