"""False alarms of a figure read with the wrong partner (fifty-fifth session, lane `fa_av`).

Each reading below narrows one that took a partner the wording does not give, and leaves no relation where it cannot
tell (a pass missed costs less than a false alarm):

- A sentence opening on members set beside the list it goes on to state (`Alongside the newts, the team caught 64
  frogs and 22 toads, 910 amphibians in all`: `[link.members_beside_list_openers]`), no figure before the list: the
  total counts those members too, and a list falling short of it is no sum of it (checker/link/part_list_vetoes.py,
  `unlink_lists_beside_unlisted_members`). A list meeting its total keeps it.
- A count its sentence draws from a pool it opens on (`Of the new benches, 18 are by the river, …`:
  `[link.pool_opening_before_part]`) is one part of the noun's units, never the count a price per one of them divides
  (checker/link/partners.py).
- A share in a clause after a semicolon, its own subject naming a member the clause before lists (`540 were adults
  and 360 juveniles; adults were 60 per cent of the total`), is that member's share, not the last figure's
  (checker/link/shares_of_named_members.py).
- An amount its own words date to a year before the story's, the yardstick a multiple of its sentence is measured
  against (`지난해 수출액 5억원의 약 3배`), is no total a price per unit of this order's count divides
  (checker/link/per_unit_apart.py, partners.py).
- A count that is a whole stated before it less a part stated before it (`5만개 … 4만6천개를 씻어 … 터진 4천개는
  폐기했다`) is the rest of a split: a price or an average per one unit after it may be of the whole, the part or the
  rest, so none is read (checker/link/rests_of_splits.py, read by priced_totals.py, per_unit_ko.py and
  per_unit_fallback.py) — unless its product with the price is an amount of the price's sentence (`이번에 더하는 300대 …
  한 대에 150만 원씩 모두 4억5천만 원`: the numbers agree on it).
- A price per one unit (`개당 약 1만5천원`, `대당 약 800만 원`) is no part of a share of a total a hundred times it
  and more (`주문 총액은 … 매출 20억 원의 20%다`); a whole of one unit's size may be one (part_list_vetoes.py).
- An edition ordinal its clause dates to a later year than the publication's (`2027년 1월 9일 열리는 제24회`) is
  counted from the first edition to that year (checker/link/editions_apart.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked

SUM = "F302"
PER_UNIT = "F317"
SHARE = "F503"
ELAPSED = "F406"

# ------------------------------------------------------------------ members set beside the list before it

_BESIDE_THE_LIST = [
    "Trapping\n\nAlongside the newts, the team caught 64 frogs and 22 toads, 910 amphibians in all.",
    "Planting\n\nAs well as the oaks, volunteers planted 120 birches and 45 rowans, 700 trees in total.",
    "Ringing\n\nBesides the swallows they ringed 40 martins and 15 swifts, 380 birds in all.",
]


@pytest.mark.parametrize("text", _BESIDE_THE_LIST)
def test_a_list_after_members_set_beside_it_is_no_sum_of_the_total(knowledge, text):
    assert_not_linked(knowledge, text, SUM)


@pytest.mark.parametrize(
    "opening",
    ["The team caught", "Along the canal, the team caught", "Alongside the canal the team caught"],
)
def test_a_list_and_its_total_still_add_up(knowledge, opening):
    # (`Along`, a place, sets no members beside the list; nor does `alongside` before a figure-less place when the
    # list meets its total)
    holds = f"Trapping\n\n{opening} 64 frogs and 22 toads, 86 amphibians in all."
    assert_checked(knowledge, holds, SUM, fires=False)
    if not opening.startswith("Alongside"):
        assert_checked(knowledge, holds.replace("86 amphibians", "96 amphibians"), SUM, fires=True)


def test_a_list_past_its_total_still_fires_beside_other_members(knowledge):
    # (members left out can make up a list falling short of its total, never one past it)
    text = "Trapping\n\nAlongside the newts, the team caught 64 frogs and 22 toads, 80 amphibians in all."
    assert_checked(knowledge, text, SUM, fires=True)


# ------------------------------------------------------------------ a count drawn from a pool its sentence opens on

_GATES = (
    "Benches\n\nThe parish replaced 50 old seats with oak benches this spring.\n\n"
    "Of the new benches, 18 are by the river, 20 on the green and 12 in the churchyard.\n\n"
    "The work came to £60,000, or £{price} a bench."
)


@pytest.mark.parametrize("price", ["1,200", "3,333"])
def test_a_count_drawn_from_an_opening_pool_is_no_count_of_all_the_units(knowledge, price):
    assert_not_linked(knowledge, _GATES.format(price=price), PER_UNIT)


@pytest.mark.parametrize(("price", "fires"), [("1,200", False), ("1,500", True)])
def test_the_count_of_all_the_units_still_divides_the_bill(knowledge, price, fires):
    text = (
        "Gates\n\nThe parish put in 50 kissing gates this spring.\n\n"
        "Of the gates, 18 stand on the river path.\n\n"
        f"The bill came to £60,000, or £{price} a gate."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=fires)


# ------------------------------------------------------------------ a share's own subject after a semicolon

_SWIFTS = (
    "Swifts\n\nVolunteers counted 900 swifts this summer.\n\n"
    "Among the swifts ringed, 540 were adults and 360 juveniles; {subject} were {rate} per cent of the total."
)


@pytest.mark.parametrize(
    ("subject", "rate", "fires"),
    [("adults", "60", False), ("adults", "40", True), ("juveniles", "40", False), ("juveniles", "60", True)],
)
def test_a_share_after_a_semicolon_is_of_the_member_its_subject_names(knowledge, subject, rate, fires):
    assert_checked(knowledge, _SWIFTS.format(subject=subject, rate=rate), SHARE, fires=fires)


# ------------------------------------------------------------------ last year's yardstick of a multiple

_BOARDS = "도마 수출\n\n나무결은 도마 4만개를 주문받았다고 밝혔다. {middle} 개당 수출가는 약 {price}원이다."


@pytest.mark.parametrize("price", ["3만7천500", "1만2천500"])
def test_last_years_yardstick_of_a_multiple_is_no_total_of_the_order(knowledge, price):
    text = _BOARDS.format(middle="지난해 이 업체 수출액 5억원의 약 3배다.", price=price)
    assert_not_fired(knowledge, text, PER_UNIT)
    if price == "3만7천500":
        assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("price", "fires"), [("3만7천500", False), ("4만7천500", True)])
def test_the_orders_own_total_still_divides(knowledge, price, fires):
    assert_checked(knowledge, _BOARDS.format(middle="이번 수출액은 15억원이다.", price=price), PER_UNIT, fires=fires)


# ------------------------------------------------------------------ the rest of a split before a price per unit

_RESTS = [
    "아이스팩\n\n시는 아이스팩 5만개를 거뒀다. 이 가운데 4만6천개를 씻어 나눠줬다. 터진 4천개는 폐기했다. "
    "세척비는 개당 50원씩 모두 230만원이 들었다.",
    "마을 방송\n\n새솔군은 올해 마을 110곳에 무선방송 설비를 새로 놓았다고 밝혔다. 앞서 놓은 15곳을 합치면 방송이 "
    "나오는 마을은 125곳으로, 전체 마을 135곳의 92.6%에 이른다. 설비를 갖추지 못한 마을은 10곳이 남았다. "
    "설치는 3월부터 10월까지 이뤄졌다. 사업비는 11억원으로 한 마을에 1천만원꼴이다.",
    "울타리\n\n시는 선착장 12곳 가운데 9곳을 닫았다. 남은 3곳에는 900m 길이 울타리를 2억7천만 원에 세운다. "
    "1m에 30만 원꼴이다.",
]


@pytest.mark.parametrize("text", _RESTS)
def test_the_rest_of_a_split_is_no_count_a_price_per_unit_divides(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    ("text", "holds", "broken"),
    [
        (
            "아이스팩 세척\n\n시는 아이스팩 4만6천개를 씻었다. 세척비는 개당 50원씩 모두 {x}원이 들었다.",
            "230만",
            "250만",
        ),
        (
            "마을 방송\n\n군은 마을 110곳에 방송 설비를 놓았다. 사업비는 11억원으로 한 마을에 {x}원꼴이다.",
            "1천만",
            "1천200만",
        ),
        ("울타리\n\n시는 선착장에 900m 길이 울타리를 2억7천만 원에 세운다. 1m에 {x} 원꼴이다.", "30만", "40만"),
    ],
)
def test_a_count_stated_alone_still_divides(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(x=holds), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(x=broken), PER_UNIT, fires=True)


def test_a_rest_whose_product_is_the_total_is_still_read(knowledge):
    # (the units added, the rest of the target less those there now: their product with the price is the sentence's
    # total, so the wording and the numbers agree on them)
    text = (
        "방범카메라\n\n시는 방범카메라를 내년까지 1천대로 늘린다. 현재 학교 주변 400대와 공원 300대 등 "
        "700대가 돌아가고 있다. 이번에 더하는 300대 가운데 학교 주변이 200대, 공원이 100대다.\n"
        "설치비는 한 대에 150만 원씩 모두 4억5천만 원으로, 국비와 시비를 반씩 쓴다."
    )
    assert_checked(knowledge, text, PER_UNIT, fires=False)


# ------------------------------------------------------------------ a price per one unit is no part of a share

_PRINTERS = (
    "프린터 수출\n\n누리점은 프린터 50대를 수출한다. 주문 총액은 약 4억 원이다. 대당 약 800만 원이다. "
    "주문 총액은 업체 지난해 매출 20억 원의 {rate}%다."
)


@pytest.mark.parametrize("rate", ["20", "0.4"])
def test_a_price_per_one_unit_is_no_part_of_a_share_of_a_total(knowledge, rate):
    assert_not_fired(knowledge, _PRINTERS.format(rate=rate), SHARE)


@pytest.mark.parametrize(("rate", "fires"), [("30", False), ("40", True)])
def test_an_amount_before_a_share_of_its_whole_is_still_its_part(knowledge, rate, fires):
    text = f"포획기 수출\n\n벌지킴이는 올해 포획기를 팔아 3억원을 벌었다. 지난해 매출 10억 원의 {rate}%에 해당한다."
    assert_checked(knowledge, text, SHARE, fires=fires)


# ------------------------------------------------------------------ an edition dated to a later year

_FESTIVAL = (
    "달맞이\n\n시는 {when}제{n}회 달맞이 축제를 준비하고 있다고 밝혔다. 축제에는 5만명이 찾는다. "
    "달맞이 축제는 2004년 처음 열렸다."
)
_DECEMBER = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("when", "n", "fires"),
    [
        ("2027년 1월 9일 열리는 ", "24", False),  # (2004 to 2027, both ends counted: the 24th)
        ("2027년 1월 9일 열리는 ", "26", True),
        ("", "23", False),  # (undated: this year's, the 23rd)
        ("", "26", True),
    ],
)
def test_an_edition_dated_to_a_later_year_is_counted_to_that_year(knowledge, when, n, fires):
    assert_checked(knowledge, _FESTIVAL.format(when=when, n=n), ELAPSED, fires=fires, published=_DECEMBER)


# ------------------------------------------------------------------ review fixes: what the readings above must leave

# (members beside a list are a plural noun or `them` after an opener that adds them: no place, weather or marker, no
# doers (`together with`), nothing left out (`apart from`), no owner's things, no clause)
_NO_MEMBERS_BESIDE = [
    "Apart from the drizzle, the wardens netted 48 perch and 17 roach, {n} fish in all.",
    "Aside from Monday's storm, the lido logged 900 adult swims and 500 child swims, {n} swims in total.",
    "Apart from that, Carnwick recorded 130 burglaries and 70 car thefts, {n} crimes in total.",
    "Together with parish volunteers, foresters planted 260 hazels and 140 limes, {n} trees in all.",
    "In addition to their usual rounds, keepers fed 35 otters and 25 seals, {n} animals in total.",
    "As well as running the kiosk, staff at Trevose sold 55 flasks and 45 hats, {n} items in all.",
]


@pytest.mark.parametrize("sentence", _NO_MEMBERS_BESIDE)
def test_an_opener_naming_no_members_beside_the_list_leaves_its_sum(knowledge, sentence):
    parts = [int(n) for n in sentence.replace(",", " ").split() if n.isdigit()]
    total = sum(parts)
    assert_checked(knowledge, "Tally\n\n" + sentence.format(n=total), SUM, fires=False)
    assert_checked(knowledge, "Tally\n\n" + sentence.format(n=total + 20), SUM, fires=True)


# (a fee per deal as a share of the deal's value, no deal's worth of many units told: the fee is the share's part)
@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("중개료\n\n중개료는 건당 40만원으로 거래액 2억원의 0.2%다.", False),
        ("중개료\n\n중개료는 건당 40만원으로 거래액 2억원의 0.4%다.", True),
        ("중개료\n\n중개료는 건당 40만원이다. 평균 거래액 2억원의 0.2%를 받는다.", False),
    ],
)
def test_a_price_per_one_with_no_worth_of_many_beside_it_is_the_part(knowledge, text, fires):
    assert_checked(knowledge, text, SHARE, fires=fires)


# (a year-dated time further off the ordinal dates something else of its clause: a square built, a park opened)
@pytest.mark.parametrize(
    ("when", "n", "fires"),
    [
        ("2028년 완공되는 새 광장 옆에서 ", "25", True),  # (not counted to 2028: the square's year)
        ("2028년 완공되는 새 광장 옆에서 ", "23", False),
        ("2019년 문을 연 공원에서 ", "25", True),  # (not another year's edition: the park's year)
        ("2019년 문을 연 공원에서 ", "23", False),
        ("2027년 완공되는 새 광장에서 열릴 ", "23", False),
        ("2028년까지 이어지는 ", "23", False),  # (a span's end, no holding)
        ("2027년 1월 9일(토) 강변 공원에서 열리는 ", "24", False),  # (a weekday and a place, then its holding)
        ("2027년 1월 9일(토) 강변 공원에서 열리는 ", "26", True),
    ],
)
def test_a_year_dating_something_else_of_the_clause_is_not_the_editions(knowledge, when, n, fires):
    assert_checked(knowledge, _FESTIVAL.format(when=when, n=n), ELAPSED, fires=fires, published=_DECEMBER)
