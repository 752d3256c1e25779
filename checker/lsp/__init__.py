"""`factlint lsp`: the language server over stdio (needs the `lsp` extra: pygls).

Nothing here is imported by `factlint check`; pygls loads only when the server starts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checker.errors import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default and only transport)")
    parser.add_argument("--config", type=Path, help="configuration file (default: discovered upward from each article)")
    parser.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        dest="rule_dirs",
        help="an extra folder of rule packs and lexicons (repeatable)",
    )
    parser.add_argument("--lang", choices=("en", "ko"), default=None, help="language of messages")
    parser.add_argument("--ledger", type=Path, default=None, help="also check against this ledger's published articles")
    parser.add_argument("--debounce", type=float, default=0.3, help="seconds to wait after a change (default 0.3)")


def run(args: argparse.Namespace) -> int:
    try:
        from checker.lsp.server import build_server
    except ImportError as exc:
        raise UsageError(f"`factlint lsp` needs {exc.name or 'pygls'}: pip install 'factlint[lsp]'") from None
    if args.debounce < 0:
        raise UsageError("--debounce must not be negative")
    server = build_server(
        config=args.config, rule_dirs=args.rule_dirs, lang=args.lang, ledger=args.ledger, debounce=args.debounce
    )
    server.start_io()
    return 0
