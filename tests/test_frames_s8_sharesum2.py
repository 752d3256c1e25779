"""Shares and sums, second round (issue 11): sentences of our own.

A share followed by the name of a metric (`$540 million, equal to 15% of revenue`, `about a third of its revenue`)
is of the latest figure stated before its part that names that metric in its own words, or of the whole of the
list that figure is a part of; a metric the article never states, or another period's, has no whole
(checker/link/metric_shares.py).

A Korean sentence that ends as a restatement (`것이다`, `셈이다`) and names a whole with its share (`전체 관객
90만명의 50%가`) restates the one figure of the whole's unit in the sentence before as that share
(checker/link/restated_shares.py).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

_COSTS = (
    "Sales at Norwick Foods rose 6% to $3.6 billion in the quarter. Average revenue per store was $310,000. "
    "Packaging costs were $540 million, equal to {share} of revenue."
)
_WAGES = "Revenue at Tallow Rail grew 4% to $7.2 billion last year. The operator spent $2.4 billion on wages, {share}."
_LIST = (
    "Revenue at Corvane Air reached $5 billion in the quarter. Tickets brought in $4.2 billion, cargo $500 million "
    "and other income $300 million.\n\nFuel cost $1.25 billion, or {share} of revenue."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        (_COSTS.format(share="15%"), False),
        (_COSTS.format(share="25%"), True),
        (_WAGES.format(share="about a third of its revenue"), False),
        (_WAGES.format(share="about half of its revenue"), True),
        (_LIST.format(share="25%"), False),
        (_LIST.format(share="40%"), True),
    ],
    ids=["cost-share-holds", "cost-share-wrong", "fraction-holds", "fraction-wrong", "list-whole", "list-wrong"],
)
def test_share_of_a_named_metric(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the metric is named but never stated as a figure
        "Revenue at Norwick rose 6% to $3.6 billion. The budget deficit was $900 million, equal to 30% of GDP.",
        # another period's figure of the metric, named with its time word
        "Revenue at Norwick rose 6% to $3.6 billion from $3.4 billion. Costs were $900 million, "
        "or 40% of last year's revenue.",
        # the metric's only figure is smaller than the part: no whole of it
        "Average revenue per store was $310,000. Packaging costs were $540 million, equal to 15% of revenue.",
        # no joint between the part and the share: a change, not a share
        "Revenue at Norwick rose 6% to $3.6 billion. Costs were $900 million, up 40% from revenue a year ago.",
    ],
    ids=["metric-not-stated", "other-period", "only-smaller-figure", "no-joint"],
)
def test_share_of_a_named_metric_without_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


_AUDIENCE = "주말 1위 영화는 45만명을 모았다. 같은 기간 전체 관객 90만명의 {share}가 이 영화를 본 것이다."
_RAIN = "지리산에는 이틀간 500㎜의 비가 내렸다. 연평균 강수량 1,250㎜의 {share}가 이틀 만에 내린 셈이다."
_TICKETS = "이 공연은 한 달간 표 3만장을 팔았다. 올해 전체 판매분 12만장의 {share}가 한 달 새 팔린 셈이다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_AUDIENCE.format(share="50%"), False),
        (_AUDIENCE.format(share="70%"), True),
        (_RAIN.format(share="40%"), False),
        (_RAIN.format(share="60%"), True),
        (_TICKETS.format(share="25%"), False),
        (_TICKETS.format(share="35%"), True),
    ],
    ids=["audience-holds", "audience-wrong", "rain-holds", "rain-wrong", "tickets-holds", "tickets-wrong"],
)
def test_share_restating_the_figure_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the unit before: which one the share restates is not said
        "1위 영화는 45만명, 2위 영화는 20만명을 모았다. 같은 기간 전체 관객 90만명의 50%가 1위 영화를 본 것이다.",
        # no restatement: the share of a part the text does not state
        "영업이익은 1조원이었다. 매출 5조원의 20%를 해외에서 올렸다.",
        # the figure before is larger than the whole: no part of it
        "주말 1위 영화는 95만명을 모았다. 같은 기간 전체 관객 90만명의 50%가 이 영화를 본 것이다.",
    ],
    ids=["two-candidates", "no-restatement", "part-larger-than-whole"],
)
def test_share_restating_nothing(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


_FEE = "구단에 따르면 기본 이적료는 800만 유로다. 여기에 옵션 250만 유로를 더하면 이적료는 {total}가 된다."
_PAY = "이 회사 대표의 기본 연봉은 6억원이다. 여기에 성과급 2억원을 합하면 최대 {total}까지 받는다."
_BUDGET_ADDED = "시의 올해 문화 예산은 120억원이다. 추경 30억원을 합치면 {total}으로 늘어난다."


@pytest.mark.parametrize(
    "text,fires",
    [
        (_FEE.format(total="1천50만 유로"), False),
        (_FEE.format(total="1천150만 유로"), True),
        (_PAY.format(total="8억원"), False),
        (_PAY.format(total="10억원"), True),
        (_BUDGET_ADDED.format(total="150억원"), False),
        (_BUDGET_ADDED.format(total="165억원"), True),
    ],
    ids=["fee-holds", "fee-wrong", "bound-holds", "bound-wrong", "budget-holds", "budget-wrong"],
)
def test_amount_added_then_sum_ko(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no earlier figure of the unit the amount is added to
        "여기에 옵션 200만 유로를 더하면 이적료는 1천만 유로가 된다.",
        # no addition verb between the amount and the figure after it
        "대표의 연봉은 6억원이다. 성과급 2억원을 포기하면 연봉은 4억원이 된다.",
    ],
    ids=["no-base", "no-addition-verb"],
)
def test_amount_added_without_sum_ko(knowledge, text):
    assert_not_checked(knowledge, text, "F302")
