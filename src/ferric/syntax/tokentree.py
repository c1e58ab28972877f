"""Token trees: tokens grouped by matching delimiters.

`build_token_trees` turns the lexer's flat tokens into a forest of `Token` leaves and
`Delimited` groups, reporting unbalanced delimiters the way rustc's lexer does ("unexpected
closing delimiter", "mismatched closing delimiter", "this file contains an unclosed
delimiter"). Macro invocations keep their arguments as token trees; the parser reads a
flattened stream (`flatten`), so what a macro expands to is parsed by the same parser.

Invariant: the output is balanced — every `Delimited` has an opening and a closing token
of matching kinds (a missing closer is synthesised at the error position and reported).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from ferric.base.span import Span
from ferric.lexer.token import Token, TokenKind


@dataclass(slots=True)
class Delimited:
    open: Token = field(compare=False)
    close: Token = field(compare=False)
    trees: tuple[TokenTree, ...]

    @property
    def delim(self) -> TokenKind:
        """The opening delimiter's kind: OPEN_PAREN, OPEN_BRACKET or OPEN_BRACE."""
        return self.open.kind

    @property
    def span(self) -> Span:
        return self.open.span.to(self.close.span)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Delimited)
            and self.open.kind is other.open.kind
            and self.trees == other.trees
        )

    __hash__ = None  # type: ignore[assignment]


TokenTree: TypeAlias = "Token | Delimited"


def flatten(trees: tuple[TokenTree, ...] | list[TokenTree], out: list[Token] | None = None) -> list[Token]:
    """The tokens of `trees` in order, delimiters included (iteratively: trees can be deep)."""
    if out is None:
        out = []
    stack: list[tuple[tuple[TokenTree, ...] | list[TokenTree], int, Token | None]] = [(trees, 0, None)]
    while stack:
        seq, i, closer = stack.pop()
        while i < len(seq):
            tt = seq[i]
            i += 1
            if isinstance(tt, Delimited):
                out.append(tt.open)
                stack.append((seq, i, closer))
                seq, i, closer = tt.trees, 0, tt.close
            else:
                out.append(tt)
        if closer is not None:
            out.append(closer)
    return out
