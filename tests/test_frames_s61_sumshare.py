"""Shares and sums of parts drawn from a stated pool (sixty-first session, lane `sumshare`).

Korean: a share opening the clause after its pair's clause
(`W 가운데 P이 … 나서 4분의 3이 손을 보탰다`, `…살게 돼 70%가 주인을 찾았다`, `…맡아 절반이 …`):
the verb ending linking the two clauses (`[link.pair_clause_connectives]`), the share the next
clause's subject, topic or place (`[link.clause_share_subject_particles]`), no figure between,
restates the part over the whole (checker/link/shares_of_part_rates.py); not with a noun right
before the share (`부부 70%가`: a pool of its own), nor with a verb of change after it.

English: a fraction opening its sentence right before `the` and its pool's noun, the part set off by commas after
them (`Half the cost, £45,000, came from …`: `[fractions] opening_apposed_before`, checker/extract/quantities.py;
`[link.share_pool_noun_after]`), and a share so set before `of the takings`, `of the cost`, `of the proceeds`
(`[link.pool_standin_nouns]`): a share of the level the sentences before state (checker/link/apposed_pool_shares.py);
not `half the size`, nor a fraction inside its sentence.

Korean: a figure opening its sentence as its topic (`30대는 …`), then the figures of its unit up to a make-up verb
(`…18대와 12대로 구성됐다`): the whole and its parts in one sentence (checker/link/made_up_of.py); not where no make-up
verb closes the list (`…를 합친 것보다 많다`), nor a figure inside the sentence.

English: a share set after its part's clause by `which is` / `that was` (`[link.appositive_share_marks]`: `60
volunteers, 45 of them over 70, which is three in four`, `Of the 60 volunteers, 45 have retired, which is three in
four`): the part's share of the pool its words draw it from (checker/link/apposed_pool_shares.py); not after `and`.

English: a plural noun of the amounts listed set after them by a comma names their sum (`…, rent to £16,000 and
repairs to £21,000, costs of £79,000`: `[link.total_marks]`); not with `with` before it.

Growths: a bare level after `to` and the level it left after a comma and `from` (`has climbed to 510, from 408 in early
spring, a rise of 25 per cent`: `[elided_counts] pair_between`, checker/extract/quantities.py).

A turnout after the pair its sentence states (`Of the 9,600 names on the roll, 5,280 cast a ballot, a turnout of 55 per
cent`: `[link.part_rate_nouns]`, checker/link/shares_of_part_rates.py); `cast` after a number is its verb, no counted
noun (`[counters] not_counters`); not a turnout with no pair before it.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

SUM = "F302"
SHARE = "F503"
GROWTH = "F301"


_CLAUSE_SHARES = [
    # (text, holding share, broken share)
    ("품앗이\n\n솔골마을 32가구 가운데 24가구가 김장에 나서 {s}이 손을 보탰다.", "4분의 3", "3분의 2"),
    ("빈집\n\n별내군이 올해 손본 빈집 30채 가운데 21채에 청년 부부가 살게 돼 {s}가 주인을 찾았다.", "70%", "80%"),
    ("가게\n\n마을 주민 60명 가운데 30명이 번갈아 장터를 맡아 {s}이 봉사에 나섰다.", "절반", "3분의 1"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _CLAUSE_SHARES)
def test_korean_share_opening_the_clause_after_its_pair(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a noun right before the share: a pool of its own)
        "빈집\n\n별내군이 올해 손본 빈집 30채 가운데 21채에 청년 부부 80%가 살게 됐다.",
        # (`고` joins a clause of a new fact: a share of either figure)
        "약국\n\n달골군 읍면 25곳 가운데 15곳은 약국이 없고, 60%는 병원도 없다.",
        # (a verb of change after the share)
        "가게\n\n마을 주민 60명 가운데 30명이 장터를 맡아 3분의 1로 줄었다.",
        # (no pool marked before the part)
        "가게\n\n마을 주민 60명과 30명이 번갈아 장터를 맡아 3분의 1이 봉사에 나섰다.",
    ],
)
def test_korean_share_after_a_pair_clause_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_OPENING_SHARES = [
    # (text, holding part, broken part)
    (
        "Hall\n\nThe new village hall will cost £90,000.\n\nHalf the cost, {p}, came from a lottery grant.",
        "£45,000",
        "£35,000",
    ),
    (
        "Fair\n\nThe spring fair at Brackwell school raised £4,800 on Saturday, up a fifth on last year's £4,000.\n\n"
        "Half of the takings, {p}, is earmarked for a new roof.",
        "£2,400",
        "£2,900",
    ),
    (
        "Hall\n\nThe new village hall will cost £90,000.\n\nA third of the cost, {p}, came from a lottery grant.",
        "£30,000",
        "£36,000",
    ),
    (
        "Quiz\n\nA quiz night at the Tolley Arms raised £1,600 for the lifeboat.\n\n"
        "A quarter of the proceeds, {p}, came from the raffle.",
        "£400",
        "£520",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _OPENING_SHARES)
def test_share_opening_its_sentence_beside_its_part(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(p=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(p=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (a size, not a share: no part set off after the noun)
        "Hall\n\nThe new village hall will cost £90,000.\n\nHalf the size of the old one, it is 40 metres long.",
        # (inside its sentence: no fraction read)
        "Hall\n\nThe new village hall will cost £90,000.\n\nThe grant paid half the cost, £45,000, in May.",
    ],
)
def test_share_opening_its_sentence_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_FIGURE_TOPIC_SUMS = [
    # (text, holding part, broken part)
    ("파종기\n\n솔빛군이 파종기 30대를 새로 들였다. 30대는 4줄 파종기 18대와 6줄 파종기 {p}대로 구성됐다.", "12", "16"),
    (
        "장학금\n\n달내군이 장학금 9천200만원을 마련했다. 9천200만원은 군비 5천600만원과 기부금 {p}만원으로 구성됐다.",
        "3천600",
        "3천100",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _FIGURE_TOPIC_SUMS)
def test_korean_figure_topic_made_up_of_parts(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(p=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(p=broken), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no make-up verb closes the list)
        "파종기\n\n솔빛군이 파종기 30대를 새로 들였다. 30대는 4줄 파종기 18대와 6줄 파종기 14대를 합친 것보다 많다.",
        # (the figure opening its sentence as an object, not its topic)
        "파종기\n\n솔빛군이 파종기 30대를 새로 들였다. 30대를 4줄 파종기 18대와 6줄 파종기 14대로 나눠 보냈다.",
    ],
)
def test_korean_figure_topic_not_made_up(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


_WHICH_IS_SHARES = [
    # (text, holding share, broken share)
    (
        "Crew\n\nThe lifeboat station relies on 60 volunteers, 45 of them over 70, which is {s}.",
        "three in four",
        "two in three",
    ),
    (
        "Crew\n\nOf the 60 volunteers at the Penwick lifeboat station, 45 have retired, which is {s}.",
        "three in four",
        "two in three",
    ),
    (
        "Crew\n\nThe lifeboat station relies on 60 volunteers, 45 of them over 70, which was {s}.",
        "75 per cent",
        "60 per cent",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _WHICH_IS_SHARES)
def test_share_after_which_is(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (after `and`, no apposition)
        "Crew\n\nThe lifeboat station relies on 60 volunteers, 45 of them over 70, and three in four live nearby.",
    ],
)
def test_share_after_which_is_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


_COSTS_OF = [
    # (text, holding total, broken total)
    (
        "Mill\n\nThe Harlow Mill took £95,000. Against that, fuel came to £42,000, rent to £16,000 and repairs to "
        "£21,000, costs of {n}.",
        "£79,000",
        "£89,000",
    ),
    (
        "Fete\n\nThe Rindle fete sold teas for £1,240, plants for £830 and books for £430, takings of {n}.",
        "£2,500",
        "£2,900",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _COSTS_OF)
def test_sum_named_by_a_plural_noun_after_the_list(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(n=holds), SUM, fires=False)
    assert_checked(knowledge, text.format(n=broken), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (`with` before the noun: another amount, not the list's sum)
        "Mill\n\nThe Harlow Mill took £95,000. Fuel came to £42,000 and rent to £16,000, with costs of £9,000 unpaid.",
    ],
)
def test_sum_named_by_a_plural_noun_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


_COMMA_FROM = [
    # (text, holding change, broken change)
    (
        "Clinic\n\nThe Marsby surgery's register has climbed to 510, from 408 in early spring, a rise of {c}.",
        "25 per cent",
        "35 per cent",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _COMMA_FROM)
def test_growth_of_a_level_after_a_comma_and_from(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(c=holds), GROWTH, fires=False)
    assert_checked(knowledge, text.format(c=broken), GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no level it left: `from` and no number)
        "Clinic\n\nThe Marsby surgery's register has climbed to 510, from a low base, a rise of 25 per cent.",
    ],
)
def test_growth_after_a_comma_and_from_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, GROWTH)


_TURNOUTS = [
    # (text, holding share, broken share)
    ("Vote\n\nOf the 9,600 names on the roll, 5,280 cast a ballot, a turnout of {s}.", "55 per cent", "65 per cent"),
    ("Vote\n\nOf the 9,600 names on the roll, 5,280 voted, a turnout of {s}.", "55%", "45%"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _TURNOUTS)
def test_turnout_after_its_pair(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(s=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(s=broken), SHARE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no pair before the turnout)
        "Vote\n\nThe ward has 9,600 voters. Last time 5,280 cast a ballot, against a national turnout of 65 per cent.",
    ],
)
def test_turnout_not_linked(knowledge, text):
    assert_not_linked(knowledge, text, SHARE)


# Review (sixty-first session): each narrowing with a holding case, a broken one and a near miss.

_REVIEW_HOLDS = [
    # (text, check, holding figure, broken figure)
    ("텃밭\n\n무릉마을 48가구 가운데 36가구가 공동 텃밭에 참여해 {x}이 채소를 길렀다.", SHARE, "4분의 3", "3분의 1"),
    ("Choir\n\nThe choir has 80 singers, 60 of them women, which is {x}.", SHARE, "three in four", "two in five"),
    ("Poll\n\nOf the 400 residents asked, 220 backed the plan, which is {x}.", SHARE, "55%", "75%"),
    (
        "Budget\n\nHeating came to £12,000, rates to £8,000 and cleaning to £5,000, costs of {x}.",
        SUM,
        "£25,000",
        "£41,000",
    ),
    (
        "Budget\n\nHeating came to £14,000, rates to £6,000 and cleaning to £3,000, costs of {x} in all.",
        SUM,
        "£23,000",
        "£33,000",
    ),
    (
        "Vote\n\nOf the 12,000 names on the roll, 4,800 cast a ballot, a turnout of {x} per cent.",
        SHARE,
        "40",
        "62",
    ),
]


@pytest.mark.parametrize(("text", "check", "holds", "broken"), _REVIEW_HOLDS)
def test_review_readings_hold_and_break(knowledge, text, check, holds, broken):
    assert_checked(knowledge, text.format(x=holds), check, fires=False)
    assert_checked(knowledge, text.format(x=broken), check, fires=True)


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # (a copula closes the pair's clause: the share opening the next is of either figure)
        ("축제\n\n관광객 5만명 가운데 2만명이 외지인이어서 30%가 숙박을 했다.", SHARE),
        # (`which is` before a share naming another pool after `of`)
        ("Choir\n\nThe choir has 80 singers, 60 of them women, which is 15% of the town's choristers.", SHARE),
        ("Rents\n\nOf the 300 flats, 120 are let to students, which is 10% of the city's student lets.", SHARE),
        # (`costs of` a figure that does not close its clause: a rate, another period, a clause going on)
        ("Budget\n\nHeating came to £12,000 and rates to £8,000, costs of £4,000 a month.", SUM),
        ("Show\n\nThe gate brought in £3,200 and teas £900, takings of £2,800 last year.", SUM),
        (
            "Budget\n\nHeating came to £12,000, rates to £8,000 and cleaning to £5,000, costs of £50,000 are "
            "forecast for the new wing.",
            SUM,
        ),
        # (a turnout set against the pair's)
        (
            "Vote\n\nOf the 12,000 names on the roll, 4,800 cast a ballot, against a turnout of 51 per cent in 2022.",
            SHARE,
        ),
    ],
)
def test_review_near_misses_not_linked(knowledge, text, check):
    assert_not_linked(knowledge, text, check)
