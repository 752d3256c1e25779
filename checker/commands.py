"""What each subcommand does, in terms of the pipeline stages and the reports."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker.config import Settings, load_settings
from checker.errors import InputError, UsageError
from checker.models import SEVERITY_RANK
from checker.pipeline import Knowledge, analyze, check, load_knowledge


def exit_code(findings, fail_on: str, exit_zero: bool, input_errors: int) -> int:
    if input_errors:
        return 2
    if exit_zero:
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else 0


def run(args: argparse.Namespace) -> int:
    handler = {"check": run_check, "claims": run_claims, "rules": run_rules,
               "explain": run_explain, "ledger": run_ledger, "schema": run_schema,
               "serve": run_serve, "lsp": run_lsp}[args.command]
    return handler(args)


def run_serve(args: argparse.Namespace) -> int:
    from checker import serve

    return serve.run(args)


def run_lsp(args: argparse.Namespace) -> int:
    from checker import lsp

    return lsp.run(args)


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(getattr(args, "config", None), getattr(args, "paths", []) or ["."])
    if getattr(args, "lang", None):
        settings.lang = args.lang
    return settings


def _knowledge(args: argparse.Namespace, settings: Settings) -> Knowledge:
    return load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())


def _selected(knowledge: Knowledge, settings: Settings, args: argparse.Namespace) -> Knowledge:
    select = args.select if getattr(args, "select", None) is not None else settings.select
    ignore = [*settings.ignore, *(getattr(args, "ignore", None) or [])]
    known = set(knowledge.rules.codes)
    where = f" (in {settings.source})" if settings.source else ""
    for code in [*(select or []), *ignore, *settings.severity]:
        if not any(k.startswith(code) for k in known):
            raise UsageError(f"unknown rule code {code!r}{where}; see `factlint rules`")
    chosen = {c for c in known if select is None or any(c.startswith(s) for s in select)}
    chosen = {c for c in chosen if not any(c.startswith(i) for i in ignore)}
    knowledge.rules = knowledge.rules.select(chosen)
    return knowledge


def _report_input_errors(errors: list[InputError]) -> None:
    for error in errors:
        print(f"factlint: error: {error}", file=sys.stderr)


def _report_internal_errors(findings) -> None:
    from checker.check.packs import INTERNAL_ERROR

    for finding in findings:
        if finding.rule == INTERNAL_ERROR:
            print(f"factlint: error: {finding.location.path}: {finding.message}", file=sys.stderr)


def _notes(claimsets) -> None:
    for claimset in claimsets:
        for note in claimset.document.notes:
            print(f"factlint: note: {claimset.document.path}: {note}", file=sys.stderr)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(str(output), f"cannot write: {exc.strerror or exc}") from None


def _progress(total_hint: int):
    """A progress bar on stderr, only on a terminal and only for many files."""
    if not sys.stderr.isatty() or total_hint < 50:
        return None, None
    from rich.progress import Progress

    progress = Progress(transient=True, console=_console(sys.stderr))
    task = progress.add_task("checking", total=total_hint)
    return progress, lambda: progress.advance(task)


def _console(stream, no_color: bool = False):
    from rich.console import Console

    return Console(file=stream, highlight=False, no_color=no_color, soft_wrap=True)


def _count_articles(paths: list[str]) -> int:
    from checker.read.files import iter_article_paths

    return sum(1 for _ in iter_article_paths(paths))


def run_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    knowledge = _selected(_knowledge(args, settings), settings, args)
    fail_on = args.fail_on or settings.fail_on
    fmt = args.format or settings.format
    progress, tick = _progress(_count_articles(args.paths)) if fmt == "text" else (None, None)
    if progress:
        progress.start()
    try:
        analysis = analyze(args.paths, knowledge, jobs=args.jobs, approx_tolerance=settings.approximately,
                           currencies=settings.currencies(), progress=tick, manifest=args.manifest or settings.manifest)
    finally:
        if progress:
            progress.stop()
    _notes(analysis.claimsets)
    ledger_path = args.ledger or settings.ledger
    # The HTML report marks which claims were checked and held, so it needs the passed relations.
    result = check(analysis, knowledge, lang=settings.lang, show_passed=args.show_passed or fmt == "html",
                   severity_overrides=settings.severity, ledger=ledger_path, facts=args.facts or settings.facts)
    from checker.suppress import apply_baseline, apply_inline, write_baseline

    findings = apply_inline(result.findings, analysis.claimsets, knowledge.rules.codes)
    if args.write_baseline:
        write_baseline(args.write_baseline, findings, analysis.claimsets)
    baseline = args.baseline or settings.baseline
    if baseline:
        findings = apply_baseline(baseline, findings, analysis.claimsets)
    result.findings = findings
    _report_input_errors(analysis.errors)
    _report_internal_errors(result.findings)
    from checker.report import render

    text = render(fmt, result, analysis, knowledge, settings=settings, args=args)
    if fmt == "text" and args.output is None:
        _print_text(text)
    elif text is not None:  # None: the multi-page HTML report has written its pages
        _write(text, args.output)
    return exit_code(findings, fail_on, args.exit_zero, len(analysis.errors) + result.internal_errors)


def _print_text(rendered) -> None:
    console = _console(sys.stdout, no_color=not sys.stdout.isatty())
    for line in rendered:
        console.print(line)


def run_claims(args: argparse.Namespace) -> int:
    settings = _settings(args)
    knowledge = _knowledge(args, settings)
    analysis = analyze(args.paths, knowledge, jobs=args.jobs, approx_tolerance=settings.approximately,
                       currencies=settings.currencies(), manifest=args.manifest or settings.manifest)
    _notes(analysis.claimsets)
    _report_input_errors(analysis.errors)
    for failed in analysis.failures:  # an article whose numbers could not be read: the others are listed
        print(f"factlint: error: {failed.paths[0]}: internal error in {failed.where}: {failed.error} "
              "(please report this bug; FACTLINT_DEBUG=1 shows the traceback)", file=sys.stderr)
    claims = [c for cs in analysis.claimsets for c in cs.claims]
    if args.format == "json":
        from checker.report.json import claims_json

        _write(claims_json(claims), args.output)
    else:
        from checker.report.tables import claims_table

        console = _console(sys.stdout, no_color=not sys.stdout.isatty())
        console.print(claims_table(claims))
    return 2 if analysis.errors or analysis.failures else 0


def run_rules(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, ["."])
    knowledge = load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())
    from checker.report.tables import rules_json, rules_table

    if args.format == "json":
        _write(rules_json(knowledge.rules), None)
    else:
        _console(sys.stdout, no_color=not sys.stdout.isatty()).print(rules_table(knowledge.rules))
    return 0


def run_explain(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, ["."])
    knowledge = load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())
    code = args.code.upper()
    if code not in knowledge.rules.codes:
        raise UsageError(f"unknown rule code {args.code!r}; see `factlint rules`")
    from checker.report.tables import explain_text

    _write(explain_text(knowledge.rules, code), None)
    return 0


def run_ledger(args: argparse.Namespace) -> int:
    from checker.ledger.commands import run_ledger_command

    settings = _settings(args)
    return run_ledger_command(args, settings, lambda: _knowledge(args, settings))


def run_schema(args: argparse.Namespace) -> int:
    import json

    from checker.models import Claim, Document, Finding

    model = {"claim": Claim, "finding": Finding, "document": Document}[args.model]
    _write(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2), None)
    return 0
