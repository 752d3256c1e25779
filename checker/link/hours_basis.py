"""An amount converted from a rate per hour on a stated basis of hours: `최저임금은 시간당 1만원으로 … 월 환산액(주
40시간, 월 209시간 기준)은 209만원으로 올해(205만원)보다 4만원 많다`.

A sentence that states the hours an amount is converted on (`월 209시간 기준`: `[link.hours_basis]`, the hours
written with their digits) and money after that mark: each such figure stated as a value is the latest rate marked
per hour before it (`시간당 1만원`, `[link.per_hour_before]`, in the three sentences before) times the hours; one
stated as the earlier figure (`올해(205만원)`) is the earlier rate the text compares that rate with (the baseline of
its stated change, or the one earlier figure of the rate's sentence: `9천800원보다 200원 오른 시간당 1만원`). Checked
by the per-period kind (`per_period_of`, `periods`); the reading spans sentences, so a mismatch is a warning
(`guesses`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.segment import sentence_end
from checker.models import Claim, Span
from checker.regex_cache import compile_exact

_BASIS = ByLanguage(lambda w: rf"(?:{w.hours_basis})")
_DIGITS = compile_exact(r"\d{1,3}(?:\.\d)?")
_PER_HOUR_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_hour_before})\s*$")
_MARK_REACH = 8  # characters before a rate where its per-hour mark stands (`시간당 `)
_SENTENCES_BACK = 3
_EARLIER = ("baseline", "prior")


def link_hours_basis(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    money = [c for c in claims if c.kind == "money" and not c.furniture and c.role != "conversion"]
    for sentence in sorted({c.sentence for c in money}):
        if sentence >= len(sentence_starts):
            continue
        s_start = sentence_starts[sentence]
        s_end = sentence_end(sentence_starts, sentence, len(text))
        bases = list(_BASIS[lang].finditer(text, s_start, s_end))
        if len(bases) != 1:
            continue
        digits = _DIGITS.search(bases[0].group(0))
        if digits is None or float(digits.group(0)) <= 1:
            continue
        hours = float(digits.group(0))
        rate = _rate(money, sentence, text, lang)
        if rate is None:
            continue
        # (the change may be stated of an earlier mention of the same rate: `시간당 1만원으로 결정됐다. … 올해
        # 9천800원보다 200원 오른 시간당 1만원으로`)
        restated = {c.id for c in money if c.role == "value" and c.unit == rate.unit and c.value == rate.value}
        earlier = {c.compared_to for c in claims if c.change_of in restated and c.compared_to}
        if not earlier:
            # (no change tied: the one earlier figure of the rate's own sentence, `올해 9천800원보다 … 시간당 1만원`)
            earlier = {
                c.id for c in money if c.sentence == rate.sentence and c.role in _EARLIER and c.unit == rate.unit
            }
        by_id = {c.id: c for c in money}
        for total in money:
            if total.sentence != sentence or total.start < bases[0].end() or total.unit != rate.unit:
                continue
            if total.per_period_of is not None or total.value <= rate.value:
                continue
            if total.role == "value":
                amount = rate
            elif total.role in _EARLIER and len(earlier) == 1 and next(iter(earlier)) in by_id:
                amount = by_id[next(iter(earlier))]
            else:
                continue
            total.per_period_of, total.periods = amount.id, hours
            total.periods_span = Span(start=bases[0].start() + digits.start(), end=bases[0].start() + digits.end())
            total.guesses = sorted(set(total.guesses) | {"relation"})


def _rate(money: list[Claim], sentence: int, text: str, lang: str) -> Claim | None:
    """The latest figure marked per hour, stated as a value, in the sentences before."""
    return next(
        (
            c
            for c in reversed(money)
            if sentence - _SENTENCES_BACK <= c.sentence < sentence
            and c.role == "value"
            and _PER_HOUR_BEFORE[lang].search(text, max(0, c.start - _MARK_REACH), c.start)
        ),
        None,
    )
