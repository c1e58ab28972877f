"""The HIR: resolved, desugared items and bodies (`nodes`), and lowering from the AST (`lower/`)."""
