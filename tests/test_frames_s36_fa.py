"""False alarms on real-looking copy (thirty-sixth session, lane `fa`): readings that joined figures a copy editor
would never join, each closed by a structural veto or a better reading, with the break the reading was built for
still caught.

- A total or a count that each of some units holds (`harvested some 8,000 pounds apiece`, `each built roughly 700
  metres`) is a figure per one unit: it divides over no count of all of another figure's units, nor is such a count
  (checker/link/per_unit_vetoes.py); a measure marked per a unit right after it (`60 pounds per acre`) is no units a
  price values either.
- A count listed beside another (`대형 5곳과 소형 7곳으로, 한 곳에`, `18,000 aprons and 12,000 gloves, priced at €15
  each`) is one member of the units the figure after the list is per: the list's whole, stated before, or none
  (checker/link/per_unit_vetoes.py).
- A figure per unit and per year (`$160 a home each year`) divides the yearly amount a term's total restates (`for the
  next three winters, or $800,000 a year`), not the term's total (checker/link/per_unit_vetoes.py,
  checker/link/per_period_apart.py, `[link.terms]`).
- A share after a demonstrative (`그 15%`) is of the figure before it, its whole (checker/link/shares.py,
  `[link.whole_share_demonstratives]`); a share whose subject names a member of the list before (`1등급은 전체의
  20%`) is of that member (checker/link/listed_subject_shares.py); a share whose subject is this deal (`이번 대만 계약
  금액은`) is no share of a figure of the accounts (checker/link/named_wholes_of_shares.py).
- A change measured from last year's same period is of no level dated to that same period (checker/link/relations.py).
- The first word after a dateline's dash opens its sentence: a number word after it is read (`BRIARWOOD, Kan. — The
  six new padel courts`; checker/extract/quantities.py).
- A price with its total in one sentence values the one measure the sentence before states (`이 가운데 2천400톤은
  영농조합이 사들이기로 했다`), not the lead's crop (checker/link/unit_prices.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked

PER_UNIT, PER_PERIOD, SHARE, BOUND, GAP, GROWTH = "F317", "F312", "F503", "F504", "F305", "F301"

# ---------------------------------------------------------------- a figure each unit holds is no total of the units

_PONDS = "Pond harvest\n\nMarrow County pond owners took 1.2 million pounds of crawfish this spring. "


def test_a_total_each_grower_holds_divides_no_acres(knowledge):
    text = (
        _PONDS
        + "Its 150 growers harvested some 8,000 pounds apiece on 20,000 acres of ponds, about 60 pounds per acre."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("9,000", True), ("8,000", False)])
def test_a_figure_each_still_divides_the_lead_total(knowledge, each, fires):
    text = _PONDS + f"Its 150 growers harvested some {each} pounds apiece."
    assert_checked(knowledge, text, PER_UNIT, fires)


_WALLS = "Wall repairs\n\nThe Oakridge firm repaired 6,300 metres of field wall in the year to March. "


def test_a_length_each_gang_built_counts_no_metres_of_the_stone(knowledge):
    text = (
        _WALLS
        + "Nine gangs each built roughly 700 metres. The stone used came to 2,100 tonnes, some 330 kilograms per metre."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("900", True), ("700", False)])
def test_gangs_that_each_built_a_length_still_divide_the_total(knowledge, each, fires):
    text = _WALLS + f"Its 9 gangs each built an average of {each} metres."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_a_yield_per_acre_is_no_measure_a_price_values(knowledge):
    text = _PONDS + (
        "Its 150 growers harvested some 8,000 pounds apiece on 20,000 acres of ponds, about 60 pounds per acre. "
        "With buyers paying $3 a pound, the catch was worth about $3.6 million."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a count listed beside another

_FRY = (
    "은하군, 저수지에 붕어 치어 600만 마리\n은하군은 올해 저수지 12곳에 붕어 치어 600만 마리를 넣었다고 9일 "
    "밝혔다. 지난해 넣은 450만 마리보다 150만 마리가 많다. "
)


@pytest.mark.parametrize("each,fires", [("70만", True), ("50만", False)])
def test_a_figure_per_place_after_a_list_is_per_every_place_ko(knowledge, each, fires):
    text = _FRY + f"치어를 넣은 곳은 대형 저수지 5곳과 소형 저수지 7곳이며, 한 곳에 {each} 마리꼴이다."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_a_price_each_after_a_list_is_no_price_of_its_last_member(knowledge):
    text = (
        "Mill wins order\n\nA weaving mill in Dunvale has won a €450,000 order from a hotel group.\n\n"
        "The order covers 30,000 pieces, 18,000 aprons and 12,000 oven gloves, priced at €15 each on average."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_total_after_its_listed_parts_is_still_the_units(knowledge):
    text = (
        "Market fees\n\nThe market hosts 700 shops and 500 stalls, 1,200 sites in all.\n\n"
        "Fees raised €600,000, about €700 a site."
    )
    assert_checked(knowledge, text, PER_UNIT, True)


# ---------------------------------------------------------------- a rate per unit and per year: the yearly amount


def _snow(per_home: str) -> str:
    return (
        "Lakeview snow deal\n\nLAKEVIEW — Council agreed on Tuesday to pay a $2.4-million contract to clear snow "
        "from its streets for the next three winters, or $800,000 a year.\n\n"
        f"Divided among the town's 5,000 homes, the contract costs about {per_home} a home each year."
    )


@pytest.mark.parametrize("each,fires", [("$250", True), ("$160", False)])
def test_a_yearly_rate_per_home_divides_the_yearly_amount(knowledge, each, fires):
    assert_checked(knowledge, _snow(each), PER_UNIT, fires)


@pytest.mark.parametrize("yearly,fires", [("$900,000", True), ("$800,000", False)])
def test_a_total_over_winters_is_the_yearly_amount_times_the_winters(knowledge, yearly, fires):
    text = (
        "Lakeview deal\n\nCouncil agreed on Tuesday to pay a $2.4-million contract to clear snow for the next three "
        f"winters, or {yearly} a year."
    )
    assert_checked(knowledge, text, PER_PERIOD, fires)


# ---------------------------------------------------------------- shares: a demonstrative, a member, this deal

_GYM = "해솔 체육센터 회원 4천명\n해솔 체육센터는 올해 1~5월 새 회원 600명이 가입했다고 3일 밝혔다. "


def test_a_share_after_a_demonstrative_is_of_the_figure_before(knowledge):
    text = _GYM + "지난해 말 등록된 회원은 모두 4천명으로, 올해 가입자는 그 15%다."
    result = alarm_rules(knowledge, text)
    assert SHARE not in result and BOUND not in result


def test_a_change_from_last_years_period_is_not_of_last_years_level(knowledge):
    text = _GYM + (
        "지난해 말 등록된 회원은 모두 4천명이었다. 지난해 같은 기간 가입자는 400명이었는데 올해는 200명이 늘었고, "
        "비율로는 50% 증가다."
    )
    result = alarm_rules(knowledge, text)
    assert GAP not in result and GROWTH not in result


_PEARS = "푸른군 배 100톤 출하\n푸른군 농협은 올해 배 100톤을 출하했다고 7일 밝혔다. "


@pytest.mark.parametrize("share,fires", [("35%", True), ("20%", False)])
def test_a_share_named_by_a_member_of_the_list_before_is_of_that_member(knowledge, share, fires):
    text = _PEARS + f"등급별로는 1등급 20톤, 2등급 30톤, 등외 50톤이다. 알이 굵은 1등급은 전체의 {share}를 차지했다."
    assert_checked(knowledge, text, SHARE, fires)


def test_a_share_of_this_deal_is_no_share_of_the_profit(knowledge):
    text = (
        "두루카트, 대만에 손수레 공급\n두루카트는 대만 유통사와 손수레 공급 계약을 맺었다고 5일 밝혔다.\n"
        "두루카트의 상반기 매출은 50억 원이었다. 상반기 영업이익은 5억 원으로 영업이익률이 10%였다. "
        "이번 대만 계약 금액은 상반기 매출의 40% 수준이다."
    )
    assert SHARE not in alarm_rules(knowledge, text)


# ---------------------------------------------------------------- a dateline's dash opens the sentence


@pytest.mark.parametrize("each,fires", [("$60,000", True), ("$50,000", False)])
def test_a_count_in_words_after_a_dateline_is_read(knowledge, each, fires):
    text = (
        "Padel courts\n\nBRIARWOOD, Kan. — The six new padel courts at Elm Park drew 3,000 bookings in May.\n\n"
        f"Building them cost $300,000, or {each} a court."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- a price values the measure bought at it

_PLUMS = (
    "누리군 매실 3천600톤 수확\n누리군은 올해 매실 수확량이 3천600톤에 이를 것으로 내다봤다고 8일 밝혔다.\n"
    "이 가운데 2천400톤은 영농조합이 사들이기로 했다. "
)


@pytest.mark.parametrize("paid,fires", [("70억", True), ("60억", False)])
def test_a_price_values_the_measure_the_sentence_before_buys(knowledge, paid, fires):
    text = _PLUMS + f"조합 수매가는 ㎏당 2천500 원이어서 수매 대금은 {paid} 원 규모다."
    assert_checked(knowledge, text, PER_UNIT, fires)
