"""The AST printer: AST nodes (and token trees) back to Rust source text.

Input → output: an `ast.Crate` (or one item, statement, block, expression, pattern, type,
path, or a token-tree stream) → source text that parses back to an equal tree
(`parse(print(ast)) == ast`, spans and ids aside). It is the base of `ferric fmt`, so the
layout follows rustfmt's habits where they cost nothing: 4-space indentation, one item,
statement, match arm or field per line, `{` on the line it opens, a blank line between items
(consecutive one-line items of the same kind, such as `use` lines, stay together), `where`
clauses in rustfmt's block form, attributes and doc comments on lines of their own. Nothing
is broken by width yet: struct literals and calls stay on one line.

Invariants:
- Parentheses are printed exactly where the tree has `ParenExpr`/`ParenPat`/`ParenTy`; the
  printer never adds any (the parser keeps every pair the source had, so none are needed).
- Identifiers whose name is a keyword print as raw identifiers (`r#match`), except the path
  keywords `self`, `Self`, `super`, `crate`, which cannot be raw.
- Adjacent tokens never glue into different tokens: token streams are printed with their
  `joint` spacing, plus a space wherever two tokens printed side by side would lex
  differently (`-` `>`, `/` `/`, `1.` `.`, `r` `#` ...); the expression printer writes `1. .f()`
  for a method on a float literal that ends with `.`, and `1 .0` for a tuple field on an
  integer literal.
- Recursion follows the tree's nesting, but chains that nest on one side only (binary
  operators and casts, method/field/index/call/`?`/`.await` postfix chains, prefix operators
  and parentheses, `else if` chains) are walked iteratively, so a 100,000-term `a + b + ...`
  needs no deep stack. Past `token_printer.MAX_INDENT_DEPTH` levels of nesting, lines are
  indented no further, so the text stays linear in the size of the tree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import assert_never

from ferric.lexer.token import LitKind
from ferric.syntax import ast
from ferric.syntax.token_printer import (
    Writer,
    ident_text,
    lifetime_text,
    lit_text,
    print_tokens,
)
from ferric.syntax.tokentree import TokenTree

__all__ = [
    "ident_text",
    "lifetime_text",
    "lit_text",
    "print_attr",
    "print_block",
    "print_crate",
    "print_expr",
    "print_item",
    "print_pat",
    "print_path",
    "print_stmt",
    "print_tokens",
    "print_ty",
]

# -- public API --------------------------------------------------------------------------------


def print_crate(crate: ast.Crate) -> str:
    """The whole crate as a source file (ends with a newline unless empty)."""
    p = _Printer()
    for a in crate.attrs:
        p.attr(a)
        p.nl()
    if crate.attrs and crate.items:
        p.nl()
    p.items(crate.items, first_nl=False)
    text = p.text().rstrip(" \n")
    return text + "\n" if text else ""


def print_item(item: ast.Item) -> str:
    p = _Printer()
    p.item(item)
    return p.text()


def print_stmt(stmt: ast.Stmt) -> str:
    p = _Printer()
    p.stmt(stmt)
    return p.text()


def print_block(block: ast.Block) -> str:
    p = _Printer()
    p.block(block)
    return p.text()


def print_expr(expr: ast.Expr) -> str:
    p = _Printer()
    p.expr(expr)
    return p.text()


def print_pat(pat: ast.Pat) -> str:
    p = _Printer()
    p.pat(pat)
    return p.text()


def print_ty(ty: ast.Ty) -> str:
    p = _Printer()
    p.ty(ty)
    return p.text()


def print_path(path: ast.Path) -> str:
    """A path as written in type position (generic arguments without `::`)."""
    p = _Printer()
    p.path(path, colons=False)
    return p.text()


def print_attr(attr: ast.Attribute) -> str:
    p = _Printer()
    p.attr(attr)
    return p.text()


_SPINE = (
    ast.BinaryExpr,
    ast.CastExpr,
    ast.MethodCallExpr,
    ast.FieldExpr,
    ast.IndexExpr,
    ast.TryExpr,
    ast.AwaitExpr,
    ast.CallExpr,
)
_SpineExpr = (
    ast.BinaryExpr
    | ast.CastExpr
    | ast.MethodCallExpr
    | ast.FieldExpr
    | ast.IndexExpr
    | ast.TryExpr
    | ast.AwaitExpr
    | ast.CallExpr
)


def _outer(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if a.style is ast.AttrStyle.OUTER]


def _inner(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if a.style is ast.AttrStyle.INNER]


MAX_WIDTH = 100
"""rustfmt's `max_width`: a block or `if`/`else` goes on one line only if the line fits."""
IF_ELSE_WIDTH = 50
"""rustfmt's `single_line_if_else_max_width`."""
LET_ELSE_WIDTH = 50
"""rustfmt's `single_line_let_else_max_width`."""
_SIMPLE_BUDGET = 64
"""Nodes an expression may have to be tried on one line (keeps the attempt O(1))."""


class _Printer(Writer):
    __slots__ = ("body_top", "stmt_top")

    def __init__(self) -> None:
        super().__init__()
        self.stmt_top: ast.Expr | None = None
        """The expression of the statement being printed (statement position)."""
        self.body_top: ast.Expr | None = None
        """The body of the match arm or closure being printed (rustfmt would drop the braces
        of a one-line block there, which the printer cannot do, so it keeps the block open)."""

    # -- attributes -------------------------------------------------------------------------------

    def attr(self, a: ast.Attribute) -> None:
        inner = a.style is ast.AttrStyle.INNER
        kind = a.kind
        if isinstance(kind, ast.DocComment):
            if kind.comment_kind is ast.CommentKind.LINE:
                self.w(("//!" if inner else "///") + kind.text)
            else:
                self.w(("/*!" if inner else "/**") + kind.text + "*/")
            return
        self.w("#![" if inner else "#[")
        if kind.unsafe:
            self.w("unsafe(")
        self.path(kind.path, colons=False)
        args = kind.args
        if isinstance(args, ast.DelimArgs):
            self.delim_args(args, breaking=False, space_before_brace=False)
        elif isinstance(args, ast.AttrEq):
            self.w(" = ")
            self.expr(args.expr)
        if kind.unsafe:
            self.w(")")
        self.w("]")

    def attrs_lines(self, attrs: Sequence[ast.Attribute]) -> None:
        """Each attribute on a line of its own, then a line break."""
        for a in attrs:
            self.attr(a)
            self.nl()

    def attrs_inline(self, attrs: Sequence[ast.Attribute]) -> None:
        """Outer attributes in front of an expression, pattern, field or parameter."""
        for a in attrs:
            if a.style is not ast.AttrStyle.OUTER:
                continue
            self.attr(a)
            if isinstance(a.kind, ast.DocComment) and a.kind.comment_kind is ast.CommentKind.LINE:
                self.nl()
            else:
                self.w(" ")

    def inner_attrs_in_body(self, attrs: Sequence[ast.Attribute]) -> None:
        """Inner attributes at the top of an open body (the caller indented already)."""
        for a in attrs:
            self.nl()
            self.attr(a)

    # -- token trees ------------------------------------------------------------------------------

    def delim_args(self, args: ast.DelimArgs, *, breaking: bool, space_before_brace: bool) -> None:
        self.delimited(
            args.delim, args.tokens, breaking=breaking, space_before_brace=space_before_brace
        )

    # -- paths ------------------------------------------------------------------------------------

    def path(self, p: ast.Path, *, colons: bool) -> None:
        """`colons`: generic arguments need `::<` (expression and pattern paths)."""
        if p.is_global:
            self.w("::")
        for i, seg in enumerate(p.segments):
            if i:
                self.w("::")
            self.segment(seg, colons=colons)

    def qpath(self, qself: ast.QSelf | None, p: ast.Path, *, colons: bool) -> None:
        if qself is None:
            self.path(p, colons=colons)
            return
        self.w("<")
        self.ty(qself.ty)
        if qself.position > 0:
            self.w(" as ")
            if p.is_global:
                self.w("::")
            for i, seg in enumerate(p.segments[: qself.position]):
                if i:
                    self.w("::")
                self.segment(seg, colons=False)
        self.w(">")
        for seg in p.segments[qself.position :]:
            self.w("::")
            self.segment(seg, colons=colons)

    def segment(self, seg: ast.PathSegment, *, colons: bool) -> None:
        self.w(ident_text(seg.ident.name))
        if seg.args is not None:
            self.generic_args(seg.args, colons=colons)

    def generic_args(self, ga: ast.GenericArgs, *, colons: bool) -> None:
        if isinstance(ga, ast.AngleBracketedArgs):
            if colons:
                self.w("::")
            self.w("<")
            self.commasep(ga.args, self.angle_arg)
            self.w(">")
        else:
            self.w("(")
            self.commasep(ga.inputs, self.ty)
            self.w(")")
            self.ret_ty(ga.output)

    def angle_arg(self, arg: ast.AngleBracketedArg) -> None:
        match arg:
            case ast.LifetimeArg():
                self.lifetime(arg.lifetime)
            case ast.TypeArg():
                self.ty(arg.ty)
            case ast.ConstArg():
                self.expr(arg.value.value)
            case ast.AssocItemConstraint():
                self.w(ident_text(arg.ident.name))
                if arg.gen_args is not None:
                    self.generic_args(arg.gen_args, colons=False)
                if arg.term is not None:
                    self.w(" = ")
                    if isinstance(arg.term, ast.AnonConst):
                        self.expr(arg.term.value)
                    else:
                        self.ty(arg.term)
                elif arg.bounds is not None:
                    self.w(":")
                    if arg.bounds:
                        self.w(" ")
                        self.bounds(arg.bounds)
            case _:
                assert_never(arg)

    def lifetime(self, lt: ast.Lifetime) -> None:
        self.w(lifetime_text(lt.ident.name))

    # -- generics ---------------------------------------------------------------------------------

    def bounds(self, bs: Sequence[ast.GenericBound]) -> None:
        for i, b in enumerate(bs):
            if i:
                self.w(" + ")
            self.bound(b)

    def bound(self, b: ast.GenericBound) -> None:
        match b:
            case ast.TraitBound():
                self.poly_trait_ref(b.poly)
            case ast.OutlivesBound():
                self.lifetime(b.lifetime)
            case ast.UseBound():
                self.w("use<")
                for i, a in enumerate(b.args):
                    if i:
                        self.w(", ")
                    if isinstance(a, ast.Lifetime):
                        self.lifetime(a)
                    else:
                        self.w(ident_text(a.name))
                self.w(">")
            case _:
                assert_never(b)

    def poly_trait_ref(self, p: ast.PolyTraitRef) -> None:
        if p.parens:
            self.w("(")
        self.binder(p.bound_generic_params)
        if p.constness:
            self.w("const ")
        if p.asyncness:
            self.w("async ")
        self.w(p.polarity.value)
        self.path(p.trait_ref.path, colons=False)
        if p.parens:
            self.w(")")

    def binder(self, params: Sequence[ast.GenericParam] | None) -> None:
        """`for<'a> ` (nothing for an empty list: `for<>` means nothing either)."""
        if params:
            self.w("for<")
            self.commasep(params, self.generic_param)
            self.w("> ")

    def generic_params(self, g: ast.Generics) -> None:
        if g.params:
            self.w("<")
            self.commasep(g.params, self.generic_param)
            self.w(">")

    def generic_param(self, gp: ast.GenericParam) -> None:
        self.attrs_inline(gp.attrs)
        kind = gp.kind
        if kind is ast.GenericParamKind.LIFETIME:
            self.w(lifetime_text(gp.ident.name))
        elif kind is ast.GenericParamKind.CONST:
            self.w("const " + ident_text(gp.ident.name))
        else:
            self.w(ident_text(gp.ident.name))
        if kind is ast.GenericParamKind.CONST:
            if gp.const_ty is not None:
                self.w(": ")
                self.ty(gp.const_ty)
            if gp.const_default is not None:
                self.w(" = ")
                self.expr(gp.const_default.value)
            return
        if gp.bounds:
            self.w(": ")
            self.bounds(gp.bounds)
        if gp.default is not None:
            self.w(" = ")
            self.ty(gp.default)

    def where_clause(self, wc: ast.WhereClause, *, block: bool, semi: bool = False) -> bool:
        """Write the where clause; True when it ended a line in rustfmt's block form (the
        body's `{` then goes on a line of its own). `semi`: a `;` follows, so the last
        predicate takes no comma."""
        if not wc.has_where_token and not wc.predicates:
            return False
        if not wc.predicates:
            self.w(" where")
            return False
        if not block:
            self.w(" where ")
            self.commasep(wc.predicates, self.where_predicate)
            return False
        self.nl()
        self.w("where")
        self.depth += 1
        last = len(wc.predicates) - 1
        for i, pred in enumerate(wc.predicates):
            self.nl()
            self.where_predicate(pred)
            if i < last or not semi:
                self.w(",")
        self.depth -= 1
        return True

    def where_predicate(self, pred: ast.WherePredicate) -> None:
        match pred:
            case ast.BoundPredicate():
                self.binder(pred.bound_generic_params)
                self.ty(pred.bounded_ty)
                self.w(":")
                if pred.bounds:
                    self.w(" ")
                    self.bounds(pred.bounds)
            case ast.RegionPredicate():
                self.lifetime(pred.lifetime)
                self.w(":")
                if pred.bounds:
                    self.w(" ")
                    self.bounds(pred.bounds)
            case ast.EqPredicate():
                self.ty(pred.lhs_ty)
                self.w(" = ")
                self.ty(pred.rhs_ty)
            case _:
                assert_never(pred)

    def open_body(self, broke: bool) -> None:
        """The ` {` (or `{` on its own line after a block-form where clause)."""
        if broke:
            self.nl()
            self.w("{")
        else:
            self.w(" {")

    # -- types ------------------------------------------------------------------------------------

    def ty(self, t: ast.Ty) -> None:
        match t:
            case ast.SliceTy():
                self.w("[")
                self.ty(t.elem)
                self.w("]")
            case ast.ArrayTy():
                self.w("[")
                self.ty(t.elem)
                self.w("; ")
                self.expr(t.len.value)
                self.w("]")
            case ast.PtrTy():
                self.w("*mut " if t.mutbl is ast.Mutability.MUT else "*const ")
                self.ty(t.ty)
            case ast.RefTy():
                self.w("&")
                if t.lifetime is not None:
                    self.lifetime(t.lifetime)
                    self.w(" ")
                if t.mutbl is ast.Mutability.MUT:
                    self.w("mut ")
                self.ty(t.ty)
            case ast.BareFnTy():
                self.binder(t.generic_params)
                self.safety(t.safety)
                if t.abi is not None:
                    self.w("extern " + lit_text(t.abi) + " ")
                elif t.abi_written_bare:
                    self.w("extern ")
                self.w("fn")
                self.fn_params(t.decl.inputs, bare_fn=True)
                self.ret_ty(t.decl.output)
            case ast.NeverTy():
                self.w("!")
            case ast.TupleTy():
                self.w("(")
                self.commasep(t.elems, self.ty)
                if len(t.elems) == 1:
                    self.w(",")
                self.w(")")
            case ast.PathTy():
                self.qpath(t.qself, t.path, colons=False)
            case ast.TraitObjectTy():
                if t.syntax is ast.TraitObjectSyntax.DYN:
                    self.w("dyn ")
                self.bounds(t.bounds)
            case ast.ImplTraitTy():
                self.w("impl ")
                self.bounds(t.bounds)
            case ast.ParenTy():
                self.w("(")
                self.ty(t.ty)
                self.w(")")
            case ast.InferTy():
                self.w("_")
            case ast.ImplicitSelfTy():
                self.w("Self")  # only meaningful inside a self parameter (see `param`)
            case ast.MacCallTy():
                self.mac(t.mac)
            case ast.CVarArgsTy():
                self.w("...")
            case ast.ErrTy():
                self.w("(/*ERROR*/)")
            case _:
                assert_never(t)

    def safety(self, s: ast.Safety) -> None:
        if s is ast.Safety.UNSAFE:
            self.w("unsafe ")
        elif s is ast.Safety.SAFE:
            self.w("safe ")

    def ret_ty(self, r: ast.FnRetTy) -> None:
        if not isinstance(r, ast.DefaultRetTy):
            self.w(" -> ")
            self.ty(r)

    # -- functions --------------------------------------------------------------------------------

    def fn_params(self, params: Sequence[ast.Param], *, bare_fn: bool = False) -> None:
        self.w("(")
        for i, prm in enumerate(params):
            if i:
                self.w(", ")
            self.param(prm, bare_fn=bare_fn)
        self.w(")")

    def param(self, prm: ast.Param, *, bare_fn: bool = False, closure: bool = False) -> None:
        self.attrs_inline(prm.attrs)
        pat, ty = prm.pat, prm.ty
        if isinstance(pat, ast.IdentPat) and pat.ident.name == "self" and not pat.by_ref:
            if isinstance(ty, ast.ImplicitSelfTy):
                self.pat(pat)
                return
            if isinstance(ty, ast.RefTy) and isinstance(ty.ty, ast.ImplicitSelfTy):
                self.w("&")
                if ty.lifetime is not None:
                    self.lifetime(ty.lifetime)
                    self.w(" ")
                if ty.mutbl is ast.Mutability.MUT:
                    self.w("mut ")
                self.pat(pat)
                return
        if isinstance(ty, ast.CVarArgsTy) and isinstance(pat, ast.WildPat):
            self.w("...")
            return
        if closure and isinstance(ty, ast.InferTy):
            self.pat(pat)
            return
        if bare_fn and _is_missing_pat(pat):
            self.ty(ty)
            return
        self.pat(pat)
        self.w(": ")
        self.ty(ty)

    def fn_header(self, h: ast.FnHeader) -> None:
        if h.is_const:
            self.w("const ")
        if h.is_async:
            self.w("async ")
        self.safety(h.safety)
        if h.ext is not None:
            self.w("extern " + lit_text(h.ext) + " ")
        elif h.ext_bare:
            self.w("extern ")

    # -- patterns ---------------------------------------------------------------------------------

    def pat(self, p: ast.Pat) -> None:
        match p:
            case ast.WildPat():
                self.w("_")
            case ast.IdentPat():
                if p.mutbl is ast.Mutability.MUT:
                    self.w("mut ")
                if p.by_ref:
                    self.w("ref mut " if p.by_ref_mut is ast.Mutability.MUT else "ref ")
                self.w(ident_text(p.ident.name))
                if p.sub is not None:
                    self.w(" @ ")
                    self.pat(p.sub)
            case ast.StructPat():
                self.qpath(p.qself, p.path, colons=True)
                if not p.fields and not p.rest:
                    self.w(" {}")
                    return
                self.w(" { ")
                for i, f in enumerate(p.fields):
                    if i:
                        self.w(", ")
                    self.attrs_inline(f.attrs)
                    if f.is_shorthand:
                        self.pat(f.pat)
                    else:
                        self.w(ident_text(f.ident.name) + ": ")
                        self.pat(f.pat)
                if p.rest:
                    self.w(", .." if p.fields else "..")
                self.w(" }")
            case ast.TupleStructPat():
                self.qpath(p.qself, p.path, colons=True)
                self.w("(")
                self.commasep(p.pats, self.pat)
                self.w(")")
            case ast.OrPat():
                if p.leading_vert:
                    self.w("| ")
                for i, sub in enumerate(p.pats):
                    if i:
                        self.w(" | ")
                    self.pat(sub)
            case ast.PathPat():
                self.qpath(p.qself, p.path, colons=True)
            case ast.TuplePat():
                self.w("(")
                self.commasep(p.pats, self.pat)
                if len(p.pats) == 1 and not isinstance(p.pats[0], ast.RestPat):
                    self.w(",")
                self.w(")")
            case ast.BoxPat():
                self.w("box ")
                self.pat(p.pat)
            case ast.DerefPat():
                self.w("deref!(")
                self.pat(p.pat)
                self.w(")")
            case ast.RefPat():
                self.w("&mut " if p.mutbl is ast.Mutability.MUT else "&")
                self.pat(p.pat)
            case ast.ExprPat():
                self.expr(p.expr)
            case ast.RangePat():
                if p.start is not None:
                    self.expr(p.start)
                self.w(p.end_kind.value)
                if p.end is not None:
                    self.expr(p.end)
            case ast.SlicePat():
                self.w("[")
                self.commasep(p.pats, self.pat)
                self.w("]")
            case ast.RestPat():
                self.w("..")
            case ast.NeverPat():
                self.w("!")
            case ast.ParenPat():
                self.w("(")
                self.pat(p.pat)
                self.w(")")
            case ast.MacCallPat():
                self.mac(p.mac)
            case ast.ErrPat():
                self.w("(/*ERROR*/)")
            case _:
                assert_never(p)

    # -- macro calls ------------------------------------------------------------------------------

    def mac(self, m: ast.MacCall) -> None:
        self.path(m.path, colons=False)
        self.w("!")
        self.delim_args(m.args, breaking=True, space_before_brace=True)

    # -- expressions ------------------------------------------------------------------------------

    def expr(self, e: ast.Expr, *, attrs_done: bool = False) -> None:
        """Write `e`. `attrs_done`: its outer attributes were written already (statements
        put them on lines of their own)."""
        closers: list[str] = []
        while True:  # prefix operators and parentheses, iteratively
            if e.attrs and not attrs_done:
                self.attrs_inline(e.attrs)
            attrs_done = False
            if isinstance(e, ast.UnaryExpr):
                self.w(e.op.value)
                e = e.expr
            elif isinstance(e, ast.AddrOfExpr):
                if e.kind is ast.BorrowKind.RAW:
                    self.w("&raw mut " if e.mutbl is ast.Mutability.MUT else "&raw const ")
                else:
                    self.w("&mut " if e.mutbl is ast.Mutability.MUT else "&")
                e = e.expr
            elif isinstance(e, ast.ParenExpr):
                self.w("(")
                closers.append(")")
                e = e.expr
            else:
                break
        if isinstance(e, _SPINE):
            spine: list[_SpineExpr] = []
            cur: ast.Expr = e
            while isinstance(cur, _SPINE):
                if spine and cur.attrs:
                    self.attrs_inline(cur.attrs)
                spine.append(cur)
                cur = (
                    cur.func
                    if isinstance(cur, ast.CallExpr)
                    else (
                        cur.lhs
                        if isinstance(cur, ast.BinaryExpr)
                        else (cur.receiver if isinstance(cur, ast.MethodCallExpr) else cur.expr)
                    )
                )
            self.expr(cur)
            for node in reversed(spine):
                self.spine_suffix(node)
        else:
            self.atom(e)
        for c in reversed(closers):
            self.w(c)

    def spine_suffix(self, e: _SpineExpr) -> None:
        match e:
            case ast.BinaryExpr():
                self.w(f" {e.op.value} ")
                self.expr(e.rhs)
            case ast.CastExpr():
                self.w(" as ")
                self.ty(e.ty)
            case ast.MethodCallExpr():
                self.w(".")
                self.segment(e.seg, colons=True)
                self.w("(")
                self.commasep(e.args, self.expr)
                self.w(")")
            case ast.FieldExpr():
                name = e.ident.name
                if name[:1].isdigit() and (_is_plain_int(e.expr) or _is_tuple_field(e.expr)):
                    self.w(" ")  # `1 .0`; and `t.0 .1` as rustfmt writes it
                self.w("." + ident_text(name))
            case ast.IndexExpr():
                self.w("[")
                self.expr(e.index)
                self.w("]")
            case ast.TryExpr():
                self.w("?")
            case ast.AwaitExpr():
                self.w(".await")
            case ast.CallExpr():
                self.w("(")
                self.commasep(e.args, self.expr)
                self.w(")")
            case _:
                assert_never(e)

    def label(self, label: ast.Label | None) -> None:
        if label is not None:
            self.w(lifetime_text(label.ident.name) + ": ")

    def atom(self, e: ast.Expr) -> None:
        """Every expression that is neither a prefix operator nor on a left spine."""
        inner = _inner(e.attrs)
        match e:
            case ast.ArrayExpr():
                self.w("[")
                self.commasep(e.elems, self.expr)
                self.w("]")
            case ast.ConstBlockExpr():
                if inner or not self.one_line_block(e.block, "const "):
                    self.w("const ")
                    self.block(e.block, inner)
            case ast.TupleExpr():
                self.w("(")
                self.commasep(e.elems, self.expr)
                if len(e.elems) == 1:
                    self.w(",")
                self.w(")")
            case ast.LitExpr():
                text = lit_text(e.lit)
                self.w(text)
                if text.endswith("."):
                    self.dot_hazard = True
            case ast.LetExpr():
                self.w("let ")
                self.pat(e.pat)
                self.w(" = ")
                self.expr(e.scrutinee)
            case ast.IfExpr():
                if inner or e is self.stmt_top or not self.one_line_if_else(e):
                    self.if_chain(e, inner)
            case ast.WhileExpr():
                self.label(e.label)
                self.w("while ")
                self.expr(e.cond)
                self.w(" ")
                self.block(e.body, inner)
            case ast.ForLoopExpr():
                self.label(e.label)
                self.w("for await " if e.is_await else "for ")
                self.pat(e.pat)
                self.w(" in ")
                self.expr(e.iter)
                self.w(" ")
                self.block(e.body, inner)
            case ast.LoopExpr():
                self.label(e.label)
                self.w("loop ")
                self.block(e.body, inner)
            case ast.MatchExpr():
                self.match(e, inner)
            case ast.ClosureExpr():
                self.closure(e)
            case ast.BlockExpr():
                self.label(e.label)
                stmt_level = e is self.stmt_top and e.block.rules is ast.BlockRules.DEFAULT
                if inner or stmt_level or e is self.body_top or not self.one_line_block(e.block):
                    self.block(e.block, inner)
            case ast.GenBlockExpr():
                kw = e.kind + (" move " if e.capture is ast.CaptureBy.VALUE else " ")
                if inner or not self.one_line_block(e.block, kw):
                    self.w(kw)
                    self.block(e.block, inner)
            case ast.TryBlockExpr():
                self.w("try ")
                self.block(e.block, inner)
            case ast.AssignExpr():
                self.expr(e.lhs)
                self.w(" = ")
                self.expr(e.rhs)
            case ast.AssignOpExpr():
                self.expr(e.lhs)
                self.w(f" {e.op.value}= ")
                self.expr(e.rhs)
            case ast.RangeExpr():
                if e.start is not None:
                    self.expr(e.start)
                self.w(e.limits.value)
                if e.end is not None:
                    self.expr(e.end)
            case ast.UnderscoreExpr():
                self.w("_")
            case ast.PathExpr():
                self.qpath(e.qself, e.path, colons=True)
            case ast.BreakExpr():
                self.w("break")
                if e.label is not None:
                    self.w(" " + lifetime_text(e.label.ident.name))
                if e.expr is not None:
                    self.w(" ")
                    self.expr(e.expr)
            case ast.ContinueExpr():
                self.w("continue")
                if e.label is not None:
                    self.w(" " + lifetime_text(e.label.ident.name))
            case ast.RetExpr():
                self.w("return")
                if e.expr is not None:
                    self.w(" ")
                    self.expr(e.expr)
            case ast.YieldExpr():
                self.w("yield")
                if e.expr is not None:
                    self.w(" ")
                    self.expr(e.expr)
            case ast.BecomeExpr():
                self.w("become ")
                self.expr(e.expr)
            case ast.MacCallExpr():
                self.mac(e.mac)
            case ast.StructExpr():
                self.struct_expr(e)
            case ast.RepeatExpr():
                self.w("[")
                self.expr(e.expr)
                self.w("; ")
                self.expr(e.count.value)
                self.w("]")
            case ast.FormatArgsExpr():
                self.w(format_args_text(e))
            case ast.ErrExpr():
                self.w("(/*ERROR*/)")
            case (
                ast.UnaryExpr()
                | ast.AddrOfExpr()
                | ast.ParenExpr()
                | ast.BinaryExpr()
                | ast.CastExpr()
                | ast.MethodCallExpr()
                | ast.FieldExpr()
                | ast.IndexExpr()
                | ast.TryExpr()
                | ast.AwaitExpr()
                | ast.CallExpr()
            ):
                self.expr(e, attrs_done=True)
            case _:
                assert_never(e)

    def one_line_text(self, block: ast.Block) -> str | None:
        """`block`'s tail expression as one line, if the block is just that and it is small
        (so that trying costs O(1) however deep the tree)."""
        if len(block.stmts) != 1:
            return None
        stmt = block.stmts[0]
        sub = _Printer()
        if isinstance(stmt, ast.ExprStmt) and not stmt.expr.attrs and _is_simple(stmt.expr):
            sub.expr(stmt.expr)
        elif (
            isinstance(stmt, ast.MacCallStmt)
            and stmt.style is ast.MacStmtStyle.NO_BRACES
            and not stmt.attrs
            and _is_simple(stmt.mac)
        ):
            sub.mac(stmt.mac)
        else:
            return None
        text = sub.text()
        return None if "\n" in text else text

    def one_line_block(self, block: ast.Block, keyword: str = "") -> bool:
        """Write `{ tail }` (`unsafe { tail }`, `const { tail }` ...) on one line as rustfmt
        does, if it fits; `keyword` is written before the block when it does."""
        text = self.one_line_text(block)
        if text is None:
            return False
        prefix = keyword + ("unsafe { " if block.rules is ast.BlockRules.UNSAFE else "{ ")
        if self.column() + len(prefix) + len(text) + 3 > MAX_WIDTH:
            return False
        self.w(prefix + text + " }")
        return True

    def one_line_if_else(self, e: ast.IfExpr) -> bool:
        """Write `if c { a } else { b }` on one line as rustfmt does for a value, if it fits."""
        els = e.els
        if not isinstance(els, ast.BlockExpr) or els.attrs or els.label is not None:
            return False
        if els.block.rules is not ast.BlockRules.DEFAULT or not _is_simple(e.cond):
            return False
        then = self.one_line_text(e.then)
        other = self.one_line_text(els.block)
        if then is None or other is None:
            return False
        sub = _Printer()
        sub.expr(e.cond)
        text = f"if {sub.text()} {{ {then} }} else {{ {other} }}"
        if "\n" in text or len(text) > IF_ELSE_WIDTH or self.column() + len(text) + 1 > MAX_WIDTH:
            return False
        self.w(text)
        return True

    def if_chain(self, e: ast.IfExpr, inner: Sequence[ast.Attribute]) -> None:
        cur = e
        while True:
            self.w("if ")
            self.expr(cur.cond)
            self.w(" ")
            self.block(cur.then, inner)
            inner = ()
            els = cur.els
            if els is None:
                return
            self.w(" else ")
            if isinstance(els, ast.IfExpr) and not els.attrs:
                cur = els
                continue
            if isinstance(els, ast.BlockExpr) and not _outer(els.attrs) and els.label is None:
                self.block(els.block, _inner(els.attrs))
            else:
                self.expr(els)
            return

    def match(self, e: ast.MatchExpr, inner: Sequence[ast.Attribute]) -> None:
        self.w("match ")
        self.expr(e.scrutinee)
        if not e.arms and not inner:
            self.w(" {}")
            return
        self.w(" {")
        self.depth += 1
        self.inner_attrs_in_body(inner)
        for arm in e.arms:
            self.nl()
            self.attrs_lines(arm.attrs)
            self.pat(arm.pat)
            if arm.guard is not None:
                self.w(" if ")
                self.expr(arm.guard)
            if arm.body is None:
                self.w(",")
                continue
            self.w(" => ")
            self.body_top = arm.body
            self.expr(arm.body)
            if not isinstance(arm.body, ast.BlockExpr) or arm.body.attrs:
                self.w(",")
        self.depth -= 1
        self.nl()
        self.w("}")

    def closure(self, e: ast.ClosureExpr) -> None:
        if e.binder is not None:
            self.w("for<")
            self.commasep(e.binder, self.generic_param)
            self.w("> ")
        if e.is_const:
            self.w("const ")
        if e.is_async:
            self.w("async ")
        if e.capture is ast.CaptureBy.VALUE:
            self.w("move ")
        self.w("|")
        for i, prm in enumerate(e.decl.inputs):
            if i:
                self.w(", ")
            self.param(prm, closure=True)
        self.w("|")
        self.ret_ty(e.decl.output)
        self.w(" ")
        self.body_top = e.body
        self.expr(e.body)

    def struct_expr(self, e: ast.StructExpr) -> None:
        self.qpath(e.qself, e.path, colons=True)
        if not e.fields and e.rest is None and not e.rest_dotdot:
            self.w(" {}")
            return
        self.w(" { ")
        for i, f in enumerate(e.fields):
            if i:
                self.w(", ")
            self.attrs_inline(f.attrs)
            if f.is_shorthand:
                self.w(ident_text(f.ident.name))
            else:
                self.w(ident_text(f.ident.name) + ": ")
                self.expr(f.expr)
        if e.rest is not None or e.rest_dotdot:
            self.w(", .." if e.fields else "..")
            if e.rest is not None:
                self.expr(e.rest)
        self.w(" }")

    # -- statements and blocks --------------------------------------------------------------------

    def block(self, b: ast.Block, inner: Sequence[ast.Attribute] = ()) -> None:
        if b.rules is ast.BlockRules.UNSAFE:
            self.w("unsafe ")
        if not b.stmts and not inner:
            self.w("{}")
            return
        self.w("{")
        self.depth += 1
        self.inner_attrs_in_body(inner)
        for s in b.stmts:
            self.nl()
            self.stmt(s)
        self.depth -= 1
        self.nl()
        self.w("}")

    def stmt(self, s: ast.Stmt) -> None:
        match s:
            case ast.LetStmt():
                self.attrs_lines(_outer(s.attrs))
                start = self.column()
                self.w("let ")
                self.pat(s.pat)
                if s.ty is not None:
                    self.w(": ")
                    self.ty(s.ty)
                if s.init is not None:
                    self.w(" = ")
                    self.expr(s.init)
                if s.els is not None:
                    self.w(" else ")
                    text = self.one_line_text(s.els)
                    width = self.column() - start + len(text or "") + len("{  };")
                    if text is not None and width <= LET_ELSE_WIDTH and start + width <= MAX_WIDTH:
                        self.w("{ " + text + " }")
                    else:
                        self.block(s.els)
                self.w(";")
            case ast.ItemStmt():
                self.item(s.item)
            case ast.ExprStmt():
                self.attrs_lines(_outer(s.expr.attrs))
                self.stmt_top = s.expr
                self.expr(s.expr, attrs_done=True)
            case ast.SemiStmt():
                self.attrs_lines(_outer(s.expr.attrs))
                self.stmt_top = s.expr
                self.expr(s.expr, attrs_done=True)
                self.w(";")
            case ast.EmptyStmt():
                self.w(";")
            case ast.MacCallStmt():
                self.attrs_lines(_outer(s.attrs))
                self.mac(s.mac)
                if s.style is ast.MacStmtStyle.SEMICOLON:
                    self.w(";")
            case _:
                assert_never(s)

    # -- items ------------------------------------------------------------------------------------

    def items(self, items: Sequence[ast.Item], *, first_nl: bool = True) -> None:
        """Items one after another, a blank line between them except between one-line items
        of the same kind (a run of `use` lines, of `mod a;` lines ...)."""
        prev: tuple[type, bool] | None = None
        for i, it in enumerate(items):
            start = len(self.buf)
            body = start
            if first_nl or i:
                self.nl()
                body += 1
            self.item(it)
            one_line = not any("\n" in s for s in self.buf[body:])
            if isinstance(it, ast.FnItem) and it.body is not None:
                one_line = False  # functions with bodies always stand apart
            if prev is not None and not (prev[1] and one_line and prev[0] is type(it)):
                self.buf.insert(start, "\n")
            prev = (type(it), one_line)

    def vis(self, v: ast.Visibility) -> None:
        if v.kind == "public":
            self.w("pub ")
        elif v.kind == "restricted" and v.path is not None:
            self.w("pub(" if v.shorthand else "pub(in ")
            self.path(v.path, colons=False)
            self.w(") ")

    def item_body(
        self, items: Sequence[ast.Item], inner: Sequence[ast.Attribute], broke: bool
    ) -> None:
        """` { inner attrs, items }` of a module, trait, impl or extern block."""
        self.open_body(broke)
        if not items and not inner:
            self.w("}")
            return
        self.depth += 1
        self.inner_attrs_in_body(inner)
        if inner and items:
            self.buf.append("\n")
        self.items(items)
        self.depth -= 1
        self.nl()
        self.w("}")

    def item(self, it: ast.Item) -> None:
        self.attrs_lines(_outer(it.attrs))
        inner = _inner(it.attrs)
        self.vis(it.vis)
        name = ident_text(it.ident.name)
        match it:
            case ast.UseItem():
                self.w("use ")
                self.use_tree(it.tree)
                self.w(";")
            case ast.ExternCrateItem():
                self.w("extern crate ")
                if it.orig_name is not None:
                    self.w(ident_text(it.orig_name.name) + " as " + name)
                else:
                    self.w(name)
                self.w(";")
            case ast.StaticItem():
                self.safety(it.safety)
                self.w("static ")
                if it.mutbl is ast.Mutability.MUT:
                    self.w("mut ")
                self.w(name + ": ")
                self.ty(it.ty)
                if it.expr is not None:
                    self.w(" = ")
                    self.expr(it.expr)
                self.w(";")
            case ast.ConstItem():
                if it.is_default:
                    self.w("default ")
                self.w("const " + name)
                self.generic_params(it.generics)
                self.w(": ")
                self.ty(it.ty)
                if it.expr is not None:
                    self.w(" = ")
                    self.expr(it.expr)
                self.where_clause(it.generics.where_clause, block=False)
                self.w(";")
            case ast.FnItem():
                if it.is_default:
                    self.w("default ")
                self.fn_header(it.sig.header)
                self.w("fn " + name)
                self.generic_params(it.generics)
                self.fn_params(it.sig.decl.inputs)
                self.ret_ty(it.sig.decl.output)
                broke = self.where_clause(
                    it.generics.where_clause, block=True, semi=it.body is None
                )
                if it.body is None:
                    self.w(";")
                else:
                    if broke:
                        self.nl()
                    else:
                        self.w(" ")
                    self.block(it.body, inner)
            case ast.ModItem():
                self.safety(it.safety)
                self.w("mod " + name)
                if it.items is None:
                    self.w(";")
                else:
                    self.item_body(it.items, [*it.inner_attrs, *inner], False)
            case ast.ForeignModItem():
                self.safety(it.safety)
                self.w("extern")
                if it.abi is not None:
                    self.w(" " + lit_text(it.abi))
                self.item_body(it.items, [*it.inner_attrs, *inner], False)
            case ast.TyAliasItem():
                if it.is_default:
                    self.w("default ")
                self.w("type " + name)
                self.generic_params(it.generics)
                if it.bounds:
                    self.w(": ")
                    self.bounds(it.bounds)
                self.where_clause(it.generics.where_clause, block=False)
                if it.ty is not None:
                    self.w(" = ")
                    self.ty(it.ty)
                if it.where_after_ty is not None:
                    self.where_clause(it.where_after_ty, block=False)
                self.w(";")
            case ast.EnumItem():
                self.w("enum " + name)
                self.generic_params(it.generics)
                broke = self.where_clause(it.generics.where_clause, block=True)
                self.open_body(broke)
                if not it.variants:
                    self.w("}")
                    return
                self.depth += 1
                for v in it.variants:
                    self.nl()
                    self.variant(v)
                self.depth -= 1
                self.nl()
                self.w("}")
            case ast.StructItem() | ast.UnionItem():
                self.w(("struct " if isinstance(it, ast.StructItem) else "union ") + name)
                self.generic_params(it.generics)
                self.struct_body(it.data, it.generics.where_clause)
            case ast.TraitItem():
                self.safety(it.safety)
                if it.is_auto:
                    self.w("auto ")
                self.w("trait " + name)
                self.generic_params(it.generics)
                if it.bounds:
                    self.w(": ")
                    self.bounds(it.bounds)
                broke = self.where_clause(it.generics.where_clause, block=True)
                self.item_body(it.items, inner, broke)
            case ast.TraitAliasItem():
                self.w("trait " + name)
                self.generic_params(it.generics)
                self.w(" = ")
                self.bounds(it.bounds)
                self.where_clause(it.generics.where_clause, block=False)
                self.w(";")
            case ast.ImplItem():
                if it.is_default:
                    self.w("default ")
                self.safety(it.safety)
                self.w("impl")
                self.generic_params(it.generics)
                self.w(" ")
                if it.is_const:
                    self.w("const ")
                if it.of_trait is not None:
                    self.w(it.polarity.value)
                    self.path(it.of_trait.path, colons=False)
                    self.w(" for ")
                self.ty(it.self_ty)
                broke = self.where_clause(it.generics.where_clause, block=True)
                self.item_body(it.items, [*it.inner_attrs, *inner], broke)
            case ast.MacCallItem():
                self.mac(it.mac)
                if it.mac.args.delim is not ast.Delimiter.BRACE:
                    self.w(";")
            case ast.MacroRulesItem():
                self.w("macro_rules! " + name)
                if it.body.delim is not ast.Delimiter.BRACE:
                    self.delim_args(it.body, breaking=True, space_before_brace=True)
                    self.w(";")
                else:
                    self.macro_rules_body(it.body.tokens)
            case _:
                assert_never(it)

    def macro_rules_body(self, trees: Sequence[TokenTree]) -> None:
        """` { rule; rule; }`: each rule on its own line."""
        if not trees:
            self.w(" {}")
            return
        self.w(" {")
        self.depth += 1
        self.nl()
        self.tokens(trees, breaking=True, split=True, rules=True)
        self.depth -= 1
        self.nl()
        self.w("}")

    def use_tree(self, t: ast.UseTree) -> None:
        self.path(t.prefix, colons=False)
        sep = "::" if t.prefix.segments else ""
        if t.kind == "glob":
            self.w(sep + "*")
        elif t.kind == "nested":
            self.w(sep + "{")
            self.commasep(t.nested, self.use_tree)
            self.w("}")
        elif t.rename is not None:
            self.w(" as " + ident_text(t.rename.name))

    def struct_body(self, data: ast.VariantData, wc: ast.WhereClause) -> None:
        if data.shape is ast.VariantShape.STRUCT:
            broke = self.where_clause(wc, block=True)
            self.open_body(broke)
            if not data.fields:
                self.w("}")
                return
            self.depth += 1
            for f in data.fields:
                self.nl()
                self.attrs_lines(_outer(f.attrs))
                self.field_def(f)
                self.w(",")
            self.depth -= 1
            self.nl()
            self.w("}")
            return
        if data.shape is ast.VariantShape.TUPLE:
            self.w("(")
            self.commasep(data.fields, self.tuple_field)
            self.w(")")
        self.where_clause(wc, block=True, semi=True)
        self.w(";")

    def field_def(self, f: ast.FieldDef) -> None:
        self.vis(f.vis)
        if f.ident is not None:
            self.w(ident_text(f.ident.name) + ": ")
        self.ty(f.ty)
        if f.default is not None:
            self.w(" = ")
            self.expr(f.default.value)

    def tuple_field(self, f: ast.FieldDef) -> None:
        self.attrs_inline(f.attrs)
        self.field_def(f)

    def variant(self, v: ast.Variant) -> None:
        self.attrs_lines(_outer(v.attrs))
        self.vis(v.vis)
        self.w(ident_text(v.ident.name))
        data = v.data
        if data.shape is ast.VariantShape.STRUCT:
            if not data.fields:
                self.w(" {}")
            else:
                self.w(" { ")
                self.commasep(data.fields, self.tuple_field)
                self.w(" }")
        elif data.shape is ast.VariantShape.TUPLE:
            self.w("(")
            self.commasep(data.fields, self.tuple_field)
            self.w(")")
        if v.disr_expr is not None:
            self.w(" = ")
            self.expr(v.disr_expr.value)
        self.w(",")


# -- helpers -----------------------------------------------------------------------------------


def _is_simple(e: ast.Expr | ast.MacCall) -> bool:
    """`e` has no block in it and at most `_SIMPLE_BUDGET` nodes (a bounded walk)."""
    stack: list[object] = [e]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > _SIMPLE_BUDGET or isinstance(node, ast.Block | ast.MatchExpr):
            return False
        if isinstance(node, tuple):
            stack.extend(node)
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            for f in dataclasses.fields(node):
                if f.compare:
                    v = getattr(node, f.name)
                    if isinstance(v, tuple) or dataclasses.is_dataclass(v):
                        stack.append(v)
    return True


def _is_tuple_field(e: ast.Expr) -> bool:
    return isinstance(e, ast.FieldExpr) and not e.attrs and e.ident.name[:1].isdigit()


def _is_plain_int(e: ast.Expr) -> bool:
    """An unsuffixed integer literal: `1.0` after it would lex as a float."""
    return (
        isinstance(e, ast.LitExpr)
        and not e.attrs
        and e.lit.kind is LitKind.INTEGER
        and e.lit.suffix is None
    )


def _is_missing_pat(p: ast.Pat) -> bool:
    """The pattern of an unnamed parameter of a `fn(...)` type: the parser gives `fn(u8)`
    and `fn(_: u8)` the same `WildPat`, so the short form is printed."""
    return isinstance(p, ast.WildPat) or (isinstance(p, ast.IdentPat) and p.ident.name == "")


def format_args_text(e: ast.FormatArgsExpr) -> str:
    """`format_args!(...)` written back from its parsed template: placeholders name their
    argument explicitly (`{0:>5}`), captured identifiers stay inline (`{x}`)."""
    parts: list[str] = []
    for piece in e.template:
        if isinstance(piece, str):
            parts.append(piece.replace("{", "{{").replace("}", "}}"))
            continue
        parts.append("{" + _format_arg_ref(e, piece.argument) + _format_spec(e, piece) + "}")
    template = "".join(parts)
    lit = '"' + template.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    args = [lit]
    for arg in e.arguments:
        if arg.kind == "normal":
            args.append(print_expr(arg.expr))
        elif arg.kind == "named" and arg.ident is not None:
            args.append(f"{arg.ident.name} = {print_expr(arg.expr)}")
    return "format_args!(" + ", ".join(args) + ")"


def _format_arg_ref(e: ast.FormatArgsExpr, pos: ast.FormatArgPosition) -> str:
    if 0 <= pos.index < len(e.arguments):
        arg = e.arguments[pos.index]
        if arg.kind != "normal" and arg.ident is not None:
            return arg.ident.name
    return str(pos.index)


def _format_spec(e: ast.FormatArgsExpr, p: ast.FormatPlaceholder) -> str:
    o = p.options
    spec = ""
    if o.fill is not None:
        spec += o.fill
    if o.alignment is not None:
        spec += o.alignment.value
    if o.sign is not None:
        spec += o.sign.value
    if o.alternate:
        spec += "#"
    if o.zero_pad:
        spec += "0"
    for prefix, count in (("", o.width), (".", o.precision)):
        if count is None:
            continue
        if count.literal is not None:
            spec += f"{prefix}{count.literal}"
        elif count.argument is not None:
            spec += f"{prefix}{_format_arg_ref(e, count.argument)}$"
    if o.debug_hex is not None:
        spec += o.debug_hex.value
    spec += p.format_trait.value
    return ":" + spec if spec else ""
