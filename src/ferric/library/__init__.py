"""ferric's standard library, written in Rust (`std/lib.rs` is the crate root).

It is parsed, expanded, resolved and type-checked like user code. Items the compiler must
know carry `#[lang = "..."]`; functions a backend implements are body-less and carry
`#[ferric::intrinsic]`; types whose representation belongs to the backend carry
`#[ferric::opaque]`. `core` and `alloc` are names for this same crate.
"""

from __future__ import annotations

from pathlib import Path

STD_ROOT = Path(__file__).parent / "std" / "lib.rs"
"""The crate root of ferric's std."""
