"""A change measured from the period before whose prior the article states elsewhere, dated in its
own words (link/later_priors.py `borrow_dated_priors`); a byline after the last sentence of a line is
furniture, the sentences before it are not (link/segment.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

RESERVES = (
    "9월 말 외환보유액이 한달전에 비해 {change} 늘어난 3,512억달러로 집계됐다. "
    "외환보유액은 8월 말(3,497억달러) 기준으로 세계 9위였다."
)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        pytest.param(RESERVES.format(change="15억달러"), False, id="ko-prior-of-the-month-before-holds"),
        pytest.param(RESERVES.format(change="45억달러"), True, id="ko-prior-of-the-month-before-broken"),
        pytest.param(
            "Forex reserves at Northbank stood at $351.2bn at the end of September, up $1.2bn from a month earlier. "
            "In August, forex reserves at Northbank were $350bn.",
            False,
            id="en-prior-of-the-month-before-holds",
        ),
    ],
)
def test_a_change_takes_the_figure_of_the_period_before_stated_elsewhere(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the month before (a first count and a revision): which one is not known
        pytest.param(
            RESERVES.format(change="45억달러") + " 8월 말 외환보유액은 수정 집계에서 3,480억달러였다.",
            id="ko-two-figures-of-the-period-before",
        ),
        # the figure of the month before is of another metric
        pytest.param(
            "9월 말 외환보유액이 한달전에 비해 42억달러 늘어난 3,512억달러로 집계됐다. 8월 말 수출은 500억달러였다.",
            id="ko-another-metric",
        ),
    ],
)
def test_no_prior_is_taken_when_it_is_not_one_figure_of_the_metric(knowledge, text):
    assert_not_checked(knowledge, text, "F305")


def test_a_byline_after_the_last_sentence_is_furniture_and_the_sentences_before_are_not(knowledge):
    text = "외환보유액은 8월 말 3,500억달러였다. 순위는 9위다. /김기자 reporter@example.com\n"
    found = {c.text: c.furniture for c in claims(text, knowledge).claims}
    assert found["3,500억달러"] is False


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "매출은 9조 8760억원이었다. 매출은 전년 동기 대비 5.1% 감소했고, "
            "영업이익은 전년 동기 3,580억원에서 1,440억원(40.2%) 줄었다.",
            id="ko-revenue-change-and-profit-prior",
        ),
        pytest.param(
            "Revenue was $9.9bn. Revenue fell 5.1% from a year earlier, "
            "while operating profit fell to $2.1bn from $3.6bn a year earlier.",
            id="en-revenue-change-and-profit-prior",
        ),
    ],
)
def test_a_change_never_keeps_a_baseline_of_another_stated_metric(knowledge, text):
    found = claims(text, knowledge).claims
    by_id = {c.id: c for c in found}
    for change in (c for c in found if c.role == "change" and c.compared_to):
        baseline = by_id[change.compared_to]
        if change.metric and baseline.metric and "metric" not in change.guesses + baseline.guesses:
            assert change.metric == baseline.metric, (change.text, baseline.text)
