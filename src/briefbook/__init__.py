"""briefbook: a terminal briefing-book reader."""

from .codecache import install as _install_code_cache

__version__ = "0.1.0"

_install_code_cache()
