"""Syntax: token trees, the AST (declared once in `ast`), the parser and the AST printer."""
