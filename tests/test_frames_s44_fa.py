"""False alarms on copy never seen (forty-fourth session, lane `fa`): readings that built a relation of figures that
are not its members, closed where the relation is built; the right relation still read where the copy states it.

- A figure each unit turns out per hour (`four ovens each bake 500 loaves an hour`) is of a total of some hours, not
  a share of the order the units alone divide (checker/link/each_averages.py, `[link.per_hour_after]`).
- A figure per one item with a share of it right after (`Each jar holds 400g, of which 60 per cent is fruit, so the
  order takes 1.92 tonnes`): the total is of that part, neither the item's product (checker/link/per_one_products.py)
  nor a part of the pool the share's mark opens (checker/link/shares.py).
- A paragraph's closing total (`£4,500 altogether`) after an item its own words mark a total (`£800 in all`): the
  paragraph holds two lists, no one sum (checker/link/parallel_parts.py).
- A split list (`divided into 16 sections, …`) ends at a clause of what each unit does (`, each playing`) or of what it
  comes to (`, so there were`) (checker/link/breakdowns.py).
- A level restated as an average per a short period right after it (`4,800 potholes, an average of 400 a month,
  up 20 per cent`): the change is of the level (checker/link/relations.py).
- A change told as an amount and a fraction (`20개 팀, 4분의 1 늘었다`) is a pair of changes (checker/link/roles.py);
  a pool a share is drawn from in the sentence before (`1천500톤 가운데 60%가`) is no level of a change told of another
  subject (`수출량은 지난해 600톤보다 300톤, 50% 많다`: checker/link/pools_of_other_subjects.py).
- Shares apposed to their parts side by side (`국비가 절반인 5억 원, 도비가 30%인 3억 원`): a sibling's part is no
  whole; the whole is the sentence before's (checker/link/share_fallback_ko.py).
- A count of units and the lot each holds (`6개 조에 5개 팀씩`) are no two parts of a sum (checker/link/lots.py,
  checker/link/totals.py).
- An average per one unit and per a day both (`코트 한 면에서 하루 10경기꼴`) is no average of the total over the days
  alone (checker/link/span_averages.py).
- Prices listed by class (`어른 5천 원, 어린이 2천 원`) make no one price of a named total
  (checker/link/named_unit_totals.py).
- A measure alone in parentheses after a noun (`운동장(5천㎡)`) is one thing's size, no units of a figure per one
  (checker/link/per_unit_ko.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

GROWTH, SUM, DIFFERENCE, PER_PERIOD, PER_UNIT, SHARE, PART_WHOLE = (
    "F301",
    "F302",
    "F305",
    "F312",
    "F317",
    "F503",
    "F504",
)


# ---------------------------------------------------------------- a rate per hour of each unit


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury bakery\n\nThe bakery will bake 30,000 loaves for the chain. Its four ovens each turn out 500 loaves"
        " an hour, so the order takes 15 hours.",
        "Thornvale brewer\n\nThe brewer will fill 90,000 bottles this month. Its three lines each fill 2,500 bottles"
        " per hour.",
        "Kilbride mill\n\nThe mill has agreed to spin 12,000 metres of yarn. Its"
        " six frames each spin 200 metres an hour.",
        "Ashbury press\n\nThe printer will run 80,000 leaflets for the council. The two presses each print 4,000"
        " leaflets an hour, working in shifts.",
        "Thornvale cannery\n\nThe cannery must seal 45,000 tins by Friday. Its"
        " five machines each seal 900 tins an hour.",
    ],
)
def test_a_rate_per_hour_of_each_unit_is_no_share_of_the_order(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


def test_an_average_each_of_a_lead_total_still_checked(knowledge):
    text = (
        "Kilbride catch\n\nThe port's boats landed 30,000 tonnes this year. Its 20 trawlers each landed {each} tonnes."
    )
    _checked(knowledge, text.format(each="1,500"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(each="2,500"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- a share between a figure per one and its total


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury jam\n\nThe farm will supply 8,000 jars. Each jar holds 400g, of which 60 per cent is fruit, so the"
        " order takes 1.92 tonnes of plums.",
        "Thornvale soap\n\nThe maker will ship 20,000 bars. Each bar weighs 100g, of which 20 per cent is olive oil,"
        " so the order needs 400kg of oil.",
        "Kilbride cakes\n\nThe bakery will deliver 5,000 cakes. Every cake weighs 800g, of which 30 per cent is"
        " sugar, so the order will use 1.2 tonnes of sugar.",
        "Ashbury candles\n\nThe workshop will make 6,000 candles. Each candle weighs 300g, of which 20 per cent is"
        " beeswax, so the order uses 360kg of wax.",
        "Thornvale sausages\n\nThe butcher will send 40,000 sausages. Each sausage weighs 60g, of which 70 per cent"
        " is lamb, so the order will use 1.68 tonnes of meat.",
    ],
)
def test_a_share_of_the_figure_per_one_makes_the_total_of_that_part(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)
    _not_fired(knowledge, text, PART_WHOLE)


def test_a_figure_per_one_restated_as_a_share_of_its_item_still_multiplied_out(knowledge):
    # (the share restates the figure against its item's weight: the total is still the figure's product)
    text = (
        "Kilbride fruit\n\nThe farm will send 10,000 tubs. Each 500g tub holds 300g of fruit, 60 per cent of its"
        " weight, so the order needs {total}."
    )
    _checked(knowledge, text.format(total="3 tonnes"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total="5 tonnes"), PER_UNIT, fires=True)


def test_a_figure_per_one_multiplied_out_still_checked(knowledge):
    text = "Ashbury jam\n\nThe farm will send 12,000 jars. Each jar holds 250g, so the order will use {total} of fruit."
    _checked(knowledge, text.format(total="3 tonnes"), PER_UNIT, fires=False)
    _checked(knowledge, text.format(total="5 tonnes"), PER_UNIT, fires=True)


# ---------------------------------------------------------------- an item marked a total of its own


@pytest.mark.parametrize(
    "text",
    [
        "Thornvale fete\n\nThe raffle raised £600 and the tombola £150. Stalls paid £5 a pitch, £200 in all, and 900"
        " visitors gave £2 each, £1,800 altogether.",
        "Ashbury club\n\nThe club spent £2,000 on kit and £400 on balls. Members paid £10 a head, £800 in all, and"
        " 500 guests paid £6 each, £3,000 altogether.",
        "Kilbride regatta\n\nThe regatta paid £1,500 for marquees and £300 for buoys. Crews paid £25 a boat, £1,000"
        " in all, and 2,000 spectators paid £2 a head, £4,000 altogether.",
        "Thornvale fair\n\nRides took £5,000 and food stalls £2,500. Parking cost £4 a car, £1,200 in all, and 3,000"
        " people paid £5 each, £15,000 altogether.",
        "Ashbury gala\n\nThe band cost £700 and the hall £250. Tickets sold at £8 each, £960 in all, and 300 diners"
        " paid £15 a plate, £4,500 altogether.",
    ],
)
def test_an_item_marked_a_total_of_its_own_leaves_no_paragraph_list(knowledge, text):
    _not_fired(knowledge, text, SUM)


def test_a_paragraph_total_of_its_items_still_checked(knowledge):
    text = (
        "Kilbride college\n\nThe college published its accounts on Monday.\n\nTuition brought in $2.2m. Rents raised"
        " $310,000 and the cafe $90,000, for total income of {total}."
    )
    _checked(knowledge, text.format(total="$2.6m"), SUM, fires=False)
    _checked(knowledge, text.format(total="$3.6m"), SUM, fires=True)


# ---------------------------------------------------------------- a split list ends at a clause of its own


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury netball\n\nSome 300 players took part. The teams were split into six groups, each playing the other"
        " five, so there were 90 group games.",
        "Thornvale chess\n\nIn all 256 players entered. They were divided into 16 sections, each playing seven"
        " rounds, so 448 games were played.",
        "Kilbride quiz\n\nSome 180 quizzers signed up. The teams were split into nine leagues, each meeting the"
        " other three, so there were 54 matches.",
        "Ashbury darts\n\nThe open drew 420 throwers. They were divided into 12 pools, each holding 35 players, so"
        " 595 legs were thrown.",
        "Thornvale bowls\n\nSome 240 bowlers took part. The rinks were split into eight groups, each playing the"
        " other three, so there were 48 ends.",
    ],
)
def test_a_split_list_ends_at_a_clause_of_its_own(knowledge, text):
    _not_fired(knowledge, text, SUM)


def test_a_split_list_still_checked(knowledge):
    text = "Kilbride herd\n\nThe farm keeps {whole} animals. The herd is made up of 40 cows, 25 heifers and 9 bulls."
    _checked(knowledge, text.format(whole=74), SUM, fires=False)
    _checked(knowledge, text.format(whole=94), SUM, fires=True)


# ---------------------------------------------------------------- a level restated as an average per month


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "Ashbury roads\n\nThe gang filled 4,800 potholes in the year, an average of 400 a month, up 20 per cent"
            " from 4,000 a year earlier.",
            False,
        ),
        (
            "Thornvale bins\n\nCrews emptied 1.2 million bins last year, an average of 100,000 a month, up 20 per"
            " cent from 1 million.",
            False,
        ),
        (
            "Kilbride parks\n\nRangers planted 3,600 trees in the year, an average of 300 a month, up 50 per cent"
            " from 2,400 the year before.",
            False,
        ),
        (
            "Ashbury library\n\nThe library lent 36,000 books in the year, an average of 3,000 a month, up 80 per"
            " cent from 24,000 the year before.",
            True,
        ),
        (
            "Thornvale ferry\n\nThe ferry made 7,300 crossings last year, roughly 20 a day, up 25 per cent from 5,000.",
            True,
        ),
    ],
)
def test_a_change_after_an_average_per_a_short_period_is_of_the_level(knowledge, text, fires):
    _checked(knowledge, text, GROWTH, fires=fires)


# ---------------------------------------------------------------- a change told as an amount and a fraction, or as more


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "푸름시 씨름대회\n\n올해 대회에는 90개 팀이 나왔다. 출전 팀은 한 해 전"
            " 60개 팀보다 30개 팀, 2분의 1 늘었다.",
            False,
        ),
        (
            "아람군 장터\n\n올해 장터에는 40개 업체가 들어왔다. 입점 업체는 작년 30개"
            " 업체보다 10개 업체, 3분의 1 늘었다.",
            False,
        ),
        ("시나브로시 탁구\n\n올해 80개 팀이 겨룬다. 출전 팀은 지난해 64개 팀보다 16개 팀, 4분의 1이 늘었다.", False),
        (
            "예그리나군 축제\n\n올해 축제에 120개 단체가 함께한다. 참여 단체는 작년"
            " 90개 단체보다 30개 단체, 3분의 1 늘었다.",
            False,
        ),
        ("푸름시 배구대회\n\n올해 70개 팀이 출전했다. 출전 팀은 지난해 48개 팀보다 22개 팀, 3분의 1 늘었다.", True),
    ],
)
def test_an_amount_and_a_fraction_before_a_rise_verb_are_the_change(knowledge, text, fires):
    _not_fired(knowledge, text, DIFFERENCE)
    _checked(knowledge, text, GROWTH, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        "아람군 배 수출\n\n조합은 배 900톤을 수출한다. 올해 거둘 1천500톤 가운데 60%가 미국으로 간다."
        " 수출량은 지난해 600톤보다 300톤, 50% 많다.",
        "푸름군 국화 수출\n\n조합은 국화 20만 송이를 내보낸다. 올해 키울 50만 송이 가운데 40%가 대만으로 간다."
        " 수출량은 지난해 16만 송이보다 4만 송이, 25% 많다.",
        "시나브로군 사과 수출\n\n조합은 사과 1천200톤을 수출한다. 올해 딸 3천 톤 가운데 40%가 베트남으로 간다."
        " 수출물량은 지난해 1천 톤보다 200톤, 20% 많다.",
        "예그리나군 버섯 수출\n\n조합은 버섯 80톤을 수출한다. 올해 키울 200톤 가운데 40%가 홍콩으로 간다."
        " 수출량은 지난해 64톤보다 16톤, 25% 많다.",
        "아람군 딸기 수출\n\n농가들은 딸기 300톤을 수출한다. 올해 딸 1천 톤 가운데 30%가 태국으로 간다."
        " 수출량은 작년 240톤보다 60톤, 25% 많다.",
    ],
)
def test_a_pool_of_the_sentence_before_is_no_level_of_another_subjects_change(knowledge, text):
    _not_fired(knowledge, text, GROWTH)
    _not_fired(knowledge, text, DIFFERENCE)


# ---------------------------------------------------------------- shares apposed to their parts side by side


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (
            "푸름시 가로등\n\n가로등 교체에는 모두 10억 원이 든다. 국비가 절반인 5억 원, 도비가 30%인 3억 원을 낸다.",
            False,
        ),
        (
            "아람군 정자\n\n정자 보수에는 모두 4억 원이 들었다. 군비가 절반인 2억 원, 도비가 25%인 1억 원을 맡았다.",
            False,
        ),
        ("시나브로시 공원\n\n공원 조성에는 모두 20억 원이 든다. 국비가 40%인 8억 원, 시비가 60%인 12억 원이다.", False),
        (
            "예그리나군 다리\n\n다리 보강에는 모두 6억 원이 든다. 국비가 절반인 3억 원, 도비가 20%인 1억2천만 원이다.",
            False,
        ),
        (
            "푸름시 도서관\n\n도서관 리모델링에는 모두 12억 원이 든다. 국비가 절반인"
            " 6억 원, 도비가 20%인 4억 원을 낸다.",
            True,
        ),
    ],
)
def test_shares_apposed_to_their_parts_side_by_side_are_of_the_whole_before(knowledge, text, fires):
    _checked(knowledge, text, SHARE, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        "푸름시 하수관\n\n올해 사업비는 20억 원이다.\n\n사업비는 국비가 절반인"
        " 10억 원이고, 도비가 4분의 1인 5억 원이다.",
        "아람군 경로당\n\n올해 예산은 8억 원이다.\n\n예산은 국비가 절반인 4억 원이고, 군비가 30%인 2억4천만 원이다.",
        "시나브로시 주차장\n\n올해 공사비는 30억 원이다.\n\n공사비는 시비가 절반인 15억 원이고, 도비가 20%인 6억"
        " 원이다.",
        "예그리나군 체육관\n\n올해 사업비는 16억 원이다.\n\n사업비는 국비가 절반인 8억 원이고, 도비가 4분의 1인 4억"
        " 원이다.",
        "푸름군 보건소\n\n올해 예산은 12억 원이다.\n\n예산은 국비가 절반인 6억 원이고, 도비와 군비가 4분의 1인 3억"
        " 원씩이다.",
    ],
)
def test_a_siblings_part_is_no_whole_of_the_next_share(knowledge, text):
    _not_fired(knowledge, text, SHARE)


# ---------------------------------------------------------------- a count of units and the lot each holds


@pytest.mark.parametrize(
    "text",
    [
        "푸름시 풋살\n\n대회에는 30개 팀이 나왔다. 예선은 6개 조에 5개 팀씩 나눠 모두 60경기를 치렀다.",
        "아람군 족구\n\n대회에는 30개 팀이 나왔다. 예선은 10개 조에 3개 팀씩 나뉘어 모두 30경기가 열렸다.",
        "시나브로시 농구\n\n대회에는 20개 팀이 나왔다. 예선은 4개 조에 5개 팀씩 편성돼 모두 40경기를 치렀다.",
        "예그리나군 배구\n\n대회에는 36개 팀이 나왔다. 예선은 9개 조에 4개 팀씩 나뉘어 모두 54경기를 치렀다.",
        "푸름군 하키\n\n대회에는 24개 팀이 나왔다. 리그는 3개 조에 8개 팀씩 나눠 모두 84경기를 치렀다.",
    ],
)
def test_units_and_the_lot_each_holds_are_no_parts_of_a_sum(knowledge, text):
    _not_fired(knowledge, text, SUM)


def test_a_list_closed_by_its_total_still_checked_ko(knowledge):
    text = "아람군 대회\n\n대회에는 대학부 10개 팀, 일반부 16개 팀, 혼성부 4개 팀으로 모두 {total}개 팀이 출전했다."
    _checked(knowledge, text.format(total=30), SUM, fires=False)
    _checked(knowledge, text.format(total=40), SUM, fires=True)


# ---------------------------------------------------------------- an average per one unit and per a day


@pytest.mark.parametrize(
    "text",
    [
        "푸름시 테니스대회\n\n대회는 사흘 동안 열렸다. 코트 8면에서 모두 240경기가"
        " 열려 코트 한 면에서 하루 10경기꼴이다.",
        "아람군 배드민턴\n\n대회는 이틀 동안 열렸다. 코트 10면에서 모두 300경기가 치러져 코트 한 면에서 하루"
        " 15경기꼴이다.",
        "시나브로시 탁구\n\n대회는 나흘 동안 열렸다. 탁구대 20대에서 모두 800경기가 열려 탁구대 한 대에서 하루"
        " 10경기꼴이다.",
        "예그리나군 족구\n\n대회는 이틀 동안 열렸다. 구장 4면에서 모두 96경기가 치러져 구장 한 면에서 하루 12경기씩"
        " 열렸다.",
        "푸름군 씨름\n\n대회는 사흘 동안 열렸다. 모래판 3곳에서 모두 180경기가"
        " 열려 모래판 한 곳에서 하루 20경기꼴이다.",
    ],
)
def test_an_average_per_one_unit_and_a_day_is_no_average_of_the_days_alone(knowledge, text):
    _not_fired(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- prices listed by class


@pytest.mark.parametrize(
    "text",
    [
        "푸름시 박물관\n\n지난해 관람객은 어른 2만 명과 어린이 1만 명이었다. 관람료는 어른 5천 원, 어린이 2천 원으로"
        " 관람료 수입은 1억2천만 원이었다.",
        "아람군 수목원\n\n지난해 입장객은 어른 4만 명과 학생 2만 명이었다. 입장료는 어른 4천 원, 학생 2천 원으로"
        " 입장료 수입은 2억 원이었다.",
        "시나브로시 수영장\n\n지난해 이용객은 어른 5만 명과 어린이 3만 명이었다. 이용료는 어른 6천 원, 어린이 3천"
        " 원으로 이용료 수입은 3억9천만 원이었다.",
        "예그리나군 동굴\n\n지난해 관람객은 어른 6만 명과 학생 2만 명이었다. 관람료는 어른 3천 원, 학생 1천 원으로"
        " 관람료 수입은 2억 원이었다.",
        "푸름군 썰매장\n\n지난겨울 이용객은 어른 1만 명과 어린이 2만 명이었다. 이용료는 어른 8천 원, 어린이 5천"
        " 원으로 이용료 수입은 1억8천만 원이었다.",
    ],
)
def test_prices_listed_by_class_make_no_one_price_of_the_total(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- one thing's size in parentheses

_PLANTED = "{place}\n\n{place}은 강변에 꽃밭을 새로 꾸몄다고 3일 밝혔다.\n\n{body}"


@pytest.mark.parametrize(
    ("place", "body", "fires"),
    [
        (
            "푸름군",
            "꽃밭은 3만㎡로 2년 전 2만㎡에서 1.5배로 넓어졌다. 축구장(7천140㎡) 네 개 남짓한 넓이다. 군은 ㎡당"
            " 5포기씩 모두 15만 포기를 심었다.",
            False,
        ),
        (
            "아람군",
            "꽃밭은 2만㎡로 지난해 1만㎡에서 두 배로 넓어졌다. 야구장(1만3천㎡) 한 개 반 넓이다. 군은 ㎡당 3포기씩"
            " 모두 6만 포기를 심었다.",
            False,
        ),
        (
            "시나브로군",
            "꽃밭은 5만㎡로 3년 전 4만㎡보다 넓어졌다. 축구장(7천140㎡) 일곱 개 넓이다. 군은 ㎡당 2포기씩 모두 10만"
            " 포기를 심었다.",
            False,
        ),
        (
            "예그리나군",
            "꽃밭은 4만㎡다. 운동장(5천㎡) 여덟 개 넓이로, 군은 ㎡당 6포기씩 모두 24만 포기를 심었다.",
            False,
        ),
        (
            "푸름군",
            "꽃밭은 6만㎡로 지난해 5만㎡에서 넓어졌다. 축구장(7천140㎡) 여덟 개 남짓이다. 군은 ㎡당 4포기씩 모두 30만"
            " 포기를 심었다.",
            True,
        ),
    ],
)
def test_a_size_in_parentheses_is_no_units_of_a_figure_per_one(knowledge, place, body, fires):
    _checked(knowledge, _PLANTED.format(place=place, body=body), PER_UNIT, fires=fires)
