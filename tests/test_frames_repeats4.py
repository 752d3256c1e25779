"""Facts stated twice, part 4 (issue 11): a short figure of the headline or lead rounds the first later figure of
its metric, role and magnitude the body states in full; when its leading digit is another, it is a slip (F405).
A figure and its change stated twice, one of them alike, make the other one digit apart a slip; a two-digit
headline figure over a figure the body states twice, after the same words, too.

Sentences of our own, in both languages.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_edits_reported import assert_edit_reported

LEAD_ROUNDS_THE_BODY = [
    pytest.param(
        "국내 영화 관객 2억명\n\n지난해 극장 관객 수는 2억 3,480만명이었다. 한국 영화 관객은 1억 2,300만명, "
        "외국 영화 관객은 1억 1,180만명이었다.",
        "2억명",
        id="ko-a-total-and-its-parts",
    ),
    pytest.param(
        "Cinema admissions hit 210 million\n\nAdmissions totaled 213.4 million last year, with local films "
        "drawing 112.5 million and imports 100.9 million.",
        "210 million",
        id="en-a-total-and-its-parts",
    ),
    pytest.param(
        "국내 제약업계 작년 매출 3조원 돌파\n\n협회는 지난해 국내 제약업계 매출이 3조 1,240억원으로 집계됐다고 밝혔다.",
        "3조원",
        id="ko-revenue-in-trillions",
    ),
    pytest.param(
        "외환보유액 한달새 27억달러 증가\n\n한국은행은 지난달 외환보유액이 한달 전보다 "
        "27억 3,000만달러 늘었다고 밝혔다.",
        "27억달러",
        id="ko-change-in-hundreds-of-millions",
    ),
    pytest.param(
        "누리시 인구 약 4만명\n\n시는 올해 말 누리시 인구가 4만 1,380명이라고 밝혔다.\n출생아도 늘었다.",
        "약 4만명",
        id="ko-count-of-people",
    ),
    pytest.param(
        "Harbor Corp revenue tops $3 billion\n\nHarbor Corp said its annual revenue was $3.14 billion, "
        "helped by container fees.",
        "$3 billion",
        id="en-revenue-in-billions",
    ),
    pytest.param(
        "Orion Air net profit nearly $700 million\n\nOrion Air said its net profit for the year was $684 million.",
        "$700 million",
        id="en-hedged-headline",
    ),
    pytest.param(
        "Home sales fall nearly 18%\n\nThe housing board said home sales fell 17.6% in the quarter, led by "
        "its city branches.",
        "18%",
        id="en-rate-in-the-headline",
    ),
]


@pytest.mark.parametrize("text,figure", LEAD_ROUNDS_THE_BODY)
def test_a_lead_rounding_edited_in_its_leading_digit_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "한빛 매출 9조원\n\n한빛의 매출은 6조 5,000억원에서 9조 1,000억원으로 늘었다.",
            id="ko-the-prior-stated-first",
        ),
        pytest.param(
            "Harbor revenue $9 billion\n\nHarbor Corp said revenue rose from $6.5 billion to $9.1 billion.",
            id="en-the-prior-stated-first",
        ),
        pytest.param(
            "관객 2억명·한국 영화 1억명\n\n지난해 극장 관객 수는 2억 3,480만명이었다.",
            id="ko-the-first-later-figure-is-short-too",
        ),
        pytest.param(
            "코스피 외국인 2조원 순매도\n\n외국인은 이날 1조 2,000억원을 순매도했다.\n"
            "이번 주 외국인 누적 순매도는 2조 1,000억원이다.",
            id="ko-a-later-figure-the-lead-rounds",
        ),
        pytest.param(
            "Harbor revenue $2 billion\n\nHarbor Corp said revenue in its busiest month was $1.23 billion.\n"
            "For the half, Harbor Corp revenue was $2.12 billion.",
            id="en-a-later-figure-the-lead-rounds",
        ),
        pytest.param(
            "외국인·기관 1.1조 순매수\n\n개인은 1조 5,688억원 순매수했다.",
            id="ko-last-digit-apart-is-another-figure",
        ),
        pytest.param(
            "Harbor Corp revenue rises to $2.2 billion\n\nHarbor Corp's revenue hit a record $2.27 billion in 2007.",
            id="en-last-digit-apart-is-another-figure",
        ),
        pytest.param(
            "Harbor Corp revenue reaches $7 billion\n\nHarbor Corp revenue reached $7 billion for the year.\n"
            "Its revenue from fees was $3.14 billion.",
            id="en-the-lead-figure-restated-as-written",
        ),
    ],
)
def test_no_lead_rounding_slip_where_the_body_states_another_figure(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# A figure and its change stated twice, of one metric the linker is sure of: when the change agrees, the figure
# is one figure (a digit apart is a slip, `figure_slips`); when the figure agrees in two digits, the change is
# one change (`change_slips`).
CHANGE_AND_FIGURE_OF_ONE_METRIC = [
    pytest.param(
        "Harbor group results\n\nThe port operator said fees were higher.\nShips came in larger numbers.\n"
        "* H1 EPS rose 7 percent to 0.84 EUR\n* Earnings per share: EUR0.84 (+7.0%)",
        "0.84 EUR",
        id="en-bulleted-figure",
    ),
    pytest.param(
        "Harbor group results\n\nThe port operator said fees were higher.\nShips came in larger numbers.\n"
        "* H1 EPS rose 7 percent to 0.84 EUR\n* Earnings per share: EUR0.84 (+7.0%)",
        "7 percent",
        id="en-bulleted-change",
    ),
    pytest.param(
        "Orion Air results\n\nPassenger numbers climbed.\nFuel costs fell.\nOrion Air said revenue grew 6% to "
        "$41 million in the quarter.\nLater the carrier repeated that quarterly revenue was $41 million, up 6%.",
        "$41 million",
        id="en-figure-restated-in-the-body",
    ),
    pytest.param(
        "Orion Air results\n\nPassenger numbers climbed.\nFuel costs fell.\nOrion Air said revenue grew 6% to "
        "$41 million in the quarter.\nLater the carrier repeated that quarterly revenue was $41 million, up 6%.",
        "6%",
        id="en-change-restated-in-the-body",
    ),
    pytest.param(
        "반도체 업계 실적\n\n수요가 늘었다.\n직원 수는 그대로였다.\n업계의 2분기 주당순이익은 전년 대비 8% 늘어난 "
        "520원이었다.\n협회는 주당순이익이 520원으로 8% 증가했다고 거듭 밝혔다.",
        "520원",
        id="ko-figure-restated-in-the-body",
    ),
    pytest.param(
        "반도체 업계 실적\n\n수요가 늘었다.\n직원 수는 그대로였다.\n업계의 2분기 주당순이익은 전년 대비 8% 늘어난 "
        "520원이었다.\n협회는 주당순이익이 520원으로 8% 증가했다고 거듭 밝혔다.",
        "8%",
        id="ko-change-restated-in-the-body",
    ),
    pytest.param(
        "Box office week\n\nCinemas were busy.\nFamilies came back.\nThe week's films grossed $41 million, up "
        "23% from the same week last year.\nWeek total: $41 million (+23%)",
        "$41 million",
        id="en-no-metric-four-digits",
    ),
    pytest.param(
        "극장가 주간 흥행\n\n관객이 늘었다.\n가족 관객이 돌아왔다.\n이번 주 극장 입장 수입은 지난해 같은 주보다 "
        "23% 늘어난 41억원이었다.\n주간 입장 수입 합계는 41억원으로, 1년 전보다 23% 증가했다.",
        "41억원",
        id="ko-no-metric-four-digits",
    ),
]


@pytest.mark.parametrize("text,figure", CHANGE_AND_FIGURE_OF_ONE_METRIC)
def test_a_figure_or_change_of_one_metric_restated_together_is_reported_when_edited(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Orion Air results\n\nPassenger numbers climbed.\nFuel costs fell.\nOrion Air said revenue grew 6% to "
            "$41 million in the quarter.\nIts operating profit rose 6% to $47 million.",
            id="en-two-metrics",
        ),
        pytest.param(
            "Orion Air results\n\nPassenger numbers climbed.\nFuel costs fell.\nOrion Air said first-quarter revenue "
            "grew 6% to $41 million.\nSecond-quarter revenue rose 6% to $47 million.",
            id="en-two-periods",
        ),
        pytest.param(
            "Box office week\n\nCinemas were busy.\nFamilies came back.\nThe week grossed $41 million, up 24% "
            "from last year and up 14% from the four-year average.\nThe weekend grossed $47 million, up 14% "
            "from the average.",
            id="en-a-sentence-of-two-changes",
        ),
        pytest.param(
            "Box office week\n\nCinemas were busy.\nFamilies came back.\nThe week's films grossed $41 million, up "
            "6% from last year.\nThe weekend alone brought $47 million, up 6%.",
            id="en-no-metric-three-digits",
        ),
        pytest.param(
            "반도체 업계 실적\n\n수요가 늘었다.\n직원 수는 그대로였다.\n업계의 2분기 매출은 전년 대비 8% 늘어난 "
            "520억원이었다.\n영업이익은 570억원으로 8% 증가했다.",
            id="ko-two-metrics",
        ),
    ],
)
def test_no_figure_slip_between_two_facts(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# A two-digit headline figure over a figure the body states twice alike: a slip when its digits are theirs but the
# leading one and it follows the words the copies follow, or the start of them (a headline shortens a name).
HEADLINE_OVER_TWO_COPIES = [
    pytest.param(
        "한빛 12석·누리 31석…여당 과반\n\n개표 결과 한빛당은 12석을 확보했다.\n누리당은 31석에 그쳤다.\n"
        "최종 집계는 △한빛당 12석 △누리당 31석이다.",
        "12석",
        id="ko-shortened-party-name",
    ),
    pytest.param(
        "누리시의회 한빛 14석\n\n누리시의회 선거에서 한빛당이 14석을 얻었다.\n투표율은 낮았다.\n"
        "의석 배분은 한빛당 14석, 누리당 9석이다.",
        "14석",
        id="ko-council-seats",
    ),
    pytest.param(
        "Greens win 12 seats in council vote\n\nThe Greens won 12 seats on the city council.\nTurnout was low.\n"
        "Officials confirmed the Greens won 12 seats and Labour 31 seats.",
        "12 seats",
        id="en-party-name",
    ),
]


@pytest.mark.parametrize("text,figure", HEADLINE_OVER_TWO_COPIES)
def test_a_two_digit_headline_figure_over_two_body_copies_is_reported_when_edited(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "한빛 15석·누리 31석\n\n개표 결과 한빛당은 12석을 확보했다.\n누리당은 31석에 그쳤다.\n"
            "최종 집계는 △한빛당 12석 △누리당 31석이다.",
            id="ko-last-digit-apart",
        ),
        pytest.param(
            "누리 52석\n\n개표 결과 한빛당은 12석을 확보했다.\n최종 집계는 △한빛당 12석이다.",
            id="ko-another-name",
        ),
        pytest.param(
            "Harbor wins 52 seats\n\nThe Harbor Party won 12 seats in the council vote.\nTurnout was low.",
            id="en-body-states-it-once",
        ),
    ],
)
def test_no_two_digit_headline_slip_without_the_body_words(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
