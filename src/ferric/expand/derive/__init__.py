"""`#[derive(...)]` of the standard traits: `DERIVES` maps a trait's name to the function
generating its impls (see `ferric.expand.base.DeriveMacro`), as rustc 1.95 generates them
(`rustc_builtin_macros::deriving`).

Modules: `generic` (reading the item, the impl header: generics, added bounds, where
clause), `gen` (impls written as text and parsed, with spans and user types put back),
`shapes` (patterns and field references), one module per trait family (`debug`, `clone`,
`cmp`, `hash`, `default`).
"""

from __future__ import annotations

from collections.abc import Callable

from ferric.diag.diagnostic import Diagnostic
from ferric.expand.base import DeriveMacro, ExpandCtx
from ferric.expand.derive.clone import derive_clone, derive_copy
from ferric.expand.derive.cmp import derive_eq, derive_ord, derive_partial_eq, derive_partial_ord
from ferric.expand.derive.debug import derive_debug
from ferric.expand.derive.default import derive_default
from ferric.expand.derive.generic import Target, target
from ferric.expand.derive.hash import derive_hash
from ferric.syntax import ast

_Impl = Callable[[ExpandCtx, Target], list[ast.Item]]


def _derive(impl: _Impl, *, unions: bool) -> DeriveMacro:
    def run(ctx: ExpandCtx, item: ast.Item, path: ast.Path) -> list[ast.Item]:
        t = target(ctx, item, path)
        if t is None:
            return []
        if t.kind == "union" and not unions:
            ctx.psess.dcx.emit(
                Diagnostic.error("this trait cannot be derived for unions", path.span)
            )
            return []
        return impl(ctx, t)

    run.__name__ = run.__qualname__ = impl.__name__
    return run


def has_derive(item: ast.Item, name: str, ctx: ExpandCtx | None = None) -> bool:
    """Whether `item` also derives `name` (`Clone` is simpler on `Copy` types). Looks at
    the item's `#[derive]` attributes, or at `ctx.item_derives` when the expander has
    taken them off the item already."""
    for a in item.attrs:
        if isinstance(a.kind, ast.NormalAttr) and [s.ident.name for s in a.kind.path.segments] == [
            "derive"
        ]:
            args = a.kind.args
            if isinstance(args, ast.DelimArgs):
                from ferric.syntax.tokentree import flatten

                if any(
                    tok.kind.name == "IDENT" and tok.text == name
                    for tok in flatten(list(args.tokens))
                ):
                    return True
    derives = getattr(ctx, "item_derives", ()) if ctx is not None else ()
    return name in derives


def _clone(ctx: ExpandCtx, t: Target) -> list[ast.Item]:
    return derive_clone(ctx, t, has_copy=has_derive(t.item, "Copy", ctx))


DERIVES: dict[str, DeriveMacro] = {
    "Debug": _derive(derive_debug, unions=False),
    "Clone": _derive(_clone, unions=True),
    "Copy": _derive(derive_copy, unions=True),
    "PartialEq": _derive(derive_partial_eq, unions=False),
    "Eq": _derive(derive_eq, unions=True),
    "PartialOrd": _derive(derive_partial_ord, unions=False),
    "Ord": _derive(derive_ord, unions=False),
    "Hash": _derive(derive_hash, unions=False),
    "Default": _derive(derive_default, unions=False),
}
