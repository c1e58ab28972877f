"""The lexer: source text -> tokens (with jointness), nothing else.

Modules: `token` (Token, TokenKind, Lit), `lexer` (`tokenize`, `lex`, `lex_collect`: the fast
regex path and the cooking of raw tokens into tokens and diagnostics), `raw` (a port of
rustc_lexer: one raw token at a time), `unescape` / `unescape_diag` (escapes: checks, values,
diagnostics), `literal` (literal values, `check_literal`, `break_up_float`), `chars` and
`unicode_chars` (character classes, look-alike punctuation).
"""
