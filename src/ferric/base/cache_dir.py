"""Where ferric's caches live: `FERRIC_CACHE_DIR`, else `$XDG_CACHE_HOME/ferric`, else
`~/.cache/ferric`; `FERRIC_NO_CACHE=1` turns every cache off (`metadata.store` reads and
writes std's metadata there, `base.nodeclass` the compiled methods of the IR classes)."""

from __future__ import annotations

import os


def cache_enabled() -> bool:
    return os.environ.get("FERRIC_NO_CACHE", "") in ("", "0")


def cache_dir() -> str:
    explicit = os.environ.get("FERRIC_CACHE_DIR")
    if explicit:
        return explicit
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return os.path.join(xdg, "ferric")
    return os.path.join(os.path.expanduser("~"), ".cache", "ferric")
