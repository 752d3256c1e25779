"""A daily average over the working days stated beside it: `지난달 수출액은 550억 달러였다. 조업일수(22일)를 고려한
일평균 수출액은 25억 달러였다`.

The figure is marked as a daily average (`일평균`) and names its metric; its sentence states the days it averages
over (`조업일수(22일)`, `[link.working_days]`) and no other figure of its unit. The total is the latest figure
before it, in the three sentences before, of the same metric and unit, of no scope and not itself an average: it
is the daily figure times the days, checked by the per-period kind (`per_period_of`, `periods`). A mismatch is a
warning: the reading spans sentences (`guesses`). Words are data (`[link.working_days]`,
`[link.daily_average_before]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.segment import sentence_end
from checker.models import Claim, Span
from checker.regex_cache import compile_exact

# `조업일수(22일)`, `조업일수 22일`: the working days, written with their digits
_DAYS = ByLanguage(lambda w: rf"(?:{w.working_days})")
_DIGITS = compile_exact(r"\d{1,2}(?:\.\d)?")
_DAILY_BEFORE = ByLanguage(lambda w: rf"(?:{w.daily_average_before})[^\d]{{0,8}}$")
_MARK_REACH = 14  # characters before the figure where its daily mark and metric stand
_SENTENCES_BACK = 3


def link_daily_averages(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [c for c in claims if c.kind == "money" and c.role == "value" and not c.furniture]
    for i, daily in enumerate(figures):
        if not daily.metric or "metric" in daily.guesses or daily.low <= 0:
            continue
        if not _DAILY_BEFORE[lang].search(text, max(0, daily.start - _MARK_REACH), daily.start):
            continue
        s_start = sentence_starts[daily.sentence]
        s_end = sentence_end(sentence_starts, daily.sentence, len(text))
        days = list(_DAYS[lang].finditer(text, s_start, s_end))
        if len(days) != 1 or any(
            c.sentence == daily.sentence and c is not daily and c.unit == daily.unit for c in figures
        ):
            continue
        digits = _DIGITS.search(days[0].group(0))
        if digits is None:
            continue
        count = float(digits.group(0))
        total = next(
            (
                c
                for c in reversed(figures[:i])
                if c.sentence >= daily.sentence - _SENTENCES_BACK
                and c.metric == daily.metric
                and "metric" not in c.guesses
                and c.unit == daily.unit
                and not c.scope
                and c.per_period_of is None
            ),
            None,
        )
        if total is None or total.sentence == daily.sentence or not 1 < count <= 31:
            continue
        if total.period and daily.period and total.period != daily.period:
            continue
        total.per_period_of, total.periods = daily.id, count
        total.periods_span = Span(start=days[0].start() + digits.start(), end=days[0].end())
        total.guesses = sorted(set(total.guesses) | {"relation"})
