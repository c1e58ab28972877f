"""`ferric doc` for one crate: parse and expand it (as rustdoc sees it: no `cfg(test)`;
`cfg(doc)` holds), collect its items (`items.collect`) and write its pages
(`pages.write_crate`). Diagnostics of a crate that does not parse are rendered as a
compilation's; the caller prints cargo's closing line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from ferric.doc.items import DocModule, collect
from ferric.doc.pages import write_crate
from ferric.driver.session import Extern, Options, Session


@dataclass(frozen=True, slots=True)
class CrateToDocument:
    name: str
    """The crate name (`-` replaced by `_`): the directory under `target/doc`."""
    path: str
    """Its root file."""
    edition: int
    externs: tuple[Extern, ...] = ()
    crate_type: str = "lib"
    document_private: bool = False


def read_crate(krate: CrateToDocument, err: TextIO) -> DocModule | None:
    """The crate's documented items; None when it does not parse (errors written to `err`)."""
    from ferric.diag.emitter import summary_diagnostics
    from ferric.driver.pipeline import (
        Ice,
        expand,
        load_externs,
        parse,
        render_ice,
        run_guarded,
        write_diagnostics,
    )

    opts = Options(
        edition=krate.edition,
        crate_name=krate.name,
        crate_type=krate.crate_type,
        externs=krate.externs,
        cfg_names=("doc",),
    )
    found: list[DocModule] = []

    sess = Session.create(opts)

    def action() -> None:
        externs = load_externs(sess)
        ast_crate = parse(sess, krate.path)
        if ast_crate is None or sess.dcx.has_errors:
            return
        ast_crate = expand(sess, ast_crate, krate.path, externs)
        if not sess.dcx.has_errors:
            found.append(collect(ast_crate, krate.name, krate.document_private))

    outcome = run_guarded(sess, action)
    if isinstance(outcome, Ice):
        render_ice(sess, outcome, err)
        return None
    if sess.dcx.has_errors or not found:
        # (cargo shows rustdoc's errors without rustc's `aborting due to` line)
        write_diagnostics(sess, [*sess.dcx.diagnostics, *summary_diagnostics(sess.dcx)[1:]], err)
        return None
    return found[0]


def document(krate: CrateToDocument, out_dir: str, err: TextIO) -> list[dict[str, str]] | None:
    """Write the crate's pages under `out_dir`; its search-index entries (None on failure)."""
    root = read_crate(krate, err)
    if root is None:
        return None
    return write_crate(out_dir, krate.name, root)
