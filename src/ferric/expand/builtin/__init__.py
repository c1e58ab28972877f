"""Compiler built-in macros (rustc 1.95's `rustc_builtin_macros`): `BUILTIN_MACROS` maps a
macro's name, as std declares it with `#[rustc_builtin_macro]`, to the function that
expands it (see `ferric.expand.base.BuiltinMacro`).

Modules: `format_parse` (the `std::fmt` mini-language), `format_args` (+ `format_report`,
`format_foreign`), `assert_`, `concat`, `env`, `source_util` (`line!`, `file!`,
`include!`...), `misc` (`stringify!`, `cfg!`, `compile_error!`, unsupported and unstable
macros), `cfg_pred` (cfg predicates, shared with `#[cfg]` stripping), `tts_print` + `pp`
(rustc's token and layout printing), `util` (argument parsing, AST building).
"""

from __future__ import annotations

from ferric.expand.base import BuiltinMacro
from ferric.expand.builtin.assert_ import expand_assert
from ferric.expand.builtin.concat import expand_concat
from ferric.expand.builtin.env import expand_env, expand_option_env
from ferric.expand.builtin.format_args import expand_format_args, expand_format_args_nl
from ferric.expand.builtin.misc import (
    expand_asm,
    expand_cfg,
    expand_compile_error,
    expand_log_syntax,
    expand_std_panic,
    expand_stringify,
    expand_trace_macros,
    expand_unreachable,
)
from ferric.expand.builtin.source_util import (
    expand_column,
    expand_file,
    expand_include,
    expand_include_bytes,
    expand_include_str,
    expand_line,
    expand_module_path,
)
from ferric.expand.builtin.util import expr_macro

BUILTIN_MACROS: dict[str, BuiltinMacro] = {
    "format_args": expr_macro(expand_format_args),
    "format_args_nl": expr_macro(expand_format_args_nl),
    "const_format_args": expr_macro(expand_format_args),
    "assert": expr_macro(expand_assert),
    "concat": expr_macro(expand_concat),
    "stringify": expr_macro(expand_stringify),
    "line": expr_macro(expand_line),
    "column": expr_macro(expand_column),
    "file": expr_macro(expand_file),
    "module_path": expr_macro(expand_module_path),
    "env": expr_macro(expand_env),
    "option_env": expr_macro(expand_option_env),
    "include_str": expr_macro(expand_include_str),
    "include_bytes": expr_macro(expand_include_bytes),
    "include": expand_include,
    "cfg": expr_macro(expand_cfg),
    "compile_error": expand_compile_error,
    "asm": expand_asm,
    "global_asm": expand_asm,
    "naked_asm": expand_asm,
    "trace_macros": expand_trace_macros,
    "log_syntax": expand_log_syntax,
    "std_panic": expr_macro(expand_std_panic),
    "core_panic": expr_macro(expand_std_panic),
    "unreachable": expr_macro(expand_unreachable),
}
