"""Tokens as the parser sees them.

Punctuation is glued the way rustc glues it (`>>=` is one token); `Token.joint` says that the
next token follows with no whitespace or comment between, so the parser can split `>>` in
`Vec<Vec<u8>>` and re-glue where needed, and macro_rules can tell `$ x` from `$x`.

Keywords are identifiers (`TokenKind.IDENT`) whose text is a keyword and that are not raw;
`is_keyword` and friends decide. Lifetimes keep their quote (`'a`). Literals carry a `Lit`:
kind, the source text of the value (escapes not yet processed, quotes stripped) and suffix.
Doc comments are single tokens whose `text` is the whole comment as written; the parser
turns them into `#[doc]` attributes.

Invariant: `Token.text` is exactly the source text of the token, except for literals and
doc comments, whose text is also the source text (the parts are in `lit`), and identifiers,
whose text is NFC-normalised without the `r#` prefix of raw identifiers.
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span


class TokenKind(enum.IntEnum):
    # -- identifiers, lifetimes, literals -------------------------------------------------------
    IDENT = enum.auto()
    LIFETIME = enum.auto()
    LITERAL = enum.auto()
    DOC_COMMENT = enum.auto()
    # -- delimiters -----------------------------------------------------------------------------
    OPEN_PAREN = enum.auto()  # (
    CLOSE_PAREN = enum.auto()  # )
    OPEN_BRACKET = enum.auto()  # [
    CLOSE_BRACKET = enum.auto()  # ]
    OPEN_BRACE = enum.auto()  # {
    CLOSE_BRACE = enum.auto()  # }
    # -- punctuation ----------------------------------------------------------------------------
    EQ = enum.auto()  # =
    LT = enum.auto()  # <
    LE = enum.auto()  # <=
    EQ_EQ = enum.auto()  # ==
    NE = enum.auto()  # !=
    GE = enum.auto()  # >=
    GT = enum.auto()  # >
    AND_AND = enum.auto()  # &&
    OR_OR = enum.auto()  # ||
    NOT = enum.auto()  # !
    TILDE = enum.auto()  # ~
    PLUS = enum.auto()  # +
    MINUS = enum.auto()  # -
    STAR = enum.auto()  # *
    SLASH = enum.auto()  # /
    PERCENT = enum.auto()  # %
    CARET = enum.auto()  # ^
    AND = enum.auto()  # &
    OR = enum.auto()  # |
    SHL = enum.auto()  # <<
    SHR = enum.auto()  # >>
    PLUS_EQ = enum.auto()  # +=
    MINUS_EQ = enum.auto()  # -=
    STAR_EQ = enum.auto()  # *=
    SLASH_EQ = enum.auto()  # /=
    PERCENT_EQ = enum.auto()  # %=
    CARET_EQ = enum.auto()  # ^=
    AND_EQ = enum.auto()  # &=
    OR_EQ = enum.auto()  # |=
    SHL_EQ = enum.auto()  # <<=
    SHR_EQ = enum.auto()  # >>=
    AT = enum.auto()  # @
    DOT = enum.auto()  # .
    DOT_DOT = enum.auto()  # ..
    DOT_DOT_DOT = enum.auto()  # ...
    DOT_DOT_EQ = enum.auto()  # ..=
    COMMA = enum.auto()  # ,
    SEMI = enum.auto()  # ;
    COLON = enum.auto()  # :
    PATH_SEP = enum.auto()  # ::
    R_ARROW = enum.auto()  # ->
    L_ARROW = enum.auto()  # <-
    FAT_ARROW = enum.auto()  # =>
    POUND = enum.auto()  # #
    DOLLAR = enum.auto()  # $
    QUESTION = enum.auto()  # ?
    # -- macro fragments ------------------------------------------------------------------------
    INTERPOLATED = enum.auto()
    """A fragment a macro already parsed (`$e:expr` substituted into a transcription): one
    token carrying the parsed node in `Token.nt`, so it behaves as one unit (as if in
    invisible parentheses). Never made by the lexer."""
    # -- end ------------------------------------------------------------------------------------
    EOF = enum.auto()


PUNCT_TEXT: dict[TokenKind, str] = {
    TokenKind.OPEN_PAREN: "(",
    TokenKind.CLOSE_PAREN: ")",
    TokenKind.OPEN_BRACKET: "[",
    TokenKind.CLOSE_BRACKET: "]",
    TokenKind.OPEN_BRACE: "{",
    TokenKind.CLOSE_BRACE: "}",
    TokenKind.EQ: "=",
    TokenKind.LT: "<",
    TokenKind.LE: "<=",
    TokenKind.EQ_EQ: "==",
    TokenKind.NE: "!=",
    TokenKind.GE: ">=",
    TokenKind.GT: ">",
    TokenKind.AND_AND: "&&",
    TokenKind.OR_OR: "||",
    TokenKind.NOT: "!",
    TokenKind.TILDE: "~",
    TokenKind.PLUS: "+",
    TokenKind.MINUS: "-",
    TokenKind.STAR: "*",
    TokenKind.SLASH: "/",
    TokenKind.PERCENT: "%",
    TokenKind.CARET: "^",
    TokenKind.AND: "&",
    TokenKind.OR: "|",
    TokenKind.SHL: "<<",
    TokenKind.SHR: ">>",
    TokenKind.PLUS_EQ: "+=",
    TokenKind.MINUS_EQ: "-=",
    TokenKind.STAR_EQ: "*=",
    TokenKind.SLASH_EQ: "/=",
    TokenKind.PERCENT_EQ: "%=",
    TokenKind.CARET_EQ: "^=",
    TokenKind.AND_EQ: "&=",
    TokenKind.OR_EQ: "|=",
    TokenKind.SHL_EQ: "<<=",
    TokenKind.SHR_EQ: ">>=",
    TokenKind.AT: "@",
    TokenKind.DOT: ".",
    TokenKind.DOT_DOT: "..",
    TokenKind.DOT_DOT_DOT: "...",
    TokenKind.DOT_DOT_EQ: "..=",
    TokenKind.COMMA: ",",
    TokenKind.SEMI: ";",
    TokenKind.COLON: ":",
    TokenKind.PATH_SEP: "::",
    TokenKind.R_ARROW: "->",
    TokenKind.L_ARROW: "<-",
    TokenKind.FAT_ARROW: "=>",
    TokenKind.POUND: "#",
    TokenKind.DOLLAR: "$",
    TokenKind.QUESTION: "?",
}

TEXT_PUNCT: dict[str, TokenKind] = {v: k for k, v in PUNCT_TEXT.items()}

OPEN_DELIMS = frozenset({TokenKind.OPEN_PAREN, TokenKind.OPEN_BRACKET, TokenKind.OPEN_BRACE})
CLOSE_DELIMS = frozenset({TokenKind.CLOSE_PAREN, TokenKind.CLOSE_BRACKET, TokenKind.CLOSE_BRACE})
MATCHING_CLOSE: dict[TokenKind, TokenKind] = {
    TokenKind.OPEN_PAREN: TokenKind.CLOSE_PAREN,
    TokenKind.OPEN_BRACKET: TokenKind.CLOSE_BRACKET,
    TokenKind.OPEN_BRACE: TokenKind.CLOSE_BRACE,
}

# How a glued token splits when the parser needs its first part (`>>` in `Vec<Vec<u8>>`).
SPLITS: dict[TokenKind, tuple[TokenKind, TokenKind]] = {
    TokenKind.SHR: (TokenKind.GT, TokenKind.GT),
    TokenKind.GE: (TokenKind.GT, TokenKind.EQ),
    TokenKind.SHR_EQ: (TokenKind.GT, TokenKind.GE),
    TokenKind.SHL: (TokenKind.LT, TokenKind.LT),
    TokenKind.LE: (TokenKind.LT, TokenKind.EQ),
    TokenKind.SHL_EQ: (TokenKind.LT, TokenKind.LE),
    TokenKind.L_ARROW: (TokenKind.LT, TokenKind.MINUS),
    TokenKind.AND_AND: (TokenKind.AND, TokenKind.AND),
    TokenKind.AND_EQ: (TokenKind.AND, TokenKind.EQ),
    TokenKind.OR_OR: (TokenKind.OR, TokenKind.OR),
    TokenKind.OR_EQ: (TokenKind.OR, TokenKind.EQ),
    TokenKind.PATH_SEP: (TokenKind.COLON, TokenKind.COLON),
    TokenKind.DOT_DOT: (TokenKind.DOT, TokenKind.DOT),
    TokenKind.DOT_DOT_DOT: (TokenKind.DOT, TokenKind.DOT_DOT),
    TokenKind.DOT_DOT_EQ: (TokenKind.DOT_DOT, TokenKind.EQ),
    TokenKind.NE: (TokenKind.NOT, TokenKind.EQ),
    TokenKind.EQ_EQ: (TokenKind.EQ, TokenKind.EQ),
    TokenKind.FAT_ARROW: (TokenKind.EQ, TokenKind.GT),
    TokenKind.R_ARROW: (TokenKind.MINUS, TokenKind.GT),
    TokenKind.PLUS_EQ: (TokenKind.PLUS, TokenKind.EQ),
    TokenKind.MINUS_EQ: (TokenKind.MINUS, TokenKind.EQ),
    TokenKind.STAR_EQ: (TokenKind.STAR, TokenKind.EQ),
    TokenKind.SLASH_EQ: (TokenKind.SLASH, TokenKind.EQ),
    TokenKind.PERCENT_EQ: (TokenKind.PERCENT, TokenKind.EQ),
    TokenKind.CARET_EQ: (TokenKind.CARET, TokenKind.EQ),
}


class LitKind(enum.Enum):
    BOOL = "bool"  # only made by the parser/expander; the lexer gives `true` as an IDENT
    BYTE = "byte"
    CHAR = "char"
    INTEGER = "integer"
    FLOAT = "float"
    STR = "str"
    STR_RAW = "str_raw"
    BYTE_STR = "byte_str"
    BYTE_STR_RAW = "byte_str_raw"
    C_STR = "c_str"
    C_STR_RAW = "c_str_raw"
    ERR = "err"  # a literal the lexer already reported; later stages stay quiet about it


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal as written: `symbol` is the text between the quotes (escapes unprocessed),
    or the digits of a number (with `_`, base prefix included); `suffix` like `u8`, `f64`."""

    kind: LitKind
    symbol: str
    suffix: str | None = None
    n_hashes: int = 0
    """For raw strings: the number of `#` on each side."""


@dataclass(slots=True)
class Token:
    kind: TokenKind
    text: str
    span: Span = field(compare=False)
    joint: bool = field(default=False, compare=False)
    """The next token starts exactly where this one ends (no whitespace or comment)."""
    raw: bool = False
    """A raw identifier (`r#match`) or raw lifetime (`'r#a`)."""
    lit: Lit | None = None
    nt: object | None = None
    """For INTERPOLATED tokens: the `ferric.syntax.nonterminal.Nonterminal` (kind + parsed
    AST node). Typed loosely because the lexer sits below the syntax package."""

    def is_ident(self, name: str) -> bool:
        """This is the keyword or plain identifier `name` (raw identifiers never match)."""
        return self.kind is TokenKind.IDENT and self.text == name and not self.raw

    def __repr__(self) -> str:
        return f"Token({self.kind.name}, {self.text!r}{', raw' if self.raw else ''}{', joint' if self.joint else ''})"


# -- keywords (the Rust Reference, "Keywords") ----------------------------------------------------

STRICT_KEYWORDS: frozenset[str] = frozenset(
    ["as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn"]
)
RESERVED_KEYWORDS: frozenset[str] = frozenset(
    ["abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen"]
)
"""Reserved for future use. `try` is reserved since 2018; `gen` since 2024 (not in 2021)."""
WEAK_KEYWORDS: frozenset[str] = frozenset({"macro_rules", "raw", "safe", "union", "'static", "auto", "default"})

PATH_SEGMENT_KEYWORDS: frozenset[str] = frozenset({"self", "Self", "super", "crate"})
"""Keywords that may start or appear in a path (and may not be raw identifiers)."""


def reserved_keywords(edition: int) -> frozenset[str]:
    """Keywords that cannot be used as identifiers in `edition` (2015 has fewer)."""
    kws = STRICT_KEYWORDS | RESERVED_KEYWORDS
    if edition < 2024:
        kws = kws - {"gen"}
    if edition < 2018:
        kws = kws - {"async", "await", "dyn", "try"}
    return kws


KEYWORDS_2021 = reserved_keywords(2021)


def is_reserved_ident(name: str) -> bool:
    """`name` cannot be a plain identifier in edition 2021 (it needs `r#`)."""
    return name in KEYWORDS_2021
