"""Numbers written in a shape no style allows: `12억3456억`, `3억5조`, `1,23,456`.

Each has a few plausible repairs; when exactly one of them agrees with another
figure the article states (same unit), the finding suggests it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from checker.check.base import CheckKind, Context, Draft, Fix, Ref
from checker.check.formatting import josa
from checker.check.intervals import Interval
from checker.extract.numerals import BIG_UNITS, MalformedNumber, parse_numeral
from checker.extract.units import CURRENCY_WORDS, alternation
from checker.models import ClaimSet

_GROUP = re.compile(r"(\d[\d,.]*)\s?([조억만])")
_UNIT_AFTER = re.compile(rf"\s?({alternation(CURRENCY_WORDS)})")
_LOWER = {"조": "억", "억": "만", "만": ""}
_HIGHER = {"만": "억", "억": "조"}


def repairs(text: str) -> list[str]:
    """Readings a writer may have meant, each a well-formed number."""
    groups = _GROUP.findall(text)
    candidates = []
    if len(groups) >= 2:
        (a, unit_a), (b, unit_b) = groups[0], groups[1]
        if unit_a == unit_b:
            candidates.append(f"{a}{unit_a} {b}{_LOWER[unit_b]}")  # `12억3456억` → 12억 3456만
            if unit_a in _HIGHER:
                candidates.append(f"{a}{_HIGHER[unit_a]} {b}{unit_b}")  # → 12조 3456억
        elif BIG_UNITS[unit_a] < BIG_UNITS[unit_b]:
            candidates.append(f"{b}{unit_b} {a}{unit_a}")  # `3억5조` → 5조 3억
    elif "," in text:
        candidates.append(text.replace(",", ""))  # `1,23,456` → 123456
    readable = []
    for candidate in candidates:
        try:
            parse_numeral(candidate)
        except MalformedNumber:
            continue
        readable.append(candidate)
    return readable


def _agreeing(claimset: ClaimSet, candidate: str, unit: str | None):
    numeral = parse_numeral(candidate)
    value = Interval(numeral.value - numeral.step / 2, numeral.value + numeral.step / 2)
    for claim in claimset.claims:
        if (unit is None or claim.unit == unit) and Interval.of(claim).overlaps(value) and claim.kind != "range":
            return claim
    return None


# The extractor's reasons (checker/extract/numerals.py), in Korean words for `--lang ko`.
_REASONS_KO = (
    (re.compile(r"^two (\S+) groups in one number$"), "한 수에 {0} 단위가 두 번 나옵니다"),
    (re.compile(r"^(\S+) after (\S+): units out of order$"), "{0} 단위가 {1} 단위 뒤에 와 순서가 맞지 않습니다"),
    (re.compile(r"^(\S+) right after (\S+): the (\S+) group is missing$"), "{1} 바로 뒤에 {0}: {2} 자리가 빠졌습니다"),
    (re.compile(r"^(\S+) after (\S+): more than a myriad group holds$"), "{1} 뒤의 {0}: 한 자리 묶음(만)보다 큽니다"),
    (re.compile(r"^digit groups (.+)$"), "자릿수 묶음이 맞지 않습니다: {0}"),
    (re.compile(r"^bad decimal in (.+)$"), "소수점이 맞지 않습니다: {0}"),
    (re.compile(r"^cannot read (.+)$"), "읽을 수 없습니다: {0}"),
)


def korean_reason(reason: str) -> str:
    for pattern, words in _REASONS_KO:
        match = pattern.match(reason)
        if match:
            return words.format(*match.groups())
    return "형식이 맞지 않습니다"


class Malformed(CheckKind):
    name = "malformed"

    def run_document(self, claimset: ClaimSet, params, ctx: Context) -> Iterable[Draft]:
        text = claimset.document.text
        for bad in claimset.malformed:
            unit_match = _UNIT_AFTER.match(text, bad.end)
            unit = CURRENCY_WORDS[unit_match.group(1).lower()] if unit_match else None
            suffix = unit_match.group(1) if unit_match else ""
            agreeing = [(c, _agreeing(claimset, c, unit)) for c in repairs(bad.text)]
            agreeing = [(c, claim) for c, claim in agreeing if claim is not None]
            repair = ""
            related = []
            fixes = []
            if len(agreeing) == 1:
                candidate, claim = agreeing[0]
                if ctx.lang == "ko":
                    repair = (f". `{candidate}{suffix}`{josa(candidate + suffix, '을')} 뜻했다면 {claim.line}번째 줄의 "
                              f"`{claim.text.strip()}`{josa(claim.text.strip(), '과')} 맞습니다")
                else:
                    repair = f"; did you mean `{candidate}{suffix}`? It agrees with `{claim.text.strip()}` (line {claim.line})"
                related.append(Ref(claimset.document, claim.start, claim.end, "agrees with the repair"))
                numeral = parse_numeral(candidate)
                fixes.append(Fix(Ref(claimset.document, bad.start, bad.end), bad.text, candidate, numeral.value,
                                 unit or "", f"{candidate}{josa(candidate, '을')} 뜻했다면 다른 수치와 맞습니다"
                                 if ctx.lang == "ko" else f"`{candidate}` agrees with another figure"))
            fields = {"text": bad.text, "reason": korean_reason(bad.reason) if ctx.lang == "ko" else bad.reason,
                      "repair": repair}
            yield Draft(Ref(claimset.document, bad.start, bad.end, bad.reason), fields,
                        {"reason": bad.reason, "repairs": [c for c, _ in agreeing]}, related=related, fixes=fixes)
