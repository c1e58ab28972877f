"""String helpers of the formatter: widths, line measures and rustfmt's character classes.

Rewrites are plain strings; the layout decisions look at their first and last lines, at
whether they fit a `Shape`, and at the comments inside them. `char_kinds` is rustfmt's
`CharClasses` state machine over a string (normal code, string literal, comment and the
transitions between them) with its quirks kept, for code the formatter produced itself;
the source file's own comments come from `ferric.fmt.source`, which knows the tokens.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ferric.fmt.config import TAB_SPACES, max_width
from ferric.fmt.shape import Indent, Shape

# -- widths --------------------------------------------------------------------------------------


def uwidth(s: str) -> int:
    """Display width (rustfmt's `unicode_str_width`): control characters such as newlines
    count for nothing."""
    if s.isascii():
        if s.isprintable():
            return len(s)
        return sum(1 for c in s if " " <= c < "\x7f")
    w = 0
    for c in s:
        if unicodedata.combining(c) or c in "\u200b\u200c\u200d\ufeff" or c < " " or "\x7f" <= c < "\xa0":
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def blen(s: str) -> int:
    """Length in UTF-8 bytes (rustfmt's `str::len`, which some width checks use)."""
    return len(s) if s.isascii() else len(s.encode("utf-8"))


def first_line(s: str) -> str:
    i = s.find("\n")
    return s if i < 0 else s[:i]


def last_line(s: str) -> str:
    i = s.rfind("\n")
    return s if i < 0 else s[i + 1 :]


def first_line_width(s: str) -> int:
    return uwidth(first_line(s))


def last_line_width(s: str) -> int:
    return uwidth(last_line(s))


def last_line_used_width(s: str, offset: int) -> int:
    if "\n" in s:
        return last_line_width(s)
    return offset + uwidth(s)


def trimmed_last_line_width(s: str) -> int:
    return uwidth(last_line(s).strip())


def count_newlines(s: str) -> int:
    return s.count("\n")


def first_line_ends_with(s: str, c: str) -> bool:
    lines = s.splitlines()
    return bool(lines) and lines[0].endswith(c)


def extra_offset(text: str, shape: Shape) -> int:
    """Length of `text`'s last line, minus the shape's used width when `text` is multi-line."""
    i = text.rfind("\n")
    if i < 0:
        return blen(text)
    return max(0, blen(text) - (i + 1 + shape.used_width()))


def last_line_extendable(s: str) -> bool:
    """The last line holds nothing but closing delimiters (something may follow it)."""
    if s.endswith('"#'):
        return True
    for c in reversed(s):
        if c in "()]}?>":
            continue
        if c == "\n":
            break
        if c.isspace():
            continue
        return False
    return True


def is_empty_line(s: str) -> bool:
    return not s or s.isspace()


def starts_with_newline(s: str) -> bool:
    return s.startswith("\n") or s.startswith("\r\n")


def last_line_contains_single_line_comment(s: str) -> bool:
    return "//" in last_line(s) if s else False


def first_line_contains_single_line_comment(s: str) -> bool:
    return "//" in first_line(s) if s else False


def is_attributes_extendable(attrs_str: str) -> bool:
    return "\n" not in attrs_str and not last_line_contains_single_line_comment(attrs_str)


def rust_lines(s: str) -> list[str]:
    """Rust's `str::lines`: split on `\\n`, no final empty line, `\\r` before `\\n` dropped."""
    if not s:
        return []
    parts = s.split("\n")
    if parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


# -- character classes (rustfmt's CharClasses) ---------------------------------------------------

NORMAL = 0
START_COMMENT = 1
IN_COMMENT = 2
END_COMMENT = 3
START_STRING_COMMENTED = 4
END_STRING_COMMENTED = 5
IN_STRING_COMMENTED = 6
START_STRING = 7
END_STRING = 8
IN_STRING = 9

_COMMENT_KINDS = frozenset(
    (START_COMMENT, IN_COMMENT, END_COMMENT, START_STRING_COMMENTED, IN_STRING_COMMENTED,
     END_STRING_COMMENTED)
)
_INSIDE_COMMENT = frozenset((IN_COMMENT, START_STRING_COMMENTED, IN_STRING_COMMENTED,
                             END_STRING_COMMENTED))

(_S_NORMAL, _S_STR, _S_STR_ESC, _S_RAW, _S_RAW_PREFIX, _S_RAW_SUFFIX, _S_CHAR, _S_CHAR_ESC,
 _S_BLOCK, _S_STR_IN_BLOCK, _S_BLOCK_OPEN, _S_BLOCK_CLOSE, _S_LINE) = range(13)


def is_comment_kind(k: int) -> bool:
    return k in _COMMENT_KINDS


def char_kinds(s: str) -> list[int]:
    """The kind of every character of `s`, as rustfmt's `CharClasses` computes it."""
    return char_kinds_state(s)[0]


def char_kinds_state(s: str) -> tuple[list[int], bool]:
    """`char_kinds` and whether the scan ended in normal code."""
    n = len(s)
    kinds = [NORMAL] * n
    st = _S_NORMAL
    arg = 0
    i = 0
    while i < n:
        c = s[i]
        kind = NORMAL
        if st == _S_RAW:
            kind = IN_STRING
            if c == '"':
                if arg == 0:
                    kind = NORMAL
                    st = _S_NORMAL
                elif s[i + 1 : i + 1 + arg] == "#" * arg:
                    st = _S_RAW_SUFFIX
        elif st == _S_RAW_PREFIX:
            kind = IN_STRING
            if c == "#":
                arg += 1
            elif c == '"':
                st = _S_RAW
            else:
                st = _S_NORMAL
        elif st == _S_RAW_SUFFIX:
            if c == "#":
                if arg == 1:
                    st = _S_NORMAL
                else:
                    kind = IN_STRING
                    arg -= 1
            else:
                st = _S_NORMAL
        elif st == _S_STR:
            kind = IN_STRING
            if c == '"':
                st = _S_NORMAL
            elif c == "\\":
                st = _S_STR_ESC
        elif st == _S_STR_ESC:
            kind = IN_STRING
            st = _S_STR
        elif st == _S_CHAR:
            if c == "\\":
                st = _S_CHAR_ESC
            elif c == "'":
                st = _S_NORMAL
        elif st == _S_CHAR_ESC:
            st = _S_CHAR
        elif st == _S_NORMAL:
            nxt = s[i + 1] if i + 1 < n else ""
            if c == "r":
                if nxt in ("#", '"') and nxt:
                    kind = IN_STRING
                    st = _S_RAW_PREFIX
                    arg = 0
            elif c == '"':
                kind = IN_STRING
                st = _S_STR
            elif c == "'":
                if nxt == "\\" or (i + 2 < n and s[i + 2] == "'"):
                    st = _S_CHAR
            elif c == "/":
                if nxt == "*":
                    st = _S_BLOCK_OPEN
                    arg = 1
                    kind = START_COMMENT
                elif nxt == "/":
                    st = _S_LINE
                    kind = START_COMMENT
        elif st == _S_STR_IN_BLOCK:
            kind = IN_STRING_COMMENTED
            if c == '"':
                st = _S_BLOCK
            elif c == "*" and i + 1 < n and s[i + 1] == "/":
                kind = IN_COMMENT
                st = _S_BLOCK_CLOSE
                arg -= 1
        elif st == _S_BLOCK:
            kind = IN_COMMENT
            nxt = s[i + 1] if i + 1 < n else ""
            if c == "*" and nxt == "/":
                st = _S_BLOCK_CLOSE
                arg -= 1
            elif c == "/" and nxt == "*":
                st = _S_BLOCK_OPEN
                arg += 1
            elif c == '"':
                st = _S_STR_IN_BLOCK
        elif st == _S_BLOCK_OPEN:
            st = _S_BLOCK
            kind = IN_COMMENT
        elif st == _S_BLOCK_CLOSE:
            if arg == 0:
                st = _S_NORMAL
                kind = END_COMMENT
            else:
                st = _S_BLOCK
                kind = IN_COMMENT
        else:  # _S_LINE
            if c == "\n":
                st = _S_NORMAL
                kind = END_COMMENT
            else:
                kind = IN_COMMENT
        kinds[i] = kind
        i += 1
    return kinds, st == _S_NORMAL


def _may_have_comment(s: str) -> bool:
    return "//" in s or "/*" in s


def contains_comment(s: str) -> bool:
    if not _may_have_comment(s):
        return False
    return any(k in _COMMENT_KINDS for k in char_kinds(s))


def find_uncommented(s: str, pat: str) -> int | None:
    """The first occurrence of `pat` in `s` made of code or string characters."""
    if not _may_have_comment(s):
        i = s.find(pat)
        return None if i < 0 else i
    kinds = char_kinds(s)
    start = s.find(pat)
    while start >= 0:
        if all(kinds[j] in (NORMAL, IN_STRING) for j in range(start, start + len(pat))):
            return start
        start = s.find(pat, start + 1)
    return None


def find_last_uncommented(s: str, pat: str) -> int | None:
    if not _may_have_comment(s):
        i = s.rfind(pat)
        return None if i < 0 else i
    kinds = char_kinds(s)
    start = s.rfind(pat)
    while start >= 0:
        if all(kinds[j] in (NORMAL, IN_STRING) for j in range(start, start + len(pat))):
            return start
        start = s.rfind(pat, 0, start + len(pat) - 1) if start > 0 else -1
    return None


def find_comment_end(s: str) -> int | None:
    """The index just after the comment `s` starts with."""
    kinds, ends_normal = char_kinds_state(s)
    for i, k in enumerate(kinds):
        if k in (NORMAL, IN_STRING):
            return i
    return len(s) if ends_normal else None


def line_classes(s: str) -> Iterator[tuple[int, str]]:
    """rustfmt's `LineClasses`: each line with the kind of character that ends it."""
    if not s:
        return
    kinds = char_kinds(s)
    n = len(s)
    i = 0
    while i < n:
        start_kind = kinds[i]
        j = s.find("\n", i)
        if j < 0:
            line = s[i:]
            kind = kinds[n - 1]
            i = n
        else:
            line = s[i:j]
            kind = kinds[j]
            if start_kind == NORMAL and kind == IN_STRING:
                kind = START_STRING
            elif start_kind == IN_STRING and kind == NORMAL:
                kind = END_STRING
            elif start_kind == IN_COMMENT and kind == IN_STRING_COMMENTED:
                kind = START_STRING_COMMENTED
            elif start_kind == IN_STRING_COMMENTED and kind == IN_COMMENT:
                kind = END_STRING_COMMENTED
            i = j + 1
        if line.endswith("\r"):
            line = line[:-1]
        yield kind, line


def filter_normal_code(code: str) -> str:
    if not _may_have_comment(code):
        return code
    buf: list[str] = []
    for kind, line in line_classes(code):
        if kind in (NORMAL, START_STRING, IN_STRING, END_STRING):
            buf.append(line + "\n")
    out = "".join(buf)
    if not code.endswith("\n") and out.endswith("\n"):
        out = out[:-1]
    return out


def comment_code_slices(s: str) -> list[tuple[bool, int, str]]:
    """rustfmt's `CommentCodeSlices`: alternating (is_comment, offset, slice), starting with a
    (possibly empty) code slice; line comments include their newline."""
    out: list[tuple[bool, int, str]] = []
    n = len(s)
    last_end = 0
    last_is_comment = True
    while last_end != n:
        sub = s[last_end:]
        kinds = char_kinds(sub)
        sub_end = last_end
        first_ws: int | None = None
        broke_at = -1
        starts_line_comment = sub[:2] == "//"
        for i, k in enumerate(kinds):
            c = sub[i]
            connector = (not last_is_comment) and starts_line_comment and c in " \t"
            if connector and first_ws is None:
                first_ws = i
            if (k in _COMMENT_KINDS) == last_is_comment and not connector:
                sub_end = last_end + (first_ws if first_ws is not None else i)
                broke_at = i
                break
            if not connector:
                first_ws = None
        exhausted = broke_at < 0 or broke_at == len(sub) - 1
        if exhausted and sub_end == last_end:
            sub_end = last_end + first_ws if first_ws is not None else n
        is_comment = not last_is_comment
        out.append((is_comment, last_end, s[last_end:sub_end]))
        last_end = sub_end
        last_is_comment = is_comment
    return out


def ungrouped_comment_slices(s: str) -> list[tuple[bool, str]]:
    """Each comment and each run of code, separately (for comparing comment content)."""
    out: list[tuple[bool, str]] = []
    kinds = char_kinds(s)
    n = len(s)
    i = 0
    while i < n:
        k = kinds[i]
        start = i
        if k in (NORMAL, IN_STRING):
            i += 1
            while i < n and kinds[i] not in _COMMENT_KINDS:
                i += 1
            out.append((False, s[start:i]))
        elif k == START_COMMENT:
            i += 1
            while i < n and kinds[i] in _INSIDE_COMMENT:
                i += 1
            if i < n:
                i += 1  # the END_COMMENT character
            out.append((True, s[start:i]))
        else:
            i += 1
            out.append((False, s[start:i]))
    return out


# -- fitting -------------------------------------------------------------------------------------


def filtered_str_fits(snippet: str, max_w: int, shape: Shape) -> bool:
    snippet = filter_normal_code(snippet)
    if snippet:
        if first_line_width(snippet) > shape.width:
            return False
        if "\n" not in snippet:
            return True
        lines = rust_lines(snippet)
        if any(uwidth(line) > max_w for line in lines[1:]):
            return False
        if last_line_width(snippet) > shape.used_width() + shape.width:
            return False
    return True


def wrap_str(s: str, shape: Shape) -> str | None:
    return s if filtered_str_fits(s, max_width(), shape) else None


def get_prefix_space_width(s: str) -> int:
    w = 0
    for c in s:
        if c == " ":
            w += 1
        elif c == "\t":
            w += TAB_SPACES
        else:
            return w
    return w


def trim_left_preserve_layout(orig: str, indent: Indent) -> str | None:
    """Re-indent the lines after the first so the least indented one sits at `indent`
    (lines inside string literals are left alone). None when there is a single line."""
    lines = list(line_classes(orig))
    if not lines:
        return None
    first = lines[0][1].rstrip()
    trimmed: list[tuple[bool, str, int | None]] = []
    veto = False
    widths: list[int] = []
    for kind, line in lines[1:]:
        ok = True
        psw = None if is_empty_line(line) else get_prefix_space_width(line)
        new_veto = kind == IN_STRING and not line.endswith("\\")
        if veto or new_veto:
            veto = new_veto
            ok = False
        else:
            line = line.strip()
        trimmed.append((ok, line, psw))
        if kind not in (IN_STRING, END_STRING) and psw is not None:
            widths.append(psw)
    if not widths:
        return None
    min_w = min(widths)
    parts = []
    for ok, line, psw in trimmed:
        if not ok:
            parts.append(line)
        elif psw is not None:
            parts.append(" " * (indent.width() + max(0, psw - min_w)) + line)
        else:
            parts.append("")
    return first + "\n" + "\n".join(parts)


def remove_trailing_white_spaces(text: str) -> str:
    kinds = char_kinds(text)
    buf: list[str] = []
    space: list[str] = []
    for c, k in zip(text, kinds, strict=False):
        if c == "\n":
            if k == IN_STRING:
                buf.extend(space)
            space.clear()
            buf.append("\n")
        elif c.isspace():
            space.append(c)
        else:
            buf.extend(space)
            space.clear()
            buf.append(c)
    return "".join(buf)
