"""The worth of each line of an order, stated together in one sentence: parts of the order's value the lead states.

`Kahu Pottery has a NZ$40,000 contract for 800 bowls. … Small bowls make up 600 of them at NZ$40 each, worth
NZ$24,000, and large bowls the other 200 at NZ$80, worth NZ$16,000.`, `그릇 400점을 24만 호주달러에 수출한다. …
큰 접시는 한 점에 650호주달러, 작은 접시는 450호주달러로 값이 매겨져 각각 19만5천 호주달러와 4만5천
호주달러어치다`.

The worths are the sentence's amounts its words mark as what a line comes to: in English each right after `worth`
(`[link.line_worth_before]`, a hedge between); in Korean the last one right before `어치` (`[link.line_worth_after]`)
and those joined to it one by one by a list joint and a line's label (`19만5천 호주달러와 4만5천 호주달러어치`,
`대접이 12만 엔, 소반이 6만 엔어치`: `[link.line_worth_joints]`); or each right after its line's price of one unit
(`at £4`, `보석함은 한 점에 120파운드씩`: `[link.line_price_before]`), its words and a mark between (`a jar, or`,
`each, also`, `씩`: `[link.line_worth_after_price]`), larger than the price. Two at least, of one currency, none
yet a part of anything. The count of each line (the last count before its price) is then a part of the order's
count, as `_count_lines` reads it.

Their whole is the order's value: the one amount of their currency the lead (past a headline; its paragraph, when
the lines stand in a later one) states, larger than
each worth, no figure per one unit (`NZ$50 a bowl`, `한 점에 600호주달러꼴`) nor a part of another; a lead stating two
values of it says nothing. The lines may be some of the order (open): the list is reported only when the worths
exceed it. Where a reading before took amounts of the sentence for parts of the order, its list stands.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.breakdowns import attach_parts
from checker.link.far_wholes import lead_end
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_WORTH_BEFORE = ByLanguage(lambda w: rf"(?<![\w'’-])(?:{w.line_worth_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_WORTH_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.line_worth_after})")
_WORTH_JOINT = ByLanguage(lambda w: rf"(?:{w.line_worth_joints})")
_REACH = 30  # characters before an amount where its `worth` stands
# between a line's price of one unit (`at £4`, `한 점에 120파운드씩`: `[link.line_price_before]`) and what the line
# comes to: the price's own words (`each`, `a jar`), a comma and a mark (`or`, `also`; `씩`:
# `[link.line_worth_after_price]`), perhaps a hedge
_PRICE_BEFORE = ByLanguage(lambda w: rf"(?:{w.line_price_before})$", re.I, first_tested=False)
_AFTER_PRICE = ByLanguage(lambda w: rf"(?:{w.line_worth_after_price})(?:(?:{w.hedges})\s+)?", re.I, first_tested=False)
_PRICE_REACH = 8  # characters before a price where its `at` stands


def link_line_values(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    by_sentence = group_by_sentence(figures)
    lead = None
    for members in by_sentence.values():
        worths = _worths(members, text, lang)
        if len(worths) < 2:
            continue
        key = (worths[0].kind, worths[0].unit)
        if worths[0].kind != "money" or any(
            (w.kind, w.unit) != key or w.role != "value" or w.part_of or w.forecast != worths[0].forecast
            for w in worths
        ):
            continue
        if lead is None:
            lead = lead_end(figures, text)
        whole = _order_value(figures, worths, lead, text, lang)
        if whole is None:
            continue
        if any(c.part_of == whole.id for c in members):
            continue  # (a reading before took the sentence's amounts for parts of the order: its list stands)
        attach_parts(worths, whole, f"worths:{worths[0].id}", opened=True)
        _count_lines(figures, members, worths, whole, text, lang)


def _count_lines(
    figures: list[Claim], members: list[Claim], worths: list[Claim], whole: Claim, text: str, lang: str
) -> None:
    """`… 6,000 cans for £18,000. … 4,000 cans of lager at £2.50 a can, or £10,000, and 2,000 cans of stout at £4,
    or £8,000`: the count of each line (the last count before its price, after the line before it) is a part of the
    order's count, the one count the sentence of the order's value states, larger than each (two such say
    nothing). The lines may be some of the order (open)."""
    lines: list[Claim] = []
    after = members[0].start
    for worth in worths:
        counted = [c for c in members if after <= c.start and c.end <= worth.start and c.kind == "count" and c.counter]
        if not counted:
            return
        lines.append(counted[-1])
        after = worth.end
    if any(c.role != "value" or c.part_of or c.per_unit_of for c in lines):
        return
    largest = max(c.high for c in lines)
    found = [
        c
        for c in figures
        if c.sentence == whole.sentence
        and c.kind == "count"
        and c.role == "value"
        and c.unit == lines[0].unit
        and not c.part_of
        and not stated_per_one(c, text, lang)
    ]
    if len(found) != 1 or found[0].value <= largest:
        return
    attach_parts(lines, found[0], f"lines:{lines[0].id}", opened=True)


def _worths(members: list[Claim], text: str, lang: str) -> list[Claim]:
    """The amounts of the sentence its words mark as what a line comes to (see the module's note)."""
    money = [c for c in members if c.kind == "money"]
    marked = [c for c in money if _WORTH_BEFORE[lang].search(text, max(0, c.start - _REACH), c.start)]
    if len(marked) >= 2:
        return marked
    # (`3,000 jars at £4 a jar, or £12,000, and 500 tins at £6, also £3,000`: each after its line's price)
    priced = [
        c
        for price, c in zip(money, money[1:])
        if c.value > price.value
        and _AFTER_PRICE[lang].fullmatch(text, price.end, c.start)
        and _PRICE_BEFORE[lang].search(text, max(0, price.start - _PRICE_REACH), price.start)
    ]
    if len(priced) >= 2:
        return priced
    last = next((c for c in reversed(money) if _WORTH_AFTER[lang].match(text, c.end)), None)
    if last is None:
        return marked
    run = [last]
    at = money.index(last)
    while at > 0 and _WORTH_JOINT[lang].fullmatch(text, money[at - 1].end, run[0].start):
        at -= 1
        run.insert(0, money[at])
    return run if len(run) >= 2 else marked


def _order_value(figures: list[Claim], worths: list[Claim], lead: int, text: str, lang: str) -> Claim | None:
    """The one amount of the worths' currency the lead states, larger than each, stated as a level (see above)."""
    first = worths[0]
    headline = opens_with_headline(text)
    largest = max(w.high for w in worths)
    body = next((c.paragraph for c in figures if not (headline and c.paragraph == 0)), None)
    found = [
        c
        for c in figures
        # (the lead's sentences, or the lead's paragraph when the lines stand in a later one: `… 360점을 납품하는
        # 계약을 맺었다. 화각은 …. 계약 금액은 5만4천 파운드로 …`)
        if (c.sentence < min(lead, first.sentence) or c.paragraph == body != first.paragraph)
        and not (headline and c.paragraph == 0)
        and (c.kind, c.unit) == (first.kind, first.unit)
        and c.role == "value"
        and not c.part_of
        and not c.change_of
        and not c.per_unit_of
        and not stated_per_one(c, text, lang)
    ]
    found = [c for c in found if c.low > largest]
    if not found or len({c.value for c in found}) != 1:
        return None
    return found[0]
