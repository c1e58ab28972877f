"""ferric: the Rust programming language, implemented in Python.

The pipeline (see docs/architecture.md): text -> tokens (lexer) -> token trees and AST
(syntax) -> ... Each stage is a package; lower layers never import higher ones.
"""

__version__ = "0.1.0"
