"""Korean figures per one unit whose count the lead or its own sentence states (thirty-third session, lane
`ratio-ko`; checker/link/per_unit_ko.py).

- A title that states two counts of people (the served and the turned away): the one the lead's body restates is
  the count a later amount per person divides its total by.
- A figure per one unit that restates a total in its own clause (`설치비는 N원으로 정류장 한 곳에 M원`) divides it by
  the lead's one whole count of the unit, its parts aside, when the lead's opening sentence states none; the noun
  before the one (`정류장 한 곳`) names no subset when the title names it (the article's own subject).
- A count whose noun stands right after it (`28개 공방이`) counts the unit the mark names with that noun (`공방 한
  곳당`), whatever its counter.
- A cap per one unit (`1인당 최대 N원`) is no average of a total.

Near misses: a cap, another subject's count, another year's total, counts of people and of the act done to them,
lists of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

_STARTUPS = (
    "여름 독서 캠프 참가 180명…추첨 탈락 70명\n\n"
    "전남 보라시립도서관은 방학 독서 캠프를 마쳤다며 초등학생 180명이 다녀갔다고 12일 밝혔다.\n\n"
)
_LAMPS = (
    "버스정류장 온열의자 82% 설치\n\n"
    "경기 새봄시는 시내 정류장에 온열의자를 놓는 일이 82%까지 왔다고 3일 밝혔다. "
    "정류장 500곳 가운데 410곳에 의자를 놓았고, 남은 곳은 90곳이다.\n\n"
)
_CRAFTS = (
    "봄 공예 박람회 관람객 3만 명\n\n"
    "전남 솔뫼시는 지난달 열린 봄 공예 박람회에 관람객 3만 명이 찾았다고 9일 밝혔다.\n\n"
)

_GARLIC = "벌꿀 1천 톤 넘게 떠\n\n전남 다솔군은 올해 벌꿀 채밀량이 1천80톤으로 지난해 960톤보다 늘었다고 밝혔다.\n\n"
_GARDEN = (
    "해변 축제 폐막\n\n제주 서귀마을회는 사흘 동안 연 해변 축제를 마쳤다고 밝혔다.\n\n"
    "마을회는 축제를 도운 자원봉사자에게 수당 2천400만 원을 줬다. "
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the title's two counts of people: the lead's body restates one
        (_STARTUPS + "캠프 운영비는 5천400만 원으로, 학생 한 명에게 평균 30만 원이 쓰였다.", False),
        (_STARTUPS + "캠프 운영비는 5천400만 원으로, 학생 한 명에게 평균 40만 원이 쓰였다.", True),
        (_STARTUPS + "운영비 5천400만 원을 나눠 보니 1인당 평균 30만 원꼴이다.", False),
        (_STARTUPS + "운영비 5천400만 원을 나눠 보니 1인당 평균 25만 원꼴이다.", True),
        # the lead's one whole count, its parts aside; the title names the unit's noun
        (_LAMPS + "설치비는 7억5천만 원으로 정류장 한 곳에 150만 원씩 들어간다.", False),
        (_LAMPS + "설치비는 7억5천만 원으로 정류장 한 곳에 180만 원씩 들어간다.", True),
        # the count's noun right after it
        (_CRAFTS + "올해는 28개 공방이 참가했다. 판매 수익은 4억2천만 원으로, 공방당 평균 1천500만 원꼴이다.", False),
        (_CRAFTS + "올해는 28개 공방이 참가했다. 판매 수익은 4억2천만 원으로, 공방당 평균 1천900만 원꼴이다.", True),
        (
            _CRAFTS
            + "올해 참가한 28개 공방은 모두 4억2천만 원을 벌었다. 공방 한 곳이 평균 1천500만 원어치를 판 셈이다.",
            False,
        ),
        (
            _CRAFTS + "공방 28곳이 참가했다. 공방들이 번 돈은 4억2천만 원이고, 한 곳이 평균 1천500만 원꼴을 벌었다.",
            False,
        ),
        # the count stated in the figure's own clause: the lead's one whole amount of its kind
        (_GARLIC + "양봉 농가는 240곳으로, 농가 한 곳이 4.5톤꼴을 떴다.", False),
        (_GARLIC + "양봉 농가는 240곳으로, 농가 한 곳이 6톤꼴을 떴다.", True),
        # the count stated in the figure's own clause: the one amount of the sentence right before
        (_GARDEN + "수당을 받은 봉사자는 80명으로, 한 사람이 30만 원씩 챙겼다.", False),
        (_GARDEN + "수당을 받은 봉사자는 80명으로, 한 사람이 45만 원씩 챙겼다.", True),
    ],
)
def test_a_figure_per_one_unit_divides_the_count_the_lead_or_its_sentence_states(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


_CLEAN = [
    # a cap per person beside the total
    _STARTUPS + "운영비는 모두 5천400만 원이다. 교재와 간식에 1인당 최대 45만 원을 쓴다.",
    _STARTUPS + "운영비는 모두 5천400만 원으로, 학생 한 명에게 쓸 수 있는 돈은 최대 50만 원이다.",
    # the title's count not restated in the body, an amount per person of another group
    "귀농 상담 1천200건…실제 귀농 90가구\n\n경남 하동읍은 올해 귀농 상담이 1천200건이었다고 2일 밝혔다.\n\n"
    "읍은 정착 지원금 5억 원을 마련했다. 멘토 농가 한 곳에 평균 200만 원을 준다.",
    # the lead's counts of the unit are two wholes of two towns
    "하천 정비 계속\n\n충남 백마군은 올해 하천 40곳을, 이웃 청람군은 25곳을 정비했다고 밝혔다.\n\n"
    "정비비는 30억 원으로 하천 한 곳에 평균 9천만 원이 들어갔다.",
    # the subset the mark names is not the title's and not the lead's count's
    "도서관 책 소독기 설치\n\n대전 한밭구는 공공도서관 18곳에 책 소독기를 들였다고 밝혔다. 작은도서관은 52곳이다.\n\n"
    "군은 올해 도서 구입비로 4억 원을 썼다. 운영비는 작은도서관 한 곳에 한 해 평균 300만 원이다.",
    # the noun after the count is an act, not the unit
    "무료 건강검진 6천 명 넘게 검진\n\n보건소는 올해 주민 6천120명을 검진했다고 밝혔다.\n\n"
    "사업비는 3억 원이 들었다. 검진 1건당 평균 비용은 8만 원 안팎이다.",
    # a count whose noun follows it is another thing than the mark's noun
    _CRAFTS
    + "체험 행사는 12개 교실에서 열렸다. 판매 부스 수익은 모두 4억2천만 원이고, 공방 한 곳당 참가비는 30만 원이다.",
    # a ticket price, a total of another thing
    _CRAFTS + "입장료는 한 사람에 5천 원이다. 행사 예산은 7억 원으로 지난해보다 늘었다.",
    # another year's total
    _LAMPS + "3년 전 설치비는 5억 원이었고, 정류장 한 곳에 드는 전기료는 한 달 평균 2만 원이다.",
    # a list of unrelated figures
    "장날 풍경\n\n오일장에는 점포 160곳이 문을 열었다. 국밥 한 그릇은 9천 원, 주차장은 200면이다.\n\n"
    "상인회 한 해 예산은 1억5천만 원이다.",
    # a wage per day and the count of workers, no total of wages
    "산불 감시원 65명 배치\n\n전북 진안군은 봄철 산불 감시원 65명을 뽑았다고 밝혔다.\n\n"
    "감시원 한 명이 하루 8시간 일하고 일당은 9만 원이다. 군은 산불 진화 장비 구입에 6억 원을 썼다.",
    # a price per kilogram and a tonnage of another crop
    "감자 수확 마쳐\n\n강원 평창농협은 올해 감자 2천 톤을 수확했다고 밝혔다. 양배추는 800톤이다.\n\n"
    "양배추 수매가는 ㎏당 700원이고, 감자 판매액은 26억 원이다.",
    # an amount per household of a later year
    "주택 태양광 보급\n\n충북 단월군은 올해 주택 310가구에 태양광 설비를 달았다고 밝혔다.\n\n"
    "올해 사업비는 모두 20억 원이다. 내년에는 보조금을 가구당 350만 원으로 낮춘다.",
    # a count of people and a total per visit, no per-person figure
    "경로당 순회 진료 1천 명\n\n보건지소는 올해 경로당 순회 진료로 어르신 1천40명을 만났다고 밝혔다.\n\n"
    "한 번 나갈 때 의사 한 명과 간호사 두 명이 함께 간다. 차량 임차료는 2천만 원이다.",
    # a change per unit, not a level
    _LAMPS + "설치비는 7억5천만 원이다. 정류장 한 곳의 전기료는 지난해보다 평균 3만 원 줄었다.",
    # the lead weighs two crops: which one the farms' average is of, unsaid
    "양봉 결산\n\n전남 다솔군은 올해 벌꿀 1천80톤과 꽃가루 300톤을 거뒀다고 밝혔다.\n\n"
    "양봉 농가는 240곳으로, 농가 한 곳이 6톤꼴을 떴다.",
    # the sentence before states two amounts: which one is shared, unsaid
    "해변 축제 폐막\n\n제주 서귀마을회는 사흘 동안 연 해변 축제를 마쳤다고 밝혔다.\n\n"
    "마을회는 봉사자 수당으로 2천400만 원을, 천막 대여에 900만 원을 썼다. "
    "수당을 받은 봉사자는 80명으로, 한 사람이 50만 원씩 챙겼다.",
    # a fee per unit with no count of that unit
    "공영주차장 요금 조정\n\n부산 해운대구는 공영주차장 요금을 다음 달부터 바꾼다고 밝혔다.\n\n"
    "주차면 한 곳에 월 정기권은 8만 원이다. 올해 주차장 운영 수입은 14억 원이다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_unrelated_figures_near_a_figure_per_one_unit_stay_quiet(knowledge, text):
    result = findings(knowledge, document(text), select=["F317", "F312"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


_FERRY = "섬 여객선 이용객 3만명\n\n해솔군은 올해 섬 여객선이 이용객 3만1천500명을 실어 날랐다고 4일 밝혔다. "


@pytest.mark.parametrize(
    "text,fires",
    [
        # a number of days stated as the object of the sailing (`모두 210일을 오가며`): the span of a daily average
        (_FERRY + "배는 모두 210일을 오가며 하루 평균 150명꼴을 실었다.", False),
        (_FERRY + "배는 모두 210일을 오가며 하루 평균 190명꼴을 실었다.", True),
    ],
)
def test_a_number_of_days_as_an_object_is_the_span_of_a_daily_average(knowledge, text, fires):
    assert_checked(knowledge, text, "F312", fires)
