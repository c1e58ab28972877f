"""Lints on the formatting macros (`println!`, `print!`, `format!` ...):
`println_empty_string`, `print_with_newline`, `print_literal`, `useless_format`,
`to_string_in_format_args`, and their `write!` twins (`write_with_newline`,
`writeln_empty_string`, `write_literal`).

They start from the `FormatArgsExpr` a macro expanded to and find the user's invocation
through the expansion chain (`hygiene.call_site_chain`); the format string's place in the
source is read from the invocation's text (`_format_string`), the placeholders' from the
template.
"""

from __future__ import annotations

from dataclasses import dataclass

from ferric.base.span import Span
from ferric.hir import nodes as hir
from ferric.lint.context import LintCx
from ferric.lint.passes import Parents, on_expr
from ferric.lint.registry import (
    PRINT_LITERAL,
    PRINT_WITH_NEWLINE,
    PRINTLN_EMPTY_STRING,
    TO_STRING_IN_FORMAT_ARGS,
    USELESS_FORMAT,
    WRITE_LITERAL,
    WRITE_WITH_NEWLINE,
    WRITELN_EMPTY_STRING,
)
from ferric.syntax.ast import FormatPlaceholder, FormatTrait
from ferric.ty import ty as t


@dataclass(frozen=True, slots=True)
class _Call:
    name: str
    """The user's macro (`println`)."""
    span: Span
    """Its invocation, `println!(..)`."""
    fmt: Span | None
    """The format string literal, quotes included (None: not a plain literal)."""


_WRITES = ("write", "writeln")


def _user_call(cx: LintCx, fa: hir.FormatArgsExpr) -> _Call | None:
    chain = cx.hygiene.call_site_chain(fa.span.ctxt)
    if len(chain) < 2 or chain[-1].call_site.ctxt != 0 or len(chain) != 2:
        return None
    outer = chain[-1]
    name = outer.macro_name
    return _Call(name, outer.call_site, _format_string(cx, outer.call_site, name in _WRITES))


def _format_string(cx: LintCx, call: Span, after_destination: bool) -> Span | None:
    """The span of the format string of `name!(...)` (its first argument, or its second
    for `write!`), when it is a plain string literal."""
    text = cx.snippet(call)
    bang = text.find("!")
    if bang < 0:
        return None
    i = bang + 1
    while i < len(text) and text[i].isspace():
        i += 1
    i += 1  # the opening delimiter
    if after_destination:
        depth = 0
        while i < len(text) and not (depth == 0 and text[i] == ","):
            depth += text[i] in "([{"
            depth -= text[i] in ")]}"
            i += 1
        i += 1
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text) or text[i] != '"':
        return None
    j = i + 1
    while j < len(text) and text[j] != '"':
        j += 2 if text[j] == "\\" else 1
    if j >= len(text):
        return None
    return Span(call.lo + i, call.lo + j + 1, call.ctxt)


def _plain(p: FormatPlaceholder) -> bool:
    """`{}` or `{0}`: Display with no options."""
    o = p.options
    return (
        p.format_trait is FormatTrait.DISPLAY
        and o.width is None
        and o.precision is None
        and o.alignment is None
        and o.fill is None
        and o.sign is None
        and not o.alternate
        and not o.zero_pad
        and o.debug_hex is None
    )


@on_expr(hir.FormatArgsExpr)
def println_empty_string(cx: LintCx, fa: hir.FormatArgsExpr, parents: Parents) -> None:
    call = _user_call(cx, fa)
    if call is None or call.name not in ("println", "eprintln", "writeln") or call.fmt is None or fa.arguments:
        return
    if cx.snippet(call.fmt) != '""':
        return
    lint, removed = PRINTLN_EMPTY_STRING, call.fmt
    if call.name == "writeln":
        lint, removed = WRITELN_EMPTY_STRING, Span(_destination_end(cx, call), call.fmt.hi, call.fmt.ctxt)
    d = cx.lint(lint, call.span, f"empty string literal in `{call.name}!`")
    if d is not None:
        d.with_suggestion("remove the empty string", [(removed, "")], style="hide_inline")


def _destination_end(cx: LintCx, call: _Call) -> int:
    """Where `write!`'s first argument ends (before its comma)."""
    assert call.fmt is not None
    sf = cx.source_map.lookup_file(call.fmt.lo)
    assert sf is not None
    i = call.fmt.lo - sf.start_pos - 1
    while i >= 0 and sf.text[i].isspace():
        i -= 1
    return sf.start_pos + i  # the comma's position


@on_expr(hir.FormatArgsExpr)
def print_with_newline(cx: LintCx, fa: hir.FormatArgsExpr, parents: Parents) -> None:
    call = _user_call(cx, fa)
    if call is None or call.name not in ("print", "eprint", "write") or call.fmt is None:
        return
    lit = cx.snippet(call.fmt)
    if not lit.endswith('\\n"') or lit.endswith('\\n\\n"') or lit.endswith('\\\\n"') or lit == '"\\n"':
        return
    last = fa.template[-1] if fa.template else None
    if not (isinstance(last, str) and last.endswith("\n") and not last.endswith("\n\n")):
        return
    lint = WRITE_WITH_NEWLINE if call.name == "write" else PRINT_WITH_NEWLINE
    d = cx.lint(lint, call.span, f"using `{call.name}!()` with a format string that ends in a single newline")
    if d is not None:
        name_span = Span(call.span.lo, call.span.lo + len(call.name), call.span.ctxt)
        newline = Span(call.fmt.hi - 3, call.fmt.hi - 1, call.fmt.ctxt)
        d.with_suggestion(
            f"use `{call.name}ln!` instead", [(name_span, f"{call.name}ln"), (newline, "")]
        )


def _literal_text(cx: LintCx, e: hir.Expr) -> str | None:
    """What a `{}` of this literal prints, as format-string text (braces doubled)."""
    if not isinstance(e, hir.LitExpr):
        return None
    raw = cx.snippet(e.span)
    if e.lit.kind is hir.LitKind.STR and raw.startswith('"') and raw.endswith('"'):
        inner = raw[1:-1]
    elif e.lit.kind is hir.LitKind.CHAR and raw.startswith("'") and raw.endswith("'"):
        inner = raw[1:-1]
        if inner in ("\\'", '"'):
            return None
    else:
        return None
    return inner.replace("{", "{{").replace("}", "}}")


@on_expr(hir.FormatArgsExpr)
def print_literal(cx: LintCx, fa: hir.FormatArgsExpr, parents: Parents) -> None:
    call = _user_call(cx, fa)
    if call is None or call.name not in ("print", "println", "eprint", "eprintln", *_WRITES) or call.fmt is None:
        return
    placeholders = [p for p in fa.template if isinstance(p, FormatPlaceholder)]
    literal_args = [i for i, e in enumerate(fa.hir_exprs) if isinstance(e, hir.LitExpr)]
    if len(literal_args) != 1:
        return
    index = literal_args[0]
    uses = [p for p in placeholders if p.argument.index == index]
    if len(uses) != 1 or not _plain(uses[0]) or uses[0].span is None or fa.arguments[index].kind != "normal":
        return
    arg = fa.hir_exprs[index]
    text = _literal_text(cx, arg)
    if text is None or cx.from_expansion(arg.span) or not _follows_comma(cx, arg.span):
        return  # (a literal a macro argument produced, `m!("s")`, is not one)
    before = fa.hir_exprs[index - 1].span.hi if index > 0 else call.fmt.hi
    lint = WRITE_LITERAL if call.name in _WRITES else PRINT_LITERAL
    d = cx.lint(lint, arg.span, "literal with an empty format string")
    if d is not None:
        d.with_suggestion("try", [(uses[0].span, text), (Span(before, arg.span.hi, arg.span.ctxt), "")])


def _follows_comma(cx: LintCx, span: Span) -> bool:
    sf = cx.source_map.lookup_file(span.lo)
    if sf is None:
        return False
    i = span.lo - sf.start_pos - 1
    while i >= 0 and sf.text[i].isspace():
        i -= 1
    return i >= 0 and sf.text[i] == ","


def _is_string_like(ty: t.Ty | None, cx: LintCx) -> bool:
    while isinstance(ty, t.Ref):
        ty = ty.pointee
    return isinstance(ty, t.Str) or (isinstance(ty, t.Adt) and cx.tcx.item_name(ty.def_id) == "String")


@on_expr(hir.FormatArgsExpr)
def useless_format(cx: LintCx, fa: hir.FormatArgsExpr, parents: Parents) -> None:
    call = _user_call(cx, fa)
    if call is None or call.name != "format" or call.fmt is None:
        return
    if not fa.arguments and all(isinstance(p, str) for p in fa.template):
        if cx.snippet(call.fmt) == '""':
            return
        text = f"{cx.snippet(call.fmt)}.to_string()"
    elif len(fa.template) == 1 and isinstance(fa.template[0], FormatPlaceholder) and len(fa.arguments) == 1:
        arg = fa.hir_exprs[0]
        if not _plain(fa.template[0]) or not _is_string_like(cx.ty(arg), cx) or fa.arguments[0].kind != "normal":
            return
        text = f"{cx.snippet(arg.span)}.to_string()"
    else:
        return
    d = cx.lint(USELESS_FORMAT, call.span, "useless use of `format!`")
    if d is not None:
        d.with_suggestion("consider using `.to_string()`", [(call.span, text)], style="inline")


@on_expr(hir.FormatArgsExpr)
def to_string_in_format_args(cx: LintCx, fa: hir.FormatArgsExpr, parents: Parents) -> None:
    call = _user_call(cx, fa)
    if call is None:
        return
    for p in fa.template:
        if not isinstance(p, FormatPlaceholder) or not _plain(p):
            continue
        arg = fa.hir_exprs[p.argument.index]
        if not (isinstance(arg, hir.MethodCallExpr) and not arg.args and cx.is_method(arg, "ToString", "to_string")):
            continue
        recv_ty = cx.ty(arg.receiver)
        if recv_ty is None or isinstance(recv_ty, t.Ref) or cx.from_expansion(arg.span):
            continue
        span = Span(arg.receiver.span.hi, arg.span.hi, arg.span.ctxt)
        d = cx.lint(
            TO_STRING_IN_FORMAT_ARGS,
            span,
            f"`to_string` applied to a type that implements `Display` in `{call.name}!` args",
        )
        if d is not None:
            d.with_suggestion("remove this", [(span, "")], style="hide_inline")
