"""Ratios (fifty-ninth session, lane `ratio`).

- A Korean price per one unit multiplied out after it (checker/link/priced_counts_after_ko.py): the price's mark
  (`곳당`, `한 곳당`, `㎏당`, `한 번에`), the total the price's sentence or the next names (`모두`, `총` before it,
  `어치` after it, or the count right before it in its clause), over the count of the unit stated up to the total,
  or the lead's.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

_PRICED_AFTER_KO = [
    # (text, holding total, broken total)
    (
        "미역 판매\n\n가평군은 올해 미역 250톤을 거뒀다.\n\n산지 가격은 ㎏당 3천원으로, 250톤을 모두 팔면 {t}원어치다.",
        "7억5천만",
        "9억5천만",
    ),
    (
        "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n새 교차로에는 한 곳당 150만원을 들여 제어기를 바꾼다. "
        "14곳에 모두 {t}원이 든다.",
        "2천100만",
        "3천100만",
    ),
    (
        "합창단\n\n합창단은 올해 30회 무대에 선다.\n\n"
        "출연료는 한 번에 20만원으로, 지난해 18회 공연으로 {t}원을 받았다.",
        "360만",
        "560만",
    ),
    (
        "도토리\n\n군은 주민들에게서 도토리 15톤을 사들였다.\n\n군은 도토리 ㎏당 400원을 쳐서 모두 {t}원을 "
        "상품권으로 나눠 줬다.",
        "600만",
        "900만",
    ),
    (
        "곶감 경매\n\n곶감 첫 경매가 열렸다. 농협은 곶감 2.4톤이 나와 ㎏당 평균 1만5천원에 팔렸다고 밝혔다.\n\n"
        "첫날 낙찰 금액은 모두 {t}원이다.",
        "3천600만",
        "4천600만",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _PRICED_AFTER_KO)
def test_a_korean_price_multiplied_out_after_it(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(t=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(t=broken), PER_UNIT, fires=True)


_NOT_PRICED_AFTER_KO = [
    # the count is of another unit than the price's (`대당` over households): what the words do not say
    "난로 지원\n\n군은 올해 350가구에 난로를 나눠 줬다.\n\n난로는 대당 8만원으로 모두 2천900만원어치다.",
    # no word names the amount after the price a total (another sum of the currency)
    "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n새 교차로에는 한 곳당 150만원을 들여 제어기를 바꾼다. "
    "14곳 가운데 읍내는 예산 3천100만원이 든다.",
    # two counts of the unit of two values before the total: which one, unsaid
    "신호등 교체\n\n군은 교차로 신호등을 바꾼다.\n\n"
    "한 곳당 150만원을 들인다. 읍내 14곳과 면 9곳에 모두 3천100만원이 든다.",
]


@pytest.mark.parametrize("text", _NOT_PRICED_AFTER_KO)
def test_no_korean_price_multiplied_out_where_the_words_do_not_say(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_AVERAGE_PER_ONE_KO = [
    # (text, holding average, broken average)
    (
        "합창단\n\n합창단은 지난해 30회 무대에 섰다.\n\n"
        "지난해 공연을 본 관객은 모두 4천500명으로 한 번에 평균 {a}명꼴이었다.",
        "150",
        "180",
    ),
    (
        "줄넘기 대회\n\n대회에는 학교 20곳에서 학생 1천200명이 나선다. 한 학교에서 평균 {a}명이 나오는 셈이다.",
        "60",
        "40",
    ),
    ("밀 수확\n\n군은 올해 밀 900톤을 거뒀다. 재배 면적 45ha에서 1ha에 {a}톤꼴로 거두는 셈이다.", "20", "30"),
]


@pytest.mark.parametrize("template,holding,broken", _AVERAGE_PER_ONE_KO)
def test_a_korean_average_per_one_unit_of_the_total_before_it(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NO_AVERAGE_PER_ONE_KO = [
    # the only count of people near is one part's, beside its share: over which, unsaid
    "축제\n\n축제에는 관람객 8만명이 다녀갔다.\n\n관람객 가운데 어린이가 4만8천명으로 60%를 차지했다. "
    "입장 수입은 3억2천만원으로 한 사람에 5천원꼴이다.",
    # the amount before it in its sentence is another clause's, past a comma
    "합창단\n\n합창단은 올해 30회 무대에 섰다.\n\n관객은 모두 4천500명이고, 한 번에 평균 200명꼴이었다.",
]


@pytest.mark.parametrize("text", _NO_AVERAGE_PER_ONE_KO)
def test_no_korean_average_per_one_unit_where_the_words_do_not_say(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_PRICED_NEAR_MISSES_KO = [
    # the next sentence's amount is of another year than the price's
    "갓\n\n공방이 갓 40점을 주문받았다.\n\n한 점에 3천 즐로티로 국내 판매가보다 비싸다. 이 가게는 지난해에도 "
    "9만 즐로티어치를 사 갔다.",
    # a lone count of the unit past the lead (which one the price is over, unsaid)
    "아이스팩\n\n시는 아이스팩 5만개를 거뒀다.\n\n이 가운데 4만개를 씻어 가게에 나눠줬다.\n\n"
    "수거함은 주민센터에 있다. 세척비는 개당 90원씩 모두 450만원이 들었다.",
    # a count of another thing between the price and the total: the total is over it too
    "수어 교실\n\n군은 수어 교실을 연다.\n\n강사 수당은 회당 10만원으로 12개 반 50회를 합쳐 6천만원이 든다.",
]


@pytest.mark.parametrize("text", _PRICED_NEAR_MISSES_KO)
def test_no_korean_price_multiplied_out_over_another_year_or_count(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_EACH_OF_A_CREW_EN = [
    # (text, holding, broken): a crew's each, over the span the work takes (`between now and`), the lead's order
    (
        "Saddles\n\nA Garnock workshop is sending 360 bridles to a riding store in Perth.\n\n"
        "The firm's four stitchers will make {a} bridles each between now and the end of May.",
        "90",
        "60",
    ),
    # a crew's pace with a modal and a hedge before it and the mark of each after its period
    (
        "Saddles\n\nA Garnock workshop is sending 4,200 bridles to a riding store in Perth.\n\n"
        "The firm's six staff can finish about {a} bridles a day each, so the order will take 20 working days.",
        "35",
        "70",
    ),
    # each of a crew keeping a pace, the verb with its particle
    (
        "Saddles\n\nA Garnock workshop is sending 4,200 bridles to a riding store in Perth.\n\n"
        "Six cutters, each turning out {a} bridles a day, will need 20 working days to finish them.",
        "35",
        "70",
    ),
]
_EACH_RULES = {"90": "F317", "60": "F317", "35": "F312", "70": "F312"}


@pytest.mark.parametrize("template,holding,broken", _EACH_OF_A_CREW_EN)
def test_each_of_a_crew_of_the_leads_order(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), _EACH_RULES[holding], fires=False)
    assert_checked(knowledge, template.format(a=broken), _EACH_RULES[broken], fires=True)


_NOT_EACH_OF_A_CREW_EN = [
    # `each between them`: no span of the work, the lead's order is not what each makes
    "Saddles\n\nA Garnock workshop is sending 360 bridles to a riding store in Perth.\n\n"
    "The firm's four stitchers will make 60 bridles each between them.",
]


@pytest.mark.parametrize("text", _NOT_EACH_OF_A_CREW_EN)
def test_no_each_of_a_crew_without_a_span(knowledge, text):
    assert_not_linked(knowledge, text, "F317")


_SPLITS_AND_COMPARISONS_KO = [
    # the lead's count split with shares into kinds, the price's sentence naming one: which count, unsaid
    "붓 수출\n\n공방이 붓 1만2천 자루를 주문받았다.\n\n주문 가운데 담비털로 만든 붓은 2천 자루로 20%를 차지하고, "
    "나머지 1만 자루는 양털 붓이다. 담비털 붓은 한 자루에 50위안씩 모두 15만 위안이다.",
    # the amount before the average stands beside its share: one part's
    "헌혈\n\n올해 상반기 헌혈은 모두 12만건이었다.\n\n헌혈의 집 10곳에서 받은 헌혈이 9만건으로 전체의 75%였고, "
    "나머지는 헌혈 버스 8대가 받았다. 헌혈 버스 한 대당 평균 3천건꼴이다.",
    # the sentence before compares two levels: which one the average divides, unsaid
    "송이\n\n조합은 올해 송이 20톤을 팔아 50억원을 벌었다. 공판액은 지난해 30억원보다 20억원이 많았다. "
    "㎏당 평균 가격은 30만원이었다.",
]


@pytest.mark.parametrize("text", _SPLITS_AND_COMPARISONS_KO)
def test_no_korean_per_one_unit_over_a_part_or_a_compared_level(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)
