"""An item's documentation text from its attributes, as rustdoc reads it.

`///` and `//!` comments, `/** */` and `/*! */` blocks and `#[doc = "..."]` attributes
are the item's doc fragments; their lines are joined by newlines and unindented by their
common indentation (rustdoc's `unindent_doc_fragments`, without its mixing rule for
sugared and raw fragments). Used by `ferric doc` (rendering) and by the doc tests
(`cargo.doctest`: a code block's line is the first fragment's line plus its offset in
this text).
"""

from __future__ import annotations

from ferric.syntax import ast


def _doc_fragments(attrs: ast.Attrs) -> list[tuple[str, ast.Attribute]]:
    out = []
    for a in attrs:
        k = a.kind
        if isinstance(k, ast.DocComment):
            out.append((k.text, a))
        elif (
            isinstance(k, ast.NormalAttr)
            and [s.ident.name for s in k.path.segments] == ["doc"]
            and isinstance(k.args, ast.AttrEq)
        ):
            text = _str_value(k.args.expr)
            if text is not None:
                out.append((text, a))
    return out


def _str_value(expr: object) -> str | None:
    from ferric.lexer.token import LitKind
    from ferric.lexer.unescape import unescape_raw_str, unescape_str

    if isinstance(expr, ast.LitExpr):
        if expr.lit.kind is LitKind.STR:
            return unescape_str(expr.lit.symbol)
        if expr.lit.kind is LitKind.STR_RAW:
            return unescape_raw_str(expr.lit.symbol)
    return None


def doc_text(attrs: ast.Attrs) -> tuple[str, ast.Attribute | None]:
    """The item's documentation as rustdoc reads it: the fragments' lines, unindented by
    their common indentation and joined by newlines; and the first doc attribute."""
    frags = _doc_fragments(attrs)
    if not frags:
        return "", None
    lines = [ln for text, _ in frags for ln in text.split("\n")]
    indents = [len(ln) - len(ln.lstrip(" \t")) for ln in lines if ln.strip()]
    cut = min(indents, default=0)
    return "\n".join(ln[cut:] if ln.strip() else ln.strip() for ln in lines), frags[0][1]


