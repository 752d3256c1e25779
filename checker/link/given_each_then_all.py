"""A figure given out to each, then the total of all right after it in its clause: `한 사람에 8켤레씩, 모두 56켤레`,
`한 대에 하루 90개씩, 모두 하루 270개`.

Right after the figure, the mark that it goes to each one (`씩`: `[link.per_unit_distributive_after]`); then, a
comma before it at most, the mark of a total (`모두`, `총`: `[link.total_marks]`), and at most a period again (`하루`,
`한 달에`: `[link.per_day_before]` …, `[link.one_unit_subject_period_words]`), which must be the figure's own: a figure
per a period too (`하루 8켤레씩`) shares out a total of that period only when the total says so (`모두 하루 56켤레`);
with no period on the total (`매달 15만원씩 모두 7억2천만원`) the total may be of a term, and a term or any other word
between (`씩 두 달 동안`) leaves the total something else.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.models import Claim

_EACH = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
# `, 모두 `, ` 모두 하루 `: the mark of a total, a comma before it at most, and a period again at most
_THEN_ALL = ByLanguage(
    lambda w: (
        rf"\s*,?\s*(?:{w.total_marks})\s*(?:(?P<again>{w.per_day_before}|{w.per_week_before}|{w.per_month_before}"
        rf"|{w.per_year_before}|{w.one_unit_subject_period_words})\s*)?"
    )
)
_PERIOD_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before}|{w.per_year_before}"
        rf"|{w.one_unit_subject_period_words})(?![^\W\d_])"
    )
)
_PERIOD_REACH = 16  # characters before the figure where its own period stands (`한 사람에 하루 `)


def then_all(figure: Claim, total: Claim, text: str, lang: str, period: str | None = None) -> bool:
    """Whether `total` is what all the units come to, stated right after the figure given to each (see the module's
    note). `period`: the figure's own period word, when the caller read it; else the one right before the figure."""
    if total.sentence != figure.sentence or total.start < figure.end:
        return False
    each = _EACH[lang].match(text, figure.end)
    if each is None:
        return False
    then = _THEN_ALL[lang].fullmatch(text, each.end(), total.start)
    if then is None:
        return False
    again = then.group("again")
    if period is None:
        found = list(_PERIOD_BEFORE[lang].finditer(text, max(0, figure.start - _PERIOD_REACH), figure.start))
        period = found[-1].group() if found else None
    if again is None or period is None:
        # (`매달 15만원씩 모두 7억2천만원`: a total of no period after a figure per one is of a term, unsaid)
        return again is None and period is None
    return again.replace(" ", "") == period.replace(" ", "")
