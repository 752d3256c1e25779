"""The long randomized fuzzing run (issue 12.2), before every release: article-like text from
tests/fuzzing.py through read → extract → link → check → every report format, with fresh random
seeds each run and no example database. The suite runs the same strategy under a fixed profile
(tests/test_fuzz.py); every failure found here becomes a regression case there.

    python benchmarks/fuzz.py [--examples 5000] [--seed N] [--files]

`--files` starts from bytes instead: article files in any encoding, with front matter or page
metadata good or broken, through the read stage first (tests/fuzzing.py `article_file`).

Prints the examples run, the time, and on a failure the shrunk article and the error (exit 1).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzzing import article, article_file, check_one  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from checker.errors import InputError  # noqa: E402
from checker.pipeline import load_knowledge  # noqa: E402
from checker.read.files import read_document  # noqa: E402


def check_file(knowledge, suffix: str, data: bytes) -> None:
    """Bytes through the read stage, then the pipeline; an InputError naming the file is a right answer."""
    name = f"fuzz{suffix}"
    try:
        document = read_document(Path(name), None, data=data, display=name)
    except InputError as exc:
        assert str(exc).startswith(name), exc
        return
    check_one(knowledge, document.text, document.published, document.language)


def run(examples: int, random_seed: int | None, files: bool = False) -> int:
    knowledge = load_knowledge()
    count = 0

    @settings(
        max_examples=examples,
        derandomize=False,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(article_file() if files else article())
    def fuzz(generated):
        nonlocal count
        count += 1
        (check_file if files else check_one)(knowledge, *generated)

    # (the seed is drawn here and printed, so that a failure found by a fresh run can be run again)
    random_seed = random.randrange(2**32) if random_seed is None else random_seed
    fuzz = seed(random_seed)(fuzz)
    started = time.perf_counter()
    try:
        fuzz()
    except Exception as exc:  # noqa: BLE001 — the report is the point
        print(f"FAILED after {count} examples ({time.perf_counter() - started:.1f} s), --seed {random_seed}:")
        print("".join(traceback.format_exception(exc)))
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"{count} examples, no internal error, every span inside its text ({elapsed:.1f} s, "
        f"{count / elapsed:.0f} articles/s)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=None, help="reproduce a run (default: a fresh random seed)")
    parser.add_argument("--files", action="store_true", help="start from file bytes (the read stage first)")
    args = parser.parse_args(argv)
    return run(args.examples, args.seed, args.files)


if __name__ == "__main__":
    sys.exit(main())
