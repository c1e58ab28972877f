"""The lexer: source text -> tokens (with jointness), nothing else."""
