"""The expander: `expand_crate(ctx, crate)` replaces every macro call, `#[derive]`,
`#[cfg]`, `#[cfg_attr]` and `mod name;` of a crate with what it stands for.

The walk (`walk.Walker`) goes through the crate in source order, so `macro_rules!` textual
scoping falls out of it: a definition extends `Expander.scope` for what follows it (and,
through `#[macro_use] mod`, for what follows the module). At each macro call the expander
resolves the path (`resolve`), gives the expansion a fresh syntax context
(`psess.hygiene.fresh_ctxt(ExpnData(...))`), runs the macro — a built-in
(`BuiltinMacro`, which returns AST) or a `macro_rules!` (`macro_rules`, which returns
token trees, parsed here as the fragment the call site needs: `fragments`) — and the
walker walks the result again, one level deeper. Past rustc's recursion limit (128, or
`#![recursion_limit = "N"]`) it reports "recursion limit reached while expanding `m!`".

Errors follow rustc's order: errors of matching and parsing as they happen; "cannot find
macro `m` in this scope" after the whole crate is expanded (and not at all when an
invocation failed to match any rule: rustc stops after expansion then, which
`ctx.abort_after_expansion` tells the driver).

std: `expand_crate` of a user crate sees std's `#[macro_export]` macros (`std_crate`),
which is how `println!` and friends resolve.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
from typing import cast

from ferric.base.hygiene import ExpnData
from ferric.base.span import DUMMY_SP, Span
from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import DeriveMacro, ExpandCtx, Fragment, FragmentKind
from ferric.expand.cfg import attr_name, has_cfg_attrs, process_attrs
from ferric.expand.fragments import FragmentSite, dummy_fragment, parse_fragment
from ferric.expand.macro_rules import (
    MacroRules,
    MatchFailed,
    compile_macro_rules,
    expand_macro_rules,
)
from ferric.expand.modules import ModuleDir, SourceProvider, inline_dir, load_mod_file, root_dir
from ferric.expand.resolve import (
    MacroScope,
    MacroTable,
    Unresolved,
    find_best_match_for_name,
    report_unresolved,
    resolve_macro_path,
    resolve_quiet,
    use_leaves,
    visible_candidates,
)
from ferric.expand.walk import Walker
from ferric.lexer.literal import str_value
from ferric.lexer.token import LitKind, Token, TokenKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import PError, parser_for_trees
from ferric.syntax.parser.base import PathStyle

TK = TokenKind

DEFAULT_RECURSION_LIMIT = 128


def derive_macros() -> dict[str, DeriveMacro] | None:
    """The derive registry, None while it does not exist yet."""
    try:
        module = importlib.import_module("ferric.expand.derive")
    except ImportError:
        return None
    registry = getattr(module, "DERIVES", None)
    return cast("dict[str, DeriveMacro] | None", registry)


class Expander(Walker):
    def __init__(
        self, ctx: ExpandCtx, table: MacroTable, source_for: SourceProvider | None = None
    ) -> None:
        self.ctx = ctx
        self.psess = ctx.psess
        self.cfg = ctx.cfg
        self.table = table
        self.scope: MacroScope | None = None
        self.depth = 0
        self.recursion_limit = DEFAULT_RECURSION_LIMIT
        self.mod_dir: ModuleDir = root_dir(ctx.crate_root_file)
        self.module_path: tuple[str, ...] = ()
        self.loading: list[str] = [ctx.crate_root_file] if ctx.crate_root_file else []
        self.unresolved: list[Unresolved] = []
        self.deferred: list[Diagnostic] = []
        """Errors rustc reports when resolution is finalized (after expansion)."""
        self.lints: list[Diagnostic] = []
        """Lints found during expansion (rustc emits them after resolution)."""
        self.macro_errors = 0
        self.limit_reached = False
        self.source_for = source_for
        self.compiled: dict[int, MacroRules] = {}
        """Definitions compiled ahead of the walk (exported ones), by item id."""

    # -- macro calls ------------------------------------------------------------------------------

    def expand_mac(
        self, mac: ast.MacCall, kind: FragmentKind, *, trailing: bool = False
    ) -> Fragment:
        psess = self.psess
        dummy = dummy_fragment(psess, kind, mac.span)
        if self.limit_reached:
            return dummy
        if self.depth >= self.recursion_limit:
            self._recursion_limit_error(mac)
            return dummy
        res = resolve_macro_path(psess, self.table, self.scope, mac.path, self.module_path)
        if res is None:
            return dummy
        if isinstance(res, Unresolved):
            res.module = self.module_path
            res.candidates = visible_candidates(self.table, self.scope)
            self.unresolved.append(res)
            return dummy
        is_local = res.crate == self.ctx.crate_name
        ctxt = psess.hygiene.fresh_ctxt(
            ExpnData(
                kind="builtin" if res.builtin is not None else "macro_rules",
                macro_name=path_text(mac.path),
                call_site=mac.span,
                def_site=res.def_site,
                parent=mac.span.ctxt,
                crate=res.crate,
            )
        )
        if res.builtin is not None:
            saved = self.ctx.current_expn
            self.ctx.current_expn = ctxt
            self.depth += 1
            try:
                frag = res.builtin(self.ctx, mac, kind)
            finally:
                self.depth -= 1
                self.ctx.current_expn = saved
            if frag is None or not _fits(frag, kind):
                return dummy
            return frag
        assert res.rules is not None
        try:
            tr = expand_macro_rules(psess, res.rules, mac, ctxt, is_local)
        except MatchFailed:
            self.macro_errors += 1
            return dummy
        if tr is None:
            return dummy
        site = FragmentSite(
            mac, res.name, tr.rule.rhs.span, is_local, trailing, tuple(tr.rule.decls), self.lints
        )
        result = parse_fragment(psess, tr.trees, kind, site)
        return dummy if result is None else result

    def _recursion_limit_error(self, mac: ast.MacCall) -> None:
        d = Diagnostic.error(
            f"recursion limit reached while expanding `{path_text(mac.path)}!`", mac.span
        )
        outer = self.psess.hygiene.user_span(mac.span)
        if outer != mac.span:
            d.with_label(outer, "in this macro invocation")
        suggested = self.recursion_limit * 2
        crate = (
            os.path.splitext(os.path.basename(self.ctx.crate_root_file))[0]
            if self.ctx.crate_root_file
            else self.ctx.crate_name
        )
        d.with_help(
            f'consider increasing the recursion limit by adding a `#![recursion_limit = "{suggested}"]` attribute to your crate (`{crate}`)'
        )
        self.psess.dcx.emit(d)
        self.limit_reached = True

    def expand_expr_now(self, ctx: ExpandCtx, expr: ast.Expr) -> ast.Expr | None:
        """`ExpandCtx.expand_expr`: eager expansion for built-ins (`concat!(stringify!(x))`)."""
        out = self.fold(expr)
        return None if isinstance(out, ast.ErrExpr) else out

    # -- definitions ------------------------------------------------------------------------------

    def compile(self, item: ast.MacroRulesItem) -> MacroRules:
        mac = self.compiled.get(item.id)
        if mac is None:
            mac = compile_definition(self.psess, item, self.ctx.crate_name)
            self.compiled[item.id] = mac
        return mac

    def define_macro_rules(self, item: ast.MacroRulesItem) -> None:
        mac = self.compile(item)
        self.scope = MacroScope(mac.name, mac, self.scope)
        self.table.definitions.append((mac, self.module_path))
        if mac.exported:
            self.table.local_exports().setdefault(mac.name, mac)

    def record_use(self, item: ast.UseItem) -> None:
        """Bind the macros a `use` item imports in the current module's namespace."""
        for path, name in use_leaves(item.tree):
            if name is None:
                target = self.table.module_macros.get(self._glob_module(path), {})
                self.table.module_macros.setdefault(self.module_path, {}).update(target)
                continue
            res = resolve_quiet(self.psess, self.table, self.scope, self.module_path, path)
            if res is not None:
                self.table.module_macros.setdefault(self.module_path, {})[name] = res

    def _glob_module(self, path: ast.Path) -> tuple[str, ...]:
        cur = self.module_path
        segs = [s.ident.name for s in path.segments]
        if segs and segs[0] == "crate":
            cur, segs = (), segs[1:]
        while segs and segs[0] in ("self", "super"):
            cur = cur[:-1] if segs[0] == "super" else cur
            segs = segs[1:]
        return (*cur, *segs)

    def prescan_exports(self, items: tuple[ast.Item, ...]) -> None:
        """Compile the `#[macro_export]` definitions written in the crate's inline modules
        first, so `crate::m!` works before (textually) `m` is defined, as in rustc."""
        work = list(items)
        while work:
            item = work.pop()
            if isinstance(item, ast.MacroRulesItem) and any(
                attr_name(a) == "macro_export" for a in item.attrs
            ):
                if not has_cfg_attrs(item.attrs):
                    mac = self.compile(item)
                    self.table.local_exports().setdefault(mac.name, mac)
            elif (
                isinstance(item, ast.ModItem)
                and item.items is not None
                and not has_cfg_attrs(item.attrs)
            ):
                work.extend(item.items)

    # -- modules ----------------------------------------------------------------------------------

    def walk_mod(self, item: ast.ModItem) -> ast.ModItem:
        new_dir: ModuleDir
        if item.items is None:
            loaded = load_mod_file(self.psess, self.mod_dir, item, self.loading, self.source_for)
            if loaded is None:
                return dataclasses.replace(item, items=())
            item, new_dir, file = loaded.item, loaded.dir, loaded.file
            self.loading.append(file)
        else:
            new_dir = inline_dir(self.mod_dir, item)
            file = ""
        saved = (self.mod_dir, self.module_path, self.scope)
        self.mod_dir = new_dir
        self.module_path = (*self.module_path, item.ident.name)
        self.table.modules.add(self.module_path)
        if item.items:
            self.table.first_items.setdefault(self.module_path, _item_start(item.items[0]))
        self.ctx.module_path = self.module_path
        try:
            inner = item.inner_attrs
            items: tuple[ast.Item, ...] = item.items or ()
            if inner and has_cfg_attrs(inner):
                inner, keep = process_attrs(self.psess, self.cfg, inner)
                if not keep:
                    items = ()
            items = self.fold_item_list(items, FragmentKind.ITEMS)
            inner_scope = self.scope
        finally:
            self.mod_dir, self.module_path, self.scope = saved
            self.ctx.module_path = self.module_path
            if file:
                self.loading.pop()
        if any(attr_name(a) == "macro_use" for a in item.attrs):
            self.scope = inner_scope
        return dataclasses.replace(item, items=items, inner_attrs=inner)

    # -- derives ----------------------------------------------------------------------------------

    def take_derives(self, item: ast.Item) -> tuple[ast.Item, list[ast.Item]]:
        derive_attrs = [a for a in item.attrs if attr_name(a) == "derive"]
        if not derive_attrs:
            return item, []
        item = dataclasses.replace(
            item, attrs=tuple(a for a in item.attrs if attr_name(a) != "derive")
        )
        if not isinstance(item, (ast.StructItem, ast.EnumItem, ast.UnionItem)):
            d = Diagnostic.error(
                "`derive` may only be applied to `struct`s, `enum`s and `union`s",
                derive_attrs[0].span,
                "E0774",
            )
            d.with_primary(derive_attrs[0].span, "not applicable here")
            d.with_label(item.span, "not a `struct`, `enum` or `union`")
            self.psess.dcx.emit(d)
            return item, []
        paths = [path for a in derive_attrs for path in self._derive_paths(a)]
        saved_derives = self.ctx.item_derives
        self.ctx.item_derives = tuple(p.segments[-1].ident.name for p in paths)
        try:
            return item, self._run_derives(item, paths, derive_macros())
        finally:
            self.ctx.item_derives = saved_derives

    def _run_derives(
        self, item: ast.Item, paths: list[ast.Path], registry: dict[str, DeriveMacro] | None
    ) -> list[ast.Item]:
        """The items of each derive of `item` in order, each in its own expansion context."""
        out: list[ast.Item] = []
        if registry is None:
            return out
        for path in paths:
            name = path.segments[-1].ident.name
            derive = registry.get(name)
            if derive is None:
                self._unknown_derive(path, sorted(registry))
                continue
            ctxt = self.psess.hygiene.fresh_ctxt(
                ExpnData(
                    kind="derive",
                    macro_name=name,
                    call_site=path.span,
                    def_site=DUMMY_SP,
                    parent=path.span.ctxt,
                    crate="std",
                )
            )
            saved = self.ctx.current_expn
            self.ctx.current_expn = ctxt
            try:
                out.extend(derive(self.ctx, item, path))
            finally:
                self.ctx.current_expn = saved
        return out

    def _derive_paths(self, attr: ast.Attribute) -> list[ast.Path]:
        kind = attr.kind
        assert isinstance(kind, ast.NormalAttr)
        args = kind.args
        if not isinstance(args, ast.DelimArgs) or args.delim is not ast.Delimiter.PAREN:
            d = Diagnostic.error("malformed `derive` attribute input", attr.span)
            d.with_suggestion(
                "must be of the form",
                [(attr.span, "#[derive(Trait1, Trait2, ...)]")],
                style="inline",
            )
            self.psess.dcx.emit(d)
            return []
        if not args.tokens:
            return []
        p = parser_for_trees(self.psess, args.tokens, args.close_span.shrink_to_lo())
        paths: list[ast.Path] = []
        try:
            while p.token.kind is not TK.EOF:
                paths.append(p.parse_path(PathStyle.MOD))
                if not p.eat(TK.COMMA):
                    p.expect(TK.EOF)
        except PError as err:
            if err.diag is not None:
                self.psess.dcx.emit(err.diag)
        return paths

    def _unknown_derive(self, path: ast.Path, names: list[str]) -> None:
        name = path.segments[-1].ident.name
        sp = path.segments[-1].ident.span
        d = Diagnostic.error(f"cannot find derive macro `{name}` in this scope", sp)
        best = find_best_match_for_name(names, name)
        if best is not None:
            d.with_suggestion("a derive macro with a similar name exists", [(sp, best)])
        self.deferred.append(d)

    # -- the end ----------------------------------------------------------------------------------

    def finish(self) -> None:
        """Report what rustc reports when resolution is finalized."""
        self.ctx.abort_after_expansion = self.macro_errors > 0 or self.limit_reached
        if self.ctx.abort_after_expansion:
            return
        for u in self.unresolved:
            report_unresolved(self.psess, self.table, u)
        for d in self.deferred:
            self.psess.dcx.emit(d)
        for d in self.lints:
            self.psess.dcx.emit(d)


def _fits(frag: Fragment, kind: FragmentKind) -> bool:
    """A built-in's result has the shape its call site needs (statements may also be
    given as one expression)."""
    if kind is FragmentKind.EXPR:
        return isinstance(frag, ast._ExprBase)
    if kind is FragmentKind.PAT:
        return isinstance(frag, ast._PatBase)
    if kind is FragmentKind.TY:
        return isinstance(frag, ast._TyBase)
    if kind is FragmentKind.STMTS:
        return isinstance(frag, (list, ast._ExprBase))
    return isinstance(frag, list)


def _item_start(item: ast.Item) -> Span:
    """Where an item begins, its outer attributes included."""
    outer = [a.span for a in item.attrs if a.style is ast.AttrStyle.OUTER]
    return min([item.span, *outer], key=lambda sp: sp.lo)


def path_text(path: ast.Path) -> str:
    """A macro path as rustc names it in messages: `m`, `$crate::format_args_nl`."""
    text = "::".join(s.ident.name for s in path.segments)
    return "::" + text if path.is_global else text


def compile_definition(psess: ParseSess, item: ast.MacroRulesItem, crate: str) -> MacroRules:
    """Compile a `macro_rules!` item, reading `#[macro_export]`, `#[rustc_builtin_macro]`
    and `#[doc(hidden)]` from its attributes."""
    exported = any(attr_name(a) == "macro_export" for a in item.attrs)
    mac = compile_macro_rules(psess, item, crate, exported)
    for a in item.attrs:
        name = attr_name(a)
        if name == "rustc_builtin_macro":
            mac.builtin_name = _single_ident_arg(a) or item.ident.name
        elif name == "doc" and _single_ident_arg(a) == "hidden":
            mac.hidden = True
    return mac


def _single_ident_arg(attr: ast.Attribute) -> str | None:
    """`x` of `#[name(x)]`."""
    kind = attr.kind
    if isinstance(kind, ast.NormalAttr) and isinstance(kind.args, ast.DelimArgs):
        toks = kind.args.tokens
        if len(toks) == 1 and isinstance(toks[0], Token) and toks[0].kind is TK.IDENT:
            return toks[0].text
    return None


def _recursion_limit(psess_dcx_attrs: ast.Attrs) -> int | None:
    for a in psess_dcx_attrs:
        if attr_name(a) != "recursion_limit":
            continue
        kind = a.kind
        assert isinstance(kind, ast.NormalAttr)
        args = kind.args
        if (
            isinstance(args, ast.AttrEq)
            and isinstance(args.expr, ast.LitExpr)
            and args.expr.lit.kind is LitKind.STR
        ):
            text = str_value(args.expr.lit)
            if text.isdigit():
                return int(text)
    return None


def _feature_gate(ctx: ExpandCtx, attrs: ast.Attrs) -> None:
    """E0554: ferric is a stable toolchain; a crate's first `#![feature(..)]` is an error
    (rustc reports the first one only, and goes on compiling)."""
    for a in attrs:
        if a.style is ast.AttrStyle.INNER and attr_name(a) == "feature":
            ctx.psess.dcx.emit(
                Diagnostic.error(
                    "`#![feature]` may not be used on the stable release channel", a.span, "E0554"
                )
            )
            return


def expand_crate(ctx: ExpandCtx, crate: ast.Crate) -> ast.Crate:
    """The crate with every macro expanded (errors emitted to `ctx.psess.dcx`)."""
    return expand_crate_with_table(ctx, crate)[0]


def expand_crate_with_table(
    ctx: ExpandCtx, crate: ast.Crate, source_for: SourceProvider | None = None
) -> tuple[ast.Crate, MacroTable]:
    """`expand_crate`, also returning the crate's macros (its exports: `table.local_exports()`);
    `source_for` supplies files already read (std's)."""
    from ferric.expand.std_crate import std_macro_exports, std_macro_modules

    table = MacroTable(ctx.crate_name)
    if not ctx.is_std:
        table.exports["std"] = std_macro_exports(ctx.psess, ctx.cfg)
        table.std_modules = std_macro_modules(ctx.cfg)
    if ctx.extern_macros:
        table.exports.update(ctx.extern_macros)
        table.extern_crates = frozenset(ctx.extern_macros)
        for item in crate.items:
            if isinstance(item, ast.ExternCrateItem) and any(
                attr_name(a) == "macro_use" for a in item.attrs
            ):
                orig = item.orig_name or item.ident
                table.macro_use.update(ctx.extern_macros.get(orig.name, {}))
    e = Expander(ctx, table, source_for)
    ctx.expand_expr = e.expand_expr_now
    attrs = crate.attrs
    if attrs and has_cfg_attrs(attrs):
        attrs, keep = process_attrs(ctx.psess, ctx.cfg, attrs)
        if not keep:
            return dataclasses.replace(crate, attrs=attrs, items=()), table
    attrs = e.fold_attr_values(attrs)
    if not ctx.is_std:
        _feature_gate(ctx, attrs)
    limit = _recursion_limit(attrs)
    if limit is not None:
        e.recursion_limit = limit
    e.prescan_exports(crate.items)
    if crate.items:
        table.first_items[()] = _item_start(crate.items[0])
    items = e.fold_item_list(crate.items, FragmentKind.ITEMS)
    e.finish()
    return dataclasses.replace(crate, attrs=attrs, items=items), table
