"""Oppen's pretty-printing algorithm as rustc's `rustc_ast_pretty::pp` implements it.

rustc prints token streams (`stringify!`) and expressions (`assert!` messages) through this
printer, so its line breaks are part of what a program observes: `stringify!` of a long
token sequence breaks lines where rustc's printer does. Callers emit a stream of
`word(text)`, `space()` / `brk(blank, offset)` (a place that becomes a newline when the
enclosing box does not fit in the line), `hardbreak()`, and `ibox(indent)` /
`cbox(indent)` ... `end()` boxes (inconsistent: break only where needed; consistent: break
all or none); `text()` lays them out within a margin of 78 columns.

Sizes are measured in UTF-8 bytes, as rustc measures them. The whole stream is laid out at
the end (rustc streams it through a ring buffer, which gives the same layout).
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass

MARGIN = 78
MIN_SPACE = 60
SIZE_INFINITY = 0xFFFF


@dataclass(slots=True)
class _Tok:
    kind: str
    """"string", "break", "begin" or "end"."""
    text: str = ""
    blank: int = 0
    offset: int = 0
    consistent: bool = False
    size: int = 0


@dataclass(slots=True)
class Printer:
    buf: list[_Tok] = field(default_factory=list)
    _scan: list[int] = field(default_factory=list)
    _right_total: int = 1

    # -- building -----------------------------------------------------------------------------

    def word(self, text: str) -> None:
        n = len(text.encode("utf-8"))
        self.buf.append(_Tok("string", text, size=n))
        self._right_total += n

    def brk(self, blank: int = 1, offset: int = 0) -> None:
        if self._scan:
            self._check_stack(0)
        self.buf.append(_Tok("break", blank=blank, offset=offset, size=-self._right_total))
        self._scan.append(len(self.buf) - 1)
        self._right_total += blank

    def space(self) -> None:
        self.brk(1, 0)

    def hardbreak(self) -> None:
        self.brk(SIZE_INFINITY, 0)

    def is_beginning_of_line(self) -> bool:
        if not self.buf:
            return True
        last = self.buf[-1]
        return last.kind == "break" and last.blank == SIZE_INFINITY

    def break_offset_if_not_bol(self, blank: int, offset: int) -> None:
        if not self.is_beginning_of_line():
            self.brk(blank, offset)

    def ibox(self, indent: int) -> None:
        self._begin(indent, consistent=False)

    def cbox(self, indent: int) -> None:
        self._begin(indent, consistent=True)

    def _begin(self, indent: int, *, consistent: bool) -> None:
        self.buf.append(
            _Tok("begin", offset=indent, consistent=consistent, size=-self._right_total)
        )
        self._scan.append(len(self.buf) - 1)

    def end(self) -> None:
        if len(self.buf) >= 2 and self.buf[-1].kind == "break" and self.buf[-2].kind == "begin":
            brk = self.buf.pop()
            self.buf.pop()
            self._scan.pop()
            self._scan.pop()
            self._right_total -= brk.blank
            return
        self.buf.append(_Tok("end", size=-1))
        self._scan.append(len(self.buf) - 1)

    def _check_stack(self, depth: int) -> None:
        scan = self._scan
        while scan:
            entry = self.buf[scan[-1]]
            if entry.kind == "begin":
                if depth == 0:
                    break
                scan.pop()
                entry.size += self._right_total
                depth -= 1
            elif entry.kind == "end":
                scan.pop()
                entry.size = 1
                depth += 1
            else:
                scan.pop()
                entry.size += self._right_total
                if depth == 0:
                    break

    # -- laying out ---------------------------------------------------------------------------

    def text(self) -> str:
        """The laid-out text of everything written so far."""
        while self._scan:
            before = len(self._scan)
            self._check_stack(0)
            if len(self._scan) == before:  # an unclosed box: close it for layout
                self.buf[self._scan.pop()].size = SIZE_INFINITY
        out: list[str] = []
        space = MARGIN
        indent = 0
        pending = 0
        stack: list[tuple[bool, bool, int]] = []
        """(fits, consistent, indent to restore)."""
        for tok in self.buf:
            if tok.kind == "string":
                if pending:
                    out.append(" " * pending)
                    pending = 0
                out.append(tok.text)
                space -= tok.size
            elif tok.kind == "begin":
                if tok.size > space:
                    stack.append((False, tok.consistent, indent))
                    indent = max(0, indent + tok.offset)
                else:
                    stack.append((True, tok.consistent, indent))
            elif tok.kind == "end":
                if stack:
                    fits, _, saved = stack.pop()
                    if not fits:
                        indent = saved
            else:
                fits_top, consistent, _ = stack[-1] if stack else (False, False, 0)
                fits = fits_top or (not consistent and tok.size <= space)
                if fits:
                    pending += tok.blank
                    space -= tok.blank
                else:
                    out.append("\n")
                    ind = indent + tok.offset
                    pending = max(0, ind)
                    space = max(MARGIN - ind, MIN_SPACE)
        return "".join(out)
