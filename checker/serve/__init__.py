"""`factlint serve`: the pre-publish HTTP service (needs the `serve` extra: FastAPI and uvicorn).

Nothing here is imported by `factlint check`; the web stack loads only when
the service starts.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from checker.errors import UsageError

DEFAULT_PORT = 8737
TOKEN_ENV = "FACTLINT_TOKEN"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; any other needs a token)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: any free)")
    parser.add_argument(
        "--token", default=None, help=f"require `Authorization: Bearer TOKEN` on every request (or ${TOKEN_ENV})"
    )
    parser.add_argument("--max-body", type=int, default=1 << 20, help="largest request body in bytes (default 1 MiB)")
    parser.add_argument("--timeout", type=float, default=10.0, help="time limit of one request in seconds (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="checks running at once (default 2)")
    parser.add_argument(
        "--ledger",
        type=Path,
        default=None,
        help="check against the published articles in this ledger, and accept PUT/DELETE",
    )
    parser.add_argument("--facts", type=Path, default=None, help="reference facts (CSV or TOML)")
    parser.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        dest="rule_dirs",
        help="an extra folder of rule packs and lexicons (repeatable)",
    )
    parser.add_argument("--config", type=Path, help="configuration file (default: discovered upward from here)")
    parser.add_argument("--lang", choices=("en", "ko"), default=None, help="language of messages")


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _missing(name: str) -> UsageError:
    return UsageError(f"`factlint serve` needs {name}: pip install 'factlint[serve]'")


def run(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV) or None
    if not _loopback(args.host) and token is None:
        raise UsageError(
            f"binding to {args.host} needs a token (--token or ${TOKEN_ENV}); "
            "without one the service binds to 127.0.0.1 only"
        )
    for name, value, low in (("--max-body", args.max_body, 1), ("--workers", args.workers, 1)):
        if value < low:
            raise UsageError(f"{name} must be at least {low}")
    if not args.timeout > 0:
        raise UsageError("--timeout must be positive")
    try:
        import uvicorn
    except ImportError:
        raise _missing("uvicorn") from None
    try:
        # (the engine comes with the app: `factlint check` imports none of the service's modules)
        from checker.serve.app import Engine, create_app
    except ImportError as exc:
        raise _missing(exc.name or "fastapi") from None
    import socket

    engine = Engine.load(
        config=args.config,
        rule_dirs=args.rule_dirs,
        lang=args.lang,
        ledger=args.ledger,
        facts=args.facts,
        create_ledger=True,
    )
    engine.warm()
    app = create_app(engine, token=token, max_body=args.max_body, timeout=args.timeout, workers=args.workers)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: a response written in two parts must not wait for a delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot bind {args.host}:{args.port}: {exc.strerror or exc}") from None
    sock.listen(128)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    print(f"factlint serve: listening on http://{shown}:{port} (docs at /docs)", file=sys.stderr, flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])
    return 0
