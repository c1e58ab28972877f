"""Privacy and ambiguity errors met while resolving names (rustc's `report_privacy_error`
and `ambiguity_diagnostic`).

- E0603 "struct `X` is private": a path names an item its location cannot see. The note
  walks the chain of imports to the definition ("the struct `X` is defined here", then
  "...and refers to ..."); a tuple struct whose constructor is private because of private
  fields is "tuple struct constructor `X`", with rustc's help to make the fields public.
- E0659 "`x` is ambiguous": a name that two glob imports bind to different things, used.

Each error is reported once per span; both kinds are collected in the resolver and emitted
at the end of the crate's resolution (after the other resolution errors), as rustc does.
"""

from __future__ import annotations

from collections.abc import Sequence

from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic
from ferric.resolve.defs import CtorKind, DefKind, DefRes
from ferric.resolve.module import Binding, ImportKind, Module
from ferric.resolve.resolver import TYPE_NS, VALUE_NS, Resolver, Seg, res_descr
from ferric.syntax import ast


def _ctor_private_fields(r: Resolver, b: Binding) -> list[Span] | None:
    """The private fields' spans when `b` is a tuple struct constructor hidden by them."""
    res = b.original().res
    if not isinstance(res, DefRes) or res.kind is not DefKind.CTOR:
        return None
    data = r.defs[res.def_id]
    if data.ctor_kind is not CtorKind.FN or data.ctor_of is None:
        return None
    owner = data.ctor_of
    if r.defs.kind(owner) is not DefKind.STRUCT:
        return None
    spans = [sp for (_, vis, sp) in r.field_names.get(owner, []) if not vis.public]
    return spans or None


def report_privacy(
    r: Resolver,
    ident: ast.Ident,
    binding: Binding,
    next_seg: tuple[ast.Ident, Binding] | None = None,
) -> None:
    """E0603 for `ident` naming `binding`; `next_seg` is the path's next segment, when the
    private thing is a module the path goes through."""
    span = ident.span
    if span in r.privacy_reported:
        return
    r.privacy_reported.add(span)
    res = binding.res
    private_fields = _ctor_private_fields(r, binding)
    plain = res_descr(r.defs, res)
    nonimport = plain + " constructor" if private_fields is not None else plain

    def descr(b: Binding) -> str:
        return nonimport + " import" if b.is_import else nonimport

    d = Diagnostic.error(f"{descr(binding)} `{ident.name}` is private", code="E0603")
    d.with_primary(span, f"private {descr(binding)}")
    if next_seg is not None:
        nid, nb = next_seg
        d.with_label(
            nid.span, f"{res_descr(r.defs, nb.res)} `{nid.name}` is not publicly re-exported"
        )
    if private_fields:
        for sp in private_fields:
            d.with_label(sp, "a constructor is private if any of the fields is private")
    chain: list[tuple[Binding, str]] = []
    b: Binding | None = binding
    name = ident.name
    while b is not None and len(chain) < 20:
        chain.append((b, name))
        imp = b.import_
        if imp is None:
            break
        if imp.kind is ImportKind.SINGLE:
            name = imp.source.name
        b = b.source
    for i, (cb, cname) in enumerate(chain):
        first = i == 0
        dots = i < len(chain) - 1
        note_span = (
            r.defs[cb.res.def_id].span
            if (not cb.is_import and isinstance(cb.res, DefRes))
            else cb.span
        )
        if first:
            msg = f"the {descr(cb)} `{cname}` is defined here"
        else:
            msg = f"...and refers to the {descr(cb)} `{cname}` which is defined here"
        if dots:
            msg += "..."
        d.with_note(msg, note_span)
        if not first and cb.vis.public and note_span is not None:
            sub = d.children[-1]
            from ferric.diag.diagnostic import Label

            sub.labels.append(
                Label(
                    note_span,
                    "you could import this " + ("re-export" if cb.is_import else "directly"),
                    False,
                )
            )
    if private_fields:
        n = len(private_fields)
        d.with_suggestion(
            "consider making the field publicly accessible"
            if n == 1
            else "consider making the fields publicly accessible",
            [(sp.shrink_to_lo(), "pub ") for sp in private_fields],
            Applicability.MAYBE_INCORRECT,
        )
    r.privacy_errors.append(d)


def report_ambiguity(r: Resolver, ident: ast.Ident, binding: Binding) -> None:
    other = binding.ambiguity
    if other is None:
        return
    key = ("ambiguity", ident.span)
    if key in r.errors_reported:
        return
    r.errors_reported.add(key)
    name = ident.name
    d = Diagnostic.error(f"`{name}` is ambiguous", code="E0659").with_primary(
        ident.span, "ambiguous name"
    )
    d.with_note("ambiguous because of multiple glob imports of a name in the same module")
    for i, b in enumerate((binding, other)):
        what = res_descr(r.defs, b.res)
        could = "could" if i == 0 else "could also"
        d.with_note(f"`{name}` {could} refer to the {what} imported here", b.span)
        d.with_help(f"consider adding an explicit import of `{name}` to disambiguate")
    r.ambiguity_errors.append(d)


def check_path_privacy(
    r: Resolver,
    path: Sequence[Seg],
    from_module: Module,
    _target: Module | None,
    *,
    skip_first_lexical: bool,
) -> bool:
    """Walk `path` (a module path) again and report the first segment that names something
    `from_module` cannot see. True when all are visible."""
    cur: Module | None = None
    for i, seg in enumerate(path):
        name = seg.name
        if i == 0:
            if name in ("self", "super", "crate", "$crate"):
                cur = (
                    from_module.nearest_normal()
                    if name != "crate"
                    else r.crates[from_module.crate].root
                )
                if name == "super":
                    cur = cur.parent.nearest_normal() if cur.parent is not None else cur
                continue
            if name == "{{root}}":
                continue
            if i == 0 and path[0].name != "{{root}}":
                b = r.early_resolve_ident(seg.ident, TYPE_NS, from_module)
                cur = b.module if isinstance(b, Binding) else None
                if cur is None:
                    return True
                continue
        if i == 1 and path[0].name == "{{root}}":
            eb = r.crates[from_module.crate].extern_prelude.get(name)
            cur = eb.module if eb is not None else None
            if cur is None:
                return True
            continue
        if name == "super" and cur is not None:
            cur = cur.parent.nearest_normal() if cur.parent is not None else cur
            continue
        if cur is None:
            return True
        b2 = r.resolve_ident_in_module(cur, name, TYPE_NS, from_module)
        if not isinstance(b2, Binding):
            return True
        if not r.is_accessible_from(b2.vis, from_module):
            nxt = None
            if i + 1 < len(path) and b2.module is not None:
                for ns in (TYPE_NS, VALUE_NS):
                    nb = r.resolve_ident_in_module(b2.module, path[i + 1].name, ns, from_module)
                    if isinstance(nb, Binding):
                        nxt = (path[i + 1].ident, nb)
                        break
            report_privacy(r, seg.ident, b2, nxt)
            return False
        cur = b2.module
    _ = skip_first_lexical
    return True
