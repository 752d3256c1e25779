"""Internal errors: not a check of the text. The engine reports an exception caught inside a
stage or a kind for one article (or one grouping key) under this kind's rule, and goes on."""

from __future__ import annotations

from checker.check.base import CheckKind


class Internal(CheckKind):
    name = "internal"
