"""A headline's rate of change restated in the lead, and a whole stated right before its share (issue 11).

Sentences of our own, in both languages. A headline words a change in a present-tense verb (`profit falls 36%`,
`prices slip 0.9%`, `shares jump 4%`) and in its own few words, which seldom match the lead's (`a 36% drop in
quarterly net income`). The headline's rate is a change (`[link.rise_verbs_before]`, `[link.fall_verbs_before]`
hold the present tense), and the restatement kind recognises it in the lead by its digits and direction: listed as
passed, never reported (a short rate one digit apart in the lead is as likely a second change as a slip).

Korean states a whole, then its share in the genitive (`연간 목표 424만대의 90%를 달성`, `전체 관객 150만명의 60%가`),
the part being the figure stated right before the whole (checker/link/genitive_wholes.py).
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings, passed_spans
from test_frames import assert_checked, assert_not_checked


def _f405(knowledge, text: str):
    return findings(knowledge, document(text), select=["F405"], show_passed=True)


@pytest.mark.parametrize(
    "text,figure",
    [
        pytest.param("Acme profit jumps 12% on strong demand", "12%", id="jumps"),
        pytest.param("Home prices slip 0.4% in April", "0.4%", id="slip"),
        pytest.param("Orbis revenue falls 8% as orders dry up", "8%", id="falls"),
        pytest.param("Copper climbs 3.1% on supply worries", "3.1%", id="climbs"),
        pytest.param("Tollan shares tumble 22% after warning", "22%", id="tumble"),
    ],
)
def test_a_headline_present_tense_verb_states_a_change(knowledge, text, figure):
    found = [c for c in claims(text, knowledge).claims if text[c.start : c.end] == figure]
    assert [c.role for c in found] == ["change"]


@pytest.mark.parametrize(
    "text,statements",
    [
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\n"
            "Orbis Industries on Tuesday reported a 36% drop in second-quarter net income, citing higher costs.",
            ["36%", "36%"],
            id="en-falls-then-a-drop-noun",
        ),
        pytest.param(
            "Home prices slip 0.7% in March\n\n"
            "An index of resale flat prices compiled by the housing agency fell 0.7% in March from February.",
            ["0.7%", "0.7%"],
            id="en-slip-then-fell",
        ),
        pytest.param(
            "Brennet shares jump 14% on takeover talk\n\n"
            "Shares of the shipping group Brennet closed up 14% on Monday after it confirmed early talks.",
            ["14%", "14%"],
            id="en-jump-then-closed-up",
        ),
        pytest.param(
            "한빛제약 순이익 27% 감소\n\n한빛제약은 지난 분기 연결 기준 당기순이익이 1년 전보다 27% 줄었다고 밝혔다.",
            ["27%", "27%"],
            id="ko-headline-change-restated-in-the-lead",
        ),
        pytest.param(
            "수도권 전셋값 0.6% 하락\n\n부동산원이 집계한 이달 수도권 아파트 전세가격지수는 지난달보다 0.6% 내렸다.",
            ["0.6%", "0.6%"],
            id="ko-fall-restated-with-another-verb",
        ),
    ],
)
def test_a_headline_change_restated_in_the_lead_is_checked(knowledge, text, statements):
    result = _f405(knowledge, text)
    assert statements in passed_spans(text, result, "F405")
    assert not [f for f in result.findings if f.rule == "F405"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\nOrbis Industries said its order book rose 36% in the quarter.",
            id="en-opposite-direction",
        ),
        pytest.param(
            "Orbis profit falls 36% as costs climb\n\nOrbis Industries reported a 26% drop in quarterly net income.",
            id="en-other-digits-are-another-change-not-a-slip",
        ),
        pytest.param(
            "Home prices slip 0.7% in March\n\nThe housing agency publishes its index monthly. "
            "Sales volumes were steady. Rents held firm. Office values later fell 0.7% in the quarter.",
            id="en-beyond-the-lead",
        ),
        pytest.param(
            "한빛제약 순이익 27% 감소\n\n한빛제약은 지난 분기 수출이 1년 전보다 27% 늘었다고 밝혔다.",
            id="ko-opposite-direction",
        ),
        pytest.param(
            "Orbis profit rises 6% to $41 million\n\nOrbis said quarterly sales rose 6% to $52 million.",
            id="en-the-same-rate-of-two-figures",
        ),
    ],
)
def test_a_headline_change_is_not_paired_with_another_change(knowledge, text):
    result = _f405(knowledge, text)
    assert passed_spans(text, result, "F405") == []
    assert not [f for f in result.findings if f.rule == "F405"]


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "한빛전자의 1~10월 누적 판매는 312만대로, 올해 연간 판매 목표 400만대의 78%를 달성했다.",
            False,
            id="ko-sales-against-the-year-target",
        ),
        pytest.param(
            "한빛전자의 1~10월 누적 판매는 312만대로, 올해 연간 판매 목표 400만대의 87%를 달성했다.",
            True,
            id="ko-sales-against-the-year-target-misstated",
        ),
        pytest.param(
            "올해 수출은 560억달러로, 정부 목표치 700억달러의 80%에 머물렀다.",
            False,
            id="ko-exports-against-the-goal",
        ),
        pytest.param(
            "올해 수출은 560억달러로, 정부 목표치 700억달러의 85%에 머물렀다.",
            True,
            id="ko-exports-against-the-goal-misstated",
        ),
        pytest.param(
            "올해 상반기 집행액은 3조6천억원으로 연간 예산 12조원의 30%에 그쳤다.",
            False,
            id="ko-spending-against-the-budget",
        ),
    ],
)
def test_a_whole_stated_before_its_share(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the part after its share, `매출 500억원의 8%인 40억원`: tests/test_frames_s10_sumshare.py)
        # no level of the whole's unit before it: another thing's share
        pytest.param(
            "한빛전자의 점유율은 30%다. 국내 시장 규모 300억원의 40%는 수도권에서 팔렸다.", id="ko-no-part-before"
        ),
        # the figure before is another sentence's: the share of a part the text does not state
        pytest.param(
            "순이익은 40억원이었다. 같은 기간 전체 매출 500억원의 60%를 수출로 벌었다.", id="ko-part-not-stated"
        ),
        pytest.param(
            "영업이익은 30억원을 냈고 매출 500억원의 60%는 해외에서 올렸다.", id="ko-figure-before-not-the-level"
        ),
        # the figure before is larger than the whole: a multiple, not a share
        pytest.param("올해 매출은 900억원이다. 이는 지난해 매출 600억원의 150% 수준이다.", id="ko-more-than-the-whole"),
    ],
)
def test_no_share_is_linked_without_its_part_right_before(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# `이 가운데 …`, `Of those, …`: the share of a part in the figure of the sentence before (link/of_which_shares.py)
@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "올해 접수된 민원은 4만명이었다. 이 가운데 온라인으로 신청한 사람은 1만2천명으로 전체의 30%였다.",
            False,
            id="ko-of-these-share",
        ),
        pytest.param(
            "올해 접수된 민원은 4만명이었다. 이 가운데 온라인으로 신청한 사람은 1만2천명으로 전체의 38%였다.",
            True,
            id="ko-of-these-share-misstated",
        ),
        pytest.param(
            "지난해 귀농 가구는 1만2천가구였다. 이 중 30대 이하 가구는 3천가구로 귀농 가구의 25%를 차지했다.",
            False,
            id="ko-of-these-share-of-households",
        ),
        pytest.param(
            "The clinic treated 2,400 patients last year. Of those, 600 patients were children, or 25%.",
            False,
            id="en-of-those-share",
        ),
        pytest.param(
            "The clinic treated 2,400 patients last year. Of those, 600 patients were children, or 35%.",
            True,
            id="en-of-those-share-misstated",
        ),
        pytest.param(
            "Organisers sold 8,000 tickets for the opening night. Among them, 2,000 tickets went to students (25%).",
            False,
            id="en-among-them-share-in-parentheses",
        ),
    ],
)
def test_a_share_of_the_part_after_of_these(knowledge, text, fires):
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the part's unit before: which one is broken down is not said
        pytest.param(
            "The clinic treated 2,400 patients in 2023 and 2,100 in 2022. "
            "Of those, 600 patients were children, or 25%.",
            id="en-two-wholes-before",
        ),
        # no opener: the figure of the sentence before is not said to hold the part
        pytest.param(
            "올해 접수된 민원은 4만명이었다. 온라인으로 신청한 사람은 1만2천명으로 38%가 늘었다.",
            id="ko-no-opener",
        ),
    ],
)
def test_no_of_these_share_without_one_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
