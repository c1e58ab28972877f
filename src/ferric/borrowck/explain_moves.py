"""rustc's explanations on a use of a moved value (E0382): how each move happened (a method
taking `self`, a `for` loop's implicit `.into_iter()`, a loop's previous iteration) and
what to do instead (borrow in the callee, clone, iterate over a slice).

`MoveExplainer.move_label` words the label at a move site; `add_advice` adds the notes and
helps after the labels, in rustc's order: the callee's parameter or receiver, then the
`for`-loop slice help, then cloning. Advice is given only where rustc gives it and ferric
can place it exactly (the callee is of this crate for notes pointing into it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ferric.base.source_map import SourceMap
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.hir import nodes as hir
from ferric.mir import nodes as m
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind
from ferric.syntax.ast import CaptureBy, Mutability
from ferric.ty import ty as t

if TYPE_CHECKING:
    from ferric.borrowck.check import BodyCheck, MoveSite


@dataclass(frozen=True, slots=True)
class MoveKind:
    """How the value at a move site was moved."""

    call: m.Call | None = None
    arg: int = -1
    """The moved operand's index in `call.args`."""
    receiver: bool = False
    """`x.method()` with `fn method(self)`."""
    for_loop: bool = False
    """`for _ in x`: the loop's implicit `IntoIterator::into_iter(x)`."""
    closure: Span | None = None
    """Moved into a closure: the closure's head (`move |..|`); `use` is where its body
    uses the variable."""
    use: Span | None = None
    move_closure: bool = False
    fn_once: bool = False
    """`f()` of an `FnOnce` closure: the call moves `f`."""


class MoveExplainer:
    def __init__(self, check: BodyCheck) -> None:
        self.check = check
        self.tcx = check.tcx
        self.body = check.body

    # -- what a move site is --------------------------------------------------------------------

    def kind(self, site: MoveSite) -> MoveKind:
        b, i = site.location
        bb = self.body.blocks[b]
        moved = site.place
        if i < len(bb.statements):
            st = bb.statements[i]
            if isinstance(st, m.Assign) and isinstance(st.rvalue, m.Aggregate):
                return self._closure_kind(st, site)
            # `tmp = move x` then `f(move tmp)`: the call the temporary is made for.
            if not (
                isinstance(st, m.Assign)
                and isinstance(st.rvalue, m.Use)
                and st.place.is_local
                and self.body.locals[st.place.local].kind is m.LocalKind.TEMP
            ):
                return MoveKind()
            moved = st.place
            call = self._call_taking(st.place)
            if call is None:
                return MoveKind()
        elif isinstance(bb.terminator, m.Call):
            call = bb.terminator
        else:
            return MoveKind()
        k = next(
            (j for j, arg in enumerate(call.args) if isinstance(arg, m.Move) and arg.place == moved),
            -1,
        )
        if k < 0:
            return MoveKind()
        name = call.func.text if isinstance(call.func, m.Constant) else ""
        if name == "call_once" and k == 0 and isinstance(self.body.place_ty(moved), t.Closure):
            return MoveKind(call, k, fn_once=True)
        if name.endswith("into_iter") and call.span == site.span and call.fn_span is not None and call.fn_span.lo == call.span.lo:
            return MoveKind(call, k, for_loop=True)
        receiver = (
            k == 0
            and call.fn_span is not None
            and call.fn_span.lo > call.span.lo
            and self._takes_self_by_value(call)
        )
        return MoveKind(call, k, receiver=receiver)

    def _closure_kind(self, st: m.Assign, site: MoveSite) -> MoveKind:
        rv = st.rvalue
        assert isinstance(rv, m.Aggregate)
        if rv.kind is not m.AggregateKind.CLOSURE or not isinstance(rv.ty, t.Closure):
            return MoveKind()
        for k, op in enumerate(rv.operands):
            if isinstance(op, m.Move) and op.place == site.place and k < len(rv.capture_uses):
                expr = self._closure_expr(rv.ty.def_id)
                if expr is None:
                    return MoveKind()
                head = Span(expr.span.lo, expr.fn_decl_span.hi, expr.span.ctxt)
                return MoveKind(
                    closure=head,
                    use=rv.capture_uses[k],
                    move_closure=expr.capture is CaptureBy.VALUE,
                )
        return MoveKind()

    def _fn_once_notes(self, d: Diagnostic, site: MoveSite) -> None:
        """rustc's notes on calling an `FnOnce` closure twice: which captured variable its
        body moves, and that the call moved the closure."""
        ty = self.body.place_ty(site.place)
        origin = self.check.closure_origins.get(ty.def_id) if isinstance(ty, t.Closure) else None
        if origin is not None:
            var = self.check.sm.snippet(origin) or "_"
            d.with_note(
                f"closure cannot be invoked more than once because it moves the variable `{var}` out of its environment",
                origin,
            )
        d.with_note("this value implements `FnOnce`, which causes it to be moved when called", site.span)

    def _closure_expr(self, def_id: DefId) -> hir.ClosureExpr | None:
        body = self.tcx.body(self.body.owner)
        if body is None:
            return None
        for node in hir_nodes(body.value, into_closures=True):
            if isinstance(node, hir.ClosureExpr) and node.def_id == def_id:
                return node
        return None

    def _call_taking(self, place: m.Place) -> m.Call | None:
        for bb in self.body.blocks:
            term = bb.terminator
            if isinstance(term, m.Call) and any(
                isinstance(a, m.Move) and a.place == place for a in term.args
            ):
                return term
        return None

    def _callee(self, call: m.Call) -> DefId | None:
        func = call.func
        return func.def_id if isinstance(func, m.Constant) else None

    def _takes_self_by_value(self, call: m.Call) -> bool:
        fn = self._fn_item(self._callee(call))
        return fn is not None and fn.sig.decl.implicit_self in ("value", "mut_value")

    def _fn_item(self, def_id: DefId | None) -> hir.FnItem | None:
        if def_id is None:
            return None
        try:
            node = self.tcx.hir_node(def_id)
        except Exception:
            return None
        return node if isinstance(node, hir.FnItem) else None

    # -- labels ---------------------------------------------------------------------------------

    def move_labels(
        self, site: MoveSite, name: str, partially: bool, in_loop: bool
    ) -> list[tuple[Span, str]]:
        """The labels at a move site (the first is the move itself)."""
        kind = self.kind(site)
        tail = ", in previous iteration of loop" if in_loop else ""
        if kind.receiver and kind.call is not None and kind.call.fn_span is not None:
            span = Span(kind.call.fn_span.lo, kind.call.span.hi, kind.call.span.ctxt)
            out = [(span, f"`{name}` moved due to this method call{tail}")]
            ty = self.body.place_ty(site.place)
            if isinstance(ty, t.Adt) and str(ty).split("<")[0] in ("Option", "Result"):
                # (rustc's short suggestion, shown as a label at the receiver.)
                out.append(
                    (
                        site.span,
                        "help: consider calling `.as_ref()` or `.as_mut()` to borrow the "
                        "type's contents",
                    )
                )
            return out
        if kind.for_loop:
            return [(site.span, f"`{name}` moved due to this implicit call to `.into_iter()`{tail}")]
        if self.is_fn_once_call(kind):
            assert kind.call is not None
            return [(kind.call.span, f"`{name}` moved due to this call{tail}")]
        if kind.closure is not None:
            out = [(kind.closure, "value moved into closure here" + tail)]
            if kind.use is not None:
                out.append((kind.use, "variable moved due to use in closure" + tail))
            return out
        what = "value partially moved here" if partially else "value moved here"
        return [(site.span, what + tail)]

    def is_fn_once_call(self, kind: MoveKind) -> bool:
        """The move is a call of the closure itself, which is `FnOnce`."""
        call = kind.call
        return (
            call is not None
            and kind.arg == 0
            and isinstance(call.func, m.Constant)
            and call.func.text == "call_once"
            and isinstance(self.body.place_ty(call.args[0].place), t.Closure | t.Param)  # type: ignore[union-attr]
        )

    def fn_once_bound(self, ty: t.Param) -> Span | None:
        """The `FnOnce(..)` bound that makes the type parameter `ty` callable once."""
        found = self._generic_param(ty.name)
        if found is None:
            return None
        _, generics = found
        for pred in generics.predicates:
            if not isinstance(pred, hir.BoundPredicate):
                continue
            res = getattr(getattr(getattr(pred.bounded_ty, "qpath", None), "path", None), "res", None)
            if getattr(res, "def_id", None) != found[0].def_id:
                continue
            for bd in pred.bounds:
                poly = getattr(bd, "poly", None)
                segs = getattr(getattr(getattr(poly, "trait_ref", None), "path", None), "segments", ())
                if segs and segs[-1].ident.name == "FnOnce":
                    return bd.span
        return None

    def loop_head(self, span: Span) -> Span | None:
        """The head of the innermost loop around `span` (`for x in xs`, `while c`, `loop`)."""
        body = self.tcx.body(self.body.owner)
        if body is None:
            return None
        found: list[hir.LoopExpr] = []

        def walk(node: object, depth: int) -> None:
            if depth > 200:
                return
            if isinstance(node, hir.LoopExpr) and node.span.lo <= span.lo and span.hi <= node.span.hi:
                found.append(node)
            if isinstance(node, hir.ClosureExpr):
                return
            for child in hir.child_nodes(node):
                walk(child, depth + 1)

        walk(body.value, 0)
        if not found:
            return None
        loop = found[-1]
        user = _user_body(loop)
        if loop.source is hir.LoopSource.LOOP or user is None:
            return Span(loop.span.lo, loop.span.lo + 4, loop.span.ctxt)
        text = self.check.sm.snippet(Span(loop.span.lo, user.lo, loop.span.ctxt)) or ""
        return Span(loop.span.lo, loop.span.lo + len(text.rstrip()), loop.span.ctxt)

    # -- notes and helps ------------------------------------------------------------------------

    def add_advice(
        self, d: Diagnostic, sites: list[MoveSite], name: str, ty: t.Ty, partially: bool
    ) -> None:
        """rustc's notes and helps after the labels (one move site: several get none; a
        partial move only the pattern's `ref`)."""
        if len(sites) != 1:
            return
        site = sites[0]
        if partially:
            binding = self._pattern_binding(site)
            if binding is not None:
                d.with_suggestion(
                    "borrow this binding in the pattern to avoid moving the value",
                    [(binding.shrink_to_lo(), "ref ")],
                )
            return
        kind = self.kind(site)
        if kind.fn_once:
            self._fn_once_notes(d, site)
            return
        if kind.receiver and kind.call is not None:
            self._receiver_note(d, kind.call, name)
            if self.check.types_implement(ty, "clone"):
                d.with_suggestion(
                    "you can `clone` the value and consume it, but this might not be your "
                    "desired behavior",
                    [(site.span.shrink_to_hi(), ".clone()")],
                    Applicability.MAYBE_INCORRECT,
                )
            return
        if kind.for_loop:
            into_iter = self._fn_item(self.tcx.lang_item("into_iter"))
            d.with_note(
                f"`into_iter` takes ownership of the receiver `self`, which moves `{name}`",
                self._self_param_span(into_iter) if into_iter is not None else None,
            )
            self._for_loop_advice(d, site.span, ty)
            return
        if isinstance(ty, t.Closure):
            # (No clone advice for a closure; its callee's parameter even when generic.)
            if kind.call is not None:
                self._param_note(d, kind, generic_ok=True)
            return
        if kind.call is not None:
            self._param_note(d, kind)
        if isinstance(ty, t.Ref) and ty.mutbl is Mutability.MUT and kind.call is not None and kind.closure is None:
            # A `&mut` moved into a generic parameter: rustc offers a fresh reborrow.
            d.with_suggestion(
                f"consider creating a fresh reborrow of `{name}` here", [(site.span.shrink_to_lo(), "&mut *")]
            )
            return
        clone = self.check.types_implement(ty, "clone")
        if kind.closure is not None and kind.use is not None:
            if clone:
                self._clone_into_closure(d, kind, name, site)
            return
        binding = self._pattern_binding(site)
        if binding is not None:
            d.with_suggestion(
                "borrow this binding in the pattern to avoid moving the value",
                [(binding.shrink_to_lo(), "ref ")],
            )
        elif clone:
            d.with_suggestion(
                "consider cloning the value if the performance cost is acceptable",
                [(site.span.shrink_to_hi(), ".clone()")],
            )
        elif isinstance(ty, t.Adt) and self.tcx.crate_of(ty.def_id) == LOCAL_CRATE:
            self._implement_clone_note(d, ty, site.span)
        elif isinstance(ty, t.Param):
            self._param_clone_help(d, ty, site.span)

    def _pattern_binding(self, site: MoveSite) -> Span | None:
        """A move made by a pattern binding (`let Pair { left, .. } = p`): the binding."""
        b, i = site.location
        bb = self.body.blocks[b]
        if i >= len(bb.statements):
            return None
        st = bb.statements[i]
        if not isinstance(st, m.Assign) or st.origin is None or not st.place.is_local:
            return None
        decl = self.body.locals[st.place.local]
        if decl.kind is not m.LocalKind.USER or decl.is_ref_binding:
            return None
        return decl.pat_span or decl.span

    def _param_clone_help(self, d: Diagnostic, ty: t.Param, move_span: Span) -> None:
        """A moved value of a generic type: constrain the parameter (`Clone` to clone it,
        `Copy` to copy it)."""
        found = self._generic_param(ty.name)
        if found is None:
            return
        param, generics = found
        d.children.append(
            SubDiagnostic(
                Level.HELP,
                f"if `{ty.name}` implemented `Clone`, you could clone the value",
                [
                    Label(param.name.span, "consider constraining this type parameter with `Clone`", True),
                    Label(move_span, "you could clone this value", False),
                ],
            )
        )
        inline = [
            p
            for p in generics.predicates
            if isinstance(p, hir.BoundPredicate)
            and p.span.lo == param.name.span.lo
            and p.bounds
        ]
        if inline:
            at, text = inline[-1].span.shrink_to_hi(), " + Copy"
        elif any(
            isinstance(p, hir.BoundPredicate) and _names_param(p.bounded_ty, param.def_id)
            for p in generics.predicates
        ):
            return
        else:
            at, text = param.name.span.shrink_to_hi(), ": Copy"
        d.with_suggestion(
            f"consider restricting type parameter `{ty.name}` with trait `Copy`",
            [(at, text)],
            Applicability.MAYBE_INCORRECT,
        )

    def _generic_param(self, name: str) -> tuple[hir.GenericParam, hir.Generics] | None:
        owner: DefId | None = self.body.owner
        while owner is not None:
            item = self.tcx.hir_item(owner)
            generics = getattr(item, "generics", None)
            if generics is not None:
                for p in generics.params:
                    if p.name.name == name:
                        return p, generics
            owner = self.tcx.parent(owner)
        return None

    def _clone_into_closure(self, d: Diagnostic, kind: MoveKind, name: str, site: MoveSite) -> None:
        assert kind.use is not None and kind.closure is not None
        if not kind.move_closure:
            d.with_suggestion(
                "consider cloning the value if the performance cost is acceptable",
                [(kind.use.shrink_to_hi(), ".clone()")],
            )
            return
        start = self._line_start(kind.closure)
        if start is None:
            return
        at, indent = start
        d.with_suggestion(
            "consider cloning the value before moving it into the closure",
            [(at, f"let value = {name}.clone();\n{indent}"), (kind.use, "value")],
            Applicability.MAYBE_INCORRECT,
        )

    def _line_start(self, span: Span) -> tuple[Span, str] | None:
        """The empty span at the first non-blank character of `span`'s line, and the
        line's indentation."""
        lead = line_lead(self.check.sm, span)
        if lead is None:
            return None
        indent = lead[: len(lead) - len(lead.lstrip())]
        at = span.lo - len(lead) + len(indent)
        return Span(at, at, span.ctxt), indent

    def _receiver_note(self, d: Diagnostic, call: m.Call, name: str) -> None:
        callee = self._callee(call)
        fn = self._fn_item(callee)
        if callee is None or fn is None:
            return
        if self.tcx.crate_of(callee) != LOCAL_CRATE:
            parent = self.tcx.parent(callee)
            if parent is not None and self.tcx.def_kind(parent) is DefKind.TRAIT:
                path = self.tcx.item_name(callee)
            else:
                path = self.tcx.def_path_str(callee)
            d.with_note(
                f"`{path}` takes ownership of the receiver `self`, which moves `{name}`",
                self._self_param_span(fn),
            )
            return
        body = self.tcx.body(callee)
        if body is None or not body.params:
            return
        path = self.tcx.def_path_str(callee)
        d.with_note(
            f"`{path}` takes ownership of the receiver `self`, which moves `{name}`",
            body.params[0].pat.span,
        )

    def _self_param_span(self, fn: hir.FnItem) -> Span | None:
        """Where a std method's `self` is written (shown as a location only, as rustc shows
        its library)."""
        inputs = fn.sig.decl.inputs
        return inputs[0].span if inputs else None

    def _param_note(self, d: Diagnostic, kind: MoveKind, generic_ok: bool = False) -> None:
        assert kind.call is not None
        callee = self._callee(kind.call)
        fn = self._fn_item(callee)
        if callee is None or fn is None or self.tcx.crate_of(callee) != LOCAL_CRATE:
            return
        k = kind.arg
        inputs = fn.sig.decl.inputs
        if k >= len(inputs) or fn.sig.decl.implicit_self != "none":
            return
        hty = inputs[k]
        if _names_generic_param(hty) and not generic_ok:
            return
        what = "method" if self.tcx.def_kind(callee) is DefKind.ASSOC_FN else "function"
        fn_name = self.tcx.item_name(callee)
        d.children.append(
            SubDiagnostic(
                Level.NOTE,
                f"consider changing this parameter type in {what} `{fn_name}` to borrow "
                "instead if owning the value isn't necessary",
                [
                    Label(hty.span, "this parameter takes ownership of the value", True),
                    Label(fn.ident.span, f"in this {what}", False),
                ],
            )
        )

    def _for_loop_advice(self, d: Diagnostic, span: Span, ty: t.Ty) -> None:
        if _slice_elem(ty) is None:
            return
        d.with_suggestion(
            f"consider iterating over a slice of the `{ty}`'s content to avoid moving into the "
            "`for` loop",
            [(span.shrink_to_lo(), "&")],
        )

    def _implement_clone_note(self, d: Diagnostic, ty: t.Adt, move_span: Span) -> None:
        item = self.tcx.hir_item(ty.def_id)
        ident = getattr(item, "ident", None)
        if item is None or ident is None:
            return
        head = Span(item.span.lo, ident.span.hi, item.span.ctxt)
        d.children.append(
            SubDiagnostic(
                Level.NOTE,
                f"if `{self.tcx.item_name(ty.def_id)}` implemented `Clone`, you could clone the "
                "value",
                [
                    Label(head, "consider implementing `Clone` for this type", True),
                    Label(move_span, "you could clone this value", False),
                ],
            )
        )

def hir_nodes(root: object, into_closures: bool = False) -> Iterator[object]:
    """Every HIR node under `root` (depth first; a closure's own nodes only when asked)."""
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        yield node
        if into_closures or not isinstance(node, hir.ClosureExpr):
            stack.extend(hir.child_nodes(node))


def line_lead(sm: SourceMap, span: Span) -> str | None:
    """The text of `span`'s first line before it (its indentation, when nothing else)."""
    sf = sm.lookup_file(span.lo)
    if sf is None:
        return None
    line, _ = sf.line_col(span.lo)
    return sm.snippet(Span(sf.line_start_pos(line), span.lo, span.ctxt)) or ""


def _user_body(loop: hir.LoopExpr) -> Span | None:
    """The block the user wrote as the loop's body (inside `while`/`for` desugarings)."""
    block = loop.body
    if loop.source is hir.LoopSource.LOOP:
        return block.span
    exprs: list[object] = [*block.stmts, block.expr]
    for x in exprs:
        e = getattr(x, "expr", x)
        if loop.source is hir.LoopSource.WHILE and isinstance(e, hir.IfExpr):
            return e.then.span
        if loop.source is hir.LoopSource.FOR_LOOP and isinstance(e, hir.MatchExpr):
            for arm in e.arms:
                if isinstance(arm.body, hir.BlockExpr) and not _is_break(arm.body):
                    return arm.body.span
    return None


def _is_break(e: hir.Expr) -> bool:
    if isinstance(e, hir.BreakExpr):
        return True
    return isinstance(e, hir.BlockExpr) and e.block.expr is not None and isinstance(
        e.block.expr, hir.BreakExpr
    ) and not e.block.stmts


def _names_generic_param(hty: object) -> bool:
    if isinstance(hty, hir.PathTy):
        qp = hty.qpath
        res = getattr(getattr(qp, "path", None), "res", None)
        kind = getattr(res, "kind", None)
        return kind is DefKind.TY_PARAM
    return isinstance(hty, hir.OpaqueDefTy)


def _names_param(hty: object, def_id: DefId) -> bool:
    if isinstance(hty, hir.PathTy):
        res = getattr(getattr(hty.qpath, "path", None), "res", None)
        return getattr(res, "def_id", None) == def_id
    return False


def _slice_elem(ty: t.Ty) -> t.Ty | None:
    if isinstance(ty, t.Array):
        return ty.elem
    if isinstance(ty, t.Adt) and ty.args and isinstance(ty.args[0], t.Ty):
        name = str(ty).split("<")[0]
        if name == "Vec":
            return ty.args[0]
    return None


# -- E0381: where the binding is (not) initialised ------------------------------------------------


class UninitExplainer:
    """rustc's `ConditionVisitor`: the `if` without `else`, the `for` loop that may run zero
    times, or the `while` loop whose condition may fail, around the assignments of a
    possibly-uninitialised binding; and the value to assign one that never is."""

    def __init__(self, check: BodyCheck, name: str, assigns: list[Span]) -> None:
        self.check = check
        self.tcx = check.tcx
        self.name = f"`{name}`"
        self.assigns = assigns
        self.errors: list[tuple[Span, str]] = []

    def label(self, d: Diagnostic, use: Span) -> None:
        body = self.tcx.body(self.check.body.owner)
        if body is not None:
            self._visit(body.value, None, 0)
        shown = False
        for sp, text in self.errors:
            if sp.hi <= use.lo:
                d.with_label(sp, text)
                shown = True
        if not shown:
            for sp in self.assigns:
                if sp.hi <= use.lo:
                    d.with_label(sp, "binding initialized here in some conditions")

    def _assigns_in(self, node: object) -> bool:
        span = getattr(node, "span", None)
        return isinstance(span, Span) and any(
            span.lo <= a.lo and a.hi <= span.hi for a in self.assigns
        )

    def _visit(
        self, node: object, loop: hir.LoopExpr | None, depth: int, head: Span | None = None
    ) -> None:
        """`head`: inside a `for` loop's desugaring, its iterator expression."""
        if depth > 300 or isinstance(node, hir.ClosureExpr):
            return
        if isinstance(node, hir.IfExpr):
            self._if(node, loop)
        elif isinstance(node, hir.MatchExpr) and node.source is hir.MatchSource.FOR_LOOP:
            if len(node.arms) == 1 and _is_for_loop(node.arms[0].body):
                head = node.scrutinee.span  # (`match into_iter(head) { iter => loop .. }`)
            else:
                seen = [self._assigns_in(arm.body) for arm in node.arms]
                if any(seen) and not all(seen) and head is not None:
                    self.errors.append(
                        (head, f"if the `for` loop runs 0 times, {self.name} is not initialized")
                    )
        inner = node if isinstance(node, hir.LoopExpr) else loop
        for child in hir.child_nodes(node):
            self._visit(child, inner, depth + 1, head)

    def _if(self, e: hir.IfExpr, loop: hir.LoopExpr | None) -> None:
        if e.els is None:
            if self._assigns_in(e.then):
                self.errors.append(
                    (e.cond.span, f"if this `if` condition is `false`, {self.name} is not initialized")
                )
                self.errors.append(
                    (
                        e.span.shrink_to_hi(),
                        f"an `else` arm might be missing here, initializing {self.name}",
                    )
                )
            return
        a, b = self._assigns_in(e.then), self._assigns_in(e.els)
        if a and not b:
            if loop is not None and loop.source is hir.LoopSource.WHILE and _is_break(e.els):
                self.errors.append(
                    (
                        e.cond.span,
                        "if this condition isn't met and the `while` loop runs 0 times, "
                        f"{self.name} is not initialized",
                    )
                )
            else:
                self.errors.append(
                    (
                        Span(e.then.span.hi, e.els.span.lo, e.span.ctxt),
                        "if the `if` condition is `false` and this `else` arm is executed, "
                        f"{self.name} is not initialized",
                    )
                )
        elif b and not a:
            self.errors.append(
                (e.cond.span, f"if this condition is `true`, {self.name} is not initialized")
            )

    def suggest_value(self, d: Diagnostic, decl: m.LocalDecl) -> None:
        """`let x: T;` never assigned: "consider assigning a value" (` = 42`)."""
        let = self._let_of(decl)
        if let is None or let.init is not None:
            return
        value = self._value_for(decl.ty, 0)
        if value is None:
            return
        at = (let.ty.span if let.ty is not None else let.pat.span).shrink_to_hi()
        d.with_suggestion("consider assigning a value", [(at, f" = {value}")])

    def _let_of(self, decl: m.LocalDecl) -> hir.LetStmt | None:
        body = self.tcx.body(self.check.body.owner)
        if body is None or decl.hir_id is None:
            return None
        for node in hir_nodes(body.value):
            if isinstance(node, hir.LetStmt) and getattr(node.pat, "hir_id", None) == decl.hir_id:
                return node
        return None

    def _value_for(self, ty: t.Ty, depth: int) -> str | None:
        """rustc's `ty_kind_suggestion`: a value of `ty` to write in a suggestion."""
        if depth > 4:
            return None
        if isinstance(ty, t.Never):
            return None
        if isinstance(ty, t.Bool):
            return "false"
        if isinstance(ty, t.Char):
            return "'x'"
        if isinstance(ty, t.Int | t.Uint):
            return "42"
        if isinstance(ty, t.Float):
            return "3.14159"
        if isinstance(ty, t.Slice):
            return "[]"
        if isinstance(ty, t.Ref):
            if isinstance(ty.pointee, t.Str) and ty.mutbl is Mutability.NOT:
                return '""'
            inner = self._value_for(ty.pointee, depth + 1)
            if inner is None:
                return None
            return f"&{'mut ' if ty.mutbl is Mutability.MUT else ''}{inner}"
        if isinstance(ty, t.Tuple):
            parts = [self._value_for(e, depth + 1) for e in ty.elems]
            if any(p is None for p in parts):
                return None
            return f"({', '.join(p for p in parts if p is not None)}{',' if len(parts) == 1 else ''})"
        if isinstance(ty, t.Adt):
            name = str(ty).split("<")[0]
            args = [a for a in ty.args if isinstance(a, t.Ty)]
            if name == "Vec":
                return "vec![]"
            if name == "String":
                return "String::new()"
            if name == "Option":
                return "None"
            if name == "Box" and args:
                inner = self._value_for(args[0], depth + 1)
                return None if inner is None else f"Box::new({inner})"
            if name == "Result" and args:
                inner = self._value_for(args[0], depth + 1)
                return None if inner is None else f"Ok({inner})"
            if self.check.types_implement(ty, "default"):
                return "Default::default()"
        return "/* value */"


def _is_for_loop(e: hir.Expr) -> bool:
    """`e` is (a block around) the `loop` of a `for` loop's desugaring."""
    while isinstance(e, hir.BlockExpr) and not e.block.stmts and e.block.expr is not None:
        e = e.block.expr
    return isinstance(e, hir.LoopExpr) and e.source is hir.LoopSource.FOR_LOOP


def binding_context(tcx: object, owner: DefId, hir_id: object) -> tuple[str, hir.LetStmt | None]:
    """Where a binding is introduced: `("let", stmt)` for `let x ..`, `("destructure", stmt)`
    for a binding inside a `let` pattern, `("for", None)` for a `for` loop's `x`, else
    `("other", None)`."""
    body = tcx.body(owner)  # type: ignore[attr-defined]
    if body is None or hir_id is None:
        return "other", None
    for node in hir_nodes(body.value):
        if isinstance(node, hir.LetStmt):
            if getattr(node.pat, "hir_id", None) == hir_id:
                return "let", node
            if _pat_binds(node.pat, hir_id):
                return "destructure", node
        if isinstance(node, hir.MatchExpr) and node.source is hir.MatchSource.FOR_LOOP:
            for arm in node.arms:
                pat = arm.pat
                subs = getattr(pat, "fields", None) or getattr(pat, "pats", None) or ()
                for sub in subs:
                    sub = getattr(sub, "pat", sub)
                    if getattr(sub, "hir_id", None) == hir_id:
                        return "for", None
    return "other", None


def _pat_binds(pat: object, hir_id: object) -> bool:
    stack = [pat]
    while stack:
        node = stack.pop()
        if isinstance(node, hir.BindingPat) and node.hir_id == hir_id:
            return True
        stack.extend(hir.child_nodes(node))
    return False


# -- a closure that must be `Fn` but mutates or moves its captures --------------------------------


@dataclass(frozen=True, slots=True)
class FnClosureContext:
    """Where a closure body's `Fn` requirement comes from, for rustc's labels."""

    closure_head: Span
    """`||` / `move ||`."""
    call_callee: Span | None
    """The callee of the call the closure is passed to (`call` in `call(|| ..)`)."""
    param: Span | None
    """That callee's parameter type (`F` in `fn call<F: Fn()>(f: F)`), when written here."""
    bound: Span | None
    """The `Fn()` bound of the parameter's type."""
    var_decl: Span | None
    """The captured variable's binding (`mut total`)."""


def fn_closure_context(
    tcx: object, fn_owner: DefId, closure_body: Span, var: str
) -> FnClosureContext | None:
    """The context of the closure whose body is `closure_body` in `fn_owner`'s body (passed
    directly as an argument of a call of a local fn whose parameter type is a generic
    bounded by `Fn`) and of its captured `var`."""
    body = tcx.body(fn_owner)  # type: ignore[attr-defined]
    if body is None:
        return None
    found: list[tuple[hir.ClosureExpr, object | None, int]] = []
    bindings: list[hir.BindingPat] = []

    def walk(node: object, call: object | None, depth: int) -> None:
        if depth > 300:
            return
        if isinstance(node, hir.BindingPat) and node.ident.name == var:
            bindings.append(node)
        if isinstance(node, hir.ClosureExpr):
            cbody = tcx.body(node.def_id)  # type: ignore[attr-defined]
            if cbody is not None and cbody.value.span == closure_body:
                found.append((node, call, depth))
        if isinstance(node, hir.CallExpr | hir.MethodCallExpr):
            for child in hir.child_nodes(node):
                walk(child, node, depth + 1)
            return
        for child in hir.child_nodes(node):
            walk(child, None if not isinstance(node, hir.CallExpr | hir.MethodCallExpr) else node, depth + 1)

    walk(body.value, None, 0)
    if not found:
        return None
    expr, call, _ = found[0]
    head = Span(expr.span.lo, expr.fn_decl_span.hi, expr.span.ctxt)
    before = [b for b in bindings if b.span.hi <= expr.span.lo]
    var_decl = before[-1].span if before else None
    callee_span = None
    param_span = bound_span = None
    if isinstance(call, hir.CallExpr) and expr in call.args:
        callee_span = call.func.span
        k = call.args.index(expr)
        res = getattr(getattr(getattr(call.func, "qpath", None), "path", None), "res", None)
        callee = getattr(res, "def_id", None)
        fn = tcx.hir_node(callee) if callee is not None else None  # type: ignore[attr-defined]
        if isinstance(fn, hir.FnItem) and k < len(fn.sig.decl.inputs):
            hty = fn.sig.decl.inputs[k]
            bound_span = _fn_bound_of(fn.generics, hty)
            if bound_span is not None:
                param_span = hty.span  # (rustc points at the parameter's type)
    return FnClosureContext(head, callee_span, param_span, bound_span, var_decl)


def _fn_bound_of(generics: hir.Generics, hty: object) -> Span | None:
    """The `Fn(..)` bound on the generic parameter `hty` names (`F: Fn()`)."""
    res = getattr(getattr(getattr(hty, "qpath", None), "path", None), "res", None)
    param = getattr(res, "def_id", None)
    if param is None:
        return None
    for pred in generics.predicates:
        if isinstance(pred, hir.BoundPredicate) and _names_param(pred.bounded_ty, param):
            for bd in pred.bounds:
                poly = getattr(bd, "poly", None)
                segs = getattr(getattr(getattr(poly, "trait_ref", None), "path", None), "segments", ())
                if segs and segs[-1].ident.name == "Fn":
                    return bd.span
    return None
