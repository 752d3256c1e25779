"""Numbers written in a shape no style allows: `12억3456억`, `3억5조`, `1,23,456`."""
from __future__ import annotations

from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, Ref
from checker.models import ClaimSet


class MalformedNumber(CheckKind):
    name = "malformed"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        for bad in claimset.malformed:
            fields = {"text": bad.text, "reason": bad.reason}
            yield Draft(Ref(claimset.document, bad.start, bad.end, bad.reason), fields, {"reason": bad.reason})
