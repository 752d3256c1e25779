"""Per-unit and ratio relations (thirty-eighth session, lane `ratio`): constructions of a total, a count and a figure
per unit that recur across the development folders, each read where an existing reading already looks.

- A Korean figure per one unit in the lead, said to be an average (`꼴`), restating the total its own clause states
  right before it over the one count of the unit its paragraph states before it (`호미 N자루를 팔았다. 매출은 M달러로
  한 자루에 K달러꼴이다`); or, with no total in its sentence, over the count and total the sentence right before
  states together, a sentence counting one thing only (checker/link/per_unit_ko.py).
- A Korean total joined to its count's clause by a connective ending (`농가 120곳이 참여했고, 재배 면적은 960㏊였다`) is
  the total one of the unit as a subject restates, when it is the one amount of its kind in the paragraph (per_unit_ko).
- A figure given out per a day to each (`한 대가 하루 500t씩, 모두 하루 3만2천t`) with the product per that day too,
  a comma before the total's mark kept in the clause (per_unit_ko).
- English takings after a price each: `, or` and `for` (`at £6 apiece, or £14,400`), and a price with no mark right
  after a count and `at`, read only before words taking the units' value (`1,300 passes at $390, bringing in`); a
  sentence setting two counts each at its own price reads each in its own stretch; a price each of a count paid
  (`46 stallholders, each paying £70`), with no period named after it (checker/link/unit_prices.py).
- A total's sentence pointing back to a period (`이 기간`, `during that period`) takes the one span of the average's
  unit the sentence right before writes (checker/link/span_averages.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

PER_UNIT, PER_PERIOD = "F317", "F312"

# ---------------------------------------------------------------- a Korean lead's figure per unit

_LEAD_SALES = (
    "갈매공방 나무 국자, 캐나다서 {n}개 팔려\n\n"
    "강원 갈매의 '갈매공방'이 올해 1~6월 캐나다 주방용품 가게 '메이플키친'에 나무 국자 {n}개를 팔았다고 9일 "
    "밝혔다. 매출은 27만 캐나다달러로 한 개에 {each}캐나다달러꼴이다.\n\n"
    "공방은 하반기에 주걱과 도마도 보낼 계획이다.\n"
)


@pytest.mark.parametrize("each,fires", [("30", False), ("40", True)])
def test_a_lead_figure_per_unit_restating_its_clause_total(knowledge, each, fires):
    assert_checked(knowledge, _LEAD_SALES.format(n="9천", each=each), PER_UNIT, fires)


def test_a_lead_figure_per_unit_takes_no_count_of_two_values(knowledge):
    text = (
        "갈매공방 나무 국자 수출\n\n"
        "갈매공방은 나무 국자 9천 개를 만들어 이 가운데 6천 개를 캐나다로 보냈다고 9일 밝혔다. 매출은 27만 "
        "캐나다달러로 한 개에 30캐나다달러꼴이다.\n\n공방은 하반기에 주걱도 보낸다.\n"
    )
    assert_not_checked(knowledge, text, PER_UNIT)


_LEAD_TOGETHER = (
    "들빛군 찾아가는 빨래방 인기\n\n"
    "들빛군은 '찾아가는 빨래방'이 올해 상반기 마을 56곳에서 어르신 {n}명의 이불을 빨았다고 4일 밝혔다. "
    "마을 한 곳에서 {each}명꼴이 이용한 셈이다.\n\n군은 하반기에 세탁차를 한 대 더 들인다.\n"
)


@pytest.mark.parametrize("each,fires", [("30", False), ("45", True)])
def test_a_lead_figure_per_unit_over_the_count_and_total_stated_together_before(knowledge, each, fires):
    assert_checked(knowledge, _LEAD_TOGETHER.format(n="1천680", each=each), PER_UNIT, fires)


def test_a_lead_figure_per_unit_with_another_amount_in_its_sentence_links_nothing(knowledge):
    text = _LEAD_TOGETHER.replace("마을 한 곳에서 {each}명꼴이", "주민 200명이 도왔고 마을 한 곳에서 {each}명꼴이")
    assert_not_checked(knowledge, text.format(n="1천680", each="30"), PER_UNIT)


# ---------------------------------------------------------------- a total joined by a connective ending

_JOINED = (
    "한들군 밀 계약재배 늘어\n\n한들군은 올해 밀 계약재배가 크게 늘었다고 5일 밝혔다.\n\n"
    "{before}올해 계약재배에는 농가 90곳이 참여했고, 재배 면적은 630㏊였다. 농가 한 곳이 평균 {each}㏊를 지은 셈이다.\n"
)


@pytest.mark.parametrize("each,fires", [("7", False), ("9", True)])
def test_one_unit_as_subject_takes_a_total_joined_by_a_connective_ending(knowledge, each, fires):
    assert_checked(knowledge, _JOINED.format(before="", each=each), PER_UNIT, fires)


def test_a_joined_total_with_another_amount_of_its_kind_before_it_links_nothing(knowledge):
    text = _JOINED.format(before="지난해 면적은 540㏊였다. ", each="7")
    assert_not_checked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- per a day on both sides

_PUMPS = (
    "보람군, 가뭄에 양수기 투입\n\n보람군은 저수지 물이 줄어 논에 물을 대려고 대책을 세웠다고 6일 밝혔다.\n"
    "군은 양수기 48대를 하천 곳곳에 세웠다.\n양수기 한 대가 하루 {each}t씩, 모두 {day}2만4천t을 퍼 올린다.\n"
)


@pytest.mark.parametrize("each,fires", [("500", False), ("700", True)])
def test_given_out_per_a_day_to_each_with_the_product_per_that_day(knowledge, each, fires):
    assert_checked(knowledge, _PUMPS.format(each=each, day="하루 "), PER_UNIT, fires)


def test_given_out_per_a_day_with_a_product_of_no_day_links_nothing(knowledge):
    assert_not_checked(knowledge, _PUMPS.format(each="500", day=""), PER_UNIT)


# ---------------------------------------------------------------- English takings after a price

_MUGS = "Pottery sale\n\nThe Brackwater pottery also sold 2,400 mugs at £6 apiece, {tail}\n"


@pytest.mark.parametrize(
    "tail,fires",
    [("or £14,400.", False), ("or £19,400.", True), ("for £14,400 in all.", False), ("for £19,400 in all.", True)],
)
def test_or_and_for_after_a_price_each_close_the_units_takings(knowledge, tail, fires):
    assert_checked(knowledge, _MUGS.format(tail=tail), PER_UNIT, fires)


def test_or_after_a_price_each_with_another_item_after_the_total_links_nothing(knowledge):
    assert_not_checked(knowledge, _MUGS.format(tail="or £20 for a boxed set of four."), PER_UNIT)


_PASSES = "Lido passes\n\nThe Fenmouth lido sold 1,300 season passes at $390, {tail}\n"


@pytest.mark.parametrize("total,fires", [("$507,000", False), ("$607,000", True)])
def test_a_price_after_a_count_and_at_before_takings_words(knowledge, total, fires):
    assert_checked(knowledge, _PASSES.format(tail=f"bringing in {total}."), PER_UNIT, fires)


def test_a_price_after_a_count_and_at_with_no_takings_words_links_nothing(knowledge):
    assert_not_checked(knowledge, _PASSES.format(tail="and its cafe made $507,000."), PER_UNIT)


_TWO_LOTS = (
    "Slate order\n\nThe order is split between 1,500 slate coasters at €8 each, worth €12,000, and 600 candle "
    "holders at €45 each, worth {second}.\n"
)


@pytest.mark.parametrize("second,fires", [("€27,000", False), ("€37,000", True)])
def test_two_counts_each_at_its_own_price_in_one_sentence(knowledge, second, fires):
    assert_checked(knowledge, _TWO_LOTS.format(second=second), PER_UNIT, fires)


# ---------------------------------------------------------------- a period pointed back to

_KAYAKS = (
    "나래호 카약 대여장 운영 마쳐\n\n"
    "나래호 카약 대여장이 6월 1일부터 9월 8일까지 100일 동안의 운영을 마쳤다고 나래시가 11일 밝혔다. "
    "이 기간 이용객은 1만4천 명으로 하루 {each}명꼴이다.\n\n시는 내년에 카약을 더 들인다.\n"
)


@pytest.mark.parametrize("each,fires", [("140", False), ("180", True)])
def test_this_period_takes_the_span_of_the_sentence_before(knowledge, each, fires):
    assert_checked(knowledge, _KAYAKS.format(each=each), PER_PERIOD, fires)


def test_this_period_with_two_spans_before_links_nothing(knowledge):
    text = _KAYAKS.replace("100일 동안의 운영을", "100일 동안 운영하며 30일 동안 강습을 열어 운영을")
    assert_not_checked(knowledge, text.format(each="140"), PER_PERIOD)


# ---------------------------------------------------------------- `N nouns, each paying $P`

_STALLS = "Craft fair\n\nThe Wendle craft fair had 46 stallholders, each paying £70 for a pitch, {tail}\n"


@pytest.mark.parametrize("total,fires", [("£3,220", False), ("£4,220", True)])
def test_a_price_each_of_the_count_paid(knowledge, total, fires):
    assert_checked(knowledge, _STALLS.format(tail=f"which brought in {total}."), PER_UNIT, fires)


def test_a_price_each_paid_with_a_period_after_it_links_nothing(knowledge):
    text = _STALLS.format(tail="which brought in £3,220 a month.").replace("£70 for a pitch", "£70 a week for a pitch")
    assert_not_checked(knowledge, text, PER_UNIT)
