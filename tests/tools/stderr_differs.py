"""Rewrite `tests/ui/stderr-differs.txt`: the rejected UI programs whose errors ferric gets
right (codes and lines) but prints differently from rustc.

    python tests/tools/stderr_differs.py [AREA ...]

With areas, only their entries are recomputed (the others are kept). Programs whose codes
differ (the known failures) are not listed: the CODES check already reports them. Run it
after a change that makes messages match, or when adding tests whose messages do not yet.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.setrecursionlimit(20000)

from ui_harness import (  # noqa: E402
    REJECTING_AREAS,
    STDERR_DIFFERS,
    UI_ROOT,
    UiFailure,
    check_codes,
    read_expectation,
    read_stderr_differs,
)

HEADER = (
    "# Rejected UI programs whose errors match rustc's codes and lines but not yet its\n"
    "# printed text (the STDERR check skips them; one that matches fails until removed).\n"
    "# Regenerate: python tests/tools/stderr_differs.py [AREA ...]\n"
)


def main(areas: list[str]) -> int:
    keep = {rel for rel in read_stderr_differs() if areas and rel.split("/")[0] not in areas}
    found: set[str] = set()
    names = areas or sorted(REJECTING_AREAS)
    dirs = [UI_ROOT / a for a in names if a in REJECTING_AREAS]
    for folder in dirs:
        for rs in sorted(folder.glob("*.rs")):
            exp = read_expectation(rs)
            if exp is None or not exp.rejected or not exp.stderr:
                continue
            rel = rs.relative_to(UI_ROOT).as_posix()
            try:
                check_codes(rs, exp, compare_stderr=True)
            except UiFailure as e:
                if "printed differently" in str(e):
                    found.add(rel)
            except Exception:  # an ICE: the CODES check reports it
                continue
    lines = sorted(keep | found)
    STDERR_DIFFERS.write_text(HEADER + "".join(f"{r}\n" for r in lines), encoding="utf-8")
    print(f"{len(lines)} programs listed in {STDERR_DIFFERS.relative_to(UI_ROOT.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
