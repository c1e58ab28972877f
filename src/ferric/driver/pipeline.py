"""The one ordered pipeline, run in a guarded worker, and the rendering of its diagnostics.

    path ─load_file─▶ SourceFile ─parse─▶ ast.Crate ─expand─▶ ast.Crate ─resolve─▶ HIR ─typeck─▶ ✓ (borrowck: later)

`parse(sess, path)` and `check(sess, path)` are the pipeline itself: plain functions that
run the passes in order, each inside `_pass(sess, name)` so an internal failure can say
where it happened, and return the crate (None when the input could not be read). Later
stages hook into `check`, in order, after parsing.

`run_guarded(sess, job)` runs any job on a worker thread with a large stack and a high
recursion limit (so 20,000-deep nesting in user code is not a Python `RecursionError`) and
turns a Python exception into an `Ice` value. `emit_diagnostics` renders everything the
session collected, once, in rustc's layout (human or JSON) followed by the closing summary;
`render_ice` prints rustc's internal-compiler-error shape. Exit codes are rustc's:
`EXIT_OK` (0), `EXIT_ERROR` (1, compile errors), `EXIT_ICE` (101).

Invariant: no Python traceback reaches the user unless `FERRIC_BACKTRACE=1` asks for it.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Final, Generic, TextIO, TypeVar

from ferric.base.nodeclass import dataclass
from ferric.diag.diagnostic import Diagnostic, Level
from ferric.driver.session import ColorChoice, ErrorFormat, Extern, Session, add_source, load_file

if TYPE_CHECKING:
    from ferric.consteval import ConstEvalCtxt
    from ferric.expand.base import CfgOptions
    from ferric.expand.macro_rules import MacroRules
    from ferric.hir.lower import ExternCrate, Program
    from ferric.mir.nodes import LocalDecl
    from ferric.resolve.defs import DefId
    from ferric.syntax import ast
    from ferric.ty.context import TyCtxt
    from ferric.typeck.results import TypeckResults

EXIT_OK: Final = 0
EXIT_ERROR: Final = 1
EXIT_ICE: Final = 101

WORKER_STACK_SIZE: Final = 512 * 1024 * 1024
"""Bytes of stack for the worker thread (virtual memory: only what is used is committed)."""
RECURSION_LIMIT: Final = 400_000
"""Python frames the worker may nest. Deep enough for 20,000 levels of nested user code at
~15 frames a level, shallow enough that C-level recursion stays inside the worker's stack."""

_EMIT_PASS: Final = "emit diagnostics"

T = TypeVar("T")


# =================================================================================================
# The pipeline
# =================================================================================================


@contextmanager
def _pass(sess: Session, name: str) -> Iterator[None]:
    """Record that pass `name` is running (for the ICE note); restore the previous one after."""
    previous = sess.current_pass
    sess.current_pass = name
    yield
    sess.current_pass = previous


def parse(sess: Session, path: str) -> ast.Crate | None:
    """Read and parse the crate root `path`; None when it cannot be read (error emitted)."""
    with _pass(sess, "read"):
        if sess.root_text is None:
            sf = load_file(sess, path)
        else:
            sf = add_source(sess, path, sess.root_text)
            sf.display_line_offset = sess.root_line_offset
    if sf is None:
        return None
    from ferric.syntax.parser import parse_crate

    with _pass(sess, "parse"):
        return parse_crate(sess.psess, sf)


def check(sess: Session, path: str) -> ast.Crate | None:
    """Everything `ferric check` does, in order. Today: parse, expand, resolve and lower,
    type check. Later stages hook in here; they stop when expansion says rustc would
    (`sess.stop_after_expansion`)."""
    return _checked(sess, path)[0]


@contextmanager
def _no_collections() -> Iterator[None]:
    """Compile with the cyclic garbage collector off, then put it back as it was (a program
    run in this process, and a test suite calling the driver, keep their own settings).

    The passes allocate millions of small objects that live until the end (types, HIR,
    MIR) and make few cycles: every collection would walk the survivors again for little
    garbage. Even with a threshold of 50,000 allocations the collections took a tenth of
    `ferric check`'s time; with none, a check of `bench/check_1500.rs` peaks 10 MB higher
    (172 MB). What cycles a compilation leaves are collected after it, when the collector
    is back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _checked(sess: Session, path: str) -> tuple[ast.Crate | None, tuple[TyCtxt, dict[DefId, TypeckResults]] | None]:
    """The checking passes in order: the crate (None when unreadable) and, when checking
    got that far, the type context and results (`check` and `build_py` share this)."""
    with _no_collections():
        return _checked_passes(sess, path)


def _checked_passes(sess: Session, path: str) -> tuple[ast.Crate | None, tuple[TyCtxt, dict[DefId, TypeckResults]] | None]:
    externs = load_externs(sess)
    krate = parse(sess, path)
    if krate is None:
        return None, None
    krate = expand(sess, krate, path, externs)
    if sess.stop_after_expansion or _parse_failed(sess, krate):
        return krate, None
    prog = resolve(sess, krate, path, externs)
    mark = len(sess.dcx.diagnostics)
    typed, consts = typeck(sess, prog)
    typeck_ok = not sess.dcx.has_errors
    unused_mut = check_bodies(sess, typed[0], typed[1], consts)
    _builtin_lints(sess, krate, typed, mark, unused_mut, typeck_ok)
    return krate, typed


def check_bodies(
    sess: Session, tcx: TyCtxt, results: dict[DefId, TypeckResults], consts: ConstEvalCtxt
) -> list[tuple[DefId, list[LocalDecl]]]:
    """rustc's per-body analysis after type checking, body by body in order: match checking,
    then borrow checking if that passed, then the `arithmetic_overflow` /
    `unconditional_panic` lints if that passed. A body whose type checking failed gets
    none of them; errors in other bodies do not matter. Returns the borrow checker's
    unneeded `mut` bindings per body (the `unused_mut` lint)."""
    from ferric.borrowck import BorrowChecker
    from ferric.consteval import lint_owner_body
    from ferric.pattern.check_match import check_owner_matches

    borrowck: BorrowChecker | None = None
    bad_sigs = _fns_with_missing_lifetimes(sess, tcx)
    for owner, res in results.items():
        if res.tainted_by_errors or tcx.body(owner) is None:
            continue
        if bad_sigs and (owner in bad_sigs or _mentions(tcx, owner, res, bad_sigs)):
            continue  # (rustc: its types hold an error region, so the body is tainted)
        before = sess.dcx.error_count
        with _pass(sess, "match checking"):
            check_owner_matches(tcx, owner, results)
        tcx.diag_marks["match", owner] = len(sess.dcx.diagnostics)
        if sess.dcx.error_count > before:
            continue
        with _pass(sess, "borrow checking"):
            if borrowck is None:
                borrowck = BorrowChecker(tcx, sess.source_map, sess.options.validate_mir)
            borrowck.check_owner(owner, res)
        tcx.diag_marks["borrowck", owner] = len(sess.dcx.diagnostics)
        if sess.dcx.error_count > before:
            continue
        with _pass(sess, "const evaluation"):
            lint_owner_body(consts, owner, res)
    tcx.emit_privacy_errors()
    return borrowck.unused_mut if borrowck is not None else []


def _builtin_lints(
    sess: Session,
    krate: ast.Crate,
    typed: tuple[TyCtxt, dict[DefId, TypeckResults]],
    mark: int,
    unused_mut: list[tuple[DefId, list[LocalDecl]]],
    typeck_ok: bool,
) -> None:
    """rustc's own lints (`ferric.lint.run_builtin_lints`) placed where rustc reports
    them: the early ones before what type checking reported (`mark`); a body's
    `unreachable_code` where its type checking ended, its `unused_mut` before its borrow
    checker's errors and its liveness lints after them (`TyCtxt.diag_marks`: rustc
    checks body by body, so these interleave with other bodies' errors); `dead_code` and
    the late ones after everything, and only when nothing failed, as rustc stops.
    Bodies whose type checking failed get no body lints; the others get theirs whatever
    other bodies did."""
    from ferric.lint import run_builtin_lints
    from ferric.lint.builtin import Stage

    tcx, results = typed
    with _pass(sess, "rustc lints"):
        lints = run_builtin_lints(
            tcx,
            results,
            krate,
            sess.options.lint_flags,
            unused_mut,
            typeck_ok and not sess.dcx.has_errors,
            sess.options.crate_type == "bin" and not sess.options.test,
            sess.psess.hygiene,
            sess.source_map,
        )
        dcx = sess.dcx
        end = len(dcx.diagnostics)
        marks = tcx.diag_marks
        placed: list[tuple[int, int, Diagnostic]] = []
        for stage, owner, d in lints.take_all(set()):
            if stage is Stage.EARLY:
                at = mark
            elif owner is None or stage not in (Stage.TYPECK, Stage.BODY):
                at = end
            elif stage is Stage.TYPECK:
                at = _typeck_place(dcx.diagnostics, marks, owner, d, end)
            elif d.lint == "unused_mut":
                at = marks.get(("match", owner), end)
            else:
                at = marks.get(("borrowck", owner), end)
            before = len(dcx.diagnostics)
            dcx.emit(d)
            if len(dcx.diagnostics) > before:
                placed.append((at, len(placed), dcx.diagnostics.pop()))
        if placed:
            placed.sort(key=lambda p: (p[0], p[1]))
            merged: list[Diagnostic] = []
            k = 0
            for i, d in enumerate(dcx.diagnostics):
                while k < len(placed) and placed[k][0] <= i:
                    merged.append(placed[k][2])
                    k += 1
                merged.append(d)
            merged.extend(p[2] for p in placed[k:])
            dcx.diagnostics[:] = merged


def _typeck_place(diagnostics: list[Diagnostic], marks: dict[tuple[str, DefId], int], owner: DefId, d: Diagnostic, end: int) -> int:
    """Where a body's `unreachable_code` warning goes among what its type checking
    reported: before the first of them pointing further on (rustc reports as it checks,
    in source order), else after them."""
    start, stop = marks.get(("typeck_start", owner)), marks.get(("typeck", owner))
    if start is None or stop is None:
        return end
    here = d.primary_span
    if here is not None:
        for i in range(start, stop):
            there = diagnostics[i].primary_span
            if there is not None and there.lo > here.lo:
                return i
    return stop


def clippy(sess: Session, path: str, flags: tuple[tuple[str, str], ...] = ()) -> ast.Crate | None:
    """`ferric clippy`: everything `check` does, then clippy's lints on a crate that
    checked cleanly (`flags`: the `-A/-W/-D/-F LINT` pairs of the command line)."""
    krate, typed = _checked(sess, path)
    # (rustc's lints denied by `-D warnings` are errors, but clippy's lints still run.)
    if krate is None or typed is None or any(d.is_error and d.lint is None for d in sess.dcx.diagnostics):
        return krate
    from ferric.lint import run_clippy
    from ferric.resolve.defs import LOCAL_CRATE

    tcx, results = typed
    root = next((d for d in tcx.hir.roots.values() if tcx.crate_of(d) == LOCAL_CRATE), None)
    if root is None:
        return krate
    with _pass(sess, "clippy lints"):
        run_clippy(tcx, results, krate, root, flags, sess.source_map, sess.psess.hygiene, sess.dcx)
    return krate


def mir_text(sess: Session, path: str) -> str | None:
    """`ferric check --emit=mir`: the MIR of every user body MIR building covers, as a
    backend gets it (drops elaborated, like rustc's `--emit=mir`)."""
    typed = _checked(sess, path)[1]
    if typed is None or sess.dcx.has_errors:
        return None
    from ferric.mir import adts_with_drop, build_crate_mir
    from ferric.mir.elaborate import elaborate_drops, type_info
    from ferric.mir.pretty import render

    tcx, results = typed
    drop_adts = adts_with_drop(tcx)
    info = type_info(tcx, drop_adts)
    bodies = build_crate_mir(tcx, results, drop_adts)
    return "\n".join(render(elaborate_drops(body, info)) for body, _ in bodies)


def _fns_with_missing_lifetimes(sess: Session, tcx: TyCtxt) -> set[DefId]:
    """The user's fns whose signature got E0106: rustc gives the missing lifetime an error
    region, which taints the fn's body and every body that uses the fn."""
    from ferric.hir import nodes as hir
    from ferric.resolve.defs import LOCAL_CRATE

    spans = [sp for d in sess.dcx.diagnostics if d.code == "E0106" and (sp := d.primary_span) is not None]
    if not spans:
        return set()
    return {
        def_id
        for def_id, item in tcx.items_of_crate(LOCAL_CRATE)
        if isinstance(item, hir.FnItem)
        and any(item.sig.span.lo <= sp.lo and sp.hi <= item.sig.span.hi for sp in spans)
    }


def _mentions(tcx: TyCtxt, owner: DefId, res: TypeckResults, defs: set[DefId]) -> bool:
    """Whether `owner`'s body (closures included) names one of `defs`: a path or a method."""
    from ferric.hir import nodes as hir
    from ferric.resolve.defs import DefRes

    if any(d in defs for _, d in res.type_dependent_defs.values()):
        return True
    body = tcx.body(owner)
    stack: list[object] = [body.value] if body is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, hir.PathExpr) and isinstance(node.qpath, hir.ResolvedPath):
            r = node.qpath.path.res
            if isinstance(r, DefRes) and r.def_id in defs:
                return True
        elif isinstance(node, hir.ClosureExpr):
            inner = tcx.body(node.def_id)
            if inner is not None:
                stack.append(inner.value)
            continue
        for name in getattr(type(node), "__slots__", ()):
            v = getattr(node, name, None)
            for x in v if isinstance(v, tuple) else (v,):
                if isinstance(x, hir.Block | hir.LetStmt | hir.ExprStmt | hir.SemiStmt | hir.Arm | hir.ExprField) or type(x).__name__.endswith("Expr"):
                    stack.append(x)
    return False


def typeck(sess: Session, prog: Program) -> tuple[tuple[TyCtxt, dict[DefId, TypeckResults]], ConstEvalCtxt]:
    """Type check the user crate: item signatures and impls against their traits, then every
    body (std is trusted: its items are only asked about); then evaluate its constants."""
    from ferric.consteval import check_crate_consts
    from ferric.resolve.defs import LOCAL_CRATE
    from ferric.ty.context import TyCtxt
    from ferric.typeck.check import check_crate

    with _pass(sess, "type checking"):
        tcx = TyCtxt(
            prog.defs, prog.hir, sess.dcx, sess.source_map, prog.crate_names, prog.trait_map, sess.psess.hygiene
        )
        results = check_crate(tcx, LOCAL_CRATE)
    with _pass(sess, "const evaluation"):
        consts = check_crate_consts(tcx, results, sess.psess.hygiene)
    return (tcx, results), consts


def build_py(sess: Session, path: str) -> str | None:
    """Everything `ferric run` does before running: check the program, then generate its
    Python module (None when checking failed or the backend cannot compile it; the
    diagnostics say why). Integer overflow wraps unless `Options.overflow_checks`. With `sess.options.test` the module is a test build: its entry
    is `_ferric_tests` (see `ferric.driver.libtest`), not `_ferric_main`."""
    typed = _checked(sess, path)[1]
    if typed is None or sess.dcx.has_errors:
        return None
    tcx, results = typed
    from ferric.backend.py.mono import CodegenError, LinkError
    from ferric.backend.py.program import build

    descs = None
    if sess.options.test:
        from ferric.driver.libtest import collect_tests, descriptors_source

        descs = collect_tests(tcx)
    release = not sess.options.overflow_checks
    with _pass(sess, "code generation"):
        try:
            if descs is None:
                return build(tcx, results, path, release, sess.psess.hygiene)
            tests = tuple((desc.name, desc.def_id) for desc in descs)
            module = build(tcx, results, path, release, sess.psess.hygiene, tests)
            return module + descriptors_source(descs)
        except LinkError as e:
            sess.dcx.emit(_link_error(e.symbol, getattr(e, "where", None)))
            return None
        except CodegenError as e:
            sess.dcx.emit(Diagnostic.error(f"ferric's Python backend cannot compile this program yet: {e}"))
            return None


def _link_error(symbol: str, where: str | None) -> Diagnostic:
    """rustc's failed link step for a foreign function the C library does not define
    (its linker's message, without the command line ferric never runs)."""
    d = Diagnostic.error("linking with `cc` failed: exit status: 1")
    referenced = f"\n>>> referenced by {where}" if where else ""
    d.with_note(f"rust-lld: error: undefined symbol: {symbol}{referenced}\ncollect2: error: ld returned 1 exit status")
    return d


def lower(sess: Session, path: str) -> Program | None:
    """parse, expand, resolve and lower: the HIR of std and the crate at `path` (None when
    the file cannot be read or expansion stops the compilation)."""
    externs = load_externs(sess)
    krate = parse(sess, path)
    if krate is None:
        return None
    krate = expand(sess, krate, path, externs)
    if sess.stop_after_expansion or _parse_failed(sess, krate):
        return None
    return resolve(sess, krate, path, externs)


def _parse_failed(sess: Session, krate: ast.Crate) -> bool:
    """The parse stopped at a fatal or item-level error (the crate is then empty): rustc
    aborts before name resolution."""
    return sess.dcx.has_errors and not krate.items


def cfg_options(sess: Session) -> CfgOptions:
    """The `#[cfg]` configuration the command line asks for."""
    from ferric.expand.base import CfgOptions

    opts = sess.options
    base = CfgOptions()
    names = base.names | frozenset(opts.cfg_names)
    return CfgOptions(
        test=opts.test,
        debug_assertions=opts.debug_assertions,
        overflow_checks=opts.overflow_checks,
        features=frozenset(opts.features),
        names=names if opts.debug_assertions else names - {"debug_assertions"},
        values=base.values + opts.cfg_values,
    )


def resolve(
    sess: Session, krate: ast.Crate, path: str, externs: Externs | None = None
) -> Program:
    """Name resolution and lowering to HIR of the expanded user crate (named after its file,
    as rustc names a single file's crate) against std, read from the metadata cache
    (`ferric.metadata`: built on first use, kept per process)."""
    from ferric.hir.lower import resolve_and_lower
    from ferric.metadata.std import load_std

    with _pass(sess, "load std"):
        # std is built without `cfg(test)`, as rustc's prebuilt std (a test build of the
        # user's crate does not rebuild std; it shares the metadata file of other builds).
        # Likewise its configuration is not the user's profile's or features.
        cfg = dataclasses.replace(
            cfg_options(sess), test=False, debug_assertions=True, overflow_checks=True, features=frozenset()
        )
        std = load_std(sess.psess, dataclasses.replace(cfg, names=cfg.names | {"debug_assertions"}))
    opts = sess.options
    name = opts.crate_name or crate_name(path)
    with _pass(sess, "resolve"):
        return resolve_and_lower(
            sess.psess,
            std=std,
            user=krate,
            user_name=name,
            file_name=path,
            edition=opts.edition,
            needs_main=opts.crate_type == "bin" and not opts.test,
            externs=externs.crates if externs is not None else (),
            deps=tuple(e.name for e in opts.externs),
        )


def crate_name(path: str) -> str:
    """rustc's default crate name for a file: its stem, `-` replaced by `_`."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return stem.replace("-", "_") or "main"


@dataclass(slots=True)
class Externs:
    """The other user crates of a compilation (`Options.externs` and theirs), expanded."""

    crates: list[ExternCrate]
    """In dependency order (a crate after the crates it uses), numbered from 2."""
    macros: dict[str, dict[str, MacroRules]]
    """Each crate's `#[macro_export]` macros, by crate name."""


def load_externs(sess: Session) -> Externs:
    """Read, parse and expand the crates `sess.options.externs` names, and the crates they
    use, each once, dependencies first (rustc reads a dependency's metadata; ferric,
    having none, its source again). What they report is dropped: each was checked by its
    own compilation (cargo compiles a package's library before its binaries, dependencies
    before dependents). A crate whose root cannot be read is rustc's E0463."""
    from ferric.expand.base import CfgOptions, ExpandCtx
    from ferric.expand.expander import expand_crate_with_table
    from ferric.hir.lower import FIRST_EXTERN_CRATE, ExternCrate
    from ferric.resolve.defs import CrateNum
    from ferric.syntax.parser import parse_crate

    out = Externs([], {})
    order: list[Extern] = []
    seen: set[tuple[str, str]] = set()

    def visit(e: Extern) -> None:  # dependency graphs are shallow: recursion is fine
        key = (e.name, os.path.abspath(e.path))
        if key in seen:
            return
        seen.add(key)
        for d in e.deps:
            visit(d)
        order.append(e)

    for e in sess.options.externs:
        visit(e)
    if not order:
        return out
    psess = sess.psess
    for e in order:
        quiet = sess.dcx.snapshot()
        current, edition = sess.current_file, psess.edition
        with _pass(sess, f"load crate `{e.name}`"):
            sf = load_file(sess, e.path)
            krate = None
            if sf is not None:
                psess.edition = e.edition
                try:
                    krate = parse_crate(psess, sf)
                    cfg = dataclasses.replace(
                        cfg_options(sess),
                        test=False,
                        names=CfgOptions().names | frozenset(e.cfg_names),
                        features=frozenset(e.features),
                    )
                    ctx = ExpandCtx(psess, e.name, cfg, e.path)
                    ctx.extern_macros = {d.name: out.macros[d.name] for d in e.deps if d.name in out.macros}
                    krate, table = expand_crate_with_table(ctx, krate)
                finally:
                    psess.edition = edition
        sess.dcx.rollback(quiet)
        sess.current_file = current
        if krate is None:
            sess.dcx.emit(
                Diagnostic.error(f"can't find crate for `{e.name}`", code="E0463")
            )
            continue
        num = CrateNum(FIRST_EXTERN_CRATE + len(out.crates))
        deps = tuple(d.name for d in e.deps)
        out.crates.append(ExternCrate(num, e.name, krate, e.edition, deps))
        out.macros[e.name] = table.local_exports()
    return out


def expand(
    sess: Session, krate: ast.Crate, path: str, externs: Externs | None = None
) -> ast.Crate:
    """Macro expansion, `#[cfg]`, `mod name;` files (crate name `main`, as for a single file).
    A parse that failed outright (nothing parsed, errors reported) is not expanded."""
    if sess.dcx.has_errors and not krate.items:
        return krate
    from ferric.expand.base import ExpandCtx
    from ferric.expand.expander import expand_crate
    from ferric.metadata.macros import load_std_macros

    ctx = ExpandCtx(sess.psess, "main", cfg_options(sess), path)
    ctx.display_name = sess.options.crate_name or crate_name(path)
    if externs is not None:
        ctx.extern_macros = {e.name: externs.macros[e.name] for e in sess.options.externs if e.name in externs.macros}
    with _pass(sess, "expand"):
        load_std_macros(ctx.cfg)  # std's macros from the cache: no parse of std's files
        out = expand_crate(ctx, krate)
    sess.stop_after_expansion = ctx.abort_after_expansion
    return out


# =================================================================================================
# Running guarded
# =================================================================================================


@dataclass(frozen=True, slots=True)
class Ice:
    """An internal compiler error: a Python exception escaped a pass."""

    message: str
    """`ExceptionType: text`."""
    pass_name: str
    file: str | None
    notes: tuple[str, ...]
    """Context the raising code attached with `Exception.add_note` (item, span, ...)."""
    traceback: str


@dataclass(slots=True)
class _Outcome(Generic[T]):
    value: T | None = None
    ice: Ice | None = None
    interrupted: bool = False


def run_guarded(sess: Session, job: Callable[[], T]) -> T | Ice:
    """Run `job` on a worker thread with a deep stack; an exception becomes an `Ice`.

    `KeyboardInterrupt` (delivered to the calling thread) propagates to the caller; the
    worker is a daemon thread, so it does not keep the process alive.
    """
    outcome: _Outcome[T] = _Outcome()

    def work() -> None:
        try:
            outcome.value = job()
        except BaseException as e:  # anything escaping a pass is an ICE
            outcome.ice = _make_ice(sess, e)

    old_limit = sys.getrecursionlimit()
    if old_limit < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        old_size = threading.stack_size(WORKER_STACK_SIZE)
    except (ValueError, RuntimeError):  # a platform without settable stacks: run as we are
        old_size = None
    try:
        worker = threading.Thread(target=work, name="ferric", daemon=True)
        worker.start()
    finally:
        if old_size is not None:
            threading.stack_size(old_size)
    while worker.is_alive():
        worker.join(0.25)  # a timed join keeps the main thread responsive to Ctrl-C
    if outcome.ice is not None:
        return outcome.ice
    return outcome.value  # type: ignore[return-value]  # set by a job that returned normally


def _make_ice(sess: Session, e: BaseException) -> Ice:
    text = str(e)
    message = f"{type(e).__name__}: {text}" if text else type(e).__name__
    notes = tuple(str(n) for n in getattr(e, "__notes__", ()))
    tb = "".join(traceback.format_exception(e))
    return Ice(message, sess.current_pass, sess.current_file, notes, tb)


# =================================================================================================
# Rendering
# =================================================================================================


def use_color(sess: Session, stream: TextIO) -> bool:
    """rustc's `--color=auto`: colour when the stream is a terminal."""
    choice = sess.options.color
    if choice is ColorChoice.ALWAYS:
        return True
    if choice is ColorChoice.NEVER:
        return False
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _terminal_width(stream: TextIO) -> int | None:
    """The width rustc wraps long lines at on a terminal (None: rustc's default for files)."""
    if not _isatty(stream):
        return None
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return None


def emit_diagnostics(sess: Session, stream: TextIO) -> None:
    """Write every diagnostic of the session, then the summary, in the chosen format."""
    if not sess.dcx.diagnostics and not sess.dcx.error_count and not sess.dcx.warning_count:
        return  # nothing to write, and no summary: the emitter is not even imported
    from ferric.diag.emitter import summary_diagnostics

    summary = summary_diagnostics(sess.dcx)
    unit = sess.options.cargo_unit
    if unit is not None and summary:
        # cargo replaces rustc's count by its own line, after the `explain` hints.
        errors, warnings = sess.dcx.error_count, sess.dcx.warning_count
        warn_text = f"{warnings} warning{'s' if warnings != 1 else ''}"
        lines: list[Diagnostic] = []
        quiet = sess.options.cargo_quiet
        if errors:
            # A failed compilation with warnings: cargo counts them, then fails.
            if warnings and not quiet:
                lines.append(Diagnostic(Level.WARNING, f"{unit} generated {warn_text}"))
            text = f"could not compile {unit} due to {errors} previous error{'s' if errors != 1 else ''}"
            lines.append(Diagnostic(Level.ERROR, text + (f"; {warn_text} emitted" if warnings else "")))
        elif not quiet:
            lines.append(Diagnostic(Level.WARNING, f"{unit} generated {warn_text}{_fix_hint(sess)}"))
        write_diagnostics(sess, [*sess.dcx.diagnostics, *summary[1:]], stream)
        if sess.options.error_format is ErrorFormat.JSON:
            write_diagnostics(sess, lines, stream)
        else:
            # cargo's lines end the output: no blank line after them, unlike rustc's summary.
            import io

            for line in lines:
                buf = io.StringIO()
                write_diagnostics(sess, [line], buf, use_color(sess, stream))
                stream.write(buf.getvalue().rstrip("\n") + "\n")
            stream.flush()
        return
    write_diagnostics(sess, [*sess.dcx.diagnostics, *summary], stream)


def _fix_hint(sess: Session) -> str:
    """cargo's ` (run `cargo clippy --fix ...` to apply N suggestions)`: N counts the
    warnings with a machine-applicable suggestion."""
    command = sess.options.fix_command
    if command is None:
        return ""
    from ferric.diag.diagnostic import Applicability

    n = sum(
        1
        for d in sess.dcx.diagnostics
        if d.level is Level.WARNING
        and any(s.applicability is Applicability.MACHINE_APPLICABLE for s in d.suggestions)
    )
    if not n:
        return ""
    return f" (run `{command}` to apply {n} suggestion{'s' if n != 1 else ''})"


def write_diagnostics(
    sess: Session, diags: list[Diagnostic], stream: TextIO, color: bool | None = None
) -> None:
    """Render `diags` to `stream` in the session's error format (human or JSON lines), in
    colour when `color` says so (None: when `stream` wants it)."""
    from ferric.diag.emitter import render_human, render_json

    sm = sess.source_map
    if sess.options.error_format is ErrorFormat.JSON:
        for d in diags:
            stream.write(render_json(d, sm) + "\n")
    else:
        from ferric.diag.macro_backtrace import render_macro_backtrace
        from ferric.expand.std_crate import is_std_span

        if color is None:
            color = use_color(sess, stream)
        width = _terminal_width(stream)
        hygiene = sess.psess.hygiene
        for d in diags:
            d = render_macro_backtrace(d, hygiene, is_std_span)
            stream.write(render_human(d, sm, color, diagnostic_width=width))
    stream.flush()


def ice_diagnostics(ice: Ice) -> list[Diagnostic]:
    """The ICE as diagnostics, in the shape rustc reports its own panics: the error, then
    stand-alone notes (where it happened, how to get a traceback, the version)."""
    from ferric import __version__

    where = f"pass `{ice.pass_name}`" + (f" on `{ice.file}`" if ice.file else "")
    notes = [*ice.notes, f"the compiler unexpectedly failed in {where}. This is a bug."]
    if not _backtrace_wanted():
        notes.append(
            "run with `FERRIC_BACKTRACE=1` environment variable to display a Python traceback"
        )
    notes.append("we would appreciate a bug report with the program that caused it")
    import platform  # (only for an internal error: 3 ms of every start-up otherwise)

    notes.append(
        f"ferric {__version__} running on "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    return [Diagnostic(Level.ICE, ice.message), *(Diagnostic(Level.NOTE, n) for n in notes)]


def _backtrace_wanted() -> bool:
    return os.environ.get("FERRIC_BACKTRACE", "") not in ("", "0")


def render_ice(sess: Session, ice: Ice, stream: TextIO) -> None:
    """Write the diagnostics collected so far (no summary), then the ICE report (and the
    Python traceback when FERRIC_BACKTRACE=1)."""
    if _backtrace_wanted():
        stream.write(ice.traceback + "\n")
    report = ice_diagnostics(ice)
    try:
        # When rendering itself failed, what was rendered is out already: add only the ICE.
        shown = [] if ice.pass_name == _EMIT_PASS else sess.dcx.diagnostics
        write_diagnostics(sess, [*shown, *report], stream)
    except Exception:  # the renderer itself is broken: plain text, still no traceback
        stream.write(f"error: internal compiler error: {ice.message}\n\n")
        stream.write("".join(f"note: {d.message}\n\n" for d in report[1:]))
        stream.flush()


def exit_code(sess: Session) -> int:
    """rustc's exit status for a compilation that did not crash."""
    return EXIT_ERROR if sess.dcx.has_errors else EXIT_OK


def run_compiler(
    sess: Session,
    action: Callable[[Session], object],
    stderr: TextIO,
) -> int:
    """Run `action` guarded, render the session's diagnostics to `stderr`, return the exit code.

    Diagnostics emitted before an internal error are still shown, then the ICE (exit 101).
    Rendering happens inside the worker too, so a renderer failure is an ICE as well.
    """

    def job() -> int:
        action(sess)
        with _pass(sess, _EMIT_PASS):
            emit_diagnostics(sess, stderr)
        return exit_code(sess)

    result = run_guarded(sess, job)
    if isinstance(result, Ice):
        render_ice(sess, result, stderr)
        return EXIT_ICE
    return result
