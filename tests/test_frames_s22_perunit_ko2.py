"""Korean figures per unit (twenty-second session), each a rule for a construction
(checker/link/per_unit_apart.py, rules/lang/ko.toml):
- a figure per unit whose mark opens its clause (`대당 평균 계약 금액은`) is of the count the lead states under the
  mark's noun, however far back, when the article also states smaller counts under that noun (its subgroups): the
  whole the story is about is its largest count. Not when a word narrows the units (`고속 승강기 대당`), when a
  larger count stands under the noun (another whole), nor when the lead states the count beside a whole of its own
  (`800대를 … 전체 발주 물량 1,000대의 80%`);
- one of the units as a clause's subject or the one given to (`관객 한 명에게 6만원꼴의 예산이 들어간 셈이다`,
  `고객 한 명이 30만원어치를 산 꼴이다`: `[link.per_one_as_subject_before]`) is a per-unit mark, only of the amount
  it restates: the one amount of the sentence before (the lead's count however far back), or, right after the
  sentence stating its count, the one amount of the sentence before that (`[link.per_unit_restating_endings]`). Not
  of an amount stated beside the count (`구매 고객은 20만명, 광고비는 8억원이었다`), nor across a sentence stating
  another amount, nor per a month too, nor a ranked one's own figure (`가장 많이 낸`);
- a count stated as what a figure per unit divides by (`시민 50만명을 기준으로 하면 1인당 예산은`:
  `[link.division_base_after]`) is of the lead's amount, however far back, when that is the body's largest amount of
  its unit (not when a larger one is stated, nor when the lead's is a part of a whole it states, nor for a count not
  stated as the base; `시민(50만명)으로 나눈`, linked before, is kept);
- a count of another counter in the count's sentence (`한 번 이상 구매한 고객은`: times, not people) makes no whole
  and part of it.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- the lead's count, the largest under its noun

_LIFTS = (
    "한결엘리베이터, 중동서 승강기 수주\n\n"
    "한결엘리베이터는 중동 신도시에 승강기 800대를 공급하는 1억2,000만달러 규모의 계약을 맺었다고 "
    "15일 밝혔다.{whole}\n\n"
    "이 가운데 고속 승강기는 200대다. {other}\n\n"
    "납품은 내년 상반기에 시작한다. 설치는 현지 업체가 맡는다.\n\n"
    "{narrow}대당 평균 계약 금액은 {each}만달러 수준이다."
)
_FREIGHT = "화물용 승강기는 50대다."


@pytest.mark.parametrize("each,fires", [("15", False), ("20", True)])
def test_the_leads_count_largest_under_its_noun_is_the_units(knowledge, each, fires):
    text = _LIFTS.format(whole="", other=_FREIGHT, narrow="", each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "whole,other,narrow",
    [
        ("", _FREIGHT, "고속 승강기 "),  # a word narrowing the units: the subgroup's, which the count is not
        ("", "회사가 지금까지 해외에 공급한 승강기는 5,000대다.", ""),  # a larger count: another whole
        (" 전체 발주 물량 1,000대의 80%다.", _FREIGHT, ""),  # the lead's count beside a whole of its own
    ],
)
def test_no_lead_count_for_a_narrowed_mark_or_another_whole(knowledge, whole, other, narrow):
    for each in ("15", "20"):
        text = _LIFTS.format(whole=whole, other=other, narrow=narrow, each=each)
        assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `관객 한 명에게 …꼴`: the unit as a clause's subject

_FESTIVAL = (
    "제5회 가람영화제 관객 15만명\n\n"
    "제5회 가람영화제가 관객 15만명을 모으며 폐막했다고 조직위원회가 2일 밝혔다.\n\n"
    "상영작은 40개국 210편이었다. 개막작은 매진됐다.\n\n"
    "야외 상영도 호응을 얻었다. 조직위는 내년 상영관을 늘린다.\n\n"
    "올해 영화제 예산은 90억원이었다. {sentence}"
)


@pytest.mark.parametrize("each,fires", [("6", False), ("9", True)])
def test_one_unit_given_to_restates_the_amount_before(knowledge, each, fires):
    text = _FESTIVAL.format(sentence=f"관객 한 명에게 {each}만원꼴의 예산이 들어간 셈이다.")
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "관객 한 명이 한 달 평균 {each}만원을 쓴 셈이다.",  # per a month too: of no total the count divides
        "관객 한 명이 가장 많이 낸 금액은 {each}만원이다.",  # one ranked unit's own figure, no average
    ],
)
def test_one_unit_as_subject_per_month_or_ranked_is_no_restatement(knowledge, sentence):
    for each in ("6", "9"):
        assert_not_checked(knowledge, _FESTIVAL.format(sentence=sentence.format(each=each)), "F317")


_MARKET = (
    "소리마켓 3분기 거래액 늘어\n\n"
    "중고거래 앱 소리마켓의 3분기 이용자가 늘었다. 회사는 새 서비스도 내놨다.\n\n"
    "거래액은 600억원으로 1년 전보다 20% 늘었다. {count} 고객 한 명이 석 달 동안 {each}만원어치를 산 꼴이다."
)


@pytest.mark.parametrize("each,fires", [("30", False), ("40", True)])
def test_one_unit_as_subject_after_its_count_restates_the_amount_before_that(knowledge, each, fires):
    # (the count's sentence states a count of times too, `한 번 이상`: no part of the customers)
    text = _MARKET.format(count="분기 중 한 번 이상 구매한 고객은 20만명이다.", each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "count",
    [
        "구매 고객은 20만명, 광고비는 8억원이었다.",  # an amount beside the count: not what the figure restates
        "구매 고객은 20만명이다. 광고비로 8억원을 썼다.",  # another amount between: which is restated, not said
    ],
)
def test_one_unit_as_subject_takes_no_amount_beside_its_count(knowledge, count):
    for each in ("30", "40"):
        assert_not_checked(knowledge, _MARKET.format(count=count, each=each), "F317")


_SPEND = (
    "소리마켓 3분기 이용자 늘어\n\n"
    "중고거래 앱 소리마켓의 3분기 이용자가 늘었다. 회사는 새 서비스도 내놨다.\n\n"
    "{sentences} 고객 한 명이 석 달 동안 {each}만원어치를 산 {ending}."
)


@pytest.mark.parametrize(
    "sentences,ending",
    [
        # a spend, then the count: the purchases restate no spend
        ("광고비로 3분기에 600억원을 썼다. 구매 고객은 20만명이다.", "꼴이다"),
        # the count, then a spend in the sentence just before: not the amount the figure restates
        ("구매 고객은 20만명이다. 광고비로 3분기에 600억원을 썼다.", "셈이다"),
    ],
)
def test_one_unit_as_subject_restates_no_spend(knowledge, sentences, ending):
    for each in ("30", "40"):
        assert_not_checked(knowledge, _SPEND.format(sentences=sentences, each=each, ending=ending), "F317")


# ---------------------------------------------------------------- `50만명을 기준으로 하면 1인당`: the count divided by

_BUDGET = (
    "가온시 내년 {what} 편성\n\n"
    "가온시는 2027년도 {lead}했다고 10일 밝혔다.{whole}\n\n"
    "일반회계는 2조원, 특별회계는 4천억원이다.\n\n"
    "복지 분야 예산이 가장 많이 늘었다. {other}\n\n"
    "{base} 1인당 예산은 {each}만원꼴이다."
)
_PLAN = "예산안을 2조4천억원으로 편성해 시의회에 제출"
_ROADS = "도로 예산은 줄었다."
_BASE = "시민 50만명을 기준으로 하면"


@pytest.mark.parametrize("base", [_BASE, "시민(50만명)으로 나눈"])
@pytest.mark.parametrize("each,fires", [("480", False), ("600", True)])
def test_a_count_stated_as_the_base_divides_the_leads_amount(knowledge, base, each, fires):
    text = _BUDGET.format(what="예산", lead=_PLAN, whole="", other=_ROADS, base=base, each=each)
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "lead,whole,other,base",
    [
        (_PLAN, "", "시는 2030년까지 모두 9조원을 투자한다.", _BASE),  # a larger amount: which whole, not said
        ("복지 예산을 2조4천억원으로 편성", " 전체 예산 9조원의 26.7%다.", _ROADS, _BASE),  # the lead's is a part
        (_PLAN, "", _ROADS, "시민은 50만명을 넘어섰다."),  # a count stated, not as what is divided by
    ],
)
def test_no_leads_amount_for_another_whole_or_a_count_not_the_base(knowledge, lead, whole, other, base):
    for each in ("480", "600"):
        text = _BUDGET.format(what="예산", lead=lead, whole=whole, other=other, base=base, each=each)
        assert_not_checked(knowledge, text, "F317")
