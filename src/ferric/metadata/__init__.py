"""Crate metadata: std resolved and lowered once, kept in a cache directory, read lazily.

`std.load_std(psess, cfg)` is the entry point (the driver's `resolve` pass); `store` is the
directory and file format, `encode` the value encoding of HIR and attributes. See
`docs/architecture.md` ("Crate metadata") for the design.
"""
