"""Threads and channels: `ferric run` beside CPython doing the same with `threading`.

    python bench/threads_bench.py [--runs N]

Two programs in `bench/threads/`, each beside a hand-written `NAME.py` doing the same work
(their first output line, the result, is checked equal); each side times itself and prints
`time ...` / `rate ...` lines, read here. Medians of N fresh processes (default 3), both
sides measured in the same run, on this machine:

- `par_collatz`: CPU-bound work (total Collatz stopping time of 1..=60,000), on one thread,
  then split over 4 threads (`thread::spawn` + `join`; CPython: `threading.Thread`).
- `ping_pong`: two threads bounce a counter through a pair of `mpsc` channels 20,000 times
  (40,000 messages; CPython: two `queue.Queue`s), reported as messages per second.

ferric runs generated Python on CPython, so its threads share one interpreter lock, as the
CPython programs' do: splitting the work over threads is not expected to make it faster.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "threads"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FERRIC_NO_CACHE", None)
    env.pop("FERRIC_NO_MODULE_CACHE", None)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _run(cmd: list[str]) -> tuple[str, dict[str, float]]:
    """(the result line, {`time single`: seconds, …}) printed by one run."""
    proc = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    lines = proc.stdout.splitlines()
    figures: dict[str, float] = {}
    for line in lines[1:]:
        key, _, value = line.rpartition(" ")
        figures[key] = float(value)
    return lines[0], figures


def _medians(
    cmd: list[str], runs: int, name: str, want: str | None
) -> tuple[str, dict[str, float]]:
    results = [_run(cmd) for _ in range(runs)]
    first = results[0][0]
    if want is not None and first != want:
        sys.exit(f"{name}: ferric printed {want!r}, CPython {first!r}")
    keys = results[0][1].keys()
    return first, {k: statistics.median(r[1][k] for r in results) for k in keys}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    ferric = [sys.executable, "-m", "ferric", "run"]
    for name in ("par_collatz", "ping_pong"):
        _run([*ferric, str(PROGRAMS / f"{name}.rs")])  # check, compile, fill the module cache
    out, fr = _medians([*ferric, str(PROGRAMS / "par_collatz.rs")], args.runs, "par_collatz", None)
    _, py = _medians(
        [sys.executable, str(PROGRAMS / "par_collatz.py")], args.runs, "par_collatz", out
    )
    multi = next(k for k in fr if k != "time single")
    n = multi.removeprefix("time threads")
    print(f"par_collatz (CPU-bound, medians of {args.runs})  1 thread  {n} threads  speed-up")
    for label, f in (("ferric run", fr), ("CPython", py)):
        print(
            f"  {label:<36} {f['time single']:>7.2f}s {f[multi]:>9.2f}s {f['time single'] / f[multi]:>8.2f}x"
        )
    print(
        f"  {'ferric / CPython':<36} {fr['time single'] / py['time single']:>7.1f}x {fr[multi] / py[multi]:>9.1f}x"
    )
    out, fr = _medians([*ferric, str(PROGRAMS / "ping_pong.rs")], args.runs, "ping_pong", None)
    _, py = _medians([sys.executable, str(PROGRAMS / "ping_pong.py")], args.runs, "ping_pong", out)
    print(f"ping_pong (40,000 messages, medians of {args.runs})   messages/s")
    print(f"  {'ferric run (mpsc::channel)':<36} {fr['rate']:>12,.0f}")
    print(f"  {'CPython (queue.Queue)':<36} {py['rate']:>12,.0f}")
    print(f"  {'ferric / CPython':<36} {fr['rate'] / py['rate']:>11.2f}x")


if __name__ == "__main__":
    main()
