"""`ferric run`'s cache of generated Python modules, keyed by content.

Checking a program and generating its module takes a second or two; running the same
unchanged program again should not. An entry is keyed by a hash of everything the module
depends on: this ferric's sources (Python and std's Rust), the options that change the
module (edition, release), the root file's path (as given: it is spelled in panic locations
and `file!()`, and absolute) and text. It also records the other user
files the crate read (`mod` files, `include_str!`), each with its hash: a hit requires them
unchanged too. Only successful builds are stored (a program with errors is checked again,
so its diagnostics are printed again).

Entries live in `store.cache_dir()/modules/`; `FERRIC_NO_CACHE=1` (every cache) or
`FERRIC_NO_MODULE_CACHE=1` (this one) disables it.
Reading or writing failures are silent: the cache only ever saves time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache

from ferric.metadata import store


def _enabled() -> bool:
    return store.cache_enabled() and os.environ.get("FERRIC_NO_MODULE_CACHE", "") in ("", "0")


@cache
def ferric_hash() -> str:
    """This ferric's Python sources and std's Rust sources."""
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return store.sources_hash(pkg, None, (".py", ".rs")).hex()


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _entry_path(path: str, options: str) -> str | None:
    try:
        with open(path, "rb") as f:
            text = f.read()
    except OSError:
        return None
    # The path as given as well as the file it names: the module spells it in panic
    # locations and `file!()` (`ferric run a.rs` and `ferric run ./a.rs` differ there).
    key = _digest(f"{ferric_hash()}\0{options}\0{os.path.abspath(path)}\0{path}\0".encode() + text)
    return os.path.join(store.cache_dir(), "modules", f"{key}.json")


def lookup(path: str, options: str) -> str | None:
    """The module generated earlier for this unchanged program, or None."""
    if not _enabled():
        return None
    entry = _entry_path(path, options)
    if entry is None:
        return None
    try:
        with open(entry, encoding="utf-8") as f:
            data = json.load(f)
        for name, digest in data["files"]:
            with open(name, "rb") as g:
                if _digest(g.read()) != digest:
                    return None
        module = data["module"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return module if isinstance(module, str) else None


def save(path: str, options: str, module: str, other_files: list[tuple[str, str]]) -> None:
    """Remember `module` for this program (`other_files`: the other user files it read,
    with their texts)."""
    if not _enabled():
        return
    entry = _entry_path(path, options)
    if entry is None or not store.writable(os.path.dirname(entry)):
        return
    files = [(name, _digest(text.encode("utf-8", "surrogatepass"))) for name, text in other_files]
    tmp = f"{entry}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"files": files, "module": module}, f)
        os.replace(tmp, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
