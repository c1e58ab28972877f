"""The traversal of macro expansion: every position where a macro call, a `#[cfg]` or a
derive can stand, rebuilt with the expansion in place.

`Walker` folds the frozen AST: a node whose children did not change is returned as is, one
whose children changed is rebuilt (`dataclasses.replace`). Most nodes are folded
generically, field by field (`_child_fields` lists, per class, the fields that may hold
nodes). The positions that need more are handled explicitly:

- item lists (crate, modules, impls, traits, extern blocks) and block statements: a macro
  call there expands to zero or more items/statements, spliced in place and walked again
  (their own calls one level deeper); `macro_rules!` definitions extend the textual scope
  for what follows; `#[cfg]` removes, `#[derive]` appends impls;
- `MacCallExpr`, `MacCallPat`, `MacCallTy`: replaced by the expanded expression/pattern/type;
- elements of fields, variants, match arms, struct-literal and struct-pattern fields,
  parameters and generic parameters: removed by a false `#[cfg]`.

What a macro call expands to, and which macro it is, is the subclass's business
(`expander.Expander`): `expand_mac`, `define_macro_rules`, `walk_mod`, `take_derives`.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import TypeVar, cast

from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import CfgOptions, Fragment, FragmentKind
from ferric.expand.cfg import attr_name, has_cfg_attrs, process_attrs
from ferric.expand.resolve import MacroScope
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

N = TypeVar("N")

_NODE_TYPES: frozenset[type] = frozenset(
    obj
    for obj in vars(ast).values()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and not obj.__name__.startswith("_")
)
_EXPR_TYPES: frozenset[type] = frozenset(t for t in _NODE_TYPES if issubclass(t, ast._ExprBase))
_ITEM_TYPES: frozenset[type] = frozenset(t for t in _NODE_TYPES if issubclass(t, ast._ItemBase))
_CFG_ELEMS: frozenset[type] = frozenset(
    {ast.FieldDef, ast.Variant, ast.Arm, ast.ExprField, ast.PatField, ast.Param, ast.GenericParam}
)
_NODEISH = (
    "Expr", "Pat", "Ty", "Block", "Item", "Stmt", "Param", "Arm", "Field", "Variant", "Generic", "Bound",
    "Predicate", "WhereClause", "Path", "QSelf", "FnDecl", "FnSig", "AnonConst", "Arg", "TraitRef",
    "UseTree", "VariantData", "Constraint", "Format",
)  # fmt: skip
_SKIP_FIELDS = frozenset(
    {"id", "span", "attrs", "inner_attrs", "ident", "vis", "mac", "body_span", "items"}
)


@cache
def _child_fields(cls: type) -> tuple[str, ...]:
    """Fields of `cls` that may hold nodes with macro calls or `#[cfg]` (by annotation)."""
    out: list[str] = []
    for f in dataclasses.fields(cls):
        if f.name in _SKIP_FIELDS:
            continue
        ann = str(f.type)
        if "DelimArgs" in ann or "MacCall" in ann:
            continue
        if any(word in ann for word in _NODEISH):
            out.append(f.name)
    return tuple(out)


class Walker:
    """The fold; `expander.Expander` supplies what happens at macro calls."""

    psess: ParseSess
    cfg: CfgOptions
    scope: MacroScope | None
    depth: int

    # -- supplied by the expander ---------------------------------------------------------------

    def expand_mac(
        self, mac: ast.MacCall, kind: FragmentKind, *, trailing: bool = False
    ) -> Fragment:
        raise NotImplementedError

    def define_macro_rules(self, item: ast.MacroRulesItem) -> None:
        raise NotImplementedError

    def walk_mod(self, item: ast.ModItem) -> ast.ModItem:
        raise NotImplementedError

    def take_derives(self, item: ast.Item) -> tuple[ast.Item, list[ast.Item]]:
        raise NotImplementedError

    def record_use(self, item: ast.UseItem) -> None:
        raise NotImplementedError

    # -- the generic fold -----------------------------------------------------------------------

    def fold(self, node: N) -> N:
        t = type(node)
        if t in _EXPR_TYPES:
            return cast(N, self._fold_expr(cast(ast.Expr, node)))
        if t is ast.Block:
            return cast(N, self.fold_block(cast(ast.Block, node)))
        if t is ast.MacCallPat:
            return cast(N, self._fold_expansion(cast(ast.MacCallPat, node).mac, FragmentKind.PAT))
        if t is ast.MacCallTy:
            return cast(N, self._fold_expansion(cast(ast.MacCallTy, node).mac, FragmentKind.TY))
        if t is ast.ModItem:
            return self.walk_mod(node)  # type: ignore[arg-type, return-value]
        if t is ast.ImplItem or t is ast.TraitItem or t is ast.ForeignModItem:
            return self._fold_container(node)
        return self._fold_fields(node)

    def _fold_fields(self, node: N) -> N:
        changes: dict[str, object] | None = None
        cls: type = type(node)
        for name in _child_fields(cls):
            v = getattr(node, name)
            tv = type(v)
            if tv is tuple:
                nv: object = self._fold_tuple(v) if v else v
            elif tv in _NODE_TYPES:
                nv = self.fold(v)
            else:
                continue
            if nv is not v:
                if changes is None:
                    changes = {}
                changes[name] = nv
        if changes is None:
            return node
        return dataclasses.replace(node, **changes)  # type: ignore[type-var]

    def _fold_tuple(self, items: tuple[object, ...]) -> tuple[object, ...]:
        out: list[object] | None = None
        for i, e in enumerate(items):
            te = type(e)
            ne: object | None = e
            if te in _CFG_ELEMS:
                attrs: ast.Attrs = e.attrs  # type: ignore[attr-defined]
                if attrs and has_cfg_attrs(attrs):
                    new_attrs, keep = process_attrs(self.psess, self.cfg, attrs)
                    ne = dataclasses.replace(e, attrs=new_attrs) if keep else None  # type: ignore[type-var]
                if ne is not None:
                    if attrs:
                        folded_attrs = self.fold_attr_values(ne.attrs)  # type: ignore[attr-defined]
                        if folded_attrs is not ne.attrs:  # type: ignore[attr-defined]
                            ne = dataclasses.replace(ne, attrs=folded_attrs)  # type: ignore[type-var]
                    ne = self._fold_fields(ne)
            elif te in _NODE_TYPES:
                ne = self.fold(e)
            if ne is not e and out is None:
                out = list(items[:i])
            if out is not None and ne is not None:
                out.append(ne)
        return items if out is None else tuple(out)

    # -- expressions, patterns, types -------------------------------------------------------------

    def _fold_expr(self, e: ast.Expr) -> ast.Expr:
        if e.attrs and has_cfg_attrs(e.attrs):
            new_attrs, keep = process_attrs(self.psess, self.cfg, e.attrs)
            if not keep:
                self.psess.dcx.emit(
                    Diagnostic.error(
                        "removing an expression is not supported in this position", e.span
                    )
                )
            e = dataclasses.replace(e, attrs=new_attrs)
        if type(e) is ast.MacCallExpr:
            res = self._fold_expansion(e.mac, FragmentKind.EXPR)
            assert isinstance(res, ast._ExprBase)
            if e.attrs:
                res = dataclasses.replace(res, attrs=e.attrs + res.attrs)
            return res  # type: ignore[return-value]
        return self._fold_fields(e)

    def _fold_expansion(self, mac: ast.MacCall, kind: FragmentKind) -> object:
        frag = self.expand_mac(mac, kind)
        self.depth += 1
        try:
            return self.fold(frag)
        finally:
            self.depth -= 1

    # -- blocks and statements --------------------------------------------------------------------

    def fold_block(self, block: ast.Block) -> ast.Block:
        saved = self.scope
        try:
            stmts = self.fold_stmts(block.stmts)
        finally:
            self.scope = saved
        if len(stmts) == len(block.stmts) and all(
            a is b for a, b in zip(stmts, block.stmts, strict=True)
        ):
            return block
        return dataclasses.replace(block, stmts=tuple(stmts))

    def fold_stmts(self, stmts: tuple[ast.Stmt, ...]) -> list[ast.Stmt]:
        out: list[ast.Stmt] = []
        n = len(stmts)
        work: list[tuple[ast.Stmt, int, bool]] = [
            (s, self.depth, i == n - 1) for i, s in reversed(list(enumerate(stmts)))
        ]
        saved_depth = self.depth
        try:
            while work:
                stmt, depth, is_last = work.pop()
                self.depth = depth
                stmt_or_none = self._stmt_cfg(stmt)
                if stmt_or_none is None:
                    continue
                stmt = stmt_or_none
                if isinstance(stmt, ast.MacCallStmt):
                    if stmt.style is ast.MacStmtStyle.NO_BRACES and is_last:
                        expr = self.expand_mac(stmt.mac, FragmentKind.EXPR, trailing=True)
                        assert isinstance(expr, ast._ExprBase)
                        if stmt.attrs:
                            expr = dataclasses.replace(expr, attrs=stmt.attrs + expr.attrs)
                        new: list[ast.Stmt] = [ast.ExprStmt(expr=expr, id=stmt.id, span=stmt.span)]
                    else:
                        frag = self.expand_mac(stmt.mac, FragmentKind.STMTS)
                        new = self._as_stmts(frag, stmt)
                        if stmt.style is ast.MacStmtStyle.SEMICOLON and new:
                            new[-1] = _add_trailing_semicolon(new[-1])
                    for i, s in reversed(list(enumerate(new))):
                        work.append((s, depth + 1, is_last and i == len(new) - 1))
                    continue
                if isinstance(stmt, ast.ItemStmt):
                    item = stmt.item
                    if isinstance(item, ast.MacroRulesItem):
                        self.define_macro_rules(item)
                        out.append(stmt)
                        continue
                    if isinstance(item, ast.UseItem):
                        self.record_use(item)
                    new_item, extra = self.take_derives(self.fold(item))
                    for x in reversed(extra):
                        work.append(
                            (
                                ast.ItemStmt(item=x, id=self.psess.fresh_id(), span=x.span),
                                depth + 1,
                                False,
                            )
                        )
                    out.append(
                        stmt if new_item is stmt.item else dataclasses.replace(stmt, item=new_item)
                    )
                    continue
                out.append(self._fold_fields(stmt))
        finally:
            self.depth = saved_depth
        return out

    def _as_stmts(self, frag: Fragment, stmt: ast.MacCallStmt) -> list[ast.Stmt]:
        if isinstance(frag, list):
            return cast(list[ast.Stmt], frag)
        if isinstance(frag, ast._ExprBase):  # a built-in that returned an expression
            e = frag
            if stmt.style is ast.MacStmtStyle.SEMICOLON:
                return [ast.SemiStmt(expr=e, id=self.psess.fresh_id(), span=stmt.span)]
            return [ast.ExprStmt(expr=e, id=self.psess.fresh_id(), span=stmt.span)]
        return []

    def _stmt_cfg(self, stmt: ast.Stmt) -> ast.Stmt | None:
        """The statement with its `cfg`/`cfg_attr` processed; None when cfg'd out."""
        if isinstance(stmt, (ast.LetStmt, ast.MacCallStmt)):
            if stmt.attrs and has_cfg_attrs(stmt.attrs):
                attrs, keep = process_attrs(self.psess, self.cfg, stmt.attrs)
                return dataclasses.replace(stmt, attrs=attrs) if keep else None
            return stmt
        if isinstance(stmt, ast.ItemStmt):
            item = self.strip_item(stmt.item)
            if item is None:
                return None
            return stmt if item is stmt.item else dataclasses.replace(stmt, item=item)
        if isinstance(stmt, (ast.ExprStmt, ast.SemiStmt)):
            e = stmt.expr
            if e.attrs and has_cfg_attrs(e.attrs):
                attrs, keep = process_attrs(self.psess, self.cfg, e.attrs)
                if not keep:
                    return None
                return dataclasses.replace(stmt, expr=dataclasses.replace(e, attrs=attrs))
        return stmt

    # -- items ------------------------------------------------------------------------------------

    def strip_item(self, item: ast.Item) -> ast.Item | None:
        """`cfg_attr` expanded, `cfg` evaluated, `#[test]`/`#[bench]` items dropped unless
        testing, macro calls in attribute values (`#[doc = concat!(..)]`) expanded: the
        item to keep, or None."""
        attrs = item.attrs
        if not attrs:
            return item
        if has_cfg_attrs(attrs):
            attrs, keep = process_attrs(self.psess, self.cfg, attrs)
            if not keep:
                return None
            item = dataclasses.replace(item, attrs=attrs)
        if not self.cfg.test and any(attr_name(a) in ("test", "bench") for a in attrs):
            return None
        new_attrs = self.fold_attr_values(attrs)
        return item if new_attrs is attrs else dataclasses.replace(item, attrs=new_attrs)

    def fold_attr_values(self, attrs: ast.Attrs) -> ast.Attrs:
        """Attributes with the macro calls in their `= value` expanded."""
        out: list[ast.Attribute] | None = None
        for i, a in enumerate(attrs):
            kind = a.kind
            if (
                isinstance(kind, ast.NormalAttr)
                and isinstance(kind.args, ast.AttrEq)
                and isinstance(kind.args.expr, ast.MacCallExpr)
            ):
                expr = self.fold(kind.args.expr)
                a = dataclasses.replace(
                    a,
                    kind=dataclasses.replace(kind, args=dataclasses.replace(kind.args, expr=expr)),
                )
                if out is None:
                    out = list(attrs[:i])
            if out is not None:
                out.append(a)
        return attrs if out is None else tuple(out)

    def fold_item_list(
        self, items: tuple[ast.Item, ...], kind: FragmentKind
    ) -> tuple[ast.Item, ...]:
        out: list[ast.Item] = []
        work: list[tuple[ast.Item, int]] = [(it, self.depth) for it in reversed(items)]
        saved_depth = self.depth
        changed = False
        try:
            while work:
                orig, depth = work.pop()
                self.depth = depth
                item = self.strip_item(orig)
                if item is None:
                    changed = True
                    continue
                if isinstance(item, ast.MacCallItem):
                    frag = self.expand_mac(item.mac, kind)
                    new = cast(list[ast.Item], frag) if isinstance(frag, list) else []
                    for x in reversed(new):
                        work.append((x, depth + 1))
                    changed = True
                    continue
                if isinstance(item, ast.MacroRulesItem):
                    self.define_macro_rules(item)
                    out.append(item)
                    changed = changed or item is not orig
                    continue
                if isinstance(item, ast.UseItem):
                    self.record_use(item)
                new_item, extra = self.take_derives(self.fold(item))
                for x in reversed(extra):
                    work.append((x, depth + 1))
                changed = changed or new_item is not orig or bool(extra)
                out.append(new_item)
        finally:
            self.depth = saved_depth
        return tuple(out) if changed else items

    def _fold_container(self, node: N) -> N:
        kind = {
            ast.ImplItem: FragmentKind.IMPL_ITEMS,
            ast.TraitItem: FragmentKind.TRAIT_ITEMS,
            ast.ForeignModItem: FragmentKind.FOREIGN_ITEMS,
        }[type(node)]
        items: tuple[ast.Item, ...] = node.items  # type: ignore[attr-defined]
        new_items = self.fold_item_list(items, kind)
        folded = self._fold_fields(node)
        if new_items is items:
            return folded
        return dataclasses.replace(folded, items=new_items)  # type: ignore[type-var]


def _add_trailing_semicolon(stmt: ast.Stmt) -> ast.Stmt:
    """rustc's `Stmt::add_trailing_semicolon` (for `m!();` whose expansion ends in an
    expression)."""
    if isinstance(stmt, ast.ExprStmt):
        return ast.SemiStmt(expr=stmt.expr, id=stmt.id, span=stmt.span)
    if isinstance(stmt, ast.MacCallStmt):
        return dataclasses.replace(stmt, style=ast.MacStmtStyle.SEMICOLON)
    return stmt
