"""Automatic edits reported: an article whose relation holds, then the same article with the first
significant digit of one figure changed far beyond rounding; the edit must be reported by a finding
whose spans touch the changed figure (issue 11, the benchmark's automatic edits in miniature).

Every sentence is written for this test.
"""

from __future__ import annotations

import re

import pytest
from helpers import document, findings

REPORTED = {"error", "warning"}


def edited(text: str, figure: str) -> tuple[str, int, int]:
    """The text with the first significant digit of `figure` moved by four (1→5, 6→2), and the figure's span."""
    start = text.index(figure)
    digit = re.search(r"[1-9]", figure)
    assert digit is not None
    old = int(digit.group())
    at = start + digit.start()
    return text[:at] + str(old + 4 if old <= 5 else old - 4) + text[at + 1 :], start, start + len(figure)


def assert_edit_reported(knowledge, text: str, figure: str, rule: str) -> None:
    """The relation holds as written (listed as passed, nothing reported), and the edit is reported by
    `rule` on a span touching the edited figure."""
    before = findings(knowledge, document(text), show_passed=True)
    assert not [f for f in before.findings if f.severity in REPORTED and f.rule == rule], [
        f.message for f in before.findings
    ]
    assert rule in [p.rule for p in before.passed], "the relation was not checked as written"
    changed, start, end = edited(text, figure)
    after = findings(knowledge, document(changed), show_passed=True)
    touching = [
        f
        for f in after.findings
        if f.severity in REPORTED
        and f.rule == rule
        and any(loc.start < end and start < loc.end for loc in [f.location, *f.related])
    ]
    assert touching, (changed, [(f.rule, f.message) for f in after.findings])


# A part made larger than its whole, or the whole made smaller than a part: the whole is still the
# figure the wording points to (checker/link/wholes.py), so the sum is checked and the slip reported.
PART_LARGER_THAN_ITS_WHOLE = [
    pytest.param(
        "올해 주택 인허가는 41만 2천가구였다. 수도권은 19만 8천가구, 지방은 21만 4천가구로 집계됐다.",
        "21만 4천가구",
        id="ko-partition-part-above-whole",
    ),
    pytest.param(
        "지난해 주택 인허가는 61만 2천가구였다. 수도권은 29만 8천가구, 지방은 31만 4천가구로 집계됐다.",
        "61만 2천가구",
        id="ko-partition-whole-below-a-part",
    ),
    pytest.param(
        "The poll reached 2,400 voters last week. Men made up 1,150 of them and women 1,250.",
        "1,150",
        id="en-partition-part-above-whole",
    ),
    pytest.param(
        "The clinic saw 6,620 patients this spring. Women made up 3,470 of them and men 3,150.",
        "6,620",
        id="en-partition-whole-below-a-part",
    ),
    pytest.param(
        "올해 주택 착공은 52만 1천호로 집계됐다. 아파트는 38만 2천호로 늘었고, 아파트 이외 주택은 13만 9천호로 줄었다.",
        "38만 2천호",
        id="ko-complement-part-above-whole",
    ),
    pytest.param(
        "이날 신규 환자는 418명이다. 해외 유입 27명을 제외한 391명이 국내에서 나왔다.",
        "391명",
        id="ko-except-the-rest-above-whole",
    ),
    pytest.param(
        "The county has counted 6,240 cases, including 3,510 active cases. 2,480 people have recovered, "
        "while 250 people have died.",
        "3,510",
        id="en-run-on-breakdown-part-above-whole",
    ),
]


@pytest.mark.parametrize("text,figure", PART_LARGER_THAN_ITS_WHOLE)
def test_a_part_edited_above_its_whole_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F302")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "올해 주택 인허가는 6만 2천가구였다. 수도권은 19만 8천가구, 지방은 21만 4천가구로 집계됐다.",
            id="ko-a-figure-below-a-third-of-a-part-is-no-whole",
        ),
        pytest.param(
            "The poll reached 380 voters last week. Men made up 1,150 of them and women 1,250.",
            id="en-a-figure-below-a-third-of-a-part-is-no-whole",
        ),
        pytest.param(
            "올해 주택 인허가는 21만 4천가구였다. 수도권은 19만 8천가구, 지방은 21만 4천가구로 집계됐다.",
            id="ko-a-figure-restating-a-part-is-no-whole",
        ),
    ],
)
def test_a_smaller_figure_that_is_another_fact_is_no_whole(knowledge, text):
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert not result.findings and not result.passed, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text,figure",
    [
        pytest.param(
            "Dealers registered 24,500 cars in May. Fleet buyers took 13,800 cars, accounting for 56.3% of "
            "registrations.",
            "13,800 cars",
            id="en-share-part-above-the-largest-figure-before",
        ),
        pytest.param(
            "올해 신차 판매는 24만 5천대였다. 이 가운데 법인 구매는 13만 8천대로 56.3%의 비중이다.",
            "13만 8천대",
            id="ko-share-part-above-its-whole",
        ),
        pytest.param(
            "구단은 외야수 한결과 계약금 1억원, 연봉 1억원, 옵션 4억원 등 총액 6억원에 계약했다. "
            "올겨울 시장의 네 번째 계약이다. 한결의 계약 중 옵션은 총액의 66.7%다.",
            "옵션 4억원",
            id="ko-named-part-above-its-marked-total",
        ),
    ],
)
def test_a_share_whose_part_is_edited_above_its_whole_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F503")


def test_a_run_of_fractions_whose_whole_is_edited_above_the_total_is_reported(knowledge):
    text = "여당은 충북 14곳 중 8곳에서, 충남 7곳 중 5곳에서, 세종 4곳 중 2곳에서 이기며 25곳 중 15곳을 얻었다."
    assert_edit_reported(knowledge, text, "14곳", "F302")


# A headline figure one digit off a figure the body states twice (checker/check/kinds/restatement.py,
# `headline_slips`): the headline's words differ from the body's, so only the body's copies pair it.
HEADLINE_OFF_THE_BODY = [
    pytest.param(
        "여당 143석·야당 98석…단독 과반 실패\n\n개표 결과 한빛당은 지역구와 비례대표를 합쳐 143석을 얻었다. "
        "누리당은 98석에 그쳤다.\n한빛당의 143석은 지난 선거보다 적다.",
        "143석",
        id="ko-seats-in-the-headline",
    ),
    pytest.param(
        "Dockers strike costs port $265 million\n\nThe two-week stoppage cost the harbor authority $265 million "
        "in lost fees, officials said. Shippers paid more on top of the $265 million bill.",
        "$265 million",
        id="en-amount-in-the-headline",
    ),
    pytest.param(
        "Clinic network posts 3.62% rise\n\nRevenue at the regional clinic group grew 3.62% in the quarter. "
        "The 3.62% gain came as visits climbed.",
        "3.62%",
        id="en-rate-in-the-headline",
    ),
]


@pytest.mark.parametrize("text,figure", HEADLINE_OFF_THE_BODY)
def test_a_headline_figure_edited_off_the_body_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "여당 153석·야당 98석…단독 과반 실패\n\n개표 결과 한빛당은 지역구와 비례대표를 합쳐 143석을 얻었다. "
            "누리당은 98석에 그쳤다.",
            id="ko-the-body-states-it-once",
        ),
        pytest.param(
            "구단은 투수 둘과 계약했다.\n\n한 투수는 연봉 8억원씩 16억원을 받고, "
            "다른 투수는 연봉 4억원씩 12억원을 받는다. "
            "두 번째 계약의 12억원은 첫 계약의 16억원보다 적다. 16억원은 구단 최고액이다.",
            id="ko-two-body-figures-one-digit-apart",
        ),
        pytest.param(
            "Port handles 38 ships a day\n\nThe port handled 36 ships a day in May, and 36 ships a day in June.",
            id="en-two-digits-are-too-few",
        ),
    ],
)
def test_no_headline_slip_without_two_agreeing_body_statements(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


def test_a_listed_part_edited_to_one_below_its_total_is_still_a_part(knowledge):
    """`나머지 T명은 A(a명), B(b명) …`: a part edited up to one below the total (`9명` of `10명`) is still smaller
    than it as written, so the list stays linked and the sum reports the edit."""
    text = (
        "이날 해외 유입 환자는 16명으로 이 가운데 6명은 검역 과정에서 확인됐다. "
        "나머지 10명은 충북(5명), 전남(2명), 부산·울산(각 1명), 제주(1명) 거주지에서 확인됐다."
    )
    assert_edit_reported(knowledge, text, "5명", "F302")
