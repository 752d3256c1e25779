"""The cold one-article check as whole processes, beside an empty interpreter; print a Markdown table.

    python benchmarks/cold_start.py [--runs 11] [--article seeds/000_….txt] [--no-bytecode]
                                    [--checkout DIR ...]

Each command runs --runs times after one run not counted (it builds the caches a first run
builds: the rate table, the validated language data, the regular-expression programs, in a
cache folder of each tree's own); each row is the median wall clock and
the median CPU time (user + system) of those runs, with the spread of the wall clock. The
commands may write and read compiled bytecode (`__pycache__`), as an installed package does,
whatever PYTHONDONTWRITEBYTECODE says; --no-bytecode removes the trees' own bytecode first and
runs with PYTHONDONTWRITEBYTECODE=1, so factlint's modules compile from source on every run (a
fresh checkout with that variable set; the installed libraries keep theirs).

--checkout DIR (repeatable) measures the code of other source trees too (an unpacked older
commit: `git archive COMMIT | tar -x -C DIR`), with this interpreter and its packages, one
column each; their runs are interleaved with this tree's, so a change in the machine's load
weighs on every column alike. The load average is printed: on a shared machine wall time
follows the load, CPU time much less.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seed_article() -> Path:
    return sorted((ROOT / "seeds").glob("*.txt"))[0]


def one_run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall clock and CPU seconds (user + system) of one whole process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        # (1 is an article with findings, and an interpreter's uncaught exception too: a traceback tells them apart —
        # a tree that cannot run is no fast tree)
        crashed = b"Traceback (most recent call last)" in errors.read()
    if process.returncode not in (0, 1) or crashed:
        raise SystemExit(f"{' '.join(command)} (in {cwd}) exited {process.returncode}{' with a traceback' * crashed}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--article", type=Path, default=None)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module from source on every run")
    parser.add_argument(
        "--checkout", type=Path, action="append", default=[], help="another source tree to measure beside this one"
    )
    args = parser.parse_args()
    article = str((args.article or seed_article()).resolve())
    commands = {
        "`python -c pass`": ["-c", "pass"],
        "`python -c 'import checker.cli'`": ["-c", "import checker.cli"],
        "cold `factlint check ARTICLE` (text)": ["-m", "checker", "check", article],
        "cold `factlint check ARTICLE --format json`": ["-m", "checker", "check", article, "--format", "json"],
    }
    trees = [ROOT, *(c.resolve() for c in args.checkout)]
    envs = {}
    caches = Path(tempfile.mkdtemp(prefix="factlint-cold-"))
    for n, tree in enumerate(trees):
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        # (the tree's own language data and rule packs too: the package `checker_rules` an install maps to this
        # tree's `rules/` is taken from a folder put first on the path, where it stands for the other tree's)
        rules = caches / f"rules-{n}"
        rules.mkdir()
        (rules / "checker_rules").symlink_to(tree / "rules", target_is_directory=True)
        env["PYTHONPATH"] = os.pathsep.join([str(tree), str(rules), env.get("PYTHONPATH", "")])
        # Each tree its own cache folder (built by its first run, not counted): trees that share one
        # push each other's regular-expression programs out, and every run would compile them anew.
        env["FACTLINT_CACHE_DIR"] = str(caches / str(n))
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            for cache in [*tree.glob("checker/**/__pycache__"), *tree.glob("rules/**/__pycache__")]:
                shutil.rmtree(cache, ignore_errors=True)
        envs[tree] = env
    load_before = os.getloadavg()[0]
    results: dict[tuple[str, Path], list[tuple[float, float]]] = {}
    for name, tail in commands.items():
        command = [sys.executable, *tail]
        for tree in trees:
            one_run(command, tree, envs[tree])
        for _ in range(args.runs):
            for tree in trees:
                results.setdefault((name, tree), []).append(one_run(command, tree, envs[tree]))
    load_after = os.getloadavg()[0]
    shutil.rmtree(caches, ignore_errors=True)
    bytecode = "factlint's modules compiled from source on every run" if args.no_bytecode else "bytecode cached"
    print(
        f"median of {args.runs} whole-process runs ({bytecode}); "
        f"load average {load_before:.1f} before, {load_after:.1f} after"
    )
    print()
    labels = ["this tree", *(str(t) for t in trees[1:])]
    header = " | ".join(f"{label}: wall (median) | CPU (median) | wall spread" for label in labels)
    print(f"| command | {header} |")
    print("| --- |" + " ---: | ---: | ---: |" * len(trees))
    for name in commands:
        cells = []
        for tree in trees:
            walls, cpus = zip(*results[(name, tree)])
            cells.append(
                f"{statistics.median(walls) * 1000:.0f} ms | {statistics.median(cpus) * 1000:.0f} ms | "
                f"{min(walls) * 1000:.0f}–{max(walls) * 1000:.0f} ms"
            )
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
