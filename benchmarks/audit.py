"""Judge factlint's findings on a generated corpus against what the generator injected.

    python benchmarks/audit.py DIR [--findings FILE.json] [--show 20]

Runs `factlint check DIR --format json` (or reads its saved output) and reports
  - false alarms: error findings none of whose spans lies in an article with an
    injection (the generated articles are otherwise consistent, so each is
    factlint's);
  - collateral: error findings in an injected article that do not point at the
    pushed number (the push broke them too, but they blame another number);
  - detection: injected numbers that an error or warning finding points at,
    by injection kind.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path


def run_check(corpus: Path, factlint: str | None = None, jobs: int | None = None) -> dict:
    command = [factlint or str(Path(sys.executable).with_name("factlint")), "check", str(corpus), "--format", "json"]
    if jobs:
        command += ["--jobs", str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"factlint check failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def _locations(finding: dict) -> list[dict]:
    return [finding["location"], *finding.get("related", [])]


def _touches(location: dict, injection: dict) -> bool:
    return (
        Path(location["path"]).name == injection["file"]
        and location["start"] < injection["end"]
        and injection["start"] < location["end"]
    )


def audit(corpus: Path, report: dict) -> dict:
    injections = json.loads((corpus / "injections.json").read_text(encoding="utf-8"))
    by_file = defaultdict(list)
    for injection in injections:
        by_file[injection["file"]].append(injection)
    false_alarms, collateral, detected = [], [], set()
    for finding in report["findings"]:
        files = {Path(loc["path"]).name for loc in _locations(finding)}
        hits = [i for loc in _locations(finding) for i in by_file.get(Path(loc["path"]).name, []) if _touches(loc, i)]
        if hits and finding["severity"] in ("error", "warning"):
            detected.update((i["file"], i["start"]) for i in hits)
        elif finding["severity"] == "error" and files & by_file.keys():
            collateral.append(finding)
        elif finding["severity"] == "error":
            false_alarms.append(finding)
    kinds = Counter(i["kind"] for i in injections)
    found = Counter(i["kind"] for i in injections if (i["file"], i["start"]) in detected)
    return {
        "articles": report["summary"].get("articles"),
        "findings": len(report["findings"]),
        "false_alarms": false_alarms,
        "false_alarms_by_rule": dict(Counter(f["rule"] for f in false_alarms)),
        "collateral": collateral,
        "collateral_by_rule": dict(Counter(f["rule"] for f in collateral)),
        "detection": {kind: [found[kind], total] for kind, total in sorted(kinds.items())},
        "missed": [i for i in injections if (i["file"], i["start"]) not in detected],
    }


def _line(corpus: Path, location: dict) -> str:
    path = Path(location["path"])
    path = path if path.is_file() else corpus / path.name
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[location["line"] - 1] if location["line"] <= len(lines) else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--findings", type=Path, help="saved `factlint check --format json` output")
    parser.add_argument("--show", type=int, default=20, help="false alarms to print with their sentence")
    args = parser.parse_args(argv)
    report = json.loads(args.findings.read_text()) if args.findings else run_check(args.corpus)
    result = audit(args.corpus, report)
    print(
        f"articles: {result['articles']}, findings: {result['findings']}, "
        f"false alarms (errors on consistent text): {len(result['false_alarms'])} {result['false_alarms_by_rule']}"
    )
    print(
        f"collateral errors in injected articles not over the pushed number: {len(result['collateral'])} "
        f"{result['collateral_by_rule']}"
    )
    for kind, (found, total) in result["detection"].items():
        print(f"detected {kind}: {found}/{total}")
    for finding in result["false_alarms"][: args.show]:
        loc = finding["location"]
        print(f"\n{finding['rule']} {Path(loc['path']).name}:{loc['line']}: {finding['message']}")
        print(f"    {_line(args.corpus, loc).strip()[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
