"""Facts stated twice, on copy the rules never saw (issue 11): a headline restates the body's key figures in a few
words of its own, which the linker often reads as another metric, period or sort than the body's. A headline
figure is recognised as restated by the first later statement with its digits (`headline_pairs`), and a
three-digit headline figure restated nowhere, one leading digit off the first later figure of its magnitude, is a
slip (`headline_leading_slips`, F405). A part and its whole with the share between them stated are two figures,
however alike their digits.

Sentences of our own, in both languages.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_edits_reported import assert_edit_reported


def _spans(text: str, figure: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(figure)
    while at >= 0:
        spans.append((at, at + len(figure)))
        at = text.find(figure, at + 1)
    return spans


def _restated_together(knowledge, text: str, first: str, second: str) -> bool:
    """An F405 relation listed as checked touches the first occurrence of `first` and the last of `second`."""
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    (a_start, a_end), (b_start, b_end) = _spans(text, first)[0], _spans(text, second)[-1]
    for item in result.passed:
        if item.rule != "F405":
            continue
        locations = [item.location, *item.related]
        if any(loc.start < a_end and a_start < loc.end for loc in locations) and any(
            loc.start < b_end and b_start < loc.end for loc in locations
        ):
            return True
    return False


HEADLINE_RESTATED = [
    pytest.param(
        "내년 예산 614.3조원…올해보다 3.2% 늘려\n\n정부가 내년도 총지출을 올해보다 3.2% 늘어난 614조3천억원으로 "
        "편성했다.",
        "614.3조원",
        "614조3천억원",
        id="ko-budget-in-the-headline-spending-in-the-lead",
    ),
    pytest.param(
        "누리시 인구 12만4천명…5년 만에 감소\n\n시에 따르면 올해 말 주민등록 인구는 124,000명으로 집계됐다.",
        "12만4천명",
        "124,000명",
        id="ko-count-in-two-notations",
    ),
    pytest.param(
        "은행권 순이익 1.8조원 돌파\n\n한빛은행은 3분기에 순이익 1조 8천억원을 냈다고 밝혔다.\n대출 잔액도 늘었다.",
        "1.8조원",
        "1조 8천억원",
        id="ko-two-digits-with-the-same-links",
    ),
    pytest.param(
        "Factories add 187,000 jobs in May\n\nManufacturing payrolls increased by 187,000 in May, the labour "
        "office said on Friday.",
        "187,000",
        "187,000",
        id="en-a-level-in-the-headline-a-change-in-the-body",
    ),
    pytest.param(
        "Chancellor unveils £36.5bn of tax rises\n\nThe chancellor announced tax increases worth £36.5bn a year on "
        "Wednesday.",
        "£36.5bn",
        "£36.5bn",
        id="en-headline-words-linked-to-another-metric",
    ),
    pytest.param(
        "Harbor index closes up 1.4%\n\nThe Harbor index closed 212.35 points, or 1.42%, higher at 15,160.20.",
        "1.4%",
        "1.42%",
        id="en-headline-rounds-the-body-rate",
    ),
    pytest.param(
        "코스피 1.3% 상승…2,600선 회복\n\n코스피가 외국인 매수에 1% 넘게 올랐다.\n\n코스피는 전 거래일보다 "
        "33.41포인트(1.31%) 오른 2,604.12에 마감했다.",
        "1.3%",
        "1.31%",
        id="ko-a-bound-rounded-past-the-headline-is-passed-over",
    ),
    pytest.param(
        "의대 수시 경쟁률 37대 1\n\n의과대학은 800명 모집에 2만9천600명이 지원해 평균 경쟁률이 37.0대 1로 나타났다.",
        "37대 1",
        "37.0대 1",
        id="ko-a-ratio-at-two-precisions",
    ),
]


@pytest.mark.parametrize("text,first,second", HEADLINE_RESTATED)
def test_a_headline_figure_restated_by_the_first_later_one_with_its_digits(knowledge, text, first, second):
    assert _restated_together(knowledge, text, first, second)


@pytest.mark.parametrize(
    "text,first,second",
    [
        pytest.param(
            "삼성전자 매출 4.5% 증가\n\nLG전자의 매출은 4.5% 늘었다.",
            "4.5%",
            "4.5%",
            id="ko-two-entities-with-the-same-digits",
        ),
        pytest.param(
            "Harbor Corp revenue falls 14%\n\nThe company said quarterly sales rose 14% on Monday.",
            "14%",
            "14%",
            id="en-opposite-directions",
        ),
        pytest.param(
            "여당 28석·야당 28석\n\n개표 결과 한빛당은 28석을 얻었다.",
            "28석",
            "28석",
            id="ko-two-headline-figures-with-one-digits",
        ),
    ],
)
def test_no_headline_restatement_where_the_figures_are_two_facts(knowledge, text, first, second):
    assert not _restated_together(knowledge, text, first, second)


# A three-digit headline figure restated nowhere whose digits are the first later figure's of its magnitude but
# the leading one: the edit of the headline's leading digit is reported.
HEADLINE_EDITED = [
    pytest.param(
        "내년 예산 614.3조원…올해보다 3.2% 늘려\n\n정부가 내년도 총지출을 올해보다 3.2% 늘어난 614조3천억원으로 "
        "편성했다.",
        "614.3조원",
        id="ko-budget-and-spending",
    ),
    pytest.param(
        "Factories add 187,000 jobs in May\n\nManufacturing payrolls increased by 187,000 in May, the labour "
        "office said on Friday.",
        "187,000",
        id="en-level-and-change",
    ),
    pytest.param(
        "Harbor Corp profit rises to $1.38 billion\n\nHarbor Corp said its annual net profit was $1,380 million, "
        "up from $1,110 million.",
        "$1.38 billion",
        id="en-billions-and-millions",
    ),
]


@pytest.mark.parametrize("text,figure", HEADLINE_EDITED)
def test_a_headline_figure_edited_in_its_leading_digit_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Harbor Corp profit $412 million\n\nHarbor Corp said profit a year earlier had been $512 million.\n"
            "Shares fell.\nDebt rose.\nIts profit was $412 million.",
            id="en-a-figure-and-its-year-earlier-value",
        ),
        pytest.param(
            "한빛 412억원 수주\n\n한빛은 올해 해외에서 415억원어치 계약을 따냈다.",
            id="ko-last-digit-apart-is-another-figure",
        ),
        pytest.param(
            "한빛 매출 412억원\n\n한빛의 올해 매출은 4,120억원으로 집계됐다.",
            id="ko-another-magnitude",
        ),
        pytest.param(
            "Night Train opens with $154 million\n\nNight Train took in $154 million over the weekend.\n"
            "All films together grossed $254 million, so Night Train accounted for 61% of ticket sales.",
            id="en-a-part-and-its-whole-with-the-share-stated",
        ),
        pytest.param(
            "'밤의 항로' 첫 주말 154억원\n\n'밤의 항로'는 첫 주말 154억원을 벌었다.\n"
            "전체 영화 매출은 254억원으로, '밤의 항로'가 61%를 차지했다.",
            id="ko-a-part-and-its-whole-with-the-share-stated",
        ),
    ],
)
def test_no_headline_slip_where_the_body_states_another_figure(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# A headline's rate of change edited in its leading digit, against the lead's first change of its direction after a
# word in common (`profit jumps 35%`, `its second-quarter profit rose 35%`): reported.
HEADLINE_CHANGE_EDITED = [
    pytest.param(
        "Orion Air profit jumps 35% on busy summer\n\nOrion Air said on Thursday its second-quarter profit rose "
        "35%, helped by strong demand.",
        "35%",
        id="en-profit-in-the-headline-and-the-lead",
    ),
    pytest.param(
        "한빛전자 영업이익 46% 급증\n\n한빛전자의 3분기 영업이익이 1년 전보다 46% 늘었다.",
        "46%",
        id="ko-operating-profit-in-the-headline-and-the-lead",
    ),
    pytest.param(
        "New car registrations rise 7.3% in May\n\nNew car registrations rose 7.3% in May, the industry body said.",
        "7.3%",
        id="en-registrations-with-a-decimal",
    ),
]


@pytest.mark.parametrize("text,figure", HEADLINE_CHANGE_EDITED)
def test_a_headline_change_edited_in_its_leading_digit_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Orion Air profit jumps 35%\n\nOrion Air said its revenue rose 75% in the quarter.",
            id="en-another-metric-after-other-words",
        ),
        pytest.param(
            "Harbor Bank profit rises 26%\n\nHarbor Bank said its quarterly profit fell 66%.\n"
            "Its annual profit rose 26%.",
            id="en-the-lead-change-of-the-other-direction",
        ),
        pytest.param(
            "한빛전자 영업이익 46% 급증\n\n한빛전자의 3분기 영업이익이 1년 전보다 86% 늘었다.\n"
            "상반기 영업이익은 46% 증가했다.",
            id="ko-the-headline-restated-after-the-lead",
        ),
        pytest.param(
            "한빛전자 영업이익 46% 급증\n\n한빛전자의 3분기 영업이익이 1년 전보다 47% 늘었다.",
            id="ko-last-digit-apart-is-another-figure",
        ),
    ],
)
def test_no_headline_change_slip_where_the_lead_states_another_change(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# A headline's level or rate edited in its leading digit, against the lead's first statement of its sort and
# magnitude of one sure metric or after a word in common: reported.
HEADLINE_LEVEL_EDITED = [
    pytest.param(
        "한빛 시장점유율 27%로 상승\n\n한빛의 시장점유율은 지난달 27%를 기록했다.",
        "27%",
        id="ko-a-share-in-the-headline-and-the-lead",
    ),
    pytest.param(
        "Harbor Corp market share rises to 27%\n\nHarbor Corp's market share reached 27% in May, from 25% a year "
        "earlier.",
        "27%",
        id="en-a-share-with-its-prior-after-it",
    ),
]


@pytest.mark.parametrize("text,figure", HEADLINE_LEVEL_EDITED)
def test_a_headline_level_edited_in_its_leading_digit_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "US jobless rate ticks up to 4.3%\n\nThe unemployment rate among teenagers was 8.3% in August.\n"
            "The overall unemployment rate rose to 4.3%.",
            id="en-the-headline-restated-after-another-rate",
        ),
        pytest.param(
            "US jobless rate ticks up to 4.3%\n\nThe unemployment rate a year earlier had been 8.3%.",
            id="en-a-rate-of-a-year-before",
        ),
        pytest.param(
            "Harbor Corp market share at 27%\n\nOrion Air's market share reached 67% in May.",
            id="en-another-entity",
        ),
        pytest.param(
            "한빛 영업이익 46% 급증\n\n누리의 3분기 영업이익이 1년 전보다 86% 늘었다.",
            id="ko-a-change-of-another-name-the-linker-does-not-know",
        ),
        pytest.param(
            "한빛 시장점유율 27%\n\n누리의 시장점유율은 지난달 67%였다.",
            id="ko-another-name-the-linker-does-not-know",
        ),
    ],
)
def test_no_headline_level_slip_where_the_lead_states_another_figure(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "외환보유액 4천215억달러\n\n한국은행에 따르면 5월 말 외환보유액은 4천215억3천만 달러로 "
            "4월 말(4천211억4천만 달러)보다 3억9천만 달러 증가했다.",
            id="ko-the-headline-against-the-baseline-of-its-copy",
        ),
        pytest.param(
            "Reserves rise to $421.5 billion\n\nThe central bank said reserves rose by $0.4 billion to $421.53 "
            "billion in May from $421.14 billion in April.",
            id="en-the-headline-against-the-baseline-of-its-copy",
        ),
    ],
)
def test_a_figure_restated_is_no_slip_of_the_figure_its_copy_changes_from(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert "F405" in [p.rule for p in result.passed]


@pytest.mark.parametrize(
    "text,first,second",
    [
        pytest.param(
            "출생아 26만명\n통계청은 출생아가 26만명이라고 밝혔다.",
            "26만명",
            "26만명",
            id="ko-the-next-sentence-on-the-next-line",
        ),
        pytest.param(
            "Orion Air: 45,000 passengers in May\nThe carrier said May traffic reached 45,000 passengers.",
            "45,000",
            "45,000",
            id="en-the-next-sentence-on-the-next-line",
        ),
    ],
)
def test_a_first_sentence_that_is_no_headline_line_is_not_paired_by_its_place(knowledge, text, first, second):
    assert not _restated_together(knowledge, text, first, second)
