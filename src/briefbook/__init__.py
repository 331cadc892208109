"""briefbook: a terminal briefing-book reader."""

from .gcpause import collector_paused_while_importing

with collector_paused_while_importing():
    from .codecache import install as _install_code_cache

    _install_code_cache()

__version__ = "0.1.0"
