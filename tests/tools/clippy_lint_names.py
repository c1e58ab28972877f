"""Write `src/ferric/lint/known.py`: the names of every lint and lint group clippy 1.95
has, read from `clippy-driver -W help` (the only clippy caller besides bless_clippy.py).

    python tests/tools/clippy_lint_names.py

ferric uses the list to tell a misspelt `#[allow(clippy::x)]` (rustc's `unknown_lints`
warning) from a real lint it does not implement.
"""

from __future__ import annotations

import os
import re
import subprocess

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "ferric", "lint", "known.py")


def main() -> None:
    text = subprocess.run(["clippy-driver", "-W", "help"], capture_output=True, text=True, check=True).stdout
    names = sorted({m.group(1).replace("-", "_") for m in re.finditer(r"^\s*clippy::([a-z0-9-]+)\s", text, re.M)})
    body = "".join(f'        "{n}",\n' for n in names)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            '"""Every lint and lint group of clippy 1.95, without the `clippy::` prefix (generated\n'
            'by `tests/tools/clippy_lint_names.py` from `clippy-driver -W help`; do not edit)."""\n\n'
            "from typing import Final\n\n"
            f"CLIPPY_NAMES: Final = frozenset(\n    {{\n{body}    }}\n)\n"
        )
    print(f"wrote {len(names)} names to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
