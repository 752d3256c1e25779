"""A Korean year's figure restated per a shorter period in a sentence of its own right after it.

`한 해 운영비 960만원은 회원들이 나눠 낸다. 한 달에 80만원꼴이다.`, `연간 이용객은 7만3천 명에
이른다. 하루 평균 200명꼴이다.`: the total is marked as a year's right before it (`한 해`, `연간`:
`[link.per_year_before]`, one word of what it is at most between) and is the one figure of its sentence of its kind
and unit, a value tied to nothing; the next sentence states only the figure, marked per a month, a week or a day (the
period marks per_unit.py reads) by words that open it (not `회원 한 사람이 한 달에`, `직원은 하루 평균`: a part's),
of the total's kind, unit and counter, smaller, and closes on it as a restatement
does (`꼴`: `[link.span_average_after_figure]`, then `이다`: `[link.span_average_bare_close]`). The figure is the
total over the year's months, weeks or days (`per_unit_of`, `period_ratio`: the per-unit check divides, F317); the
reading spans sentences, so a mismatch is a warning (`guesses`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.counter_synonyms import counters_alike
from checker.link.per_unit import period_grain
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_LANGS = ("ko",)
_KINDS = ("count", "measure", "money")
_SHORTER = ("month", "week", "day")
_YEAR_REACH = 16  # characters before a total where its year's mark stands (`한 해 운영비 `)

_YEAR_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_year_before})\s+(?:[^\W\d_]+\s+)?(?:(?:{w.hedges})\s?)?$")
# `한 달에 `, `하루 평균 `, `주마다 `: the shorter period's mark opens the figure's sentence, nothing else before it
# (`회원 한 사람이 한 달에 `, `직원은 하루 평균 `, `그 가운데 어린이가 `: a figure of a part or of another noun)
_OPENS = ByLanguage(
    lambda w: rf"\s*(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before})\s?(?:(?:{w.hedges})\s?)?"
)
_CLOSE = ByLanguage(lambda w: rf"\s?(?:{w.span_average_after_figure})?\s?(?:{w.span_average_bare_close})\s*[.]")


def link_years_restated_next_sentence_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang not in _LANGS:
        return
    by_sentence = group_by_sentence(c for c in claims if not c.furniture)
    for number, sentence in by_sentence.items():
        after = by_sentence.get(number + 1)
        if not after or len(after) != 1:
            continue
        (figure,) = after
        if not _plain(figure) or figure.paragraph != sentence[-1].paragraph:
            continue
        totals = [c for c in sentence if c.kind == figure.kind and c.unit == figure.unit]
        if len(totals) != 1:
            continue
        (total,) = totals
        if not _plain(total) or total.value <= figure.value:
            continue
        if figure.kind == "count" and not counters_alike(total.counter, figure.counter):
            continue
        if not _YEAR_BEFORE[lang].search(text, max(0, total.start - _YEAR_REACH), total.start):
            continue
        opens = sentence_starts[figure.sentence] if figure.sentence < len(sentence_starts) else 0
        if not _OPENS[lang].fullmatch(text, opens, figure.start):
            continue
        grain = period_grain(figure, text, lang)
        if grain not in _SHORTER or not _CLOSE[lang].match(text, figure.end):
            continue
        figure.per_unit_of, figure.period_ratio = total.id, f"year/{grain}"
        if "relation" not in figure.guesses:
            figure.guesses.append("relation")


def _plain(c: Claim) -> bool:
    return (
        c.kind in _KINDS
        and c.role == "value"
        and c.per_unit_of is None
        and c.units_of is None
        and c.product_of is None
        and c.per_period_of is None
        and c.part_of is None
    )
