"""The lints `ferric clippy` knows: clippy's names, groups and default levels.

A `Lint` is a static description; the checks that emit it live in the `lints_*` modules.
Clippy's group of a lint (`style`, `complexity`, `perf`, `suspicious`, `correctness`)
decides its default level (`correctness` lints deny, the others warn) and which
`clippy::GROUP` names reach it in `#[allow]`/`-A`; `clippy::all` holds every group here.

Invariant: names are clippy 1.95's, written without the `clippy::` prefix.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class Level(enum.IntEnum):
    """A lint level; ordered so that `max` picks the stricter one."""

    ALLOW = 0
    EXPECT = 1
    WARN = 2
    DENY = 3
    FORBID = 4

    @property
    def word(self) -> str:
        return self.name.lower()


class Phase(enum.IntEnum):
    """When clippy's lint pass runs: early passes (on the AST) report before late ones;
    rustc's check of `#[expect]`s comes last."""

    LEVELS = 0
    """rustc's checks of the lint attributes themselves (`unknown_lints`)."""
    EARLY = 1
    LATE = 2
    EXPECTATIONS = 3


@dataclass(frozen=True, slots=True)
class Lint:
    name: str
    group: str
    phase: Phase = Phase.LATE
    tool: str | None = "clippy"
    """None for rustc's own lints."""
    deny: bool = False
    """Deny by default (a rustc lint such as `overflowing_literals`)."""

    @property
    def default_level(self) -> Level:
        return Level.DENY if self.deny or self.group == "correctness" else Level.WARN

    @property
    def qualified(self) -> str:
        """`clippy::needless_return`, or a rustc lint's plain name."""
        return f"{self.tool}::{self.name}" if self.tool else self.name


RUSTC_GROUPS: Final = ("unused", "nonstandard_style")
"""The groups of rustc's own lints ferric implements (besides `warnings`)."""

GROUPS: Final = ("correctness", "suspicious", "style", "complexity", "perf")
"""The groups of `clippy::all` (the default set)."""

_LINTS: dict[str, Lint] = {}


def _lint(name: str, group: str, phase: Phase = Phase.LATE) -> Lint:
    lint = Lint(name, group, phase)
    _LINTS[name] = lint
    return lint


# -- early (AST) lints --------------------------------------------------------------------------
REDUNDANT_FIELD_NAMES = _lint("redundant_field_names", "style", Phase.EARLY)
REDUNDANT_STATIC_LIFETIMES = _lint("redundant_static_lifetimes", "style", Phase.EARLY)
INT_PLUS_ONE = _lint("int_plus_one", "complexity", Phase.EARLY)
PRECEDENCE = _lint("precedence", "complexity", Phase.EARLY)
UNUSED_UNIT = _lint("unused_unit", "style", Phase.EARLY)
# -- late lints -----------------------------------------------------------------------------------
NEEDLESS_RETURN = _lint("needless_return", "style")
LET_AND_RETURN = _lint("let_and_return", "style")
LEN_ZERO = _lint("len_zero", "style")
LEN_WITHOUT_IS_EMPTY = _lint("len_without_is_empty", "style")
CLONE_ON_COPY = _lint("clone_on_copy", "complexity")
SINGLE_MATCH = _lint("single_match", "style")
MANUAL_RANGE_CONTAINS = _lint("manual_range_contains", "style")
NEEDLESS_BORROW = _lint("needless_borrow", "style")
COLLAPSIBLE_IF = _lint("collapsible_if", "style")
QUESTION_MARK = _lint("question_mark", "style")
NEW_WITHOUT_DEFAULT = _lint("new_without_default", "style")
UNNECESSARY_UNWRAP = _lint("unnecessary_unwrap", "complexity")
BOOL_COMPARISON = _lint("bool_comparison", "complexity")
PRINTLN_EMPTY_STRING = _lint("println_empty_string", "style")
PRINT_WITH_NEWLINE = _lint("print_with_newline", "style")
PRINT_LITERAL = _lint("print_literal", "style")
ASSIGN_OP_PATTERN = _lint("assign_op_pattern", "style")
REDUNDANT_PATTERN_MATCHING = _lint("redundant_pattern_matching", "style")
TOPLEVEL_REF_ARG = _lint("toplevel_ref_arg", "style")
NEG_MULTIPLY = _lint("neg_multiply", "style")
UNNECESSARY_CAST = _lint("unnecessary_cast", "complexity")
CHAR_LIT_AS_U8 = _lint("char_lit_as_u8", "complexity")
IDENTITY_OP = _lint("identity_op", "complexity")
EQ_OP = _lint("eq_op", "correctness")
NEEDLESS_BOOL = _lint("needless_bool", "complexity")
OP_REF = _lint("op_ref", "style")
PARTIALEQ_TO_NONE = _lint("partialeq_to_none", "style")
UNWRAP_OR_DEFAULT = _lint("unwrap_or_default", "style")
GET_FIRST = _lint("get_first", "style")
SINGLE_CHAR_ADD_STR = _lint("single_char_add_str", "style")
APPROX_CONSTANT = _lint("approx_constant", "correctness")
USELESS_FORMAT = _lint("useless_format", "complexity")
PTR_ARG = _lint("ptr_arg", "style")
NEEDLESS_QUESTION_MARK = _lint("needless_question_mark", "complexity")
MEM_REPLACE_WITH_DEFAULT = _lint("mem_replace_with_default", "style")
UNNECESSARY_LAZY_EVALUATIONS = _lint("unnecessary_lazy_evaluations", "style")
FILTER_NEXT = _lint("filter_next", "complexity")
ITER_NTH = _lint("iter_nth", "style")
MAP_CLONE = _lint("map_clone", "style")
MANUAL_MAP = _lint("manual_map", "style")
REDUNDANT_CLOSURE = _lint("redundant_closure", "style")
IF_SAME_THEN_ELSE = _lint("if_same_then_else", "style")
WHILE_LET_ON_ITERATOR = _lint("while_let_on_iterator", "style")
TO_STRING_IN_FORMAT_ARGS = _lint("to_string_in_format_args", "perf")
COMPARISON_TO_EMPTY = _lint("comparison_to_empty", "style")
MATCH_LIKE_MATCHES_MACRO = _lint("match_like_matches_macro", "style")
UPPER_CASE_ACRONYMS = _lint("upper_case_acronyms", "style")
INHERENT_TO_STRING = _lint("inherent_to_string", "style")
NEEDLESS_RANGE_LOOP = _lint("needless_range_loop", "style")
FOR_KV_MAP = _lint("for_kv_map", "style")
ITER_CLONED_COLLECT = _lint("iter_cloned_collect", "style")
MANUAL_UNWRAP_OR_DEFAULT = _lint("manual_unwrap_or_default", "suspicious")
MANUAL_UNWRAP_OR = _lint("manual_unwrap_or", "complexity")
NEEDLESS_LIFETIMES = _lint("needless_lifetimes", "complexity")
WRONG_SELF_CONVENTION = _lint("wrong_self_convention", "style")
SHOULD_IMPLEMENT_TRAIT = _lint("should_implement_trait", "style")
USELESS_CONVERSION = _lint("useless_conversion", "complexity")
MANUAL_CONTAINS = _lint("manual_contains", "perf")
EXPECT_FUN_CALL = _lint("expect_fun_call", "perf")
BOOL_ASSERT_COMPARISON = _lint("bool_assert_comparison", "style")
INTO_ITER_ON_REF = _lint("into_iter_on_ref", "style")
ITER_COUNT = _lint("iter_count", "complexity")
WRITE_WITH_NEWLINE = _lint("write_with_newline", "style")
WRITELN_EMPTY_STRING = _lint("writeln_empty_string", "style")
WRITE_LITERAL = _lint("write_literal", "style")
EXPLICIT_COUNTER_LOOP = _lint("explicit_counter_loop", "complexity")
USELESS_VEC = _lint("useless_vec", "perf")
REDUNDANT_SLICING = _lint("redundant_slicing", "complexity")
ITER_SKIP_NEXT = _lint("iter_skip_next", "style")
MAP_IDENTITY = _lint("map_identity", "complexity")
BIND_INSTEAD_OF_MAP = _lint("bind_instead_of_map", "complexity")
CHARS_NEXT_CMP = _lint("chars_next_cmp", "style")
MAP_FLATTEN = _lint("map_flatten", "complexity")
OPTION_MAP_UNIT_FN = _lint("option_map_unit_fn", "complexity")
UNNECESSARY_FOLD = _lint("unnecessary_fold", "style")
REDUNDANT_GUARDS = _lint("redundant_guards", "complexity")
UNUSED_ENUMERATE_INDEX = _lint("unused_enumerate_index", "style")
OK_EXPECT = _lint("ok_expect", "style")
UNNECESSARY_SORT_BY = _lint("unnecessary_sort_by", "complexity")
NEEDLESS_MATCH = _lint("needless_match", "complexity")
TOO_MANY_ARGUMENTS = _lint("too_many_arguments", "complexity")
ENUM_VARIANT_NAMES = _lint("enum_variant_names", "style")


UNFULFILLED_LINT_EXPECTATIONS = Lint("unfulfilled_lint_expectations", "rustc", Phase.EXPECTATIONS, None)
"""rustc's, for an `#[expect(clippy::x)]` that met no `x`."""
UNKNOWN_LINTS = Lint("unknown_lints", "rustc", Phase.LEVELS, None)
"""rustc's, for `#[allow(clippy::x)]` naming no lint of clippy's."""


def lookup(name: str) -> Lint | None:
    """The lint `clippy::NAME` names (NAME without the prefix, `-` or `_`)."""
    return _LINTS.get(name.replace("-", "_"))


def all_lints() -> tuple[Lint, ...]:
    return tuple(_LINTS.values())


def group_contains(group: str, lint: Lint) -> bool:
    """Whether `clippy::GROUP` reaches `lint` (`all` holds every default group)."""
    return group == lint.group or (group == "all" and lint.group in GROUPS)
