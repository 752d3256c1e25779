"""False alarms on copy never seen (forty-sixth session, lane `fa`): readings that built a relation of figures that
are not its members, closed where the relation is built; the right relation still read where the copy states it.

- A count whose counter is joined to its number by a hyphen (`three laps of a 1.2-mile course, 3.6 miles in total`)
  is the size of one thing, like such a measure, no part of a list's total (checker/link/totals.py).
- A sum spent, then the fund it is paid from with an article before the fund's figure (`cost £18,000, paid for from a
  £30,000 grant`, `[link.pool_paid_from]`), is a part and its pool: a rest after them (`the remaining £12,000`)
  completes the pool, not the part (checker/link/totals.py).
- A measure written as the size of one unit (`4kg 한 상자에`, `a 4kg box`: `[link.unit_size_then_one]`,
  `[link.unit_size_one_before]`) is no amount a price per its unit values (checker/link/unit_prices.py).
- A level restated per one unit right after it (`2만6천 원으로 ㎏당 6천500원꼴`, `£26, or about £6.50 a kilo`:
  `[link.restated_per_unit_joins]`) is no level of its own: a change of the sentence compared with a prior stated per
  no unit is of the level (checker/link/relations.py); so is a change in the next sentence (`목표는 720톤으로 ha당
  7.5톤꼴이다. 지난해 600톤보다 …`): it is of the level the restated figure restates.
- A Korean fraction after a figure compared with `보다` and before a word of size (`320원보다 4분의 1 가량 높은`,
  `52만 원보다 5분의 1 싼`) is the size of a change, as a rate is, its sign the word's (checker/link/roles.py,
  checker/link/signed_comparisons.py); a fraction before `보다` (`전체의 4분의 1보다 많은`) is none.
- `달마다`, `날마다`, `주마다` before a figure state it per a period (`[link.per_month_before]` …): a rate, no level a
  change of the next sentence is of.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

GROWTH, SUM, PER_UNIT = ("F301", "F302", "F317")


# ---------------------------------------------------------------- a hyphened count is one thing's size


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury fun run\n\nRunners complete four laps of a 2.5-mile loop, 10 miles in all, passing the mill each"
        " time.",
        "Thornvale walk\n\nWalkers cover two circuits of a 6-mile trail, 12 miles in total, with tea at the halfway"
        " barn.",
        "Kilbride relay\n\nThe relay has eight legs of a 3-mile route, 24 miles in all, run through the night.",
        "Ashbury swim\n\nSwimmers do 16 lengths of a 25-yard pool, 400 yards in total, before the awards.",
        "Thornvale cycle\n\nRiders go round five times on a 12-mile circuit, 60 miles in all, closing the lanes.",
    ],
)
def test_laps_of_a_hyphened_course_are_no_parts_of_the_distance(knowledge, text):
    _not_fired(knowledge, text, SUM)


@pytest.mark.parametrize(("second", "fires"), [("2 miles", False), ("3 miles", True)])
def test_a_list_of_distances_still_checked_against_its_total(knowledge, second, fires):
    text = (
        "Thornvale trail\n\nThe new trail runs 4 miles through the woods and {second} along the river, 6 miles in all,"
        " the council said."
    )
    _checked(knowledge, text.format(second=second), SUM, fires=fires)


# ---------------------------------------------------------------- a sum paid from a fund, then the rest of the fund


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury library\n\nThe new van cost £18,000, paid for from a £30,000 grant; the remaining £12,000 went on"
        " staff.",
        "Thornvale pool\n\nThe club spent £8,000 out of its £20,000 budget on a new boiler, and the remaining £12,000"
        " will pay for tiles.",
        "Kilbride hall\n\nThe roof cost $45,000, funded from a $60,000 bequest. The remaining $15,000 will repaint the"
        " hall.",
        "Ashbury park\n\nThe play area cost £26,000, met from the £40,000 the trust gave; the remaining £14,000 goes"
        " on benches.",
        "Thornvale choir\n\nThe tour cost $7,500, drawn from a $10,000 fund, and the remaining $2,500 bought new"
        " robes.",
    ],
)
def test_a_sum_paid_from_a_fund_and_the_rest_of_it_make_up_the_fund(knowledge, text):
    _checked(knowledge, text, SUM, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury library\n\nThe new van cost £18,000, paid for from a £30,000 grant; the remaining £14,000 went on"
        " staff.",
        "Thornvale pool\n\nThe club spent £8,000 out of its £20,000 budget on a new boiler, and the remaining £9,000"
        " will pay for tiles.",
        "Thornvale choir\n\nThe tour cost $7,500, drawn from a $10,000 fund, and the remaining $3,500 bought new"
        " robes.",
    ],
)
def test_a_rest_that_does_not_complete_the_fund_fires(knowledge, text):
    _checked(knowledge, text, SUM, fires=True)


# ---------------------------------------------------------------- the size of one box is no amount sold


@pytest.mark.parametrize(
    "text",
    [
        "한빛군 감귤 출하\n\n한빛군 감귤 농가들이 올겨울 900톤을 출하한다. 도매가격은 10kg 한 상자에 3만 원으로 ㎏당"
        " 3천 원꼴이다. 모두 이 값에 팔리면 판매액은 27억 원에 이른다.",
        "새터군 사과 출하\n\n새터군 사과 농가들은 올가을 500톤을 낸다. 값은 5㎏짜리 한 상자에 2만 원으로 ㎏당 4천"
        " 원꼴이다. 모두 이 값에 팔리면 판매액은 20억 원이다.",
        "들녘군 고구마\n\n들녘군은 올해 고구마 400톤을 거둔다. 시세는 10kg들이 상자 하나에 2만5천 원으로 ㎏당 2천500원"
        "꼴이다. 모두 팔리면 판매액은 10억 원이다.",
        "Ashbury apples\n\nOrchards in the valley expect to pick 800 tonnes this autumn. A 4kg box is fetching £10,"
        " about £2.50 a kg, so the whole crop would be worth £2m at that price.",
        "Thornvale plums\n\nGrowers expect 300 tonnes this summer. Plums sell at £12 per 5kg tray, or £2.40 a kg,"
        " putting the crop's value at £720,000 at that price.",
    ],
)
def test_the_size_of_one_box_is_no_amount_a_price_per_kilo_values(knowledge, text):
    _not_fired(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(("total", "fires"), [("27억 원", False), ("36억 원", True)])
def test_the_crop_valued_at_the_price_per_kilo_still_checked(knowledge, total, fires):
    text = (
        "한빛군 감귤 출하\n\n한빛군 감귤 농가들이 올겨울 900톤을 출하한다. 도매가격은 10kg 한 상자에 3만 원으로 ㎏당"
        " 3천 원꼴이다. 모두 이 값에 팔리면 판매액은 {total}에 이른다."
    )
    _checked(knowledge, text.format(total=total), PER_UNIT, fires=fires)


# ---------------------------------------------------------------- a level restated per one unit, then its change


@pytest.mark.parametrize(
    "text",
    [
        "한빛군 감귤\n\n도매가격은 10kg 한 상자에 3만6천 원으로 ㎏당 3천600원꼴이며, 지난해 같은 때 2만4천 원보다 50%"
        " 높다.",
        "새터군 사과\n\n값은 5㎏ 한 상자에 2만 원으로 ㎏당 4천 원꼴이며 지난해 1만6천 원보다 25% 올랐다.",
        "들녘군 고구마\n\n시세는 한 상자에 2만4천 원, ㎏당 2천400원으로 지난해 2만 원보다 20% 비싸다.",
        "Ashbury apples\n\nA box of apples fetched £26, or about £6.50 a kilo, up 30% on last year's £20.",
        "Thornvale plums\n\nA tray now sells for £12, or £2.40 a kilo, up 20% from £10 a year ago.",
    ],
)
def test_a_change_of_a_level_restated_per_unit_is_of_the_level(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "한빛군 감귤\n\n도매가격은 10kg 한 상자에 3만6천 원으로 ㎏당 3천600원꼴이며, 지난해 같은 때 2만4천 원보다 20%"
        " 높다.",
        "Ashbury apples\n\nA box of apples fetched £26, or about £6.50 a kilo, up 50% on last year's £20.",
    ],
)
def test_a_wrong_change_of_the_level_still_fires(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=True)


def test_a_change_of_a_price_per_unit_with_a_prior_per_unit_is_of_the_price(knowledge):
    text = (
        "한빛군 감귤\n\n도매가격은 10kg 한 상자에 3만6천 원으로 ㎏당 3천600원꼴이며, 지난해 ㎏당 2천400원보다 {rate}"
        " 높다."
    )
    _checked(knowledge, text.format(rate="50%"), GROWTH, fires=False)
    _checked(knowledge, text.format(rate="20%"), GROWTH, fires=True)


# ---------------------------------------------------------------- a level restated per unit, its change a sentence on


@pytest.mark.parametrize(
    ("rate", "fires"),
    [("20%", False), ("5분의 1", False), ("40%", True)],
)
def test_a_change_a_sentence_after_a_level_restated_per_hectare_is_of_the_level(knowledge, rate, fires):
    text = (
        "한빛군 미나리\n\n올겨울 출하 목표는 960톤으로 ha당 8톤꼴이다. 지난겨울 출하량 800톤보다 160톤, {rate} 많은"
        " 양이다."
    )
    _checked(knowledge, text.format(rate=rate), GROWTH, fires=fires)


@pytest.mark.parametrize(
    "text",
    [
        "새터군 레몬\n\n올해 수확 목표는 450톤으로 농가 한 곳당 15톤꼴이다. 지난해 수확량 360톤보다 25% 많다.",
        "들녘군 배\n\n올해 출하량은 1천200톤으로 ha당 24톤꼴이다. 지난해 1천 톤보다 20% 늘었다.",
        "Ashbury barley\n\nThe harvest came to 9,600 tonnes, or 8 tonnes a hectare. That was 20 per cent more than last"
        " year's 8,000 tonnes.",
    ],
)
def test_a_change_after_a_level_restated_per_unit_holds(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=False)


# ---------------------------------------------------------------- a Korean fraction compared with a figure


@pytest.mark.parametrize(
    "text",
    [
        "해솔 향\n\n수출가는 500원으로 국내 도매가 400원보다 4분의 1 가량 높은 값이다.",
        "노을군 레몬\n\n올해 출하량은 450톤이다. 지난해 출하량 360톤보다 90톤, 4분의 1 많은 양이다.",
        "가온 메추리알\n\n수출가는 한 판 3만2천 원으로 국내 납품가 2만4천 원보다 3분의 1 비싸다.",
        "다솜 우엉\n\n올해 수확량은 1천600톤으로 지난해 2천 톤보다 5분의 1 적다.",
        "소리내 대금\n\n올해 값은 한 자루 48만 원으로 지난해 60만 원보다 5분의 1 가량 싼 값이다.",
    ],
)
def test_a_korean_fraction_compared_with_a_figure_is_a_change(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=False)


@pytest.mark.parametrize(
    "text",
    [
        "해솔 향\n\n수출가는 600원으로 국내 도매가 400원보다 4분의 1 가량 높은 값이다.",
        "다솜 우엉\n\n올해 수확량은 1천200톤으로 지난해 2천400톤보다 5분의 1 적다.",
        "노을군 레몬\n\n올해 출하량은 540톤이다. 지난해 출하량 360톤보다 180톤, 4분의 1 많은 양이다.",
    ],
)
def test_a_wrong_korean_fraction_change_fires(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        "가온 축제\n\n전체 관람객 1천200명 가운데 4분의 1보다 많은 400명이 외지인이었다.",
        "새터군 학교\n\n학생 900명 가운데 3분의 1이 넘는 320명이 버스로 다닌다.",
        "들녘군 농가\n\n농가 240곳의 4분의 1인 60곳이 지난해보다 많은 값을 받았다.",
    ],
)
def test_a_korean_fraction_of_a_whole_is_no_change(knowledge, text):
    _not_fired(knowledge, text, GROWTH)


# ---------------------------------------------------------------- a rate per a month is no level of a change


@pytest.mark.parametrize(
    "text",
    [
        "맑은내군 미나리\n\n올겨울 출하량은 600톤이다. 출하는 다섯 달 동안 이어져 달마다 120톤꼴이 나간다. 지난겨울"
        " 500톤보다 100톤, 5분의 1 많은 양이다.",
        "새터 축제\n\n올해 관람객은 4만2천 명이다. 축제 일주일 동안 날마다 6천 명꼴이 찾았다. 지난해 3만5천 명보다"
        " 20% 늘었다.",
        "들녘 장터\n\n올해 장터 매출은 12억 원이다. 넉 달 동안 달마다 3억 원꼴을 벌었다. 지난해 10억 원보다 20% 많다.",
    ],
)
def test_a_change_after_a_rate_per_month_is_of_the_level_before(knowledge, text):
    _checked(knowledge, text, GROWTH, fires=False)
