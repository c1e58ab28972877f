"""Macro expansion: `macro_rules!`, built-in macros, derives, `#[cfg]`, and loading `mod x;`
files. AST in, AST without macro calls out. See `base.py` for the contract."""
