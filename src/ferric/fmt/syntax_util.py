"""Questions about the AST that the formatter asks everywhere: spans including outer
attributes (rustfmt's `Spanned`), the kind of a statement as rustc's parser would have
recorded it, and small classifications of expressions.

ferric's parser records a macro call at the end of a block (`m!(x)` before `}`) as a
`MacCallStmt` without semicolon; rustc records it as an expression statement holding a
macro call expression, and rustfmt formats it as such — `stmt_view` makes that translation.
"""

from __future__ import annotations

from ferric.syntax import ast


def outer_attrs(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if a.style is ast.AttrStyle.OUTER]


def inner_attrs(attrs: ast.Attrs) -> list[ast.Attribute]:
    return [a for a in attrs if a.style is ast.AttrStyle.INNER]


def lo_with_attrs(lo: int, attrs: ast.Attrs) -> int:
    for a in attrs:
        if a.style is ast.AttrStyle.OUTER:
            return min(lo, a.span.lo)
    return lo


def expr_lo(e: ast.Expr) -> int:
    if e.attrs:
        return lo_with_attrs(e.span.lo, e.attrs)
    return e.span.lo


def item_lo(it: ast.Item) -> int:
    if it.attrs:
        return lo_with_attrs(it.span.lo, it.attrs)
    return it.span.lo


# Statement kinds as rustc's parser records them.
LOCAL = "local"
ITEM = "item"
EXPR = "expr"
SEMI = "semi"
MAC = "mac"
EMPTY = "empty"


class StmtView:
    """A statement as rustc sees it: `kind` (one of the constants above), the expression of
    expression statements, and the span including outer attributes."""

    __slots__ = ("expr", "hi", "kind", "lo", "stmt")

    def __init__(self, stmt: ast.Stmt) -> None:
        self.stmt = stmt
        self.expr: ast.Expr | None = None
        hi = stmt.span.hi
        if isinstance(stmt, ast.LetStmt):
            self.kind = LOCAL
            lo = lo_with_attrs(stmt.span.lo, stmt.attrs)
        elif isinstance(stmt, ast.ItemStmt):
            self.kind = ITEM
            lo = item_lo(stmt.item)
        elif isinstance(stmt, ast.ExprStmt):
            self.kind = EXPR
            self.expr = stmt.expr
            lo = expr_lo(stmt.expr)
        elif isinstance(stmt, ast.SemiStmt):
            self.kind = SEMI
            self.expr = stmt.expr
            lo = expr_lo(stmt.expr)
        elif isinstance(stmt, ast.MacCallStmt):
            lo = lo_with_attrs(stmt.span.lo, stmt.attrs)
            if stmt.style is ast.MacStmtStyle.NO_BRACES:
                self.kind = EXPR
                self.expr = ast.MacCallExpr(mac=stmt.mac, attrs=stmt.attrs, span=stmt.mac.span)
            else:
                self.kind = MAC
        else:
            self.kind = EMPTY
            lo = stmt.span.lo
        self.lo = lo
        self.hi = hi

    def attrs(self) -> ast.Attrs:
        s = self.stmt
        if isinstance(s, ast.LetStmt | ast.MacCallStmt):
            return s.attrs
        if isinstance(s, ast.ItemStmt):
            return s.item.attrs
        if isinstance(s, ast.ExprStmt | ast.SemiStmt):
            return s.expr.attrs
        return ()


def is_control_flow(e: ast.Expr) -> bool:
    return isinstance(e, ast.IfExpr | ast.ForLoopExpr | ast.LoopExpr | ast.WhileExpr | ast.MatchExpr)


def is_unsafe_block(b: ast.Block) -> bool:
    return b.rules is ast.BlockRules.UNSAFE


def block_has_statements(b: ast.Block) -> bool:
    return any(not isinstance(s, ast.EmptyStmt) for s in b.stmts)


def contains_skip(attrs: ast.Attrs) -> bool:
    for a in attrs:
        k = a.kind
        if isinstance(k, ast.NormalAttr):
            segs = [s.ident.name for s in k.path.segments]
            if segs == ["rustfmt", "skip"] or segs == ["rustfmt_skip"]:
                return True
    return False


def left_most_sub_expr(e: ast.Expr) -> ast.Expr:
    while True:
        if isinstance(e, ast.CallExpr):
            e = e.func
        elif isinstance(e, ast.BinaryExpr | ast.AssignExpr | ast.AssignOpExpr):
            e = e.lhs
        elif isinstance(e, ast.CastExpr | ast.FieldExpr | ast.IndexExpr | ast.TryExpr):
            e = e.expr
        elif isinstance(e, ast.RangeExpr) and e.start is not None:
            e = e.start
        else:
            return e
