"""The ledger: a SQLite store of published articles' claims, for checking drafts against them."""

from checker.ledger.store import SCHEMA_VERSION, Ledger

__all__ = ["SCHEMA_VERSION", "Ledger"]
