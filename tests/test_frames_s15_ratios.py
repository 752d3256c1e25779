"""Multiples, margins and averages over a time span stated apart from their figures (fifteenth session), each a
rule for a construction:
- a multiple whose figures were stated sentences before, named by its sentence's subject and by the noun or the
  figure joined to it by a genitive (`관람객 규모는 개막 행사(8만명)의 1.5배`, `기념품 매출은 입장료 수입의 3배`);
- a multiple and a percentage change of one figure from two different figures are not one change stated twice;
- an average per day, month or year of a total stated over a span (`나흘간 … 하루 평균`, `over the six days, an
  average of … a day`) or over the total's own period (`지난해 … 하루 평균`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked


def _multiple_links(text, knowledge):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    # (keyed by the number: `3배를 넘었다` is read as `3배` with its bound)
    return {
        c.text.split()[0].split("를")[0]: (by_id.get(c.change_of), by_id.get(c.compared_to))
        for c in found
        if c.kind == "multiple"
    }


# ------------------------------------------------ a multiple of figures stated before (F304)

SUBJECT_BEFORE = (
    "솔바람 음악축제, 관람객 15만명 모아\n\n"
    "솔바람 음악축제가 닷새 동안 관람객 15만명을 모았다고 주최 측이 밝혔다. 공연은 모두 36회 열렸다.\n\n"
    "무대 설치에는 14억원이 들었다. 올해 관람객 규모는 2019년 개막 행사(6만명)의 {multiple} 수준이다."
)


def test_the_subjects_figure_stated_before_is_multiplied(knowledge):
    links = _multiple_links(SUBJECT_BEFORE.format(multiple="2.5배"), knowledge)
    assert links["2.5배"] == ("15만명", "6만명")


def test_a_multiple_of_the_subjects_figure_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, SUBJECT_BEFORE.format(multiple="2.5배"), "F304", fires=False)
    assert_checked(knowledge, SUBJECT_BEFORE.format(multiple="4배"), "F304", fires=True)


def test_a_subject_naming_two_values_before_is_not_linked(knowledge):
    """`관람객` names 15만명 and 9만명: which one is multiplied is not said."""
    text = (
        "솔바람 음악축제가 닷새 동안 관람객 15만명을 모았다. 지난해 관람객 9만명보다 많다.\n\n"
        "올해 관람객 규모는 2019년 개막 행사(6만명)의 2.5배 수준이다."
    )
    assert _multiple_links(text, knowledge)["2.5배"][1] != "6만명"


BOTH_NAMED = (
    "올해 박람회 기념품 매출은 96억원으로 집계됐다. 지난해보다 늘었다.\n\n"
    "입장료 수입은 31억원이었다. 기념품 매출은 입장료 수입의 {multiple} 넘었다."
)


def test_both_figures_named_by_nouns_before(knowledge):
    links = _multiple_links(BOTH_NAMED.format(multiple="3배를"), knowledge)
    assert links["3배"] == ("96억원", "31억원")


def test_a_multiple_of_two_named_figures_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, BOTH_NAMED.format(multiple="3배를"), "F304", fires=False)
    assert_checked(knowledge, BOTH_NAMED.format(multiple="5배를"), "F304", fires=True)


def test_the_narrowing_word_of_the_subject_names_its_figure(knowledge):
    """`온라인 판매액은`: `온라인` names the part (40억원); `판매액` names the whole (70억원)."""
    text = (
        "올해 판매액은 70억원이었다. 유통 경로별로는 온라인이 40억원, 매장은 8억원이었다. 온라인 판매액은 매장의 5배다."
    )
    links = _multiple_links(text, knowledge)
    assert links["5배"] == ("40억원", "8억원")
    assert_checked(knowledge, text, "F304", fires=False)


def test_a_rate_stated_as_a_level_is_multiplied(knowledge):
    text = (
        "드라마 '푸른 언덕'이 막을 내렸다.\n\n시청률은 18.6%로 자체 최고였다. 마지막 회 시청률은 첫 회(6.2%)의 {m}였다."
    )
    assert _multiple_links(text.format(m="3배"), knowledge)["3배"] == ("18.6%", "6.2%")
    assert_checked(knowledge, text.format(m="3배"), "F304", fires=False)
    assert_checked(knowledge, text.format(m="5배"), "F304", fires=True)


def test_a_head_noun_narrowed_by_another_word_names_another_figure(knowledge):
    """`복구 비용은`: `피해 비용은 80억원` is another quantity of the same noun."""
    text = "태풍 피해 비용은 80억원으로 집계됐다. 복구 비용은 지난해 태풍(20억원)의 2배다."
    assert _multiple_links(text, knowledge)["2배"] != ("80억원", "20억원")


def test_a_noun_naming_no_figure_before_links_nothing(knowledge):
    """`운영비` names no figure: the multiple is not of the budget stated before."""
    text = "입장료 수입은 31억원이었다. 기념품 매출은 96억원이다.\n\n기념품 매출은 운영비의 3배를 넘었다."
    assert_not_checked(knowledge, text, "F304")


def test_a_multiple_and_a_rise_from_another_figure_are_not_compared(knowledge):
    """`96억원, 지난해보다 20% 증가` and `입장료 수입의 3배`: two changes of one figure from two figures."""
    text = (
        "올해 박람회 기념품 매출은 96억원으로 지난해(80억원)보다 20% 늘었다.\n\n"
        "입장료 수입은 31억원이었다. 기념품 매출은 입장료 수입의 3배를 넘었다."
    )
    assert_not_checked(knowledge, text, "F310")


# ------------------------------------------------ an average over a span (F312)

KO_DAYS = "한울시는 지난달 나흘간 열린 '별빛축제'에 관람객 36만명이 다녀갔다고 밝혔다. 하루 평균 {avg}꼴이다."


def _per_period(text, knowledge):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return {c.text: (by_id.get(c.per_period_of), c.periods) for c in found if c.per_period_of}


def test_a_daily_average_over_days_written_in_words(knowledge):
    assert _per_period(KO_DAYS.format(avg="9만명"), knowledge) == {"36만명": ("9만명", 4.0)}
    assert_checked(knowledge, KO_DAYS.format(avg="9만명"), "F312", fires=False)
    assert_checked(knowledge, KO_DAYS.format(avg="12만명"), "F312", fires=True)


def test_a_monthly_average_over_the_remaining_months(knowledge):
    text = "1~10월 판매액은 3,400억원이었다. 남은 두 달 동안 600억원을 더 팔아야 한다. 한 달 평균 {avg}꼴이다."
    assert_checked(knowledge, text.format(avg="300억원"), "F312", fires=False)
    assert_checked(knowledge, text.format(avg="200억원"), "F312", fires=True)


def test_a_daily_average_over_the_totals_year(knowledge):
    text = "한결대교를 지난 차량은 지난해 1,095만대로 집계됐다. 하루 평균으로 치면 {avg}꼴이다."
    assert_checked(knowledge, text.format(avg="3만대"), "F312", fires=False)
    assert_checked(knowledge, text.format(avg="5만대"), "F312", fires=True)


def test_an_average_of_another_span_links_nothing(knowledge):
    """`나흘간` and `일주일 내내`... two spans of days: which one the average is over is not said."""
    text = "축제는 나흘간 열렸고 부대 행사는 6일간 이어졌다. 관람객 36만명이 찾았다. 하루 평균 9만명꼴이다."
    assert "36만명" not in _per_period(text, knowledge)


def test_an_average_with_no_mark_is_not_an_average_over_the_span(knowledge):
    text = "한울시는 나흘간 열린 '별빛축제'에 관람객 36만명이 다녀갔다고 밝혔다. 첫날에는 9만명이 몰렸다."
    assert "36만명" not in _per_period(text, knowledge)


EN_DAYS = (
    "Attendance at the Brackenford county show rose to 84,000 over the six days of the event.\n\n"
    "That is an average of {avg} visitors a day."
)


def test_an_english_daily_average_over_the_days(knowledge):
    assert _per_period(EN_DAYS.format(avg="14,000"), knowledge) == {"84,000": ("14,000 visitors", 6.0)}
    assert_checked(knowledge, EN_DAYS.format(avg="14,000"), "F312", fires=False)
    assert_checked(knowledge, EN_DAYS.format(avg="19,000"), "F312", fires=True)


def test_an_english_figure_a_day_with_no_average_mark_links_nothing(knowledge):
    text = "The county show drew 84,000 over the six days of the event. The car park took 14,000 cars a day."
    assert "84,000" not in _per_period(text, knowledge)


def test_a_daily_average_that_is_part_of_a_stock_links_nothing(knowledge):
    """`병상은 모두 900개로, 이 가운데 하루 평균 700개`: the beds are a stock, the average a part of it."""
    text = (
        "세움병원의 올해 상반기 병상가동률은 77.8%였다. 허가 병상은 모두 900개로, 이 가운데 하루 평균 700개가 "
        "환자로 채워졌다. 별관은 120개 병상 중 하루 평균 100개를 운영했다."
    )
    assert _per_period(text, knowledge) == {}


# ------------------------------------------------ `N times as many` closing its clause (F304)

AS_MANY = (
    "On a quiet weekday the Larchmont museum sees about 900 visitors, but the free Sunday in March brought "
    "4,100, {multiple} as many."
)


def test_a_multiple_as_many_is_of_the_figure_before_in_its_sentence(knowledge):
    links = _multiple_links(AS_MANY.format(multiple="more than four times"), knowledge)
    assert links["more"] == ("4,100", "about 900 visitors")
    assert_checked(knowledge, AS_MANY.format(multiple="more than four times"), "F304", fires=False)
    assert_checked(knowledge, AS_MANY.format(multiple="seven times"), "F304", fires=True)


def test_a_multiple_as_many_as_a_figure_after_is_not_of_the_one_before(knowledge):
    text = (
        "On a quiet weekday the Larchmont museum sees about 900 visitors, but the free Sunday brought 4,100, "
        "almost four times as many as the 1,050 of its opening day."
    )
    assert _multiple_links(text, knowledge)["almost"][1] != "about 900 visitors"


def test_a_multiple_as_much_in_a_clause_of_its_own_is_not_of_the_figure_before(knowledge):
    text = (
        "The winner of the Ashcombe open took $900,000. Players who lost in the first round took home $9,000 "
        "— the champion earned 100 times as much."
    )
    assert_not_checked(knowledge, text, "F304")


# ------------------------------------------------ a level over a compared figure is no change (F301)


def test_a_level_over_a_compared_figure_with_no_level_found_is_no_change(knowledge):
    """`한 주 전(5,000원)과 비교하면 80% 수준`: not a rise of the gap stated before it."""
    text = (
        "무 한 개 소매가격은 평균 4,000원이었다. 평년 가격 3,800원보다도 200원 높다. "
        "한 주 전(5,000원)과 비교하면 80% 수준이다."
    )
    assert_not_checked(knowledge, text, "F301")
