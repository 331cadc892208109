"""briefbook: a terminal briefing-book reader."""

__version__ = "0.1.0"
