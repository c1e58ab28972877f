"""Const evaluation (rustc's CTFE) over typed HIR: the values of `const` items, `static`s,
enum discriminants, array lengths and inline `const {}` blocks of the user crate, and the
deny-by-default `arithmetic_overflow` / `unconditional_panic` lints of function bodies.

Input: the HIR and the `TypeckResults` of every body. Output: E0080 diagnostics for
evaluations that fail, and the evaluated values (`ConstEvalCtxt.const_value(def_id)`).

Modules: `value` (the values and how rustc prints them in messages), `machine` (the
interpreter), `intrinsics` (std's integer / `Option` / slice const fns, with rustc's
semantics), `check` (the pass: what is evaluated, how failures are reported).
"""

from ferric.consteval.check import ConstEvalCtxt, check_crate_consts, lint_owner_body

__all__ = ["ConstEvalCtxt", "check_crate_consts", "lint_owner_body"]
