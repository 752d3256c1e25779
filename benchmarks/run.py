"""Measure factlint at archive scale and on one article; print and save a Markdown table.

    python benchmarks/run.py [--sizes 1000,10000] [--work /tmp/factlint-bench] [--runs 10]
                             [--ledger-size 100000] [--out benchmarks/results.md]

For each N: a generated corpus (benchmarks/generate.py, 10% injected by
default), then `factlint check DIR --format json -o /dev/null` (extraction,
every rule and cross-article agreement) as one process: wall time, articles/s,
peak RSS (of the largest process by /usr/bin/time -v or getrusage, and of the
whole process tree, sampled from /proc), and the ratio to
benchmarks/baseline_scan.py (read the files, one regex for digits).
Also: cold `factlint claims` / `factlint check` of one seed article (median
of --runs whole-process runs), extraction throughput on one core (in-process
loop over checker.pipeline.analyze_document on the seed articles),
time(100k)/time(10k) when both sizes ran, and a `check --ledger` of one draft
against --ledger-size stored articles when checker/ledger/store.py exists.
Timings are whole-process wall clock unless said otherwise; beside each check, the CPU time (user +
system) of its whole process tree, and its 100k/10k ratio (less moved by other work on the machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
TIME_BIN = Path("/usr/bin/time")

TARGETS = {
    "cold_check": 0.4,  # s, median, one seed article
    "check_1000": 10.0,  # s
    "check_10000": 60.0,  # s
    "rss_10000": 400.0,  # MB, the whole process tree (issue 12)
    "rss_100000": 1536.0,  # MB, the whole process tree (issue 12)
    "scaling": 10.5,  # time(100k) / time(10k)
    "ledger_check": 0.5,  # s
}


# ---------------------------------------------------------------- measuring processes


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, in kB (Linux /proc)."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


@dataclass
class Run:
    seconds: float
    returncode: int
    max_rss_mb: float | None = None  # the largest single process (time -v / getrusage)
    tree_rss_mb: float | None = None  # the whole process tree, sampled
    cpu_seconds: float | None = None  # user + system time of the whole tree (every process waited for)
    stdout: str = ""
    stderr: str = ""


def run_measured(command: list[str], sample_tree: bool = True, cwd: Path | None = None) -> Run:
    """Run a command; wall time, and peak memory of the largest process and of the tree."""
    use_time = TIME_BIN.exists()
    full = [str(TIME_BIN), "-v", *command] if use_time else command
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_tree:
        sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    if sample_tree:
        sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # On a shared machine wall time follows the load; CPU time much less (time(100k)/time(10k) in CPU too).
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    max_rss = None
    if use_time:
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        max_rss = int(match.group(1)) / 1024 if match else None
        err = err[: err.rfind("\tCommand being timed")] if "\tCommand being timed" in err else err
    else:
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        max_rss = after / 1024 if after > before else None
    tree = peak[0] / 1024 if sample_tree else None
    if tree is not None and max_rss is not None:
        # Sampling every 50 ms can miss a last peak; the tree holds at least its largest process.
        tree = max(tree, max_rss)
    return Run(seconds, proc.returncode, max_rss, tree, cpu, out, err)


def wall(command: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return seconds


def factlint_command() -> list[str]:
    script = Path(sys.executable).with_name("factlint")
    if script.exists():
        return [str(script)]
    found = shutil.which("factlint")
    return [found] if found else [sys.executable, "-m", "checker"]


# ---------------------------------------------------------------- the measures


def seed_article() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


def cold_single(factlint: list[str], runs: int) -> dict[str, float]:
    """Median whole-process wall time of `claims` and `check` on one seed article."""
    article = seed_article()
    out = {}
    for name in ("claims", "check"):
        command = [*factlint, name, str(article), "--format", "json"]
        wall(command, cwd=ROOT)  # the first run builds the rate cache; it is not a cold start's cost
        out[name] = statistics.median(wall(command, cwd=ROOT) for _ in range(runs))
    return out


def extraction_rate(articles: int, rounds: int = 3) -> dict[str, float]:
    """Articles/s through read→extract→link on one core, in process (seed articles repeated)."""
    sys.path.insert(0, str(ROOT))
    from checker.pipeline import analyze_document, load_knowledge
    from checker.read.files import read_paths

    knowledge = load_knowledge()
    documents, _ = read_paths([str(SEEDS)])
    for document in documents:  # warm: compiled patterns, lazy tables
        analyze_document(document, knowledge.lexicon)
    size = statistics.mean(len(d.text.encode()) for d in documents)
    # Fresh documents, so nothing cached on one (its line starts) is reused by the next.
    rates = []
    for _ in range(rounds):
        batch = [
            type(d).model_validate(d.model_dump()) for d in (documents[i % len(documents)] for i in range(articles))
        ]
        start = time.perf_counter()
        for document in batch:
            analyze_document(document, knowledge.lexicon)
        rates.append(articles / (time.perf_counter() - start))
    return {"rate": statistics.median(rates), "rates": rates, "articles": articles, "mean_bytes": size}


def ensure_corpus(work: Path, n: int, seed: int, inject_rate: float) -> Path:
    corpus = work / f"n{n}"
    stamp = corpus / "corpus.json"
    params = {
        "n": n,
        "seed": seed,
        "inject_rate": inject_rate,
        "generator_mtime": int((BENCH / "generate.py").stat().st_mtime),
    }
    if stamp.exists() and json.loads(stamp.read_text()) == params:
        return corpus
    if corpus.exists():
        shutil.rmtree(corpus)
    sys.path.insert(0, str(BENCH))
    import generate

    start = time.perf_counter()
    generate.generate(corpus, n, seed, inject_rate)
    print(f"  generated {n} articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    stamp.write_text(json.dumps(params))
    return corpus


@dataclass
class SizeResult:
    n: int
    seconds: float  # the median of the runs
    max_rss_mb: float | None
    tree_rss_mb: float | None
    baseline_seconds: float
    findings: int | None = None
    corpus_mb: float = 0.0
    runs: list[float] = field(default_factory=list)
    cpu_seconds: float | None = None  # the median of the runs' CPU time of the whole tree

    @property
    def rate(self) -> float:
        return self.n / self.seconds

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds


def check_corpus(
    factlint: list[str], corpus: Path, n: int, jobs: int | None, count_findings: bool, repeat: int = 1
) -> SizeResult:
    baselines = []
    for _ in range(repeat):
        baseline = run_measured([sys.executable, str(BENCH / "baseline_scan.py"), str(corpus)], sample_tree=False)
        if baseline.returncode != 0:
            raise RuntimeError(f"baseline failed: {baseline.stderr}")
        baselines.append(baseline.seconds)
    command = [*factlint, "check", str(corpus), "--format", "json", "-o", "/dev/null"]
    if jobs:
        command += ["--jobs", str(jobs)]
    runs = []
    for _ in range(repeat):
        run = run_measured(command)
        if run.returncode not in (0, 1):
            raise RuntimeError(f"factlint check exited {run.returncode}: {run.stderr[-2000:]}")
        runs.append(run)
    findings = None
    if count_findings:  # a second, unmeasured run that keeps the output, to show the work was done
        done = subprocess.run([*factlint, "check", str(corpus), "--format", "json"], capture_output=True, text=True)
        findings = len(json.loads(done.stdout)["findings"])
    size = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 2**20
    peak = lambda values: max((v for v in values if v is not None), default=None)
    return SizeResult(
        n,
        statistics.median(r.seconds for r in runs),
        peak(r.max_rss_mb for r in runs),
        peak(r.tree_rss_mb for r in runs),
        statistics.median(baselines),
        findings,
        size,
        [r.seconds for r in runs],
        statistics.median(r.cpu_seconds for r in runs),
    )


def ledger_check(factlint: list[str], work: Path, corpus: Path, n: int, runs: int) -> dict | None:
    if not (ROOT / "checker" / "ledger" / "store.py").exists():
        return None
    ledger = work / f"ledger-n{n}.sqlite3"
    stamp = work / f"ledger-n{n}.json"
    corpus_stamp = json.loads((corpus / "corpus.json").read_text())
    built = json.loads(stamp.read_text()) if stamp.exists() else {}
    reused = ledger.exists() and built.get("corpus") == corpus_stamp
    if reused:
        add_seconds = built.get("add_seconds")
    else:
        for leftover in work.glob(f"ledger-n{n}.sqlite3*"):
            leftover.unlink()
        add = run_measured([*factlint, "ledger", "add", str(corpus), "--ledger", str(ledger)])
        if add.returncode != 0:
            raise RuntimeError(f"ledger add exited {add.returncode}: {add.stderr[-2000:]}")
        add_seconds = add.seconds
        stamp.write_text(json.dumps({"corpus": corpus_stamp, "add_seconds": add_seconds}))
    # The draft: the latest article of the archive, republished under another name the next day.
    draft_dir = work / "draft"
    draft_dir.mkdir(exist_ok=True)
    latest = sorted(corpus.glob("*.txt"))[-1]
    shutil.copyfile(latest, draft_dir / "draft.txt")
    manifest = (corpus / "articles.toml").read_text(encoding="utf-8")
    published = re.search(rf'file = "{re.escape(latest.name)}"\npublished = (\S+)', manifest).group(1)
    next_day = dt.date.fromisoformat(published) + dt.timedelta(days=1)
    (draft_dir / "articles.toml").write_text(
        f'[[article]]\nfile = "draft.txt"\npublished = {next_day}\nlanguage = "ko"\noutlet = "draft"\n',
        encoding="utf-8",
    )
    command = [*factlint, "check", str(draft_dir / "draft.txt"), "--ledger", str(ledger), "--format", "json"]
    wall(command)
    times = [wall(command) for _ in range(runs)]
    return {
        "median": statistics.median(times),
        "add_seconds": add_seconds,
        "stored": n,
        "size_mb": ledger.stat().st_size / 2**20,
        "reused": reused,
    }


# ---------------------------------------------------------------- report


def _fmt_mb(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f} MB"


def _fmt_target(mb: float) -> str:
    return f"{mb / 1024:g} GB" if mb >= 1024 else f"{mb:.0f} MB"


def _met(ok: bool | None) -> str:
    return "–" if ok is None else ("yes" if ok else "**no**")


def report(results: dict) -> str:
    lines = [
        "# factlint benchmarks",
        "",
        f"{results['date']} · {results['machine']} · Python {results['python']} · "
        f"{results['cores']} cores · factlint jobs: {results['jobs'] or 'default (cores)'} · "
        f"load average before: {results['load']}",
        "",
        "Whole-process wall clock unless marked in-process. Corpus: benchmarks/generate.py "
        f"(seed {results['seed']}, {results['inject_rate']:.0%} of articles with one injected inconsistency).",
        "",
        "| measure | value | target | met |",
        "| --- | ---: | ---: | :---: |",
    ]
    cold = results.get("cold")
    if cold:
        lines.append(
            f"| cold `factlint claims` one seed article (median of {results['runs']}) | {cold['claims']:.3f} s | – | – |"
        )
        lines.append(
            f"| cold `factlint check` one seed article (median of {results['runs']}) | {cold['check']:.3f} s | "
            f"≤ {TARGETS['cold_check']} s | {_met(cold['check'] <= TARGETS['cold_check'])} |"
        )
    ex = results.get("extraction")
    if ex:
        lines.append(
            # read → extract → link (`analyze_document`): extraction alone has the 300 articles/s target
            # (issue 10), measured by benchmarks/extract_linear.py and the README's in-process rows
            f"| read → extract → link, one core, in-process ({ex['articles']} seed articles of "
            f"{ex['mean_bytes'] / 1024:.1f} KB, median of {len(ex['rates'])} rounds) | "
            f"{ex['rate']:.0f} articles/s | – | – |"
        )
    sizes = {s.n: s for s in results["sizes"]}
    for s in results["sizes"]:
        target = TARGETS.get(f"check_{s.n}")
        of = f" (median of {len(s.runs)})" if len(s.runs) > 1 else ""
        lines.append(
            f"| `check` {s.n:,} articles{of} | {s.seconds:.2f} s ({s.rate:.0f} articles/s) | "
            f"{f'≤ {target:.0f} s' if target else '–'} | {_met(s.seconds <= target if target else None)} |"
        )
        rss_target = TARGETS.get(f"rss_{s.n}")
        tree = s.tree_rss_mb if s.tree_rss_mb is not None else s.max_rss_mb
        lines.append(
            f"| peak memory, {s.n:,} articles: process tree (largest process) | {_fmt_mb(tree)} ({_fmt_mb(s.max_rss_mb)}) | "
            f"{f'≤ {_fmt_target(rss_target)}' if rss_target else '–'} | "
            f"{_met(tree <= rss_target if rss_target and tree else None)} |"
        )
    if 100000 in sizes and 10000 in sizes:
        scaling = sizes[100000].seconds / sizes[10000].seconds
        cpu_scaling = sizes[100000].cpu_seconds / sizes[10000].cpu_seconds
        lines.append(
            f"| time(100k) / time(10k) | {scaling:.2f} | ≤ {TARGETS['scaling']:g} | {_met(scaling <= TARGETS['scaling'])} |"
        )
        lines.append(f"| CPU time of the process tree, 100k / 10k | {cpu_scaling:.2f} | – | – |")
    else:
        lines.append(f"| time(100k) / time(10k) | not run | ≤ {TARGETS['scaling']:g} | – |")
    led = results.get("ledger")
    if led:
        lines.append(
            f"| `check --ledger` one draft vs {led['stored']:,} stored articles (median of {results['runs']}) | "
            f"{led['median']:.3f} s | ≤ {TARGETS['ledger_check']} s | {_met(led['median'] <= TARGETS['ledger_check'])} |"
        )
        if led.get("add_seconds"):
            when = ", built by an earlier run" if led.get("reused") else ""
            lines.append(
                f"| `ledger add` {led['stored']:,} articles (ledger {led['size_mb']:,.0f} MB{when}) | "
                f"{led['add_seconds']:.1f} s | – | – |"
            )
    elif results.get("ledger_note"):
        lines.append(f"| `check --ledger` one draft | {results['ledger_note']} | ≤ 0.5 s | – |")
    lines += [
        "",
        "| N | corpus | check wall (median) | runs | CPU s, tree (median) | articles/s | peak RSS tree | "
        "peak RSS largest process | baseline scan | check / baseline | findings |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in results["sizes"]:
        runs = ", ".join(f"{r:.1f}" for r in s.runs)
        lines.append(
            f"| {s.n:,} | {s.corpus_mb:,.0f} MB | {s.seconds:.2f} s | {runs} | {s.cpu_seconds:.1f} | {s.rate:.0f} | "
            f"{_fmt_mb(s.tree_rss_mb)} | "
            f"{_fmt_mb(s.max_rss_mb)} | {s.baseline_seconds:.2f} s | {s.ratio:.0f}× | "
            f"{'–' if s.findings is None else s.findings} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (e.g. 1000,10000,100000)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/factlint-bench"), help="where corpora and ledgers live")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--inject-rate", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=10, help="runs per single-article timing (median)")
    parser.add_argument("--extract-articles", type=int, default=1000, help="articles in the extraction loop")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for factlint check (default: its own)")
    parser.add_argument(
        "--ledger-size", type=int, default=100000, help="stored articles for the ledger check (0: skip)"
    )
    parser.add_argument("--count-findings", action="store_true", help="also count findings (an extra, unmeasured run)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus of up to 10,000 articles (median)")
    parser.add_argument("--repeat-large", type=int, default=1, help="runs per larger corpus")
    parser.add_argument("--out", type=Path, default=BENCH / "results.md")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    factlint = factlint_command()
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "date": dt.date.today().isoformat(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "jobs": args.jobs,
        "seed": args.seed,
        "inject_rate": args.inject_rate,
        "runs": args.runs,
        "sizes": [],
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    print("cold single-article runs …", file=sys.stderr)
    results["cold"] = cold_single(factlint, args.runs)
    print("extraction loop …", file=sys.stderr)
    results["extraction"] = extraction_rate(args.extract_articles)
    for n in sizes:
        print(f"N = {n:,} …", file=sys.stderr)
        corpus = ensure_corpus(args.work, n, args.seed, args.inject_rate)
        result = check_corpus(
            factlint, corpus, n, args.jobs, args.count_findings, args.repeat if n <= 10000 else args.repeat_large
        )
        print(f"  check {result.seconds:.2f} s, tree RSS {_fmt_mb(result.tree_rss_mb)}", file=sys.stderr)
        results["sizes"].append(result)
    if args.ledger_size:
        if (ROOT / "checker" / "ledger" / "store.py").exists():
            print(f"ledger of {args.ledger_size:,} articles …", file=sys.stderr)
            corpus = ensure_corpus(args.work, args.ledger_size, args.seed, args.inject_rate)
            results["ledger"] = ledger_check(factlint, args.work, corpus, args.ledger_size, args.runs)
        else:
            results["ledger_note"] = "checker/ledger/store.py not present"
    text = report(results)
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
