#!/usr/bin/env python3
"""Score factlint on a folder of real articles whose stated relations are annotated.

The folder holds `articles.toml` (a factlint manifest naming files in
subfolders) and `relations.toml` (one `[[relation]]` per stated numeric
relation; the format is described in FORMAT.md beside the corpus). The texts
are read where they are; nothing is copied.

    python benchmarks/real_score.py FOLDER [--json] [--no-edits] [--misses KIND]

Measures, per relation kind and per language:
- coverage: a relation is covered when one passed or reported item (its
  primary and related spans) touches at least two of its members;
- judged right: a relation that holds is listed as passed and not reported as
  an error or warning; a broken one is reported as an error or warning;
- false alarms: errors and warnings that touch no member of a broken relation;
- automatic edits: for each relation that holds, the first significant digit
  of one member is changed so the relation breaks far beyond rounding; the
  edit must be reported (error or warning) by an item touching the edited
  number.

Always exits 0: it is a report, not a gate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.models import Document  # noqa: E402
from checker.pipeline import Analysis, analyze, analyze_document, check, load_knowledge  # noqa: E402

REPORTED = {"error", "warning"}
KINDS = ["conversion", "growth", "difference", "sum", "share", "ratio", "multiple", "points", "repeat", "date"]


@dataclass(frozen=True)
class Member:
    file: str  # relative to the folder
    start: int
    end: int
    text: str


@dataclass
class Relation:
    file: str
    kind: str
    holds: bool
    note: str
    members: list[Member]
    other_file: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """A passed relation or a finding, reduced to what scoring needs."""

    rule: str
    severity: str  # "passed" for a relation that holds
    spans: tuple[tuple[str, int, int], ...]  # (file relative to the folder, start, end)
    message: str


def _locate(text: str, spec, default_file: str) -> tuple[str, int, int, str] | str:
    if isinstance(spec, str):
        needle, context, file = spec, None, default_file
    else:
        needle, context, file = spec["text"], spec.get("context"), spec.get("file", default_file)
    if context is None:
        first = text.find(needle)
        if first < 0:
            return f"member {needle!r} not in {file}"
        return file, first, first + len(needle), needle
    where = text.find(context)
    if where < 0:
        return f"context {context!r} not in {file}"
    inner = context.find(needle)
    if inner < 0:
        return f"member {needle!r} not inside its context"
    return file, where + inner, where + inner + len(needle), needle


def load_relations(folder: Path, texts: dict[str, str]) -> list[Relation]:
    data = tomllib.loads((folder / "relations.toml").read_text(encoding="utf-8"))
    relations = []
    for entry in data.get("relation", []):
        rel = Relation(
            file=entry["file"],
            kind=entry["kind"],
            holds=bool(entry.get("holds", True)),
            note=entry.get("note", ""),
            members=[],
            other_file=entry.get("other_file"),
        )
        for spec in entry["members"]:
            file = spec.get("file", rel.file) if isinstance(spec, dict) else rel.file
            found = _locate(texts.get(file, ""), spec, rel.file)
            if isinstance(found, str):
                rel.problems.append(found)
            else:
                rel.members.append(Member(*found))
        relations.append(rel)
    return relations


def _relative(path: str, folder: Path) -> str:
    try:
        return Path(path).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path


def items_of(result, folder: Path) -> list[Item]:
    items = []
    for finding in result.findings:
        spans = tuple((_relative(loc.path, folder), loc.start, loc.end) for loc in [finding.location, *finding.related])
        items.append(Item(finding.rule, finding.severity, spans, finding.message))
    for passed in result.passed:
        spans = tuple((_relative(loc.path, folder), loc.start, loc.end) for loc in [passed.location, *passed.related])
        items.append(Item(passed.rule, "passed", spans, passed.message))
    return items


def _touches(item: Item, member: Member) -> bool:
    return any(f == member.file and s < member.end and member.start < e for f, s, e in item.spans)


def touched(item: Item, relation: Relation) -> int:
    return len({m for m in relation.members if _touches(item, m)})


def judge(relation: Relation, items: list[Item]) -> tuple[bool, bool]:
    """(covered, judged right)."""
    relevant = [i for i in items if touched(i, relation) >= 2]
    covered = bool(relevant)
    passed = any(i.severity == "passed" for i in relevant)
    reported = any(i.severity in REPORTED for i in relevant)
    if relation.holds:
        return covered, passed and not reported
    return covered, reported


# --- automatic edits -----------------------------------------------------------------------------

_FIRST_DIGIT = re.compile(r"[1-9]")


def edit_member(text: str) -> tuple[int, str] | None:
    """The offset and new character for the first significant digit, moved far beyond rounding."""
    match = _FIRST_DIGIT.search(text)
    if match is None:
        return None
    digit = int(match.group())
    new = digit + 4 if digit <= 5 else digit - 4  # 1→5, 5→9, 6→2, 9→5: at least ×1.4 or ×0.6
    return match.start(), str(new)


@dataclass
class EditResult:
    relation: Relation
    member: Member
    detected: bool
    by: list[str]


def run_edits(
    folder: Path, knowledge, documents: dict[str, Document], relations: list[Relation], claimsets: dict[str, object]
) -> list[EditResult]:
    results = []
    for rel in relations:
        if not rel.holds or len(rel.members) < 2:
            continue
        target = next((m for m in rel.members if edit_member(m.text)), None)
        if target is None:
            continue
        offset, digit = edit_member(target.text)
        document = documents[target.file]
        at = target.start + offset
        edited_text = document.text[:at] + digit + document.text[at + 1 :]
        edited = document.model_copy(update={"text": edited_text})
        edited.__dict__.pop("line_starts", None)
        edited_claims = analyze_document(edited, knowledge.lexicon)
        involved = {target.file, *(m.file for m in rel.members)}
        sets = [edited_claims if f == target.file else claimsets[f] for f in sorted(involved)]

        result = check(Analysis(claimsets=sets), knowledge, show_passed=False)
        hits = [i for i in items_of(result, folder) if i.severity in REPORTED and _touches(i, target)]
        results.append(EditResult(rel, target, bool(hits), sorted({i.rule for i in hits})))
    return results


# --- report ---------------------------------------------------------------------------------------


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def score(folder: Path, with_edits: bool = True) -> dict:
    manifest = folder / "articles.toml"
    meta = tomllib.loads(manifest.read_text(encoding="utf-8"))
    files = [a["file"] for a in meta.get("article", [])]
    language = {a["file"]: a.get("language", "ko") for a in meta.get("article", [])}
    knowledge = load_knowledge()
    analysis = analyze([str(folder / f) for f in files], knowledge, jobs=1, manifest=manifest)
    claimsets = {_relative(cs.document.path, folder): cs for cs in analysis.claimsets}
    documents = {name: cs.document for name, cs in claimsets.items()}
    texts = {name: d.text for name, d in documents.items()}
    relations = load_relations(folder, texts)
    result = check(analysis, knowledge, show_passed=True)
    items = items_of(result, folder)

    by = defaultdict(Counter)  # group → counts
    for rel in relations:
        covered, right = judge(rel, items)
        for group in (f"kind:{rel.kind}", f"lang:{language.get(rel.file, '?')}", "all"):
            by[group]["relations"] += 1
            by[group]["covered"] += covered
            by[group]["right"] += right
            by[group]["broken"] += not rel.holds
            by[group]["broken_caught"] += (not rel.holds) and right

    broken_members = [m for r in relations if not r.holds for m in r.members]
    false_alarms = [i for i in items if i.severity in REPORTED and not any(_touches(i, m) for m in broken_members)]
    per_article = Counter(i.spans[0][0] for i in false_alarms if i.severity == "error")

    edits = run_edits(folder, knowledge, documents, relations, claimsets) if with_edits else []
    for e in edits:
        for group in (f"kind:{e.relation.kind}", f"lang:{language.get(e.relation.file, '?')}", "all"):
            by[group]["edits"] += 1
            by[group]["edits_caught"] += e.detected
    return {
        "articles": len(files),
        "groups": {k: dict(v) for k, v in by.items()},
        "false_errors": sum(1 for i in false_alarms if i.severity == "error"),
        "false_warnings": sum(1 for i in false_alarms if i.severity == "warning"),
        "articles_with_false_errors": len(per_article),
        "unresolved_members": [p for r in relations for p in r.problems],
        "relations": relations,
        "items": items,
        "false_alarms": false_alarms,
        "edit_results": edits,
    }


def print_report(report: dict, misses: str | None) -> None:
    groups = report["groups"]
    order = ["all"] + [f"lang:{x}" for x in ("ko", "en")] + [f"kind:{k}" for k in KINDS]
    print(f"Real-article corpus: {report['articles']} articles")
    print()
    print("| group | relations | covered | judged right | broken caught | edits reported |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in order:
        g = groups.get(name)
        if not g:
            continue
        print(
            f"| {name} | {g['relations']} | {g['covered']} ({pct(g['covered'], g['relations'])}) "
            f"| {g['right']} ({pct(g['right'], g['relations'])}) "
            f"| {g['broken_caught']}/{g['broken']} "
            f"| {g.get('edits_caught', 0)}/{g.get('edits', 0)} "
            f"({pct(g.get('edits_caught', 0), g.get('edits', 0))}) |"
        )
    print()
    if report["unresolved_members"]:
        print(f"unresolved members: {len(report['unresolved_members'])} (first: {report['unresolved_members'][0]})")
    if misses:
        for rel in report["relations"]:
            if misses not in (rel.kind, "all"):
                continue
            covered, right = judge(rel, report["items"])
            if not right:
                texts = ", ".join(m.text for m in rel.members)
                print(f"MISS {rel.kind} {'holds' if rel.holds else 'BROKEN'} {rel.file}: [{texts}] covered={covered}")
        for item in report["false_alarms"]:
            print(f"FALSE {item.severity} {item.rule} {item.spans[0][0]}:{item.spans[0][1]} {item.message[:140]}")
    g = groups["all"]
    print(
        f"coverage {pct(g['covered'], g['relations'])}; judged right {pct(g['right'], g['relations'])}; "
        f"false errors {report['false_errors']} ({report['articles_with_false_errors']} articles), "
        f"false warnings {report['false_warnings']}; "
        f"edits reported {pct(g.get('edits_caught', 0), g.get('edits', 0))}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "real"))
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--no-edits", action="store_true", help="skip the automatic edits")
    parser.add_argument("--misses", metavar="KIND", help="list the relations of KIND (or 'all') not judged right")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "relations.toml").is_file():
        print(f"real_score: {folder}: no relations.toml", file=sys.stderr)
        return 2
    report = score(folder, with_edits=not args.no_edits)
    if args.json:
        keep = {k: v for k, v in report.items() if k not in {"relations", "items", "false_alarms", "edit_results"}}
        print(json.dumps(keep, indent=2, ensure_ascii=False))
    else:
        print_report(report, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
