"""``summitry serve``: the web app and REST API over a store, on loopback by default.

A thin shell over :func:`summitry.api.create_app` and uvicorn. The ingestion token is read
from ``--token-file`` or ``$SUMMITRY_API_TOKEN``, never from the command line, where any
user of the machine could read it in the process list.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from typing import Any

from summitry.cli.common import DEFAULT_DB, EXIT_OK, EXIT_USAGE
from summitry.errors import SummitryError
from summitry.store.engine import StoreUnavailableError

TOKEN_ENV = "SUMMITRY_API_TOKEN"

COMMANDS = ("serve",)


def add_parsers(sub: Any, db_default: str = DEFAULT_DB) -> None:
    sv = sub.add_parser("serve", help="serve the web app and the REST API over a store")
    sv.add_argument("--db", default=os.environ.get("SUMMITRY_DB", db_default),
                    help=f"store: a SQLite file or a database URL (default $SUMMITRY_DB or "
                         f"{db_default})")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to bind (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    sv.add_argument("--token-file", metavar="FILE",
                    help=f"file holding the token that POST /api/documents requires "
                         f"(or ${TOKEN_ENV}); without one the server is read-only")
    sv.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                    help="a host name the server answers to besides the loopback names "
                         "(repeatable); bound to loopback, any other Host is refused "
                         "(against DNS rebinding)")
    sv.add_argument("--log-level", default="info",
                    choices=("critical", "error", "warning", "info", "debug"),
                    help="how much the server logs (default info)")


def read_token(path: str | None) -> str | None:
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                return f.read().strip() or None
        except OSError as exc:
            raise SummitryError(f"cannot read the token file {path}: {exc.strerror}") from None
    return os.environ.get(TOKEN_ENV) or None


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind: str, extra: list[str]) -> list[str] | None:
    """The Host names to answer: on loopback, the loopback names, the bound address and
    ``extra``; elsewhere ``extra`` alone, or any host when none is given (a proxy in front
    decides)."""
    if is_loopback(bind):
        from summitry.api.guard import LOOPBACK_HOSTS

        return sorted({*LOOPBACK_HOSTS, bind, *extra})
    return list(extra) or None


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from summitry.api import create_app
    except ImportError as exc:
        print(f"summitry: error: serve needs the 'web' extra ({exc.name} is missing): "
              f"pip install 'summitry[web]'", file=sys.stderr)
        return EXIT_USAGE
    try:
        token = read_token(args.token_file)
        if token is None and "://" not in args.db and not os.path.exists(args.db):
            print(f"summitry: error: no store at {args.db} (run summitry ingest first, or "
                  f"give --db)", file=sys.stderr)
            return EXIT_USAGE
        app = create_app(args.db, token=token, allowed_hosts=allowed_hosts(args.host,
                                                                            args.allow_host))
    except StoreUnavailableError:
        raise  # a storage fault: summitry.cli.main says so, with its own exit code
    except SummitryError as err:
        print(f"summitry: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    mode = "ingestion open to the token's bearer" if token else "read-only"
    print(f"summitry: serving {args.db} on http://{args.host}:{args.port}/ ({mode}); "
          f"API schema at /api/openapi.json", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return EXIT_OK
