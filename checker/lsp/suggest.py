"""Quick fixes: what a finding says its numbers would have to be, in the article's notation.

A finding carries its suggested fixes (`Finding.suggestions`: a span, the text to
write over it, the value it gives); each is offered as a quick fix on its own span
(`edits`). A finding without them (from an older ledger or a kind that offers none)
falls back to what its evidence implies directly, and only when the value offered
makes the relation hold:

- a sum (F302) whose total is the flagged number: the parts' sum;
- a growth (F301) whose flagged number is the stated value: prior × (1 + change);
  when the flagged number is the change: the change that value and prior imply.

A finding that does carry suggestions (`suggestions` on the finding or in its
evidence: strings or records with a `text`/`replacement`) is offered as it is.
"""

from __future__ import annotations

import math

from checker import wording
from checker.models import Claim, Finding


def _mid(pair) -> float | None:
    try:
        low, high = float(pair[0]), float(pair[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    return (low + high) / 2


def _rounded(value: float, low: float, high: float, step: float) -> float:
    """The value at the precision the number was written with, if that still lies in [low, high]."""
    for unit in (step, step / 10, step / 100):
        if unit > 0:
            candidate = round(value / unit) * unit
            if low <= candidate <= high:
                return candidate
    return value


def _written(value: float, claim: Claim, lang: str) -> str:
    text = wording.amount(value, claim.unit, lang)
    if claim.qualifier == "approximately" or claim.text.lstrip().startswith(("약", "about", "around")):
        text = ("약 " if lang == "ko" else "about ") + text
    return text


def _suggested_text(item) -> str | None:
    """A suggestion as findings may carry it: a string, or a record with its replacement text."""
    if isinstance(item, str):
        return item
    for key in ("text", "replacement", "value"):
        value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
        if isinstance(value, str) and value:
            return value
    return None


def edits(finding: Finding, claim: Claim | None, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, why) for every fix the finding offers in the primary span's article:
    its own suggestions first, each on its own span; else what the evidence implies for the primary span."""
    own = [s for s in finding.suggestions if s.location.path == finding.location.path]
    # The fix of the flagged number first, then the other numbers'.
    own.sort(key=lambda s: (s.location.start, s.location.end) != (finding.location.start, finding.location.end))
    if own:
        return [(s.location.start, s.location.end, s.replacement, s.message) for s in own]
    start, end = finding.location.start, finding.location.end
    return [(start, end, text, "what the other numbers imply") for text in suggestions(finding, claim, lang)]


def suggestions(finding: Finding, claim: Claim | None, lang: str) -> list[str]:
    """Replacement texts for the finding's primary span (an empty list: nothing honest to offer)."""
    evidence = finding.evidence or {}
    own = [
        s.replacement
        for s in finding.suggestions
        if (s.location.path, s.location.start, s.location.end)
        == (finding.location.path, finding.location.start, finding.location.end)
    ]
    if own:
        return own
    if finding.suggestions:
        return []  # the finding's fixes are on its other numbers' spans (see `edits`)
    given = evidence.get("suggestions")
    if isinstance(given, (list, tuple)) and given:
        return [text for text in map(_suggested_text, given) if text]
    if claim is None or claim.start != finding.location.start:
        return []
    kind = evidence.get("kind")
    target = None
    if kind == "sum" and not evidence.get("derived_prior") and "sum" in evidence:
        target = evidence["sum"]
    elif kind == "growth" and claim.kind != "percent" and "expected" in evidence:
        target = evidence["expected"]
    elif kind == "growth" and claim.kind == "percent" and "value" in evidence and "prior" in evidence:
        value, prior = _mid(evidence["value"]), _mid(evidence["prior"])
        if value is None or not prior:
            return []
        change = (value / prior - 1) * 100
        # The change is written without its sign (`50% 증가`): offer its size.
        size = abs(change)
        lo_v, hi_v = evidence["value"]
        lo_p, hi_p = evidence["prior"]
        low = abs(lo_v / hi_p - 1) * 100 if hi_p else size
        high = abs(hi_v / lo_p - 1) * 100 if lo_p else size
        low, high = min(low, high), max(low, high)
        return [_written(_rounded(size, low, high, claim.step or 1.0), claim, lang)]
    if target is None:
        return []
    middle = _mid(target)
    if middle is None:
        return []
    low, high = float(target[0]), float(target[1])
    return [_written(_rounded(middle, low, high, claim.step), claim, lang)]
