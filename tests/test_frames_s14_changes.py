"""Changes, differences and sums (fourteenth session), each a rule for a construction:
- parts listed, then each part's change in a sentence of its own that states its prior: the part whose label the
  change's clause names (its subject particle aside), in the sentence before or further back in the paragraph;
- a count per day beside the level is no level of the change in the next sentence;
- a change whose metric is named after a level of no such metric is not a change of that level;
- a change in points named by a verb that says which way is better (`개선`, `improved`) moved the way the rates did;
- `from $X a month to $Y`: two levels of a change, not an amount per period and its total.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import change_links, claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ listed parts, then each one's change (F301)

LISTED_THEN_CHANGES = (
    "품목별로는 밀가루가 520만톤으로 가장 많았고 설탕 380만톤, 소금 210만톤, 옥수수 140만톤 순이었다. "
    "밀가루는 수요 부진으로 1년 전 600만톤에서 {first} 줄었다. "
    "반면 설탕 수송은 지난해 상반기 350만톤보다 {second} 늘었다."
)


_links = change_links


def test_the_first_listed_part_is_named_with_another_particle(knowledge):
    """`밀가루가 520만톤 … 밀가루는 …에서 13.3% 줄었다`: before, the last listed figure (옥수수) was the level."""
    links = _links(LISTED_THEN_CHANGES.format(first="13.3%", second="8.6%"), knowledge)
    assert links["13.3%"] == ("520만톤", "600만톤")


def test_a_part_listed_two_sentences_back_is_the_level_of_its_change(knowledge):
    links = _links(LISTED_THEN_CHANGES.format(first="13.3%", second="8.6%"), knowledge)
    assert links["8.6%"] == ("380만톤", "350만톤")


def test_the_listed_parts_changes_hold_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, LISTED_THEN_CHANGES.format(first="13.3%", second="8.6%"), "F301", fires=False)
    assert_checked(knowledge, LISTED_THEN_CHANGES.format(first="13.3%", second="18.6%"), "F301", fires=True)


def test_a_change_naming_no_listed_label_is_not_linked_far_back(knowledge):
    """The change's clause names none of the listed labels: no figure two sentences back is its level."""
    text = (
        "품목별로는 밀가루가 520만톤으로 가장 많았고 설탕 380만톤, 소금 210만톤 순이었다. "
        "밀가루는 1년 전 600만톤에서 13.3% 줄었다. 반면 수입 물량은 지난해 상반기 350만톤보다 8.6% 늘었다."
    )
    assert _links(text, knowledge)["8.6%"][0] is None


# ------------------------------------------------ a count per day is no level (F301)

PER_DAY_BESIDE = (
    "한빛대학교병원 외래센터를 찾은 환자는 지난해 7만3,000명으로 하루 평균 200명꼴이었다. "
    "2024년 6만5,000명보다 {rate} 늘었다."
)


def test_a_change_from_a_yearly_prior_is_of_the_level_not_the_count_per_day(knowledge):
    """Before, the change was measured on the 200 a day (a fall of 99.7% reported against the stated rise)."""
    assert_checked(knowledge, PER_DAY_BESIDE.format(rate="12.3%"), "F301", fires=False)
    assert_checked(knowledge, PER_DAY_BESIDE.format(rate="22.3%"), "F301", fires=True)


def test_a_change_of_the_count_per_day_is_still_read(knowledge):
    text = "외래센터의 하루 평균 환자는 지난해 200명이었다. 2024년 하루 평균 180명보다 {rate} 늘었다."
    assert_checked(knowledge, text.format(rate="11.1%"), "F301", fires=False)


# ------------------------------------------------ the change's metric named after a level (F301)

HEADLINE_METRIC_AFTER = (
    "청운광업, 지난해 규사 480만톤 채굴…영업이익 12% 늘어\n\n"
    "규사 광산업체 청운광업은 지난해 규사 480만톤을 캐 전년(450만톤)보다 생산량을 6.7% 늘렸다고 12일 밝혔다.\n\n"
    "매출은 960억원이었다. 영업이익은 140억원으로 전년 125억원보다 15억원 늘었다."
)


def test_a_change_of_a_metric_named_after_a_tonnage_is_not_of_the_tonnage(knowledge):
    """`480만톤 채굴…영업이익 12% 늘어`: before, the profit's 12% was read as a change of the tonnage (a false
    F301 against the body's prior tonnage)."""
    links = _links(HEADLINE_METRIC_AFTER, knowledge)
    assert links["12%"][0] != "480만톤"
    assert_checked(knowledge, HEADLINE_METRIC_AFTER, "F301", fires=False)


def test_an_english_change_of_a_metric_named_after_a_count_is_not_of_the_count(knowledge):
    text = "Orvane sold 5,200 tonnes of ore last year, and operating profit rose 12%."
    assert _links(text, knowledge)["12%"][0] != "5,200 tonnes"


def test_a_level_named_by_the_metric_before_the_change_keeps_its_change(knowledge):
    text = "한빛물산은 지난해 140억원의 영업이익을 올려 전년 125억원보다 {rate} 늘었다."
    assert _links(text.format(rate="12%"), knowledge)["12%"][0] == "140억원"
    assert_checked(knowledge, text.format(rate="12%"), "F301", fires=False)
    assert_checked(knowledge, text.format(rate="22%"), "F301", fires=True)


# ------------------------------------------------ improved / worsened: the way the rates moved (F308)

IMPROVED_KO = (
    "1~8월 지급한 보험금은 250억원으로 같은 기간 경과보험료 400억원의 62.5%였다. "
    "지난해 같은 기간 손해율은 70.1%로, {pp} 개선됐다."
)
IMPROVED_EN = (
    "Claims paid came to $250m, 62.5% of earned premiums. The loss ratio a year earlier was 70.1%, "
    "so it improved by {pp} percentage points."
)


def test_a_loss_ratio_improving_in_points_is_a_fall(knowledge):
    """Before, `개선` read as a rise: 62.5% against 70.1% was reported as −7.6 points, not +7.6."""
    assert_checked(knowledge, IMPROVED_KO.format(pp="7.6%포인트"), "F308", fires=False)
    assert_checked(knowledge, IMPROVED_EN.format(pp="7.6"), "F308", fires=False)


def test_a_wrong_size_of_an_improvement_fires(knowledge):
    assert_checked(knowledge, IMPROVED_KO.format(pp="9.6%포인트"), "F308", fires=True)
    assert_checked(knowledge, IMPROVED_EN.format(pp="9.6"), "F308", fires=True)


def test_a_rise_verb_keeps_its_sign(knowledge):
    """`상승했다` says which way the rate moved: a rise against two rates that fell still fires."""
    text = "올해 손해율은 62.5%로, 지난해 같은 기간 70.1%보다 7.6%포인트 {verb}."
    assert_checked(knowledge, text.format(verb="상승했다"), "F308", fires=True)
    assert_checked(knowledge, text.format(verb="개선됐다"), "F308", fires=False)


# ------------------------------------------------ from X a month to Y: no amount per period and its total (F312)

BILL_RAISED = (
    "Red Valley Water raises charges for first time in four years\n\n"
    "The board of Red Valley Water voted on Monday to raise charges from May 1, lifting the average household bill "
    "from $52.20 a month to $55.70."
)


def test_a_monthly_bill_raised_to_a_new_level_is_no_total_over_a_term(knowledge):
    """Before, $55.70 was read as $52.20 a month over the headline's four years (a false F312)."""
    assert_not_checked(knowledge, BILL_RAISED, "F312")


def test_a_monthly_amount_and_its_total_over_a_term_are_still_linked(knowledge):
    text = "The lease runs four years at $5,000 a month, {total} in all."
    found = {c.text: c for c in claims(text.format(total="$240,000"), knowledge).claims}
    assert found["$240,000"].per_period_of == found["$5,000"].id


def test_a_level_naming_its_own_metric_keeps_its_change_past_a_per_unit_word(knowledge):
    """`a dividend of 14.6 cents a share, up 17%`: `share` names a metric after the level, which names its own."""
    text = "The board declared a final dividend of 14.6 cents a share, up {rate} per cent from 12.5 cents."
    assert_checked(knowledge, text.format(rate="17"), "F301", fires=False)
    assert_checked(knowledge, text.format(rate="27"), "F301", fires=True)


# ------------------------------------------------ `lifting X from A to B. That is C more, an increase of R.`

RAISED_THEN_GAP = (
    "The board voted on Monday to raise charges, lifting the average household bill from $52.20 a month to $55.70. "
    "That is {gap} more, an increase of {rate}."
)


def test_a_level_moved_by_a_transitive_verb_starts_from_the_figure_after_from(knowledge):
    found = {c.text: c for c in claims(RAISED_THEN_GAP.format(gap="$3.50", rate="6.7%"), knowledge).claims}
    assert found["$52.20"].role == "baseline"


def test_a_gap_in_the_next_sentence_is_the_difference_of_the_two_levels(knowledge):
    """Before, `$3.50 more` was read as a level and the 6.7% as its change."""
    assert_checked(knowledge, RAISED_THEN_GAP.format(gap="$3.50", rate="6.7%"), "F305", fires=False)
    assert_checked(knowledge, RAISED_THEN_GAP.format(gap="$5.50", rate="6.7%"), "F305", fires=True)


def test_the_rate_beside_the_gap_is_measured_from_the_figure_moved_from(knowledge):
    assert_checked(knowledge, RAISED_THEN_GAP.format(gap="$3.50", rate="6.7%"), "F301", fires=False)
    assert_checked(knowledge, RAISED_THEN_GAP.format(gap="$3.50", rate="9.7%"), "F301", fires=True)


def test_a_rate_in_the_next_sentence_takes_the_figure_moved_from(knowledge):
    text = "The average bill rose from $52.20 to $55.70. That is an increase of {rate}."
    assert_checked(knowledge, text.format(rate="6.7%"), "F301", fires=False)
    assert_checked(knowledge, text.format(rate="9.7%"), "F301", fires=True)


def test_a_gap_after_a_sentence_of_a_level_without_its_prior_is_not_linked(knowledge):
    """Two levels of one sentence that are no move (`$52.20 and $55.70`): the gap of the next sentence is not theirs."""
    text = "Homes paid $52.20 a month and shops paid $55.70. That is $3.50 more than last year."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$3.50"].change_of is None


# ------------------------------------------------ a rate beside a level, its prior stated where the level is restated

RESTATED_LEVEL = (
    "* Earnings per share: EUR1.24 ({rate})\n"
    "* Says profit improved by 9.8% to EUR61.5\nmillion (2015: EUR56.0 million), taking earnings per share from\n"
    "EUR1.12 to EUR1.24\n"
)


def test_a_rate_beside_a_level_is_measured_from_where_the_restated_level_moved_from(knowledge):
    assert_checked(knowledge, RESTATED_LEVEL.format(rate="+10.7%"), "F301", fires=False)
    assert_checked(knowledge, RESTATED_LEVEL.format(rate="+20.7%"), "F301", fires=True)


def test_a_restated_level_of_another_value_lends_no_prior(knowledge):
    text = (
        "* Earnings per share: EUR1.24 (+10.7%)\n"
        "* Says profit improved by 9.8% to EUR61.5\nmillion (2015: EUR56.0 million), taking earnings per share from\n"
        "EUR1.12 to EUR1.26\n"
    )
    rate = next(c for c in claims(text, knowledge).claims if "10.7%" in c.text)
    assert rate.role == "change" and rate.compared_to is None


# ------------------------------------------------ breakdowns a paragraph after their whole (F302)

SPLIT_BY_NOUN = (
    "올해 상반기 참가자는 21만명으로 1년 전(19만명)보다 10.5% 증가했다.\n\n"
    "프로그램 유형별로는 체험형이 {first}, 휴식형이 6만명이었다."
)
SPLIT_BY_DIVIDING = (
    "2025 시즌 프로농구 관중이 48만명으로 집계됐다. 지난 시즌 44만명보다 4만명 늘었다.\n\n"
    "남녀부로 나누면 남자부가 {first}, 여자부가 18만명을 모았다."
)


def test_a_breakdown_mark_after_the_noun_it_breaks_down(knowledge):
    """`프로그램 유형별로는`: before, only a mark opening the sentence made a breakdown."""
    assert_checked(knowledge, SPLIT_BY_NOUN.format(first="15만명"), "F302", fires=False)
    assert_checked(knowledge, SPLIT_BY_NOUN.format(first="25만명"), "F302", fires=True)


def test_a_whole_divided_into_parts(knowledge):
    assert_checked(knowledge, SPLIT_BY_DIVIDING.format(first="30만명"), "F302", fires=False)
    assert_checked(knowledge, SPLIT_BY_DIVIDING.format(first="40만명"), "F302", fires=True)


ACCOUNTED_FOR = (
    "Trout farmer Lakeview Fisk harvested 24,500 tonnes in the third quarter, up 6% from a year earlier.\n\n"
    "Western sites accounted for {first} and Eastern sites for 10,300 tonnes, 42% of the quarter's volume."
)


def test_parts_that_account_for_a_whole_stated_before(knowledge):
    assert_checked(knowledge, ACCOUNTED_FOR.format(first="14,200 tonnes"), "F302", fires=False)
    assert_checked(knowledge, ACCOUNTED_FOR.format(first="19,200 tonnes"), "F302", fires=True)


def test_parts_named_without_a_part_verb_are_no_breakdown(knowledge):
    text = (
        "The region's wheat harvest came in at 2.4 million tonnes, down 3%.\n\n"
        "Bread wheat prices fell on 1.5 million tonnes of contracts, and exporters shipped 700,000 tonnes."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------- `a 50-cent rise`: an amount named a change by the noun after it (F305)

NOUN_AFTER_AMOUNT = "The tax rate per $1,000 of assessed value goes to $12.30 from $11.80, a {gap} rise."


def test_an_amount_before_a_change_noun_is_the_gap(knowledge):
    assert_checked(knowledge, NOUN_AFTER_AMOUNT.format(gap="50-cent"), "F305", fires=False)
    assert_checked(knowledge, NOUN_AFTER_AMOUNT.format(gap="90-cent"), "F305", fires=True)


def test_an_amount_before_a_noun_that_is_no_change_stays_a_level(knowledge):
    text = "The tax rate goes to $12.30 from $11.80, a $3 charge on top."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$3"].role == "value"


# ---------------------------------------- a prior marker closing the clause before (`…earlier, after buying 12`)


def test_a_figure_after_the_clause_a_prior_marker_closes_is_no_prior(knowledge):
    text = "The chain now runs 96 gyms, compared with 84 a year earlier, after buying 12 studios from rivals."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["12 studios"].role != "prior"


def test_a_figure_right_after_a_prior_marker_is_still_a_prior(knowledge):
    found = {c.text: c for c in claims("매출은 전년 동기 310억원에서 360억원으로 늘었다.", knowledge).claims}
    assert found["310억원"].role in ("prior", "baseline")
