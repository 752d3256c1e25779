"""Sums and differences (eighteenth session), a rule for each construction.

A swing from a loss to a profit named after its figure (checker/link/swings_named_after.py): `turned a net loss of
$1.8m into a profit of $3.5m, a $5.3m turnaround`, `영업이익은 35억원으로, 지난해 18억원 영업손실에서 흑자로
돌아섰다. 1년 새 53억원이 개선됐다.`: the swing is the profit less the negative loss.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import codes, document, findings, passed_spans

PUBLISHED = dt.date(2026, 10, 20)

SWINGS = {
    "ko-next-sentence": (
        "한울식품은 3분기 매출이 900억원으로 집계됐다고 밝혔다. 3분기 영업이익은 35억원으로, 지난해 3분기 "
        "18억원 영업손실에서 흑자로 돌아섰다. 1년 새 {swing}억원이 개선됐다."
    ),
    "ko-loss-after-particle": (
        "한울식품은 3분기 매출이 900억원으로 집계됐다. 영업이익은 35억원으로 흑자로 돌아섰다. 직전 분기에는 "
        "18억원의 영업손실을 냈는데, 한 분기 만에 영업손익이 {swing}억원 개선됐다."
    ),
    "en-noun-after": (
        "Brightvale Foods turned a net loss of $1.8 million into a profit of $3.5 million, a ${swing} million "
        "turnaround."
    ),
}
HOLDS = {"ko-next-sentence": "53", "ko-loss-after-particle": "53", "en-noun-after": "5.3"}
BROKEN = {"ko-next-sentence": "63", "ko-loss-after-particle": "43", "en-noun-after": "4.3"}


@pytest.mark.parametrize("case", list(SWINGS))
def test_a_swing_named_after_its_figure_is_checked(knowledge, case):
    text = SWINGS[case].format(swing=HOLDS[case])
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    spans = passed_spans(text, result, "F305")
    assert any(len(s) == 3 for s in spans), spans
    assert not codes(result)


@pytest.mark.parametrize("case", list(SWINGS))
def test_a_wrong_swing_named_after_its_figure_is_reported(knowledge, case):
    text = SWINGS[case].format(swing=BROKEN[case])
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F305" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        # two profits: an improvement between them is a plain difference, not a swing from a loss
        "Brightvale Foods raised its profit of $1.8 million to $3.5 million, a $1.7 million improvement.",
        # no loss named: an improvement of a profit, left to the rules of changes
        "한울식품의 3분기 영업이익은 35억원으로, 지난해 3분기 18억원에서 17억원이 개선됐다.",
    ],
    ids=["en-two-profits", "ko-two-profits"],
)
def test_a_swing_between_two_profits_is_not_read_as_from_a_loss(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    for spans in passed_spans(text, result, "F305"):
        assert len(spans) < 3 or not any("-" in s for s in spans)
    assert not codes(result)


# A total stated as a sentence's figure, then a sentence that is only the list of its parts
# (checker/link/listed_parts_after_total.py): an open list, so parts that fall short pass and parts that exceed it are
# reported.
LISTS = {
    "next-sentence": "가람치킨의 해외 매장은 40곳이다. 일본 15곳, 대만 {b}곳, 홍콩 12곳으로 세 나라에 퍼져 있다.",
    "subject-labels": (
        "가람서점의 매장 수는 6월 말 기준 250곳이다. 가맹점이 {b}곳, 직영점이 40곳으로 대부분이 가맹점이다."
    ),
    "a-sentence-between": (
        "한빛중공업은 발전기 60기를 1억2천만달러에 수주했다. 기당 200만달러 꼴이다. 육상용이 {b}기, 해상용이 35기다."
    ),
}
LIST_HOLDS = {"next-sentence": "13", "subject-labels": "210", "a-sentence-between": "25"}
LIST_BROKEN = {"next-sentence": "23", "subject-labels": "230", "a-sentence-between": "45"}


@pytest.mark.parametrize("case", list(LISTS))
def test_listed_parts_after_their_total_are_checked(knowledge, case):
    text = LISTS[case].format(b=LIST_HOLDS[case])
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert passed_spans(text, result, "F302"), "the sum is listed as checked"
    assert not codes(result)


@pytest.mark.parametrize("case", list(LISTS))
def test_listed_parts_exceeding_their_total_are_reported(knowledge, case):
    text = LISTS[case].format(b=LIST_BROKEN[case])
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F302" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        # the list sentence names a topic of its own: its figures are not the parts of the total before
        "가람치킨의 해외 매장은 40곳이다. 국내 매장은 서울 35곳, 부산 28곳으로 늘었다.",
        # figures of other periods are no parts of this year's total
        "가람치킨의 올해 해외 매장은 40곳이다. 지난해 35곳, 2024년 28곳으로 꾸준히 늘었다.",
    ],
    ids=["own-topic", "other-periods"],
)
def test_a_list_that_is_not_the_totals_parts_is_not_summed(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert not passed_spans(text, result, "F302")
    assert not codes(result)


# The rest of a whole after one part of it (checker/link/totals.py, `_left_out_and_the_rest`): `남은` names it as
# `나머지` does, and the part may stand two sentences back when the sentence between states no figure of the unit.
RESTS = {
    "ko-left": (
        "가람구가 올해 공원 조성에 배정한 예산 40억원 가운데 지금까지 집행된 돈은 28억원이다. "
        "남은 {r}억원은 연말까지 쓸 계획이다."
    ),
    "en-a-sentence-between": (
        "Growers in the valley picked 30.0 tonnes of pears this season, up from 26.2 tonnes last year. The picking "
        "ran for 61 days. Packers sent 18.5 tonnes abroad, about three fifths of the crop. Export sales reached "
        "$9.2 million. The remaining {r} tonnes went to local shops."
    ),
}
REST_HOLDS = {"ko-left": "12", "en-a-sentence-between": "11.5"}
REST_BROKEN = {"ko-left": "15", "en-a-sentence-between": "8.5"}


@pytest.mark.parametrize("case", list(RESTS))
def test_the_rest_after_a_part_is_summed_with_it(knowledge, case):
    text = RESTS[case].format(r=REST_HOLDS[case])
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert passed_spans(text, result, "F302"), "the sum is listed as checked"
    assert not codes(result)


@pytest.mark.parametrize("case", list(RESTS))
def test_a_wrong_rest_after_a_part_is_reported(knowledge, case):
    text = RESTS[case].format(r=REST_BROKEN[case])
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F302" in codes(result)


def test_a_remaining_period_is_no_rest_of_an_amount(knowledge):
    text = (
        "가람전자의 올해 수출 목표는 5억달러다. 지금까지 3억달러를 팔았다. 남은 두 달 동안 1억달러어치를 더 팔 "
        "계획이다."
    )
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert not codes(result)


# A change in percent restated as the count it adds (checker/link/changes_restated_as_more.py): `up 8.1% from
# 196,700 in 2025, or 15,900 more fans`: the level is the figure of what the noun after `more` counts.
MORE = (
    "The Harbor Hawks drew 212,600 fans this season, an average of 3,127 a game. That was up 8.1% from 196,700 in "
    "2025, or {n} more fans."
)


def test_a_change_restated_as_more_is_checked(knowledge):
    text = MORE.format(n="15,900")
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert any("15,900" in spans and "212,600 fans" in spans for spans in passed_spans(text, result, "F305"))
    assert not codes(result)


def test_a_wrong_change_restated_as_more_is_reported(knowledge):
    text = MORE.format(n="18,900")
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F305" in codes(result)


def test_more_of_what_no_figure_counts_is_no_restated_change(knowledge):
    # `more seats`: no figure before counts seats, so the count is not read as the change of the fans
    text = MORE.format(n="12,000").replace("more fans", "more seats")
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert not any("12,000" in spans for spans in passed_spans(text, result, "F305"))
    assert not codes(result)


# ------------------------------------------------ a loss that improves or narrows is a smaller loss (F305)

LOSS_CHANGES = {
    "ko-improved": "두리제과의 올해 영업손실은 42억원으로, 지난해 57억원 영업손실에서 {size}억원 개선됐다.",
    "ko-narrowed": "두리제과의 올해 영업손실은 42억원으로, 지난해 57억원 영업손실에서 {size}억원 축소됐다.",
    "ko-worsened": "두리제과의 올해 영업손실은 57억원으로, 지난해 42억원 영업손실에서 {size}억원 악화됐다.",
    "en-improved-by": "Pellham Rail's net loss improved by ${size} million to $42 million from $57 million.",
    "en-improvement-of": (
        "Pellham Rail posted an operating loss of $42 million, narrowing from a $57 million loss a year earlier, "
        "an improvement of ${size} million."
    ),
}


@pytest.mark.parametrize("case", list(LOSS_CHANGES))
def test_a_loss_that_improves_by_its_difference_passes(knowledge, case):
    text = LOSS_CHANGES[case].format(size="15")
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert any(len(s) == 3 for s in passed_spans(text, result, "F305")), codes(result)
    assert not codes(result)


@pytest.mark.parametrize("case", list(LOSS_CHANGES))
def test_a_loss_that_improves_by_a_wrong_figure_is_reported(knowledge, case):
    text = LOSS_CHANGES[case].format(size="25")
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F305" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        # a profit that improves is a larger profit: the verb keeps its rise, and a fall said so is wrong
        "두리제과의 올해 영업이익은 42억원으로, 지난해 57억원에서 15억원 개선됐다.",
        "Pellham Rail's net profit improved by $15 million to $42 million from $57 million.",
    ],
)
def test_an_improvement_of_a_profit_is_still_a_rise(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F305" in codes(result)


# ------------------------------------------------ a whole, then its parts named by its own noun (F302)

NAMED_PARTS = {
    "ko": "미래방송의 3분기 매출은 715억원으로 광고 매출 520억원, 수신료 매출 {part}억원이었다.",
    "en": (
        "Fenwick Media said revenue was $71.5 million, with advertising revenue of $52.0 million and licence "
        "revenue of ${part} million."
    ),
}
NAMED_PARTS_HOLD = {"ko": "195", "en": "19.5"}
NAMED_PARTS_BROKEN = {"ko": "175", "en": "17.5"}


@pytest.mark.parametrize("case", list(NAMED_PARTS))
def test_parts_named_by_the_wholes_noun_are_summed(knowledge, case):
    text = NAMED_PARTS[case].format(part=NAMED_PARTS_HOLD[case])
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert any(len(s) == 3 for s in passed_spans(text, result, "F302")), codes(result)
    assert not codes(result)


@pytest.mark.parametrize("case", list(NAMED_PARTS))
def test_parts_named_by_the_wholes_noun_that_miss_it_are_reported(knowledge, case):
    text = NAMED_PARTS[case].format(part=NAMED_PARTS_BROKEN[case])
    result = findings(knowledge, document(text, published=PUBLISHED))
    assert "F302" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        # figures named by other nouns than the whole's are not its parts
        "미래방송의 3분기 매출은 715억원으로 광고 수익 520억원, 수신료 수익 175억원이었다.",
        "Fenwick Media said revenue was $71.5 million, with operating profit of $52.0 million and net profit of "
        "$17.5 million.",
    ],
)
def test_figures_named_by_another_noun_are_no_parts(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    assert not passed_spans(text, result, "F302")
    assert "F302" not in codes(result)


# ------------------------------------------------ `Of that,` opens the parts of the figure before (F302)


@pytest.mark.parametrize("export, fires", [("425", False), ("525", True)])
def test_parts_after_of_that_are_summed(knowledge, export, fires):
    text = (
        "The order book of Tarnwell Rail stood at £1.34bn at the end of June. Of that, £915m came from domestic "
        f"operators and £{export}m from export customers."
    )
    result = findings(knowledge, document(text, published=PUBLISHED), show_passed=True)
    if fires:
        assert "F302" in codes(result)
    else:
        assert any(len(s) == 3 for s in passed_spans(text, result, "F302")), codes(result)
        assert not codes(result)
