"""Korean constructions linked across sentences: a level stated as a percentage of the figure it is compared
with, and more (session 10).

Every sentence is written for this test: invented places, companies and figures.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# --- a level as a percentage of the figure it is compared with (`Y와 비교하면 R% 수준`) -------------------------

_VISITORS = (
    "올해 2분기 누리섬을 찾은 관광객은 330만명으로 집계됐다. 1년 전(290만명)보다 13.8% 늘었다. "
    "2019년 2분기(400만명)와 비교하면 {rate} 수준까지 회복했다."
)
_FLIGHTS = "6월 국내선 여객은 265만명으로 집계됐다. 2019년 6월(250만명)과 비교한 회복률은 {rate}였다."


def test_a_level_as_a_percentage_of_the_figure_compared(knowledge):
    found = {c.text: c for c in claims(_VISITORS.format(rate="82.5%"), knowledge).claims}
    rate = found["82.5% 수준"]
    assert (rate.share_part, rate.share_whole) == (found["330만명"].id, found["400만명"].id)
    assert_checked(knowledge, _VISITORS.format(rate="82.5%"), "F503", fires=False)
    assert_checked(knowledge, _VISITORS.format(rate="72.5%"), "F503", fires=True)


def test_a_recovery_rate_over_a_hundred(knowledge):
    assert_checked(knowledge, _FLIGHTS.format(rate="106.0%"), "F503", fires=False)
    assert_checked(knowledge, _FLIGHTS.format(rate="96.0%"), "F503", fires=True)
    assert_not_checked(knowledge, _FLIGHTS.format(rate="106.0%"), "F504")  # the rate says the part is larger


def test_a_change_after_the_figure_compared_is_no_ratio(knowledge):
    text = "6월 국내선 여객은 265만명으로 집계됐다. 2019년 6월(250만명)과 비교하면 6.0% 늘었다."
    assert_not_checked(knowledge, text, "F503")


# --- points said of the rate of a change by its noun (`…(4.0%) 늘어난 것으로, 증가율은 Y(3.1%)보다 Z%포인트`) -----

_BUDGET = (
    "누리시는 내년 예산을 52조원으로 편성했다. 올해 예산 50조원보다 2조원(4.0%) 늘어난 것으로, "
    "증가율은 지난해 편성 때(3.1%)보다 {points} 높다."
)


def test_points_of_the_rate_of_a_change_named_by_its_noun(knowledge):
    found = {c.text: c for c in claims(_BUDGET.format(points="0.9%포인트"), knowledge).claims}
    assert (found["0.9%포인트"].change_of, found["0.9%포인트"].compared_to) == (found["4.0%"].id, found["3.1%"].id)
    assert_checked(knowledge, _BUDGET.format(points="0.9%포인트"), "F308", fires=False)
    assert_checked(knowledge, _BUDGET.format(points="1.9%포인트"), "F308", fires=True)


def test_points_after_a_share_noun_are_not_of_the_change(knowledge):
    text = (
        "누리시는 내년 예산을 52조원으로 편성했다. 올해 예산 50조원보다 2조원(4.0%) 늘어난 것으로, "
        "복지 비중은 지난해 편성 때(3.1%)보다 0.9%포인트 높다."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["0.9%포인트"].change_of != found["4.0%"].id


# --- a change whose sentence's topic is a time (`앞서 4월에는 3월 말 Y에서 Z 줄었다`): of that period's figure ------

_RESERVES = (
    "누리국의 5월 말 외환보유액은 2천52억3천만달러로 4월 말(2천51억8천만달러)보다 5천만달러 늘었다. "
    "외환보유액이 늘어난 것은 3개월 만이다. 앞서 4월에는 3월 말 2천61억1천만달러에서 {change} 줄어든 바 있다."
)


def test_a_change_of_the_period_its_sentence_opens_on(knowledge):
    found = {c.text: c for c in claims(_RESERVES.format(change="9억3천만달러"), knowledge).claims}
    assert found["9억3천만달러"].change_of == found["2천51억8천만달러"].id
    assert_checked(knowledge, _RESERVES.format(change="9억3천만달러"), "F305", fires=False)
    assert_checked(knowledge, _RESERVES.format(change="19억3천만달러"), "F305", fires=True)


def test_a_time_that_is_no_topic_names_no_level(knowledge):
    text = _RESERVES.format(change="9억3천만달러").replace("앞서 4월에는 3월 말", "앞서 3월 말")
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["9억3천만달러"].change_of != found["2천51억8천만달러"].id


# --- a figure beyond another by a rate (`예상치 5조원을 10% 웃돌았다`): a change, not a bound ------------------------

_BEAT = "누리전자의 2분기 매출은 5조5천억원으로 시장 예상치 5조원을 {rate} 웃돌았다."
_MISS = "누리전자의 2분기 영업이익 9천억원은 시장 전망치 1조2천억원을 {rate} 밑돈 수준이다."


def test_a_figure_exceeding_another_by_a_rate(knowledge):
    found = {c.text: c for c in claims(_BEAT.format(rate="10%"), knowledge).claims}
    rate = found["10%"]
    assert rate.qualifier is None and (rate.change_of, rate.compared_to) == (found["5조5천억원"].id, found["5조원"].id)
    assert_checked(knowledge, _BEAT.format(rate="10%"), "F301", fires=False)
    assert_checked(knowledge, _BEAT.format(rate="30%"), "F301", fires=True)


def test_a_figure_falling_short_of_another_by_a_rate(knowledge):
    assert_checked(knowledge, _MISS.format(rate="25%"), "F301", fires=False)
    assert_checked(knowledge, _MISS.format(rate="35%"), "F301", fires=True)


def test_a_rate_with_its_particle_stays_a_bound(knowledge):
    text = "누리시의 물가 상승률은 3.5%로 목표치인 2%를 웃돌았다."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["2%를 웃돌"].qualifier == "over"


# --- a season's average after a total over seasons (`6시즌 동안 홈런 132개 … 시즌 평균 22개`) ----------------------

_SEASONS = (
    "2020년 누리 타이거스에 입단한 강민호는 올해까지 6시즌 동안 통산 홈런 {total}를 기록했다. "
    "시즌 평균 22개의 홈런을 친 셈이다."
)


def test_a_season_average_of_a_total_over_seasons(knowledge):
    assert_checked(knowledge, _SEASONS.format(total="132개"), "F312", fires=False)
    assert_checked(knowledge, _SEASONS.format(total="152개"), "F312", fires=True)


def test_a_season_named_by_its_year_is_no_term(knowledge):
    text = "2019시즌 뒤 누리 타이거스와 계약한 강민호는 홈런 132개를 쳤다. 시즌 평균 22개의 홈런을 친 셈이다."
    assert_not_checked(knowledge, text, "F312")
