"""The format-string mini-language (`std::fmt`), parsed at compile time.

Input: the cooked (unescaped) text of a format string, and — when the string was written
in the source — its literal as written (the *snippet*, quotes included). Output: a list of
pieces (literal text, or an `Argument` placeholder with its `FormatSpec`) and the errors
rustc's `rustc_parse_format` reports, with the same wording, notes, labels and
suggestions.

Positions: every range here is a half-open range of *characters of the snippet* (quotes
included), so `literal_span.lo + start` is the global position of the character; rustc
counts bytes, but its diagnostics show columns in characters, which is what these ranges
give directly. Each cooked character knows the snippet range it came from (an escape such
as `\\u{1F600}` is one character spanning nine), so errors point at the right characters of
escaped and raw strings alike. When the snippet is not the literal of the cooked text (the
string came from `concat!`, say) `is_source_literal` is False and callers point at the
whole argument instead, as rustc does.

Invariant: `Parser.parse()` stops at the first piece that produced an error; the first
error in `errors` is the one rustc reports (suggestion-bearing errors are put first, as
rustc inserts them at the front).
"""

from __future__ import annotations

from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.lexer.chars import is_id_continue, is_id_start
from ferric.lexer.unescape import unescape_str

Range = tuple[int, int]

# Unicode White_Space (Rust's `char::is_whitespace`).
_WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

U16_MAX = 65535


@dataclass(frozen=True, slots=True)
class Count:
    """A width or precision: `kind` is "is" (a literal `value`), "name" (`name$`), "param"
    (`N$`, index in `value`), "star" (`.*`, the implicit index in `value`) or "implied"."""

    kind: str
    value: int = 0
    name: str = ""
    name_range: Range | None = None


IMPLIED = Count("implied")


@dataclass(slots=True)
class FormatSpec:
    fill: str | None = None
    fill_range: Range | None = None
    align: str | None = None
    """"<", ">", "^" or None."""
    sign: str | None = None
    """"+", "-" or None."""
    alternate: bool = False
    zero_pad: bool = False
    debug_hex: str | None = None
    """"x" or "X" for `{:x?}` / `{:X?}`."""
    precision: Count = IMPLIED
    precision_range: Range | None = None
    width: Count = IMPLIED
    width_range: Range | None = None
    ty: str = ""
    ty_range: Range | None = None

    def is_default(self) -> bool:
        return self == FormatSpec()


@dataclass(frozen=True, slots=True)
class Position:
    """Where a placeholder's value comes from: `kind` "implicit" (`{}`, the next index),
    "index" (`{0}`) or "named" (`{x}`)."""

    kind: str
    index: int = 0
    name: str = ""


@dataclass(slots=True)
class Argument:
    position: Position
    position_range: Range
    """The position as written, including any whitespace of `{  }`."""
    format: FormatSpec

    def is_identifier(self) -> bool:
        return self.position.kind == "named" and self.format.is_default()


Piece = str | Argument


@dataclass(frozen=True, slots=True)
class Suggestion:
    """kind: "use_positional", "remove_raw_ident", "reorder_format_parameter",
    "add_missing_colon", "use_rust_debug_printing_macro"."""

    kind: str
    range: Range | None = None
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class ParseError:
    description: str
    note: str | None
    label: str
    range: Range
    secondary_label: tuple[str, Range] | None = None
    suggestion: Suggestion | None = None


def cooked_char_ranges(body: str) -> list[tuple[Range, str]] | None:
    """For the text between the quotes of a (non-raw) string literal: each character of its
    value with the range of `body` it was written as, or None if `body` is not valid."""
    out: list[tuple[Range, str]] = []
    n = len(body)
    i = 0
    while i < n:
        c = body[i]
        if c != "\\":
            if c == "\r" and i + 1 < n and body[i + 1] == "\n":
                i += 1
                continue
            out.append(((i, i + 1), c))
            i += 1
            continue
        if i + 1 >= n:
            return None
        e = body[i + 1]
        if e == "\n":  # line continuation: skip the newline and following whitespace
            j = i + 2
            while j < n and body[j] in " \t\n\r":
                j += 1
            i = j
            continue
        if e in "nrt\\0'\"":
            j = i + 2
        elif e == "x":
            j = i + 4
        elif e == "u":
            close = body.find("}", i)
            if close < 0:
                return None
            j = close + 1
        else:
            return None
        value = unescape_str(body[i:j])
        if len(value) != 1:
            return None
        out.append(((i, j), value))
        i = j
    return out


@dataclass(slots=True)
class _Char:
    start: int
    end: int
    idx: int
    ch: str


@dataclass(slots=True)
class Parser:
    """rustc's format-string parser. Build with `Parser.new(...)`, then `parse()`."""

    input: str
    chars: list[_Char]
    is_source_literal: bool
    end_of_snippet: int
    errors: list[ParseError] = field(default_factory=list)
    pos: int = 0
    """Index into `chars`."""
    curarg: int = 0
    """The next implicit argument index."""
    arg_places: list[Range] = field(default_factory=list)
    """The `{...}` range of every placeholder parsed (source literals only)."""
    last_open_brace: Range | None = None

    @staticmethod
    def new(
        text: str, raw_hashes: int | None, snippet: str | None, appended_newline: bool
    ) -> Parser:
        """`text`: the cooked format string (with the `\\n` of `format_args_nl!` appended);
        `raw_hashes`: the number of `#` of a raw string literal, None for a normal one;
        `snippet`: the literal as written in the source, when known."""
        quote_offset = 1 if raw_hashes is None else raw_hashes + 2
        is_source = False
        end_of_snippet = len(text) - (1 if appended_newline else 0)
        pre: list[tuple[Range, str]] = []
        unnl = text[:-1] if appended_newline else text
        if snippet is not None:
            end_of_snippet = len(snippet)
            if raw_hashes is not None:
                h = raw_hashes
                if (
                    len(snippet) >= 2 * h + 3
                    and snippet.startswith("r" + "#" * h + '"')
                    and snippet.endswith('"' + "#" * h)
                    and snippet[h + 2 : len(snippet) - h - 1] == unnl
                ):
                    is_source = True
                    end_of_snippet = len(snippet) - h - 1
            elif snippet.startswith('"') and len(snippet) >= 2:
                ranges = cooked_char_ranges(snippet[1:-1])
                if ranges is not None and "".join(c for _, c in ranges) == unnl:
                    end = ranges[-1][0][1] if ranges else 0
                    pre = ranges
                    if appended_newline:
                        pre = [*ranges, ((end, end + 1), "\n")]
                    is_source = True
                    end_of_snippet = 1 + end
        chars: list[_Char] = []
        if pre:
            for idx, (((s, e), _), c) in enumerate(zip(pre, text, strict=False)):
                chars.append(_Char(s + quote_offset, e + quote_offset, idx, c))
        else:
            for idx, c in enumerate(text):
                chars.append(_Char(idx + quote_offset, idx + quote_offset + 1, idx, c))
        return Parser(text, chars, is_source, end_of_snippet)

    # -- the cursor ---------------------------------------------------------------------------

    def _peek(self, ahead: int = 0) -> _Char | None:
        i = self.pos + ahead
        return self.chars[i] if i < len(self.chars) else None

    def _consume(self, ch: str) -> _Char | None:
        c = self._peek()
        if c is not None and c.ch == ch:
            self.pos += 1
            return c
        return None

    def _range_at(self, index: int) -> Range:
        if index < len(self.chars):
            c = self.chars[index]
            return (c.start, c.end)
        return (self.end_of_snippet, self.end_of_snippet)

    def _input_pos(self, index: int) -> int:
        return self.chars[index].idx if index < len(self.chars) else len(self.input)

    def _ws(self) -> None:
        while (c := self._peek()) is not None and c.ch in _WHITE_SPACE:
            self.pos += 1

    # -- pieces -------------------------------------------------------------------------------

    def parse(self) -> list[Piece]:
        """Every piece up to the first error (rustc stops there)."""
        pieces: list[Piece] = []
        while True:
            piece = self._next()
            if piece is None or self.errors:
                break
            pieces.append(piece)
        return pieces

    def _next(self) -> Piece | None:
        c = self._peek()
        if c is None:
            return None
        if c.ch == "{":
            self.pos += 1
            nxt = self._peek()
            if nxt is not None and nxt.ch == "{":
                self.pos += 1
                return self._string(nxt.idx)
            self.last_open_brace = (c.start, c.end)
            arg = self._argument()
            self._ws()
            close = self._consume("}")
            if close is not None:
                if self.is_source_literal:
                    self.arg_places.append((c.start, close.end))
            else:
                self._missing_closing_brace(arg)
            return arg
        if c.ch == "}":
            self.pos += 1
            nxt = self._peek()
            if nxt is not None and nxt.ch == "}":
                self.pos += 1
                return self._string(nxt.idx)
            self.errors.append(
                ParseError(
                    "unmatched `}` found",
                    "if you intended to print `}`, you can escape it using `}}`",
                    "unmatched `}`",
                    (c.start, c.end),
                )
            )
            return None
        return self._string(c.idx)

    def _string(self, start: int) -> str:
        while (c := self._peek()) is not None:
            if c.ch in "{}":
                return self.input[start : c.idx]
            self.pos += 1
        return self.input[start:]

    def _missing_closing_brace(self, arg: Argument) -> None:
        c = self._peek()
        if c is not None:
            rng = (c.start, c.start)
            description = f"expected `}}`, found `{_escape_debug(c.ch)}`"
        else:
            rng = (self.end_of_snippet, self.end_of_snippet)
            description = "expected `}` but string was terminated"
        secondary: tuple[str, Range] | None
        if arg.format.fill == "}":
            note = "the character `}` is interpreted as a fill character because of the `:` that precedes it"
            fill = arg.format.fill_range
            secondary = (
                ("this is not interpreted as a formatting closing brace", fill) if fill else None
            )
        else:
            note = "if you intended to print `{`, you can escape it using `{{`"
            brace = self.last_open_brace
            secondary = ("because of this opening brace", brace) if brace else None
        self.errors.append(ParseError(description, note, "expected `}`", rng, secondary))
        nc = self._peek(1)
        if c is None or nc is None:
            return
        if c.ch == "?" and nc.ch == "}":
            self._missing_colon_before_debug_formatter()
        elif c.ch == "?":
            self._suggest_format_debug()
        elif c.ch in "<^>":
            self._suggest_format_align(c.ch)
        elif c.ch == ",":
            self._suggest_python_grouping()
        elif c.ch == "=" and nc.ch == "}":
            self._suggest_rust_debug_printing_macro()
        else:
            self._suggest_positional_arg_instead_of_captured_arg(arg)

    # -- placeholders -------------------------------------------------------------------------

    def _argument(self) -> Argument:
        start_idx = self.pos
        position = self._position()
        self._ws()
        end_idx = self.pos
        spec = self._format()
        if position is None:
            position = Position("implicit", self.curarg)
            self.curarg += 1
        return Argument(position, (self._range_at(start_idx)[0], self._range_at(end_idx)[0]), spec)

    def _position(self) -> Position | None:
        i = self._integer()
        if i is not None:
            return Position("index", i)
        c = self._peek()
        if c is None or not is_id_start(c.ch):
            return None
        start = c.start
        word = self._word()
        hash_ = self._peek()
        after = self._peek(1)
        if (
            word == "r"
            and hash_ is not None
            and hash_.ch == "#"
            and after is not None
            and is_id_start(after.ch)
        ):
            self.pos += 1
            prefix_end = hash_.end
            word = self._word()
            full = (start, self._range_at(self.pos)[0])
            self.errors.insert(
                0,
                ParseError(
                    "raw identifiers are not supported",
                    "identifiers in format strings can be keywords and don't need to be prefixed with `r#`",
                    "raw identifier used here",
                    full,
                    None,
                    Suggestion("remove_raw_ident", (start, prefix_end)),
                ),
            )
        return Position("named", 0, word)

    def _format(self) -> FormatSpec:
        spec = FormatSpec()
        if self._consume(":") is None:
            return spec
        c, nc = self._peek(), self._peek(1)
        if c is not None and nc is not None and nc.ch in "<>^":
            self.pos += 1
            spec.fill = c.ch
            spec.fill_range = (c.start, c.end)
        for ch in "<>^":
            if self._consume(ch) is not None:
                spec.align = ch
                break
        for ch in "+-":
            if self._consume(ch) is not None:
                spec.sign = ch
                break
        if self._consume("#") is not None:
            spec.alternate = True
        have_width = False
        zero = self._consume("0")
        if zero is not None:
            dollar = self._consume("$")
            if dollar is not None:
                spec.width = Count("param", 0)
                spec.width_range = (zero.start, dollar.end)
                have_width = True
            else:
                spec.zero_pad = True
        if not have_width:
            start_idx = self.pos
            spec.width = self._count()
            if spec.width.kind != "implied":
                spec.width_range = (self._range_at(start_idx)[0], self._range_at(self.pos)[0])
        dot = self._consume(".")
        if dot is not None:
            if self._consume("*") is not None:
                spec.precision = Count("star", self.curarg)
                self.curarg += 1
            else:
                spec.precision = self._count()
            spec.precision_range = (dot.start, self._range_at(self.pos)[0])
        start_idx = self.pos
        if self._consume("x") is not None:
            if self._consume("?") is not None:
                spec.debug_hex, spec.ty = "x", "?"
            else:
                spec.ty = "x"
        elif self._consume("X") is not None:
            if self._consume("?") is not None:
                spec.debug_hex, spec.ty = "X", "?"
            else:
                spec.ty = "X"
        elif (q := self._consume("?")) is not None:
            spec.ty = "?"
            c = self._peek()
            if c is not None and c.ch in "#xX":
                self.errors.insert(
                    0,
                    ParseError(
                        f"expected `}}`, found `{c.ch}`",
                        None,
                        "expected `'}'`",
                        (c.start, c.end),
                        None,
                        Suggestion("reorder_format_parameter", (q.start, c.end), f"{c.ch}?"),
                    ),
                )
        else:
            spec.ty = self._word()
            if spec.ty:
                spec.ty_range = (self._range_at(start_idx)[0], self._range_at(self.pos)[0])
        return spec

    def _count(self) -> Count:
        i = self._integer()
        if i is not None:
            if self._consume("$") is not None:
                return Count("param", i)
            return Count("is", i)
        start_idx = self.pos
        word = self._word()
        if not word:
            return IMPLIED
        dollar = self._consume("$")
        if dollar is not None:
            return Count("name", 0, word, (self._range_at(start_idx)[0], dollar.start))
        self.pos = start_idx
        return IMPLIED

    def _word(self) -> str:
        index = self.pos
        c = self._peek()
        if c is None or not is_id_start(c.ch):
            return ""
        self.pos += 1
        while True:
            c = self._peek()
            if c is None:
                err_end, end = self.end_of_snippet, len(self.input)
                break
            if is_id_continue(c.ch):
                self.pos += 1
            else:
                err_end, end = c.start, c.idx
                break
        word = self.input[self._input_pos(index) : end]
        if word == "_":
            self.errors.append(
                ParseError(
                    "invalid argument name `_`",
                    "argument name cannot be a single underscore",
                    "invalid argument name",
                    (self._range_at(index)[0], err_end),
                )
            )
        return word

    def _integer(self) -> int | None:
        cur = 0
        found = False
        overflow = False
        start = self.pos
        while (c := self._peek()) is not None and "0" <= c.ch <= "9":
            self.pos += 1
            cur = cur * 10 + int(c.ch)
            if cur > U16_MAX:
                overflow = True
                cur %= U16_MAX + 1
            found = True
        if overflow:
            text = self.input[self._input_pos(start) : self._input_pos(self.pos)]
            self.errors.append(
                ParseError(
                    f"integer `{text}` does not fit into the type `u16` whose range is `0..={U16_MAX}`",
                    None,
                    "integer out of range for `u16`",
                    (self._range_at(start)[0], self._range_at(self.pos)[1]),
                )
            )
        return cur if found else None

    # -- hints for common mistakes ------------------------------------------------------------

    def _suggest_format_debug(self) -> None:
        q = self._consume("?")
        if q is None or self._consume(":") is None:
            return
        word = self._word()
        self.errors.insert(
            0,
            ParseError(
                "expected format parameter to occur after `:`",
                f"`?` comes after `:`, try `{word}:?` instead",
                "expected `?` to occur after `:`",
                (q.start, q.end),
            ),
        )

    def _missing_colon_before_debug_formatter(self) -> None:
        q = self._consume("?")
        if q is None:
            return
        self.errors.insert(
            0,
            ParseError(
                "expected `}`, found `?`",
                "to print `{`, you can escape it using `{{`",
                "expected `:` before `?` to format with `Debug`",
                (q.start, q.end),
                None,
                Suggestion("add_missing_colon", (q.start, q.end)),
            ),
        )

    def _suggest_rust_debug_printing_macro(self) -> None:
        eq = self._consume("=")
        if eq is None:
            return
        brace = self.last_open_brace
        self.errors.insert(
            0,
            ParseError(
                "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
                "to print `{`, you can escape it using `{{`",
                "expected `}`",
                (eq.start, eq.end),
                ("because of this opening brace", brace) if brace else None,
                Suggestion("use_rust_debug_printing_macro"),
            ),
        )

    def _suggest_format_align(self, alignment: str) -> None:
        c = self._consume(alignment)
        if c is None:
            return
        self.errors.insert(
            0,
            ParseError(
                "expected alignment specifier after `:` in format string; example: `{:>?}`",
                None,
                f"expected `{alignment}` to occur after `:`",
                (c.start, c.end),
            ),
        )

    def _suggest_python_grouping(self) -> None:
        c = self._consume(",")
        if c is None:
            return
        brace = self.last_open_brace
        self.errors.insert(
            0,
            ParseError(
                "python's numeric grouping `,` is not supported in rust format strings",
                "to print `{`, you can escape it using `{{`",
                "expected `}`",
                (c.start, c.end),
                ("because of this opening brace", brace) if brace else None,
            ),
        )

    def _suggest_positional_arg_instead_of_captured_arg(self, arg: Argument) -> None:
        if not arg.is_identifier() or self._consume(".") is None:
            return
        fld = self._argument()
        if self._consume("}") is None:
            return
        if fld.position.kind == "named":
            what = "field access isn't supported"
        elif fld.position.kind == "index":
            what = "tuple index access isn't supported"
        else:
            return
        self.errors.insert(
            0,
            ParseError(
                what,
                "consider moving this expression to a local variable and then using the local here instead",
                "not supported",
                (arg.position_range[0], fld.position_range[1]),
                None,
                Suggestion("use_positional"),
            ),
        )


def _escape_debug(c: str) -> str:
    """Rust's `char::escape_debug` for the characters a format string can hold."""
    table = {
        "\t": "\\t",
        "\r": "\\r",
        "\n": "\\n",
        "\\": "\\\\",
        "'": "\\'",
        '"': '\\"',
        "\0": "\\0",
    }
    if c in table:
        return table[c]
    if not c.isprintable() and c != " ":
        return f"\\u{{{ord(c):x}}}"
    return c
