"""A readable, deterministic printer of the HIR (`ferric check --emit=hir`).

The output looks like Rust with the resolution of every path written after it in braces
and the desugarings spelled out, e.g.

    fn main() {
        let s1 = String::from{Def(associated function, std::string::String::from)}("hello");
        match (lang#into_iter)(v) /* for loop */ { ... }
    }

Determinism: DefIds and HirIds are not printed (they depend on the size of std). Local
bindings are numbered in order of appearance in each body (`x#0`, used as
`x{Local(#0)}`), closures and anonymous constants in order of appearance in the crate
(`{closure#0}`), definitions by their paths (`std::vec::Vec`).

Only the user crate is printed by `print_crate` (std is large); `print_item` prints any item.
"""

from __future__ import annotations

from collections.abc import Mapping

from ferric.hir import nodes as hir
from ferric.resolve.defs import (
    LOCAL_CRATE,
    CrateNum,
    DefId,
    DefKind,
    DefRes,
    DefTable,
    ErrRes,
    HirId,
    LocalRes,
    PrimTyRes,
    Res,
    SelfCtorRes,
    SelfTyAliasRes,
    SelfTyParamRes,
)


class HirPrinter:
    def __init__(
        self, defs: DefTable, crate: hir.HirCrate, crate_names: Mapping[CrateNum, str] | None = None
    ) -> None:
        self.defs = defs
        self.crate = crate
        self.names = {int(k): v for k, v in (crate_names or {}).items()}
        self.lines: list[str] = []
        self.locals: dict[HirId, int] = {}
        self.anon: dict[DefId, str] = {}
        self.in_foreign = False
        """Printing an `extern` block's items."""
        self.counters: dict[str, int] = {}

    # -- output -------------------------------------------------------------------------------

    def line(self, depth: int, text: str) -> None:
        self.lines.append("    " * min(depth, 50) + text)

    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")

    # -- names --------------------------------------------------------------------------------

    def def_path(self, def_id: DefId) -> str:
        d = self.defs[def_id]
        if d.kind in (DefKind.CLOSURE, DefKind.ANON_CONST, DefKind.INLINE_CONST, DefKind.OPAQUE_TY):
            return self.anon_name(def_id, d.kind)
        parts: list[str] = []
        cur: DefId | None = def_id
        while cur is not None:
            dd = self.defs[cur]
            if dd.parent is None:
                parts.append(self.names.get(int(dd.crate), dd.name or "crate"))
                break
            if dd.kind is DefKind.IMPL:
                parts.append("{impl}")
            elif dd.kind in (
                DefKind.CLOSURE,
                DefKind.ANON_CONST,
                DefKind.INLINE_CONST,
                DefKind.OPAQUE_TY,
            ):
                parts.append(self.anon_name(cur, dd.kind))
            elif dd.kind is DefKind.CTOR:
                pass
            elif dd.name:
                parts.append(dd.name)
            cur = dd.parent
        return "::".join(reversed(parts))

    def anon_name(self, def_id: DefId, kind: DefKind) -> str:
        got = self.anon.get(def_id)
        if got is None:
            word = {
                DefKind.CLOSURE: "closure",
                DefKind.ANON_CONST: "constant",
                DefKind.INLINE_CONST: "inline_const",
                DefKind.OPAQUE_TY: "opaque",
            }[kind]
            n = self.counters.get(word, 0)
            self.counters[word] = n + 1
            got = self.anon[def_id] = f"{{{word}#{n}}}"
        return got

    def local(self, hid: HirId) -> int:
        got = self.locals.get(hid)
        if got is None:
            got = self.locals[hid] = len(self.locals)
        return got

    def res(self, r: Res) -> str:
        if isinstance(r, DefRes):
            kind = r.kind.descr()
            if r.kind is DefKind.CTOR:
                of = self.defs[r.def_id].ctor_of
                kind = "ctor"
                if of is not None:
                    return f"Def({kind}, {self.def_path(of)})"
            return f"Def({kind}, {self.def_path(r.def_id)})"
        if isinstance(r, PrimTyRes):
            return f"PrimTy({r.name})"
        if isinstance(r, LocalRes):
            return f"Local(#{self.local(r.hir_id)})"
        if isinstance(r, SelfTyParamRes):
            return f"SelfTyParam({self.def_path(r.trait)})"
        if isinstance(r, SelfTyAliasRes):
            return f"SelfTyAlias({self.def_path(r.impl)})"
        if isinstance(r, SelfCtorRes):
            return f"SelfCtor({self.def_path(r.impl)})"
        assert isinstance(r, ErrRes)
        return "Err"

    # -- paths and types ----------------------------------------------------------------------

    def args(self, a: hir.GenericArgs | None) -> str:
        if a is None:
            return ""
        parts: list[str] = []
        for g in a.args:
            if isinstance(g, hir.LifetimeArg):
                parts.append(self.lifetime(g.lifetime))
            elif isinstance(g, hir.TypeArg):
                parts.append(self.ty(g.ty))
            elif isinstance(g, hir.ConstArg):
                parts.append(self.const_arg(g))
            else:
                parts.append("_")
        for c in a.constraints:
            if c.ty is not None:
                parts.append(f"{c.ident.name} = {self.ty(c.ty)}")
            elif c.const is not None:
                parts.append(f"{c.ident.name} = {self.const_arg(c.const)}")
            else:
                parts.append(f"{c.ident.name}: {self.bounds(c.bounds)}")
        if a.parenthesized:
            return "(" + ", ".join(parts) + ")"
        return "<" + ", ".join(parts) + ">"

    def path(self, p: hir.Path) -> str:
        segs = "::".join(s.ident.name + self.args(s.args) for s in p.segments)
        return f"{segs}{{{self.res(p.res)}}}"

    def qpath(self, q: hir.QPath) -> str:
        if isinstance(q, hir.ResolvedPath):
            if q.qself is not None:
                return f"<{self.ty(q.qself)} as {self.path(q.path)}>"
            return self.path(q.path)
        if isinstance(q, hir.TypeRelativePath):
            return f"<{self.ty(q.qself)}>::{q.segment.ident.name}{self.args(q.segment.args)}"
        return f"lang#{q.item}"

    def lifetime(self, lt: hir.Lifetime) -> str:
        k = lt.res
        if k is hir.LifetimeResKind.PARAM:
            return lt.name or (f"'{self.defs[lt.def_id].name}" if lt.def_id is not None else "'?")
        if k is hir.LifetimeResKind.STATIC:
            return "'static"
        if k is hir.LifetimeResKind.ELIDED:
            return f"'_#{lt.fresh}"
        if k is hir.LifetimeResKind.INFER:
            return "'_"
        if k is hir.LifetimeResKind.OBJECT_DEFAULT:
            return "'{default}"
        return "'{error}"

    def ty(self, t: hir.Ty) -> str:
        if isinstance(t, hir.PathTy):
            return self.qpath(t.qpath)
        if isinstance(t, hir.RefTy):
            m = "mut " if t.mutbl is hir.Mutability.MUT else ""
            return f"&{self.lifetime(t.lifetime)} {m}{self.ty(t.ty)}"
        if isinstance(t, hir.TupleTy):
            inner = ", ".join(self.ty(e) for e in t.elems)
            return f"({inner},)" if len(t.elems) == 1 else f"({inner})"
        if isinstance(t, hir.SliceTy):
            return f"[{self.ty(t.elem)}]"
        if isinstance(t, hir.ArrayTy):
            return f"[{self.ty(t.elem)}; {self.const_arg(t.len)}]"
        if isinstance(t, hir.PtrTy):
            return f"*{'mut' if t.mutbl is hir.Mutability.MUT else 'const'} {self.ty(t.ty)}"
        if isinstance(t, hir.NeverTy):
            return "!"
        if isinstance(t, hir.InferTy):
            return "_"
        if isinstance(t, hir.BareFnTy):
            return f"fn({', '.join(self.ty(i) for i in t.decl.inputs)}){self.ret(t.decl)}"
        if isinstance(t, hir.OpaqueDefTy):
            return f"impl {self.bounds(t.bounds)} /* {self.def_path(t.def_id)} */"
        if isinstance(t, hir.TraitObjectTy):
            b = " + ".join(self.poly(p) for p in t.bounds)
            return f"{'dyn ' if t.dyn_written else ''}{b} + {self.lifetime(t.lifetime)}"
        return "{type error}"

    def ret(self, decl: hir.FnDecl) -> str:
        return f" -> {self.ty(decl.output)}" if decl.output is not None else ""

    def poly(self, p: hir.PolyTraitRef) -> str:
        binder = ""
        if p.bound_generic_params:
            binder = "for<" + ", ".join(g.name.name for g in p.bound_generic_params) + "> "
        return f"{binder}{p.polarity.value}{self.path(p.trait_ref.path)}"

    def bounds(self, bs: tuple[hir.GenericBound, ...]) -> str:
        out: list[str] = []
        for b in bs:
            if isinstance(b, hir.TraitBound):
                out.append(self.poly(b.poly))
            elif isinstance(b, hir.OutlivesBound):
                out.append(self.lifetime(b.lifetime))
            else:
                out.append("use<..>")
        return " + ".join(out)

    def const_arg(self, c: hir.ConstArg) -> str:
        if c.path is not None:
            return self.qpath(c.path)
        if c.body is not None:
            body = self.crate.bodies.get(c.body)
            return self.expr(body.value, 0) if body is not None else "{const}"
        return "{const}"

    def generics(self, g: hir.Generics) -> str:
        if not g.params:
            return ""
        parts = []
        for p in g.params:
            if p.kind is hir.GenericParamKind.CONST:
                parts.append(f"const {p.name.name}: {self.ty(p.const_ty) if p.const_ty else '?'}")
            elif p.synthetic:
                parts.append(f"/* {p.name.name} */ _")
            else:
                parts.append(p.name.name)
        return "<" + ", ".join(parts) + ">"

    def where_clause(self, g: hir.Generics) -> str:
        preds = []
        for p in g.predicates:
            if isinstance(p, hir.BoundPredicate):
                preds.append(f"{self.ty(p.bounded_ty)}: {self.bounds(p.bounds)}")
            elif isinstance(p, hir.RegionPredicate):
                preds.append(f"{self.lifetime(p.lifetime)}: {self.bounds(p.bounds)}")
            else:
                preds.append(f"{self.ty(p.lhs_ty)} == {self.ty(p.rhs_ty)}")
        return (" where " + ", ".join(preds)) if preds else ""

    # -- patterns -----------------------------------------------------------------------------

    def pat(self, p: hir.Pat) -> str:
        if isinstance(p, hir.BindingPat):
            mode = ""
            if p.mode.by_ref is not None:
                mode = "ref mut " if p.mode.by_ref is hir.Mutability.MUT else "ref "
            elif p.mode.mutbl is hir.Mutability.MUT:
                mode = "mut "
            n = self.local(p.canonical if p.canonical is not None else p.hir_id)
            sub = f" @ {self.pat(p.sub)}" if p.sub is not None else ""
            return f"{mode}{p.ident.name}#{n}{sub}"
        if isinstance(p, hir.WildPat):
            return "_"
        if isinstance(p, hir.TuplePat):
            return "(" + self.pat_list(p.pats, p.dotdot) + ")"
        if isinstance(p, hir.TupleStructPat):
            return f"{self.qpath(p.qpath)}({self.pat_list(p.pats, p.dotdot)})"
        if isinstance(p, hir.StructPat):
            fields = [f"{f.ident.name}: {self.pat(f.pat)}" for f in p.fields]
            if p.has_rest:
                fields.append("..")
            return f"{self.qpath(p.qpath)} {{ {', '.join(fields)} }}"
        if isinstance(p, hir.PathPat):
            return self.qpath(p.qpath)
        if isinstance(p, hir.OrPat):
            return " | ".join(self.pat(x) for x in p.pats)
        if isinstance(p, hir.RefPat):
            return f"&{'mut ' if p.mutbl is hir.Mutability.MUT else ''}{self.pat(p.pat)}"
        if isinstance(p, hir.BoxPat):
            return f"box {self.pat(p.pat)}"
        if isinstance(p, hir.DerefPat):
            return f"deref!({self.pat(p.pat)})"
        if isinstance(p, hir.LitPat):
            return self.expr(p.expr, 0)
        if isinstance(p, hir.RangePat):
            lo = self.expr(p.lo, 0) if p.lo is not None else ""
            hi = self.expr(p.hi, 0) if p.hi is not None else ""
            return f"{lo}{p.end.value}{hi}"
        if isinstance(p, hir.SlicePat):
            parts = [self.pat(x) for x in p.before]
            if p.slice is not None:
                parts.append(self.pat(p.slice) + " @ ..")
            parts.extend(self.pat(x) for x in p.after)
            return "[" + ", ".join(parts) + "]"
        if isinstance(p, hir.NeverPat):
            return "!"
        return "{pat error}"

    def pat_list(self, pats: tuple[hir.Pat, ...], dotdot: int | None) -> str:
        parts = [self.pat(x) for x in pats]
        if dotdot is not None:
            parts.insert(dotdot, "..")
        return ", ".join(parts)

    # -- expressions --------------------------------------------------------------------------

    def block(self, b: hir.Block, depth: int) -> str:
        """A block's text; multi-line blocks end with the closing brace at `depth`."""
        if not b.stmts and b.expr is None:
            return "{}"
        inner: list[str] = []
        for s in b.stmts:
            inner.append(self.stmt(s, depth + 1))
        if b.expr is not None:
            inner.append("    " * (depth + 1) + self.expr(b.expr, depth + 1))
        prefix = "unsafe " if b.rules is hir.BlockRules.UNSAFE else ""
        return prefix + "{\n" + "\n".join(inner) + "\n" + "    " * depth + "}"

    def stmt(self, s: hir.Stmt, depth: int) -> str:
        ind = "    " * depth
        if isinstance(s, hir.LetStmt):
            ty = f": {self.ty(s.ty)}" if s.ty is not None else ""
            init = f" = {self.expr(s.init, depth)}" if s.init is not None else ""
            els = f" else {self.block(s.els, depth)}" if s.els is not None else ""
            src = f" /* {s.source.value} */" if s.source is not hir.LocalSource.NORMAL else ""
            return f"{ind}let {self.pat(s.pat)}{ty}{init}{els};{src}"
        if isinstance(s, hir.SemiStmt):
            return f"{ind}{self.expr(s.expr, depth)};"
        if isinstance(s, hir.ExprStmt):
            return f"{ind}{self.expr(s.expr, depth)}"
        return f"{ind}item {self.def_path(s.item)}"

    def exprs(self, es: tuple[hir.Expr, ...], depth: int) -> str:
        return ", ".join(self.expr(e, depth) for e in es)

    def expr(self, e: hir.Expr, depth: int) -> str:
        if isinstance(e, hir.PathExpr):
            return self.qpath(e.qpath)
        if isinstance(e, hir.LitExpr):
            return ("-" if e.negated else "") + _lit(e.lit)
        if isinstance(e, hir.CallExpr):
            f = self.expr(e.func, depth)
            if isinstance(e.func, hir.PathExpr) and isinstance(e.func.qpath, hir.LangItemPath):
                f = f"({f})"
            return f"{f}({self.exprs(e.args, depth)})"
        if isinstance(e, hir.MethodCallExpr):
            return f"{self.expr(e.receiver, depth)}.{e.segment.ident.name}{self.args(e.segment.args)}({self.exprs(e.args, depth)})"
        if isinstance(e, hir.BinaryExpr):
            return f"({self.expr(e.lhs, depth)} {e.op.value} {self.expr(e.rhs, depth)})"
        if isinstance(e, hir.UnaryExpr):
            return f"{e.op.value}{self.expr(e.expr, depth)}"
        if isinstance(e, hir.AddrOfExpr):
            raw = "raw " if e.kind is hir.BorrowKind.RAW else ""
            m = "mut " if e.mutbl is hir.Mutability.MUT else ("const " if raw else "")
            return f"&{raw}{m}{self.expr(e.expr, depth)}"
        if isinstance(e, hir.BlockExpr):
            label = f"{e.label.name}: " if e.label is not None else ""
            return label + self.block(e.block, depth)
        if isinstance(e, hir.IfExpr):
            s = f"if {self.expr(e.cond, depth)} {self.expr(e.then, depth)}"
            if e.els is not None:
                s += f" else {self.expr(e.els, depth)}"
            return s
        if isinstance(e, hir.LetExpr):
            return f"let {self.pat(e.pat)} = {self.expr(e.init, depth)}"
        if isinstance(e, hir.LoopExpr):
            label = f"{e.label.name}: " if e.label is not None else ""
            src = f" /* {e.source.value} */" if e.source is not hir.LoopSource.LOOP else ""
            return f"{label}loop{src} {self.block(e.body, depth)}"
        if isinstance(e, hir.MatchExpr):
            src = f" /* {e.source.value} */" if e.source is not hir.MatchSource.NORMAL else ""
            arms = []
            for a in e.arms:
                guard = f" if {self.expr(a.guard, depth + 1)}" if a.guard is not None else ""
                arms.append(
                    "    " * (depth + 1)
                    + f"{self.pat(a.pat)}{guard} => {self.expr(a.body, depth + 1)},"
                )
            return (
                f"match {self.expr(e.scrutinee, depth)}{src} {{\n"
                + "\n".join(arms)
                + "\n"
                + "    " * depth
                + "}"
            )
        if isinstance(e, hir.ClosureExpr):
            body = self.crate.bodies.get(e.def_id)
            params = ", ".join(self.pat(p.pat) for p in body.params) if body is not None else ""
            value = self.expr(body.value, depth) if body is not None else "{}"
            mv = "move " if e.capture is hir.CaptureBy.VALUE else ""
            asy = "async " if e.is_async else ""
            return f"{asy}{mv}|{params}|{self.ret(e.decl)} {value} /* {self.def_path(e.def_id)} */"
        if isinstance(e, hir.AssignExpr):
            return f"{self.expr(e.lhs, depth)} = {self.expr(e.rhs, depth)}"
        if isinstance(e, hir.AssignOpExpr):
            return f"{self.expr(e.lhs, depth)} {e.op.value}= {self.expr(e.rhs, depth)}"
        if isinstance(e, hir.FieldExpr):
            return f"{self.expr(e.expr, depth)}.{e.ident.name}"
        if isinstance(e, hir.IndexExpr):
            return f"{self.expr(e.expr, depth)}[{self.expr(e.index, depth)}]"
        if isinstance(e, hir.TupleExpr):
            inner = self.exprs(e.elems, depth)
            return f"({inner},)" if len(e.elems) == 1 else f"({inner})"
        if isinstance(e, hir.ArrayExpr):
            return f"[{self.exprs(e.elems, depth)}]"
        if isinstance(e, hir.RepeatExpr):
            return f"[{self.expr(e.elem, depth)}; {self.const_arg(e.count)}]"
        if isinstance(e, hir.CastExpr):
            return f"({self.expr(e.expr, depth)} as {self.ty(e.ty)})"
        if isinstance(e, hir.StructExpr):
            fields = [f"{f.ident.name}: {self.expr(f.expr, depth)}" for f in e.fields]
            if e.base is not None:
                fields.append(f"..{self.expr(e.base, depth)}")
            return f"{self.qpath(e.qpath)} {{ {', '.join(fields)} }}"
        if isinstance(e, hir.BreakExpr):
            label = f" {e.dest.label.name}" if e.dest.label is not None else ""
            val = f" {self.expr(e.expr, depth)}" if e.expr is not None else ""
            return f"break{label}{val}" + ("" if e.dest.target is not None else " /* no target */")
        if isinstance(e, hir.ContinueExpr):
            label = f" {e.dest.label.name}" if e.dest.label is not None else ""
            return f"continue{label}" + ("" if e.dest.target is not None else " /* no target */")
        if isinstance(e, hir.RetExpr):
            return "return" + (f" {self.expr(e.expr, depth)}" if e.expr is not None else "")
        if isinstance(e, hir.YieldExpr):
            return "yield" + (f" {self.expr(e.expr, depth)}" if e.expr is not None else "")
        if isinstance(e, hir.ConstBlockExpr):
            body = self.crate.bodies.get(e.body)
            return "const " + (self.expr(body.value, depth) if body is not None else "{}")
        if isinstance(e, hir.FormatArgsExpr):
            pieces = "".join(p if isinstance(p, str) else "{}" for p in e.template)
            args = "".join(", " + self.expr(x, depth) for x in e.hir_exprs)
            return f"format_args!({pieces!r}{args})"
        return "{expr error}"

    # -- items --------------------------------------------------------------------------------

    def item(self, def_id: DefId, depth: int) -> None:
        it = self.crate.items.get(def_id)
        if it is None:
            return
        self.locals = {}
        name = it.ident.name
        if isinstance(it, hir.ModItem):
            self.line(depth, f"mod {name} {{")
            for child in it.items:
                self.item(child, depth + 1)
            self.line(depth, "}")
        elif isinstance(it, hir.FnItem):
            self.fn(it, depth)
        elif isinstance(it, hir.StructItem | hir.UnionItem):
            kw = "struct" if isinstance(it, hir.StructItem) else "union"
            self.line(
                depth,
                f"{kw} {name}{self.generics(it.generics)}{self.where_clause(it.generics)} {self.variant_data(it.data)}",
            )
        elif isinstance(it, hir.EnumItem):
            self.line(
                depth, f"enum {name}{self.generics(it.generics)}{self.where_clause(it.generics)} {{"
            )
            for v in it.variants:
                disr = f" = {self.const_body(v.disr)}" if v.disr is not None else ""
                self.line(depth + 1, f"{v.ident.name}{self.variant_data(v.data)}{disr},")
            self.line(depth, "}")
        elif isinstance(it, hir.TraitItem):
            sup = f": {self.bounds(it.bounds)}" if it.bounds else ""
            self.line(
                depth,
                f"trait {name}{self.generics(it.generics)}{sup}{self.where_clause(it.generics)} {{",
            )
            for child in it.items:
                self.item(child, depth + 1)
            self.line(depth, "}")
        elif isinstance(it, hir.ImplItem):
            tr = f"{self.path(it.of_trait.path)} for " if it.of_trait is not None else ""
            neg = "!" if it.polarity is hir.ImplPolarity.NEGATIVE else ""
            self.line(
                depth,
                f"impl{self.generics(it.generics)} {neg}{tr}{self.ty(it.self_ty)}{self.where_clause(it.generics)} {{",
            )
            for child in it.items:
                self.item(child, depth + 1)
            self.line(depth, "}")
        elif isinstance(it, hir.ConstItem):
            val = f" = {self.const_body(it.body)}" if it.body is not None else ""
            self.line(depth, f"const {name}: {self.ty(it.ty)}{val};")
        elif isinstance(it, hir.StaticItem):
            m = "mut " if it.mutbl is hir.Mutability.MUT else ""
            val = f" = {self.const_body(it.body)}" if it.body is not None else ""
            self.line(depth, f"static {m}{name}: {self.ty(it.ty)}{val};")
        elif isinstance(it, hir.TyAliasItem):
            b = f": {self.bounds(it.bounds)}" if it.bounds else ""
            t = f" = {self.ty(it.ty)}" if it.ty is not None else ""
            self.line(depth, f"type {name}{self.generics(it.generics)}{b}{t};")
        elif isinstance(it, hir.UseItem):
            star = "::*" if it.kind == "glob" else ""
            ren = (
                f" as {it.ident.name}"
                if it.kind == "single"
                and it.path.segments
                and it.path.segments[-1].ident.name != it.ident.name
                else ""
            )
            self.line(depth, f"use {self.path(it.path)}{star}{ren};")
        elif isinstance(it, hir.ExternCrateItem):
            self.line(depth, f"extern crate {it.crate_name} as {name};")
        elif isinstance(it, hir.ForeignModItem):
            self.line(depth, f'extern "{it.abi}" {{')
            self.in_foreign = True
            for child in it.items:
                self.item(child, depth + 1)
            self.in_foreign = False
            self.line(depth, "}")
        elif isinstance(it, hir.MacroItem):
            self.line(depth, f"macro_rules! {name} {{ .. }}")
        elif isinstance(it, hir.TraitAliasItem):
            self.line(
                depth, f"trait {name}{self.generics(it.generics)} = {self.bounds(it.bounds)};"
            )

    def const_body(self, body_id: DefId) -> str:
        body = self.crate.bodies.get(body_id)
        return self.expr(body.value, 0) if body is not None else "{}"

    def variant_data(self, data: hir.VariantData) -> str:
        if data.shape is hir.VariantShape.UNIT:
            return ""
        if data.shape is hir.VariantShape.TUPLE:
            return (
                "("
                + ", ".join(("pub " if f.vis_public else "") + self.ty(f.ty) for f in data.fields)
                + ")"
            )
        return (
            "{ "
            + ", ".join(
                ("pub " if f.vis_public else "") + f"{f.ident.name}: {self.ty(f.ty)}"
                for f in data.fields
            )
            + " }"
        )

    def fn(self, it: hir.FnItem, depth: int) -> None:
        decl = it.sig.decl
        body = self.crate.bodies.get(it.body) if it.body is not None else None
        params: list[str] = []
        for i, t in enumerate(decl.inputs):
            pname = (
                self.pat(body.params[i].pat) if body is not None and i < len(body.params) else "_"
            )
            params.append(f"{pname}: {self.ty(t)}")
        h = it.sig.header
        # (A foreign fn's unsafety and ABI come from its block, which says them.)
        foreign = self.in_foreign
        quals = (
            ("const " if h.is_const else "")
            + ("async " if h.is_async else "")
            + ("unsafe " if h.safety is hir.Safety.UNSAFE and not foreign else "")
        )
        abi = f'extern "{h.abi}" ' if h.abi != "Rust" and not foreign else ""
        head = f"{quals}{abi}fn {it.ident.name}{self.generics(it.generics)}({', '.join(params)}){self.ret(decl)}{self.where_clause(it.generics)}"
        if body is None:
            self.line(depth, head + ";")
            return
        self.line(depth, head + " " + self.expr(body.value, depth))


def _lit(lit: hir.Lit) -> str:
    k = lit.kind
    suffix = lit.suffix or ""
    if k is hir.LitKind.STR:
        return _quote(str(lit.value), '"')
    if k is hir.LitKind.CHAR:
        return _quote(str(lit.value), "'")
    if k is hir.LitKind.BOOL:
        return "true" if lit.value else "false"
    if k in (hir.LitKind.INT, hir.LitKind.FLOAT):
        return f"{lit.value}{suffix}"
    if k is hir.LitKind.BYTE:
        return f"b{_quote(chr(int(lit.value)), chr(39))}"  # type: ignore[call-overload]
    if k in (hir.LitKind.BYTE_STR, hir.LitKind.C_STR):
        return ("b" if k is hir.LitKind.BYTE_STR else "c") + repr(lit.value)[1:]
    return "{lit error}"


def _quote(s: str, q: str) -> str:
    out = []
    for ch in s:
        if ch == q or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    return q + "".join(out) + q


def print_crate(
    defs: DefTable,
    crate: hir.HirCrate,
    crate_names: Mapping[CrateNum, str] | None = None,
    name: str | None = None,
) -> str:
    """The HIR of the local crate (or of the crate called `name`)."""
    p = HirPrinter(defs, crate, crate_names)
    root: DefId | None = None
    if name is not None:
        root = crate.roots.get(name)
    else:
        for def_id in crate.roots.values():
            if defs[def_id].crate == LOCAL_CRATE:
                root = def_id
    if root is None:
        return ""
    it = crate.items.get(root)
    if isinstance(it, hir.ModItem):
        for child in it.items:
            p.item(child, 0)
    return p.text()


def print_item(defs: DefTable, crate: hir.HirCrate, def_id: DefId) -> str:
    p = HirPrinter(defs, crate)
    p.item(def_id, 0)
    return p.text()
