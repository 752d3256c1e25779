#!/usr/bin/env python3
"""Score factlint against the evaluation corpus in tests/corpus.

Runs `factlint check tests/corpus --format json` (as `python -m checker`),
matches the findings against tests/corpus/expected.toml and prints a Markdown
report: precision and recall per rule code and per check kind, false alarms on
the articles that are consistent, and the list of misses and false alarms with
file:line, message and the sentence that caused them.

Matching: a reported finding (severity error or warning; info does not count)
matches an expected one when the rule code is the same and the expected text's
span in the expected file overlaps the finding's primary location or any of its
related locations in that file. A reported finding that matches no expectation
is a false alarm.

    python benchmarks/corpus_score.py [--corpus DIR] [--json]

Always exits 0: it is a report, not a gate (tests/test_corpus.py is the gate,
and it only asserts that no consistent article raises an error).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
REPORTED = {"error", "warning"}

# Check kinds as the corpus groups them (F1xx … F9xx families, F3xx split by kind).
KINDS = {
    "F301": "growth",
    "F302": "sum",
    "F303": "sum",
    "F311": "sum",
    "F304": "multiple",
    "F310": "multiple",
    "F305": "difference",
    "F306": "difference",
    "F307": "ratio",
    "F308": "rates",
    "F309": "rates",
    "F401": "agreement",
    "F402": "agreement",
    "F403": "agreement",
    "F404": "reference",
}
FAMILIES = {"F1": "malformed", "F2": "conversion", "F5": "share/superlative", "F9": "names/style"}
KIND_ORDER = [
    "conversion",
    "growth",
    "sum",
    "multiple",
    "agreement",
    "share/superlative",
    "malformed",
    "difference",
    "ratio",
    "rates",
    "reference",
    "names/style",
    "other",
]


def kind_of(rule: str) -> str:
    return KINDS.get(rule) or FAMILIES.get(rule[:2], "other")


@dataclass
class Expected:
    file: str
    rule: str
    text: str
    note: str
    spans: list[tuple[int, int]]
    line: int
    found_by: list[Reported] = field(default_factory=list)
    near: list[Reported] = field(default_factory=list)


@dataclass
class Article:
    file: str
    consistent: bool
    text: str
    findings: list[Expected]


@dataclass
class Location:
    file: str | None  # name inside the corpus, None when outside it
    start: int
    end: int
    line: int
    column: int


@dataclass
class Reported:
    rule: str
    severity: str
    message: str
    primary: Location
    related: list[Location]
    matches: list[Expected] = field(default_factory=list)

    @property
    def counted(self) -> bool:
        return self.severity in REPORTED

    def locations(self) -> list[Location]:
        return [self.primary, *self.related]


@dataclass
class Score:
    articles: dict[str, Article]
    expected: list[Expected]
    reported: list[Reported]  # every finding, info included
    problems: list[str]  # problems in the corpus itself (expected.toml vs the files)

    @property
    def counted(self) -> list[Reported]:
        return [f for f in self.reported if f.counted]

    @property
    def false_alarms(self) -> list[Reported]:
        return [f for f in self.counted if not f.matches]

    @property
    def misses(self) -> list[Expected]:
        return [e for e in self.expected if not e.found_by]

    def consistent_articles(self) -> list[str]:
        return [name for name, a in self.articles.items() if a.consistent]

    def false_alarms_on_consistent(self, severities: set[str] = REPORTED) -> list[Reported]:
        consistent = set(self.consistent_articles())
        return [f for f in self.false_alarms if f.primary.file in consistent and f.severity in severities]


# ---------------------------------------------------------------------------- loading


def load_corpus(corpus: Path) -> tuple[dict[str, Article], list[Expected], list[str]]:
    problems: list[str] = []
    data = tomllib.loads((corpus / "expected.toml").read_text(encoding="utf-8"))
    manifest = tomllib.loads((corpus / "articles.toml").read_text(encoding="utf-8"))
    listed = {a["file"] for a in manifest.get("article", [])}
    on_disk = {p.name for p in corpus.glob("*.md")}
    articles: dict[str, Article] = {}
    expected: list[Expected] = []
    for entry in data.get("article", []):
        name = entry["file"]
        path = corpus / name
        if not path.is_file():
            problems.append(f"expected.toml names a missing file {name}")
            continue
        if name in articles:
            problems.append(f"expected.toml lists {name} twice")
        text = path.read_text(encoding="utf-8")
        consistent = bool(entry.get("consistent", False))
        findings = []
        for item in entry.get("finding", []):
            needle = item["text"]
            spans, start = [], text.find(needle)
            while start != -1:
                spans.append((start, start + len(needle)))
                start = text.find(needle, start + 1)
            if not spans:
                problems.append(f"{name}: expected text {needle!r} ({item['rule']}) does not occur in the file")
                continue
            if len(spans) > 1:
                problems.append(f"{name}: expected text {needle!r} ({item['rule']}) occurs {len(spans)} times")
            line = text.count("\n", 0, spans[0][0]) + 1
            findings.append(Expected(name, item["rule"], needle, item.get("note", ""), spans, line))
        if consistent and findings:
            problems.append(f"{name}: consistent = true but it lists findings")
        if not consistent and not findings:
            problems.append(f"{name}: consistent = false but it lists no finding")
        articles[name] = Article(name, consistent, text, findings)
        expected.extend(findings)
    for name in sorted(on_disk - set(articles)):
        problems.append(f"{name} is not listed in expected.toml")
    for name in sorted(on_disk - listed):
        problems.append(f"{name} is not listed in articles.toml")
    return articles, expected, problems


def _python() -> str:
    """sys.executable when it can import checker, else the project's virtualenv."""
    probe = subprocess.run([sys.executable, "-c", "import checker"], cwd=ROOT, capture_output=True)
    if probe.returncode == 0:
        return sys.executable
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def run_factlint(corpus: Path) -> dict:
    cmd = [_python(), "-m", "checker", "check", str(corpus), "--format", "json", "--no-color"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"factlint exited {proc.returncode} without JSON output:\n{proc.stderr.strip()}") from None


def _location(raw: dict, corpus: Path) -> Location:
    path = Path(raw.get("path", ""))
    if not path.is_absolute():
        path = ROOT / path
    name = path.name if path.resolve().parent == corpus.resolve() else None
    return Location(
        name, int(raw.get("start", 0)), int(raw.get("end", 0)), int(raw.get("line", 0)), int(raw.get("column", 0))
    )


def _overlaps(loc: Location, file: str, spans: list[tuple[int, int]]) -> bool:
    if loc.file != file:
        return False
    end = max(loc.end, loc.start + 1)  # an empty span still points at a character
    return any(loc.start < e and s < end for s, e in spans)


def score(corpus: Path = CORPUS, output: dict | None = None) -> Score:
    """Run factlint on the corpus (unless `output` is given) and match its findings."""
    articles, expected, problems = load_corpus(corpus)
    output = run_factlint(corpus) if output is None else output
    reported = [
        Reported(
            rule=raw["rule"],
            severity=raw.get("severity", "error"),
            message=raw.get("message", ""),
            primary=_location(raw["location"], corpus),
            related=[_location(r, corpus) for r in raw.get("related", [])],
        )
        for raw in output.get("findings", [])
    ]
    for exp in expected:
        for finding in reported:
            touches = any(_overlaps(loc, exp.file, exp.spans) for loc in finding.locations())
            if not touches:
                continue
            if finding.counted and finding.rule == exp.rule:
                exp.found_by.append(finding)
                finding.matches.append(exp)
            else:
                exp.near.append(finding)
    return Score(articles, expected, reported, problems)


# ---------------------------------------------------------------------------- report


def _ratio(num: int, den: int) -> str:
    return "—" if den == 0 else f"{num / den:.0%} ({num}/{den})"


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span, for showing what caused a finding."""
    lo = text.rfind("\n", 0, start) + 1
    for i in range(start - 1, lo, -1):
        if text[i] in ".!?" and i + 1 < len(text) and text[i + 1] == " ":
            lo = i + 2
            break
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi
    for i in range(max(end, lo), hi):
        if text[i] in ".!?" and (i + 1 == hi or text[i + 1] == " "):
            hi = i + 1
            break
    return text[lo:hi].strip()


def _where(loc: Location, articles: dict[str, Article]) -> str:
    return f"{loc.file or '(outside the corpus)'}:{loc.line}:{loc.column}"


def render(result: Score) -> str:
    out: list[str] = ["# factlint corpus score", ""]
    n_cons = len(result.consistent_articles())
    out.append(
        f"{len(result.articles)} articles ({n_cons} consistent, {len(result.articles) - n_cons} with "
        f"{len(result.expected)} expected findings); {len(result.counted)} findings reported "
        f"(error or warning), {len(result.reported) - len(result.counted)} info findings not counted."
    )
    out.append("")
    if result.problems:
        out += ["## Problems in the corpus itself", ""] + [f"- {p}" for p in result.problems] + [""]

    rules = sorted(
        {e.rule for e in result.expected} | {f.rule for f in result.counted},
        key=lambda r: (KIND_ORDER.index(kind_of(r)) if kind_of(r) in KIND_ORDER else 99, r),
    )
    exp_n = Counter(e.rule for e in result.expected)
    found_n = Counter(e.rule for e in result.expected if e.found_by)
    rep_n = Counter(f.rule for f in result.counted)
    ok_n = Counter(f.rule for f in result.counted if f.matches)

    out += [
        "## Precision and recall",
        "",
        "| kind | rule | expected | found | recall | reported | correct | precision |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for rule in rules:
        out.append(
            f"| {kind_of(rule)} | {rule} | {exp_n[rule]} | {found_n[rule]} "
            f"| {_ratio(found_n[rule], exp_n[rule])} "
            f"| {rep_n[rule]} | {ok_n[rule]} | {_ratio(ok_n[rule], rep_n[rule])} |"
        )
    kinds = [k for k in KIND_ORDER if any(kind_of(r) == k for r in rules)]
    for kind in kinds:
        members = [r for r in rules if kind_of(r) == kind]
        e, f, r, c = (sum(counter[m] for m in members) for counter in (exp_n, found_n, rep_n, ok_n))
        out.append(f"| **{kind}** | {', '.join(members)} | {e} | {f} | {_ratio(f, e)} | {r} | {c} | {_ratio(c, r)} |")
    e, f, r, c = (sum(counter.values()) for counter in (exp_n, found_n, rep_n, ok_n))
    out.append(f"| **all** | | {e} | {f} | {_ratio(f, e)} | {r} | {c} | {_ratio(c, r)} |")
    out.append("")

    on_consistent = result.false_alarms_on_consistent()
    hit = sorted({f.primary.file for f in on_consistent})
    errors = result.false_alarms_on_consistent({"error"})
    out.append(
        f"**False alarms on consistent articles: {len(hit)} of {n_cons} articles** "
        f"({len(on_consistent)} findings, {len(errors)} of them errors)"
    )
    out.append("")

    out += ["## Misses", ""]
    if not result.misses:
        out.append("none")
    for exp in result.misses:
        near = "; ".join(sorted({f"reported as {f.rule} ({f.severity})" for f in exp.near}))
        out.append(
            f"- `{exp.file}:{exp.line}` **{exp.rule}** on `{exp.text}` — {exp.note}" + (f" [{near}]" if near else "")
        )
    out.append("")

    out += ["## False alarms", ""]
    alarms = sorted(
        result.false_alarms,
        key=lambda f: (f.primary.file not in set(result.consistent_articles()), f.primary.file or "", f.primary.line),
    )
    if not alarms:
        out.append("none")
    for f in alarms:
        art = result.articles.get(f.primary.file or "")
        tag = "consistent" if art and art.consistent else "inconsistent"
        out.append(f"- `{_where(f.primary, result.articles)}` ({tag} article) **{f.severity}[{f.rule}]** {f.message}")
        if art:
            out.append(f"  - sentence: {_sentence(art.text, f.primary.start, f.primary.end)}")
    out.append("")

    dups = [e for e in result.expected if len(e.found_by) > 1]
    if dups:
        out += ["## Expected findings reported more than once", ""]
        out += [f"- `{e.file}:{e.line}` {e.rule} on `{e.text}`: {len(e.found_by)} findings" for e in dups]
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="print the matched findings as JSON instead")
    args = parser.parse_args(argv)
    try:
        result = score(args.corpus)
    except Exception as exc:  # a report: say what went wrong, still exit 0
        print(f"corpus_score: could not score the corpus: {exc}")
        return 0
    if args.json:
        print(
            json.dumps(
                {
                    "misses": [{"file": e.file, "line": e.line, "rule": e.rule, "text": e.text} for e in result.misses],
                    "false_alarms": [
                        {
                            "file": f.primary.file,
                            "line": f.primary.line,
                            "rule": f.rule,
                            "severity": f.severity,
                            "message": f.message,
                        }
                        for f in result.false_alarms
                    ],
                    "problems": result.problems,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
