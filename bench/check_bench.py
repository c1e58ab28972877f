"""Front-end speed: `ferric check` beside `rustc --emit=metadata` on the same program.

    python bench/check_bench.py [--runs N] [--cold] [FILE.rs ...]

Default programs: `bench/check_1500.rs` (about 1,500 lines: structs, enums, traits,
generics, closures, iterators, collections, matches, trait objects; rustc accepts it) and
`examples/hello.rs`. Each is checked N times (default 5) by each compiler, as a fresh
process (what a user waits for); the median wall and CPU times are printed with their
ratios (DESIGN.md's target: within 2x of rustc).

ferric runs with a warm std metadata cache (one warm-up run first, which builds the cache
if it is missing); `--cold` also times one run with an empty cache directory. Bytecode is
allowed (`PYTHONDONTWRITEBYTECODE` is removed for ferric), as for an installed package.
Without rustc on PATH its column is skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAMS = [ROOT / "bench" / "check_1500.rs", ROOT / "examples" / "hello.rs"]


def _ferric_env(cache_dir: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FERRIC_NO_CACHE", None)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if cache_dir is not None:
        env["FERRIC_CACHE_DIR"] = cache_dir
    return env


def _time(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str, float]:
    """(wall seconds, exit code, stderr, CPU seconds) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, proc.returncode, proc.stderr, cpu


def _ferric_cmd(path: Path) -> list[str]:
    return [sys.executable, "-m", "ferric", "check", str(path)]


def _rustc_cmd(rustc: str, path: Path, out_dir: str) -> list[str]:
    out = os.path.join(out_dir, "bench.rmeta")
    return [rustc, "--edition", "2021", "--emit=metadata", "--crate-type=bin", "-o", out, str(path)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", type=Path, help="programs to check (default: ours)")
    ap.add_argument("--runs", type=int, default=5, help="repetitions per program (default 5)")
    ap.add_argument("--cold", action="store_true", help="also time a run with an empty cache")
    args = ap.parse_args(argv)
    programs = args.programs or DEFAULT_PROGRAMS
    rustc = shutil.which("rustc")

    env = _ferric_env()
    warm_up = _time(_ferric_cmd(programs[0]), env)[0]
    print(f"warm-up run (builds std's cache when missing): {warm_up:.2f} s")
    if args.cold:
        with tempfile.TemporaryDirectory() as cache:
            cold = _time(_ferric_cmd(programs[0]), _ferric_env(cache))[0]
        print(f"cold run (empty cache directory): {cold:.2f} s")
    if rustc is None:
        print("note: rustc is not on PATH: its columns are skipped")
    print()
    header = f"{'':<16} {'':>6} {'ferric':^17} {'':^0}"
    if rustc is not None:
        header += f" {'rustc':^17} {'ratio':^15}"
    print(header)
    header = f"{'program':<16} {'lines':>6} {'wall':>8} {'cpu':>8}"
    if rustc is not None:
        header += f" {'wall':>8} {'cpu':>8} {'wall':>7} {'cpu':>7}"
    print(header)
    with tempfile.TemporaryDirectory() as out_dir:
        for path in programs:
            lines = len(path.read_text(encoding="utf-8").splitlines())
            results = [_time(_ferric_cmd(path), env) for _ in range(args.runs)]
            f_wall = statistics.median(r[0] for r in results)
            f_cpu = statistics.median(r[3] for r in results)
            row = f"{path.name:<16} {lines:>6} {f_wall:>6.2f} s {f_cpu:>6.2f} s"
            if rustc is not None:
                r_runs = [_time(_rustc_cmd(rustc, path, out_dir)) for _ in range(args.runs)]
                r_wall = statistics.median(r[0] for r in r_runs)
                r_cpu = statistics.median(r[3] for r in r_runs)
                row += f" {r_wall:>6.2f} s {r_cpu:>6.2f} s"
                row += f" {f_wall / r_wall:>6.1f}x {f_cpu / r_cpu:>6.1f}x"
            print(row)
            _, code, stderr, _ = results[-1]
            errors = sum(1 for line in stderr.splitlines() if line.startswith("error"))
            if code != 0:
                print(f"  note: ferric exits {code} with {max(errors - 1, 0)} errors on it")
    print(
        f"\n(medians of {args.runs} runs of a fresh process; cpu = user + system time, steadier"
        f" than wall time on a busy machine; {os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
