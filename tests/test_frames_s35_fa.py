"""False alarms on real-looking copy (thirty-fifth session, lane `fa`): readings that joined figures a copy editor
would never join, each closed by a structural veto or a better reading, with the break the reading was built for
still caught.

- A list whose parts all count one kind of thing by a classifier (`마리`) is no sum of a total counted by another
  (`모두 60경기`): `[link.kind_counters]` (checker/link/totals.py).
- A figure each of some units holds (`about 300 each,`) is no count of the units a rate after it is per
  (checker/link/each_averages.py); a count per the noun (`60 bushels an acre`, after `the average yield at`:
  `[link.average_level_links]`) is a rate, no count of that noun nor the units a price values
  (checker/link/per_unit_apart.py, checker/link/unit_prices.py).
- A share naming its whole right there (`15 per cent of the council's 18,000 pupils`) takes no whole named before
  (checker/link/fractions_of_named_wholes.py); a share of an owner's whole (`half of the service's share`) is of the
  one amount whose clause names the owner, two such a tie (checker/link/partners.py).
- A start year told with its own count back from now (`founded in 1934, 90 years ago`) is no start another
  sentence's `N years ago` restates (checker/link/date_spans_general.py).
- An amount per a member whose clause names what it is of (`Bar takings work out at £90 a member`) takes no total,
  among the amounts before whose clauses name the units, whose clause names none of it (checker/link/partners.py);
  a total told of one part alone (`the merino clip alone is worth`) is no quotient of the lead's units
  (checker/link/per_unit_fallback.py).
- A total its clause says is of one part alone (`the merino clip alone is worth`) is no product of the lead's whole
  (checker/link/unit_prices.py); a part naming its own owner's whole (`of last year's crop`) takes no other whole
  (checker/link/share_fallback.py).
- A noun its parts follow (`관광객 가운데 외지인은`) names the pool, not the figure drawn from it
  (checker/link/share_subjects.py); a share dated in its own sentence (`4월 한 달 어획량이 전체의 44%`) is of the
  member of that period (checker/link/shares.py); a change guessed to be of the sentence before is of the member its
  own sentence names (`A국만 보면 …에서 80% 늘었다`), and of none where it names their shared noun bare
  (checker/link/relations.py); a share whose subject is its own part (`이번 계약액은 매출의 92%`) is no share of a
  figure labelled otherwise (checker/link/named_wholes_of_shares.py); a Korean figure per unit whose sentence counts
  its units and states a larger amount after it takes no total of a sentence before (checker/link/per_unit_ko.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked, assert_not_checked

SUM, PER_UNIT, SHARE, ELAPSED, GROWTH, MULTIPLE = "F302", "F317", "F503", "F406", "F301", "F304"

# ---------------------------------------------------------------- a list of one kind summed to a total of another

_BOUTS = "도내 소싸움 대회 열려\n\n도내 소싸움 대회에는 체급별로 갑 30마리, 을 25마리, 병 20마리로"


def test_animals_listed_are_no_sum_of_the_bouts(knowledge):
    assert_not_checked(knowledge, _BOUTS + ", 사흘 동안 모두 60경기가 열렸다.", SUM)


@pytest.mark.parametrize("total,fires", [("80마리", True), ("75마리", False)])
def test_animals_listed_still_add_up_to_the_animals(knowledge, total, fires):
    assert_checked(knowledge, f"{_BOUTS} 모두 {total}가 출전했다.", SUM, fires)


# ---------------------------------------------------------------- a figure per unit taken as units


def test_a_figure_each_is_no_count_of_the_units_a_rate_is_per(knowledge):
    text = (
        "Clinic takes care home\n\n"
        "The clinic's 12 nurses made 3,600 home visits last year, about 300 each, or an average of 9 visits per "
        "patient."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("1,800", True), ("1,500", False)])
def test_units_each_of_which_holds_a_rate_still_divide_the_total(knowledge, each, fires):
    text = (
        "Trawlers land more\n\nThe port's trawlers landed 30,000 tonnes this year. "
        f"The port's 20 trawlers each landed an average of {each} tonnes."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


_BARLEY = "Barley crop forecast\n\nFarmers will harvest barley from 1.5 million acres this year, the board said. "


def test_a_yield_an_acre_is_no_count_of_acres(knowledge):
    text = (
        _BARLEY + "The board puts the average yield at 60 bushels an acre. At $4 a bushel the crop would be worth "
        "about $360 million, or about $240 for each acre harvested."
    )
    assert alarm_rules(knowledge, text) == []


@pytest.mark.parametrize("per_acre,fires", [("$300", True), ("$240", False)])
def test_a_figure_per_acre_still_divides_by_the_acres(knowledge, per_acre, fires):
    text = (
        _BARLEY + "The board puts the average yield at 60 bushels an acre. At $4 a bushel the crop would be worth "
        f"about $360 million, or about {per_acre} for each acre harvested."
    )
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- wholes named there, or as an owner's

_LUNCHES = "School lunches\n\nDunmore Council's holiday clubs served 52,000 free lunches this summer. "


@pytest.mark.parametrize("share,fires", [("25", True), ("15", False)])
def test_a_share_takes_the_whole_stated_right_after_its_of(knowledge, share, fires):
    text = _LUNCHES + f"Families registered 2,700 children, about {share} per cent of the council's 18,000 pupils."
    assert_checked(knowledge, text, SHARE, fires)


def test_an_owners_whole_two_clauses_name_is_unsaid(knowledge):
    text = (
        "New ambulance\n\nThe Kestrel Bay Rescue Service took delivery of a new $480,000 ambulance on Monday. A state "
        "grant paid $300,000, and the service raised $90,000 of its own. A quiz night alone brought in $30,000, half "
        "of the service's share."
    )
    assert SHARE not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("part,fires", [("$30,000", True), ("$45,000", False)])
def test_an_owners_whole_one_clause_names_is_its_whole(knowledge, part, fires):
    text = (
        "New ambulance\n\nA state grant paid $300,000 for the ambulance, and the Kestrel Bay Rescue Service raised "
        f"$90,000 of its own. A quiz night alone brought in {part}, half of the service's share."
    )
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- a start told with its own count back from now


def test_a_start_dated_back_beside_it_is_no_start_of_another_count_back(knowledge):
    text = (
        "Rowing club marks 90 years\n\nThe rowing club, founded in 1934, 90 years ago, has 210 members.\n\n"
        '"Fifteen years ago this club had eight boats," the captain said.'
    )
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("count,fires", [("Eighty", True), ("Ninety", False)])
def test_a_count_back_to_a_start_told_alone_is_still_read(knowledge, count, fires):
    text = (
        "Rowing club marks 90 years\n\nThe rowing club was founded in 1934 on the river bank.\n\n"
        f'"{count} years ago this club had eight boats," the captain said.'
    )
    assert_checked(knowledge, text, ELAPSED, fires)


# ---------------------------------------------------------------- an amount per a member and another amount's total

_BOWLS = (
    "Bowls club accounts\n\nIncome was £30,000. Subscriptions raised £14,000 from 100 members at £140 each, and the "
    "bar took £9,000.\n\n"
)


def test_a_figure_per_member_naming_takings_is_no_share_of_a_raised_fee(knowledge):
    text = (
        _BOWLS + "The club spent £2,000 on the green. Members agreed to raise the subscription to £150 next season, "
        "up 7 per cent. Bar takings already work out at about £90 a member."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("each,fires", [("£160", True), ("£140", False)])
def test_a_price_each_of_its_sentence_still_divides_its_total(knowledge, each, fires):
    text = f"Bowls club accounts\n\nSubscriptions raised £14,000 from 100 members at {each} each."
    assert_checked(knowledge, text, PER_UNIT, fires)


# ---------------------------------------------------------------- one part's value, and a part's own whole

_CLIP = (
    "Fleece clip\n\nShearers took 40,000 kilograms of wool this season. Merino wool makes up 25,000 kilograms of the "
    "clip, more than half. "
)


@pytest.mark.parametrize("worth,fires", [("$400,000", True), ("$300,000", False)])
def test_a_part_alone_is_valued_at_its_own_measure(knowledge, worth, fires):
    text = _CLIP + f"With merino fetching about $12 a kilogram, the merino clip alone is worth about {worth}."
    assert_checked(knowledge, text, PER_UNIT, fires)


def test_a_part_alone_is_no_product_of_the_lead_whole(knowledge):
    text = (
        "Fleece clip\n\nShearers took 40,000 kilograms of wool this season. With merino fetching about $12 a "
        "kilogram, the merino clip alone is worth about $300,000."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_part_of_last_years_crop_is_no_share_of_this_years(knowledge):
    text = (
        "Mustard exports\n\nGrowers harvested 150,000 tonnes of mustard this year. The national crop is forecast at "
        "180,000 tonnes. Exports took 40,000 tonnes of last year's crop, about a third."
    )
    assert_not_checked(knowledge, text, SHARE)


@pytest.mark.parametrize("part,fires", [("80,000", True), ("50,000", False)])
def test_a_part_of_this_years_crop_is_still_a_share_of_it(knowledge, part, fires):
    text = (
        "Mustard exports\n\nGrowers harvested 150,000 tonnes of mustard this year. "
        f"Exports took {part} tonnes of this year's crop, about a third."
    )
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- Korean: pools, periods and members named

_FESTIVAL = (
    "단풍축제에 20만명\n\n가람군은 지난달 열린 단풍축제에 20만명이 찾았다고 밝혔다. "
    "관광객 가운데 외지인은 14만명, 군민은 6만명이었다.\n\n셔틀버스를 탄 사람은 "
)


@pytest.mark.parametrize("share,fires", [("45%", True), ("30%", False)])
def test_a_noun_its_parts_follow_names_no_whole_of_its_part(knowledge, share, fires):
    assert_checked(knowledge, _FESTIVAL + f"6만명으로 전체 관광객의 {share}였다.", SHARE, fires)


_CATCH = (
    "주꾸미 어획량 400톤\n\n다온군은 올봄 어선들이 주꾸미 400톤을 잡았다고 밝혔다. "
    "월별로는 3월 100톤, 4월 180톤, 5월 120톤이 잡혔다. "
)


@pytest.mark.parametrize("share,fires", [("30%", True), ("45%", False)])
def test_a_share_dated_in_its_sentence_is_of_the_member_of_that_month(knowledge, share, fires):
    assert_checked(knowledge, _CATCH + f"4월 한 달 어획량이 봄철 전체의 {share}를 차지했다.", SHARE, fires)


_EXPORTS = (
    "떡볶이 수출 늘어\n\n나래식품은 올해 수출이 150억원이라고 밝혔다. "
    "수출 지역은 미국이 90억원으로 가장 많았고 일본 40억원, 대만 20억원 순이었다. "
)


@pytest.mark.parametrize("rise,fires", [("30%", True), ("80%", False)])
def test_a_change_naming_one_member_is_of_that_member(knowledge, rise, fires):
    assert_checked(knowledge, _EXPORTS + f"미국 수출만 놓고 보면 1년 전 50억원에서 {rise} 늘었다.", GROWTH, fires)


def test_a_multiple_of_the_shared_noun_is_of_no_member(knowledge):
    text = (
        "브레이킹 대회 열려\n\n올해 대회에는 선수 400명이 출전했다. 해외 선수가 180명으로 45%를 차지했고 "
        "국내 선수는 220명이었다. 2021년 첫 대회 참가 선수 90명과 비교하면 네 배가 넘는다."
    )
    assert MULTIPLE not in alarm_rules(knowledge, text)


def test_a_share_whose_subject_is_its_own_part_takes_no_other_part(knowledge):
    text = (
        "자수 업체 수출 계약\n\n한솔자수는 독일 업체와 30억원 규모의 공급 계약을 맺었다고 밝혔다.\n\n"
        "한솔자수의 상반기 매출은 32억원이었다. 매출 가운데 국내 납품이 19억원이었고, 해외 매출은 13억원이었다.\n\n"
        "이번 계약액은 상반기 매출의 92%에 해당한다."
    )
    assert SHARE not in alarm_rules(knowledge, text)


def test_a_figure_per_unit_counting_its_units_takes_no_earlier_total(knowledge):
    text = (
        "강변 야영장 이용 늘어\n\n한들시는 강변 야영장 사용료 수입이 6억원이었다고 밝혔다. "
        "외지 이용객은 2만팀으로, 시는 이들이 한 팀당 평균 12만원을 써 지역에 24억원이 풀린 것으로 추산했다."
    )
    assert PER_UNIT not in alarm_rules(knowledge, text)
