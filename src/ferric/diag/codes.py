"""The registry of error codes ferric emits, with their long explanations.

Every code a stage may put on a diagnostic is listed in `_CODES` (with the stage that emits
it), and explained in `explanations/EXXXX.md`, written in the project's own words: what the
error means, an erroneous example (a fenced block marked `compile_fail,EXXXX`), and how to fix
it (a fenced block that compiles). `ferric explain` prints these texts (see `explain`), the
JSON emitter embeds them, and the closing `For more information…` line only names codes that
have one.

Invariant: `all_codes()` == the codes with an explanation file; a test checks both ways.
Codes rustc no longer emits but ferric users may still look up (E0412, folded into E0425 in
rustc 1.95) start with the same `#### Note: this error code is no longer emitted by the
compiler.` line as rustc's.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Final

_CODES: Final[dict[str, str]] = {
    # lexer / parser
    "E0178": "syntax",
    "E0585": "syntax",
    "E0586": "syntax",
    "E0670": "syntax",
    "E0748": "syntax",
    "E0754": "syntax",
    "E0758": "syntax",
    "E0762": "syntax",
    "E0763": "syntax",
    "E0765": "syntax",
    # macro expansion, cfg, module files
    "E0537": "expand",
    "E0539": "expand",
    "E0583": "expand",
    "E0658": "expand",
    "E0665": "expand",
    "E0761": "expand",
    "E0774": "expand",
    "E0805": "expand",
    # name resolution and lowering to HIR
    "E0128": "resolve",
    "E0252": "resolve",
    "E0254": "resolve",
    "E0255": "resolve",
    "E0259": "resolve",
    "E0260": "resolve",
    "E0261": "resolve",
    "E0262": "resolve",
    "E0267": "resolve",
    "E0268": "resolve",
    "E0401": "resolve",
    "E0403": "resolve",
    "E0404": "resolve",
    "E0405": "resolve",
    "E0407": "resolve",
    "E0408": "resolve",
    "E0409": "resolve",
    "E0411": "resolve",
    "E0412": "resolve",
    "E0415": "resolve",
    "E0416": "resolve",
    "E0422": "resolve",
    "E0423": "resolve",
    "E0424": "resolve",
    "E0425": "resolve",
    "E0426": "resolve",
    "E0428": "resolve",
    "E0429": "resolve",
    "E0432": "resolve",
    "E0433": "resolve",
    "E0434": "resolve",
    "E0435": "resolve",
    "E0437": "resolve",
    "E0438": "resolve",
    "E0463": "resolve",
    "E0530": "resolve",
    "E0531": "resolve",
    "E0532": "resolve",
    "E0562": "resolve",
    "E0571": "resolve",
    "E0573": "resolve",
    "E0574": "resolve",
    "E0575": "resolve",
    "E0576": "resolve",
    "E0601": "resolve",
    "E0603": "resolve",
    "E0659": "resolve",
    "E0696": "resolve",
    "E0728": "resolve",
    "E0767": "resolve",
    "E0770": "resolve",
    # type checking
    "E0061": "typeck",
    "E0106": "typeck",
    "E0277": "typeck",
    "E0308": "typeck",
    "E0369": "typeck",
    "E0599": "typeck",
    # pattern checking (exhaustiveness, refutability, range patterns)
    "E0004": "pattern",
    "E0005": "pattern",
    "E0030": "pattern",
    "E0158": "pattern",
    "E0170": "pattern",
    "E0579": "pattern",
    # borrow checking
    "E0373": "borrowck",
    "E0382": "borrowck",
    "E0384": "borrowck",
    "E0499": "borrowck",
    "E0502": "borrowck",
    "E0505": "borrowck",
    "E0506": "borrowck",
    "E0507": "borrowck",
    "E0515": "borrowck",
    "E0596": "borrowck",
    "E0597": "borrowck",
    "E0716": "borrowck",
}
"""Code → the stage that emits it."""

_CODE_RE = re.compile(r"E\d{4}")


def all_codes() -> list[str]:
    """Every registered code, in order."""
    return sorted(_CODES)


def stage(code: str) -> str | None:
    """The pipeline stage that emits `code` (`syntax`, `expand`, `resolve`, `typeck`, `pattern`,
    `borrowck`)."""
    return _CODES.get(code)


@cache
def explanation(code: str) -> str | None:
    """The long explanation of `code` (Markdown), or None for codes ferric does not know."""
    if code not in _CODES or not _CODE_RE.fullmatch(code):
        return None
    try:
        return (resources.files("ferric.diag") / "explanations" / f"{code}.md").read_text(
            encoding="utf-8"
        )
    except FileNotFoundError:
        return None
