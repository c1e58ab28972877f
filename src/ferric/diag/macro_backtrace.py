"""What rustc's human emitter adds to a diagnostic whose spans lie in macro-made code
(`fix_multispans_in_extern_macros_and_render_macro_backtrace`).

- A span inside a macro of another crate (std's `println!`, `vec!`) is moved to the call
  site in user code: std's source is not the user's to read.
- A primary span inside a macro of this crate gets a secondary label "in this macro
  invocation" at the outermost call site (unless that call site already contains it).
- A note names the macro: "this error originates in the macro `m` (in Nightly builds, run
  with -Z macro-backtrace for more info)", "... which comes from the expansion of the macro
  `outer`" when the outermost macro is another one. A derive gets no note: its label "in
  this derive macro expansion" (at the derive's name) says it.

Input: a diagnostic, the session's hygiene data, and which spans belong to another crate.
Output: a new diagnostic (the one given is not changed). The JSON output keeps the spans
as they are, as rustc's does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ferric.base.hygiene import ExpnData, HygieneData
from ferric.base.span import Span
from ferric.diag.diagnostic import Diagnostic, Label, Level, SubDiagnostic

_KIND_DESCR = {"derive": "derive macro", "attr": "attribute macro"}


def _backtrace(hygiene: HygieneData, sp: Span) -> list[ExpnData]:
    """The expansions `sp` comes from, innermost first (following call sites)."""
    out: list[ExpnData] = []
    ctxt = sp.ctxt
    while ctxt and len(out) < 10_000:
        data = hygiene.data(ctxt)
        if data is None:
            break
        out.append(data)
        ctxt = data.call_site.ctxt
    return out


def _source_callsite(hygiene: HygieneData, sp: Span) -> Span:
    chain = _backtrace(hygiene, sp)
    return chain[-1].call_site if chain else sp


def _contains(outer: Span, inner: Span) -> bool:
    return outer.lo <= inner.lo and inner.hi <= outer.hi


def _fix_labels(
    labels: list[Label], hygiene: HygieneData, is_imported: Callable[[Span], bool]
) -> list[Label]:
    out: list[Label] = []
    for lb in labels:
        sp = lb.span
        if not sp.is_dummy and is_imported(sp):
            site = _source_callsite(hygiene, sp)
            if site != sp:
                lb = Label(site, lb.message, lb.primary)
        out.append(lb)
    return out


def _backtrace_labels(labels: list[Label], hygiene: HygieneData) -> list[Label]:
    new: list[Label] = []
    for lb in labels:
        if not lb.primary or lb.span.is_dummy:
            continue
        for trace in reversed(_backtrace(hygiene, lb.span)):
            if trace.def_site.is_dummy and trace.kind != "derive":
                continue
            if not _contains(trace.call_site, lb.span):
                if trace.kind == "derive":
                    what = "this derive macro expansion"
                elif trace.kind == "attr":
                    what = "this attribute macro expansion"
                elif trace.kind == "desugaring":
                    what = f"this {trace.macro_name} desugaring"
                else:
                    what = "this macro invocation"
                label = Label(trace.call_site, f"in {what}", False)
                if label not in new:
                    new.append(label)
            break
    return labels + [lb for lb in new if lb not in labels]


def render_macro_backtrace(
    d: Diagnostic, hygiene: HygieneData, is_imported: Callable[[Span], bool]
) -> Diagnostic:
    """`d` as rustc's human emitter shows it (see the module docstring)."""
    primaries = [lb.span for lb in d.labels if lb.primary]
    for child in d.children:
        primaries += [lb.span for lb in child.labels if lb.primary]
    macros = [
        (e.kind, e.macro_name)
        for sp in primaries
        for e in _backtrace(hygiene, sp)
        if e.kind not in ("desugaring", "derive")
    ]
    if not macros and not any(lb.span.ctxt for lb in d.labels):
        return d
    out = dataclasses.replace(
        d,
        labels=_backtrace_labels(_fix_labels(list(d.labels), hygiene, is_imported), hygiene),
        children=[
            dataclasses.replace(
                c,
                labels=_backtrace_labels(
                    _fix_labels(list(c.labels), hygiene, is_imported), hygiene
                ),
            )
            for c in d.children
        ],
        suggestions=list(d.suggestions),
    )
    if macros:
        kind, name = macros[0]
        last_kind, last_name = macros[-1]
        and_then = ""
        if last_name != name:
            and_then = f" which comes from the expansion of the {_KIND_DESCR.get(last_kind, 'macro')} `{last_name}`"
        level = "error" if d.level is Level.ERROR else d.level.value
        out.children.append(
            SubDiagnostic(
                Level.NOTE,
                f"this {level} originates in the {_KIND_DESCR.get(kind, 'macro')} `{name}`{and_then} "
                "(in Nightly builds, run with -Z macro-backtrace for more info)",
            )
        )
    return out
