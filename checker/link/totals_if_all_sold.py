"""A price per unit, then what so many units come to if all are sold: `메주는 한 장에 1만5천원에 파는데, 3천장을 다
팔면 4천500만원어치가 된다`, `고사리는 ㎏당 5천원에 넘긴다. 24톤을 다 넘기면 1억2천만원이다`.

The total is money right after a count or a measure, with only the count's particle and words of selling them all
between (`을 다 팔면`, `를 모두 넘기면`: `[link.all_sold_if]`): the words say the total is what those units sell for.
The price is the nearest money of the total's currency before the count, in its sentence or the sentence before,
smaller than the total, a value tied to nothing, with a mark of one unit right before it (`㎏당`, `장당`: the noun
then `[link.per_noun_marks]`; `한 장에`, `1회에`: `[link.one_before_counter]`, the noun, `[link.per_one_noun_marks]`)
whose noun names the count's counter or, a unit of measure, the measure's dimension (`㎏당` of `24톤`, held in base
units). No other money of the currency stands between the price and the count, nor words of another time (`작년에는`:
`[link.all_sold_other_times]`). The price is the total over the
count (`per_unit_of`, `units_of`, `units_measure`: F317 divides); a price in the sentence before makes it a guess.

A fee each of the payers pays, then what all of them pay: `상인들이 내는 자릿세는 하루 4천원으로, 120명이 모두 나오면
장날 하루 48만원이 걷힌다`, `회원들이 내는 회비는 한 달 2만원이다. 60명이 다 내면 한 달 120만원이 모인다`. The price
has no mark of one unit: the words before it say who pays it (a noun, then `[link.units_pay_fee_before]`: `들이 내는
자릿세는`), so it is each one's. The count is a count of two or more right before the words of all of them turning out
or paying (`[link.all_units_if]`), the total money right after, the period the price is of restated between at most
(`장날 하루`, `한 달`: a day's price with a day's total, a month's with a month's; one written on one side only, the
span unsaid: nothing linked). The count counts the payers: it, or a count of its value before it, has the payers' noun
right before it (`상인 120명이`, `상인은 120명이다`). The price is the nearest money of the total's currency before the
count, in its sentence or the one before, smaller, tied to nothing.

A figure of one of a unit, then what doing it for all of them makes: `관정 1곳이 물을 대는 밭은 평균 2.5㏊다. 30곳이 다
들어서면 75㏊가 물 걱정을 던다`, `관정 1곳을 파는 데는 평균 700만원이 든다. 30곳을 모두 파면 2억1천만원이다`. The
count (two or more, of a counter) stands right before the words of doing it for all of them (`[link.all_of_them_if]`:
`다 파면`, `모두 들어서면`; not `다 만들려면`, the time the work takes, which its hands may share), the total right
after it. The figure of one is the nearest figure of the total's kind and unit before the count, in its sentence or
the one before, smaller, tied to nothing, no part, with one of the count's counter before it in its clause (`1곳이`,
`1곳을`: `[link.fallback_one_unit]` and a particle) and no period's word between (`하루 평균`: a day's, of another
span). It is the total over the count (F317); across sentences a guess.
"""

from __future__ import annotations

import re
import unicodedata

from checker.extract.lang import ByLanguage
from checker.extract.units import base_unit, measure_unit
from checker.models import Claim

_REACH = 12  # characters before a price where its mark of one unit stands (`한 장에 `, `㎏당 `)
_SOLD_GAP = ByLanguage(lambda w: rf"[^\W\d_]{{0,2}}\s*(?:{w.all_sold_if})\s+", re.I)
# (`120명이 모두 나오면 장날 하루 60만원이`: all the payers turning out or paying, then the period the price is of)
_PAID_GAP = ByLanguage(
    lambda w: (
        rf"[^\W\d_]{{0,2}}\s*(?:{w.all_units_if})\s+"
        rf"(?:(?:(?:{w.kind_of_day_nouns})\s?)?(?P<day>{w.per_day_before})\s?|(?P<month>{w.per_month_before})\s?)?"
    ),
    re.I,
)
# (`상인들이 내는 자릿세는 하루 4천원`: what each of the payers pays, the payers' noun before, a period perhaps)
_PAID_BY = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<payer>[^\W\d_]{{2,6}}?)(?:{w.units_pay_fee_before})\s?"
        rf"(?:(?P<day>{w.per_day_before})\s?|(?P<month>{w.per_month_before})\s?)?$"
    ),
    re.I,
)
# (`관정 1곳이 물을 대는 밭은 평균 `: one of the count's unit, its particle, a few words, the figure)
_ONE_OF = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?<![\d.,])(?:{w.fallback_one_unit})\s?(?P<noun>[^\W\d_]{{1,3}}?)"
        rf"(?:{w.one_unit_subject_particles}|{w.one_unit_object_particles}|{w.one_unit_means_particles})\s"
    )
)
_ALL_GAP = ByLanguage(lambda w: rf"[^\W\d_]{{0,2}}\s*(?:{w.all_of_them_if})\s+", re.I)
_PER_PERIOD = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_week_before}|{w.per_month_before}|{w.per_year_before})"
        rf"(?![^\W\d_])"
    )
)
_ONE_REACH = 40  # characters before a figure per one where its mark of one unit stands
_PAID_REACH = 32  # characters before a price where the words of its payers stand
_PAYER_REACH = 8  # characters before a count where the payers' noun stands (`상인은 120명`, `상인 120명이`)
# between the price and the count, words of another time (`작년에는`): the units and their total are another year's
_OTHER_TIME = ByLanguage(lambda w: rf"(?:{w.all_sold_other_times})", re.I)
_MARK = ByLanguage(
    lambda w: (
        rf"(?:(?<![^\W\d_])(?:(?:{w.one_before_counter})\s?)?(?P<noun>[^\s\d]{{1,4}}?)(?:{w.per_noun_marks})"
        rf"|(?<![^\W\d_])(?:{w.one_before_counter})\s?(?P<one>[^\s\d]{{1,4}}?)\s?(?:{w.per_one_noun_marks}))\s*$"
    ),
    re.I,
)


def link_totals_if_all_sold(claims: list[Claim], text: str, lang: str) -> None:
    gap = _SOLD_GAP[lang]
    _link_paid_by_all(claims, text, lang)
    for i, count in enumerate(claims[:-1]):
        total = claims[i + 1]
        if (
            count.kind not in ("count", "measure")
            or count.role != "value"
            or total.kind != "money"
            or total.role != "value"
            or total.sentence != count.sentence
            or total.product_of is not None
            or gap.fullmatch(text, count.end, total.start) is None
        ):
            continue
        price = _price(claims[:i], count, total, text, lang)
        if price is None:
            continue
        _tie(price, count, total)
        if count.kind == "measure":
            price.units_measure = _measure_of(price, text, lang)
    _link_one_then_all(claims, text, lang)


def _tie(each: Claim, count: Claim, total: Claim) -> None:
    """The figure for one unit is the total per one of the count's units; stated in another sentence than the count,
    the link is a guess."""
    each.per_unit_of, each.units_of = total.id, count.id
    if each.sentence != count.sentence:
        each.guesses = sorted(set(each.guesses) | {"relation"})


def _price(before: list[Claim], count: Claim, total: Claim, text: str, lang: str) -> Claim | None:
    """The nearest money of the total's currency before the count, in its sentence or the one before, marked per
    one of the count's units; None when another money of the currency comes first."""
    for c in reversed(before):
        if c.sentence < count.sentence - 1:
            return None
        if c.kind != "money" or c.unit != total.unit:
            continue
        if c.role != "value" or c.value >= total.value or c.per_unit_of is not None or c.product_of is not None:
            return None
        noun = _noun(c, text, lang)
        if noun is None or not _names(noun, count, lang):
            return None
        if _OTHER_TIME[lang].search(text, c.end, count.start):
            return None  # (`4만원에 파는데 작년에는 500상자를 다 팔면`: another year's units and total)
        return c
    return None


def _noun(price: Claim, text: str, lang: str) -> str | None:
    mark = _MARK[lang].search(text, max(0, price.start - _REACH), price.start)
    if mark is None:
        return None
    return unicodedata.normalize("NFKC", mark.group("noun") or mark.group("one"))


def _measure_of(price: Claim, text: str, lang: str) -> str | None:
    noun = _noun(price, text, lang)
    return measure_unit(noun, lang) if noun else None


def _names(noun: str, count: Claim, lang: str) -> bool:
    """Whether the mark's noun is the count's counter, or a unit of the measure's dimension."""
    measure = measure_unit(noun, lang)
    if count.kind == "measure":
        return measure is not None and base_unit(measure)[1] == count.unit
    return measure is None and bool(count.counter) and count.counter == noun


def _link_paid_by_all(claims: list[Claim], text: str, lang: str) -> None:
    """`상인들이 내는 자릿세는 하루 4천원으로, 120명이 모두 나오면 장날 하루 48만원이 걷힌다`: a price each of the
    payers pays (its words name them, `[link.units_pay_fee_before]`), then a count of them right before the words of
    all of them turning out or paying (`[link.all_units_if]`) and the money that makes."""
    gap = _PAID_GAP[lang]
    for i, count in enumerate(claims[:-1]):
        total = claims[i + 1]
        if (
            count.kind != "count"
            or count.role != "value"
            or count.value < 2
            or total.kind != "money"
            or total.role != "value"
            or total.sentence != count.sentence
            or total.product_of is not None
        ):
            continue
        between = gap.fullmatch(text, count.end, total.start)
        if between is None:
            continue
        price = _paid_price(claims[:i], count, total, text, lang)
        if price is None:
            continue
        paid = _PAID_BY[lang].search(text, max(0, price.start - _PAID_REACH), price.start)
        if paid is None or not _counts_payers(claims[: i + 1], count, paid.group("payer"), text):
            continue
        if (paid.group("day") is None) != (between.group("day") is None) or (paid.group("month") is None) != (
            between.group("month") is None
        ):
            continue  # (a price of one period, a total of another or of none: their span unsaid)
        _tie(price, count, total)


def _link_one_then_all(claims: list[Claim], text: str, lang: str) -> None:
    """`관정 1곳이 물을 대는 밭은 평균 2.5㏊다. 30곳이 다 들어서면 75㏊가 물 걱정을 던다`: a figure of one of a unit
    (`1곳이`, `1곳을 파는 데는`), then a count of the unit right before the words of doing it for all of them
    (`[link.all_of_them_if]`) and the figure that makes."""
    gap = _ALL_GAP[lang]
    for i, count in enumerate(claims[:-1]):
        total = claims[i + 1]
        if (
            count.kind != "count"
            or count.role != "value"
            or count.value < 2
            or not count.counter
            or total.kind not in ("money", "measure", "count")
            or total.role != "value"
            or total.sentence != count.sentence
            or total.product_of is not None
            or total.per_unit_of is not None
            or gap.fullmatch(text, count.end, total.start) is None
        ):
            continue
        one = _one_of(claims[:i], count, total, text, lang)
        if one is None:
            continue
        _tie(one, count, total)


def _one_of(before: list[Claim], count: Claim, total: Claim, text: str, lang: str) -> Claim | None:
    """The nearest figure of the total's kind and unit before the count, in its sentence or the one before, smaller,
    tied to nothing, with the mark of one of the count's unit before it in its clause and no period's word between
    (`하루 평균`: a day's, of another span); None when another figure of the kind comes first."""
    for k in range(len(before) - 1, -1, -1):
        c = before[k]
        if c.sentence < count.sentence - 1:
            return None
        if c.kind != total.kind or c.unit != total.unit:
            continue
        if c.kind == "count" and c.counter != total.counter:
            continue
        if (
            c.role != "value"
            or c.value >= total.value
            or c.per_unit_of is not None
            or c.product_of is not None
            or c.part_of is not None
        ):
            return None
        # (the words before it since the figure before, a figure of one aside: `1곳이`)
        opening = max([max(0, c.start - _ONE_REACH), *(d.end for d in before[:k] if d.end <= c.start and d.value != 1)])
        marks = [m for m in _ONE_OF[lang].finditer(text, opening, c.start) if m.group("noun") == count.counter]
        if not marks or _PER_PERIOD[lang].search(text, marks[-1].end(), c.start):
            return None
        if text.find(".", marks[-1].end(), c.start) >= 0:
            return None
        return c
    return None


def _paid_price(before: list[Claim], count: Claim, total: Claim, text: str, lang: str) -> Claim | None:
    """The nearest money of the total's currency before the count, in its sentence or the one before, smaller than
    the total, tied to nothing; None when another money of the currency comes first."""
    for c in reversed(before):
        if c.sentence < count.sentence - 1:
            return None
        if c.kind != "money" or c.unit != total.unit:
            continue
        if c.role != "value" or c.value >= total.value or c.per_unit_of is not None or c.product_of is not None:
            return None
        if _OTHER_TIME[lang].search(text, c.end, count.start):
            return None
        return c
    return None


def _counts_payers(before: list[Claim], count: Claim, payer: str, text: str) -> bool:
    """Whether the count counts the payers: it, or a count of its value and counter before it, has the payers' noun
    right before it (`상인 120명이`, `상인은 120명이다`)."""
    return any(
        c.kind == "count"
        and c.value == count.value
        and c.counter == count.counter
        and payer in text[max(0, c.start - _PAYER_REACH) : c.start]
        for c in before
    )
