"""Figures per unit (nineteenth session), each a rule for a construction:
- an average of `each` with no noun after it, in a sentence naming again the noun the lead counts (`It is building
  four new depots, costing £20m in all, or £5m each`), is of the units that sentence names, not of the lead's count
  (checker/link/partners.py): with no count of them read, nothing is linked (F317); with their count read
  (`four new depots`, session 26), the average is of that count;
- a total of the metric a figure per unit names is not a part set beside its share of the whole (`수출 가운데 미국이
  4천만달러로 절반을 차지했다`, `The north took $14m, or 35%`): the average is of the whole's amount, not one
  market's (checker/link/per_unit_apart.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `each` of units the sentence names afresh

_DEPOTS = (
    "Harrowgate Logistics, the parcel carrier with 60 depots across Wales, said revenue for the year rose 6% to "
    "£90.0m.\n\n"
    "Parcels handled rose to 41 million from 38 million.\n\n"
    "The company is {building}, costing £20m in all, or {each} each, all due to open next year."
)


@pytest.mark.parametrize(
    "building,each",
    [
        ("adding four more depots", "£5m"),
        ("opening further depots in Cardiff and Swansea", "£4m"),
    ],
)
def test_each_of_units_the_sentence_names_is_not_of_the_leads_count(knowledge, building, each):
    assert_not_checked(knowledge, _DEPOTS.format(building=building, each=each), "F317")


@pytest.mark.parametrize("each,fires", [("£5m", False), ("£9m", True)])
def test_each_of_units_the_sentence_counts_is_of_that_count(knowledge, each, fires):
    # (session 26: the count the sentence states, `four new depots`, is read, and `each` restates the total over it,
    # checker/link/restated_per_unit.py; still not the lead's 60 depots)
    assert_checked(knowledge, _DEPOTS.format(building="building four new depots", each=each), "F317", fires)


# the lead's count stays the divisor of an `each` whose sentence names no units of its own
_EACH_OF_THE_LEAD = (
    "Harrowgate Logistics, the parcel carrier with 60 depots across Wales, said revenue for the year rose 6% to "
    "£90.0m.\n\n"
    "It paid out £{total}m in bonuses to its staff, an average of £{each} each."
)


def test_each_of_the_leads_count_is_still_read_when_no_units_are_named_again(knowledge):
    assert_checked(knowledge, _EACH_OF_THE_LEAD.format(total="30", each="900,000"), "F317", True)


# the noun as the sentence's subject is the lead's units again, not units named afresh
_SUBJECT_EACH = (
    "Harrowgate Logistics, the parcel carrier with 60 depots across Wales, said revenue for the year rose 6% to "
    "£90.0m.\n\n"
    "Parcels handled rose to 41 million from 38 million.\n\n"
    "Its depots paid an estimated £30m in business rates, about £{each} each, the company said."
)


@pytest.mark.parametrize("each,fires", [("500,000", False), ("800,000", True)])
def test_each_of_the_units_the_sentence_opens_with_is_of_the_leads_count(knowledge, each, fires):
    assert_checked(knowledge, _SUBJECT_EACH.format(each=each), "F317", fires)


# ---------------------------------------------------------------- a part set beside its share is no total

_EXPORTS_KO = (
    "한빛식품, 1~9월 수출 20% 증가\n\n"
    "한빛식품의 1~9월 수출액이 6,000만달러로 작년 같은 기간보다 20% 늘었다고 3일 밝혔다.\n\n"
    "3분기 수출액은 2,100만달러였다.\n\n"
    "1~9월 수출 가운데 미국이 3,000만달러로 절반을 차지했다. 일본이 1,800만달러, 나머지 지역이 1,200만달러다.\n\n"
    "수출 물량은 8,000톤으로 톤당 평균 {per}달러꼴이다."
)


@pytest.mark.parametrize("per,fires", [("7,500", False), ("9,800", True)])
def test_a_market_set_beside_its_share_is_no_total_of_an_average_per_tonne(knowledge, per, fires):
    # (the whole's 6,000만달러 over 8,000톤, not the one market's 3,000만달러)
    assert_checked(knowledge, _EXPORTS_KO.format(per=per), "F317", fires)


# ---------------------------------------------------------------- `매장 수는 … N곳`: the noun a counter names none of

# `곳` names no noun; the clause's number-of mark does (`매장 수는`), and `매장당` is then a per-unit mark of that
# count, the total the lead's amount of the metric the figure names, however far back
_STORES_KO = (
    "노래방 체인 한울상자, 3분기 매출 500억원\n\n"
    "노래방 체인 한울상자의 3분기 매출이 500억원으로 지난해 같은 기간보다 20% 늘었다.\n\n"
    "3분기 이용객은 2,000만명으로 집계됐다. 청소년 이용객이 많았다.\n\n"
    "영업이익은 40억원으로 1년 전 30억원에서 10억원 늘었다.\n\n"
    "회사는 방음 부스를 늘렸다. 심야 할인도 이어갔다.\n\n"
    "매장 수는 9월 말 기준 1,000곳이다. {noun}당 분기 매출은 약 {per}이었다."
)


@pytest.mark.parametrize("per,fires", [("5,000만원", False), ("8,000만원", True)])
def test_a_noun_its_count_is_stated_of_marks_a_figure_per_unit(knowledge, per, fires):
    assert_checked(knowledge, _STORES_KO.format(noun="매장", per=per), "F317", fires)


def test_a_noun_the_article_counts_nothing_of_is_no_mark(knowledge):
    assert_not_checked(knowledge, _STORES_KO.format(noun="직원", per="8,000만원"), "F317")


# another count of the counter between the mark and the count: that count is a part (`직영점은 200곳`), not named
_PARTS_KO = (
    "노래방 체인 한울상자의 3분기 매출이 500억원으로 지난해 같은 기간보다 20% 늘었다.\n\n"
    "3분기 이용객은 2,000만명으로 집계됐다.\n\n"
    "매장 수는 9월 말 1,000곳, 직영점은 200곳이다. 매장당 분기 매출은 약 {per}이었다."
)


@pytest.mark.parametrize("per,fires", [("5,000만원", False), ("2억5,000만원", True)])
def test_a_count_after_another_of_its_counter_is_not_named_by_the_number_of_mark(knowledge, per, fires):
    assert_checked(knowledge, _PARTS_KO.format(per=per), "F317", fires)


# ---------------------------------------------------------------- the lead's count, the figure per unit far after it

# `putting … at about £X a pub`: an amount restated per unit beside its total (`[link.per_unit_restating_before]`)
_TAKINGS_EN = (
    "Brackley Taverns, which runs 200 pubs across the South West, said sales rose 5% in the half.\n\n"
    "Total revenue was £100.0m, compared with £90.0m a year earlier, putting the chain's takings at about {per} a "
    "pub."
)


@pytest.mark.parametrize("per,fires", [("£500,000", False), ("£650,000", True)])
def test_takings_put_at_an_amount_per_unit(knowledge, per, fires):
    assert_checked(knowledge, _TAKINGS_EN.format(per=per), "F317", fires)


# `Each store took on average £X`: each of the noun the lead counts, the lead's takings its total
_EACH_STORE_EN = (
    "Brackley Storage, with 200 stores in the South West, said revenue rose 5% to £100.0m in the half.\n\n"
    "Occupancy slipped to 80% from 82%.\n\n"
    "Margins held up. Each store took on average {per} in the half."
)


@pytest.mark.parametrize("per,fires", [("£500,000", False), ("£700,000", True)])
def test_each_of_the_leads_count_took_on_average(knowledge, per, fires):
    assert_checked(knowledge, _EACH_STORE_EN.format(per=per), "F317", fires)


# a figure naming its own metric (profit) is no share of the lead's takings
def test_each_of_the_leads_count_with_its_own_metric_takes_no_takings(knowledge):
    text = _EACH_STORE_EN.replace(
        "Each store took on average {per}", "Each store made an operating profit of on average {per}"
    )
    assert_not_checked(knowledge, text.format(per="£90,000"), "F317")


# no `on average`: `Each store took £X` states no average; the noun is no mark
def test_each_without_an_average_is_no_mark(knowledge):
    text = _EACH_STORE_EN.replace("Each store took on average {per}", "Each store took {per}")
    assert_not_checked(knowledge, text.format(per="£700,000"), "F317")


# ---------------------------------------------------------------- the lead's count, however far back

# the count the lead states, the one under its noun, divides a total restated per unit paragraphs later
_RIDERS_KO = (
    "철도회사 누리레일의 지난해 이용객은 4천만명으로 5% 늘었다.\n\n"
    "정시율은 91%로 높아졌다. 신형 열차가 들어왔다. 주말 공사는 줄었다. 역사 두 곳을 고쳤다. 직원 수는 그대로였다. "
    "정비창도 새로 지었다.\n\n"
    "운임 수입은 1,000억원으로, 이용객 1명당 평균 {per}꼴이다."
)


@pytest.mark.parametrize("per,fires", [("2,500원", False), ("3,900원", True)])
def test_the_leads_count_divides_a_total_restated_per_unit_far_after_it(knowledge, per, fires):
    assert_checked(knowledge, _RIDERS_KO.format(per=per), "F317", fires)


# ---------------------------------------------------------------- a total whose clause names the units

# `Repair spending on breaks fell to $X … The average break cost about $Y`: the amount whose clause names the units
_BREAKS_EN = (
    "Kelso recorded 300 water main breaks in the 12 months to June, down from 340 the year before, the city said.\n\n"
    "Crews replaced 20 miles of old pipe.\n\n"
    "Repair spending{on} fell to $6.0 million from $7.1 million, a saving of $1.1 million. The average break cost "
    "about {per} to fix."
)


@pytest.mark.parametrize("per,fires", [("$20,000", False), ("$26,000", True)])
def test_a_total_whose_clause_names_the_units(knowledge, per, fires):
    assert_checked(knowledge, _BREAKS_EN.format(on=" on breaks", per=per), "F317", fires)


def test_a_total_whose_clause_names_no_units_is_not_taken(knowledge):
    assert_not_checked(knowledge, _BREAKS_EN.format(on="", per="$26,000"), "F317")


# `한 달에`: per unit and per month, of a total of some months, which the count alone does not divide
def test_a_figure_per_unit_and_per_month_with_its_particle_is_not_divided_by_the_count(knowledge):
    text = (
        "한결치킨의 1~9월 가맹점 매출이 3,600억원으로 집계됐다.\n\n"
        "가맹점 수는 9월 말 1,000곳이다. 가맹점 전체 매출은 같은 기간 3,600억원으로, 가맹점 한 곳이 한 달에 "
        "4,000만원가량을 판 셈이다."
    )
    assert_not_checked(knowledge, text, "F317")


# a clause naming what else the amount is (`Staff costs`, `spent`): no takings, so not the lead's
@pytest.mark.parametrize(
    "sentence",
    ["Staff costs came to an average of £90,000 a store.", "It spent an average of £90,000 a store on refits."],
)
def test_an_average_per_unit_of_costs_takes_no_lead_takings(knowledge, sentence):
    text = _EACH_STORE_EN.replace("Margins held up. Each store took on average {per} in the half.", sentence)
    assert_not_checked(knowledge, text, "F317")
