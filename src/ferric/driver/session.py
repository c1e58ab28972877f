"""The compilation session: options, the parse session, and reading the input file.

A `Session` is made once per compilation by the driver from `Options` (what the command
line said) and owns the `ParseSess` (source map, diagnostic context, edition, node ids) that
the stages below the driver see. `load_file` reads the crate root the way rustc does:

- a file that cannot be read is the error ``couldn't read `x.rs`: No such file or directory
  (os error 2)`` (no span);
- bytes that are not UTF-8 are the error ``couldn't read `x.rs`: stream did not contain valid
  UTF-8`` pointing at the first bad byte (the file is added to the source map decoded lossily,
  so the snippet can be shown, but it is never parsed);
- a leading byte-order mark is dropped and CRLF line ends become LF (rustc's
  `normalize_src`), so spans and columns count what rustc counts.

Invariant: user errors go to `sess.dcx` as diagnostics, never as exceptions; `current_pass`
names the pass running now (the driver's ICE report quotes it).
"""

from __future__ import annotations

import enum
from dataclasses import field

from ferric.base.nodeclass import dataclass
from ferric.base.source_map import SourceFile, SourceMap
from ferric.base.span import Span
from ferric.diag.ctxt import DiagCtxt
from ferric.diag.diagnostic import Diagnostic
from ferric.syntax.parse_sess import ParseSess

EDITIONS: tuple[int, ...] = (2015, 2018, 2021, 2024)
DEFAULT_EDITION = 2021


class ErrorFormat(enum.Enum):
    HUMAN = "human"
    JSON = "json"


class ColorChoice(enum.Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@dataclass(frozen=True, slots=True)
class Extern:
    """A user crate the compiled crate uses (rustc's `--extern NAME=PATH`, where ferric's
    PATH is the crate's root source file: it keeps no compiled libraries)."""

    name: str
    """The name the dependent uses (`-` replaced by `_`)."""
    path: str
    """Its crate root (`src/lib.rs`), relative to the working directory or absolute."""
    edition: int = DEFAULT_EDITION
    deps: tuple[Extern, ...] = ()
    """The crates it uses itself."""
    cfg_names: tuple[str, ...] = ()
    """Extra `--cfg` names it is compiled with."""
    features: tuple[str, ...] = ()
    """cargo's `--cfg 'feature="NAME"'` for each of its enabled features."""


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line asked for (everything that changes the compilation's output)."""

    edition: int = DEFAULT_EDITION
    error_format: ErrorFormat = ErrorFormat.HUMAN
    color: ColorChoice = ColorChoice.AUTO
    test: bool = False
    """`--test`: `cfg(test)` holds and `#[test]` functions are kept."""
    cfg_names: tuple[str, ...] = ()
    """`--cfg NAME`: extra names for `#[cfg(NAME)]`."""
    cfg_values: tuple[tuple[str, str], ...] = ()
    """`--cfg 'KEY="VALUE"'`: extra pairs for `#[cfg(KEY = "VALUE")]`."""
    crate_name: str | None = None
    """`--crate-name`: None names the crate after its root file, as rustc does."""
    crate_type: str = "bin"
    """`--crate-type`: `bin` (needs `main`, unless `test`) or `lib`."""
    externs: tuple[Extern, ...] = ()
    """The other user crates in the extern prelude (`use calc::add;`): each is checked by
    its own compilation first, then expanded, resolved and lowered again in this one."""
    debug_assertions: bool = True
    """`-C debug-assertions`: `cfg(debug_assertions)` holds, `debug_assert!` checks (off
    in a release build)."""
    overflow_checks: bool = True
    """`-C overflow-checks`: integer overflow panics (otherwise it wraps, as in a
    release build)."""
    features: tuple[str, ...] = ()
    """cargo's `--cfg 'feature="NAME"'`: the crate's enabled features."""
    cargo_unit: str | None = None
    """Compiling for cargo (`ferric build` ...): how cargo names the unit in its closing line
    (`` `hello` (bin "hello") ``), which replaces rustc's `aborting due to ...` summary."""
    cargo_quiet: bool = False
    """`-q`: cargo leaves out its `generated N warnings` line (not `could not compile`)."""
    validate_mir: bool = False
    """rustc's `-Zvalidate-mir`, for the test suite: every body that passes borrow checking
    also gets its drops elaborated, and a wrong result is an internal error."""
    fix_command: str | None = None
    """The command cargo's closing line of a warnings-only compilation suggests for
    applying the machine-applicable suggestions (`ferric clippy --fix --bin "x" -p x -- `);
    None: no such hint."""


@dataclass(slots=True, eq=False)
class Session:
    options: Options = field(default_factory=Options)
    psess: ParseSess = field(default_factory=ParseSess)
    current_pass: str = "startup"
    """The pass running now, for the internal-compiler-error report."""
    current_file: str | None = None
    """The file being compiled (as the user named it)."""
    stop_after_expansion: bool = False
    """Expansion hit an error rustc stops on (no macro rule matched, the recursion limit):
    later passes do not run."""
    root_text: str | None = None
    """The crate root's text when it is not read from its path: a doc test, which rustdoc
    compiles from generated source under the documented file's name."""
    root_line_offset: int = 0
    """Added to the line numbers diagnostics show for the crate root (rustdoc's
    `UNSTABLE_RUSTDOC_TEST_LINE`: a doc test's errors point into the documented file)."""

    @classmethod
    def create(cls, options: Options | None = None) -> Session:
        opts = options if options is not None else Options()
        return cls(opts, ParseSess(edition=opts.edition))

    @property
    def dcx(self) -> DiagCtxt:
        return self.psess.dcx

    @property
    def source_map(self) -> SourceMap:
        return self.psess.source_map


def normalize_src(text: str) -> str:
    """Drop a byte-order mark and turn CRLF into LF, as rustc does before lexing."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return text


def load_file(sess: Session, path: str) -> SourceFile | None:
    """Read `path` into the session's source map; on failure emit rustc's error, return None."""
    sess.current_file = path
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        sess.dcx.emit(Diagnostic.error(f"couldn't read `{path}`: {os_error_message(e)}"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        _report_invalid_utf8(sess, path, data, e)
        return None
    return sess.source_map.add_file(path, normalize_src(text))


def add_source(sess: Session, name: str, text: str) -> SourceFile:
    """Add in-memory source (tests, stdin) as if it had been read from file `name`."""
    sess.current_file = name
    return sess.source_map.add_file(name, normalize_src(text))


def os_error_message(e: OSError) -> str:
    """Rust's `io::Error` display of an OS error: `No such file or directory (os error 2)`."""
    if e.errno is not None and e.strerror:
        return f"{e.strerror} (os error {e.errno})"
    return str(e)


def _report_invalid_utf8(sess: Session, path: str, data: bytes, e: UnicodeDecodeError) -> None:
    bad = data[e.start : e.end]
    if e.reason == "unexpected end of data":
        label = f"invalid utf-8 at byte `{e.start}`"
    elif len(bad) == 1:
        label = f"byte `{bad[0]}` is not valid utf-8"
    else:
        label = f"bytes `[{', '.join(str(b) for b in bad)}]` are not valid utf-8"
    # The snippet shows the lossy decoding; the caret sits where the valid prefix ends.
    sf = sess.source_map.add_file(path, data.decode("utf-8", errors="replace"))
    pos = sf.start_pos + len(data[: e.start].decode("utf-8"))
    sess.dcx.emit(
        Diagnostic.error(
            f"couldn't read `{path}`: stream did not contain valid UTF-8"
        ).with_primary(Span(pos, pos), label)
    )
