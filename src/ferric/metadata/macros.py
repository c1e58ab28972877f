"""std's exported macros from the cache: what expanding a user crate needs of std.

Expanding any user crate needs std's `#[macro_export]` macros (`println!`, `vec!`, ...),
which `expand.std_crate` compiles by parsing the std files that declare them: about a
tenth of a second, in every process, a seventh of a warm `ferric check hello.rs`.
`load_std_macros(cfg)` reads them instead from `stdmacros-<key>.fmeta` beside std's
metadata (one pickled section) and installs them in `expand.std_crate`, building and
writing the file when it is missing.

The key is `metadata.std.cache_key(cfg)` for the *user's* `#[cfg]` options (std's macros
are read with them, unlike std's metadata), so it changes with std's sources, the Python
sources of every layer up to `metadata` and the Python version. Spans in the macros point
into std's files at their fixed positions (`STD_POS_BASE`), valid in every session; the
files themselves are re-read (`std_source`) as on the path without a cache, when their
text is first needed (the file keeps their lengths). A missing,
stale or undecodable file, or one naming a std file that cannot be read, is rebuilt;
one that cannot be written leaves the macros built in memory: never an error.
"""

from __future__ import annotations

import os
import pickle
from typing import Final

from ferric.expand.base import CfgOptions
from ferric.expand.std_crate import (
    StdMacros,
    has_std_macros,
    install_std_macros,
    std_dir,
    std_macros,
    std_source,
)
from ferric.metadata import store
from ferric.metadata.std import cache_key

_SECTION: Final = "macros"


def load_std_macros(cfg: CfgOptions) -> None:
    """Make std's exported macros for `cfg` available to expansion, from the cache when
    it has them (a no-op when the process has them already or the cache is off)."""
    if has_std_macros(cfg) or not store.cache_enabled():
        return
    key = cache_key(cfg)
    path = os.path.join(store.cache_dir(), f"stdmacros-{key}.fmeta")
    macros = _read(path, key)
    if macros is None:
        macros = std_macros(cfg)  # builds them
        _write(path, key, macros)
    install_std_macros(cfg, macros)


def _read(path: str, key: str) -> StdMacros | None:
    f = store.read(path, key)
    if f is None or _SECTION not in f:
        return None
    try:
        exports, names, lengths, diagnostics, modules = pickle.loads(f.section(_SECTION))
    except Exception:  # a corrupt or stale file: rebuilt, never an error
        return None
    root = std_dir()
    files = [std_source(os.path.join(root, name), n) for name, n in zip(names, lengths, strict=True)]
    if any(sf is None for sf in files):
        return None
    return StdMacros(exports, files, diagnostics, modules)  # (None ruled out above)


def _write(path: str, key: str, macros: StdMacros) -> None:
    root = std_dir()
    names = [os.path.relpath(sf.name, root) for sf in macros.files]
    lengths = [len(sf.text) for sf in macros.files]
    try:
        data = pickle.dumps((macros.exports, names, lengths, macros.diagnostics, macros.modules), protocol=5)
    except Exception:  # something a macro holds that pickle cannot write: stay in memory
        return
    if store.writable(os.path.dirname(path)):
        store.write(path, {"key": key}, {_SECTION: data})
