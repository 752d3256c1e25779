"""Peak memory and time of `factlint check --format html` on generated corpora (issue 12.4).

    python benchmarks/html_memory.py [--sizes 1000,10000] [--work /tmp/factlint-bench-html] [--jobs N]

For each N: the generated corpus of benchmarks/run.py (benchmarks/generate.py, 10% injected),
then `factlint check DIR --format html -o WORK/report-N/index.html` (over 200 articles: an index
page and one page per article) as one process: wall time, CPU time of the tree, peak RSS of the
largest process and of the whole process tree (sampled from /proc every 50 ms), pages written.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ensure_corpus, factlint_command, run_measured  # noqa: E402


def measure(factlint: list[str], corpus: Path, out: Path, jobs: int | None) -> dict:
    if out.exists():
        shutil.rmtree(out)
    command = [*factlint, "check", str(corpus), "--format", "html", "-o", str(out / "index.html")]
    if jobs:
        command += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = run_measured(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"factlint check exited {run.returncode}: {run.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    pages = len(list((out / "index_files").glob("article-*.html"))) if (out / "index_files").is_dir() else 0
    size = sum(p.stat().st_size for p in out.rglob("*.html")) / 2**20
    return {
        "seconds": run.seconds,
        "cpu": cpu,
        "max_rss_mb": run.max_rss_mb,
        "tree_rss_mb": run.tree_rss_mb,
        "pages": pages,
        "report_mb": size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/factlint-bench-html"))
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    factlint = factlint_command()
    print("| articles | wall s | CPU s (tree) | peak MB, tree (largest process) | pages | report MB |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in (int(s) for s in args.sizes.split(",")):
        corpus = ensure_corpus(args.work, n, args.seed, 0.1)
        got = measure(factlint, corpus, args.work / f"report-{n}", args.jobs)
        print(
            f"| {n:,} | {got['seconds']:.1f} | {got['cpu']:.1f} | {got['tree_rss_mb']:,.0f} "
            f"({got['max_rss_mb']:,.0f}) | {got['pages']:,} | {got['report_mb']:,.1f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
