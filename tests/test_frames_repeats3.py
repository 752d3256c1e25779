"""Facts stated twice, part 3 (issue 11): a figure of the headline or lead that differs from its restatement
only in its leading digit is a slip (F405) from three significant digits, whatever words each follows.

Related figures share their magnitude, so two of them one apart in the last digit are common and stay two
figures; trailing digits agree with leading ones apart rarely by chance. Sentences of our own, in both languages.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_edits_reported import assert_edit_reported

LEAD_RESTATED_ONCE = [
    pytest.param(
        "Harbor fees rise 4.37% in spring\n\nFees collected by the port authority climbed 4.37% from a year "
        "earlier, officials said on Tuesday.",
        "4.37%",
        id="en-rate-in-the-headline",
    ),
    pytest.param(
        "Dockers strike costs port $265 million\n\nThe two-week stoppage left the harbor authority short of "
        "$265 million in fees, officials said.",
        "$265 million",
        id="en-amount-in-the-headline",
    ),
    pytest.param(
        "The mill's output grew 6.82% in March, the ministry said.\nSteel shipments rose as well.\n"
        "Builders ordered more beams.\nMarch production at the mill was up 6.82% on the year.",
        "6.82%",
        id="en-rate-in-the-lead",
    ),
    pytest.param(
        "한빛전자 2분기 영업익 723억원…전년比 감소\n\n한빛전자는 올해 2분기 연결 기준 영업이익이 "
        "723억원으로 잠정 집계됐다고 밝혔다.",
        "723억원",
        id="ko-amount-in-the-headline",
    ),
    pytest.param(
        "코스피 1.62% 내려 마감…외국인 매도\n\n외국인 투자자들이 주식을 팔면서 코스피가 1.62% 하락한 채 장을 마쳤다.",
        "1.62%",
        id="ko-rate-in-the-headline",
    ),
    pytest.param(
        "누리건설은 올해 수주액이 4조 3800억원에 이른다고 밝혔다.\n회사는 해외 사업을 늘렸다.\n"
        "주택 부문도 성장했다.\n올해 누리건설의 수주 실적은 4조 3800억원으로 역대 최대다.",
        "4조 3800억원",
        id="ko-amount-in-the-lead",
    ),
    pytest.param(
        "Harbor authority reports a record year\nFees and traffic both higher\nBy a staff writer\nUpdated on "
        "Tuesday\nThe port authority collected $265 million in fees last year, officials said.\nShips came in "
        "larger numbers.\nCargo rose.\nThe $265 million total was a record.",
        "$265 million",
        id="en-lead-after-a-byline",
    ),
    pytest.param(
        "한빛항만공사, 사상 최대 실적\n수수료·물동량 모두 늘어\n홍길동 기자\n입력 화요일\n"
        "한빛항만공사는 지난해 수수료 수입이 265억원이라고 밝혔다.\n선박 입항이 늘었다.\n화물도 증가했다.\n"
        "공사의 수수료 수입 265억원은 역대 최대다.",
        "265억원",
        id="ko-lead-after-a-byline",
    ),
]


@pytest.mark.parametrize("text,figure", LEAD_RESTATED_ONCE)
def test_a_lead_figure_edited_in_its_leading_digit_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Port traffic grew in May\n\nThe port handled 1,240 ships.\nCargo rose too.\nLabor costs climbed.\n"
            "Container volume was up 38.6% on the year.\nBulk tonnage fell, and exports were 58.6% of the total.",
            id="en-two-body-figures-leading-digit-apart",
        ),
        pytest.param(
            "항만 물동량 늘어\n\n항만은 선박 1240척을 처리했다.\n화물도 증가했다.\n인건비도 올랐다.\n"
            "컨테이너 물동량은 1년 전보다 38.6% 늘었다.\n수출은 전체의 58.6%를 차지했다.",
            id="ko-two-body-figures-leading-digit-apart",
        ),
        pytest.param(
            "Clinic revenue rises 12.3% in quarter\n\nVisits to the clinic group grew 12.7% in the quarter.",
            id="en-last-digit-apart-is-two-figures",
        ),
        pytest.param(
            "병원 매출 12.3% 증가\n\n병원 방문객은 분기 중 12.7% 늘었다.",
            id="ko-last-digit-apart-is-two-figures",
        ),
        pytest.param(
            "Port traffic up 24% in May\n\nThe port handled 64% of the region's cargo in May.",
            id="en-two-digits-are-too-few",
        ),
        pytest.param(
            "항만 물동량 24% 증가\n\n이 항만은 5월 지역 화물의 64%를 처리했다.",
            id="ko-two-digits-are-too-few",
        ),
    ],
)
def test_no_leading_digit_slip_outside_the_lead_or_in_few_digits(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


NAMED_IN_THE_LEAD = [
    pytest.param(
        "Japan's exports up 6.4% in June\n\nJapan's exports rose 6.4% from a year earlier, the finance ministry "
        "said on Thursday.",
        "6.4%",
        id="en-rate-of-one-country",
    ),
    pytest.param(
        "China's car sales up 5.2%\n\nChina's car sales grew 5.2% in March, an industry group said.",
        "5.2%",
        id="en-sales-of-one-country",
    ),
    pytest.param(
        "중국 수출 6.4% 증가…반도체 호조\n\n중국 해관총서는 1분기 중국 수출 6.4% 증가를 발표했다.",
        "6.4%",
        id="ko-rate-of-one-country",
    ),
]


@pytest.mark.parametrize("text,figure", NAMED_IN_THE_LEAD)
def test_a_two_digit_lead_figure_of_one_entity_after_the_same_words_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Japan's exports up 6.4% in June\n\nGermany's exports rose 2.4% from a year earlier.",
            id="en-two-countries",
        ),
        pytest.param(
            "일본 수출 6.4% 증가\n\n독일의 수출은 1년 전보다 2.4% 증가했다.",
            id="ko-two-countries",
        ),
        pytest.param(
            "Japan's exports up 6.4% in June\n\nThe yen fell as Japan's trade data came out.\nShipping rose.\n"
            "Car sales grew.\nJapan's exports rose 2.4% in May and imports rose 3.1%.",
            id="en-two-digits-in-the-body-only",
        ),
    ],
)
def test_no_two_digit_slip_without_one_entity_in_the_lead(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


CHANGE_WITH_ITS_FIGURE = [
    pytest.param(
        "Harbor group results\n\nThe port operator said fees were higher.\nShips came in larger numbers.\n"
        "* H1 net profit rose 7.4 percent to 61.3 million EUR\n* Says H1 net profit improved by 7.4% to "
        "EUR61.3 million",
        "7.4%",
        id="en-bullets-in-two-styles",
    ),
    pytest.param(
        "Clinic network results\n\nVisits climbed in the spring.\nStaff numbers held steady.\n"
        "Quarterly revenue grew 3.6 percent to $412.5 million.\nLater the group repeated that revenue rose 3.6% "
        "to $412.5 million.",
        "3.6%",
        id="en-change-restated-in-the-body",
    ),
    pytest.param(
        "한빛전자 실적 발표\n\n회사는 반도체 수요가 늘었다고 밝혔다.\n직원 수는 그대로였다.\n"
        "한빛전자의 2분기 매출은 전년 동기 대비 4.3% 늘어난 6조 1200억원이었다.\n"
        "한빛전자는 이날 2분기 매출이 4.3% 증가한 6조 1200억원이라고 거듭 밝혔다.",
        "4.3%",
        id="ko-change-restated-in-the-body",
    ),
]


@pytest.mark.parametrize("text,figure", CHANGE_WITH_ITS_FIGURE)
def test_a_change_restated_with_the_figure_it_changes_is_reported_when_edited(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Box office week\n\nCinemas were busy.\nFamilies came back.\nThe week grossed $175.4 million, up 24% "
            "from last year and up 14% from the four-year average.\nThe week's $175.4 million was 14% above "
            "the average.",
            id="en-a-figure-changed-against-two-bases",
        ),
        pytest.param(
            "Clinic network results\n\nVisits climbed.\nStaff held steady.\nQuarterly revenue grew 3.6 percent "
            "to $412.5 million.\nIn the other region revenue rose 8.6% to $93.1 million.",
            id="en-two-figures-two-changes",
        ),
        pytest.param(
            "극장가 주간 실적\n\n가족 관객이 늘었다.\n평일에도 붐볐다.\n이번 주 매출은 작년보다 24% 늘어난 "
            "175억 4000만원으로 4년 평균보다는 14% 많았다.\n이번 주 매출 175억 4000만원은 평균보다 14% 많다.",
            id="ko-a-figure-changed-against-two-bases",
        ),
    ],
)
def test_no_change_slip_without_one_changed_figure(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


REPEATED_SENTENCE = [
    pytest.param(
        "Ferry operator results\n\nThe operator earned $61.7 million, or 92 cents a share, in the quarter, up "
        "from $48.3 million, or 71 cents a share, a year earlier.\nFuel costs fell.\nThe operator earned "
        "$61.7 million, or 92 cents a share, in the quarter, up from $48.3 million, or 71 cents a share, a year "
        "earlier.",
        "71 cents",
        id="en-paragraph-repeated",
    ),
    pytest.param(
        "여객선사 실적\n\n회사는 2분기 617억원의 순이익을 냈고 주당 920원을 벌어 1년 전 483억원, 주당 710원보다 "
        "늘었다.\n연료비는 줄었다.\n회사는 2분기 617억원의 순이익을 냈고 주당 920원을 벌어 1년 전 483억원, "
        "주당 710원보다 늘었다.",
        "710원",
        id="ko-paragraph-repeated",
    ),
]


@pytest.mark.parametrize("text,figure", REPEATED_SENTENCE)
def test_a_figure_edited_in_a_repeated_sentence_is_reported(knowledge, text, figure):
    assert_edit_reported(knowledge, text, figure, "F405")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ferry operator results\n\nIn 2023 the operator earned $61.7 million, or 92 cents a share, and paid "
            "$48.3 million in fuel.\nFuel costs fell.\nIn 2024 the operator earned $61.7 million, or 52 cents a "
            "share, and paid $48.3 million in fuel.",
            id="en-two-years-alike-but-one-figure",
        ),
        pytest.param(
            "여객선사 실적\n\n2023년 회사는 617억원의 순이익을 냈고 주당 920원을 벌었으며 연료비로 483억원을 "
            "썼다.\n연료비는 줄었다.\n2024년 회사는 617억원의 순이익을 냈고 주당 520원을 벌었으며 연료비로 "
            "483억원을 썼다.",
            id="ko-two-years-alike-but-one-figure",
        ),
    ],
)
def test_repeated_sentences_whose_figures_belong_to_two_periods_are_two_facts(knowledge, text):
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
