"""Korean ratios on copy never seen (forty-third session, lane `ratio_ko`): an average per day of a total over a span.

- `하루에` marks an average per day as `하루` does, before a figure worked out (`하루에 480명꼴이`); never `하루에만`
  (one day's) (`[link.span_average_bare_day_before]`).
- A bare `하루` right before a figure, with no `꼴` and no `평균` (`나흘 동안 288경기가 치러져 하루 72경기가 열린다`,
  `9천600명이 나흘 동안 시를 찾아 하루 2천400명이 머물렀다`), is an average of the total its own sentence states, over
  the one span of days its sentence writes before it; no cap (`하루 최대`), no sentence writing two spans or none
  (checker/link/span_averages.py `_spanned_before`).
- The story's run: the one span of a unit the lead writes (`2일부터 5일까지 나흘 동안 열린 전시회에`) is the span of
  an average worked out later (`관람객은 3만2천 명으로 하루 8천 명꼴이었다`) of a total stated with no span of its own,
  when no other span of the unit stands between the lead and the average (`_StoryRuns`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_PERIOD = "F312"


def _checked(knowledge, text: str, fires: bool) -> None:
    assert_checked(knowledge, text, PER_PERIOD, fires)


# ---------------------------------------------------------------- `하루에 N꼴`

_DAY_WITH_PARTICLE = [
    (
        "가람 장기대회 성황\n\n가람군은 지난 3일과 4일 이틀 동안 군민회관에서 연 장기대회에 선수 {total}이 "
        "참가했다고 6일 밝혔다.\n\n하루에 480명꼴이 장기판 앞에 앉았다."
    ),
    (
        "솔내 연날리기 대회\n\n솔내시는 사흘 동안 강변에서 연날리기 대회를 열었다. 참가자는 {total}이었다. "
        "하루에 320명꼴로 연을 띄운 셈이다."
    ),
    "별빛 천문대는 닷새 동안 관측 행사를 열어 관람객 {total}을 맞았다. 하루에 1천100명꼴이다.",
    (
        "누리 벼룩시장 첫선\n\n누리구는 주말 이틀간 벼룩시장을 열어 시민 {total}이 다녀갔다고 밝혔다.\n\n"
        "하루에 2천 명꼴로 장터를 찾은 셈이다."
    ),
    "The gate of the 하람 fair: 하람군 축제는 열흘간 열려 관광객 {total}이 찾았다. 하루에 9천 명꼴이었다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_DAY_WITH_PARTICLE[0], "960명", "1천500명"),
        (_DAY_WITH_PARTICLE[1], "960명", "1천500명"),
        (_DAY_WITH_PARTICLE[2], "5천500명", "8천 명"),
        (_DAY_WITH_PARTICLE[3], "4천 명", "6천 명"),
        (_DAY_WITH_PARTICLE[4], "9만 명", "13만 명"),
    ],
)
def test_a_day_with_its_particle_marks_an_average_worked_out(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_one_day_alone_is_no_average(knowledge):
    # (`하루에만`: the figure of one of the days, no average of the span)
    text = (
        "솔내시는 사흘 동안 강변에서 연날리기 대회를 열어 참가자 960명을 모았다. 하루에만 500명꼴이 몰린 날도 있었다."
    )
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- a bare `하루 N` in the sentence of its span and total

_BARE_DAY = [
    "다온 배구대회\n\n체육관에는 코트 4면이 설치되고 사흘 동안 {total}이 치러져 하루 72경기가 열린다.",
    "다온시는 선수와 가족 등 연인원 {total}이 나흘 동안 시를 찾아 하루 2천400명이 머물렀다고 밝혔다.",
    "가온 국화축제는 열흘 동안 관람객 {total}을 모아 하루 1만2천 명이 다녀갔다.",
    "해솔 도서관은 방학 엿새 동안 책 {total}을 빌려줘 하루 1천 권이 나갔다.",
    "윤슬 썰매장은 20일간 {total}을 받아 하루 900명이 썰매를 탔다.",
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_BARE_DAY[0], "216경기", "300경기"),
        (_BARE_DAY[1], "9천600명", "1만4천 명"),
        (_BARE_DAY[2], "12만 명", "18만 명"),
        (_BARE_DAY[3], "6천 권", "1만2천 권"),
        (_BARE_DAY[4], "1만8천 명", "2만6천 명"),
    ],
)
def test_a_bare_day_restates_its_sentences_total_over_its_span(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (a cap, no average)
        "가온 국화축제는 열흘 동안 관람객 12만 명을 모았고 하루 최대 3만 명이 다녀갔다.",
        # (no span in its sentence: which days, not said)
        "가온 국화축제는 관람객 12만 명을 모아 하루 1만2천 명이 다녀갔다.",
        # (two spans: which one, not said)
        "가온 국화축제는 열흘 동안 관람객 12만 명을 모았는데, 주말 나흘 동안 하루 1만2천 명이 다녀갔다.",
        # (the first day's figure)
        "가온 국화축제는 열흘 동안 관람객 12만 명을 모았고 첫날에는 하루 3만 명이 다녀갔다.",
    ],
)
def test_a_bare_day_without_one_span_or_as_a_cap_is_no_average(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- the story's run, written in the lead

_RUN = [
    (
        "누리 국화 전시회\n\n누리시는 지난 2일부터 5일까지 나흘 동안 시민회관에서 열린 국화 전시회에 농가 120곳이 "
        "국화 900점을 냈다고 7일 밝혔다.\n\n관람객은 {total}으로 하루 8천 명꼴이었다."
    ),
    (
        "솔내 물놀이장 개장\n\n솔내시는 강변 물놀이장을 다음 달 1일부터 30일간 운영한다고 3일 밝혔다.\n\n"
        "시는 올여름 이용객 목표를 {total}으로 잡았다. 하루 1천200명꼴이다."
    ),
    (
        "해람 도자기축제\n\n해람군은 지난 10일부터 엿새 동안 도자기축제를 열었다고 17일 밝혔다.\n\n"
        "축제장에서 팔린 그릇은 {total}로 하루 500개꼴이 팔린 셈이다."
    ),
    (
        "가온 유소년 야구대회\n\n가온시는 지난 1일부터 12일까지 12일간 열린 유소년 야구대회에 선수단 4천 명이 "
        "다녀갔다고 14일 밝혔다.\n\n대회 기간 구장 8곳에서 {total}가 치러져 하루 평균 40경기꼴로 열렸다."
    ),
    (
        "별솔 책 잔치\n\n별솔시는 지난 5일부터 이틀 동안 책 잔치를 열었다.\n\n헌책 장터에서 팔린 책은 {total}이었다. "
        "하루 1천500권꼴이다."
    ),
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_RUN[0], "3만2천 명", "4만8천 명"),
        (_RUN[1], "3만6천 명", "5만 명"),
        (_RUN[2], "3천 개", "4천500개"),
        (_RUN[3], "480경기", "700경기"),
        (_RUN[4], "3천 권", "4천500권"),
    ],
)
def test_an_average_worked_out_spans_the_story_run_the_lead_writes(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (another span of days between the lead and the average: which one, not said)
        (
            "누리 국화 전시회\n\n누리시는 지난 2일부터 5일까지 나흘 동안 국화 전시회를 열었다고 7일 밝혔다.\n\n"
            "야간 개장은 사흘간 이어졌다. 관람객은 3만2천 명으로 하루 8천 명꼴이었다."
        ),
        # (an average not worked out: it may be of any days)
        (
            "누리 국화 전시회\n\n누리시는 지난 2일부터 5일까지 나흘 동안 국화 전시회를 열었다고 7일 밝혔다.\n\n"
            "관람객은 3만2천 명으로 평일 하루 평균 8천 명이었다."
        ),
        # (the lead writes no span: the run is not said)
        (
            "누리 국화 전시회\n\n누리시는 국화 전시회를 열었다고 7일 밝혔다.\n\n"
            "관람객은 3만2천 명으로 하루 8천 명꼴이었다."
        ),
    ],
)
def test_no_story_run_without_one_span_in_the_lead(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- a pace and the days the job takes

_JOB = [
    (
        "해솔 누룽지 수출\n\n해솔식품이 미국 유통업체와 누룽지 {total} 봉지를 수출하는 계약을 맺었다고 3일 밝혔다.\n\n"
        "공장은 하루 6천 봉지를 만들 수 있어 꼬박 30일을 이 주문에만 매달려야 한다."
    ),
    (
        "가람 한과 수출\n\n가람군의 한과 업체가 독일 유통업체와 한과 {total} 상자를 수출하는 계약을 맺었다고 "
        "4일 밝혔다.\n\n직원 열 명이 하루 800 상자를 포장해도 꼬박 30일이 걸리는 양이다."
    ),
    (
        "가람 손수레 수출\n\n가람카트는 일본 체인과 손수레 {total} 대를 공급하는 계약을 맺었다고 5일 밝혔다.\n\n"
        "회사의 한 달 생산능력은 1만 대여서 계약 물량을 모두 만드는 데 넉 달이 걸린다."
    ),
    (
        "솔내 식혜 수출\n\n솔내식품은 캐나다 업체와 식혜 캔 {total} 개를 공급하는 계약을 맺었다고 5일 밝혔다.\n\n"
        "하루 생산량은 4천 캔이어서 수출 물량을 모두 만드는 데 꼬박 25일이 걸린다."
    ),
    (
        "누리 장난감 수출\n\n누리완구가 호주 업체에 나무 블록 {total} 세트를 보내기로 했다고 2일 밝혔다.\n\n"
        "공방은 한 달에 1천500세트를 만들 수 있어 주문을 채우려면 꼬박 여섯 달을 일해야 한다."
    ),
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_JOB[0], "18만", "30만"),
        (_JOB[1], "2만4천", "4만"),
        (_JOB[2], "4만", "8만"),
        (_JOB[3], "10만", "16만"),
        (_JOB[4], "9천", "1만5천"),
    ],
)
def test_a_pace_times_the_days_the_job_takes_is_the_order(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


@pytest.mark.parametrize(
    "text",
    [
        # (a date, no span: `꼬박` is not written)
        (
            "해솔 누룽지 수출\n\n해솔식품이 누룽지 18만 봉지를 수출하는 계약을 맺었다고 3일 밝혔다.\n\n"
            "공장은 하루 6천 봉지를 만들어 오는 30일을 전후해 첫 물량을 보낸다."
        ),
        # (a crew's pace with no span of what the job takes: each or together, not said)
        (
            "가람 한과 수출\n\n가람군의 한과 업체가 한과 2만4천 상자를 수출하는 계약을 맺었다고 4일 밝혔다.\n\n"
            "직원 열 명이 하루 800 상자를 포장한다."
        ),
    ],
)
def test_no_pace_without_a_span_of_the_job(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


# ---------------------------------------------------------------- each one's spending, and the sum it comes to

PER_UNIT = "F317"

_SPENT = [
    (
        "가온 단오제 폐막\n\n가온시는 나흘 동안 열린 단오제에 관람객 {count}이 다녀갔다고 23일 밝혔다.\n\n"
        "시는 관람객 한 사람이 축제장과 주변 상가에서 평균 3만 원을 쓴 것으로 보고, 축제가 지역에 남긴 소비를 "
        "60억 원으로 추산했다."
    ),
    (
        "가온 송어축제 폐막\n\n가온군은 송어축제에 관광객 12만 명이 다녀갔다고 3일 밝혔다.\n\n"
        "군은 외지인 {count}이 군내에서 1인당 4만 원꼴로 쓴 것으로 보고, 지역 경제 효과를 20억 원으로 추산했다."
    ),
    (
        "가온 캠핑장 1년\n\n가온시는 강변 캠핑장을 1년 동안 4만 팀이 이용했다고 3일 밝혔다.\n\n"
        "외지 이용객은 {count}으로, 시는 이들이 장보기와 식당 등으로 한 팀당 평균 10만 원을 써 "
        "지역에 15억 원이 풀린 것으로 추산했다."
    ),
    (
        "가온 생활체육대회\n\n가온시는 생활체육대회에 선수 1천200명이 참가했다고 3일 밝혔다.\n\n"
        "참가자 가운데 {count}이 다른 시도에서 왔다. 체육회는 외지 참가자가 숙박과 식사 등에 "
        "한 사람당 평균 30만 원을 써 지역에 2억4천만 원이 풀린 것으로 추산했다."
    ),
    (
        "누리 국악제\n\n누리군은 국악제에 관객 3만 명이 찾았다고 밝혔다.\n\n군은 외지 관객 {count}이 1인당 5만 원을 "
        "써 지역에 10억 원이 풀린 것으로 봤다."
    ),
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_SPENT[0], "20만 명", "35만 명"),
        (_SPENT[1], "5만 명", "9만 명"),
        (_SPENT[2], "1만5천 팀", "3만 팀"),
        (_SPENT[3], "800명", "1천500명"),
        (_SPENT[4], "2만 명", "4만 명"),
    ],
)
def test_each_ones_spending_comes_to_the_sum_after_it(knowledge, text, right, wrong):
    assert_checked(knowledge, text.format(count=right), PER_UNIT, False)
    assert_checked(knowledge, text.format(count=wrong), PER_UNIT, True)


@pytest.mark.parametrize(
    "text",
    [
        # (received, not spent: no sum of spending)
        (
            "누리 국악제\n\n누리군은 국악제에 관객 3만 명이 찾았다고 밝혔다.\n\n"
            "군은 출연자 한 사람당 평균 50만 원을 받아, 지난해 40만 원보다 10만 원 늘었다고 밝혔다."
        ),
        # (a subset the sentence names spends, the headline's whole does not: which count, unsaid)
        (
            "가온 단오제 관람객 20만 명\n\n가온시는 단오제에 관람객 20만 명이 다녀갔다고 23일 밝혔다.\n\n"
            "시는 외지 관람객이 숙박과 식사 등에 한 사람당 평균 3만 원을 써 지역에 60억 원이 풀린 것으로 추산했다."
        ),
    ],
)
def test_no_sum_of_spending_without_its_count(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- the days counted, and the year they are part of

_DAYS_COUNTED = [
    (
        "한빛시 경로당 점심\n\n한빛시가 6개월 동안 경로당 점심을 모두 {total} 차렸다고 8일 밝혔다.\n\n"
        "6개월 동안 점심을 차린 날이 125일이어서 하루 3천200 끼꼴이다."
    ),
    (
        "은하 클라이밍장 첫해\n\n은하시는 시립 클라이밍장의 첫 1년 이용객이 {total}으로 집계됐다고 23일 밝혔다.\n\n"
        "연휴 닷새를 빼고 365일 가운데 360일을 운영해 하루 평균 100명꼴로 다녀갔다."
    ),
    (
        "누리 도서관 1년\n\n누리 시립도서관은 지난해 대출 {total}을 기록했다고 밝혔다.\n\n"
        "1년 365일 가운데 300일 문을 열어 하루 평균 400권꼴이 나간 셈이다."
    ),
    (
        "솔내 급식소\n\n솔내군 무료 급식소가 지난해 {total}를 냈다고 3일 밝혔다.\n\n"
        "급식소가 문을 연 날이 250일이어서 하루 평균 80끼꼴이다."
    ),
]


@pytest.mark.parametrize(
    "text,right,wrong",
    [
        (_DAYS_COUNTED[0], "40만 끼를", "60만 끼를"),
        (_DAYS_COUNTED[1], "3만6천 명", "5만 명"),
        (_DAYS_COUNTED[2], "12만 권", "18만 권"),
        (_DAYS_COUNTED[3], "2만 끼", "3만 끼"),
    ],
)
def test_the_days_counted_are_the_span_not_the_year_they_are_part_of(knowledge, text, right, wrong):
    _checked(knowledge, text.format(total=right), False)
    _checked(knowledge, text.format(total=wrong), True)


def test_a_date_is_no_count_of_days(knowledge):
    # (`오는 30일이어서`: the thirtieth, a date under a month's days)
    text = (
        "솔내 급식소\n\n솔내군 무료 급식소가 이번 달 2만 끼를 냈다고 3일 밝혔다.\n\n"
        "개소일이 오는 30일이어서 하루 평균 800끼꼴이다."
    )
    assert_not_linked(knowledge, text, PER_PERIOD)
