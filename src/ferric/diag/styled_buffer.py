"""A grid of styled characters, and the terminal text widths the human emitter measures with.

The human emitter (`emitter`) draws a diagnostic the way rustc does: it writes characters at
(row, column) cells of a `StyledBuffer` — the source line, then underlines, connector lines and
labels placed at display columns below it — and finally turns each row into text, optionally
with ANSI colour. This module holds that grid and the few helpers that decide widths:

- `char_width` / `str_width`: how many terminal columns a character takes (tabs count 4, East
  Asian wide characters 2, combining marks 0), as rustc's `rustc_span::char_width`.
- `normalize_whitespace`: what rustc prints instead of tabs and invisible control characters.

Input → output: `putc`/`puts`/`append`/`prepend` calls → `render(level, color)` lines of text.

Invariant: a cell holds exactly one character; a wide character occupies one cell and is
displayed two columns wide by the terminal, exactly as rustc's own buffer does (rustc computes
underline columns in display width, so the picture lines up on screen).
"""

from __future__ import annotations

import enum
import unicodedata

from ferric.base.nodeclass import dataclass
from ferric.diag.diagnostic import Level


class Style(enum.Enum):
    """What a cell is part of; decides its colour (see `ansi_style`)."""

    MAIN_HEADER_MSG = enum.auto()
    HEADER_MSG = enum.auto()
    LINE_AND_COLUMN = enum.auto()
    LINE_NUMBER = enum.auto()
    QUOTATION = enum.auto()
    UNDERLINE_PRIMARY = enum.auto()
    UNDERLINE_SECONDARY = enum.auto()
    LABEL_PRIMARY = enum.auto()
    LABEL_SECONDARY = enum.auto()
    NO_STYLE = enum.auto()
    HIGHLIGHT = enum.auto()
    ADDITION = enum.auto()
    REMOVAL = enum.auto()


CellStyle = Style | Level
"""A cell's style: a `Style`, or a `Level` for the `error`/`warning`/`note:` words themselves."""


# -- widths ----------------------------------------------------------------------------------------

_BIDI_CONTROLS = frozenset({0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})


def char_width(ch: str) -> int:
    """Display width of one character, as rustc measures it (`rustc_span::char_width`)."""
    if ch == "\t":
        return 4
    o = ord(ch)
    if o < 0x20 or o == 0x7F or o in _BIDI_CONTROLS:
        return 1  # replaced by a visible one-column symbol when printed
    if o < 0x7F:
        return 1
    if 0x80 <= o < 0xA0:
        return 1
    if o == 0xAD:
        return 1
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me"):
        return 0
    if cat == "Cf" or o == 0x200B or 0x1160 <= o <= 0x11FF:
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def str_width(s: str) -> int:
    """Display width of a string (sum of `char_width`)."""
    if s.isascii() and "\t" not in s:
        return len(s)
    return sum(char_width(c) for c in s)


_OUTPUT_REPLACEMENTS: dict[str, str] = {
    **{chr(c): chr(0x2400 + c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A)},
    "\t": "    ",
    "\x7f": "\u2421",
    "\u200d": "",
    **{chr(c): "\ufffd" for c in _BIDI_CONTROLS},
}


def normalize_whitespace(s: str) -> str:
    """Replace tabs by four spaces and control characters by visible symbols (rustc's table)."""
    if s.isprintable() and "\u200d" not in s and not any(ord(c) in _BIDI_CONTROLS for c in s):
        return s
    return "".join(_OUTPUT_REPLACEMENTS.get(c, c) for c in s)


# -- ANSI colours ----------------------------------------------------------------------------------

_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"
_BRIGHT_RED = "\x1b[91m"
_YELLOW = "\x1b[33m"
_BRIGHT_GREEN = "\x1b[92m"
_BRIGHT_CYAN = "\x1b[96m"
_BRIGHT_BLUE = "\x1b[94m"
_MAGENTA = "\x1b[35m"


def _level_color(level: Level) -> str:
    if level in (Level.ERROR, Level.ICE):
        return _BRIGHT_RED
    if level is Level.WARNING:
        return _YELLOW
    if level is Level.NOTE:
        return _BRIGHT_GREEN
    if level is Level.HELP:
        return _BRIGHT_CYAN
    return ""


def ansi_style(style: CellStyle, level: Level) -> str:
    """The escape sequence that starts `style` in a diagnostic of `level` ("" for plain)."""
    if isinstance(style, Level):
        color = _level_color(style)
        return _BOLD + color
    if style is Style.ADDITION:
        return _BRIGHT_GREEN
    if style is Style.REMOVAL:
        return _BRIGHT_RED
    if style in (Style.LINE_NUMBER, Style.UNDERLINE_SECONDARY, Style.LABEL_SECONDARY):
        return _BOLD + _BRIGHT_BLUE
    if style is Style.MAIN_HEADER_MSG:
        return _BOLD
    if style in (Style.UNDERLINE_PRIMARY, Style.LABEL_PRIMARY):
        return _BOLD + _level_color(level)
    if style is Style.HIGHLIGHT:
        return _BOLD + _MAGENTA
    return ""


# -- the buffer ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cell:
    ch: str
    style: CellStyle


_SPACE_STYLE: CellStyle = Style.NO_STYLE


class StyledBuffer:
    """Rows of styled cells; writing past the end of a row pads it with unstyled spaces."""

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: list[list[_Cell]] = []

    def num_lines(self) -> int:
        return len(self._rows)

    def _ensure(self, line: int) -> list[_Cell]:
        while line >= len(self._rows):
            self._rows.append([])
        return self._rows[line]

    def putc(self, line: int, col: int, ch: str, style: CellStyle) -> None:
        row = self._ensure(line)
        if col < len(row):
            row[col] = _Cell(ch, style)
            return
        while len(row) < col:
            row.append(_Cell(" ", _SPACE_STYLE))
        row.append(_Cell(ch, style))

    def puts(self, line: int, col: int, s: str, style: CellStyle) -> None:
        for i, ch in enumerate(s):
            self.putc(line, col + i, ch, style)

    def prepend(self, line: int, s: str, style: CellStyle) -> None:
        row = self._ensure(line)
        row[0:0] = [_Cell(" ", _SPACE_STYLE) for _ in s]
        self.puts(line, 0, s, style)

    def append(self, line: int, s: str, style: CellStyle) -> None:
        if line >= len(self._rows):
            self.puts(line, 0, s, style)
        else:
            self.puts(line, len(self._rows[line]), s, style)

    def row_len(self, line: int) -> int:
        return len(self._rows[line]) if line < len(self._rows) else 0

    def replace(self, line: int, start: int, end: int, s: str) -> None:
        """Replace cells `start..end` of `line` by `s` (styled as line numbers)."""
        if start == end or line >= len(self._rows):
            return
        row = self._rows[line]
        if start > len(row) or end > len(row):
            return
        del row[start:end]
        for i, ch in enumerate(s):
            cell = _Cell(ch, Style.LINE_NUMBER)
            if start + i < len(row):
                row[start + i] = cell
            else:
                row.insert(start + i, cell)

    def set_style_range(
        self, line: int, start: int, end: int, style: CellStyle, overwrite: bool
    ) -> None:
        for col in range(start, end):
            self.set_style(line, col, style, overwrite)

    def set_style(self, line: int, col: int, style: CellStyle, overwrite: bool) -> None:
        if line >= len(self._rows) or col >= len(self._rows[line]) or col < 0:
            return
        cell = self._rows[line][col]
        if overwrite or cell.style in (Style.NO_STYLE, Style.QUOTATION):
            cell.style = style

    def render_rows(self, level: Level, color: bool) -> list[str]:
        """Each row as text; with `color`, runs of cells that look the same wrapped in ANSI codes.

        Cells are compared by their resulting escape sequence (not their `Style`), as
        annotate-snippets does: a primary underline next to its label is one run.
        """
        out: list[str] = []
        for row in self._rows:
            if not color:
                out.append("".join(c.ch for c in row))
                continue
            parts: list[str] = []
            current = ""
            for cell in row:
                esc = ansi_style(cell.style, level)
                if esc != current:
                    if current:
                        parts.append(_RESET)
                    current = esc
                    parts.append(esc)
                parts.append(cell.ch)
            if current:
                parts.append(_RESET)
            out.append("".join(parts))
        return out
