"""Regenerate `expanded.rs`: rustc 1.95's expansion of the derives in `input.rs`.

usage: python tests/unit/derive_data/bless.py   (needs rustc; the tests do not)

`rustc -Zunpretty=expanded` (allowed on a stable compiler by RUSTC_BOOTSTRAP=1), normalised
to what ferric generates on purpose: std paths are `::std::` (rustc writes `::core::`),
and two nightly-internal details are dropped — `#[coverage(off)]` on `Eq`'s method and the
`TrivialClone` marker impls.
"""

import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    out = subprocess.run(
        ["rustc", "--edition", "2021", "-Zunpretty=expanded", str(HERE / "input.rs")],
        capture_output=True,
        text=True,
        env=dict(os.environ, RUSTC_BOOTSTRAP="1"),
        check=True,
    ).stdout
    out = out.replace("::core::", "::std::")
    out = re.sub(r"\s*#\[coverage\(off\)\]", "", out)
    out = re.sub(
        r"#\[automatically_derived\]\s*#\[doc\(hidden\)\]\s*unsafe impl ::std::clone::TrivialClone for [^{]*\{ \}\n",
        "",
        out,
    )
    kept = [
        line
        for line in out.splitlines()
        if not line.startswith(
            (
                "#![",
                "extern crate",
                "#[prelude_import]",
                "#[macro_use]",
                "use ::std::prelude",
                "use std::prelude",
            )
        )
    ]
    header = "// rustc 1.95's expansion of input.rs (see bless.py); do not edit.\n"
    (HERE / "expanded.rs").write_text(header + "\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
