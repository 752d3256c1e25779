"""The cold one-article check as whole processes, beside an empty interpreter; print a Markdown table.

    python benchmarks/cold_start.py [--runs 11] [--article seeds/000_….txt] [--no-bytecode]

Each command runs --runs times after one run not counted (it builds the caches a first run
builds: the rate table, the compiled language data); each row is the median wall clock and
the median CPU time (user + system, of the process and its children) of those runs, with the
spread of the wall clock. The commands may write and read compiled bytecode (`__pycache__`), as an
installed package does, whatever PYTHONDONTWRITEBYTECODE says; --no-bytecode compiles every module
from source on every run instead (PYTHONDONTWRITEBYTECODE=1 on a fresh checkout). The machine's
load average is printed with them: on a shared machine wall time follows the load, CPU time much less.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seed_article() -> Path:
    return sorted((ROOT / "seeds").glob("*.txt"))[0]


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall clock and CPU seconds (user + system) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: the article has findings
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(command: list[str], runs: int, env: dict[str, str]) -> dict[str, float]:
    one_run(command, env)
    walls, cpus = zip(*(one_run(command, env) for _ in range(runs)))
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "min": min(walls), "max": max(walls)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--article", type=Path, default=None)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module from source on every run")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    article = str(args.article or seed_article())
    commands = {
        "`python -c pass`": [sys.executable, "-c", "pass"],
        "`python -c 'import checker.cli'`": [sys.executable, "-c", "import checker.cli"],
        "cold `factlint check ARTICLE` (text)": [sys.executable, "-m", "checker", "check", article],
        "cold `factlint check ARTICLE --format json`": [sys.executable, "-m", "checker", "check", article,
                                                        "--format", "json"],
    }
    load_before = os.getloadavg()[0]
    rows = {name: measure(command, args.runs, env) for name, command in commands.items()}
    load_after = os.getloadavg()[0]
    bytecode = "modules compiled from source on every run" if args.no_bytecode else "compiled bytecode cached"
    print(f"median of {args.runs} whole-process runs ({bytecode}); "
          f"load average {load_before:.1f} before, {load_after:.1f} after")
    print()
    print("| command | wall (median) | CPU (median) | wall spread |")
    print("| --- | ---: | ---: | ---: |")
    for name, row in rows.items():
        print(f"| {name} | {row['wall'] * 1000:.0f} ms | {row['cpu'] * 1000:.0f} ms | "
              f"{row['min'] * 1000:.0f}–{row['max'] * 1000:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
