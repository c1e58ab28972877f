"""`ferric run`: execute the Python module the backend generated for a checked program.

The program runs on a thread with a large stack (a debug Rust binary's main thread has
8 MiB; deep recursion must work), and exits as the Rust program would: `main`'s status
(0, 1 for an `Err` from main, 101 after a panic), `process::exit`'s code, or 134 after a
stack overflow (reported on stderr as Rust's runtime does).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from ferric.driver.session import Options, Session

STACK_SIZE = 512 * 1024 * 1024
RECURSION_LIMIT = 1_000_000
GC_THRESHOLD = (100_000, 50, 100)
"""`gc.set_threshold` while a program runs (Python's default is 700, 10, 10)."""


def build_module(opts: Options, path: str, stderr: TextIO) -> str | int:
    """The Python module of the program at `path` (from `module_cache` when it is
    unchanged), or the exit status of a compilation that failed (its diagnostics written
    to `stderr`)."""
    from ferric.driver import module_cache
    from ferric.driver.pipeline import build_py, run_compiler
    from ferric.expand.std_crate import std_dir

    cache_options = (
        f"edition={opts.edition};test={opts.test};crate={opts.crate_name};type={opts.crate_type};"
        f"externs={opts.externs!r};cfg={opts.cfg_names!r}{opts.cfg_values!r};"
        f"profile={opts.debug_assertions},{opts.overflow_checks};features={opts.features!r}"
    )
    hit = module_cache.lookup(path, cache_options)
    if hit is not None:
        return hit
    sess = Session.create(opts)
    built: list[str] = []

    def action(s: Session) -> None:
        src = build_py(s, path)
        if src is not None:
            built.append(src)

    status = run_compiler(sess, action, stderr)
    if status != 0 or not built:
        return status or 1
    root, std_root = os.path.abspath(path), std_dir()
    others = [
        (sf.name, sf.text)
        for sf in sess.source_map.files
        if not os.path.abspath(sf.name).startswith(std_root)
        and os.path.abspath(sf.name) != root
        and os.path.exists(sf.name)
    ]
    module_cache.save(path, cache_options, built[0], others)
    return built[0]


def execute(source: str, filename: str, entry: Callable[[dict[str, Any]], int] | None = None) -> int:
    """Run a generated module; `entry` (default: the module's `_ferric_main`) is called with
    the module's namespace on the program's main thread and returns the exit status."""
    from ferric.rt import ops
    from ferric.rt.core import RustExit

    code = compile(source, f"<ferric:{filename}>", "exec")
    namespace: dict[str, Any] = {"__name__": "__ferric_main__"}
    outcome: dict[str, int] = {}
    ops.thread_fault = lambda e: _report_fault(e, filename)

    def work() -> None:
        outcome["tid"] = threading.get_native_id()
        try:
            exec(code, namespace)
            outcome["code"] = int(namespace["_ferric_main"]() if entry is None else entry(namespace))
            # (The C runtime's `exit` drops the main thread's thread-locals.)
            ops.tls_run_dtors()
        except RustExit as e:
            outcome["code"] = e.code
        except RecursionError as e:
            outcome["overflow"] = 1
            if os.environ.get("FERRIC_BACKTRACE"):
                import traceback

                sys.stderr.write("".join(traceback.format_exception(e, limit=-12)))
        except BaseException as e:  # a defect of the generated code, not of the program
            outcome["ice"] = 1
            _report_fault(e, filename)
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)
    # Rust frees memory by ownership, which reference counting mirrors; Python's cycle
    # collector only finds cycles Rust would leak too (and a caught panic's traceback), yet
    # its full collections walk every live object: a program building a big tree of
    # structs spent two thirds of its time there. Collect rarely instead.
    old_gc = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    old_size = threading.stack_size(STACK_SIZE)
    try:
        worker = threading.Thread(target=work, name="main", daemon=True)
        worker.start()
    finally:
        threading.stack_size(old_size)
    worker.join()
    if "overflow" in outcome:
        sys.stdout.flush()
        sys.stderr.write(f"\nthread 'main' ({outcome['tid']}) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n")
        sys.stderr.flush()
        status = 134
    else:
        status = outcome["code"] & 0xFF if "code" in outcome else 101  # (the low byte, as the OS reports it)
    if ops.threads_running():
        # The process ends with `main`: threads still running are cut off where they are
        # (before the recursion limit they run under is given back).
        exit_now(status)
    sys.setrecursionlimit(old_limit)
    gc.set_threshold(*old_gc)
    return status


def run_saved(module_path: str, filename: str, argv: list[str]) -> int:
    """Run a module written by `ferric build` (`target/debug/NAME` calls this): `argv` is the
    program's command line."""
    from ferric.rt import ops

    try:
        with open(module_path, encoding="utf-8") as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write(f"error: cannot read `{module_path}`: {e.strerror}; run `ferric build` again\n")
        return 101
    ops.PROGRAM_ARGS[:] = argv
    return execute(source, filename)


def _report_fault(e: BaseException, filename: str) -> None:
    """An exception of the generated code (on any thread): an internal compiler error."""
    import traceback

    detail = "".join(traceback.format_exception(e)) if os.environ.get("FERRIC_BACKTRACE") else f"{type(e).__name__}: {e}\n"
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    sys.stderr.write(f"error: internal compiler error: the program ferric generated for `{filename}` failed: {detail}note: this is a bug in ferric's Python backend; set FERRIC_BACKTRACE=1 for the Python traceback\n")


def exit_now(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    ffi = sys.modules.get("ferric.rt.ffi")
    if ffi is not None:
        ffi.flush_c_stdio()  # (what C's `printf` buffered: libc's `exit` flushes it)
    os._exit(code)
