"""What each subcommand does, in terms of the pipeline stages and the reports."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

from checker import lsp, serve
from checker.check import fx
from checker.check.packs import INTERNAL_ERROR, builtin_rules_dir
from checker.collection import frozen_until_done
from checker.config import Settings, load_settings
from checker.errors import InputError, UsageError
from checker.ledger.commands import run_ledger_command
from checker.models import SEVERITY_RANK, ClaimRecord, Document, Finding
from checker.pipeline import Knowledge, analyze, check_streaming, load_knowledge, select_rules
from checker.read.files import iter_article_paths
from checker.report import Outcome, RenderSettings, console, needs, render, stamp
from checker.report.html import passed_for_report, report_claims
from checker.report.json import claims_json
from checker.report.tables import claims_tables, explain_text, rules_json, rules_table
from checker.rule_tests import report_lines, run_folder
from checker.suppress import apply_baseline, apply_inline, write_baseline


def exit_code(findings, fail_on: str, exit_zero: bool, input_errors: int) -> int:
    if input_errors:
        return 2
    if exit_zero:
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else 0


def run(args: argparse.Namespace) -> int:
    handler = {
        "check": run_check,
        "claims": run_claims,
        "rules": run_rules,
        "explain": run_explain,
        "ledger": run_ledger,
        "schema": run_schema,
        "rates": run_rates,
        "test-rules": run_test_rules,
        "serve": run_serve,
        "lsp": run_lsp,
    }[args.command]
    if (getattr(args, "paths", None) or []).count("-") > 1:  # standard input can be read once
        raise UsageError("standard input (-) is named more than once")
    return handler(args)


def run_serve(args: argparse.Namespace) -> int:
    return serve.run(args)


def run_lsp(args: argparse.Namespace) -> int:
    return lsp.run(args)


def _settings(args: argparse.Namespace) -> Settings:
    # Standard input is configured as the file it is named after (--stdin-filename), like ruff.
    stdin_name = getattr(args, "stdin_filename", None)
    paths = [stdin_name or "." if p == "-" else p for p in getattr(args, "paths", None) or []] or ["."]
    settings = load_settings(getattr(args, "config", None), paths)
    if getattr(args, "lang", None):
        settings.lang = args.lang
    return settings


def _knowledge(args: argparse.Namespace, settings: Settings) -> Knowledge:
    return load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())


def _selected(knowledge: Knowledge, settings: Settings, args: argparse.Namespace) -> Knowledge:
    return select_rules(knowledge, settings, getattr(args, "select", None), getattr(args, "ignore", None))


def _report_input_errors(errors: list[InputError]) -> None:
    for error in errors:
        print(f"factlint: error: {error}", file=sys.stderr)


def _report_internal_errors(findings) -> None:
    for finding in findings:
        if finding.rule == INTERNAL_ERROR:
            print(f"factlint: error: {finding.location.path}: {finding.message}", file=sys.stderr)


def _notes(claimsets) -> None:
    for claimset in claimsets:
        for note in claimset.document.notes:
            print(f"factlint: note: {claimset.document.path}: {note}", file=sys.stderr)


def use_color(choice: str | None, stream) -> bool:
    """--color always|never, else NO_COLOR (any value) turns colour off and FORCE_COLOR on; else a terminal."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def opened(output: Path | None):
    """Standard output, or FILE from -o (its folder made); a file that cannot be written is an input error."""
    if output is None:
        yield sys.stdout
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle = output.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise InputError(str(output), f"cannot write: {exc.strerror or exc}") from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise InputError(str(output), f"cannot write: {exc.strerror or exc}") from None


def _write(text: str, output: Path | None) -> None:
    with opened(output) as stream:
        stream.write(text if text.endswith("\n") or not text else text + "\n")


def _render_settings(args: argparse.Namespace, fmt: str, lang: str, stream) -> RenderSettings:
    return RenderSettings(
        format=fmt,
        lang=lang,
        show_passed=getattr(args, "show_passed", False),
        color=use_color(getattr(args, "color", None), stream),
        quiet=getattr(args, "quiet", False),
        statistics=getattr(args, "statistics", False),
        output=getattr(args, "output", None),
    )


def _progress(total_hint: int):
    """A progress bar on stderr, only on a terminal and only for many files."""
    if not sys.stderr.isatty() or total_hint < 50:
        return None, None
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(transient=True, console=Console(file=sys.stderr))
    task = progress.add_task("checking", total=total_hint)
    return progress, lambda: progress.advance(task)


def _count_articles(paths: list[str]) -> int:
    return sum(1 for p in iter_article_paths(paths) if str(p) != "-")


def run_check(args: argparse.Namespace) -> int:
    with frozen_until_done():
        return _run_check(args)


def _run_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    knowledge = _selected(_knowledge(args, settings), settings, args)
    fail_on = args.fail_on or settings.fail_on
    fmt = args.format or settings.format
    if args.statistics and fmt not in ("text", "json"):
        raise UsageError(f"--statistics works with the text and json formats, not {fmt}")
    quiet = args.quiet
    progress, tick = (
        _progress(_count_articles(args.paths)) if fmt == "text" and not quiet and args.output is None else (None, None)
    )
    if progress:
        progress.start()
    ledger_path = args.ledger or settings.ledger
    # The HTML report colours what held, so it asks for the passed relations.
    wanted = needs(_render_settings(args, fmt, settings.lang, None))
    try:
        # Streamed: each article's text and claims are dropped after its per-article rules (drafts
        # against a ledger too: the ledger is searched by the keys they leave). The HTML report,
        # which shows every article's claims, keeps their compact render data and the texts.
        streamed = check_streaming(
            args.paths,
            knowledge,
            jobs=args.jobs,
            approx_tolerance=settings.approximately,
            currencies=settings.currencies(),
            progress=tick,
            manifest=args.manifest or settings.manifest,
            stdin_name=args.stdin_filename,
            lang=settings.lang,
            show_passed=wanted.passed,
            severity_overrides=settings.severity,
            facts=args.facts or settings.facts,
            ledger=ledger_path,
            for_report=functools.partial(report_claims, lang=settings.lang) if fmt == "html" else None,
            keep_passed=passed_for_report if fmt == "html" else None,
        )
        articles, errors, result = streamed.articles, streamed.errors, streamed.result
    finally:
        if progress:
            progress.stop()
    if not quiet:
        _notes(articles)
    with opened(args.output) as stream:
        render_settings = _render_settings(args, fmt, settings.lang, stream)
        findings = apply_inline(
            result.findings,
            articles,
            knowledge.rules.codes,
            rules=knowledge.rules,
            lang=settings.lang,
            overrides=settings.severity,
        )
        if args.write_baseline:
            write_baseline(args.write_baseline, findings, articles)
        baseline = args.baseline or settings.baseline
        if baseline:
            findings = apply_baseline(baseline, findings, articles)
        _report_input_errors(errors)
        _report_internal_errors(findings)
        run_stamp = stamp(str(settings.source) if settings.source else None)
        run_stamp.rates_until = rates_until(load=fmt == "html")
        outcome = Outcome(
            findings=findings,
            passed=result.passed,
            claimsets=articles,
            errors=errors,
            rules=knowledge.rules,
            stamp=run_stamp,
        )
        render(outcome, render_settings, stream)
    return exit_code(findings, fail_on, args.exit_zero, len(errors) + result.internal_errors)


def run_claims(args: argparse.Namespace) -> int:
    settings = _settings(args)
    knowledge = _knowledge(args, settings)
    analysis = analyze(
        args.paths,
        knowledge,
        jobs=args.jobs,
        approx_tolerance=settings.approximately,
        currencies=settings.currencies(),
        manifest=args.manifest or settings.manifest,
        stdin_name=args.stdin_filename,
    )
    if not args.quiet:
        _notes(analysis.claimsets)
    _report_input_errors(analysis.errors)
    for failed in analysis.failures:  # an article whose numbers could not be read: the others are listed
        print(
            f"factlint: error: {failed.paths[0]}: internal error in {failed.where}: {failed.error} "
            "(please report this bug; FACTLINT_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
    claims = [c for cs in analysis.claimsets for c in cs.claims]
    with opened(args.output) as stream:
        if args.format == "json":
            stream.write(claims_json(claims) + "\n")
        else:
            out = console(stream, _render_settings(args, "table", settings.lang, stream))
            for renderable in claims_tables(analysis.claimsets, out.width, settings.lang):
                out.print(renderable)
    return 2 if analysis.errors or analysis.failures else 0


def run_rules(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, ["."])
    knowledge = load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())

    with opened(args.output) as stream:
        if args.format == "json":
            stream.write(rules_json(knowledge.rules) + "\n")
        else:
            out = console(stream, _render_settings(args, "table", settings.lang, stream))
            out.print(rules_table(knowledge.rules, out.width))
    return 0


def run_explain(args: argparse.Namespace) -> int:
    settings = load_settings(args.config, ["."])
    knowledge = load_knowledge([*settings.rules, *args.rule_dirs], settings.rule_overrides())
    code = args.code.upper()
    if code not in knowledge.rules.codes:
        raise UsageError(f"unknown rule code {args.code!r}; see `factlint rules`")

    _write(explain_text(knowledge.rules, code), args.output)
    return 0


def run_test_rules(args: argparse.Namespace) -> int:
    """Every example of the folder's rules: a line each (PASS or FAIL, with what went wrong), a summary,
    exit 1 when one failed."""
    folder = args.folder or builtin_rules_dir()
    results = run_folder(folder)
    if not results:
        raise UsageError(
            f"{folder}: no rule with examples here (rule packs are [[rule]] tables in *.toml or packs/*.toml)"
        )
    lines = report_lines(results, Path.cwd())
    if args.quiet:
        lines = [line for line in lines if not line.startswith("PASS ")]
    _write("\n".join(lines), args.output)
    return 0 if all(r.ok for r in results) else 1


def run_ledger(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.output is None:
        return run_ledger_command(args, settings, lambda: _knowledge(args, settings))
    # The ledger's commands print their lines; with -o they go to FILE like every other command's.
    with opened(args.output) as stream, redirect_stdout(stream):
        return run_ledger_command(args, settings, lambda: _knowledge(args, settings))


def run_schema(args: argparse.Namespace) -> int:
    import json

    model = {"claim": ClaimRecord, "finding": Finding, "document": Document}[args.model]
    _write(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2), args.output)
    return 0


def rates_until(load: bool = False) -> str | None:
    """The last date of the reference rates, when this run loaded them (or `load`: a report that keeps it)."""
    table = fx.reference_rates() if load else fx.loaded()
    return table.last_date.isoformat() if table is not None else None


def run_rates(args: argparse.Namespace) -> int:
    if args.rates_command == "update":
        notes = fx.update(source=args.source, url=args.url)
        for note in notes:
            print(f"factlint: {note}", file=sys.stderr)
    table = fx.reference_rates()
    info = table.describe()
    with opened(args.output) as stream:
        if args.format == "json":
            import json

            stream.write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(fx.describe_text(info))
    return 0
