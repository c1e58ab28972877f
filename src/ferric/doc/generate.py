"""`ferric doc` for one crate: parse and expand it (as rustdoc sees it: no `cfg(test)`;
`cfg(doc)` holds), collect its items (`items.collect`) and write its pages
(`pages.write_crate`). Diagnostics of a crate that does not parse are rendered as a
compilation's; the caller prints cargo's closing line.
"""

from __future__ import annotations

import io
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
    from ferric.driver.pipeline import expand, load_externs, parse, run_compiler

    opts = Options(
        edition=krate.edition,
        crate_name=krate.name,
        crate_type=krate.crate_type,
        externs=krate.externs,
        cfg_names=("doc",),
    )
    found: list[DocModule] = []

    def action(sess: Session) -> None:
        externs = load_externs(sess)
        ast_crate = parse(sess, krate.path)
        if ast_crate is None or sess.dcx.has_errors:
            return
        ast_crate = expand(sess, ast_crate, krate.path, externs)
        if not sess.dcx.has_errors:
            found.append(collect(ast_crate, krate.name, krate.document_private))

    sink = io.StringIO()
    code = run_compiler(Session.create(opts), action, sink)
    if code != 0 or not found:
        err.write(sink.getvalue())
        return None
    return found[0]


def document(krate: CrateToDocument, out_dir: str, err: TextIO) -> list[dict[str, str]] | None:
    """Write the crate's pages under `out_dir`; its search-index entries (None on failure)."""
    root = read_crate(krate, err)
    if root is None:
        return None
    return write_crate(out_dir, krate.name, root)
