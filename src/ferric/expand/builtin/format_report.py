"""The errors `format_args!` reports after reading its template: unknown traits, references
to arguments that do not exist, arguments never used (with rustc's hints: redundant
arguments already captured by name, printf/shell-style templates, missing `{}`).

Input: what `format_args` resolved (one `PlaceholderInfo` per placeholder, the invalid
references, which explicit arguments were used). Output: diagnostics, worded, labelled and
ordered as rustc's `report_invalid_references` / `report_missing_placeholders` do.
"""

from __future__ import annotations

from ferric.base.nodeclass import dataclass
from ferric.base.span import Span
from ferric.diag.diagnostic import Applicability, Diagnostic, Label, Level, SubDiagnostic
from ferric.expand.base import ExpandCtx
from ferric.expand.builtin import format_foreign
from ferric.syntax import ast

FLAGS_NOTE = (
    "for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html"
)
TRAITS: tuple[tuple[str, str], ...] = (
    ("", "Display"),
    ("?", "Debug"),
    ("e", "LowerExp"),
    ("E", "UpperExp"),
    ("o", "Octal"),
    ("p", "Pointer"),
    ("b", "Binary"),
    ("x", "LowerHex"),
    ("X", "UpperHex"),
)


@dataclass(frozen=True, slots=True)
class UsedAs:
    """How a reference to an argument was written: "placeholder" (`{0}`, with the span of
    the whole `{...}`), "precision" (`.1$`, `.*`) or "width" (`1$`)."""

    kind: str
    placeholder_span: Span | None


@dataclass(frozen=True, slots=True)
class InvalidRef:
    index: int
    span: Span | None
    used_as: UsedAs
    kind: str
    """"implicit", "number" or "named"."""


@dataclass(frozen=True, slots=True)
class CountInfo:
    """A width or precision as written: `kind` None for a literal or nothing, else how it
    refers to an argument ("implicit" for `.*`, "number", "named")."""

    kind: str | None
    span: Span | None
    valid: bool
    index: int = 0


@dataclass(frozen=True, slots=True)
class PlaceholderInfo:
    placeholder: ast.FormatPlaceholder | None
    """None when it refers to an argument that does not exist."""
    span: Span | None
    arg_kind: str
    precision: CountInfo
    width: CountInfo
    has_options: bool


def _emit(ctx: ExpandCtx, d: Diagnostic) -> None:
    ctx.psess.dcx.emit(d)


def listify(items: list[str]) -> str:
    """rustc's `listify`: `a`, `a and b`, `a, b, and c`."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + f", and {items[-1]}"


def unknown_trait(ctx: ExpandCtx, ty: str, ty_span: Span | None, fmt_span: Span) -> None:
    d = Diagnostic.error(
        f"unknown format trait `{ty}`", ty_span if ty_span is not None else fmt_span
    )
    lines = [f"- `{fmt}`, which uses the `{name}` trait" for fmt, name in TRAITS]
    d.with_note("the only appropriate formatting traits are:\n" + "\n".join(lines))
    if ty_span is not None:
        for fmt, name in TRAITS:
            d.with_suggestion(
                f"use the `{name}` trait",
                [(ty_span, fmt)],
                Applicability.MAYBE_INCORRECT,
                style="hidden",
            )
    _emit(ctx, d)


def invalid_references(
    ctx: ExpandCtx,
    invalid_refs: list[InvalidRef],
    template: list[PlaceholderInfo],
    fmt_span: Span,
    arg_spans: list[Span],
    is_source_literal: bool,
    has_arg_places: bool,
) -> None:
    n_args = len(arg_spans)
    desc = {0: "no arguments were given", 1: "there is 1 argument"}.get(
        n_args, f"there are {n_args} arguments"
    )
    no_numeric = all(
        ph.arg_kind != "number" and ph.precision.kind != "number" and ph.width.kind != "number"
        for ph in template
    )
    if no_numeric:
        spans: list[Span] = []
        n = 0
        for ph in template:
            placeholder: Span | None = None
            if ph.precision.kind == "implicit":
                placeholder = ph.precision.span
                n += 1
            if ph.arg_kind == "implicit":
                placeholder = ph.span
                n += 1
            if placeholder is not None:
                spans.append(placeholder)
        d = Diagnostic.error(
            f"{n} positional argument{'' if n == 1 else 's'} in format string, but {desc}"
        )
        for sp in spans or [fmt_span]:
            d.with_primary(sp)
        for sp in arg_spans:
            d.with_label(sp, "")
        star = False
        for ph in template:
            if ph.precision.kind == "implicit" and ph.precision.span is not None:
                star = True
                there = "is 1 argument" if n == 1 else f"are {n} arguments"
                d.with_label(
                    ph.precision.span,
                    f"this precision flag adds an extra required argument at position {ph.precision.index}, "
                    f"which is why there {there} expected",
                )
        if star:
            d.with_note("positional arguments are zero-based")
    else:
        indexes = sorted({r.index for r in invalid_refs})
        ref_spans = [r.span for r in invalid_refs if r.span is not None]
        primary = (
            [fmt_span]
            if not is_source_literal or not has_arg_places or not ref_spans
            else ref_spans
        )
        arg_list = (
            f"argument{'' if len(indexes) == 1 else 's'} {listify([str(i) for i in indexes])}"
        )
        d = Diagnostic.error(f"invalid reference to positional {arg_list} ({desc})")
        for sp in primary:
            d.with_primary(sp)
        d.with_note("positional arguments are zero-based")
    if any(ph.has_options for ph in template):
        d.with_note(FLAGS_NOTE)
    _emit(ctx, d)


def missing_placeholders(
    ctx: ExpandCtx,
    unused: list[tuple[Span, bool]],
    used: list[bool],
    explicit: list[ast.FormatArgument],
    named_placeholders: list[tuple[Span, str]],
    has_invalid_refs: bool,
    detect_foreign: bool,
    raw_hashes: int | None,
    fmt_str: str,
    uncooked: str,
    fmt_span: Span,
) -> None:
    """Arguments that no placeholder uses."""
    if len(unused) == 1:
        span, named = unused[0]
        what = "named argument never used" if named else "argument never used"
        d = Diagnostic.error(what)
        d.with_primary(span, what)
    else:
        d = Diagnostic.error("multiple unused formatting arguments")
        for span, _ in unused:
            d.with_primary(span)
        d.with_label(fmt_span, "multiple missing formatting specifiers")
        for span, named in unused:
            d.labels.append(
                Label(span, "named argument never used" if named else "argument never used", True)
            )
    if named_placeholders:
        redundant = _redundant_arguments(used, explicit, named_placeholders)
        if redundant is not None:
            _emit(ctx, redundant)
            return
    found_foreign = False
    if detect_foreign:
        found_foreign = format_foreign.explain(d, fmt_str, raw_hashes, fmt_span)
    if not found_foreign and len(unused) == 1:
        d.with_label(fmt_span, "formatting specifier missing")
    if not found_foreign and not has_invalid_refs:
        if any(used):
            if len(unused) > 1:
                d.with_note(f"consider adding {len(unused)} format specifiers")
        else:
            n = len(unused)
            what = "a format specifier" if n == 1 else f"{n} format specifiers"
            braces = "{}" * n
            if raw_hashes is None:
                sugg = f'"{uncooked}{braces}"'
            else:
                h = "#" * raw_hashes
                sugg = f'r{h}"{uncooked}{braces}"{h}'
            d.with_suggestion(
                f"format specifiers use curly braces, consider adding {what}",
                [(fmt_span, sugg)],
                Applicability.MAYBE_INCORRECT,
            )
    _emit(ctx, d)


def _simple_path_name(e: ast.Expr) -> str | None:
    if (
        isinstance(e, ast.PathExpr)
        and e.qself is None
        and len(e.path.segments) == 1
        and not e.path.is_global
    ):
        seg = e.path.segments[0]
        if seg.args is None:
            return seg.ident.name
    return None


def _redundant_arguments(
    used: list[bool], explicit: list[ast.FormatArgument], placeholders: list[tuple[Span, str]]
) -> Diagnostic | None:
    """`format!("{x}", x)`: the argument repeats what the template captures by name."""
    unnamed: list[ast.FormatArgument] = []
    for a in explicit:
        if a.kind != "normal":
            break
        unnamed.append(a)
    indices: list[int] = []
    arg_spans: list[Span] = []
    fmt_spans: list[Span] = []
    for i in reversed(range(len(unnamed))):
        name = _simple_path_name(unnamed[i].expr)
        if name is None or used[i]:
            continue
        matching = [sp for sp, binding in placeholders if binding == name]
        if matching:
            indices.append(i)
            arg_spans.append(unnamed[i].expr.span)
            for sp in matching:
                if sp not in fmt_spans:
                    fmt_spans.append(sp)
    if not arg_spans:
        return None
    n = len(arg_spans)
    d = Diagnostic.error("redundant argument" if n == 1 else "redundant arguments")
    for sp in sorted(arg_spans):
        d.with_primary(sp)
    note = (
        "the formatting specifier is referencing the binding already"
        if n == 1
        else "the formatting specifiers are referencing the bindings already"
    )
    d.children.append(
        SubDiagnostic(Level.NOTE, note, [Label(sp, "", True) for sp in sorted(fmt_spans)])
    )
    if not any(a.kind == "named" for a in explicit):
        parts: list[tuple[Span, str]] = []
        for sp, i in zip(arg_spans, indices, strict=True):
            if i + 1 == len(explicit):
                parts.append((sp, ""))
            else:
                nxt = explicit[i + 1].expr.span
                parts.append((Span(sp.lo, max(sp.lo, nxt.lo), sp.ctxt), ""))
        d.with_suggestion("this can be removed", parts, style="inline")
    return d


def named_used_positionally(
    ctx: ExpandCtx, ident: ast.Ident, span: Span | None, used_as: UsedAs
) -> None:
    """The `named_arguments_used_positionally` lint (a warning): `format!("{}", x = 1)`."""
    if used_as.kind == "placeholder":
        to_replace, for_msg = span, used_as.placeholder_span
    elif used_as.kind == "precision" and span is not None:
        to_replace = for_msg = span.with_lo(span.lo + 1)  # without the leading `.`
    else:
        to_replace = for_msg = span
    name = ident.name
    d = Diagnostic.warning(
        f"named argument `{name}` is not used by name", lint="named_arguments_used_positionally"
    )
    d.with_primary(
        ident.span, "this named argument is referred to by position in formatting string"
    )
    if for_msg is not None:
        d.with_label(for_msg, f"this formatting argument uses named argument `{name}` by position")
    lint = "named_arguments_used_positionally"
    if not any(x.lint == lint for x in ctx.psess.dcx.diagnostics):  # rustc notes the level once
        d.with_note(f"`#[warn({lint})]` on by default")
    if to_replace is not None:
        replacement = name + ("$" if used_as.kind in ("width", "precision") else "")
        snippet = ctx.psess.source_map.snippet(to_replace) or ""
        target = to_replace.shrink_to_lo() if snippet.startswith(":") else to_replace
        d.with_suggestion(
            "use the named argument by name to avoid ambiguity",
            [(target, replacement)],
            Applicability.MAYBE_INCORRECT,
        )
    _emit(ctx, d)
