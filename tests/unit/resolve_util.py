"""Helpers for the resolution and lowering tests: resolve a source string against a tiny std.

`lower_src(src)` parses `src` as the crate `main` (no macro expansion unless `expand=True`,
which expands user macros only) and resolves and lowers it together with the fixture std
`fixtures/resolve_std.rs` (parsed once per process; its resolution is cached like the real
std's). The `Lowered` result gives the program, the errors (messages and `CODE LINE` rows),
the rendered diagnostics, the printed HIR, and lookups of items and locals by name.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ferric.base.source_map import SourceFile
from ferric.driver.pipeline import write_diagnostics
from ferric.driver.session import Options, Session, add_source
from ferric.hir import nodes as hir
from ferric.hir.lower import Program, resolve_and_lower
from ferric.hir.print import HirPrinter, print_crate
from ferric.resolve.defs import LOCAL_CRATE, DefId, DefKind
from ferric.syntax import ast
from ferric.syntax.parse_sess import ParseSess
from ferric.syntax.parser import parse_crate

STD_PATH = Path(__file__).parent / "fixtures" / "resolve_std.rs"


STD_POS = 1 << 41
"""Where the fixture std lies in every test session's source map (above the real std's)."""


@cache
def _mini_std() -> tuple[ast.Crate, SourceFile]:
    sf = SourceFile(str(STD_PATH), STD_PATH.read_text(encoding="utf-8"), STD_POS)
    psess = ParseSess()
    psess.source_map.add_existing(sf)
    krate = parse_crate(psess, sf)
    assert not psess.dcx.has_errors, [d.message for d in psess.dcx.diagnostics]
    return krate, sf


def mini_std(sess: Session | None = None) -> ast.Crate:
    """The fixture std, parsed once; its file is put in `sess`'s source map."""
    krate, sf = _mini_std()
    if sess is not None and sess.source_map.lookup_file(sf.start_pos) is not sf:
        sess.source_map.add_existing(sf)
    return krate


@dataclass
class Lowered:
    sess: Session
    program: Program

    @property
    def errors(self) -> list[str]:
        return [d.message for d in self.sess.dcx.diagnostics if d.is_error]

    @property
    def codes(self) -> list[str]:
        out = []
        for d in self.sess.dcx.diagnostics:
            if not d.is_error:
                continue
            sp = d.primary_span
            loc = self.sess.source_map.lookup(sp.lo) if sp is not None else None
            out.append(f"{d.code or '-'} {loc.line if loc else 0}")
        return out

    @property
    def rendered(self) -> str:
        buf = io.StringIO()
        write_diagnostics(self.sess, list(self.sess.dcx.diagnostics), buf)
        return buf.getvalue()

    @property
    def hir_text(self) -> str:
        return print_crate(self.program.defs, self.program.hir, self.program.crate_names)

    @property
    def hir(self) -> hir.HirCrate:
        return self.program.hir

    def item(self, path: str) -> hir.Item:
        """The local item at `path` (`"m::S"`, `"main"`, `"{impl}::new"` for impl items)."""
        defs = self.program.defs
        printer = HirPrinter(defs, self.program.hir)
        for def_id, it in self.program.hir.items.items():
            d = defs[def_id]
            if d.crate != LOCAL_CRATE or d.parent is None or d.kind is DefKind.USE:
                continue
            if defs.path_str(def_id) == path or printer.def_path(def_id).split("::", 1)[-1] == path:
                return it
        raise KeyError(path)

    def def_id(self, path: str) -> DefId:
        return self.item(path).def_id

    def body(self, path: str) -> hir.Body:
        return self.program.hir.bodies[self.def_id(path)]


def lower_src(src: str, *, edition: int = 2021, expand: bool = False) -> Lowered:
    sess = Session.create(Options(edition=edition))
    sm = sess.source_map
    sf = add_source(sess, "main.rs", src)
    krate = parse_crate(sess.psess, sf)
    assert not sess.dcx.has_errors, [d.message for d in sess.dcx.diagnostics]
    if expand:
        from ferric.expand.base import CfgOptions, ExpandCtx
        from ferric.expand.expander import expand_crate

        krate = expand_crate(ExpandCtx(sess.psess, "main", CfgOptions(), "main.rs"), krate)
    _ = sm
    program = resolve_and_lower(
        sess.psess,
        std=mini_std(sess),
        user=krate,
        user_name="main",
        file_name="main.rs",
        edition=edition,
    )
    return Lowered(sess, program)


def walk(node: object) -> list[object]:
    """Every HIR node under `node` (dataclass fields and tuples), depth first, iteratively."""
    out: list[object] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, tuple):
            stack.extend(reversed(n))
            continue
        if not hasattr(n, "__dataclass_fields__") or isinstance(n, ast.Ident):
            continue
        out.append(n)
        for name in reversed(n.__dataclass_fields__):
            if name in ("span", "hir_id", "def_id"):
                continue
            stack.append(getattr(n, name))
    return out
