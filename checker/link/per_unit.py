"""Figures per unit and per shorter period, with the total they divide.

- Per unit: `총 3000억원을 120만명에게 1인당 25만원씩`, `$1.5bn, or $600 per household, for 2.5 million
  households`. A money figure marked per unit (`1인당`, `가구당`, `per share`, `a head`), in a sentence
  that states one count and one total of the same currency (the total marked as one, `총`, `a total
  of`, or restated by it, `$1.2bn, or $2.40 a share`): the figure is the total divided by the count.
- Per shorter period: `a basic salary of £26m a year, around £500,000 a week`, `연봉 5억2000만원, 주급으로
  1000만원`. Two money figures of one currency in a sentence, one marked per year and the other per month
  or per week, the second right after the first: the second is the first divided by the periods (the
  rule pack says how many: 52 to 52.18 weeks, 12 months, 365 to 366 days). Counts and measures are restated so
  too (`3.65 million visitors a year, or about 10,000 a day`, `방문객은 연간 365만명, 하루 평균 1만명`), of one
  counter.

Language words are data (`[link.per_unit_before]`, `[link.per_unit_after]`, `[link.per_year_before]`,
`[link.per_year_after]`, `[link.per_month_*]`, `[link.per_week_*]`, `[link.per_day_*]`, `[link.total_marks]`,
`[link.or_words]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.link.totals_of_each import each_of_a_count_together
from checker.models import Claim
from checker.regex_needs import may_match

_PER_UNIT_BEFORE = ByLanguage(lambda w: rf"(?:{w.per_unit_before})\s*$", re.I)
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)
# `a total of $1.5bn`, `총 3000억원`, `at a total cost of $1.5bn`: a total mark a few words before
_TOTAL_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.total_marks})\b[^\d.;,]{{0,16}}$|(?:{w.total_marks})\s?$", re.I)
# `$1.2bn, or $2.40 a share`: the total restated per unit right after it (past its equivalent in
# another currency: `HK$9.6m (US$1.2m), or HK$13,000 per square foot`)
_EQUIVALENT = r"(?:\s?\([^()\n\d]{0,12}[\d.,]+[^()\n\d]{0,24}\))?"
_RESTATED = ByLanguage(
    lambda w: rf"{_EQUIVALENT}(?:,?\s+(?:{w.or_words})|(?:{w.apposed_per_unit_comma}))\s+(?:(?:{w.hedges})\s+)?$",
    re.I,
)  # (in English also set after the total with a bare comma: `the county paid $480,000, roughly $150 per farm`)
_GRAINS = ("year", "month", "week", "day")
_MARKS_BEFORE = {
    grain: ByLanguage(lambda w, g=grain: rf"(?:{getattr(w, f'per_{g}_before')})\s*$", re.I) for grain in _GRAINS
}
_MARKS_AFTER = {grain: ByLanguage(lambda w, g=grain: rf"(?:{getattr(w, f'per_{g}_after')})", re.I) for grain in _GRAINS}
# `연간 방문객을 2만4천 명, 한 달에 2천 명꼴`: a year's mark, then the noun the figure counts and its particle, right
# before a yearly figure a shorter one restates after it
_YEAR_NOUN_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.per_year_before})\s+[^\W\d_]{{1,8}}\s+$", re.I)
_YEAR_NOUN_REACH = 24
# `$600 per employee to 2,500 staff and spent a total of $4bn on plants`: a figure past a clause's end or
# joiner belongs to another clause (`and`, `while`; `…했고`, `…이며`)
# (`…곳에 나눠주고, 행사비로 모두 2억원`: a connective ending and a comma, `[link.comma_clause_joints]`)
_CLAUSE_BREAK = ByLanguage(
    lambda w: rf"\b(?:{w.clause_joiners})\b|(?:{w.clause_ends})(?!\d)|(?:{w.comma_clause_joints})", re.I
)
_MARK_REACH = 12  # characters before a figure where its per-unit or per-period mark stands
# `상가 80곳에 (상가당) 300만원씩`: an amount given out to each of the count right before it, joined by the dative
# (`[link.recipient_dative_after]`), its noun's mark between at most, and distributed
# (`[link.per_unit_distributive_after]`)
_GIVEN_EACH = ByLanguage(
    lambda w: rf"\s*(?:{w.recipient_dative_after})\s+(?:[^\W\d_]+(?:{w.unit_price_before})\s+)?(?:(?:{w.hedges})\s*)?",
    re.I,
)
_DISTRIBUTED = ByLanguage(lambda w: rf"(?:{w.per_unit_distributive_after})", re.I)
# `300만원씩 경로당 52곳에 모두 …`, `곳당 2천만원씩, 56곳에 …`: the amount distributed first, then the count given
# to (at most two words between, its noun), the dative right after the count
_EACH_THEN_COUNT = ByLanguage(lambda w: rf"(?:{w.per_unit_distributive_after}),?\s+(?:[^\W\d_]+\s+){{0,2}}", re.I)
_GIVEN_TO_AFTER = ByLanguage(lambda w: rf"(?:{w.recipient_dative_after})(?=\s)", re.I)
_PAIR_REACH = 60  # characters from a yearly figure to its weekly or monthly restatement


def link_per_unit(claims: list[Claim], text: str, lang: str) -> None:
    money = [c for c in claims if c.kind == "money" and c.role not in ("conversion", "change") and not c.furniture]
    by_sentence = prose_by_sentence(claims)
    # (a figure per unit is read only after or before the words of a unit, or a distributive ending: `may_match`)
    per_unit = (
        may_match(_PER_UNIT_BEFORE[lang], text)
        or may_match(_PER_UNIT_AFTER[lang], text)
        or may_match(_DISTRIBUTED[lang], text)
    )
    for figure in money if per_unit else ():
        if _marked(figure, text, lang, _PER_UNIT_BEFORE, _PER_UNIT_AFTER) or _given_each(
            figure, by_sentence[figure.sentence], text, lang
        ):
            _link_per_unit(figure, by_sentence[figure.sentence], text, lang)
    # (`£15 a week from each of its 90 members brings in £70,000 a year`: a count between a rate and a yearly amount
    # makes the rate one unit's; the amount is the rate times the count, no plain restatement per period)
    # (a restatement per period pairs a yearly figure with one of another grain: a text that can mark no year, or no
    # other grain, holds none)
    marked = {g for g in _GRAINS if may_match(_MARKS_BEFORE[g][lang], text) or may_match(_MARKS_AFTER[g][lang], text)}
    if "year" not in marked or len(marked) < 2:
        return
    counted = [c.start for c in claims if c.kind == "count" and c.role == "value" and not c.furniture]
    _link_per_period(money, text, lang, counted, by_sentence)
    # `3.65 million visitors a year, or 10,000 a day`: counts and measures restated per shorter period too
    _link_per_period(
        [
            c
            for c in claims
            if c.kind in ("count", "measure") and c.role == "value" and not c.furniture and c.per_unit_of is None
        ],
        text,
        lang,
        by_sentence=by_sentence,
    )


def _marked(claim: Claim, text: str, lang: str, before: ByLanguage, after: ByLanguage) -> bool:
    return bool(
        before[lang].search(text, max(0, claim.start - _MARK_REACH), claim.start) or after[lang].match(text, claim.end)
    )


def _given_each(figure: Claim, sentence: list[Claim], text: str, lang: str) -> bool:
    """`상가 80곳에 상가당 300만원씩`, `청년 300명에게 50만원씩`: an amount distributed to each of the count stated
    right before it, the dative between (no period's mark: `매달 20만원씩` is per month)."""
    if not _DISTRIBUTED[lang].match(text, figure.end):
        return False
    if any(_marked(figure, text, lang, _MARKS_BEFORE[g], _MARKS_AFTER[g]) for g in ("month", "week", "day")):
        return False
    before = [c for c in sentence if c.end <= figure.start]
    if before and before[-1].kind == "count" and _GIVEN_EACH[lang].fullmatch(text, before[-1].end, figure.start):
        return True
    # `300만원씩 경로당 52곳에`: the count given to right after the amount
    after = [c for c in sentence if c.start >= figure.end]
    return bool(
        after
        and after[0].kind == "count"
        and _EACH_THEN_COUNT[lang].fullmatch(text, figure.end, after[0].start)
        and _GIVEN_TO_AFTER[lang].match(text, after[0].end)
    )


def _one_clause(a: Claim, b: Claim, text: str, lang: str) -> bool:
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return _CLAUSE_BREAK[lang].search(text, start, end) is None


def _link_per_unit(figure: Claim, sentence: list[Claim], text: str, lang: str) -> None:
    counts = [c for c in sentence if c.kind == "count" and c.role == "value" and _one_clause(c, figure, text, lang)]
    totals = [
        c
        for c in sentence
        if c is not figure
        and _one_clause(c, figure, text, lang)
        and c.kind == "money"
        and c.unit == figure.unit
        and c.value > figure.value
        and c.role == "value"
        and (
            _TOTAL_BEFORE[lang].search(text, max(0, c.start - 30), c.start)
            or (c.end <= figure.start and _RESTATED[lang].fullmatch(text, c.end, figure.start))
        )
    ]
    if len(counts) != 1 or len(totals) != 1:
        return  # which count, which total: not said
    figure.per_unit_of, figure.units_of = totals[0].id, counts[0].id


def _grain(claim: Claim, text: str, lang: str) -> str | None:
    found = [g for g in _GRAINS if _marked(claim, text, lang, _MARKS_BEFORE[g], _MARKS_AFTER[g])]
    if not found and claim.kind in ("measure", "count") and (stuff := _STUFF_AFTER[lang].match(text, claim.end)):
        # (`120 litres of gel a month`: the mark after the stuff the measure is of)
        found = [g for g in _GRAINS if _MARKS_AFTER[g][lang].match(text, stuff.end())]
    return found[0] if len(found) == 1 else None


# `120 litres of gel`, `40 tonnes of sea salt`: right after a measure, the stuff it is of (`[link.measure_stuff_after]`)
# (one word, or two, before the period's mark: `of gel a month`, `of cleaning gel a month`)
_STUFF_AFTER = ByLanguage(
    lambda w: (
        rf"(?:{w.measure_stuff_after})(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*)??"
        rf"(?=(?:{w.per_year_after}|{w.per_month_after}|{w.per_week_after}|{w.per_day_after}))"
    ),
    re.I,
)


# The grain a figure is stated per, for readers of other modules (checker/link/years_restated_per_period.py).
period_grain = _grain


def _yearly_by_its_noun(claim: Claim, text: str, lang: str) -> bool:
    """Whether a year's mark names the figure with its noun between (`연간 방문객을 2만4천 명`): a yearly figure, for
    the shorter one right after it in its clause to restate."""
    return _YEAR_NOUN_BEFORE[lang].search(text, max(0, claim.start - _YEAR_NOUN_REACH), claim.start) is not None


def _link_per_period(
    money: list[Claim],
    text: str,
    lang: str,
    counted: list[int] = (),
    by_sentence: dict[int, list[Claim]] | None = None,
) -> None:
    """`counted`: the starts of the article's counts, in order (a count between the two figures vetoes the pair).
    `by_sentence`: the article's figures by sentence, where a count of units the shorter figure is each one's stands."""
    # (each figure's grain read once: it is the first of one pair and the second of another)
    grains_of: dict[int, str | None] = {}

    def grain(claim: Claim) -> str | None:
        found = grains_of.get(id(claim), grains_of)
        if found is grains_of:
            found = grains_of[id(claim)] = _grain(claim, text, lang)
        return found

    for first, second in zip(money, money[1:]):
        k = bisect.bisect_right(counted, first.end)
        if k < len(counted) and counted[k] < second.start:
            continue
        if (
            first.sentence != second.sentence
            or first.unit != second.unit
            or (first.counter and second.counter and first.counter != second.counter)
            or second.start - first.end > _PAIR_REACH
            or (first.metric and second.metric and first.metric != second.metric)
            or (first.entities and second.entities and first.entities != second.entities)
            or not _one_clause(first, second, text, lang)
        ):
            continue
        first_grain = grain(first)
        if first_grain is None and _yearly_by_its_noun(first, text, lang):
            first_grain = "year"  # (`연간 방문객을 2만4천 명, 한 달에 2천 명꼴`: the shorter one must follow)
            if grain(second) in (None, "year"):
                continue
        if first_grain is None:
            continue
        grains = first_grain, grain(second)
        if None in grains or grains[0] == grains[1] or "year" not in grains:
            continue
        yearly, shorter = (first, second) if grains[0] == "year" else (second, first)
        if (
            by_sentence is not None
            and shorter is first
            and each_of_a_count_together(by_sentence.get(first.sentence, []), shorter, yearly, text, lang)
        ):
            continue  # (`The 11 staff each earn £300 a week, £171,600 a year in all`: the year's total is of them all)
        if shorter.per_unit_of is None and yearly.value > shorter.value:
            shorter.per_unit_of, shorter.period_ratio = yearly.id, f"year/{grains[1] if yearly is first else grains[0]}"
