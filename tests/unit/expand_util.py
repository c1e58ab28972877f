"""Helpers for the expansion tests: expand a source string, look at the result.

`expand_src(src)` parses and expands `src` as the crate `main` (file `main.rs`, or the
`path` given) and returns an `Expanded`: the crate, the session, and what was reported
(`errors`: messages; `rendered`: rustc-style text without colour).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ferric.driver.pipeline import write_diagnostics
from ferric.driver.session import Options, Session, add_source
from ferric.expand.base import CfgOptions, ExpandCtx
from ferric.expand.expander import expand_crate
from ferric.syntax import ast
from ferric.syntax.parser import parse_crate
from ferric.syntax.printer import print_crate, print_expr


@dataclass
class Expanded:
    crate: ast.Crate
    sess: Session
    ctx: ExpandCtx

    @property
    def errors(self) -> list[str]:
        return [d.message for d in self.sess.dcx.diagnostics if d.is_error]

    @property
    def rendered(self) -> str:
        buf = io.StringIO()
        write_diagnostics(self.sess, list(self.sess.dcx.diagnostics), buf)
        return buf.getvalue()

    @property
    def text(self) -> str:
        """The expanded crate, printed, without its `macro_rules!` definitions."""
        items = tuple(i for i in self.crate.items if not isinstance(i, ast.MacroRulesItem))
        return print_crate(ast.Crate(attrs=self.crate.attrs, items=items, span=self.crate.span))

    def fn(self, name: str) -> ast.FnItem:
        for item in self.crate.items:
            if isinstance(item, ast.FnItem) and item.ident.name == name:
                return item
        raise KeyError(name)

    def stmts(self, name: str = "main") -> tuple[ast.Stmt, ...]:
        body = self.fn(name).body
        assert body is not None
        return body.stmts

    def let_init(self, index: int, fn: str = "main") -> str:
        """The printed initialiser of the `index`-th statement (a `let`) of `fn`."""
        stmt = self.stmts(fn)[index]
        assert isinstance(stmt, ast.LetStmt) and stmt.init is not None
        return print_expr(stmt.init)


def expand_src(
    src: str, path: str = "main.rs", cfg: CfgOptions | None = None, edition: int = 2021
) -> Expanded:
    sess = Session.create(Options(edition=edition))
    sf = add_source(sess, path, src)
    krate = parse_crate(sess.psess, sf)
    ctx = ExpandCtx(sess.psess, "main", cfg or CfgOptions(), path)
    return Expanded(expand_crate(ctx, krate), sess, ctx)
