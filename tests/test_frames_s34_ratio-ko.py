"""Korean figures per one unit whose count stands paragraphs before them (thirty-fourth session, lane `ratio-ko`;
checker/link/per_one_unit_apart_ko.py, checker/link/per_unit_ko.py, checker/link/cents_of_the_currency.py).

- A figure per one named unit (`해설사 한 명에 N원꼴`) divides the total its own clause restates by the one count
  the noun before the mark names anywhere before it (`해설사는 45명이다` two paragraphs up).
- A figure whose clause names a metric (`단원 한 명당 수당이`, `선수 한 명 연봉은 평균`) divides the one total named
  with that metric in the count's paragraph.
- A figure whose clause says nothing but the one and the figure (`판매대 한 대에 N원꼴이다.`) restates the one whole
  amount the sentences right before it state, its listed parts aside.
- `1회 평균`: one of the counter with no noun, of the one count of that counter.
- Where the noun before the mark names a count (`농가는 150곳`), another count of the same counter (`조합 네 곳`) is
  another thing's; the amount the figure's own clause restates wins over a cap before it.
- The whole the sentence before breaks down into parts is what a figure whose own clause states its count divides.
- `센트` is a currency's hundredth: a US cent alone, the article's one currency counted in cents when the rest of its
  money is converted into won; `세트` a counter.

Near misses: another count of the unit in the figure's paragraph, two values of the named count, a subset, a total
named in another paragraph, two amounts before a bare figure, another year, a period too, a cap, a count given out
each, one unit's own figure, a list of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

_GUIDES = (
    "숲길 해설 프로그램 1천200회\n\n"
    "강원 푸른군은 올해 숲길 해설 프로그램을 1천200회 열었다고 3일 밝혔다.\n\n"
    "프로그램을 이끄는 숲 해설사는 45명이다. 해설은 오전과 오후 두 차례 열린다.\n\n"
    "탐방로는 새로 정비한 곳이 많아 걷기가 한결 편해졌다.\n\n"
)
_CHOIR = (
    "시립 소년합창단 정기공연 매진\n\n"
    "경북 하람시는 시립 소년합창단의 정기공연 표가 모두 팔렸다고 8일 밝혔다.\n\n"
    "합창단 단원은 36명이고, 올해 단원 수당은 모두 2억1천600만 원이다.\n\n"
    "공연은 시민회관 대극장에서 이틀 동안 열린다.\n\n"
)
_STALLS = (
    "무인 판매대 800대 설치\n\n"
    "전북 솔내시는 시내 공원과 역 앞에 무인 판매대 800대를 놓았다고 5일 밝혔다.\n\n"
    "판매대는 지역 농산물과 공예품을 판다. "
)
_BEES = (
    "꿀벌 농가 돕기 사업 마무리\n\n"
    "충남 다온군은 올해 꿀벌 농가 돕기 사업을 마쳤다고 11일 밝혔다. 사업에는 마을 조합 네 곳이 참여했다.\n\n"
    "조합은 농가에 벌통과 사료를 나눠 줬다. 지원을 받은 양봉 농가는 150곳이다.\n\n"
)
_BUS = (
    "마을버스 무료 운행 3만2천회\n\n"
    "경남 새골군은 올해 무료 마을버스가 3만2천회 운행됐다고 2일 밝혔다.\n\n"
    "노선은 여섯 개로, 장날에는 차를 더 넣는다.\n\n"
)
_TANKS = (
    "빗물 탱크 500곳 보급\n\n"
    "대전 누리구는 올해 단독주택과 학교 500곳에 빗물 탱크를 놓았다고 9일 밝혔다.\n\n"
    "구는 설치비의 절반을 대 주며, 지원 한도는 최대 200만 원이다. "
)
_PLUMS = (
    "매실 수매 420톤\n\n"
    "전남 월곡군은 올해 관내 농협이 매입한 매실 물량이 420톤이라고 7일 밝혔다.\n\n"
    "농협별로는 월곡농협이 250톤, 남천농협이 170톤을 사들였다. "
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the count the noun before the mark names, two paragraphs up; the total its own clause restates
        (
            _GUIDES + "해설사에게 준 인건비가 모두 1억3천500만 원이어서 해설사 한 명이 평균 300만 원을 받은 셈이다.",
            False,
        ),
        (
            _GUIDES + "해설사에게 준 인건비가 모두 1억3천500만 원이어서 해설사 한 명이 평균 400만 원을 받은 셈이다.",
            True,
        ),
        # the metric the figure's clause names: the total named so in the count's paragraph
        (_CHOIR + "단원 한 명당 받는 수당은 평균 600만 원 남짓이라고 단장은 설명했다.", False),
        (_CHOIR + "단원 한 명당 받는 수당은 평균 750만 원 남짓이라고 단장은 설명했다.", True),
        # the bare mark with `평균`
        (
            "실업팀 창단\n\n경기 오름시는 시청 배드민턴팀을 만들었다고 밝혔다.\n\n"
            "배드민턴팀 연봉 총액은 9억6천만 원이고 뛰는 선수는 12명이다. 선수 한 명 연봉은 평균 잡아 8천만 원 "
            "안팎이다.",
            False,
        ),
        (
            "실업팀 창단\n\n경기 오름시는 시청 배드민턴팀을 만들었다고 밝혔다.\n\n"
            "배드민턴팀 연봉 총액은 9억6천만 원이고 뛰는 선수는 12명이다. 선수 한 명 연봉은 평균 잡아 1억1천만 원 "
            "안팎이다.",
            True,
        ),
        # a bare clause after the amount and its listed parts
        (
            _STALLS + "판매대를 놓는 데 든 돈은 4억8천만 원이다. 이 가운데 국비가 2억 원, 시비가 2억8천만 원이다. "
            "판매대 한 대에 60만 원 정도인 셈이다.",
            False,
        ),
        (
            _STALLS + "판매대를 놓는 데 든 돈은 4억8천만 원이다. 이 가운데 국비가 2억 원, 시비가 2억8천만 원이다. "
            "판매대 한 대에 90만 원 정도인 셈이다.",
            True,
        ),
        # the count the noun names, not the other count of the counter
        (_BEES + "조합이 농가에 나눠 준 돈이 6억 원에 이르니, 농가 한 곳이 평균 400만 원을 받은 셈이다.", False),
        (_BEES + "조합이 농가에 나눠 준 돈이 6억 원에 이르니, 농가 한 곳이 평균 500만 원을 받은 셈이다.", True),
        # one of the counter with no noun
        (_BUS + "버스 회사가 받은 손실 보전금 3억8천400만 원을 운행 횟수로 나누면 1회 평균 1만2천 원 안팎이다.", False),
        (_BUS + "버스 회사가 받은 손실 보전금 3억8천400만 원을 운행 횟수로 나누면 1회 평균 1만6천 원 안팎이다.", True),
        # the amount its own clause restates, not a cap before it
        (_TANKS + "보조금으로 나간 돈 7억 원을 설치한 곳 수로 나눠 보면 한 곳에 140만 원꼴이다.", False),
        (_TANKS + "보조금으로 나간 돈 7억 원을 설치한 곳 수로 나눠 보면 한 곳에 170만 원꼴이다.", True),
    ],
)
def test_a_figure_per_one_named_unit_divides_its_count_stated_paragraphs_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the whole the parts before break down, the count in the figure's own clause
        (_PLUMS + "매실을 낸 농가가 140곳이니 한 농가가 평균 3톤을 낸 셈이다.", False),
        (_PLUMS + "매실을 낸 농가가 140곳이니 한 농가가 평균 4톤을 낸 셈이다.", True),
        # cents of the one currency counted in cents; a set a counter
        (
            "과자 업체, 미국에 300만 달러 수출\n\n과자 업체 바삭제과는 미국 유통사와 300만 달러(약 41억 원) 규모의 "
            "공급 계약을 맺었다고 밝혔다.\n\n과자 1천200만 봉지를 실어 보낼 예정이어서 한 봉지에 25센트 정도를 "
            "받는 셈이다.",
            False,
        ),
        (
            "과자 업체, 미국에 300만 달러 수출\n\n과자 업체 바삭제과는 미국 유통사와 300만 달러(약 41억 원) 규모의 "
            "공급 계약을 맺었다고 밝혔다.\n\n과자 1천200만 봉지를 실어 보낼 예정이어서 한 봉지에 45센트 정도를 "
            "받는 셈이다.",
            True,
        ),
        (
            "도자기 공방, 프랑스에 90만 유로 납품\n\n도자기 공방 흙빛은 프랑스 식당 체인에 90만 유로(약 13억 원)어치 "
            "컵을 팔기로 했다고 밝혔다.\n\n컵 300만 개를 나눠 싣게 돼 한 개에 30센트를 받는 셈이다.",
            False,
        ),
        (
            "도자기 공방, 프랑스에 90만 유로 납품\n\n도자기 공방 흙빛은 프랑스 식당 체인에 90만 유로(약 13억 원)어치 "
            "컵을 팔기로 했다고 밝혔다.\n\n컵 300만 개를 나눠 싣게 돼 한 개에 50센트를 받는 셈이다.",
            True,
        ),
        (
            "찻잔 업체, 일본에 1천250만 엔어치 수출\n\n찻잔 업체 다온도예는 일본 호텔에 "
            "찻잔 1천250만 엔(약 1억1천만 원)어치를 보낸다고 밝혔다.\n\n"
            "찻잔 500세트를 만들어 보내니 한 세트에 2만5천 엔 정도를 받는 셈이다.",
            False,
        ),
        (
            "찻잔 업체, 일본에 1천250만 엔어치 수출\n\n찻잔 업체 다온도예는 일본 호텔에 "
            "찻잔 1천250만 엔(약 1억1천만 원)어치를 보낸다고 밝혔다.\n\n"
            "찻잔 500세트를 만들어 보내니 한 세트에 3만5천 엔 정도를 받는 셈이다.",
            True,
        ),
    ],
)
def test_a_figure_per_one_unit_of_a_whole_broken_down_and_of_cents_and_sets(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


_CHECKUPS = (
    "무료 구강검진 상반기 2천400명\n\n"
    "전북 한내군은 올해 상반기 무료 구강검진 대상 어르신 가운데 2천400명이 검진을 받았다고 4일 밝혔다.\n\n"
)


@pytest.mark.parametrize(
    "text,fires",
    [
        # the topic names the act the headline's total is counted of, right after it (`2천400명이 … 검진을`)
        (_CHECKUPS + "검진은 치과 의원과 마을회관 등 8곳이 돌아가며 맡는데, 한 곳에서 300명꼴을 봤다.", False),
        (_CHECKUPS + "검진은 치과 의원과 마을회관 등 8곳이 돌아가며 맡는데, 한 곳에서 450명꼴을 봤다.", True),
    ],
)
def test_a_topic_naming_the_act_the_lead_total_counts(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


_CLEAN = [
    # another count of the unit, unnamed, in the figure's paragraph: which one, unsaid
    _GUIDES + "주말 특별 해설에는 30명이 나섰다. 특별 해설 수당은 2천700만 원으로, 해설사 한 명에 200만 원꼴이다.",
    # two values of the named count
    "숲길 해설 계속\n\n강원 푸른군은 숲길 해설을 이어 간다고 밝혔다.\n\n"
    "숲 해설사는 지난해 40명, 올해 45명이다.\n\n날씨가 좋아 탐방객이 늘었다.\n\n"
    "올해 인건비 1억3천500만 원을 나누면 해설사 한 명이 평균 500만 원을 받은 셈이다.",
    # the total named with the metric stands in another paragraph than the count
    "합창단 공연\n\n경북 하람시는 시립 합창단 공연을 연다고 밝혔다.\n\n합창단 단원은 36명이다.\n\n"
    "공연장은 500석 규모다.\n\n올해 단원 수당은 모두 3억 원이다. 단장은 단원 한 명당 수당이 500만 원꼴이라고 했다.",
    # two amounts before a bare figure, neither a part of the other
    _STALLS + "설치비는 4억8천만 원이 들었다. 관리비로는 1억 원을 따로 잡았다. 판매대 한 대에 90만 원꼴이다.",
    # the figure's sentence states a prior of its kind first
    _BEES + "지원금은 지난해 5억 원에서 올해 6억 원으로 늘어, 농가 한 곳에 500만 원꼴이다.",
    # per a period too
    _BEES + "꿀 판매액은 모두 90억 원이다. 농가 한 곳당 한 달 평균 매출은 600만 원이다.",
    # a cap per unit, no average
    _BEES + "지원금은 모두 6억 원이다. 농가 한 곳에 최대 800만 원까지 준다.",
    # one unit's own figure, no average word
    _BEES + "지원금은 모두 6억 원이다. 가장 큰 농가 한 곳이 2천만 원을 받았다.",
    # a count given out each (`2명씩`), the named count another
    "야간 순찰대 출범\n\n경기 새빛시는 야간 순찰대를 꾸렸다고 밝혔다.\n\n순찰 대원은 모두 2명씩 조를 짠다.\n\n"
    "순찰대 예산은 9천만 원으로, 대원 한 명에 150만 원꼴이다.",
    # a subset named before the count: the mark names the whole group
    "체육회 보조금\n\n충북 다솜군 체육회는 올해 종목별 협회에 보조금을 나눴다고 밝혔다.\n\n"
    "지원을 받은 협회는 22곳이고, 이 가운데 구기 종목 협회는 8곳이다.\n\n"
    "올해 보조금은 모두 4억4천만 원이다. 협회 한 곳당 평균 3천만 원꼴이다.",
    # a list of unrelated figures
    "장터 풍경\n\n오일장 점포는 160곳이다. 국밥 한 그릇은 9천 원, 주차장은 200면이다.\n\n"
    "상인회 예산은 1억5천만 원이고, 점포 한 곳이 내는 회비는 한 달 3만 원이다.",
    # another subject's total in the figure's clause
    _GUIDES + "이웃 청솔군은 해설사 인건비로 2억 원을 썼고, 푸른군 해설사 한 명이 받는 돈은 한 달 250만 원이다.",
    # cents in a sentence naming a dollar country, in a euro article
    "도자기 공방, 유럽 납품\n\n도자기 공방 흙빛은 프랑스 식당 체인에 90만 유로어치 컵을 팔기로 했다고 밝혔다.\n\n"
    "미국 시장에서는 컵 한 개에 40센트꼴이다.",
    # a measure per one unit with no tonnage of its own
    _PLUMS + "남천농협의 매입가는 ㎏당 1천800원이었다. 한 농가가 평균 몇 톤씩 출하했는지는 공개하지 않았다.",
    # the count's clause names one of the parts: which total, unsaid
    "사진관 실적\n\n사진관 체인 찰나는 3분기 매출이 50억 원이라고 밝혔다.\n\n"
    "매출은 촬영 요금 30억 원, 액자 판매 20억 원이다. 촬영 건수는 60만 건으로, 건당 평균 8천 원을 냈다.",
    # the topic names another act than the lead's total counts
    _CHECKUPS + "상담은 치과 의원과 마을회관 등 8곳이 돌아가며 맡는데, 한 곳에서 500명꼴을 만났다.",
    # the figure's sentence names the metric it divides (`악기 구입비를 … 나눠 보면`): the lead's total is of another
    "군립 실내악단 예산 7억2천만 원\n\n충북 단강군은 군립 실내악단의 올해 예산이 7억2천만 원이라고 밝혔다.\n\n"
    "예산 가운데 악기 구입비가 1억8천만 원이다.\n\n악단은 지난달 전국 경연에서 은상을 받았다.\n\n"
    "연주자는 8명이다. 지휘자와 반주자까지 치면 악단 인원은 10명으로 늘어난다. "
    "악기 구입비를 악단 인원수대로 나눠 보면 1인당 1천800만 원꼴이다.",
    # the named count of another time than the figure's
    "경로당 급식\n\n전남 솔섬군은 경로당 급식을 늘린다고 밝혔다.\n\n10년 전 조리사는 12명뿐이었다. 지금은 다르다.\n\n"
    "급식 예산은 3억 원으로, 올해 새로 뽑는 조리사 한 명에 2천만 원꼴이다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_unrelated_figures_near_a_figure_per_one_named_unit_stay_quiet(knowledge, text):
    result = findings(knowledge, document(text), select=["F317", "F312"], show_passed=False)
    assert not result.findings, [f.message for f in result.findings]
