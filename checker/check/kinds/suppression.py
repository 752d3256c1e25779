"""Unused inline suppressions (F900) are found where suppressions are applied,
after every other rule has run (checker/suppress.py); the kind exists so the
rule has a code, documentation and examples like any other."""

from __future__ import annotations

from checker.check.base import CheckKind


class UnusedSuppression(CheckKind):
    name = "suppression"
