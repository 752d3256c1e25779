"""Changes (fifteenth session), each a rule for a construction:
- a second rate coordinated with a first and measured `from` a figure of its own (`up 4.1% from $X in the second
  quarter and 19.3% from $Y a year earlier`, `… but down 6.2% from Y`);
- the earlier figure set in brackets after the time it is of (`17% more than at the same point last year
  (55,400)`);
- a change's size written right before its rate (`지난해(2,310명)보다 430명, 18.6% 늘어난`) and the gap to another
  figure compared with (`평년 …보다도 …원 높다`) are no level of the change's own sentence: the level is the sentence
  before's;
- a count per day is never the level of a change from a prior stated as no rate.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import change_links
from test_frames import assert_checked


def _links(text, knowledge):
    return change_links(text, knowledge, direction=True)


# ------------------------------------------------ a second rate measured from its own figure (F301)

COORDINATED = (
    "Velden Foods said quarterly sales rose to $318.2 million, up 4.1% from $305.7 million in the second quarter "
    "and {rate} from $266.7 million a year earlier."
)


def test_a_coordinated_rate_from_its_own_figure_is_a_change_of_the_same_value(knowledge):
    assert _links(COORDINATED.format(rate="19.3%"), knowledge)["19.3%"] == ("$318.2 million", "$266.7 million", 1)


def test_a_coordinated_rate_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, COORDINATED.format(rate="19.3%"), "F301", fires=False)
    assert_checked(knowledge, COORDINATED.format(rate="29.3%"), "F301", fires=True)


BUT_DOWN = (
    "Orrin Paper shipped 412,300 tonnes in the quarter, up 3.1% from 399,900 tonnes in the previous quarter "
    "but down {rate} from 439,600 tonnes a year earlier."
)


def test_a_coordinated_rate_after_but_takes_its_own_direction(knowledge):
    assert _links(BUT_DOWN.format(rate="6.2%"), knowledge)["6.2%"] == ("412,300 tonnes", "439,600 tonnes", -1)
    assert_checked(knowledge, BUT_DOWN.format(rate="6.2%"), "F301", fires=False)
    assert_checked(knowledge, BUT_DOWN.format(rate="9.2%"), "F301", fires=True)


def test_a_share_from_a_source_named_by_no_figure_stays_a_share(knowledge):
    text = (
        "Velden Foods said quarterly sales rose to $318.2 million, up 4.1% from $305.7 million in the second "
        "quarter and 19% from exports to Asia."
    )
    assert "19%" not in _links(text, knowledge)


# ------------------------------------------------ the earlier figure in brackets after its time (F301)

BRACKETED = (
    "The Lyric Hall has sold 64,800 tickets for its winter show, {rate} more than at the same point last year "
    "({prior})."
)


def test_a_bracketed_figure_after_the_time_is_the_prior(knowledge):
    assert _links(BRACKETED.format(rate="17%", prior="55,400"), knowledge)["17%"] == ("64,800 tickets", "55,400", 1)
    assert_checked(knowledge, BRACKETED.format(rate="17%", prior="55,400"), "F301", fires=False)
    assert_checked(knowledge, BRACKETED.format(rate="27%", prior="55,400"), "F301", fires=True)


def test_a_bracketed_figure_of_another_unit_is_no_prior(knowledge):
    text = BRACKETED.format(rate="17%", prior="$2.1 million")
    assert _links(text, knowledge)["17%"][1] is None


# ------------------------------------------------ a change's size and a gap are no level (F301)

SIZE_BESIDE = (
    "한솔군은 올해 관내 14개 농가에 외국인 근로자 2,740명을 배치했다고 3일 밝혔다. "
    "지난해(2,310명)보다 430명, {rate} 늘어난 규모다. 제도를 처음 도입한 2019년(212명)의 13배 수준이다."
)


def test_a_size_written_before_the_rate_leaves_the_level_to_the_sentence_before(knowledge):
    assert _links(SIZE_BESIDE.format(rate="18.6%"), knowledge)["18.6%"][:2] == ("2,740명", "2,310명")
    assert_checked(knowledge, SIZE_BESIDE.format(rate="18.6%"), "F301", fires=False)
    assert_checked(knowledge, SIZE_BESIDE.format(rate="28.6%"), "F301", fires=True)


def test_a_level_of_the_sentence_itself_keeps_its_change_in_the_sentence(knowledge):
    """`지난해(…)보다 늘어난 …명`: a level of the prior's unit that is no size beside the rate keeps the change."""
    text = "한솔군은 올해 관내 14개 농가에 근로자를 배치했다. 지난해(2,310명)보다 18.6% 늘어난 2,740명이다."
    assert _links(text, knowledge)["18.6%"][:2] == ("2,740명", "2,310명")


GAP_BESIDE = (
    "배 한 상자 소매가격은 평균 3만2,400원으로 1주일 전(3만4,100원)보다 5.0% 내렸다. "
    "다만 1년 전(2만8,900원)과 비교하면 {rate} 비싸고, 평년 2만9,500원보다도 2,900원 높다."
)


def test_a_gap_to_a_figure_compared_with_is_no_level(knowledge):
    assert _links(GAP_BESIDE.format(rate="12.1%"), knowledge)["12.1%"][:2] == ("3만2,400원", "2만8,900원")
    assert_checked(knowledge, GAP_BESIDE.format(rate="12.1%"), "F301", fires=False)
    assert_checked(knowledge, GAP_BESIDE.format(rate="22.1%"), "F301", fires=True)


# ------------------------------------------------ a count per day is no level (F301)


def test_a_count_per_day_is_never_the_level_of_a_change_from_a_total(knowledge):
    text = (
        "시립 스케이트장 두 곳에 올겨울 8만4천명이 다녀갔다. 12월 1일부터 2월 8일까지 70일간 문을 열어 하루 평균 "
        "1,200명이 찾은 셈이다.\n\n이용객은 지난해(7만3천명)보다 1만1천명, 15.1% 늘었다."
    )
    assert _links(text, knowledge)["15.1%"][0] != "1,200명"
