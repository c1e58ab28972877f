"""Spans, the source map and ids: the vocabulary every stage shares. Imports nothing from ferric."""
