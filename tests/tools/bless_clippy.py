"""Bless the clippy UI tests from the real `cargo clippy` (the only clippy caller).

    python tests/tools/bless_clippy.py [NAME ...]

For each `tests/clippy/NAME.rs` (or the ones named): a package `ui` (edition 2021) whose
`src/main.rs` is the file, then `cargo clippy -- FLAGS`, FLAGS being what the file's
`//@ flags: ...` line says (none by default). Its stderr, normalised by
`clippy_cases.normalize` (the package path, the timing), goes to `NAME.stderr`, its exit
status to `NAME.exit`. The cases of `clippy_cases.DRIVER_CASES` are also run as
`clippy-driver --edition 2021 main.rs FLAGS` (what `ferric clippy FILE.rs` is), into
`NAME.driver.stderr` / `NAME.driver.exit`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(
    0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "clippy")
)
from clippy_cases import CASES_DIR, DRIVER_CASES, MANIFEST, case_flags, case_names, normalize

ENV = {k: v for k, v in os.environ.items() if not k.startswith(("RUST_BACKTRACE", "CARGO_TERM"))}
ENV["CARGO_TERM_COLOR"] = "never"


def bless(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "ui")
        os.makedirs(os.path.join(root, "src"))
        with open(os.path.join(root, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write(MANIFEST)
        for name in names:
            src = os.path.join(CASES_DIR, f"{name}.rs")
            shutil.copy(src, os.path.join(root, "src", "main.rs"))
            cmd = ["cargo", "clippy", "--", *case_flags(src)]
            p = subprocess.run(cmd, cwd=root, env=ENV, capture_output=True, text=True, check=False)
            with open(os.path.join(CASES_DIR, f"{name}.stderr"), "w", encoding="utf-8") as f:
                f.write(normalize(p.stderr, root))
            with open(os.path.join(CASES_DIR, f"{name}.exit"), "w", encoding="utf-8") as f:
                f.write(f"{p.returncode}\n")
            print("blessed", name, p.returncode)
            if name in DRIVER_CASES:
                cmd = ["clippy-driver", "--edition", "2021", "main.rs", "-o", "main", *case_flags(src)]
                src_dir = os.path.join(root, "src")
                p = subprocess.run(cmd, cwd=src_dir, env=ENV, capture_output=True, text=True, check=False)
                with open(os.path.join(CASES_DIR, f"{name}.driver.stderr"), "w", encoding="utf-8") as f:
                    f.write(p.stderr)
                with open(os.path.join(CASES_DIR, f"{name}.driver.exit"), "w", encoding="utf-8") as f:
                    f.write(f"{p.returncode}\n")
                print("blessed", name, "(clippy-driver)", p.returncode)


if __name__ == "__main__":
    bless(sys.argv[1:] or case_names())
