"""Readings of the text around a number that check kinds need (they never read text themselves).

- A multiple before a rise verb (`3배 증가`, `두 배 늘어`) has two readings, ×N and +N×100%;
  `N배로` (to N times) has one. The link stage records it on the claim (`plus_reading`).
- A malformed number (`12억3456억`) has a few plausible repairs, each a well-formed numeral
  with its rounding interval, and the currency word written after it: the malformed check
  looks for a repair that agrees with another figure of the article.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.extract.numerals import BIG_UNITS, MalformedNumber, parse_numeral
from checker.extract.units import CURRENCY_WORDS, alternation
from checker.models import Claim, Malformed, Repair
from checker.regex_cache import compile_exact

_AMBIGUOUS_RISE = ByLanguage(lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:{w.ambiguous_rise_verbs})")
_TO_TIMES = ByLanguage(lambda w: rf"(?:{w.to_particles})$")  # `3배로`: to three times, one reading
_UNIT_AFTER = compile_exact(rf"\s?({alternation(CURRENCY_WORDS)})")
# The Hangul myriad words of the language data (만, 억, 조, 경), smallest first: a repair moves a
# group one myriad down or up.
_HANGUL = link_alternations("ko").script_letters
_MYRIADS = [word for word, _ in sorted(BIG_UNITS.items(), key=lambda item: item[1]) if re.match(_HANGUL, word)]
_GROUP = compile_exact(rf"(\d[\d,.]*)\s?([{''.join(_MYRIADS)}])")
_LOWER = dict(zip(_MYRIADS, ["", *_MYRIADS]))
_HIGHER = dict(zip(_MYRIADS, _MYRIADS[1:]))


def read_multiples(claims: list[Claim], text: str, lang: str) -> None:
    """`plus_reading` on every multiple a rise verb follows (within a few characters)."""
    for claim in claims:
        if claim.kind == "multiple":
            after = text[claim.end : claim.end + 8]
            claim.plus_reading = bool(_AMBIGUOUS_RISE[lang].match(after)) and not _TO_TIMES[lang].search(claim.text)


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
    return [c for c in candidates if _readable(c)]


def _readable(candidate: str) -> bool:
    try:
        parse_numeral(candidate)
    except MalformedNumber:
        return False
    return True


def read_malformed(malformed: list[Malformed], text: str) -> list[Malformed]:
    """Each malformed number with its repairs (rounding intervals) and the currency written after it."""
    out = []
    for bad in malformed:
        if bad.what == "date":
            out.append(bad)  # (a date has no repairs read as numerals, and no currency)
            continue
        unit_match = _UNIT_AFTER.match(text, bad.end)
        found = []
        for candidate in repairs(bad.text):
            numeral = parse_numeral(candidate)
            found.append(
                Repair(
                    text=candidate,
                    value=numeral.value,
                    low=numeral.value - numeral.step / 2,
                    high=numeral.value + numeral.step / 2,
                )
            )
        out.append(
            bad.model_copy(
                update={
                    "unit": CURRENCY_WORDS[unit_match.group(1).lower()] if unit_match else None,
                    "unit_text": unit_match.group(1) if unit_match else "",
                    "repairs": found,
                }
            )
        )
    return out


# `6만 파운드(약 9억3270억 원)`, `£60,000 (about 9억3270억 원)`: a parenthesis right after an amount, then a hedge.
_EQUIVALENT_BETWEEN = ByLanguage(lambda w: rf"\s?\(\s?(?:(?:{w.hedges})\s?)?", re.I)


def mark_equivalents(malformed: list[Malformed], claims: list[Claim], text: str, lang: str) -> None:
    """A malformed amount written in parentheses right after an amount of another currency is that
    amount's equivalent: the finding shows both, as a conversion finding would."""
    money = sorted((c for c in claims if c.kind == "money" and not c.furniture), key=lambda c: c.end)
    for bad in malformed:
        source = next(
            (
                c
                for c in reversed(money)
                if c.end <= bad.start and _EQUIVALENT_BETWEEN[lang].fullmatch(text, c.end, bad.start)
            ),
            None,
        )
        if source is not None and bad.unit is not None and source.unit != bad.unit:
            bad.equivalent_of = source.id
