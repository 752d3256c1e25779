"""Growth rates stated apart (sixteenth session), each a rule for a construction:
- a second change of a level measured from another base, in a sentence that states only the base and the change
  (`매출은 지난해(…)보다 12% 늘었다. 직전 분기(…)보다는 5% 줄었다`): the level of the change before;
- a prior that borrows the metric of the sentence before (one metric only) is never measured against a level naming
  another metric;
- a metric the sentence names only after the change does not choose the change's level (`sold 24,800 moves, up 7.8%
  from 23,000, and average revenue per move was …`);
- a sentence opening with the figure compared with (`Compared with the second quarter, when … was $224.00, it fell
  6.25%`, `Against the second quarter's €200.0 million, orders fell 10%`): the one level of its unit stated before;
- pence written against the digits (`6.3p`) in an article that names the pound;
- months later, right after the second of two months (`due in October 2027, … in April 2029, 18 months later`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import change_links, claims
from test_frames import assert_checked, assert_not_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ a second change of the same level, from another base (F301)

SECOND_BASE_KO = (
    "가구업체 한빛리빙은 올해 3분기 매출 2,400억원, 영업이익 180억원을 기록했다. 영업이익은 지난해 3분기 "
    "90억원의 두 배였다.\n\n매출은 지난해 3분기(2,000억원)보다 20.0% 늘었다. 직전 분기(2,500억원)보다는 {rate} "
    "줄었다."
)


def test_a_second_change_from_another_base_is_of_the_level_of_the_change_before(knowledge):
    assert _links(SECOND_BASE_KO.format(rate="4.0%"), knowledge)["4.0%"] == ("2,400억원", "2,500억원", -1)


def test_a_second_change_from_another_base_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, SECOND_BASE_KO.format(rate="4.0%"), "F301", fires=False)
    assert_checked(knowledge, SECOND_BASE_KO.format(rate="14.0%"), "F301", fires=True)


def test_a_level_in_another_unit_is_not_the_second_changes(knowledge):
    text = (
        "한빛리빙은 올해 3분기 매트리스 6만개를 팔았다.\n\n판매량은 지난해 3분기(5만개)보다 20% 늘었다. "
        "직전 분기(2,500억원)보다는 4.0% 줄었다."
    )
    assert _links(text, knowledge)["4.0%"][0] != "6만개"


# ------------------------------------------------ a borrowed metric keeps another metric's level away (F301)


def test_a_prior_of_a_borrowed_metric_is_not_measured_against_another_metrics_level(knowledge):
    # the operating profit of a year before is dated right for the prior's next period, but it is not sales
    text = (
        "한빛리빙의 영업이익은 지난해 3분기 90억원이었다.\n\n매출은 1년 전(2,100억원)보다 14% 늘었다. "
        "직전 분기(2,500억원)보다는 4.0% 줄었다."
    )
    assert _links(text, knowledge).get("4.0%", (None,))[0] != "90억원"


def test_a_sentence_with_a_subject_of_its_own_is_no_second_change_of_the_level_before(knowledge):
    text = (
        "품목별로는 밀가루가 620만톤, 설탕이 470만톤이었다. 밀가루는 1년 전 740만톤에서 16.2% 줄었다. "
        "반면 설탕은 지난해 상반기 420만톤보다 11.9% 늘었다."
    )
    assert _links(text, knowledge)["11.9%"][0] != "620만톤"


# ------------------------------------------------ a metric named only after the change (F301)

LATER_METRIC = (
    "Ostrow Removals completed 24,800 moves in the half, up {rate} from 23,000, and average revenue per move was "
    "£1,240."
)


def test_a_metric_named_only_after_the_change_does_not_choose_its_level(knowledge):
    assert _links(LATER_METRIC.format(rate="7.8%"), knowledge)["7.8%"] == ("24,800 moves", "23,000", 1)
    assert_checked(knowledge, LATER_METRIC.format(rate="7.8%"), "F301", fires=False)
    assert_checked(knowledge, LATER_METRIC.format(rate="17.8%"), "F301", fires=True)


def test_a_metric_named_before_the_change_still_chooses_its_level(knowledge):
    text = "Ostrow Removals moved 5,200 tonnes, and revenue rose 12% to £8m."
    assert _links(text, knowledge)["12%"][0] == "£8m"


# ------------------------------------------------ a sentence opening with the figure compared with (F301)

OPENING_WHEN = (
    "Harrow Inns said revenue per room rose 5.0% to $210.00 in the third quarter from $200.00 a year earlier. "
    "Occupancy was 71%. Compared with the second quarter, when revenue per room was $224.00, it fell {rate}, as "
    "conference bookings slowed."
)
OPENING_POSSESSIVE = (
    "Vantor Tools said orders rose 20.0% to €180.0 million in the third quarter from €150.0 million a year earlier.\n\n"
    "Against the second quarter's €200.0 million, orders fell {rate}, the usual summer lull."
)


def test_an_opening_when_clause_states_the_figure_compared_with(knowledge):
    assert _links(OPENING_WHEN.format(rate="6.25%"), knowledge)["6.25%"] == ("$210.00", "$224.00", -1)
    assert_checked(knowledge, OPENING_WHEN.format(rate="6.25%"), "F301", fires=False)
    assert_checked(knowledge, OPENING_WHEN.format(rate="16.25%"), "F301", fires=True)


def test_an_opening_possessive_states_the_figure_compared_with(knowledge):
    assert _links(OPENING_POSSESSIVE.format(rate="10%"), knowledge)["10%"] == ("€180.0 million", "€200.0 million", -1)
    assert_checked(knowledge, OPENING_POSSESSIVE.format(rate="10%"), "F301", fires=False)
    assert_checked(knowledge, OPENING_POSSESSIVE.format(rate="20%"), "F301", fires=True)


def test_an_opening_comparison_takes_no_level_of_another_unit(knowledge):
    text = (
        "Vantor Tools shipped 4,000 machines in the third quarter.\n\n"
        "Against the second quarter's €200.0 million, orders fell 10%, the usual summer lull."
    )
    assert _links(text, knowledge)["10%"][0] != "4,000 machines"


def test_a_figure_compared_with_in_the_middle_of_the_sentence_is_no_opening(knowledge):
    text = (
        "Vantor Tools said orders rose 20.0% to €180.0 million from €150.0 million a year earlier. "
        "Exports were €90.0 million, against the second quarter's €100.0 million, and fell 10%."
    )
    assert _links(text, knowledge)["10%"][0] != "€180.0 million"


# ------------------------------------------------ pence written against the digits (`5.2p`)

PENCE = "Profit was £8.1m. The interim dividend is 6.3p a share, up from 5.0p, a rise of {rate}."


def test_pence_written_against_the_digits_are_amounts(knowledge):
    assert _links(PENCE.format(rate="26%"), knowledge)["26%"] == ("6.3p", "5.0p", 1)
    assert_checked(knowledge, PENCE.format(rate="26%"), "F301", fires=False)
    assert_checked(knowledge, PENCE.format(rate="36%"), "F301", fires=True)


def test_a_p_after_a_space_is_no_pence(knowledge):
    found = change_links("The picture is 1080 p and sales rose 4%.", knowledge)
    assert "1080 p" not in str(found)


def test_a_p_against_the_digits_is_no_pence_where_no_pound_is_named(knowledge):
    found = claims("코스피는 전날보다 41.27p(1.12%) 내린 3644.18에 마감했다.", knowledge).claims
    assert not any(c.unit == "GBP" for c in found)
    found = claims("The index fell 41.27p to 3,644.18.", knowledge).claims
    assert not any(c.unit == "GBP" for c in found)


# ------------------------------------------------ months later, after the second of two months (F406)

MONTHS_LATER_EN = (
    "The first of the 24 ferries is due in October 2027, with the last delivered in April 2029, {months} months later."
)


@pytest.mark.parametrize("months,fires", [("18", False), ("28", True)])
def test_months_later_after_two_months(knowledge, months, fires):
    assert_checked(knowledge, MONTHS_LATER_EN.format(months=months), "F406", fires)


def test_months_later_after_a_begun_and_a_finishing_month(knowledge):
    text = "The refit, begun in May 2025, would finish in February 2027, {months} months later."
    assert_checked(knowledge, text.format(months="21"), "F406", False)
    assert_checked(knowledge, text.format(months="12"), "F406", True)


def test_days_later_after_two_months_are_not_read(knowledge):
    text = "The refit, begun in May 2025, would finish in February 2027, 30 days later."
    assert_not_checked(knowledge, text, "F406")
