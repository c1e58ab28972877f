"""Lowering expressions, blocks and statements, with their desugarings.

Scopes as rustc's late resolution opens them: a block (with its anonymous module when it
declares items, whose imports are resolved on entry), each `match` arm, an `if`'s condition
and its `then` block, a `while` loop, a `for` loop's pattern and body, a closure. `let`
resolves its initializer (and `else` block) before its pattern binds.

Desugarings (see `hir/nodes.py`): `for` loops (`IntoIterator::into_iter` / `Iterator::next`
through lang items), `while` (a `loop` around an `if`), `?` (`Try::branch`, `return
FromResidual::from_residual`), ranges (the `Range*` lang items), destructuring assignment
(`(a, b) = (b, a)` becomes `{ let (lhs, lhs) = (b, a); a = lhs; b = lhs; }` with fresh
bindings), `.await` (a match on `IntoFuture::into_future`, `MatchSource.AWAIT`), `async`
blocks (closures with `is_async`), negative literals in patterns (`LitExpr.negated`).

`break`/`continue` find their loop or labelled block (E0426 undeclared label, E0767
unreachable label, E0268 outside a loop, E0267 inside a closure, E0696 `continue` to a
block); closures and anonymous constants are bodies of their own (`HirCrate.bodies`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.hir import nodes as hir
from ferric.hir.lower.context import PathSource
from ferric.hir.lower.pat import PatLowering, PatternSource
from ferric.hir.lower.scope import LabelRib, LabelRibKind, LifetimeRibKind, LoopScope, Rib, RibKind
from ferric.lexer import literal
from ferric.lexer.token import Lit, LitKind
from ferric.resolve.defs import (
    ERR_RES,
    CtorKind,
    DefId,
    DefKind,
    DefRes,
    HirId,
    LocalRes,
    SelfCtorRes,
)
from ferric.resolve.module import Binding
from ferric.resolve.resolver import TYPE_NS, VALUE_NS, segs_of
from ferric.syntax import ast


@dataclass(slots=True)
class _Barrier:
    """Where `break`/`continue` cannot reach past: a closure (`span`), an async block, a
    function body or a constant."""

    kind: str
    span: Span


class ExprLowering(PatLowering):
    """Expressions (see the module docstring)."""

    loop_stack: list[LoopScope | _Barrier]

    def lower_item_in_block(self, item: ast.Item) -> DefId | None:
        raise NotImplementedError

    # -- bodies -------------------------------------------------------------------------------

    @contextmanager
    def body_owner(self, owner: DefId, barrier: str, span: Span) -> Iterator[None]:
        saved = (self.owner, self.loop_stack)
        self.owner = owner
        self.loop_stack = [*self.loop_stack, _Barrier(barrier, span)]
        try:
            yield
        finally:
            self.owner, self.loop_stack = saved

    def lower_anon_const_arg(self, c: ast.AnonConst, span: Span) -> hir.ConstArg:
        value = c.value
        inner = value
        while (
            isinstance(inner, ast.BlockExpr) and inner.label is None and len(inner.block.stmts) == 1
        ):
            st = inner.block.stmts[0]
            if not isinstance(st, ast.ExprStmt):
                break
            inner = st.expr
        while isinstance(inner, ast.ParenExpr):
            inner = inner.expr
        if (
            isinstance(inner, ast.PathExpr)
            and inner.qself is None
            and len(inner.path.segments) == 1
            and inner.path.segments[0].args is None
        ):
            b = self.resolve_ident_lexically(inner.path.segments[0].ident, VALUE_NS, report=False)
            if (
                isinstance(b, Binding)
                and isinstance(b.res, DefRes)
                and b.res.kind is DefKind.CONST_PARAM
            ):
                qpath = self.lower_qpath(None, inner.path, PathSource.EXPR)
                return hir.ConstArg(body=None, path=qpath, hir_id=self.next_id(), span=span)
        body = self.lower_anon_const(c, trivial=False)
        return hir.ConstArg(body=body, hir_id=self.next_id(), span=span)

    def lower_anon_const(
        self, c: ast.AnonConst, *, trivial: bool = False, kind: DefKind = DefKind.ANON_CONST
    ) -> DefId:
        d = self.new_def(kind, "", c.value.span, c)
        self.r.node_defs[c.id] = d
        rib_kind = RibKind.CONSTANT
        const_kind = "anon" if kind is DefKind.ANON_CONST else "inline"
        with self.body_owner(d, "constant", c.value.span):
            v = Rib(rib_kind, const_kind=const_kind, is_anon_const_trivial=trivial)
            t = Rib(rib_kind, const_kind=const_kind, is_anon_const_trivial=trivial)
            saved_labels = self.label_ribs
            self.label_ribs = [*self.label_ribs, LabelRib(LabelRibKind.BARRIER)]
            with self.ribs_both(rib_kind, v, t), self.lt_rib(LifetimeRibKind.CONSTANT):
                value = self.lower_expr(c.value)
            self.label_ribs = saved_labels
        self.out.bodies[d] = hir.Body(owner=d, params=(), value=value)
        return d

    # -- blocks -------------------------------------------------------------------------------

    def lower_block(self, block: ast.Block, *, extra_rib: bool = True) -> hir.Block:
        module = None
        if any(isinstance(s, ast.ItemStmt) for s in block.stmts):
            module = self.r.block_modules.get(block.id)
            if module is None:
                n = len(self.crate.imports)
                module = self.collector.collect_block(block, self.module, self.item_owner)
                new_imports = self.crate.imports[n:]
                if new_imports:
                    from ferric.resolve.imports import resolve_imports

                    resolve_imports(self.r, self.crate, new_imports)
        saved_module = self.module
        vrib = Rib(RibKind.MODULE, module=module) if module is not None else Rib(RibKind.NORMAL)
        pushed_type = module is not None
        self.ribs[VALUE_NS].append(vrib)
        if pushed_type:
            self.ribs[TYPE_NS].append(Rib(RibKind.MODULE, module=module))
            self.module = module  # type: ignore[assignment]
        macro_ribs = 0
        stmts: list[hir.Stmt] = []
        tail: hir.Expr | None = None
        try:
            n = len(block.stmts)
            for i, st in enumerate(block.stmts):
                if isinstance(st, ast.ItemStmt) and isinstance(st.item, ast.MacroRulesItem):
                    self.ribs[VALUE_NS].append(Rib(RibKind.MACRO_DEF, macro_def=st.item.span))
                    macro_ribs += 1
                if isinstance(st, ast.ExprStmt) and i == n - 1:
                    tail = self.lower_expr(st.expr)
                    continue
                lowered = self.lower_stmt(st)
                if lowered is not None:
                    stmts.append(lowered)
        finally:
            for _ in range(macro_ribs):
                self.ribs[VALUE_NS].pop()
            self.last_block_rib = self.ribs[VALUE_NS].pop()
            if pushed_type:
                self.ribs[TYPE_NS].pop()
            self.module = saved_module
        rules = (
            hir.BlockRules.UNSAFE
            if block.rules is ast.BlockRules.UNSAFE
            else hir.BlockRules.DEFAULT
        )
        return hir.Block(
            stmts=tuple(stmts), expr=tail, rules=rules, hir_id=self.next_id(), span=block.span
        )

    def lower_stmt(self, st: ast.Stmt) -> hir.Stmt | None:
        if isinstance(st, ast.LetStmt):
            return self.lower_let(st)
        if isinstance(st, ast.SemiStmt):
            return hir.SemiStmt(expr=self.lower_expr(st.expr), hir_id=self.next_id(), span=st.span)
        if isinstance(st, ast.ExprStmt):
            return hir.ExprStmt(expr=self.lower_expr(st.expr), hir_id=self.next_id(), span=st.span)
        if isinstance(st, ast.ItemStmt):
            d = self.lower_item_in_block(st.item)
            if d is None:
                return None
            return hir.ItemStmt(item=d, hir_id=self.next_id(), span=st.span)
        return None

    def lower_let(self, st: ast.LetStmt) -> hir.Stmt:
        ty = None
        saved_let = self.current_let
        self.current_let = (
            st.pat.span,
            st.ty.span if st.ty is not None else None,
            st.init.span if st.init is not None else None,
        )
        try:
            if st.ty is not None:
                ty = self.lower_ty(st.ty)
            init = self.lower_expr(st.init) if st.init is not None else None
        finally:
            self.current_let = saved_let
        els = self.lower_block(st.els) if st.els is not None else None
        pat = self.lower_pat_top(st.pat, PatternSource.LET)
        return hir.LetStmt(pat=pat, ty=ty, init=init, els=els, hir_id=self.next_id(), span=st.span)

    # -- expressions --------------------------------------------------------------------------

    def lower_expr(self, e: ast.Expr) -> hir.Expr:
        sp = e.span
        if isinstance(e, ast.PathExpr):
            return self.lower_path_expr(e, PathSource.EXPR)
        if isinstance(e, ast.LitExpr):
            return hir.LitExpr(hir_id=self.next_id(), lit=self.lower_lit(e.lit, sp), span=sp)
        if isinstance(e, ast.CallExpr):
            return self.lower_call(e)
        if isinstance(e, ast.MethodCallExpr):
            receiver = self.lower_expr(e.receiver)
            args = tuple(self.lower_expr(a) for a in e.args)
            seg = self.lower_segment(e.seg, ERR_RES, optional=True)
            hid = self.next_id()
            self.out.trait_map[hid] = self.traits_in_scope()
            return hir.MethodCallExpr(
                hir_id=hid, segment=seg, receiver=receiver, args=args, span=sp
            )
        if isinstance(e, ast.BinaryExpr):
            return hir.BinaryExpr(
                hir_id=self.next_id(),
                op=e.op,
                lhs=self.lower_expr(e.lhs),
                rhs=self.lower_expr(e.rhs),
                op_span=e.op_span,
                span=sp,
            )
        if isinstance(e, ast.UnaryExpr):
            return hir.UnaryExpr(
                hir_id=self.next_id(), op=e.op, expr=self.lower_expr(e.expr), span=sp
            )
        if isinstance(e, ast.ParenExpr):
            inner = self.lower_expr(e.expr)
            # As rustc's lowering: the parentheses join the span of the expression they
            # hold when they enclose it (not when a macro put them around its input).
            isp = inner.span
            if sp.lo <= isp.lo and isp.hi <= sp.hi and sp != isp:
                return dataclasses.replace(inner, span=sp)
            return inner
        if isinstance(e, ast.BlockExpr):
            return self.lower_block_expr(e)
        if isinstance(e, ast.IfExpr):
            return self.lower_if(e)
        if isinstance(e, ast.MatchExpr):
            return self.lower_match(e)
        if isinstance(e, ast.FieldExpr):
            base = self.lower_expr(e.expr)
            hid = self.next_id()
            # (as rustc records them: a field that names a trait's method is E0615)
            self.out.trait_map[hid] = self.traits_in_scope()
            return hir.FieldExpr(hir_id=hid, expr=base, ident=e.ident, span=sp)
        if isinstance(e, ast.AddrOfExpr):
            return hir.AddrOfExpr(
                hir_id=self.next_id(),
                kind=e.kind,
                mutbl=e.mutbl,
                expr=self.lower_expr(e.expr),
                span=sp,
            )
        if isinstance(e, ast.AssignExpr):
            return self.lower_assign(e)
        if isinstance(e, ast.AssignOpExpr):
            return hir.AssignOpExpr(
                hir_id=self.next_id(),
                op=e.op,
                lhs=self.lower_expr(e.lhs),
                rhs=self.lower_expr(e.rhs),
                op_span=e.op_span,
                span=sp,
            )
        if isinstance(e, ast.TupleExpr):
            return hir.TupleExpr(
                hir_id=self.next_id(), elems=tuple(self.lower_expr(x) for x in e.elems), span=sp
            )
        if isinstance(e, ast.ArrayExpr):
            return hir.ArrayExpr(
                hir_id=self.next_id(), elems=tuple(self.lower_expr(x) for x in e.elems), span=sp
            )
        if isinstance(e, ast.RepeatExpr):
            elem = self.lower_expr(e.expr)
            return hir.RepeatExpr(
                hir_id=self.next_id(),
                elem=elem,
                count=self.lower_anon_const_arg(e.count, e.count.value.span),
                span=sp,
            )
        if isinstance(e, ast.IndexExpr):
            return hir.IndexExpr(
                hir_id=self.next_id(),
                expr=self.lower_expr(e.expr),
                index=self.lower_expr(e.index),
                bracket_span=e.bracket_span,
                span=sp,
            )
        if isinstance(e, ast.CastExpr):
            return hir.CastExpr(
                hir_id=self.next_id(), expr=self.lower_expr(e.expr), ty=self.lower_ty(e.ty), span=sp
            )
        if isinstance(e, ast.StructExpr):
            return self.lower_struct_expr(e)
        if isinstance(e, ast.RangeExpr):
            return self.lower_range(e)
        if isinstance(e, ast.LoopExpr):
            return self.lower_loop(e)
        if isinstance(e, ast.WhileExpr):
            return self.lower_while(e)
        if isinstance(e, ast.ForLoopExpr):
            return self.lower_for(e)
        if isinstance(e, ast.BreakExpr):
            return self.lower_break(e)
        if isinstance(e, ast.ContinueExpr):
            return self.lower_continue(e)
        if isinstance(e, ast.RetExpr):
            return hir.RetExpr(
                hir_id=self.next_id(),
                expr=self.lower_expr(e.expr) if e.expr is not None else None,
                span=sp,
            )
        if isinstance(e, ast.ClosureExpr):
            return self.lower_closure(e)
        if isinstance(e, ast.TryExpr):
            return self.lower_try(e)
        if isinstance(e, ast.LetExpr):
            init = self.lower_expr(e.scrutinee)
            pat = self.lower_pat_top(e.pat, PatternSource.LET)
            return hir.LetExpr(hir_id=self.next_id(), pat=pat, ty=None, init=init, recovered=e.recovered, span=sp)
        if isinstance(e, ast.FormatArgsExpr):
            exprs = tuple(self.lower_expr(a.expr) for a in e.arguments)
            return hir.FormatArgsExpr(
                hir_id=self.next_id(),
                template=e.template,
                arguments=e.arguments,
                hir_exprs=exprs,
                span=sp,
            )
        if isinstance(e, ast.ConstBlockExpr):
            d = self.lower_anon_const(
                ast.AnonConst(
                    value=ast.BlockExpr(block=e.block, id=e.anon_id, span=e.span), id=e.anon_id
                ),
                kind=DefKind.INLINE_CONST,
            )
            return hir.ConstBlockExpr(hir_id=self.next_id(), body=d, span=sp)
        if isinstance(e, ast.GenBlockExpr):
            return self.lower_async_block(e)
        if isinstance(e, ast.AwaitExpr):
            return self.lower_await(e)
        if isinstance(e, ast.YieldExpr):
            return hir.YieldExpr(
                hir_id=self.next_id(),
                expr=self.lower_expr(e.expr) if e.expr is not None else None,
                span=sp,
            )
        if isinstance(e, ast.BecomeExpr):
            return hir.RetExpr(hir_id=self.next_id(), expr=self.lower_expr(e.expr), span=sp)
        if isinstance(e, ast.TryBlockExpr):
            self.lower_block(e.block)
            return hir.ErrExpr(hir_id=self.next_id(), span=sp)
        if isinstance(e, ast.UnderscoreExpr):
            if self.report_once(("underscore", sp)):
                self.emit(
                    Diagnostic.error(
                        "in expressions, `_` can only be used on the left-hand side of an assignment"
                    ).with_primary(sp, "`_` not allowed here")
                )
            return hir.ErrExpr(hir_id=self.next_id(), span=sp)
        return hir.ErrExpr(hir_id=self.next_id(), span=sp)

    def lower_lit(self, lit: Lit, sp: Span) -> hir.Lit:
        err = literal.check_literal(lit, sp)
        if err is not None:
            self.emit(err)
            return hir.Lit(kind=hir.LitKind.ERR, value=None, suffix=lit.suffix, span=sp)
        k = lit.kind
        suffix = lit.suffix
        if k is LitKind.BOOL:
            return hir.Lit(kind=hir.LitKind.BOOL, value=lit.symbol == "true", span=sp)
        if k is LitKind.INTEGER:
            if suffix in literal.FLOAT_SUFFIXES:
                return hir.Lit(
                    kind=hir.LitKind.FLOAT, value=literal.float_text(lit), suffix=suffix, span=sp
                )
            return hir.Lit(
                kind=hir.LitKind.INT, value=literal.int_value(lit), suffix=suffix, span=sp
            )
        if k is LitKind.FLOAT:
            return hir.Lit(
                kind=hir.LitKind.FLOAT, value=literal.float_text(lit), suffix=suffix, span=sp
            )
        if k in (LitKind.STR, LitKind.STR_RAW):
            return hir.Lit(kind=hir.LitKind.STR, value=literal.str_value(lit), span=sp)
        if k is LitKind.CHAR:
            return hir.Lit(kind=hir.LitKind.CHAR, value=literal.char_value(lit), span=sp)
        if k is LitKind.BYTE:
            return hir.Lit(kind=hir.LitKind.BYTE, value=literal.byte_value(lit), span=sp)
        if k in (LitKind.BYTE_STR, LitKind.BYTE_STR_RAW):
            return hir.Lit(kind=hir.LitKind.BYTE_STR, value=literal.byte_str_value(lit), span=sp)
        if k in (LitKind.C_STR, LitKind.C_STR_RAW):
            return hir.Lit(kind=hir.LitKind.C_STR, value=literal.c_str_value(lit), span=sp)
        return hir.Lit(kind=hir.LitKind.ERR, value=None, span=sp)

    def lower_pat_expr(self, e: ast.Expr) -> hir.Expr:
        if (
            isinstance(e, ast.UnaryExpr)
            and e.op is ast.UnOp.NEG
            and isinstance(e.expr, ast.LitExpr)
        ):
            return hir.LitExpr(
                hir_id=self.next_id(),
                lit=self.lower_lit(e.expr.lit, e.expr.span),
                negated=True,
                span=e.span,
            )
        return self.lower_expr(e)

    def lower_path_expr(
        self, e: ast.PathExpr, source: PathSource, *, call_span: Span | None = None
    ) -> hir.Expr:
        qpath = self.lower_qpath(e.qself, e.path, source, span=e.path.span, ctx=call_span)
        return hir.PathExpr(hir_id=self.next_id(), qpath=qpath, span=e.span)

    def lower_call(self, e: ast.CallExpr) -> hir.Expr:
        f = e.func
        if isinstance(f, ast.PathExpr):
            func = self.lower_path_expr(f, PathSource.CALLEE, call_span=e.span)
        else:
            func = self.lower_expr(f)
        args = tuple(self.lower_expr(a) for a in e.args)
        return hir.CallExpr(hir_id=self.next_id(), func=func, args=args, span=e.span)

    def lower_struct_expr(self, e: ast.StructExpr) -> hir.Expr:
        qpath = self.lower_qpath(e.qself, e.path, PathSource.STRUCT, span=e.path.span)
        fields = tuple(
            hir.ExprField(
                ident=f.ident,
                expr=self.lower_expr(f.expr),
                is_shorthand=f.is_shorthand,
                hir_id=self.next_id(),
                span=f.span,
            )
            for f in e.fields
        )
        base = self.lower_expr(e.rest) if e.rest is not None else None
        return hir.StructExpr(
            hir_id=self.next_id(), qpath=qpath, fields=fields, base=base, span=e.span
        )

    def lower_block_expr(self, e: ast.BlockExpr) -> hir.Expr:
        if e.label is None:
            return hir.BlockExpr(
                hir_id=self.next_id(), block=self.lower_block(e.block), span=e.span
            )
        hid = self.next_id()
        self.loop_stack.append(
            LoopScope(
                hid,
                e.label.ident.name,
                e.label.ident.span.ctxt,
                False,
                e.label.ident.span,
                kind="block",
                block_span=e.span,
            )
        )
        try:
            block = self.lower_block(e.block)
        finally:
            self.loop_stack.pop()
        return hir.BlockExpr(hir_id=hid, block=block, label=e.label.ident, span=e.span)

    def lower_if(self, e: ast.IfExpr) -> hir.Expr:
        with self.rib(VALUE_NS, RibKind.NORMAL):
            cond = self.lower_expr(e.cond)
            then_block = self.lower_block(e.then)
        then = hir.BlockExpr(hir_id=self.next_id(), block=then_block, span=e.then.span)
        els = self.lower_expr(e.els) if e.els is not None else None
        return hir.IfExpr(hir_id=self.next_id(), cond=cond, then=then, els=els, span=e.span)

    def lower_match(self, e: ast.MatchExpr) -> hir.Expr:
        scrutinee = self.lower_expr(e.scrutinee)
        arms: list[hir.Arm] = []
        for arm in e.arms:
            with self.rib(VALUE_NS, RibKind.NORMAL):
                pat = self.lower_pat_top(arm.pat, PatternSource.MATCH)
                guard = self.lower_expr(arm.guard) if arm.guard is not None else None
                body = (
                    self.lower_expr(arm.body)
                    if arm.body is not None
                    else hir.ErrExpr(hir_id=self.next_id(), span=arm.span)
                )
            arms.append(
                hir.Arm(pat=pat, guard=guard, body=body, hir_id=self.next_id(), span=arm.span)
            )
        return hir.MatchExpr(
            hir_id=self.next_id(),
            scrutinee=scrutinee,
            arms=tuple(arms),
            source=hir.MatchSource.NORMAL,
            span=e.span,
        )

    # -- loops and labels ---------------------------------------------------------------------

    @contextmanager
    def loop_scope(
        self, hid: HirId, label: ast.Label | None, span: Span, *, kind: str = "loop"
    ) -> Iterator[None]:
        name = label.ident.name if label is not None else None
        ctxt = label.ident.span.ctxt if label is not None else 0
        lspan = label.ident.span if label is not None else span
        self.loop_stack.append(LoopScope(hid, name, ctxt, True, lspan, kind=kind))
        try:
            yield
        finally:
            self.loop_stack.pop()

    def lower_loop(self, e: ast.LoopExpr) -> hir.Expr:
        hid = self.next_id()
        with self.loop_scope(hid, e.label, e.span):
            body = self.lower_block(e.body)
        return hir.LoopExpr(
            hir_id=hid,
            body=body,
            label=e.label.ident if e.label else None,
            source=hir.LoopSource.LOOP,
            span=e.span,
        )

    def lower_while(self, e: ast.WhileExpr) -> hir.Expr:
        hid = self.next_id()
        with (
            self.rib(VALUE_NS, RibKind.NORMAL),
            self.loop_scope(hid, e.label, e.span, kind="while"),
        ):
            cond = self.lower_expr(e.cond)
            body = self.lower_block(e.body)
        sp = e.span
        brk = hir.BreakExpr(
            hir_id=self.next_id(), dest=hir.Destination(label=None, target=hid), expr=None, span=sp
        )
        then = hir.BlockExpr(hir_id=self.next_id(), block=body, span=e.body.span)
        if_expr = hir.IfExpr(hir_id=self.next_id(), cond=cond, then=then, els=brk, span=sp)
        block = hir.Block(stmts=(), expr=if_expr, hir_id=self.next_id(), span=sp)
        return hir.LoopExpr(
            hir_id=hid,
            body=block,
            label=e.label.ident if e.label else None,
            source=hir.LoopSource.WHILE,
            span=sp,
        )

    def lang_path_expr(self, item: str, sp: Span) -> hir.Expr:
        return hir.PathExpr(
            hir_id=self.next_id(), qpath=hir.LangItemPath(item=item, span=sp), span=sp
        )

    def local_expr(self, ident: ast.Ident, hid: HirId, sp: Span) -> hir.Expr:
        res = LocalRes(hid)
        seg = hir.PathSegment(ident=ident, res=res, hir_id=self.next_id())
        path = hir.Path(res=res, segments=(seg,), span=sp)
        return hir.PathExpr(
            hir_id=self.next_id(), qpath=hir.ResolvedPath(qself=None, path=path, span=sp), span=sp
        )

    def lower_for(self, e: ast.ForLoopExpr) -> hir.Expr:
        sp = e.span
        head = self.lower_expr(e.iter)
        hsp = e.iter.span
        loop_id = self.next_id()
        with self.rib(VALUE_NS, RibKind.NORMAL):
            pat = self.lower_pat_top(e.pat, PatternSource.FOR)
            with self.loop_scope(loop_id, e.label, sp, kind="for"):
                body = self.lower_block(e.body)
        iter_ident = ast.Ident(name="iter", span=hsp)
        iter_id = self.next_id()
        iter_pat = hir.BindingPat(
            hir_id=iter_id,
            mode=hir.BindingMode(by_ref=None, mutbl=ast.Mutability.MUT),
            ident=iter_ident,
            sub=None,
            span=hsp,
        )
        into_iter = hir.CallExpr(
            hir_id=self.next_id(),
            func=self.lang_path_expr("into_iter", hsp),
            args=(head,),
            span=hsp,
        )
        next_call = hir.CallExpr(
            hir_id=self.next_id(),
            func=self.lang_path_expr("next", hsp),
            args=(
                hir.AddrOfExpr(
                    hir_id=self.next_id(),
                    kind=ast.BorrowKind.REF,
                    mutbl=ast.Mutability.MUT,
                    expr=self.local_expr(iter_ident, iter_id, hsp),
                    span=hsp,
                ),
            ),
            span=hsp,
        )
        psp = e.pat.span
        none_arm = hir.Arm(
            pat=hir.PathPat(
                hir_id=self.next_id(), qpath=hir.LangItemPath(item="None", span=psp), span=psp
            ),
            guard=None,
            body=hir.BreakExpr(
                hir_id=self.next_id(),
                dest=hir.Destination(label=None, target=loop_id),
                expr=None,
                span=psp,
            ),
            hir_id=self.next_id(),
            span=psp,
        )
        some_arm = hir.Arm(
            pat=hir.TupleStructPat(
                hir_id=self.next_id(),
                qpath=hir.LangItemPath(item="Some", span=psp),
                pats=(pat,),
                dotdot=None,
                span=psp,
            ),
            guard=None,
            body=hir.BlockExpr(hir_id=self.next_id(), block=body, span=e.body.span),
            hir_id=self.next_id(),
            span=psp,
        )
        inner = hir.MatchExpr(
            hir_id=self.next_id(),
            scrutinee=next_call,
            arms=(none_arm, some_arm),
            source=hir.MatchSource.FOR_LOOP,
            span=hsp,
        )
        loop_block = hir.Block(
            stmts=(hir.SemiStmt(expr=inner, hir_id=self.next_id(), span=hsp),),
            expr=None,
            hir_id=self.next_id(),
            span=sp,
        )
        loop = hir.LoopExpr(
            hir_id=loop_id,
            body=loop_block,
            label=e.label.ident if e.label else None,
            source=hir.LoopSource.FOR_LOOP,
            span=sp,
        )
        arm = hir.Arm(pat=iter_pat, guard=None, body=loop, hir_id=self.next_id(), span=sp)
        return hir.MatchExpr(
            hir_id=self.next_id(),
            scrutinee=into_iter,
            arms=(arm,),
            source=hir.MatchSource.FOR_LOOP,
            span=sp,
        )

    def find_label(self, label: ast.Label, what: str) -> HirId | None:
        name = label.ident.name
        ctxt = label.ident.span.ctxt
        crossed: _Barrier | None = None
        for scope in reversed(self.loop_stack):
            if isinstance(scope, _Barrier):
                if crossed is None:
                    crossed = scope
                continue
            if scope.label == name and scope.ctxt == ctxt:
                if crossed is not None:
                    d = Diagnostic.error(f"use of unreachable label `{name}`", code="E0767")
                    d.with_primary(label.ident.span, f"unreachable label `{name}`")
                    d.with_label(scope.span, "unreachable label defined here")
                    d.with_note(
                        "labels are unreachable through functions, closures, async blocks and modules"
                    )
                    self.emit(d)
                    return None
                if what == "continue" and not scope.is_loop:
                    return scope.hir_id
                return scope.hir_id
        d = Diagnostic.error(f"use of undeclared label `{name}`", code="E0426").with_primary(
            label.ident.span, f"undeclared label `{name}`"
        )
        from ferric.base.edit_distance import find_best_match_for_name

        reachable = []
        for scope in reversed(self.loop_stack):
            if isinstance(scope, _Barrier):
                break
            if scope.label is not None:
                reachable.append(scope)
        cand = find_best_match_for_name([s.label for s in reachable if s.label], name)
        if cand is not None:
            s = next(s for s in reachable if s.label == cand)
            d.with_label(s.span, "a label with a similar name is reachable")
            d.with_suggestion(
                "try using similarly named label",
                [(label.ident.span, cand)],
                Applicability.MAYBE_INCORRECT,
                style="inline",
            )
        self.emit(d)
        return None

    def _enclosing_loop(self) -> LoopScope | _Barrier | None:
        for scope in reversed(self.loop_stack):
            if isinstance(scope, _Barrier):
                return scope
            if scope.is_loop:
                return scope
        return None

    def _require_break_cx(self, what: str, sp: Span) -> None:
        """rustc's `require_break_cx`: E0267 inside a closure or async block, E0268 outside
        any loop (judged by the innermost context only)."""
        cx = self.loop_stack[-1] if self.loop_stack else None
        if isinstance(cx, LoopScope):
            return
        if isinstance(cx, _Barrier) and cx.kind in ("closure", "async"):
            where = "a closure" if cx.kind == "closure" else "an `async` block"
            d = Diagnostic.error(f"`{what}` inside of {where}", code="E0267")
            d.with_primary(sp, f"cannot `{what}` inside of {where}")
            d.with_label(
                cx.span, "enclosing closure" if cx.kind == "closure" else "enclosing `async` block"
            )
            self.emit(d)
            return
        if what == "break":
            d = Diagnostic.error("`break` outside of a loop or labeled block", code="E0268")
            d.with_primary(sp, "cannot `break` outside of a loop or labeled block")
        else:
            d = Diagnostic.error("`continue` outside of a loop", code="E0268")
            d.with_primary(sp, "cannot `continue` outside of a loop")
        self.emit(d)

    def lower_break(self, e: ast.BreakExpr) -> hir.Expr:
        target: HirId | None = None
        scope: LoopScope | None = None
        if e.label is not None:
            target = self.find_label(e.label, "break")
        else:
            enc = self._enclosing_loop()
            if isinstance(enc, LoopScope):
                target = enc.hir_id
        if target is not None:
            scope = next(
                (s for s in self.loop_stack if isinstance(s, LoopScope) and s.hir_id == target),
                None,
            )
        expr = self.lower_expr(e.expr) if e.expr is not None else None
        if not (scope is not None and not scope.is_loop):
            if e.expr is not None and scope is not None and scope.kind in ("while", "for"):
                d = Diagnostic.error(f"`break` with value from a `{scope.kind}` loop", code="E0571")
                d.with_primary(
                    e.span, "can only break with a value inside `loop` or breakable block"
                )
                self.emit(d)
            self._require_break_cx("break", e.span)
        dest = hir.Destination(label=e.label.ident if e.label else None, target=target)
        return hir.BreakExpr(hir_id=self.next_id(), dest=dest, expr=expr, span=e.span)

    def lower_continue(self, e: ast.ContinueExpr) -> hir.Expr:
        target: HirId | None = None
        if e.label is not None:
            target = self.find_label(e.label, "continue")
            if target is not None:
                scope = next(
                    (s for s in self.loop_stack if isinstance(s, LoopScope) and s.hir_id == target),
                    None,
                )
                if scope is not None and not scope.is_loop:
                    d = Diagnostic.error("`continue` pointing to a labeled block", code="E0696")
                    d.with_primary(e.span, "labeled blocks cannot be `continue`'d")
                    d.with_label(
                        scope.block_span or scope.span, "labeled block the `continue` points to"
                    )
                    self.emit(d)
                    target = None
                    dest = hir.Destination(label=e.label.ident, target=None)
                    return hir.ContinueExpr(hir_id=self.next_id(), dest=dest, span=e.span)
        else:
            enc = self._enclosing_loop()
            if isinstance(enc, LoopScope):
                target = enc.hir_id
        self._require_break_cx("continue", e.span)
        dest = hir.Destination(label=e.label.ident if e.label else None, target=target)
        return hir.ContinueExpr(hir_id=self.next_id(), dest=dest, span=e.span)

    # -- closures and async -------------------------------------------------------------------

    def lower_closure(self, e: ast.ClosureExpr) -> hir.Expr:
        # A closure's definition spans its head, `move |x: i32| -> T` (rustc's `def_span`):
        # what `{closure@..}` prints and what "used within this closure" points at.
        head = e.span.with_hi(e.decl_span.hi) if e.decl_span.hi > e.span.lo else e.span
        d = self.new_def(DefKind.CLOSURE, "", head, e)
        self.r.node_defs[e.id] = d
        saved_labels = self.label_ribs
        self.label_ribs = [*self.label_ribs, LabelRib(LabelRibKind.BARRIER)]
        self.in_closure += 1
        try:
            with (
                self.body_owner(d, "closure", e.decl_span),
                self.binder(e.binder or ()),
                self.rib(VALUE_NS, RibKind.NORMAL),
            ):
                with self.lt_rib(LifetimeRibKind.INFER):
                    decl = self.lower_fn_decl_sig(e.decl, has_self=False, in_body=True)
                pats = self.lower_params_pats([p.pat for p in e.decl.inputs])
                params = tuple(
                    hir.Param(pat=pt, hir_id=self.next_id(), ty_span=p.ty.span, span=p.span)
                    for pt, p in zip(pats, e.decl.inputs, strict=True)
                )
                saved_async = self.is_async_body
                self.is_async_body = e.is_async
                value = self.lower_expr(e.body)
                self.is_async_body = saved_async
        finally:
            self.in_closure -= 1
            self.label_ribs = saved_labels
        self.out.bodies[d] = hir.Body(owner=d, params=params, value=value)
        return hir.ClosureExpr(
            hir_id=self.next_id(),
            def_id=d,
            capture=e.capture,
            decl=decl,
            is_async=e.is_async,
            fn_decl_span=e.decl_span,
            span=e.span,
        )

    def lower_async_block(self, e: ast.GenBlockExpr) -> hir.Expr:
        d = self.new_def(DefKind.CLOSURE, "", e.span, e)
        self.r.node_defs[e.id] = d
        with self.body_owner(d, "async", e.span):
            saved = self.is_async_body
            self.is_async_body = True
            block = self.lower_block(e.block)
            self.is_async_body = saved
        value = hir.BlockExpr(hir_id=self.next_id(), block=block, span=e.block.span)
        self.out.bodies[d] = hir.Body(owner=d, params=(), value=value)
        decl = hir.FnDecl(inputs=(), output=None, output_span=e.span.shrink_to_lo())
        return hir.ClosureExpr(
            hir_id=self.next_id(),
            def_id=d,
            capture=e.capture,
            decl=decl,
            is_async=True,
            fn_decl_span=e.span,
            span=e.span,
        )

    def lower_await(self, e: ast.AwaitExpr) -> hir.Expr:
        sp = e.span
        inner = self.lower_expr(e.expr)
        if not self.is_async_body and self.report_once(("E0728", e.await_span)):
            d = Diagnostic.error(
                "`await` is only allowed inside `async` functions and blocks", code="E0728"
            )
            d.with_primary(e.await_span, "only allowed inside `async` functions and blocks")
            self.emit(d)
        call = hir.CallExpr(
            hir_id=self.next_id(),
            func=self.lang_path_expr("into_future", sp),
            args=(inner,),
            span=sp,
        )
        ident = ast.Ident(name="__awaitee", span=sp)
        bid = self.next_id()
        pat = hir.BindingPat(
            hir_id=bid,
            mode=hir.BindingMode(by_ref=None, mutbl=ast.Mutability.MUT),
            ident=ident,
            sub=None,
            span=sp,
        )
        arm = hir.Arm(
            pat=pat,
            guard=None,
            body=self.local_expr(ident, bid, sp),
            hir_id=self.next_id(),
            span=sp,
        )
        return hir.MatchExpr(
            hir_id=self.next_id(),
            scrutinee=call,
            arms=(arm,),
            source=hir.MatchSource.AWAIT,
            span=sp,
        )

    # -- `?`, ranges, assignment --------------------------------------------------------------

    def lower_try(self, e: ast.TryExpr) -> hir.Expr:
        sp = e.span
        inner = self.lower_expr(e.expr)
        branch = hir.CallExpr(
            hir_id=self.next_id(), func=self.lang_path_expr("branch", sp), args=(inner,), span=sp
        )
        val_ident = ast.Ident(name="val", span=sp)
        val_id = self.next_id()
        val_pat = hir.BindingPat(
            hir_id=val_id, mode=hir.BY_VALUE, ident=val_ident, sub=None, span=sp
        )
        cont_arm = hir.Arm(
            pat=hir.TupleStructPat(
                hir_id=self.next_id(),
                qpath=hir.LangItemPath(item="Continue", span=sp),
                pats=(val_pat,),
                dotdot=None,
                span=sp,
            ),
            guard=None,
            body=self.local_expr(val_ident, val_id, sp),
            hir_id=self.next_id(),
            span=sp,
        )
        # rustc's `try_span`: the residual and its `from_residual` call are the `?` itself.
        qsp = Span(max(sp.lo, sp.hi - 1), sp.hi, sp.ctxt)
        res_ident = ast.Ident(name="residual", span=qsp)
        res_id = self.next_id()
        res_pat = hir.BindingPat(
            hir_id=res_id, mode=hir.BY_VALUE, ident=res_ident, sub=None, span=qsp
        )
        from_res = hir.CallExpr(
            hir_id=self.next_id(),
            func=self.lang_path_expr("from_residual", qsp),
            args=(self.local_expr(res_ident, res_id, qsp),),
            span=qsp,
        )
        brk_arm = hir.Arm(
            pat=hir.TupleStructPat(
                hir_id=self.next_id(),
                qpath=hir.LangItemPath(item="Break", span=sp),
                pats=(res_pat,),
                dotdot=None,
                span=sp,
            ),
            guard=None,
            body=hir.RetExpr(hir_id=self.next_id(), expr=from_res, span=sp),
            hir_id=self.next_id(),
            span=sp,
        )
        return hir.MatchExpr(
            hir_id=self.next_id(),
            scrutinee=branch,
            # rustc's order (`lower_expr_try`): the `Break` arm is checked first, so
            # `FromResidual` can fix the error type before the `Continue` value is known.
            arms=(brk_arm, cont_arm),
            source=hir.MatchSource.TRY,
            span=sp,
        )

    def lower_range(self, e: ast.RangeExpr) -> hir.Expr:
        sp = e.span
        start = self.lower_expr(e.start) if e.start is not None else None
        end = self.lower_expr(e.end) if e.end is not None else None
        if e.limits is ast.RangeLimits.CLOSED:
            if start is not None and end is not None:
                return hir.CallExpr(
                    hir_id=self.next_id(),
                    func=self.lang_path_expr("range_inclusive_new", sp),
                    args=(start, end),
                    span=sp,
                )
            item = "RangeToInclusive"
        elif start is not None and end is not None:
            item = "Range"
        elif start is not None:
            item = "RangeFrom"
        elif end is not None:
            item = "RangeTo"
        else:
            return self.lang_path_expr("RangeFull", sp)
        fields: list[hir.ExprField] = []
        if start is not None:
            fields.append(
                hir.ExprField(
                    ident=ast.Ident(name="start", span=sp),
                    expr=start,
                    is_shorthand=False,
                    hir_id=self.next_id(),
                    span=sp,
                )
            )
        if end is not None:
            fields.append(
                hir.ExprField(
                    ident=ast.Ident(name="end", span=sp),
                    expr=end,
                    is_shorthand=False,
                    hir_id=self.next_id(),
                    span=sp,
                )
            )
        return hir.StructExpr(
            hir_id=self.next_id(),
            qpath=hir.LangItemPath(item=item, span=sp),
            fields=tuple(fields),
            span=sp,
        )

    def lower_assign(self, e: ast.AssignExpr) -> hir.Expr:
        if self._is_ordinary_lhs(e.lhs):
            lhs_ast = e.lhs
            saved = self.in_assignment_lhs
            if (
                isinstance(lhs_ast, ast.PathExpr)
                and lhs_ast.qself is None
                and len(lhs_ast.path.segments) == 1
            ):
                self.in_assignment_lhs = lhs_ast.path.segments[0].ident.span
            try:
                lhs = self.lower_expr(e.lhs)
            finally:
                self.in_assignment_lhs = saved
            return hir.AssignExpr(
                hir_id=self.next_id(),
                lhs=lhs,
                rhs=self.lower_expr(e.rhs),
                eq_span=e.eq_span,
                span=e.span,
            )
        assignments: list[hir.Stmt] = []
        pat = self.destructure(e.lhs, e.eq_span, assignments)
        rhs = self.lower_expr(e.rhs)
        let = hir.LetStmt(
            pat=pat,
            ty=None,
            init=rhs,
            els=None,
            source=hir.LocalSource.ASSIGN_DESUGAR,
            hir_id=self.next_id(),
            span=e.span,
        )
        block = hir.Block(stmts=(let, *assignments), expr=None, hir_id=self.next_id(), span=e.span)
        return hir.BlockExpr(hir_id=self.next_id(), block=block, span=e.span)

    def _is_ordinary_lhs(self, lhs: ast.Expr) -> bool:
        if isinstance(lhs, ast.ArrayExpr | ast.StructExpr | ast.TupleExpr | ast.UnderscoreExpr):
            return False
        if isinstance(lhs, ast.CallExpr):
            return self._tuple_struct_callee(lhs.func) is None
        if isinstance(lhs, ast.ParenExpr):
            inner = lhs.expr
            if (
                isinstance(inner, ast.RangeExpr)
                and inner.start is None
                and inner.end is None
                and inner.limits is ast.RangeLimits.HALF_OPEN
            ):
                return False
            return self._is_ordinary_lhs(inner)
        return True

    def _tuple_struct_callee(self, f: ast.Expr) -> ast.PathExpr | None:
        if not isinstance(f, ast.PathExpr):
            return None
        pres = self.smart_resolve_segs(
            f.qself, segs_of(f.path), PathSource.TUPLE_STRUCT, f.path.span, report=False
        )
        full = pres.full
        if isinstance(full, SelfCtorRes):
            return f
        if (
            isinstance(full, DefRes)
            and full.kind is DefKind.CTOR
            and self.defs[full.def_id].ctor_kind is CtorKind.FN
        ):
            return f
        return None

    def _is_rest(self, e: ast.Expr) -> bool:
        return (
            isinstance(e, ast.RangeExpr)
            and e.start is None
            and e.end is None
            and e.limits is ast.RangeLimits.HALF_OPEN
        )

    def destructure(self, lhs: ast.Expr, eq_span: Span, assignments: list[hir.Stmt]) -> hir.Pat:
        sp = lhs.span
        if isinstance(lhs, ast.UnderscoreExpr):
            return hir.WildPat(hir_id=self.next_id(), span=sp)
        if isinstance(lhs, ast.ParenExpr):
            if self._is_rest(lhs.expr):
                return hir.TuplePat(hir_id=self.next_id(), pats=(), dotdot=0, span=sp)
            return self.destructure(lhs.expr, eq_span, assignments)
        if isinstance(lhs, ast.TupleExpr):
            pats, dotdot = self._destructure_list(lhs.elems, eq_span, assignments)
            return hir.TuplePat(hir_id=self.next_id(), pats=pats, dotdot=dotdot, span=sp)
        if isinstance(lhs, ast.ArrayExpr):
            before: list[hir.Pat] = []
            after: list[hir.Pat] = []
            rest: hir.Pat | None = None
            for x in lhs.elems:
                if self._is_rest(x) and rest is None:
                    rest = hir.WildPat(hir_id=self.next_id(), span=x.span)
                    continue
                (after if rest is not None else before).append(
                    self.destructure(x, eq_span, assignments)
                )
            return hir.SlicePat(
                hir_id=self.next_id(), before=tuple(before), slice=rest, after=tuple(after), span=sp
            )
        if isinstance(lhs, ast.CallExpr):
            callee = self._tuple_struct_callee(lhs.func)
            if callee is not None:
                qpath = self.lower_qpath(
                    callee.qself, callee.path, PathSource.TUPLE_STRUCT, span=callee.path.span
                )
                pats, dotdot = self._destructure_list(lhs.args, eq_span, assignments)
                return hir.TupleStructPat(
                    hir_id=self.next_id(), qpath=qpath, pats=pats, dotdot=dotdot, span=sp
                )
        if isinstance(lhs, ast.StructExpr):
            qpath = self.lower_qpath(lhs.qself, lhs.path, PathSource.STRUCT, span=lhs.path.span)
            fields = tuple(
                hir.PatField(
                    ident=f.ident,
                    pat=self.destructure(f.expr, eq_span, assignments),
                    is_shorthand=f.is_shorthand,
                    hir_id=self.next_id(),
                    span=f.span,
                )
                for f in lhs.fields
            )
            if lhs.rest is not None and self.report_once(("E0797", lhs.rest.span)):
                self.emit(
                    Diagnostic.error(
                        "functional record updates are not allowed in destructuring assignments"
                    ).with_primary(lhs.rest.span, "help: consider removing the trailing pattern")
                )
            return hir.StructPat(
                hir_id=self.next_id(), qpath=qpath, fields=fields, has_rest=lhs.rest_dotdot, span=sp
            )
        # A place: a fresh `lhs` binding, assigned after the `let`.
        ident = ast.Ident(name="lhs", span=sp)
        bid = self.next_id()
        pat = hir.BindingPat(hir_id=bid, mode=hir.BY_VALUE, ident=ident, sub=None, span=sp)
        place = self.lower_expr(lhs)
        assign = hir.AssignExpr(
            hir_id=self.next_id(),
            lhs=place,
            rhs=self.local_expr(ident, bid, sp),
            eq_span=eq_span,
            span=sp,
        )
        assignments.append(hir.SemiStmt(expr=assign, hir_id=self.next_id(), span=sp))
        return pat

    def _destructure_list(
        self, elems: tuple[ast.Expr, ...], eq_span: Span, assignments: list[hir.Stmt]
    ) -> tuple[tuple[hir.Pat, ...], int | None]:
        out: list[hir.Pat] = []
        dotdot: int | None = None
        for x in elems:
            if self._is_rest(x) and dotdot is None:
                dotdot = len(out)
                continue
            out.append(self.destructure(x, eq_span, assignments))
        return tuple(out), dotdot


_ = dataclass
