"""The cache directory and the metadata file format: where files live, how they are written
(atomically, one writer at a time) and read (mapped, validated).

Where: `$FERRIC_CACHE_DIR`, else `$XDG_CACHE_HOME/ferric`, else `~/.cache/ferric`.
`FERRIC_NO_CACHE=1` switches the cache off (std is then built in memory, as it always is
when the directory cannot be written).

A file is

    MAGIC  u64 header length  header  sections...

where the header is a `marshal`led dict: `key` (what the contents were computed from),
`sections` (name -> (offset, length) from the start of the sections) and whatever the
writer adds (the encoder's class table). Sections are opaque bytes; `MetadataFile` hands
out memoryviews of them, so a section never read is never paged in.

Writers write a temporary file in the same directory and `os.replace` it into place, so a
reader sees a whole file or none; `exclusive(path)` serialises builders across processes
(pytest-xdist workers) with an advisory lock, so one builds while the others wait and then
read. Any file that is short, foreign or from another key reads as absent: it is rebuilt,
never an error.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import struct
import time
from collections.abc import Iterator, Mapping
from typing import Final

from ferric.base.cache_dir import cache_dir as cache_dir
from ferric.base.cache_dir import cache_enabled as cache_enabled

MAGIC: Final = b"FERRICMD"
_LEN: Final = struct.Struct("<Q")
STALE_AFTER: Final = 7 * 24 * 3600
"""Seconds after which a cache file of another key is deleted when a new one is written."""
KEEP_OTHERS: Final = 3
"""Files of other keys kept when a new one is written (other checkouts, `--test`), newest
first: each is tens of megabytes."""


class MetadataFile:
    """A metadata file, mapped (or read) and checked against the expected key."""

    def __init__(self, buf: bytes | mmap.mmap, header: dict[str, object], base: int) -> None:
        self._buf = buf
        self._view = memoryview(buf)
        self.header = header
        self._base = base
        sections = header["sections"]
        assert isinstance(sections, dict)
        self._sections: dict[str, tuple[int, int]] = sections

    def section(self, name: str) -> memoryview:
        off, n = self._sections[name]
        start = self._base + off
        if start + n > len(self._view):
            raise ValueError(f"section {name} lies past the end of the file")
        return self._view[start : start + n]

    def __contains__(self, name: str) -> bool:
        return name in self._sections


def read(path: str, key: str) -> MetadataFile | None:
    """The file at `path` if it holds metadata for `key`; None when it is absent, foreign,
    truncated or stale."""
    try:
        with open(path, "rb") as f:
            try:
                buf: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # a file system without mmap, an empty file
                buf = f.read()
    except OSError:
        return None
    try:
        if len(buf) < len(MAGIC) + _LEN.size or buf[: len(MAGIC)] != MAGIC:
            return None
        (hlen,) = _LEN.unpack_from(buf, len(MAGIC))
        start = len(MAGIC) + _LEN.size
        header = marshal.loads(buf[start : start + hlen])
    except (ValueError, EOFError, TypeError, struct.error):
        return None
    if not isinstance(header, dict) or header.get("key") != key:
        return None
    if not isinstance(header.get("sections"), dict):
        return None
    return MetadataFile(buf, header, start + hlen)


def writable(directory: str) -> bool:
    """The directory exists (or can be made) and files can be created in it."""
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK | os.X_OK)


def write(path: str, header: Mapping[str, object], sections: Mapping[str, bytes]) -> bool:
    """Write the file atomically; False (nothing written) when the directory is not
    writable. Old files of other keys beside it are removed once stale."""
    table: dict[str, tuple[int, int]] = {}
    off = 0
    for name, data in sections.items():
        table[name] = (off, len(data))
        off += len(data)
    head = marshal.dumps({**header, "sections": table})
    directory = os.path.dirname(path) or "."
    try:
        os.makedirs(directory, exist_ok=True)
        import tempfile  # (only when writing: its imports cost every command 3 ms)

        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".fmeta", dir=directory)
    except OSError:
        return False
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o644)  # mkstemp's 0600 would hide the cache from other users
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(_LEN.pack(len(head)))
            f.write(head)
            for data in sections.values():
                f.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    _remove_stale(directory, keep=os.path.basename(path))
    return True


def _remove_stale(directory: str, keep: str) -> None:
    """Delete cache files of other keys beyond the `KEEP_OTHERS` newest, and any older than
    `STALE_AFTER` (with their lock files). Another process still reading one keeps its
    mapping; the next process of that key rebuilds it. Only files of `keep`'s kind (the
    name before its key: `std-`, `stdmacros-`) are counted, so one kind never pushes out
    another."""
    now = time.time()
    try:
        names = os.listdir(directory)
    except OSError:
        return
    kind = keep.rpartition("-")[0] + "-"
    others: list[tuple[float, str]] = []
    for name in names:
        if name == keep or not name.endswith(".fmeta"):
            continue
        if not name.startswith((kind, ".tmp-")):
            continue
        p = os.path.join(directory, name)
        with contextlib.suppress(OSError):
            mtime = os.stat(p).st_mtime
            if not name.startswith(".tmp-"):
                others.append((mtime, name))
            elif now - mtime > 3600:  # left by a writer that died
                os.unlink(p)
    others.sort(reverse=True)
    for rank, (mtime, name) in enumerate(others):
        if rank >= KEEP_OTHERS or now - mtime > STALE_AFTER:
            for victim in (name, name + ".lock"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(directory, victim))


@contextlib.contextmanager
def exclusive(path: str) -> Iterator[None]:
    """Hold an advisory lock on `path + ".lock"` (best effort: without `fcntl` or a
    writable directory, no lock)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: concurrent builders each write a whole file
        yield
        return
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        with contextlib.suppress(OSError):  # no locking here: go on unlocked
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def sources_hash(root: str, packages: frozenset[str] | None, suffixes: tuple[str, ...]) -> bytes:
    """A hash of the files under the package directory `root` whose names end with one of
    `suffixes` (its top-level files, and the subpackages named in `packages`, or all of them
    when None): what a cache entry computed from those sources is keyed by."""
    files: list[str] = []
    for dirpath, dirnames, names in os.walk(root):
        keep = sorted(d for d in dirnames if d != "__pycache__")
        dirnames[:] = [d for d in keep if packages is None or dirpath != root or d in packages]
        files.extend(os.path.join(dirpath, n) for n in names if n.endswith(suffixes))
    return files_hash(root, sorted(files))


def files_hash(root: str, files: list[str]) -> bytes:
    """A hash of the paths (relative to `root`) and contents of `files`, in that order.

    Reading and hashing a few hundred files costs every command 10 to 20 ms, so the answer
    is kept in the cache directory (`hashes/`) under a fingerprint of the files' paths,
    sizes, modification times and inodes, which a stat of each gives (as Python's `.pyc`
    files trust a source's size and time): the files are read again only when one of them
    changed."""
    import hashlib

    fp = hashlib.blake2b(digest_size=16)
    for path in files:
        try:
            st = os.stat(path)
            fp.update(f"{os.path.relpath(path, root)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
        except OSError:
            fp.update(f"{path}\0unreadable\n".encode())
    memo = os.path.join(cache_dir(), "hashes", fp.hexdigest()) if cache_enabled() else None
    if memo is not None:
        try:
            with open(memo, "rb") as f:
                got = f.read()
            if len(got) == 16:
                return got
        except OSError:
            pass
    h = hashlib.blake2b(digest_size=16)
    for path in files:
        h.update(os.path.relpath(path, root).encode() + b"\0")
        try:
            with open(path, "rb") as f:
                h.update(f.read())
        except OSError:
            h.update(b"\0unreadable")
    digest = h.digest()
    if memo is not None:
        _write_memo(memo, digest)
    return digest


def _write_memo(path: str, data: bytes) -> None:
    """Write a small cache file atomically (nothing on failure); memos of other sources
    beside it are deleted once `STALE_AFTER` old."""
    directory = os.path.dirname(path)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(directory, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return
    now = time.time()
    with contextlib.suppress(OSError):
        for name in os.listdir(directory):
            other = os.path.join(directory, name)
            with contextlib.suppress(OSError):
                if now - os.stat(other).st_mtime > STALE_AFTER:
                    os.unlink(other)

