"""Korean ratios (sixty-third session, lane `ratioko`).

- A fee each of the payers pays, then what all of them pay (checker/link/totals_if_all_sold.py): the words before the
  price say who pays it (`상인들이 내는 자릿세는`), the count of them right before the words of all of them turning
  out or paying (`모두 나오면`), the total right after, the price's period restated between at most.
- An average per a day of a kind (checker/link/span_averages.py): `장날 하루에`, `개장일 하루 평균` is one of the days
  of that kind the story counts (`장날 42번`), not each calendar day of the total's period; a count of the days of a
  kind said to be a span (`장날 42번 동안`) is a span of so many days.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"
PER_PERIOD = "F312"

_FEES = [
    # (text, holding, broken)
    # the payers counted in the sentence before, a day's fee and a day's takings (a kind of day before the day's word)
    (
        "별솔면 장터에 자리를 편 상인은 120명이다. "
        "상인들이 내는 자릿세는 하루 4천원으로, 120명이 모두 나오면 장날 하루 {a}이 걷힌다.",
        "48만원",
        "66만원",
    ),
    # a month's fee in the sentence before the count, a month's total
    (
        "다온 마을 산악회 회원은 60명이다. 회원들이 내는 회비는 한 달 2만원이다. 60명이 다 내면 한 달 {a}이 모인다.",
        "120만원",
        "190만원",
    ),
    # no period on either side, the payers' noun right before the count
    (
        "참가자들이 내는 참가비는 1만5천원으로, 참가자 80명이 모두 참가하면 {a}이 걷힌다.",
        "120만원",
        "170만원",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _FEES)
def test_fee_paid_by_all(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_FEES = [
    # the count is of others than the payers
    "관광객들이 내는 입장료는 3천원으로, 상인 90명이 모두 나오면 27만원이 걷힌다.",
    # a day's fee, a month's total: the span unsaid
    "상인들이 내는 자릿세는 하루 4천원으로, 상인 120명이 모두 나오면 한 달 1천440만원이 걷힌다.",
    # another price nearer the count, not the one the payers' words name
    "상인들이 내는 자릿세는 하루 4천원, 청소비는 하루 1천원으로, 상인 120명이 모두 나오면 하루 60만원이 걷힌다.",
]


@pytest.mark.parametrize("text", _NOT_FEES)
def test_no_fee_paid_by_all(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_KIND_OF_DAY = [
    # the day of a kind before the day's mark, its count a span of the sentence before
    (
        "솔뫼읍 장은 올해 장날 42번 동안 손님 8만4천명을 맞았다. "
        "카드 결제액은 12억6천만원으로, 장날 하루에 {a}꼴이었다.",
        "3천만원",
        "5천만원",
    ),
    # a count of the kind said to be a span (`개장일 60회에 걸쳐`), an average of the kind (`개장일 하루 평균`)
    (
        "다솜 야시장은 올해 개장일 60회에 걸쳐 열렸다. 매출은 모두 4억8천만원으로, 개장일 하루 평균 {a}을 벌었다.",
        "800만원",
        "1천300만원",
    ),
    # a count of market days said to be the span of the total's own sentence, a bare average per day after it
    (
        "가람읍 장은 상반기 장날 42번 동안 손님 7만5천600명이 찾아, 하루 평균 {a}이었다.",
        "1천800명",
        "2천600명",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _KIND_OF_DAY)
def test_average_per_day_of_a_kind(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_PERIOD, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_PERIOD, fires=True)


_NOT_KIND_OF_DAY = [
    # a day of a kind and no count of them: not each of the year's calendar days
    "솔뫼읍 장의 올해 카드 결제액은 12억6천만원으로, 장날 하루에 3천만원꼴이었다.",
    # two counts of the kind: which one, unsaid
    "지난해 장날은 40번, 올해 장날은 42번이었다. 올해 카드 결제액은 12억6천만원으로, 장날 하루에 3천만원꼴이었다.",
    # a count of another kind of day
    "솔뫼읍 장터는 올해 휴일 42번 동안 붐볐다. 카드 결제액은 12억6천만원으로, 장날 하루에 3천만원꼴이었다.",
]


@pytest.mark.parametrize("text", _NOT_KIND_OF_DAY)
def test_no_average_per_day_of_a_kind(knowledge, text):
    assert_not_linked(knowledge, text, PER_PERIOD)


_ONE_THEN_ALL = [
    # a measure of one (`관정 1곳이 … 평균`), the count doing it for all of them in the next sentence (`다 들어서면`)
    (
        "관정 1곳이 물을 대는 밭은 평균 2.5㏊다. 30곳이 다 들어서면 {a}가 물 걱정을 덜게 된다.",
        "75㏊",
        "95㏊",
    ),
    # money of one (`1곳을 파는 데는`), a few words between the mark and the figure
    (
        "우물 1곳을 파는 데는 펌프값을 빼고도 평균 700만원이 든다. 30곳을 모두 파면 {a}이다.",
        "2억1천만원",
        "3억3천만원",
    ),
    # one sentence, a count of people
    (
        "해설사 1명이 맡는 관람객은 평균 45명으로, 해설사 12명이 모두 나서면 {a}을 안내한다.",
        "540명",
        "720명",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _ONE_THEN_ALL)
def test_one_then_all_of_them(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_ONE_THEN_ALL = [
    # the time to do all of them (`다 만들려면`): hands may share it
    "장인 1명이 족자 1점을 만드는 데 평균 6점이 든다. 족자 40점을 다 만들려면 80점이 필요하다.",
    # a day's figure of one (`하루 평균`): the total may be of another span
    "관정 1곳이 하루 평균 2.5㏊에 물을 댄다. 30곳이 다 들어서면 75㏊가 물 걱정을 덜게 된다.",
    # one of another unit than the count's
    "농가 1가구가 맡는 밭은 평균 2.5㏊다. 관정 30곳이 다 들어서면 75㏊가 물 걱정을 덜게 된다.",
]


@pytest.mark.parametrize("text", _NOT_ONE_THEN_ALL)
def test_no_one_then_all_of_them(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_NOT_TOTAL_FURTHER_BACK = [
    # two levels of the kind further back: which one, unsaid
    "유자 수확량은 동쪽 마을이 2천톤, 서쪽 마을이 1천600톤이다.\n\n군은 올해 새 품종을 들였다.\n\n"
    "유자를 키우는 농가는 600곳으로 한 농가에서 평균 6톤을 거두는 셈이다.",
    # a level of another thing paragraphs before and another total of it since
    "마루시 야구단의 올해 선수 연봉 총액은 9억6천만 원이다.\n\n구단 운영비는 3억 원이다.\n\n"
    "선수가 24명이라 한 사람에게 평균 4천만 원이 돌아가는 셈이다.",
]


@pytest.mark.parametrize("text", _NOT_TOTAL_FURTHER_BACK)
def test_no_average_per_one_of_a_total_further_back(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_TOTAL_NAMED_BY_TOPIC = [
    # amounts listed with their labels in the sentence before, the figure's sentence opening on one label as its topic
    (
        "가온군은 올해 농가 300곳을 소독한다. 소독약값이 3천만원, 인건비가 2천만원이다. "
        "소독약값은 농가 1곳에 {a}꼴이다.",
        "10만원",
        "15만원",
    ),
    # the second label of the list
    (
        "누리시는 올해 경로당 250곳에 난방비를 준다. 기름값이 5억원, 수리비가 1억원이다. "
        "수리비는 경로당 한 곳에 평균 {a}이다.",
        "40만원",
        "70만원",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _TOTAL_NAMED_BY_TOPIC)
def test_average_per_one_of_the_total_its_topic_names(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)


_NOT_TOTAL_NAMED_BY_TOPIC = [
    # a topic naming none of the listed amounts
    "가온군은 올해 농가 300곳을 소독한다. 소독약값이 3천만원, 인건비가 2천만원이다. 장비값은 농가 1곳에 10만원꼴이다.",
    # no topic: which amount, unsaid
    "가온군은 올해 농가 300곳을 소독한다. 소독약값이 3천만원, 인건비가 2천만원이다. 농가 1곳에 10만원꼴이다.",
]


@pytest.mark.parametrize("text", _NOT_TOTAL_NAMED_BY_TOPIC)
def test_no_average_per_one_of_the_total_its_topic_names(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_TOTAL_DIVIDED_AGAIN = [
    # a total another figure divides by other units (`㏊당`) after it, divided by the farms too
    (
        "솔밭군 매실 수확량은 올해 1천800톤이다. "
        "매실 농가는 450곳으로 한 농가에서 평균 {a}을 거두는 셈이다. 재배 면적은 300㏊로 ㏊당 6톤꼴이다.",
        "4톤",
        "7톤",
    ),
]


@pytest.mark.parametrize("template,holding,broken", _TOTAL_DIVIDED_AGAIN)
def test_average_per_one_of_a_total_divided_again(knowledge, template, holding, broken):
    assert_checked(knowledge, template.format(a=holding), PER_UNIT, fires=False)
    assert_checked(knowledge, template.format(a=broken), PER_UNIT, fires=True)
