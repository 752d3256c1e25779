#!/usr/bin/env python3
"""Ablation: the rule-based sentence segmenter against kiwipiepy's (FACTLINT_SEGMENTER=kiwi).

    python benchmarks/morph_ablation.py [FOLDER] [--articles 500] [--rounds 3] [--cold-runs 5] [--no-edits]

For each segmenter (`rules`, then `kiwi`):
- the real-corpus scores of benchmarks/real_score.py (`score(folder, with_edits=...)`):
  coverage, judged right, false errors and warnings, automatic edits reported;
- how many sentence starts the segmenter gives on the corpus, and how many differ;
- throughput on one core, in process: the seed articles repeated (`--articles` of them,
  median of `--rounds`), read → extract → link (where the segmenter runs), then the
  checks of each article alone (analysis and checks);
- the cold one-article check as a whole process: `factlint check` of the first seed
  article, median wall time of `--cold-runs` runs (after one run not counted), and the
  largest peak memory of those processes;
- peak memory of this process after the segmenter's runs (it only grows: kiwi is run last);
- an experiment with morphemes (nothing in factlint uses it): would the subject noun of a
  number's clause (the nouns before the nearest `은/는/이/가` in that clause, by kiwipiepy's
  tags) key the facts a Korean article states twice? Counted: annotated repeats whose members
  all get one subject (and one unit), against the linker's agreement key today, and the pairs
  of differing figures in one article that one subject would wrongly put under one key.

kiwipiepy must be installed for the `kiwi` columns (`pip install 'factlint[morph]'`).
Numbers move with whatever else runs on the machine: the load average is printed.
Always exits 0 unless kiwipiepy is missing (2): it is a report, not a gate.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
TIME_BIN = Path("/usr/bin/time")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import real_score  # noqa: E402
from run import factlint_command  # noqa: E402

from checker.pipeline import Analysis, analyze_document, check, load_knowledge  # noqa: E402
from checker.read.files import read_paths  # noqa: E402

segmentation = importlib.import_module("checker.link.segment")  # `checker.link.segment` is also a function's name
ENV = segmentation.SEGMENTER_ENV
MODES = ("rules", "kiwi")


def _select(mode: str) -> None:
    os.environ[ENV] = mode


def sentence_starts(folder: Path) -> dict[str, set[int]]:
    """Per article of the folder's manifest, the sentence starts of the selected segmenter."""
    meta = tomllib.loads((folder / "articles.toml").read_text(encoding="utf-8"))
    out = {}
    for entry in meta.get("article", []):
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        out[entry["file"]] = set(segmentation.segment(text, 0, entry.get("language")).sentence_starts)
    return out


def throughput(knowledge, articles: int, rounds: int) -> dict[str, float]:
    """Seed-sized articles per second on one core, in process (as benchmarks/run.py measures
    extraction): read → extract → link, and that plus the checks of each article alone."""
    documents, _ = read_paths([str(SEEDS)])
    for document in documents:  # warm: compiled patterns, lazy tables, the kiwi model
        check(Analysis(claimsets=[analyze_document(document, knowledge.lexicon)]), knowledge)
    rates: dict[str, list[float]] = {"link": [], "check": [], "link_cpu": [], "check_cpu": []}
    for _ in range(rounds):
        batch = [
            type(d).model_validate(d.model_dump()) for d in (documents[i % len(documents)] for i in range(articles))
        ]
        wall, cpu = time.perf_counter(), time.process_time()
        claimsets = [analyze_document(document, knowledge.lexicon) for document in batch]
        linked, linked_cpu = time.perf_counter() - wall, time.process_time() - cpu
        for claimset in claimsets:
            check(Analysis(claimsets=[claimset]), knowledge)
        checked, checked_cpu = time.perf_counter() - wall, time.process_time() - cpu
        rates["link"].append(articles / linked)
        rates["check"].append(articles / checked)
        rates["link_cpu"].append(articles / linked_cpu)
        rates["check_cpu"].append(articles / checked_cpu)
    out = {name: statistics.median(values) for name, values in rates.items()}
    out["mean_bytes"] = statistics.mean(len(d.text.encode()) for d in documents)
    return out


def cold_check(mode: str, runs: int) -> dict[str, float]:
    """Median whole-process wall time of `factlint check SEED` (the first run, which may build the
    rate cache, is not counted) and the largest peak RSS of those processes (by /usr/bin/time
    where it exists: a child's own accounting would count this large process's pages at fork)."""
    article = sorted(SEEDS.glob("*.txt"))[0]
    command = [*factlint_command(), "check", str(article), "--format", "json"]
    timed = TIME_BIN.exists()
    if timed:
        command = [str(TIME_BIN), "-f", "peak-kb %M cpu %U %S", *command]
    env = {**os.environ, ENV: mode}
    walls, cpus, peak_kb = [], [], 0
    for i in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env, text=True)
        seconds = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(command)} ({ENV}={mode}) exited {done.returncode}: {done.stderr[-300:]}")
        if i:
            walls.append(seconds)
            for line in done.stderr.splitlines():
                if line.startswith("peak-kb "):
                    words = line.split()
                    peak_kb = max(peak_kb, int(words[1]))
                    cpus.append(float(words[3]) + float(words[4]))
    return {
        "wall": statistics.median(walls),
        "min": min(walls),
        "max": max(walls),
        "cpu": statistics.median(cpus) if cpus else float("nan"),
        "peak_mb": peak_kb / 1024 if timed else float("nan"),
    }


_CLAUSE_END = {"EC", "EF", "SF", "SP"}  # a connective or final ending, a full stop, a comma
_SUBJECT_MARK = {"JX": ("은", "는"), "JKS": ("이", "가")}
_NOUN = {"NNG", "NNP", "SL", "SH"}


def subject_of(tokens, offset: int) -> str | None:
    """The nouns before the nearest topic or subject particle that precedes `offset` in its clause."""
    i = next((k for k, t in enumerate(tokens) if t.start + t.len > offset), len(tokens)) - 1
    while i >= 0 and tokens[i].tag not in _CLAUSE_END:
        t = tokens[i]
        if t.form in _SUBJECT_MARK.get(t.tag, ()):
            j = i
            while j > 0 and tokens[j - 1].tag in _NOUN and tokens[j - 1].start + tokens[j - 1].len == tokens[j].start:
                j -= 1
            return "".join(x.form for x in tokens[j:i]) or None
        i -= 1
    return None


def subject_experiment(report: dict, folder: Path) -> dict[str, int]:
    from checker.check.kinds.agreement import value_key

    kiwi = segmentation._kiwi_model()
    meta = tomllib.loads((folder / "articles.toml").read_text(encoding="utf-8"))
    korean = {e["file"] for e in meta.get("article", []) if e.get("language", "ko") == "ko"}
    knowledge = load_knowledge()
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    from checker.pipeline import analyze

    analysis = analyze([str(folder / f) for f in sorted(korean)], knowledge, jobs=1, manifest=folder / "articles.toml")
    subjects: dict[tuple[str, int], str | None] = {}
    claims_of: dict[str, list] = {}
    for claimset in analysis.claimsets:
        name = real_score._relative(claimset.document.path, folder)
        text = claimset.document.text
        claims_of[name] = claimset.claims
        for line in segmentation._LINE.finditer(text, claimset.document.body_start):
            inside = [c for c in claimset.claims if line.start() <= c.start < line.end()]
            if inside:
                tokens = kiwi.tokenize(line.group(0))
                for c in inside:
                    subjects[name, c.start] = subject_of(tokens, c.start - line.start())

    def claim_at(member):
        return next((c for c in claims_of.get(member.file, []) if c.start < member.end and member.start < c.end), None)

    out = {"repeats": 0, "keyed by subject": 0, "keyed by the linker": 0, "subject-keyed pairs that differ": 0}
    together: set[tuple[str, int, int]] = set()
    for relation in report["relations"]:
        if relation.file not in korean:
            continue
        claims = [claim_at(m) for m in relation.members]
        for a in claims:
            for b in claims:
                if a is not None and b is not None:
                    together.add((relation.file, a.start, b.start))
        if relation.kind != "repeat":
            continue
        out["repeats"] += 1
        if any(c is None for c in claims):
            continue
        keys = {(subjects.get((relation.file, c.start)), c.unit) for c in claims}
        out["keyed by subject"] += len(keys) == 1 and None not in next(iter(keys))
        linker = {value_key(c, metric_types) for c in claims}
        out["keyed by the linker"] += len(linker) == 1 and None not in linker
    for name, claims in claims_of.items():
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                sa = subjects.get((name, a.start))
                if sa is None or sa != subjects.get((name, b.start)) or a.unit != b.unit or a.role != b.role:
                    continue
                if (name, a.start, b.start) not in together and (a.high < b.low or b.high < a.low):
                    out["subject-keyed pairs that differ"] += 1
    return out


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "real"))
    parser.add_argument("--articles", type=int, default=500, help="seed-sized articles per throughput round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--no-edits", action="store_true", help="skip the automatic edits")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "relations.toml").is_file():
        print(f"morph_ablation: {folder}: no relations.toml", file=sys.stderr)
        return 2
    _select("kiwi")
    try:
        segmentation.require_segmenter()
    except Exception as exc:  # noqa: BLE001 — the UsageError's one line
        print(f"morph_ablation: {exc}", file=sys.stderr)
        return 2

    load = os.getloadavg()
    rows: dict[str, dict] = {}
    starts: dict[str, dict[str, set[int]]] = {}
    for mode in MODES:  # rules first: this process's peak memory only grows
        _select(mode)
        knowledge = load_knowledge()
        report = real_score.score(folder, with_edits=not args.no_edits)
        starts[mode] = sentence_starts(folder)
        rate = throughput(knowledge, args.articles, args.rounds)
        rows[mode] = {
            "report": report,
            "rate": rate,
            "cold": cold_check(mode, args.cold_runs),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    experiment = subject_experiment(rows["kiwi"]["report"], folder)
    os.environ.pop(ENV, None)

    print(
        f"Korean morphology ablation: {folder} ({rows['rules']['report']['articles']} articles); "
        f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores"
    )
    print()
    print(
        "| segmenter | coverage | judged right | coverage ko | judged right ko | false errors | false warnings "
        "| edits reported | link, articles/s (cpu) | check, articles/s (cpu) | cold one-article check, wall (cpu) "
        "| peak RSS cold | peak RSS in-process |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for mode in MODES:
        row = rows[mode]
        g, ko = row["report"]["groups"]["all"], row["report"]["groups"].get("lang:ko", {})
        cold = row["cold"]
        print(
            f"| {mode} | {g['covered']}/{g['relations']} ({pct(g['covered'], g['relations'])}) "
            f"| {g['right']} ({pct(g['right'], g['relations'])}) "
            f"| {ko.get('covered', 0)}/{ko.get('relations', 0)} "
            f"({pct(ko.get('covered', 0), ko.get('relations', 0))}) "
            f"| {ko.get('right', 0)} ({pct(ko.get('right', 0), ko.get('relations', 0))}) "
            f"| {row['report']['false_errors']} | {row['report']['false_warnings']} "
            f"| {g.get('edits_caught', 0)}/{g.get('edits', 0)} ({pct(g.get('edits_caught', 0), g.get('edits', 0))}) "
            f"| {row['rate']['link']:.0f} ({row['rate']['link_cpu']:.0f}) "
            f"| {row['rate']['check']:.0f} ({row['rate']['check_cpu']:.0f}) "
            f"| {cold['wall']:.2f} s ({cold['cpu']:.2f} s) | {cold['peak_mb']:.0f} MB | {row['rss_mb']:.0f} MB |"
        )
    print()
    rules, kiwi = starts["rules"], starts["kiwi"]
    only_kiwi = sum(len(kiwi[f] - rules[f]) for f in rules)
    only_rules = sum(len(rules[f] - kiwi[f]) for f in rules)
    differing = sum(1 for f in rules if rules[f] != kiwi[f])
    print(
        f"sentence starts: rules {sum(map(len, rules.values()))}, kiwi {sum(map(len, kiwi.values()))}; "
        f"kiwi only {only_kiwi}, rules only {only_rules}, in {differing} articles"
    )
    judged = {
        mode: [real_score.judge(r, rows[mode]["report"]["items"]) for r in rows[mode]["report"]["relations"]]
        for mode in MODES
    }
    gained = sum(1 for a, b in zip(judged["rules"], judged["kiwi"]) if b[0] and not a[0])
    lost = sum(1 for a, b in zip(judged["rules"], judged["kiwi"]) if a[0] and not b[0])
    print(f"relations covered with kiwi only: {gained}; with rules only: {lost}")
    print(
        f"seed articles: {len(list(SEEDS.glob('*.txt')))} of {rows['rules']['rate']['mean_bytes'] / 1024:.1f} KB "
        f"on average, repeated to {args.articles}, median of {args.rounds} rounds; articles/s by wall clock, "
        f"(cpu): by this process's cpu time"
    )
    spread = "; ".join(f"{m} {rows[m]['cold']['min']:.2f}–{rows[m]['cold']['max']:.2f} s" for m in MODES)
    print(f"cold: median of {args.cold_runs} whole-process runs (wall spread: {spread})")
    print(
        f"experiment, subject nouns (kiwi morphemes) as the key of a Korean fact stated twice: "
        f"{experiment['keyed by subject']} of {experiment['repeats']} annotated repeats get one subject and unit "
        f"(the linker's agreement key today: {experiment['keyed by the linker']}); "
        f"{experiment['subject-keyed pairs that differ']} pairs of differing figures, in no annotated relation "
        f"together, share a subject, unit and role"
    )
    print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
