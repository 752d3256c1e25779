"""The `factlint` command: argument parsing and exit codes; the stages live elsewhere.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration or input errors (one line each on stderr, no traceback).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker.errors import InputError, UsageError

FORMATS = ("text", "json", "sarif", "github", "html")


def _codes(value: str) -> list[str]:
    return [c.strip().upper() for c in value.split(",") if c.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factlint", description="A fact-audit linter for news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check articles and report inconsistencies")
    check.add_argument("paths", nargs="+", help="article files or folders")
    check.add_argument("--format", default=None, choices=FORMATS)
    check.add_argument("-o", "--output", type=Path, help="write the report to FILE")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--show-passed", "--verbose", action="store_true", dest="show_passed",
                       help="also list the relations that hold, with their arithmetic")
    check.add_argument("--select", type=_codes, default=None, help="only these rule codes (comma-separated)")
    check.add_argument("--ignore", type=_codes, default=None, help="skip these rule codes")
    check.add_argument("--baseline", type=Path, help="report only findings not in this baseline")
    check.add_argument("--write-baseline", type=Path, help="accept today's findings into FILE")
    check.add_argument("--ledger", type=Path, help="also check against the claims stored in this ledger")
    check.add_argument("--facts", type=Path, help="reference facts (CSV or TOML) to check claims against")
    _common(check)

    claims = sub.add_parser("claims", help="list the numeric claims found in articles")
    claims.add_argument("paths", nargs="+")
    claims.add_argument("--format", choices=("table", "json"), default="table")
    claims.add_argument("-o", "--output", type=Path)
    _common(claims)

    rules = sub.add_parser("rules", help="list the rules and their codes")
    rules.add_argument("--format", choices=("table", "json"), default="table")
    rules.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs")
    rules.add_argument("--config", type=Path)

    explain = sub.add_parser("explain", help="explain one rule, with examples")
    explain.add_argument("code")
    explain.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs")
    explain.add_argument("--config", type=Path)

    schema = sub.add_parser("schema", help="the JSON schema of claims and findings")
    schema.add_argument("model", nargs="?", choices=("claim", "finding", "document"), default="claim")

    ledger = sub.add_parser("ledger", help="the store of published claims")
    ledger_sub = ledger.add_subparsers(dest="ledger_command", required=True)
    for name, help_text in (("add", "store the claims of articles"), ("remove", "forget articles"),
                            ("stats", "what the ledger holds")):
        cmd = ledger_sub.add_parser(name, help=help_text)
        if name != "stats":
            cmd.add_argument("paths", nargs="+")
        cmd.add_argument("--ledger", type=Path, default=None)
        _common(cmd)

    # The service and the language server: their frameworks load only when they start.
    from checker import lsp as lsp_command, serve as serve_command

    serve_command.add_arguments(sub.add_parser("serve", help="the pre-publish HTTP service (factlint[serve])"))
    lsp_command.add_arguments(sub.add_parser("lsp", help="the language server over stdio (factlint[lsp])"))
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", type=Path, default=[], dest="rule_dirs",
                        help="an extra folder of rule packs and lexicons (repeatable)")
    parser.add_argument("--config", type=Path, help="configuration file (default: discovered upward)")
    parser.add_argument("--lang", choices=("en", "ko"), default=None, help="language of messages")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
    parser.add_argument("--manifest", type=Path, default=None,
                        help="an articles.toml for articles elsewhere (default: the one beside each file)")
    parser.add_argument("--no-color", action="store_true")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        from checker import commands

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
        print(f"factlint: internal error: {type(exc).__name__}: {exc} (set FACTLINT_DEBUG=1 for details)",
              file=sys.stderr)
        import os

        if os.environ.get("FACTLINT_DEBUG"):
            raise
        return 2


if __name__ == "__main__":
    sys.exit(main())
