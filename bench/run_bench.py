"""Execution speed: `ferric run` beside CPython running the equivalent Python program.

    python bench/run_bench.py [--runs N] [--cpu] [NAME ...]

Each `bench/run/NAME.rs` has a hand-written `NAME.py` doing the same work; both must print
the same thing (checked). Every program is run N times (default 3) as a fresh process, and
the medians are printed:

- `build`: `ferric run --emit=py` (check + code generation; std metadata cache warm, the
  generated-module cache off),
- `ferric run`: the whole command (build, then the generated module runs),
- `cached`: `ferric run` again with the generated-module cache on (an unchanged program
  is not checked again),
- `CPython`: `python NAME.py`,
- `exec/CPy`: the programs' own work, start-up removed on both sides: (cached - cached
  `fn main() {}`) / (CPython - `python -c pass`),
- `cached/CPy`: what a user waits for on a second run, beside CPython;

and the medians of both ratios over the programs run.

All measured in the same run, on this machine: wall-clock time, or with `--cpu` the CPU
time (user + system) each process used, steadier on a loaded machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "run"


def _env(cache: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FERRIC_NO_CACHE", None)
    if cache:
        env.pop("FERRIC_NO_MODULE_CACHE", None)
    else:
        env["FERRIC_NO_MODULE_CACHE"] = "1"
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _time(cmd: list[str], cache: bool = False) -> tuple[float, str]:
    """The command's time (wall clock, or with `--cpu` the CPU time it used, user + system,
    which other work on a shared machine disturbs less) and its output."""
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, env=_env(cache), capture_output=True, text=True, check=False)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (cpu if CPU else wall), proc.stdout


CPU = False
"""Measure CPU time instead of wall-clock time (`--cpu`)."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="CPU time (user + system) instead of wall-clock time")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    global CPU
    CPU = args.cpu
    names = args.names or sorted(p.stem for p in PROGRAMS.glob("*.rs"))
    ferric = [sys.executable, "-m", "ferric", "run"]
    _time([*ferric, "--emit=py", str(PROGRAMS / f"{names[0]}.rs")], cache=True)  # warm std's cache
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.rs"
        empty.write_text("fn main() {}\n", encoding="utf-8")
        _time([*ferric, str(empty)], cache=True)
        base_ferric = statistics.median(_time([*ferric, str(empty)], cache=True)[0] for _ in range(args.runs))
    base_py = statistics.median(_time([sys.executable, "-c", "pass"])[0] for _ in range(args.runs))
    print(f"start-up: ferric run (cached, empty main) {base_ferric:.2f}s, python {base_py:.2f}s")
    print(f"{'program':<10} {'build':>8} {'ferric run':>11} {'cached':>8} {'CPython':>8} {'exec/CPy':>9} {'cached/CPy':>10}")
    ratios: list[float] = []
    cached_ratios: list[float] = []
    for name in names:
        rs, py = PROGRAMS / f"{name}.rs", PROGRAMS / f"{name}.py"
        builds, runs, cached, pys = [], [], [], []
        _time([*ferric, str(rs)], cache=True)  # fill the module cache
        for _ in range(args.runs):
            builds.append(_time([*ferric, "--emit=py", str(rs)])[0])
            t, out = _time([*ferric, str(rs)])
            runs.append(t)
            cached.append(_time([*ferric, str(rs)], cache=True)[0])
            t2, out2 = _time([sys.executable, str(py)])
            pys.append(t2)
            if out != out2:
                sys.exit(f"{name}: ferric printed {out!r}, CPython {out2!r}")
        b, r, p = statistics.median(builds), statistics.median(runs), statistics.median(pys)
        c = statistics.median(cached)
        ratio = max(c - base_ferric, 0.001) / max(p - base_py, 0.001)
        ratios.append(ratio)
        cached_ratios.append(c / p)
        print(f"{name:<10} {b:>7.2f}s {r:>10.2f}s {c:>7.2f}s {p:>7.2f}s {ratio:>8.1f}x {c / p:>9.1f}x")
    if len(ratios) > 1:
        exec_median, cached_median = statistics.median(ratios), statistics.median(cached_ratios)
        print(f"{'median':<10} {'':>8} {'':>11} {'':>8} {'':>8} {exec_median:>8.1f}x {cached_median:>9.1f}x")


if __name__ == "__main__":
    main()
