"""The `factlint` command: argument parsing and exit codes; the stages live elsewhere.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration or input errors (one line each on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import __version__, commands
from checker import lsp as lsp_command
from checker import serve as serve_command
from checker.errors import InputError, UsageError

FORMATS = ("text", "json", "sarif", "github", "html")
COLORS = ("auto", "always", "never")


def _codes(value: str) -> list[str]:
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    if not codes:  # `--select ""` would select no rule and report a clean run
        raise argparse.ArgumentTypeError("no rule code given (a comma-separated list such as F301,F4)")
    return codes


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{jobs}: at least one worker")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factlint", description="A fact-audit linter for news articles.")
    parser.add_argument("--version", action="version", version=f"factlint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check articles and report inconsistencies")
    check.add_argument("paths", nargs="+", help="article files or folders; - reads standard input")
    check.add_argument("--format", default=None, choices=FORMATS)
    _output(check)
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument(
        "--show-passed",
        "--verbose",
        action="store_true",
        dest="show_passed",
        help="also list the relations that hold, with their arithmetic",
    )
    check.add_argument("--select", type=_codes, default=None, help="only these rule codes (comma-separated)")
    check.add_argument("--ignore", type=_codes, default=None, help="skip these rule codes")
    check.add_argument("--baseline", type=Path, help="report only findings not in this baseline")
    check.add_argument("--write-baseline", type=Path, help="accept today's findings into FILE")
    check.add_argument("--ledger", type=Path, help="also check against the claims stored in this ledger")
    check.add_argument("--facts", type=Path, help="reference facts (CSV or TOML) to check claims against")
    check.add_argument("-q", "--quiet", action="store_true", help="diagnostics only: no summary line and no notes")
    check.add_argument("--statistics", action="store_true", help="counts by rule instead of each finding")
    _common(check)

    claims = sub.add_parser("claims", help="list the numeric claims found in articles")
    claims.add_argument("paths", nargs="+", help="article files or folders; - reads standard input")
    claims.add_argument("--format", choices=("table", "json"), default="table")
    _output(claims)
    claims.add_argument("-q", "--quiet", action="store_true", help="no notes on stderr")
    _common(claims)

    rules = sub.add_parser("rules", help="list the rules and their codes")
    rules.add_argument("--format", choices=("table", "json"), default="table")
    rules.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs")
    rules.add_argument("--config", type=Path)
    _output(rules)

    explain = sub.add_parser("explain", help="explain one rule, with examples")
    explain.add_argument("code")
    explain.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs")
    explain.add_argument("--config", type=Path)
    _output(explain)

    test_rules = sub.add_parser("test-rules", help="run the examples of a folder of rule packs as tests")
    test_rules.add_argument(
        "folder", type=Path, nargs="?", default=None, help="a folder of rule packs (default: the built-in rules)"
    )
    test_rules.add_argument("-q", "--quiet", action="store_true", help="only the failures and the summary")
    _output(test_rules)

    schema = sub.add_parser("schema", help="the JSON schema of claims and findings")
    schema.add_argument("model", nargs="?", choices=("claim", "finding", "document"), default="claim")
    _output(schema)

    rates = sub.add_parser("rates", help="the reference exchange rates: what is loaded, up to which date")
    rates.add_argument("--format", choices=("table", "json"), default="table")
    _output(rates)
    rates_sub = rates.add_subparsers(dest="rates_command")
    update = rates_sub.add_parser("update", help="refresh the ECB history (download, or --from FILE)")
    update.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=None,
        help="an ECB history file (eurofxref-hist.zip or .csv) instead of downloading",
    )
    update.add_argument("--url", default=None, help=argparse.SUPPRESS)

    ledger = sub.add_parser("ledger", help="the store of published claims")
    ledger_sub = ledger.add_subparsers(dest="ledger_command", required=True)
    for name, help_text in (
        ("add", "store the claims of articles"),
        ("remove", "forget articles"),
        ("stats", "what the ledger holds"),
    ):
        cmd = ledger_sub.add_parser(name, help=help_text)
        if name != "stats":
            cmd.add_argument("paths", nargs="+")
        cmd.add_argument("--ledger", type=Path, default=None)
        cmd.add_argument("-o", "--output", type=Path, help="write to FILE instead of standard output")
        _common(cmd)

    # The service and the language server: their frameworks load only when they start.

    serve_command.add_arguments(sub.add_parser("serve", help="the pre-publish HTTP service (factlint[serve])"))
    lsp_command.add_arguments(sub.add_parser("lsp", help="the language server over stdio (factlint[lsp])"))
    return parser


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="write to FILE instead of standard output")
    parser.add_argument(
        "--color",
        choices=COLORS,
        default=None,
        help="colour the terminal output (auto: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)",
    )
    parser.add_argument("--no-color", action="store_const", const="never", dest="color", help="same as --color never")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        dest="rule_dirs",
        help="an extra folder of rule packs and lexicons (repeatable)",
    )
    parser.add_argument("--config", type=Path, help="configuration file (default: discovered upward)")
    parser.add_argument("--lang", choices=("en", "ko"), default=None, help="language of messages")
    parser.add_argument("-j", "--jobs", type=_jobs, default=None, help="worker processes (default: cores)")
    parser.add_argument(
        "--manifest",
        type=Path,
        default=None,
        help="an articles.toml for articles elsewhere (default: the nearest one that names the file)",
    )
    parser.add_argument(
        "--stdin-filename",
        default=None,
        help="the name of the article read from standard input (-): shown in reports, "
        "used for its format and its manifest entry",
    )


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return commands.run(args)
    except (UsageError, InputError) as exc:
        print(f"factlint: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug must still end in one line and exit 2, not a traceback
        print(
            f"factlint: internal error: {type(exc).__name__}: {exc} (set FACTLINT_DEBUG=1 for details)", file=sys.stderr
        )
        import os

        if os.environ.get("FACTLINT_DEBUG"):
            raise
        return 2


if __name__ == "__main__":
    sys.exit(main())
