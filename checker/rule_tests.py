"""A rule pack's examples, run as tests (`factlint test-rules DIR`, and tests/test_rule_examples.py).

Every `[[rule.example]]` of a rule is an article (and, for cross-article rules, a second one)
that the rule must fire on or must not. A firing example may also say where and how, in the
manner of sqlfluff's and ruff's rule fixtures:

    [[rule.example]]
    text = "…"
    fires = true
    line = 1            # the primary span's line and column (1-based, code points)
    column = 20
    span = "230억 달러"  # the text the primary span covers
    message = "gives 150억 달러"  # a substring of the message
    severity = "warning"
    config = { lang = "ko", rule-params = { F304 = { strict = 0.3 } } }  # sqlfluff's `configs`

`config` takes the configuration keys that shape one check (`lang`, `approximately`,
`fx-tolerance`, `fx-business-days`, `rule-params`, `severity`, `default-currency`), written as
in `.factlint.toml`. The examples of a user's folder run with the built-in lexicons and rules
beside it, as `factlint check --rules DIR` would run them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from checker.check.base import Context, failure
from checker.check.engine import CheckResult, run_checks
from checker.check.facts_file import ReferenceFact
from checker.check.packs import Example, Rule, builtin_rules_dir, load_rules
from checker.config import Settings
from checker.errors import InputError
from checker.models import Document, Finding
from checker.pipeline import Knowledge, analyze_document, load_knowledge
from checker.read.files import guess_language
from checker.suppress import apply_inline

# The publication date of an example that names none.
DEFAULT_PUBLISHED = dt.date(2024, 8, 27)

# The configuration keys an example may set (the rest choose files and outputs, not a check).
EXAMPLE_CONFIG_KEYS = (
    "lang",
    "approximately",
    "fx-tolerance",
    "fx-business-days",
    "rule-params",
    "severity",
    "default-currency",
)


@dataclass(slots=True)
class ExampleResult:
    code: str
    index: int  # the example's place among its rule's examples (0-based)
    example: Example
    source: str  # the pack file the rule comes from
    problems: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the rule's findings on the example

    @property
    def ok(self) -> bool:
        return not self.problems


def example_settings(example: Example) -> Settings:
    """The example's `config`, read as a configuration file's keys are (an unknown key is an error)."""
    unknown = sorted(set(example.config) - set(EXAMPLE_CONFIG_KEYS))
    if unknown:
        raise ValueError(
            f"config: {', '.join(unknown)} cannot be set per example (only {', '.join(EXAMPLE_CONFIG_KEYS)})"
        )
    try:
        return Settings.model_validate(example.config)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ValueError(f"config.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from None


def _document(text: str, published: dt.date, language: str | None, path: str) -> Document:
    return Document(path=path, text=text, published=published, language=language or guess_language(text))


def check_example(knowledge: Knowledge, rule: Rule, example: Example) -> CheckResult:
    """The findings of the rule's code (and whatever else fired) on one example."""
    settings = example_settings(example)
    rules = knowledge.rules
    overrides = settings.rule_overrides()
    if overrides:
        rules = load_rules(knowledge.folders, overrides)
    published = example.published or DEFAULT_PUBLISHED
    docs = [_document(example.text, published, example.language, "example.md")]
    if example.other is not None:
        other_date = example.other_published or published - dt.timedelta(days=1)
        docs.append(_document(example.other, other_date, example.language, "other.md"))
    claimsets = [analyze_document(d, knowledge.lexicon, settings.approximately, settings.currencies()) for d in docs]
    # An unused-suppression example needs the rules it suppresses to run too.
    chosen = rules if rule.kind == "suppression" else rules.select({rule.code})
    metric_types = {m.id: m.type for m in knowledge.lexicon.metrics.values()}
    ctx = Context(
        lang=settings.lang, metric_types=metric_types, facts=[ReferenceFact.model_validate(f) for f in example.facts]
    )
    failures = []
    if rule.kind == "internal" and example.fires:
        # The internal-error rule fires only on a bug: a stand-in exception on the first article.
        try:
            raise ArithmeticError("a stand-in bug (the example runner)")
        except ArithmeticError as exc:
            failures.append(failure(exc, [docs[0].path], "the example runner"))
    result = run_checks(claimsets, chosen, ctx, settings.severity, failures)
    result.findings = apply_inline(result.findings, claimsets, chosen.codes)
    return result


def _span_text(finding: Finding, docs: dict[str, str]) -> str:
    text = docs.get(finding.location.path, "")
    return text[finding.location.start : finding.location.end]


def _mismatches(finding: Finding, example: Example, docs: dict[str, str]) -> list[str]:
    out = []
    loc = finding.location
    if example.line is not None and loc.line != example.line:
        out.append(f"line {loc.line}, expected {example.line}")
    if example.column is not None and loc.column != example.column:
        out.append(f"column {loc.column}, expected {example.column}")
    if example.span is not None and _span_text(finding, docs) != example.span:
        out.append(f"span `{_span_text(finding, docs)}`, expected `{example.span}`")
    if example.message is not None and example.message not in finding.message:
        out.append(f"message {finding.message!r} lacks {example.message!r}")
    if example.severity is not None and finding.severity != example.severity:
        out.append(f"severity {finding.severity}, expected {example.severity}")
    return out


def run_example(knowledge: Knowledge, rule: Rule, index: int, example: Example, source: str = "") -> ExampleResult:
    outcome = ExampleResult(rule.code, index, example, source)
    try:
        result = check_example(knowledge, rule, example)
    except (ValueError, InputError) as exc:  # a bad per-example config
        outcome.problems.append(str(exc))
        return outcome
    docs = {"example.md": example.text, "other.md": example.other or ""}
    fired = [f for f in result.findings if f.rule == rule.code]
    outcome.findings = fired
    if not example.fires:
        if fired:
            outcome.problems.append(
                "fired but must not: " + "; ".join(f"{f.location.line}:{f.location.column} {f.message}" for f in fired)
            )
        return outcome
    if not fired:
        others = sorted({f.rule for f in result.findings})
        outcome.problems.append("did not fire" + (f" (other findings: {', '.join(others)})" if others else ""))
        return outcome
    unfilled = [f.message for f in fired if not f.message or "?" in f.message.split("`")[0]]
    if unfilled:
        outcome.problems.append(f"a message field was left unfilled: {unfilled[0]!r}")
    if example.wants_position_or_words():
        closest = min((_mismatches(f, example, docs) for f in fired), key=len)
        if closest:
            outcome.problems.append("fired, but " + "; ".join(closest))
    return outcome


def pack_rules(knowledge: Knowledge, folder: Path) -> list[tuple[Rule, str]]:
    """The rules whose pack files are in `folder` (its `packs/` or the folder itself), in code order."""
    folder = folder.resolve()
    out = []
    for code in knowledge.rules.codes:
        source = Path(knowledge.rules.source(code)).resolve()
        if folder in source.parents:
            out.append((knowledge.rules.rule(code), str(source)))
    return out


def run_folder(folder: Path, knowledge: Knowledge | None = None) -> list[ExampleResult]:
    """Every example of every rule defined in `folder` (the built-in rules folder or a user's)."""
    if not folder.is_dir():
        raise InputError(str(folder), "rules folder does not exist")
    if knowledge is None:
        knowledge = load_knowledge([] if folder.resolve() == builtin_rules_dir().resolve() else [folder])
    return [
        run_example(knowledge, rule, i, ex, source)
        for rule, source in pack_rules(knowledge, folder)
        for i, ex in enumerate(rule.example)
    ]


def report_lines(results: list[ExampleResult], root: Path | None = None) -> list[str]:
    """One line per example (pytest's verbose shape), the problems of a failure under it, a summary."""
    lines = []
    for r in results:
        source = r.source
        if root is not None:
            try:
                source = str(Path(r.source).resolve().relative_to(root.resolve()))
            except ValueError:
                pass
        what = "fires" if r.example.fires else "quiet"
        lines.append(f"{'PASS' if r.ok else 'FAIL'} {r.code} example {r.index + 1} ({what}) {source}")
        lines.extend(f"     {problem}" for problem in r.problems)
    failed = sum(1 for r in results if not r.ok)
    rules = len({r.code for r in results})
    lines.append(f"{len(results)} examples of {rules} rules: {len(results) - failed} passed, {failed} failed")
    return lines
