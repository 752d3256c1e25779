"""A share of a whole its sentence names, of a part the sentence before states: `회원은 4120만명으로 늘었다. 전체
유권자 6250만명의 65.9%에 해당한다`, `이는 연간 목표(150억달러)의 74%다`, `Members reached 41.2 million. That is
65.9% of the 62.5 million registered voters`.

The share's sentence states the whole, joined to the rate (ko: the whole, perhaps in parentheses after its noun, then
the genitive, `[link.whole_then_its_share_apart]`; en: the rate, `of`, perhaps a short noun phrase and `of`, then the
whole, `[link.share_then_its_whole_apart]`), and no other figure of the whole's unit: its part is not in it. The
part is then the one level of the sentence before that is of the whole's kind, unit and counter, smaller than the
whole and not stated for another period, and no figure per unit (`12 tonnes per hectare` is no part of a tonnage:
another dimension), nor one given each of some units (`세 차례에 걸쳐 4천 병씩`). Two such levels there
(`5월까지 88억달러에 6월 22억달러가 보태졌다`) leave the share unlinked: which of them the share is of, the
wording does not say — unless the last of them closes its sentence as the predicate (`누적 판매는 1분기 A, 2분기
B를 더해 C다`: the sentence states C, the others are its parts), or the
share's subject names one of them alone (`전기차는 N대로, 1기당 M대꼴이다. 전기차는 전체 차량 W대의
Z%`).

A subject naming the deal the story reports (`이번 물량은 …`, `[link.share_subject_this_deal]`) is the new level:
a figure of the sentence before dated in its own words to a year before the story's (`이 가게는 지난해 처음
500개를 주문했는데 올해 주문은 그보다 60% 늘었다`: the earlier order) is not it, and the lead's amount stands for the
deal when no other level is left.

The figure the genitive joins to the rate is the whole, never the part (checker/link/shares.py asks
`joins_whole_to_share` before taking the figure before a share as its part).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_RIGHT_BEFORE
from checker.link.figure_kinds import AMOUNTS, one_counted_in_words
from checker.link.inflections import names_word
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.one_unit_equivalents import named_one_unit, price_of_one
from checker.link.per_unit_apart import opens_with_headline
from checker.link.per_unit_vetoes import PRICED_PER_UNIT
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.shares_of_named_members import subject_words
from checker.models import Claim

# right after an amount, the mark that it is given one by one (`4천 병씩`: `[link.per_unit_distributive_after]`)
_GIVEN_EACH = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})", first_tested=False)
_COPULA_THEN_STOP = ByLanguage(lambda w: rf"\s?(?:{w.list_copula_ends})\s?\.")
_ADDED_UP = ByLanguage(lambda w: rf"(?:{w.part_done_then_whole})\s")
# right before a level, the mark of a total (`모두 4천 곳`, `a total of 1,200`: `[link.total_marks]`)
# a share below all of its whole: a percent below 100, a fraction in words (`8분의 1`, `a quarter`) below 1
_SHARES = {"percent": 100.0, "fraction": 1.0}
_WHOLE_TO_RATE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share_apart})")
_RATE_TO_WHOLE = ByLanguage(lambda w: rf"(?:{w.share_then_its_whole_apart})", re.I)
# The share is said of the sentence's subject, the part (`…의 65.9%에 해당한다`, `That is 65.9% of`), not the object of
# another verb (`매출 500억원의 60%를 수출로 벌었다`: the share of a part the text does not state).
_COPULA_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.share_copulas_after}|{w.whole_share_after})")
# … or a share verb, whose subject is the part (`전기차는 전체 차량 W대의 Z%를 차지한다`)
_SHARE_VERB_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.share_particles})?\s*(?:{w.share_verbs})", re.I)
_REFERS_BACK = ByLanguage(lambda w: rf"\s*(?:{w.share_subject_refers_back})", re.I)
_THIS_DEAL = ByLanguage(lambda w: rf"\s*(?:{w.share_subject_this_deal})", re.I)
# `이 금액은`: the amount before, or else the deal the lead reports (no deal named for the other readings)
_THIS_AMOUNT = ByLanguage(lambda w: rf"\s*(?:{w.share_subject_this_amount})", re.I, first_tested=False)
_COPULA_BEFORE = ByLanguage(lambda w: rf"(?<!\w)(?:{w.share_copulas_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)


def joins_whole_to_share(whole: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether `whole` is joined to `rate` as the whole it is a share of (`목표(150억달러)의 74%`)."""
    return bool(_WHOLE_TO_RATE[lang].fullmatch(text, whole.end, rate.start))


def link_wholes_then_shares_apart(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = None  # (the figures by sentence, grouped once when a share first needs them)
    conversions: dict[int, list[Claim]] | None = None
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < _SHARES.get(rate.kind, 0):
            continue
        whole = _whole_of(figures, position, text, lang)
        if whole is None:
            continue
        if not (
            _COPULA_AFTER[lang].match(text, rate.end)
            or _SHARE_VERB_AFTER[lang].match(text, rate.end)
            or _COPULA_BEFORE[lang].search(text, max(0, rate.start - 30), rate.start)
        ):
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        others = [
            c
            for c in by_sentence.get(rate.sentence, ())
            if c is not whole and (c.kind, c.unit) == (whole.kind, whole.unit)
        ]
        if others:
            continue  # the sentence states a part of its own (or another whole): not a share of a part before
        # `이는 지난해 매출(W)의 Z%에 해당한다`: a subject that refers back to the amount the sentence before states
        # names that amount the part, whatever its metric, period or currency written first
        opening = sentence_starts[rate.sentence]
        this_deal = bool(_THIS_DEAL[lang].match(text, opening) or _THIS_AMOUNT[lang].match(text, opening))
        back = this_deal or bool(_REFERS_BACK[lang].match(text, opening))
        before = list(by_sentence.get(rate.sentence - 1, ()))
        if back:
            if conversions is None:  # (grouped once per article, when a share first refers back)
                conversions = {}
                for c in claims:
                    if c.role == "conversion" and not c.furniture:
                        conversions.setdefault(c.sentence, []).append(c)
            # `4억달러(약 5,400억원)`: the amount in the whole's currency stands for the one written first
            converted = {c.converts for c in conversions.get(rate.sentence - 1, ()) if c.unit == whole.unit}
            before = [c for c in before if c.id not in converted] + conversions.get(rate.sentence - 1, [])
        # (a figure given each one unit, `4천 병씩`, `£4 a head`, is what one holds: no part of a whole; nor is the
        # one unit a price is of, `한 개 값은`)
        levels = [
            c
            for c in before
            if _part_of(c, whole, back) and not _one_units(c, text, lang) and not one_counted_in_words(c)
        ]
        if this_deal:
            # (a level of an earlier year is an earlier deal's, not the one the subject names; a gap right beside a
            # baseline, `국내 납품가(1만6천 원)보다 5천 원가량 비싸다`, `£5 more than the £26`, is no deal's amount)
            levels = [c for c in levels if not _of_an_earlier_year(c) and not _gap_beside_a_baseline(c, before)]
        if not levels and this_deal:
            # `이번 계약 금액은 …`: the deal the story reports, whose amount its lead states first (one dated to a
            # month of the year before, `지난해 12월 … 800개 공급 계약을 맺었다` in a January story, is the deal's;
            # only an earlier year's figure of the sentence before, set aside above, is left out again)
            levels = [
                c
                for c in _lead_amount(figures, conversions or {}, whole, text, lang)
                if not (c.sentence == rate.sentence - 1 and _of_an_earlier_year(c))
            ]
        if len(levels) > 1:
            closing = _level_closing_its_sentence(levels, before, text, lang)
            levels = [closing] if closing is not None else _named_by_subject(levels, rate, text, lang, sentence_starts)
        if len(levels) != 1 or (metrics_differ(levels[0], whole) and not back):
            continue  # none, or two levels the share may be of, or a level of another metric
        part = levels[0]
        if _one_item_of_a_list(part, before) and not _named_by_subject(levels, rate, text, lang, sentence_starts):
            # (`The order is four wide boats and eight holiday boats. It is 30 per cent of the 40 boats`: one item of
            # the list the sentence before states, the share's subject naming it not — the list's whole, or an item)
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


_GAP_REACH = 16  # characters between a gap and the baseline it is stated against (`)보다 `, ` more than the `)


def _gap_beside_a_baseline(claim: Claim, before: list[Claim]) -> bool:
    """Whether a figure stands right after or right before a baseline of its sentence (`X보다 N 비싸다`, `N more than
    X`): the gap between a price and another, no level."""
    return any(
        other.role == "baseline"
        and other.sentence == claim.sentence
        and (0 <= claim.start - other.end <= _GAP_REACH or 0 <= other.start - claim.end <= _GAP_REACH)
        for other in before
    )


def _one_item_of_a_list(part: Claim, before: list[Claim]) -> bool:
    """Whether the level is a listed part of a whole another figure of its sentence is a part of too (`four wide boats
    and eight holiday boats`, parts of the order's 12): one item of a list, not all the sentence states."""
    return part.part_of is not None and any(c is not part and c.part_of == part.part_of for c in before)


def _of_an_earlier_year(claim: Claim) -> bool:
    """Whether a figure is dated in its own words (not guessed) to a whole year before the story's (`지난해 처음 500개를
    주문했는데`; not a month of it, `지난해 12월 … 계약을 맺었다`, often the deal a January story reports)."""
    period, published = claim.period, claim.published
    return (
        period is not None
        and published is not None
        and "period" not in claim.guesses
        and period.grain == "year"
        and period.year < published.year
    )


def _one_units(claim: Claim, text: str, lang: str) -> bool:
    """Whether a figure is stated per one unit (`£4 a head`, `개당 약 3만3천 원`, `Each pot brings in about £33`) or
    given each one (`세 차례에 걸쳐 4천 병씩`)."""
    return bool(
        PRICED_PER_UNIT[lang].match(text, claim.end)
        or _GIVEN_EACH[lang].match(text, claim.end)
        # (a price only: `한 상자에 열 개씩 담는 통 600개` counts tubs, the one unit is another clause's)
        or (claim.kind == "money" and named_one_unit(claim, text, lang))
    )


def _level_closing_its_sentence(levels: list[Claim], before: list[Claim], text: str, lang: str) -> Claim | None:
    """`누적 판매는 1분기 A, 2분기 B를 더해 C다.`: of several levels, the one that closes the sentence as its
    predicate (its last figure, then a copula and the stop, `[link.list_copula_ends]`), reached from the others by a
    verb done to them (`[link.part_done_then_whole]`: `…를 더해`), is what the sentence states; the ones before it
    are its parts."""
    last = levels[-1]
    if not before or last is not before[-1]:
        return None
    if TOTAL_MARK_RIGHT_BEFORE[lang].search(text, levels[-2].end, last.start):
        # (`600곳을 더 바꿔 모두 4천 곳으로 늘렸다`, `adding 300 more for a total of 1,200`: the last level marked as
        # the total the others come to is what the sentence states)
        return last
    if not _COPULA_THEN_STOP[lang].match(text, last.end):
        return None
    gap = text[levels[-2].end : last.start]
    if "," in gap or not _ADDED_UP[lang].search(gap):
        return None  # `1월 A, 2월 B다`: the last of a list, no level its parts come to
    return last


def _named_by_subject(
    levels: list[Claim], rate: Claim, text: str, lang: str, sentence_starts: list[int]
) -> list[Claim]:
    """`전기차는 3만6,800대로, 충전기 1기당 3.6대꼴이다. 전기차는 전체 차량 41만2천대의 8.9%`: of two levels before, the
    ones whose words (`claim.head`) name a word the share's sentence opens with (its subject)."""
    subject = subject_words(rate, text, lang, sentence_starts)
    return [c for c in levels if any(names_word(word, head) for word in subject for head in c.head)]


def _whole_of(figures: list[Claim], position: int, text: str, lang: str) -> Claim | None:
    rate = figures[position]
    before = figures[position - 1] if position > 0 else None
    if before is not None and before.sentence == rate.sentence and joins_whole_to_share(before, rate, text, lang):
        return before if _is_whole(before) else None
    after = figures[position + 1] if position + 1 < len(figures) else None
    if (
        after is not None
        and after.sentence == rate.sentence
        and _RATE_TO_WHOLE[lang].fullmatch(text, rate.end, after.start)
    ):
        return after if _is_whole(after) else None
    return None


def _is_whole(claim: Claim) -> bool:
    return claim.kind in AMOUNTS and claim.role == "value" and math.isfinite(claim.low) and claim.low > 0


def _part_of(claim: Claim, whole: Claim, referred_back: bool = False) -> bool:
    """A level of the whole's unit below it; when the share's subject refers back to it, also the amount converted
    into the whole's currency (`4억달러(약 5,400억원)`), of any period (`지난해 매출의 Z%`: the whole's own) or tense
    (`The mill will deliver … about £70,000. That is 26 per cent of its turnover`: an order still to ship)."""
    roles = ("value", "conversion") if referred_back else ("value",)
    if (claim.kind, claim.unit) != (whole.kind, whole.unit) or claim.role not in roles:
        return False
    if claim.forecast and not referred_back:
        return False
    if claim.counter and whole.counter and claim.counter != whole.counter:
        return False  # counts of two nouns
    if claim.per_unit_of is not None and whole.per_unit_of is None:
        return False  # (`30 tonnes a hectare`: a figure per unit is of another dimension than a total, no part of it)
    if not referred_back and periods_differ(claim, whole):
        return False
    # (`3만 명` of `3만2천 명`: a level written to one digit reaches past the whole's own rounding, its value below it)
    return math.isfinite(claim.high) and 0 < claim.value < whole.low


def _lead_amount(
    figures: list[Claim], conversions: dict[int, list[Claim]], whole: Claim, text: str, lang: str
) -> list[Claim]:
    """The story's first amount of the whole's unit below the headline, no price of one (`개당 수출가는 38달러, 총
    …`: the total after it), or its equivalent in the whole's currency (`2억달러(약 2,700억원)`, or in a sentence after:
    `모두 9만 달러어치다. 이날 환율로 주문액은 약 1억3천만 원`), when it is a part of the whole."""
    skip_line = 1 if opens_with_headline(text) else 0
    first = None
    for c in figures:
        if c.line > skip_line and c.kind == whole.kind and c.sentence < whole.sentence:
            if c.unit != whole.unit and price_of_one(c, text, lang):
                continue
            first = c
            break
    if first is None:
        return []
    if first.unit != whole.unit:
        first = next(
            (c for s in sorted(conversions) if s >= first.sentence for c in conversions[s] if c.converts == first.id),
            None,
        )
    return [first] if first is not None and first.unit == whole.unit and _part_of(first, whole, True) else []
