"""Suggested fixes: what one number would have to be for a relation to hold.

A kind knows, for each number of a relation, the interval the others allow it
(`prior × (1 + change)` for a stated value …). `fix` turns such an interval into
the text an editor would write over the number: the value with the fewest
significant digits inside the interval, in the article's notation and in the
form the number is written (`약`/`about` kept, `trillion` spelled out where the
article spells it, a count's counter kept). Written over the number's span, the
text makes that relation hold, the other numbers unchanged.
"""

from __future__ import annotations

import math
import re

from checker.check import formatting as fmt
from checker.check.base import Context, Fix, Ref
from checker.check.intervals import Interval
from checker.link import vocabulary
from checker.models import Claim
from checker.regex_cache import compile_exact

_LEAD = compile_exact(rf"^(?:(?:{vocabulary.APPROX_BEFORE}|{vocabulary.NEARLY_BEFORE})\s*)", re.I)
_TAIL = compile_exact(rf"(?:\s*(?:{vocabulary.APPROX_AFTER}))$")
# `$1.2bn`, `1.2 billion dollars`, `USD 5m`: an amount in Latin notation (letters or a sign after the digits,
# or a sign or a code before them)
_LATIN_NOTATION = compile_exact(rf"\d\s*(?:{vocabulary.LATIN_AFTER_DIGITS}|$)|^{vocabulary.LATIN_BEFORE_DIGITS}")
_SCRIPTS = {language: compile_exact(letters) for language, letters in vocabulary.SCRIPT_LETTERS.items()}
_SPELLED_AFTER = compile_exact(
    rf"(?P<apart>\s?)(?P<word>{'|'.join(map(re.escape, vocabulary.SPELLED_CURRENCIES))})$", re.I
)

# What a number is in a relation, in the message's words.
ROLES = {
    "value": ("the stated value", "기사의 값"),
    "prior": ("the earlier value", "비교 대상 값"),
    "change": ("the change", "증감률"),
    "rise": ("the rise", "증가율"),
    "fall": ("the fall", "감소율"),
    "amount_change": ("the stated change", "증감액"),
    "increment": ("the stated increase", "증가액"),
    "total": ("the total", "합계"),
    "ratio": ("the stated ratio", "기사의 비율"),
    "share": ("the stated share", "기사의 비중"),
    "numerator": ("the part", "분자"),
    "denominator": ("the whole", "분모"),
    "points": ("the change of the rate", "변동폭"),
    "rate": ("the growth rate", "증가율"),
    "equivalent": ("the equivalent", "환산액"),
    "other": ("the other statement", "다른 쪽 값"),
    "repair": ("the number", "수"),
    "units": ("units", "단위 수"),
}


def role_words(role: str, lang: str, owner: str = "") -> str:
    en, ko = ROLES.get(role, (role, role))
    if owner:
        if lang == "ko":
            return f"{owner}의 {ko.removeprefix('기사의 ')}"
        return f"{owner}'s {en.removeprefix('the stated ').removeprefix('the ')}"
    return ko if lang == "ko" else en


def message(label: str, text: str, lang: str) -> str:
    """`the stated value would have to be 80조 9000억원` / `기사의 값은 80조 9000억원이어야 합니다`."""
    if lang == "ko":
        return f"{fmt.with_josa(label, '은')} {text}{fmt.josa(text, '이어야')} 합니다"
    return f"{label} would have to be {text}"


def written(value: float, claim: Claim, notation: str, unit: str | None = None) -> str:
    """`value` written in the form `claim` is written in (its notation, scale words, counter)."""
    unit = unit or claim.unit
    script = next((language for language, letters in _SCRIPTS.items() if letters.search(claim.text)), None)
    if script is not None:
        notation = fmt.notation(script)  # `6억 달러` in any article
    elif _LATIN_NOTATION.search(claim.text.strip()) and unit not in ("percent", "pp"):
        notation = "en"  # `$1.2bn` quoted in a Korean article stays as it is written
    text = fmt.amount(value, unit, notation, digits=None, long=fmt.long_style(claim.text))
    if unit in ("percent", "pp", "multiple") and unit == claim.unit and 0 < claim.step < 1:
        decimals = max(0, -math.floor(math.log10(claim.step) + 1e-9))
        core = f"{abs(value):.{decimals}f}"  # `10.0%` where the article wrote `12.5%`
        text = fmt.amount(float(core), unit, notation, digits=None).replace(fmt.plain(float(core)), core, 1)
    core = claim.text.strip()
    if claim.unit == "count" and claim.counter and core.endswith(claim.counter):
        text += ("" if not core[: -len(claim.counter)].endswith(" ") else " ") + claim.counter
    spelled = _SPELLED_AFTER.search(core)
    if spelled and vocabulary.SPELLED_CURRENCIES.get(spelled["word"].lower()) == unit:
        text = _spelled_as_written(text, value, unit, notation, spelled)
    return text


def _spelled_as_written(text: str, value: float, unit: str, notation: str, spelled: re.Match[str]) -> str:
    """`150억 원`, `1.35 billion dollars`: the currency word as the article writes it after the number,
    apart where it is apart, in place of the notation's own mark (`150억원`, `$1.35 billion`); of the
    same word's spellings the shorter is its singular (`1 dollar`)."""
    one, bare = fmt.amount(1.0, unit, notation, digits=None), fmt.amount(1.0, "count", notation, digits=None)
    at = one.find(bare)
    if at < 0:
        return text
    number = text.removeprefix(one[:at]).removesuffix(one[at + len(bare) :]).rstrip()
    written_word = spelled["word"].lower()
    forms = [
        w
        for w, iso in vocabulary.SPELLED_CURRENCIES.items()
        if iso == unit and (w.startswith(written_word) or written_word.startswith(w))
    ]
    word = min(forms, key=len) if value == 1 else max(forms, key=len)
    return number + (" " if spelled["apart"] else "") + word


def _span(claim: Claim, document_text: str | None) -> tuple[int, int, str]:
    """The number's own span inside the claim: a leading `약`/`about` and a trailing `가량` stay."""
    text = claim.text
    start, end = claim.start, claim.end
    lead = _LEAD.match(text)
    if lead:
        start += lead.end()
    tail = _TAIL.search(text[lead.end() if lead else 0 :])
    if tail and tail.group(0):
        end -= len(tail.group(0))
    if document_text is not None and document_text[claim.start : claim.end] == claim.text:
        return start, end, document_text[start:end]
    return start, end, text[start - claim.start : end - claim.start]


def pick(target: Interval, claim: Claim | None = None, center: float | None = None, scale: float = 1.0) -> float | None:
    """The value to write for a number that must lie in `target`: at the claim's own written
    precision when the number so written (its rounding interval) still meets the target, else the
    value with the fewest significant digits inside the target. `scale`: what one unit of `target` is in the
    claim's (a measure picked in the unit it is written in, `tonnes`, held in `kg`: 1000)."""
    if not (math.isfinite(target.lo) and math.isfinite(target.hi)) or target.hi < target.lo:
        return None
    middle = target.lo / 2 + target.hi / 2  # (halved first: the sum of two figures near the float limit is no float)
    if center is not None and target.lo <= center <= target.hi:
        middle = center  # the value the written numbers themselves give
    if claim is not None and claim.step > 0:
        near = max((target.hi - target.lo) / 2, 0.005 * abs(middle))
        base = claim.step / scale
        for step in (base, base / 10, base / 100, base / 1000):
            steps = middle / step
            if not math.isfinite(steps):
                break  # (a figure of hundreds of digits written to a fine step: no rounding of it is a float)
            candidate = _clean(round(steps) * step)
            if (
                candidate != 0
                and abs(candidate - middle) <= near
                and Interval.rounding(candidate, step).overlaps(target)
            ):
                return candidate
    if center is not None and target.lo <= center <= target.hi:
        return fmt.shortest(Interval(center - (center - target.lo) / 4, center + (target.hi - center) / 4))
    return fmt.shortest(target)


def _clean(value: float) -> float:
    """13.200000000000001 → 13.2."""
    return float(f"{value:.12g}")


def _digits(value: float) -> int:
    text = f"{abs(value):.10g}".replace(".", "").lstrip("0").split("e")[0]
    return len(text.rstrip("0")) or 1


def fix(
    ctx: Context,
    claim: Claim,
    target: Interval,
    role: str,
    *,
    unit: str | None = None,
    magnitude: bool = False,
    owner: str = "",
    label: str | None = None,
    center: float | None = None,
) -> Fix | None:
    """The fix that writes over `claim` a value inside `target` (None when no honest one exists).
    `magnitude`: the number is written without its sign (`12.5% 증가`): the target is signed and the
    written value is its size, offered only when the sign agrees with the words around it."""
    if magnitude:
        sign = -1 if claim.direction < 0 else 1
        target = Interval(min(target.lo * sign, target.hi * sign), max(target.lo * sign, target.hi * sign))
        center = center * sign if center is not None else None
        if target.hi <= 0:
            return None
        target = Interval(max(target.lo, 0.0), target.hi)
    # (a measure is picked in the unit its claim is written in, `290,000 tonnes`, and held in the base unit)
    factor = getattr(unit or claim.unit, "factor", 1.0)
    if factor != 1.0:
        target = Interval(target.lo / factor, target.hi / factor, target.lo_open, target.hi_open)
        center = center / factor if center is not None else None
    value = pick(target, claim if (unit or claim.unit) == claim.unit else None, center, factor)
    value = value * factor if value is not None and factor != 1.0 else value
    if value is None or (
        value <= 0
        and claim.kind in ("money", "percent", "pp", "multiple", "count")
        and not magnitude
        and claim.value > 0
    ):
        return None
    document = ctx.documents.get(claim.path)
    if document is None:
        return None
    notation = ctx.notation(claim)
    # The claim's own text is the document's at its span (a stub in the distributed runner has no text).
    start, end, original = _span(claim, None)
    replacement = written(value, claim, notation, unit)
    if replacement == original:
        return None
    words = label or role_words(role, ctx.lang, owner)
    shown = (fmt.about_word(ctx.lang) if _LEAD.match(claim.text) else "") + replacement
    return Fix(
        Ref(document, start, end),
        original,
        replacement,
        value if not magnitude else value,
        unit or claim.unit,
        message(words, shown, ctx.lang),
    )


def keep(*fixes: Fix | None) -> list[Fix]:
    return [f for f in fixes if f is not None]
