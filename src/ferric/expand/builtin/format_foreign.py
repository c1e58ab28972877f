"""printf- and shell-style directives in a format string (`"%d items"`, `"hello $name"`).

When most arguments of `format_args!` go unused, rustc looks for such directives and
explains them: each one gets a translation to `{...}` syntax (offered together as one
suggestion) or a note saying why it has none. Input: the cooked template; output: the
directives found with their character ranges (offset by the literal's opening quote), and
`explain`, which adds rustc's notes and suggestion to the "argument never used" error.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic

_FLAGS = "0-+ #'"


@dataclass(frozen=True, slots=True)
class Num:
    """A width or precision: kind "num" (a number), "arg" (`*N$`, 1-based) or "next" (`*`)."""

    kind: str
    value: int = 0

    def translate(self) -> str | None:
        if self.kind == "num":
            return str(self.value)
        if self.kind == "arg":
            return f"{self.value - 1}$" if self.value >= 1 else None
        return "*"


def _num(s: str, arg: str | None = None) -> Num | None:
    text = arg if arg is not None else s
    if arg is None and s == "*":
        return Num("next")
    if not text.isdigit() or not text.isascii() or int(text) > 0xFFFF:
        return None
    return Num("arg" if arg is not None else "num", int(text))


@dataclass(frozen=True, slots=True)
class Sub:
    """One directive: `text` as written, its range in the template (plus padding), and its
    translation (`ok`) or the reason there is none (`reason`; both None: not worth
    mentioning, e.g. `%%`)."""

    text: str
    start: int
    end: int
    ok: str | None
    reason: str | None


# -- printf ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Printf:
    parameter: int | None = None
    flags: str = ""
    width: Num | None = None
    precision: Num | None = None
    type_: str = ""


def _translate_printf(f: _Printf) -> tuple[str | None, str | None]:
    alt = zero = left = plus = False
    for c in f.flags:
        if c == "#":
            alt = True
        elif c == "0":
            zero = True
        elif c == "-":
            left = True
        elif c == "+":
            plus = True
        else:
            return None, f"the flag `{c}` is unknown or unsupported"
    fill: str | None = "0" if zero else None
    align: str | None = "<" if left else None
    sign = "+" if plus else None
    width = f.width
    if width is not None and width.kind == "next":
        return None, "you have to use a positional or named parameter for the width"
    precision = f.precision
    table: dict[str, tuple[str | None, bool, bool]] = {
        "d": (None, True, True),
        "i": (None, True, True),
        "u": (None, True, True),
        "f": (None, False, False),
        "F": (None, False, False),
        "s": (None, False, False),
        "c": (None, False, False),
        "e": ("e", True, False),
        "E": ("E", True, False),
        "x": ("x", True, True),
        "X": ("X", True, True),
        "o": ("o", True, True),
        "p": ("p", False, True),
        "g": ("e", True, False),
        "G": ("E", True, False),
    }
    if f.type_ not in table:
        return None, f"the conversion specifier `{f.type_}` is unknown or unsupported"
    type_, use_zero_fill, is_int = table[f.type_]
    if is_int:
        if width is not None and precision is not None:
            return None, "width and precision cannot both be specified for integer conversions"
        if precision is not None:
            fill, width, precision = "0", precision, None
    if f.type_ == "s" and width is not None and align is None:
        align = ">"
    zero_fill = False
    if fill == "0" and use_zero_fill:
        fill, zero_fill = None, True
    if type_ not in ("x", "X"):
        alt = False
    has_options = bool(fill or align or sign or alt or zero_fill or width or precision or type_)
    s = "{"
    if f.parameter is not None:
        if f.parameter < 1:
            return None, None
        s += str(f.parameter - 1)
    if has_options:
        s += ":"
        if fill is not None:
            s += fill
            align = align or ">"
        s += align or ""
        s += sign or ""
        s += "#" if alt else ""
        s += "0" if zero_fill else ""
        for prefix, n in (("", width), (".", precision)):
            if n is not None:
                t = n.translate()
                if t is None:
                    return None, None
                s += prefix + t
        s += type_ or ""
    return s + "}", None


def _digits_end(s: str, i: int) -> int:
    while i < len(s) and s[i].isascii() and s[i].isdigit():
        i += 1
    return i


def _printf_next(s: str, base: int) -> tuple[Sub, int] | None:
    """The next directive at or after `base`, and where scanning resumes."""
    start = s.find("%", base)
    if start < 0 or start + 1 >= len(s):
        return None
    if s[start + 1] == "%":
        return Sub("%%", start, start + 2, None, None), start + 2
    f = _Printf()
    i = start + 1

    def fallback() -> tuple[Sub, int]:
        end = min(i + 1, len(s))
        f2 = _Printf(type_=s[i:end])
        ok, reason = _translate_printf(f2)
        return Sub(s[start:end], start, end, ok, reason), end

    state = "flags"
    if "1" <= s[i] <= "9":
        end = _digits_end(s, i + 1)
        if end >= len(s):
            return fallback()
        if s[end] == "$":
            f.parameter = int(s[i:end]) if int(s[i:end]) <= 0xFFFF else None
            if f.parameter is None:
                return fallback()
            i = end + 1
        else:
            f.width = _num(s[i:end])
            if f.width is None:
                return fallback()
            i = end
            state = "prec"
    if i >= len(s):
        return None
    if state == "flags":
        j = i
        while j < len(s) and s[j] in _FLAGS:
            j += 1
        f.flags = s[i:j]
        i = j
        if i >= len(s):
            return None
        if s[i] == "*":
            i += 1
            if i >= len(s):
                return None
            end = _digits_end(s, i)
            if end < len(s) and s[end] == "$":
                f.width = _num("", s[i:end])
                i = end + 1
            else:
                f.width = Num("next")
                i = end
        elif "1" <= s[i] <= "9":
            end = _digits_end(s, i + 1)
            f.width = _num(s[i:end])
            if f.width is None:
                return fallback()
            i = end
        if i >= len(s):
            return None
    if s[i] == ".":
        i += 1
        if i >= len(s):
            return None
        if s[i] == "*":
            end = _digits_end(s, i + 1)
            if end < len(s) and s[end] == "$":
                f.precision = _num("*", s[i + 1 : end])
                i = end + 1
            else:
                f.precision = Num("next")
                i = end
        elif s[i].isascii() and s[i].isdigit():
            end = _digits_end(s, i + 1)
            f.precision = _num(s[i:end])
            i = end
        else:
            return fallback()
        if i >= len(s):
            return None
    c = s[i]
    if c in "hl" and i + 1 < len(s) and s[i + 1] == c:
        i += 2
    elif c in "hlLzjtq":
        i += 1
    elif c == "I":
        i += 3 if s[i + 1 : i + 3] in ("32", "64") else 1
    if i >= len(s):
        return None
    f.type_ = s[i]
    i += 1
    ok, reason = _translate_printf(f)
    return Sub(s[start:i], start, i, ok, reason), i


def _shell_next(s: str, base: int) -> tuple[Sub, int] | None:
    start = s.find("$", base)
    if start < 0 or start + 1 >= len(s):
        return None
    c = s[start + 1]
    if c == "$":
        return Sub("$$", start, start + 2, None, None), start + 2
    if "0" <= c <= "9":
        return Sub(f"${c}", start, start + 2, f"{{{c}}}", None), start + 2
    if not (c.isascii() and (c.isalpha() or c == "_")):
        return None
    end = start + 2
    while end < len(s) and s[end].isascii() and (s[end].isalnum() or s[end] == "_"):
        end += 1
    name = s[start + 1 : end]
    return Sub(f"${name}", start, end, f"{{{name}}}", None), end


def substitutions(kind: str, s: str, padding: int) -> list[Sub]:
    """Every printf (`kind` "printf") or shell ("shell") directive of `s`, ranges shifted
    by `padding` (the literal's opening quote and hashes)."""
    nxt = _printf_next if kind == "printf" else _shell_next
    out: list[Sub] = []
    pos = 0
    while (found := nxt(s, pos)) is not None:
        sub, pos = found
        out.append(Sub(sub.text, sub.start + padding, sub.end + padding, sub.ok, sub.reason))
    return out


def explain(d: Diagnostic, fmt_str: str, raw_hashes: int | None, fmt_span: Span) -> bool:
    """Add rustc's notes and suggestion for printf-style (else shell-style) directives;
    True when some were found."""
    padding = 1 if raw_hashes is None else raw_hashes + 2
    for kind in ("printf", "shell"):
        explained: set[str] = set()
        suggestions: list[tuple[Span, str]] = []
        found = False
        for sub in substitutions(kind, fmt_str, padding):
            if sub.ok is None and sub.reason is None:
                continue
            if sub.text in explained:
                continue
            explained.add(sub.text)
            found = True
            sp = Span(fmt_span.lo + sub.start, fmt_span.lo + sub.end, fmt_span.ctxt)
            if sub.ok is not None:
                suggestions.append((sp, sub.ok))
            else:
                d.with_note(f"format specifiers use curly braces, and {sub.reason}", sp)
        if found:
            d.with_note(f"{kind} formatting is not supported; see the documentation for `std::fmt`")
            if suggestions:
                d.with_suggestion(
                    "format specifiers use curly braces",
                    suggestions,
                    Applicability.MACHINE_APPLICABLE,
                )
            return True
    return False
