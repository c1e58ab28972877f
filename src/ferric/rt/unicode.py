"""The Unicode properties std's `char` methods ask the backend for (`char::unicode`),
from Python's `unicodedata` (its Unicode version may trail Rust's by a release)."""

from __future__ import annotations

import unicodedata

_WHITE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_OTHER_LOWER = frozenset("\u00aa\u00ba\u02b0\u02b1\u02b2\u02b3\u02b4\u02b5\u02b6\u02b7\u02b8\u02c0\u02c1\u02e0\u02e1\u02e2\u02e3\u02e4\u0345\u037a")


def uc_alphabetic(c: str) -> bool:
    cat = unicodedata.category(c)
    return cat in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl") or c.isalpha() or (cat == "Mn" and unicodedata.name(c, "").find("SIGN") < 0 and c in "\u0345")


def uc_lowercase(c: str) -> bool:
    return unicodedata.category(c) == "Ll" or c in _OTHER_LOWER or (c.islower() and not c.isupper())


def uc_uppercase(c: str) -> bool:
    return unicodedata.category(c) == "Lu" or (c.isupper() and not c.islower())


def uc_white_space(c: str) -> bool:
    return c in _WHITE


def uc_numeric(c: str) -> bool:
    return unicodedata.category(c) in ("Nd", "Nl", "No")


def uc_grapheme_extend(c: str) -> bool:
    return unicodedata.category(c) in ("Mn", "Me") or c in "\u200c\uff9e\uff9f"


def uc_printable(c: str) -> bool:
    cat = unicodedata.category(c)
    if c == " ":
        return True
    return cat not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs")


def _pad(s: str) -> list[str]:
    out = list(s[:3])
    while len(out) < 3:
        out.append("\0")
    return out


def uc_to_lower(c: str) -> list[str]:
    if c == "\u0130":
        return ["i", "\u0307", "\0"]
    return _pad(c.lower())


def uc_to_upper(c: str) -> list[str]:
    return _pad(c.upper())
