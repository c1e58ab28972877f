"""Hygiene: where macro-made code came from.

Every expansion (a `macro_rules!` call, a built-in macro, a derive, a compiler desugaring)
gets a fresh *syntax context* (`Span.ctxt`, an int); `HygieneData` records, for each
context, the expansion that made it (`ExpnData`). Tokens a macro transcribes from its own
definition carry the new context; tokens passed in as arguments keep theirs.

Uses:
- name resolution: a local variable or label is visible only to identifiers with the same
  context (macro_rules hygiene); items ignore contexts; `$crate` resolves to `ExpnData.crate`.
- diagnostics: an error inside macro-made code is reported at the outermost call site in
  user code, with rustc's "this error originates in the macro" note (`call_site_chain`).

Context 0 is the root (code the user wrote).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ferric.base.span import Span


@dataclass(frozen=True, slots=True)
class ExpnData:
    kind: str
    """"macro_rules", "builtin" (a compiler macro: `format_args!`, `assert!`...), "derive",
    "attr", or "desugaring" (`for`, `?`, `.await` lowering)."""
    macro_name: str
    """As rustc names it in notes: `println`, `vec`, `Debug` (for derives), `for loop`."""
    call_site: Span
    """The invocation (`println!("..")`), in the parent context."""
    def_site: Span
    """The macro's definition (the `macro_rules!` item), or DUMMY_SP for built-ins."""
    parent: int
    """The context of the call site (0 when called from user code)."""
    crate: str
    """The crate that defined the macro: what `$crate` means inside its expansion."""


@dataclass(slots=True)
class HygieneData:
    expns: list[ExpnData | None] = field(default_factory=lambda: [None])
    base: int = 0
    """Contexts made here are numbered `base + index in expns` (std is expanded once, in a
    session of its own with a high base, and its contexts imported into user sessions)."""
    imported: dict[int, ExpnData] = field(default_factory=dict)
    """Contexts made by another session (std's), by number."""

    def fresh_ctxt(self, data: ExpnData) -> int:
        self.expns.append(data)
        return self.base + len(self.expns) - 1

    def data(self, ctxt: int) -> ExpnData | None:
        i = ctxt - self.base
        if 0 < i < len(self.expns):
            return self.expns[i]
        return self.imported.get(ctxt) if ctxt else None

    def exported(self) -> dict[int, ExpnData]:
        """The contexts made here, by number (what another session imports)."""
        return {self.base + i: d for i, d in enumerate(self.expns) if d is not None}

    def call_site_chain(self, ctxt: int) -> list[ExpnData]:
        """The expansions `ctxt` lies in, innermost first."""
        out: list[ExpnData] = []
        seen = 0
        while ctxt and seen < 10_000:
            d = self.data(ctxt)
            if d is None:
                break
            out.append(d)
            ctxt = d.parent
            seen += 1
        return out

    def user_span(self, span: Span) -> Span:
        """`span` if the user wrote it, else the outermost call site it came from."""
        chain = self.call_site_chain(span.ctxt)
        return chain[-1].call_site if chain else span
