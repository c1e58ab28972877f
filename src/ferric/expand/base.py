"""The contract between the expander and the macros it runs.

The expander (`expander.py`) walks a crate, finds every macro invocation and `#[derive]`,
resolves the macro, runs it, and splices the result back, until none is left. Macros come
in three families, all with the same shape of call:

- `macro_rules!` macros (`macro_rules/`): token trees in, token trees out, which the
  expander parses as the fragment the call site needs.
- built-in macros (`builtin/`): `format_args!`, `assert!`, `concat!`, `line!`, ... —
  `BuiltinMacro(ctx, call, kind) -> Fragment`, returning AST directly.
- derives (`derive/`): `DeriveMacro(ctx, item, path) -> list[Item]` (the impls).

Everything a macro needs from the compilation is in `ExpandCtx`: the parse session (to
parse, make node ids, emit diagnostics), the crate being expanded, the cfg options, and
`std_path` for building paths to the standard library that work both in user crates
(`::std::io::_print`) and inside std itself (`crate::io::_print`).

Invariant: after expansion a crate contains no `MacCall*` nodes and no `#[derive]`,
`#[cfg]` or `#[cfg_attr]` attributes; `mod name;` items are loaded (`ModItem.items` set).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from enum import Enum
from typing import TYPE_CHECKING

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess

if TYPE_CHECKING:
    from ferric.expand.macro_rules import MacroRules


class FragmentKind(Enum):
    """What a macro call must expand to, decided by where it stands."""

    EXPR = "expr"
    STMTS = "stmts"
    """Statement position: zero or more statements (a trailing expression becomes the
    block's tail when the call was the tail)."""
    ITEMS = "items"
    """Item position (module, or a block's items): zero or more items."""
    IMPL_ITEMS = "impl_items"
    TRAIT_ITEMS = "trait_items"
    FOREIGN_ITEMS = "foreign_items"
    PAT = "pat"
    TY = "ty"


Fragment = ast.Expr | ast.Pat | ast.Ty | list[ast.Stmt] | list[ast.Item]
"""EXPR -> Expr, PAT -> Pat, TY -> Ty, STMTS -> list[Stmt], *ITEMS -> list[Item]."""


@dataclass(frozen=True, slots=True)
class CfgOptions:
    """The configuration `#[cfg(...)]` and `cfg!(...)` are evaluated against (a debug build
    on x86_64 Linux, as rustc's defaults on the development machine)."""

    test: bool = False
    debug_assertions: bool = True
    overflow_checks: bool = True
    features: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset({"unix", "debug_assertions", "panic_unwind"})
    """Bare names that are set (besides `test`, `debug_assertions`)."""
    values: tuple[tuple[str, str], ...] = (
        ("target_os", "linux"),
        ("target_family", "unix"),
        ("target_arch", "x86_64"),
        ("target_pointer_width", "64"),
        ("target_endian", "little"),
        ("target_env", "gnu"),
        ("target_vendor", "unknown"),
        ("target_has_atomic", "8"),
        ("target_has_atomic", "16"),
        ("target_has_atomic", "32"),
        ("target_has_atomic", "64"),
        ("target_has_atomic", "ptr"),
        ("panic", "unwind"),
    )
    """`key = "value"` pairs that are set (a key may have several values)."""


@dataclass(slots=True)
class ExpandCtx:
    psess: ParseSess
    crate_name: str
    """"std" for the standard library, else the user crate's name (`main` for a file)."""
    cfg: CfgOptions = field(default_factory=CfgOptions)
    crate_root_file: str = ""
    """Path of the crate root file (for `file!()`, `mod name;` and `include_str!`)."""
    display_name: str = ""
    """The crate's name as rustc's user sees it (`module_path!()`): a single file's stem, where
    `crate_name`, the expander's identity of the local crate, stays `main`. Empty: `crate_name`."""
    current_expn: int = 0
    """Set by the expander while a built-in macro or a derive runs: the syntax context of
    that expansion (`Span.ctxt` for the code it makes; `psess.hygiene.data(ctxt)` says
    which macro, where it was called, and what `$crate` means)."""
    module_path: tuple[str, ...] = ()
    """The module being expanded, below the crate root (`("a", "b")` for `crate::a::b`)."""
    item_derives: tuple[str, ...] = ()
    """While the derives of an item run: the names in all its `#[derive]` lists (rustc's
    `has_derive_copy`: `Clone` on a `Copy` type is `*self`)."""
    expand_expr: Callable[[ExpandCtx, ast.Expr], ast.Expr | None] | None = None
    """Set by the expander: fully expand an expression now (eager expansion of built-in
    macro arguments such as `concat!(stringify!(x))`); None after an error (emitted)."""
    abort_after_expansion: bool = False
    """Set by the expander after errors rustc stops on (a macro invocation no rule
    matched, the recursion limit): the driver stops after expansion."""
    extern_macros: dict[str, dict[str, MacroRules]] = field(default_factory=dict)
    """The `#[macro_export]` macros of the other user crates this one depends on, by the
    name it knows each crate by (`calc::m!`, `use calc::m;`, `#[macro_use] extern crate`)."""

    @property
    def is_std(self) -> bool:
        return self.crate_name == "std"

    def std_path(self, segments: list[str], span: Span) -> ast.Path:
        """A path to a std item usable from the crate being expanded:
        `::std::a::b` in user crates, `crate::a::b` inside std."""
        names = segments if self.is_std else ["std", *segments]
        segs = [ast.PathSegment(ident=ast.Ident(name=n, span=span), id=self.psess.fresh_id()) for n in names]
        if self.is_std:
            segs.insert(0, ast.PathSegment(ident=ast.Ident(name="crate", span=span), id=self.psess.fresh_id()))
        return ast.Path(segments=tuple(segs), is_global=not self.is_std, span=span)


BuiltinMacro = Callable[[ExpandCtx, ast.MacCall, FragmentKind], Fragment | None]
"""A built-in macro: returns the fragment, or None after emitting an error (the expander
then substitutes an error node)."""

DeriveMacro = Callable[[ExpandCtx, ast.Item, ast.Path], list[ast.Item]]
"""A derive: the impls it generates for `item` (errors emitted, [] on failure)."""
