"""cargo's status lines on stderr: `   Compiling hello v0.1.0 (/path)` (the verb right-aligned
in 12 columns; bold green on a terminal) and its `error:`/`warning:` lines."""

from __future__ import annotations

from typing import TextIO


def _tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def status(stream: TextIO, verb: str, message: str) -> None:
    if _tty(stream):
        stream.write(f"\x1b[1m\x1b[92m{verb:>12}\x1b[0m {message}\n")
    else:
        stream.write(f"{verb:>12} {message}\n")
    stream.flush()


def error(stream: TextIO, message: str) -> None:
    if _tty(stream):
        stream.write(f"\x1b[1m\x1b[91merror\x1b[0m: {message}\n")
    else:
        stream.write(f"error: {message}\n")
    stream.flush()


def warning(stream: TextIO, message: str) -> None:
    if _tty(stream):
        stream.write(f"\x1b[1m\x1b[93mwarning\x1b[0m: {message}\n")
    else:
        stream.write(f"warning: {message}\n")
    stream.flush()
