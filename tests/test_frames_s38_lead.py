"""The lead's constructions of the thirty-eighth session.

A fraction is a rate of change as a percent is: `up a third on 2,460`, with the figure the change is measured from
named after `on`/`from` (checker/link/change_noun_baselines.py). An owner that dates that figure to the period before
(`on last winter's 3,180`, `from the previous season's 410`; `[link.earlier_period_owners]`) may stand between them.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, change_links, claims, document, rule_fires, rule_passes

GROWTH = "F301"
CHANGE_SIZE = "F305"
PER_UNIT = "F317"
ELAPSED = "F406"
SHARE = "F503"
PART_OVER_WHOLE = "F504"


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("The Tarrow ferry carried 3,280 cars, up a third on 2,460 the summer before.", "a third", "2,460"),
        ("The Tarrow ferry carried 3,280 cars, up by a third from 2,460 the summer before.", "a third", "2,460"),
        ("The Tarrow ferry carried 3,280 cars, up a third on last summer's 2,460.", "a third", "2,460"),
        ("Ticket sales at the Kemble rink reached £4,770, up a half on the £3,180 of last winter.", "a half", "£3,180"),
        ("The Tarrow ferry carried 3,280 cars, up 33% on last summer's 2,460.", "33%", "2,460"),
    ],
)
def test_a_fraction_of_change_is_measured_from_the_figure_after_on(knowledge, text, change, baseline):
    links = change_links(text, knowledge)
    assert links[change][1] == baseline
    assert rule_passes(knowledge, text, GROWTH)
    assert GROWTH not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarrow ferry carried 3,280 cars, up a quarter on 2,460 the summer before.",
        "The Tarrow ferry carried 3,280 cars, up a half on last summer's 2,460.",
        "Ticket sales at the Kemble rink reached £4,770, up a third on the £3,180 of last winter.",
    ],
)
def test_a_wrong_fraction_of_change_is_reported(knowledge, text):
    assert rule_fires(knowledge, text, GROWTH)


@pytest.mark.parametrize(
    "text",
    [
        # the owner dates the figure to this period: no figure the change started from
        "The Tarrow ferry carried 3,280 cars, up a third on this summer's 2,460 forecast.",
        # a figure of another unit after `on` is no baseline of a count
        "The Tarrow ferry carried 3,280 cars, up a third on the £2,460 it took last summer.",
    ],
)
def test_no_baseline_of_another_period_or_unit(knowledge, text):
    links = change_links(text, knowledge)
    assert all(prior is None for _of, prior in links.values())
    assert GROWTH not in alarm_rules(knowledge, text)


# A level, then a sentence of rates of it, then its change stated with the figure it started from after a comma
# (`up 2,940, or 23 percent, on last winter's 12,780`): the change is of the level two sentences back.
LEVEL_THEN_RATES = (
    "The Orrin valley food bank handed out {level} parcels over the winter, its coordinator said on Friday.\n\n"
    "The 12 depots were open on 52 days. That meant about 300 parcels on each day they opened, or roughly 25 per"
    " depot.\n\n"
    "Parcels were up {size}, or {rate} percent, on last winter's 12,780."
)


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin food bank handed out 15,720 parcels, up 2,940, or 23 percent, on last winter's 12,780.",
        "The Orrin food bank handed out 15,720 parcels, up 2,940, or 23 percent, from 12,780 last winter.",
        LEVEL_THEN_RATES.format(level="15,720", size="2,940", rate="23"),
    ],
)
def test_a_change_and_its_rate_measured_from_the_figure_after_a_comma(knowledge, text):
    assert rule_passes(knowledge, text, GROWTH)
    assert rule_passes(knowledge, text, CHANGE_SIZE)
    assert not {GROWTH, CHANGE_SIZE} & set(alarm_rules(knowledge, text))


@pytest.mark.parametrize(
    "text,rule",
    [
        ("The Orrin food bank handed out 15,720 parcels, up 2,940, or 33 percent, on last winter's 12,780.", GROWTH),
        (
            "The Orrin food bank handed out 15,720 parcels, up 1,940, or 23 percent, on last winter's 12,780.",
            CHANGE_SIZE,
        ),
        (LEVEL_THEN_RATES.format(level="15,720", size="2,940", rate="33"), GROWTH),
        (LEVEL_THEN_RATES.format(level="15,720", size="1,940", rate="23"), CHANGE_SIZE),
    ],
)
def test_a_wrong_change_measured_from_the_figure_after_a_comma_is_reported(knowledge, text, rule):
    assert rule_fires(knowledge, text, rule)


def test_a_figure_of_another_order_of_size_is_no_level_of_the_change(knowledge):
    # the rate figures of the sentence before (300 a day, 25 a depot) are passed over; the level is not stated
    text = LEVEL_THEN_RATES.format(level="5", size="2,940", rate="23").replace(
        "handed out 5 parcels over the winter", "opened 5 new depots"
    )
    links = change_links(text, knowledge)
    assert links["23 percent"][0] is None
    assert GROWTH not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "올해 2~7월 청풍호 유람선 이용객은 4만 8천 명이었다. 한 달 평균 8천 명꼴이 배를 탄 셈이다.",
        "2~7월 유람선 이용객은 4만 8천 명으로, 한 달 평균 8천 명이 배를 탔다.",
    ],
)
def test_one_month_before_an_average_is_no_length_of_the_range(knowledge, text):
    assert ELAPSED not in alarm_rules(knowledge, text)


def test_a_length_of_the_range_beside_a_monthly_average_is_still_read(knowledge):
    holds = "2~7월 유람선 이용객은 4만 8천 명이었다. 여섯 달 동안 한 달 평균 8천 명꼴이 배를 탄 셈이다."
    assert rule_passes(knowledge, holds, ELAPSED)
    wrong = "2~7월 유람선 이용객은 4만 8천 명이었다. 아홉 달 동안 한 달 평균 8천 명꼴이 배를 탄 셈이다."
    assert rule_fires(knowledge, wrong, ELAPSED, language="ko")


def test_a_rate_per_place_and_per_month_is_no_product_of_the_places_alone(knowledge):
    text = "영월군은 마을회관 48곳에 난방비로 곳당 월 15만 원씩 넉 달 동안 모두 2천880만 원을 준다."
    assert PER_UNIT not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "Six of the rowing club's 11 boats are more than 15 years old; the oldest was built in 1971.",
        "The chapel, built in 1971, is more than 40 years old.",
        "1971년 지은 이 예배당은 40년 넘게 마을을 지켰다.",
    ],
)
def test_a_bound_on_years_is_no_age_from_the_start_year(knowledge, text):
    assert ELAPSED not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text,rule,holds",
    [
        # a rate per a place with no period still makes its product with the places
        ("영월군은 마을회관 48곳에 곳당 15만 원씩 모두 720만 원을 준다.", PER_UNIT, True),
        ("영월군은 마을회관 48곳에 곳당 15만 원씩 모두 820만 원을 준다.", PER_UNIT, False),
        # an age with no bound is still counted from the start year
        ("The chapel, built in 1971, is 53 years old.", ELAPSED, True),
        ("The chapel, built in 1971, is 63 years old.", ELAPSED, False),
        # a share after its part of these (`이 가운데`) is still read, `무대비` no comparison
        ("행사 예산은 4억 원이다. 이 가운데 2억 원은 공연비로 50%를 차지한다.", SHARE, True),
        ("행사 예산은 4억 원이다. 이 가운데 2억 원은 공연비로 25%를 차지한다.", SHARE, False),
        ("행사 예산은 4억 원이다. 이 가운데 2억 원은 무대비로 50%를 차지한다.", SHARE, True),
        ("행사 예산은 4억 원이다. 이 가운데 2억 원은 무대비로 25%를 차지한다.", SHARE, False),
        # a change measured from its own pair is still read
        ("Fare income at the Dunlin depot fell 10% from £2.0m to £1.8m.", GROWTH, True),
        ("Fare income at the Dunlin depot fell 30% from £2.0m to £1.8m.", GROWTH, False),
        # one priced lot and its takings are still read
        ("The Osmer choir sold 260 tote bags at £6 each, raising £1,560.", PER_UNIT, True),
        ("The Osmer choir sold 260 tote bags at £6 each, raising £2,560.", PER_UNIT, False),
    ],
)
def test_the_constructions_beside_the_vetoes_are_still_read(knowledge, text, rule, holds):
    if holds:
        assert rule_passes(knowledge, text, rule)
    else:
        assert rule_fires(knowledge, text, rule, language=document(text).language)


def test_a_figure_per_unit_beside_its_total_is_no_whole_of_a_part(knowledge):
    text = (
        "The Brennan orchard's 520 trees gave 41.6 tonnes of pears, 80kg a tree, of which 10.4 tonnes went for perry."
    )
    assert PART_OVER_WHOLE not in alarm_rules(knowledge, text)
    found = {c.text: c for c in claims(text, knowledge).claims}
    by_id = {c.id: c.text for c in found.values()}
    assert by_id.get(found["10.4 tonnes"].share_whole) == "41.6 tonnes"


def test_a_part_larger_than_its_marked_whole_is_still_reported(knowledge):
    text = "The Brennan orchard gave 41.6 tonnes of pears, of which 50.2 tonnes went for perry."
    assert rule_fires(knowledge, text, PART_OVER_WHOLE)


def test_a_share_right_before_its_own_part_is_not_the_share_of_the_part_before(knowledge):
    text = "행사 예산은 4억 원이다. 이 가운데 절반인 2억 원은 공연비, 25%인 1억 원은 홍보비로 쓴다."
    assert SHARE not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "Fuel costs at the Dunlin depot rose from £2.4m to £2.9m, while fare income fell by a tenth to £1.8m.",
        "Fuel costs at the Dunlin depot rose from £2.4m to £2.9m, a fifth more, while fare income fell 10% to £1.8m.",
    ],
)
def test_a_change_takes_no_prior_that_moved_to_another_level(knowledge, text):
    # (£2.4m is where the fuel costs started; the income's start is not stated)
    assert GROWTH not in alarm_rules(knowledge, text)


def test_an_amount_after_two_priced_lots_is_of_them_both(knowledge):
    # (4,200 + 1,560 = 5,760: the takings of both lots, no product of the last one)
    text = "The Osmer choir sold 700 programmes at £6 each and 260 tote bags at £6, raising £5,760."
    assert PER_UNIT not in alarm_rules(knowledge, text)


def test_a_price_per_a_measure_is_no_total_a_later_price_divides(knowledge):
    # (`㎏당 8천 원` is a price per kilogram, like the `㎏당 7천 원` of the year before: no total of the tonnes)
    text = "이 농원은 블루베리 9톤을 ㎏당 8천 원에 팔아 7천200만 원을 벌었다. 지난해에는 7톤을 ㎏당 7천 원에 팔았다."
    assert PER_UNIT not in alarm_rules(knowledge, text)
