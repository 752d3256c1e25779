"""Broken relations that were read but judged to hold, or never read (forty-fourth session, lane `broken`): the list a
breakdown gives is closed where its words or its dates say it is every part, its whole is the precise figure and not
a looser restatement of it, and a sum of two named parts reads parts a breakdown listed already.

- A breakdown (`병원별로는 …`, `By clinic, …`) whose parts exceed the whole found by position is not moved to a looser
  restatement of that whole (a headline's `4만 명 넘어`, `More than 40,000`) that they meet only by its width
  (checker/link/wholes_agreeing.py, `found`).
- A breakdown whose last part is the rest counted (`나머지 11개 읍면이 a톤`, `the other 11 parishes a tonnes`) names
  every part: closed, so parts that fall short are reported (checker/link/breakdowns.py, `_REST_BEFORE`).
- A breakdown by period whose parts, each dated, make up the whole's stated period (`상반기 … 월별로는 1월 a, …, 6월
  f`, six months of a half, four quarters of a year) is closed (checker/link/breakdowns.py, `periods_fill`).
- Two names taken together (`초등부와 중등부를 합친 d명`) read parts a breakdown listed already; each adds into the
  named sum too (`tally_of`), and the names may share a noun after them and be written in another form
  (`the spaniel and terrier classes together`, `Spaniels …`) (checker/link/named_sums.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked as _checked
from helpers import assert_not_fired as _not_fired

SUM = "F302"


# ---------------------------------------------------------------- a breakdown's whole, not its looser restatement


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "보람시 심야약국 이용객 3만 명 넘어\n\n보람시는 심야약국 4곳이 올해 상반기 이용객 3만2천400명을 받았다고 "
            "3일 밝혔다. 지난해보다 12% 늘었다.\n\n약국별로는 중앙약국이 1만1천200명으로 가장 많았고 "
            "솔빛약국 9천400명, 새봄약국 {third}, 들꽃약국 4천900명 순이었다.",
            "6천900명",
            "7천900명",
        ),
        (
            "가람군 도서관 대출 5만 권 넘어\n\n가람군은 공공도서관 3곳의 올해 대출이 5만3천600권이었다고 8일 "
            "밝혔다. 도서관별로는 군립도서관이 2만4천100권, 읍도서관이 1만8천300권, 면도서관이 {third}이었다.",
            "1만1천200권",
            "1만3천200권",
        ),
        (
            "한울시 공영주차장 이용 20만 대 넘어\n\n한울시는 공영주차장 이용 차량이 올해 21만4천 대였다고 "
            "밝혔다. 지지난해보다 늘었다. 주차장별로는 역전 주차장 9만1천 대, 시장 주차장 7만8천 대, "
            "시청 주차장 {third}였다.",
            "4만5천 대",
            "5만5천 대",
        ),
        (
            "More than 40,000 patients seen at night clinics\n\nThe county's four night clinics saw 41,600 "
            "patients in the first half, the health board said on Tuesday. By region, the north saw 14,500 "
            "patients, the south 12,100 patients, the west {third} and the east 6,200 patients.",
            "8,800 patients",
            "9,800 patients",
        ),
        (
            "Over 60,000 passengers ride the ferries\n\nThe harbour board's ferries carried 63,400 passengers "
            "in the summer, the board said. By type, car ferries carried 31,200 passengers, foot ferries 19,800 "
            "passengers and water taxis {third}.",
            "12,400 passengers",
            "14,400 passengers",
        ),
    ],
)
def test_a_breakdown_exceeding_its_whole_is_not_moved_to_a_looser_restatement(knowledge, text, right, wrong):
    _checked(knowledge, text.format(third=right), SUM, fires=False)
    _checked(knowledge, text.format(third=wrong), SUM, fires=True)


# ---------------------------------------------------------------- a breakdown closed by its counted rest


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "솔뫼군 고구마 수확\n\n솔뫼군은 올해 고구마 생산량이 3천420톤으로 예상된다고 5일 밝혔다.\n\n"
            "읍면별로는 해들면이 1천150톤으로 가장 많고 가온면 870톤, 누리면 640톤, 나머지 8개 읍면이 {rest}이다.",
            "760톤",
            "560톤",
        ),
        (
            "다온시 전통시장 매출\n\n다온시 전통시장 매출은 지난해 1천284억 원이었다.\n\n시장별로는 중앙시장이 "
            "512억 원으로 가장 많았고 역전시장 336억 원, 나머지 6개 시장이 {rest}이었다.",
            "436억 원",
            "336억 원",
        ),
        (
            "새들군 한우 사육\n\n새들군의 한우 사육 두수는 4만2천 마리다.\n\n면별로는 상북면이 1만3천 마리, "
            "하북면이 9천 마리, 나머지 9개 면이 {rest}다.",
            "2만 마리",
            "1만6천 마리",
        ),
        (
            "Potato harvest\n\nThe island expects a potato crop of 3,420 tonnes this year, the growers' board said. "
            "By region, the north is expected to lift 1,150 tonnes, the east 870 tonnes, the west 640 tonnes and "
            "the other 11 parishes {rest}.",
            "760 tonnes",
            "560 tonnes",
        ),
        (
            "Milk output\n\nThe dairy co-operative's farms produced 48,600 tonnes of milk last year. By region, "
            "the valley farms produced 21,400 tonnes, the hill farms 15,800 tonnes and the remaining 37 farms "
            "{rest}.",
            "11,400 tonnes",
            "9,400 tonnes",
        ),
    ],
)
def test_a_breakdown_ending_with_its_counted_rest_is_closed(knowledge, text, right, wrong):
    _checked(knowledge, text.format(rest=right), SUM, fires=False)
    _checked(knowledge, text.format(rest=wrong), SUM, fires=True)


# ---------------------------------------------------------------- a breakdown by months that fill the whole's period


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "하늬군 수요응답 버스\n\n하늬군은 수요응답형 버스가 올해 상반기 1만2천300회 운행됐다고 4일 밝혔다. "
            "월별 운행은 1월 1천820회, 2월 1천760회, 3월 2천10회, 4월 {april}, 5월 2천340회, 6월 2천220회였다.",
            "2천150회",
            "1천150회",
        ),
        (
            "가온시 자전거 대여\n\n가온시 공공자전거는 올해 3분기 8만5천 건 대여됐다. 월별로는 7월 2만6천400 건, "
            "8월 {august}, 9월 3만1천 건이었다.",
            "2만7천600 건",
            "2만2천600 건",
        ),
        (
            "누리군 관광객\n\n누리군을 찾은 관광객은 올해 상반기 23만3천 명이었다. 분기별로는 1분기 9만2천 명, "
            "2분기 {third}이었다.",
            "14만1천 명",
            "12만1천 명",
        ),
        (
            "한빛시 민원 처리\n\n한빛시는 올해 1분기 민원 4천560건을 처리했다. 월별로는 1월 1천480건, "
            "2월 1천390건, 3월 {march}이었다.",
            "1천690건",
            "1천490건",
        ),
        (
            "다래군 택배 물량\n\n다래군 물류센터가 올해 상반기 처리한 택배는 186만 상자다. 월별로는 1월 32만 상자, "
            "2월 27만 상자, 3월 30만 상자, 4월 31만 상자, 5월 {may}, 6월 33만 상자였다.",
            "33만 상자",
            "23만 상자",
        ),
    ],
)
def test_a_breakdown_by_months_filling_the_period_is_closed(knowledge, text, right, wrong):
    key = next(k for k in ("april", "august", "third", "march", "may") if "{" + k + "}" in text)
    _checked(knowledge, text.format(**{key: right}), SUM, fires=False)
    _checked(knowledge, text.format(**{key: wrong}), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (some months only: the breakdown may name the busiest, open)
        "하늬군 수요응답 버스\n\n하늬군은 수요응답형 버스가 올해 상반기 1만2천300회 운행됐다고 4일 밝혔다. "
        "월별로는 5월 2천340회, 6월 2천220회, 3월 2천10회 순으로 많았다.",
        "누리군 관광객\n\n누리군을 찾은 관광객은 지난해 52만4천 명이었다. 분기별로는 3분기 18만3천 명, 2분기 "
        "14만1천 명이 많았다.",
    ],
)
def test_a_breakdown_by_some_months_stays_open(knowledge, text):
    _not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- two named parts a breakdown listed already


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "가람군 씨름대회\n\n대회에는 선수 940명이 출전했다. 부별로는 초등부 210명, 중등부 260명, 고등부 "
            "230명, 일반부 240명이다. 초등부와 중등부를 합친 어린 선수만 {sum}으로 절반을 넘었다.",
            "470명",
            "510명",
        ),
        (
            "솔내시 김장 나눔\n\n올해 나눈 김치는 3만8천 포기다. 단체별로는 부녀회 1만2천 포기, 적십자 9천 포기, "
            "봉사단 1만1천 포기, 기업 6천 포기다. 부녀회와 봉사단을 합친 물량은 {sum}다.",
            "2만3천 포기",
            "2만6천 포기",
        ),
        (
            "솔빛군 청소년 축제\n\n축제에는 300팀이 참가했다. 부문별로는 노래 120팀, 춤 96팀, 연극 48팀, "
            "밴드 36팀이다. 노래와 춤을 합친 팀은 {sum}이다.",
            "216팀",
            "236팀",
        ),
    ],
)
def test_two_named_parts_listed_in_a_breakdown_add_into_their_named_sum(knowledge, text, right, wrong):
    _checked(knowledge, text.format(sum=right), SUM, fires=False)
    _checked(knowledge, text.format(sum=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Fair tickets\n\nThe fair sold 9,400 tickets. By type, adults bought 5,200 tickets, children 2,600 tickets "
            "and seniors 1,600 tickets. Adults and children together bought {sum}.",
            "7,800 tickets",
            "8,800 tickets",
        ),
        (
            "Show entries\n\nThe show drew 1,340 entries. By type, spaniels made up 460 entries, terriers 310 "
            "entries, hounds 290 entries and toy breeds 280 entries. The spaniel and terrier classes together "
            "accounted for {sum}.",
            "770 entries",
            "830 entries",
        ),
    ],
)
def test_two_named_parts_in_english_add_into_their_named_sum(knowledge, text, right, wrong):
    _checked(knowledge, text.format(sum=right), SUM, fires=False)
    _checked(knowledge, text.format(sum=wrong), SUM, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (each name's figure is another measure: no sum of theirs)
        "솔빛군 청소년 축제\n\n축제에는 300팀이 참가했다. 부문별로는 노래 120팀, 춤 96팀, 연극 48팀, 밴드 36팀이다. "
        "노래와 춤을 합친 무대는 모두 14시간이다.",
        "Fair tickets\n\nThe fair sold 9,400 tickets. By type, adults bought 5,200 tickets, children 2,600 tickets and "
        "seniors 1,600 tickets. Adults and children together spent £41,000.",
    ],
)
def test_two_named_parts_and_a_figure_of_another_unit_are_no_sum(knowledge, text):
    _not_fired(knowledge, text, SUM)


# ---------------------------------------------------------------- a difference stated as a comparative of measure

DIFFERENCE = "F305"


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The winning pumpkin weighed 612 kilograms, {gap} heavier than last year's winner of 564 kilograms.",
            "48 kilograms",
            "68 kilograms",
        ),
        (
            "The new bridge is 340 metres long, {gap} longer than the old crossing of 255 metres.",
            "85 metres",
            "65 metres",
        ),
        (
            "The tallest sunflower stood 4.1 metres, {gap} taller than last year's record of 3.5 metres.",
            "0.6 metres",
            "0.9 metres",
        ),
        (
            "The new runway will be 2,400 metres, {gap} shorter than the 2,700 metres first planned.",
            "300 metres",
            "500 metres",
        ),
        (
            "The main channel will be 14 metres deep, {gap} deeper than the current 11 metres.",
            "3 metres",
            "5 metres",
        ),
        (
            "The new lorry weighs 7.5 tonnes, {gap} lighter than the old model at 8.7 tonnes.",
            "1.2 tonnes",
            "1.8 tonnes",
        ),
        (
            "The widened road is 18 metres, {gap} wider than the old road of 12 metres.",
            "6 metres",
            "8 metres",
        ),
    ],
)
def test_a_difference_stated_as_a_comparative_of_measure(knowledge, text, right, wrong):
    _checked(knowledge, "Show\n\n" + text.format(gap=right), DIFFERENCE, fires=False)
    _checked(knowledge, "Show\n\n" + text.format(gap=wrong), DIFFERENCE, fires=True)


@pytest.mark.parametrize(
    "text",
    [
        # (no figure compared with: the comparative closes its clause, or its figure is of another measure)
        "The 40 stalls stay open two hours longer on Saturdays, and the market now runs to 6pm.",
        "The new bridge is 340 metres long and took 14 months longer to build than planned.",
        "The winning pumpkin weighed 612 kilograms; the runner-up, grown 3 miles away, was lighter.",
    ],
)
def test_a_comparative_of_measure_with_nothing_compared_is_no_difference(knowledge, text):
    _not_fired(knowledge, "Show\n\n" + text, DIFFERENCE)


# ---------------------------------------------------------------- a breakdown by categories of two levels joined by `·`


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "가온도 귀농인\n\n가온도는 지난해 귀농인이 2천540명이었다고 3일 밝혔다. 시·군별로는 해들시가 1천120명으로 "
            "가장 많았고 누리군 {part}, 솔빛군 640명이었다.",
            "780명",
            "980명",
        ),
        (
            "다솜군 경로당\n\n다솜군의 경로당은 모두 214곳이다. 읍·면별로는 다솜읍 62곳, 가람면 {part}, 누리면 41곳, "
            "솔내면 63곳이다.",
            "48곳",
            "58곳",
        ),
        (
            "바람도 산불 피해\n\n올봄 산불로 바람도 산림 1천860㏊가 탔다. 시·군별로는 해들군 920㏊, 가온시 {part}, "
            "누리군 410㏊였다.",
            "530㏊",
            "730㏊",
        ),
        (
            "새봄시 어린이집\n\n새봄시 어린이집 정원은 1만2천400명이다. 구·동별로는 북구 5천100명, 남구 {part}, "
            "중앙동 2천900명이다.",
            "4천400명",
            "5천400명",
        ),
        (
            "하늘도 관광객\n\n하늘도를 찾은 관광객은 지난해 842만 명이었다. 시·군별 관광객은 해들시가 412만 명, "
            "누리군이 {part}, 솔빛군이 174만 명이었다.",
            "256만 명",
            "296만 명",
        ),
    ],
)
def test_a_breakdown_by_joined_categories(knowledge, text, right, wrong):
    _checked(knowledge, text.format(part=right), SUM, fires=False)
    _checked(knowledge, text.format(part=wrong), SUM, fires=True)


def test_a_breakdown_by_joined_categories_naming_some_is_open(knowledge):
    text = (
        "한빛시 인구\n\n한빛시 인구는 올해 6월 말 48만2천 명이다. 동·읍·면별 인구는 중앙동 12만1천 명, 한빛읍 "
        "9만8천 명, 새들면 3만2천 명 등이다."
    )
    _checked(knowledge, text, SUM, fires=False)
