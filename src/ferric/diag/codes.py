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
    "E0379": "syntax",
    "E0449": "syntax",
    "E0584": "syntax",
    "E0585": "syntax",
    "E0586": "syntax",
    "E0670": "syntax",
    "E0704": "syntax",
    "E0748": "syntax",
    "E0753": "syntax",
    "E0754": "syntax",
    "E0758": "syntax",
    "E0762": "syntax",
    "E0763": "syntax",
    "E0765": "syntax",
    "E0766": "syntax",
    "E0768": "syntax",
    "E0783": "syntax",
    # macro expansion, cfg, module files
    "E0537": "expand",
    "E0539": "expand",
    "E0554": "expand",
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
    # type collection, coherence and type checking (also the typing of patterns)
    "E0023": "typeck",
    "E0026": "typeck",
    "E0027": "typeck",
    "E0034": "typeck",
    "E0038": "typeck",
    "E0046": "typeck",
    "E0049": "typeck",
    "E0050": "typeck",
    "E0053": "typeck",
    "E0054": "typeck",
    "E0057": "typeck",
    "E0060": "typeck",
    "E0061": "typeck",
    "E0062": "typeck",
    "E0063": "typeck",
    "E0067": "typeck",
    "E0069": "typeck",
    "E0070": "typeck",
    "E0072": "typeck",
    "E0124": "typeck",
    "E0106": "typeck",
    "E0107": "typeck",
    "E0109": "typeck",
    "E0116": "typeck",
    "E0117": "typeck",
    "E0118": "typeck",
    "E0119": "typeck",
    "E0120": "typeck",
    "E0133": "typeck",
    "E0121": "typeck",
    "E0185": "typeck",
    "E0186": "typeck",
    "E0191": "typeck",
    "E0195": "typeck",
    "E0204": "typeck",
    "E0210": "typeck",
    "E0220": "typeck",
    "E0223": "typeck",
    "E0225": "typeck",
    "E0271": "typeck",
    "E0275": "typeck",
    "E0277": "typeck",
    "E0282": "typeck",
    "E0283": "typeck",
    "E0284": "typeck",
    "E0308": "typeck",
    "E0317": "typeck",
    "E0326": "typeck",
    "E0368": "typeck",
    "E0369": "typeck",
    "E0390": "typeck",
    "E0451": "typeck",
    "E0525": "typeck",
    "E0527": "typeck",
    "E0528": "typeck",
    "E0529": "typeck",
    "E0533": "typeck",
    "E0559": "typeck",
    "E0560": "typeck",
    "E0593": "typeck",
    "E0599": "typeck",
    "E0600": "typeck",
    "E0604": "typeck",
    "E0605": "typeck",
    "E0606": "typeck",
    "E0608": "typeck",
    "E0609": "typeck",
    "E0610": "typeck",
    "E0614": "typeck",
    "E0615": "typeck",
    "E0616": "typeck",
    "E0618": "typeck",
    "E0624": "typeck",
    "E0631": "typeck",
    "E0689": "typeck",
    "E0746": "typeck",
    "E0769": "typeck",
    "E0782": "typeck",
    "E0790": "typeck",
    # pattern checking (exhaustiveness, refutability, range patterns)
    "E0004": "pattern",
    "E0005": "pattern",
    "E0030": "pattern",
    "E0158": "pattern",
    "E0170": "pattern",
    "E0579": "pattern",
    # constant evaluation
    "E0080": "consteval",
    "E0370": "consteval",
    # borrow checking
    "E0373": "borrowck",
    "E0381": "borrowck",
    "E0382": "borrowck",
    "E0384": "borrowck",
    "E0499": "borrowck",
    "E0500": "borrowck",
    "E0501": "borrowck",
    "E0502": "borrowck",
    "E0503": "borrowck",
    "E0505": "borrowck",
    "E0506": "borrowck",
    "E0507": "borrowck",
    "E0508": "borrowck",
    "E0509": "borrowck",
    "E0515": "borrowck",
    "E0521": "borrowck",
    "E0524": "borrowck",
    "E0594": "borrowck",
    "E0596": "borrowck",
    "E0597": "borrowck",
    "E0621": "borrowck",
    "E0713": "borrowck",
    "E0716": "borrowck",
}
"""Code → the stage that emits it."""

_CODE_RE = re.compile(r"E\d{4}")


def all_codes() -> list[str]:
    """Every registered code, in order."""
    return sorted(_CODES)


def stage(code: str) -> str | None:
    """The pipeline stage that emits `code` (`syntax`, `expand`, `resolve`, `typeck`, `pattern`,
    `consteval`, `borrowck`)."""
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
