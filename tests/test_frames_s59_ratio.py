"""Ratios (fifty-ninth session, lane `ratio`).

- A Korean price per one unit multiplied out after it (checker/link/priced_counts_after_ko.py): the price's mark
  (`곳당`, `한 대당`, `㎏당`, `한 번에`), the total the price's sentence or the next names (`모두`, `총` before it,
  `어치` after it, or the count right before it in its clause), over the count of the unit stated up to the total,
  or the lead's.
- Each of a crew, of the lead's order: `will build 40 gates each between now and Christmas` (`[link.rate_each_after]`:
  the span the work takes), `can glaze roughly 30 bowls a day each, so the job will take …` (a modal and a hedge
  before the pace), `each turning out 20 scarves a day` (`[link.pace_verb_particles]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT, PACE = "F317", "F312"

_PRICED_AFTER_KO = [
    # (text, holding total, broken total)
    (
        "다시마\n\n군은 올해 다시마 400톤을 거뒀다.\n\n위판 가격은 ㎏당 1천500원으로, 400톤이 다 팔리면 {t}원어치가 "
        "된다.",
        "6억",
        "9억",
    ),
    (
        "가로등\n\n시는 가로등을 바꾼다.\n\n새 가로등에는 한 대당 150만원을 들여 등기구를 바꾼다. 14대에 모두 {t}원이 "
        "든다.",
        "2천100만",
        "3천100만",
    ),
    (
        "사물놀이\n\n놀이패는 올해 40회 무대에 선다.\n\n"
        "공연비는 한 번에 25만원으로, 지난해 16회 무대에서 {t}원을 벌었다.",
        "400만",
        "600만",
    ),
    (
        "건전지\n\n마을은 주민들에게서 폐건전지 30톤을 거뒀다.\n\n마을은 폐건전지 ㎏당 300원을 계산해 모두 {t}원을 "
        "돌려줬다.",
        "900만",
        "1천500만",
    ),
    (
        "표고 경매\n\n표고 첫 경매가 열렸다. 조합은 표고 3.2톤이 출하돼 ㎏당 평균 1만2천원에 낙찰됐다고 밝혔다.\n\n"
        "이날 판매 금액은 모두 {t}원이다.",
        "3천840만",
        "4천840만",
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
    "가로등\n\n시는 가로등을 바꾼다.\n\n새 가로등에는 한 대당 150만원을 들여 등기구를 바꾼다. "
    "14대 가운데 읍내는 예산 3천100만원이 든다.",
    # two counts of the unit of two values before the total: which one, unsaid
    "가로등\n\n시는 가로등을 바꾼다.\n\n한 대당 150만원을 들인다. 읍내 14대와 면 9대에 모두 3천100만원이 든다.",
    # the next sentence's amount is of another year than the price's
    "찻잔\n\n공방이 찻잔 400개를 주문받았다.\n\n한 개에 30달러로 국내 판매가보다 비싸다. 이 가게는 지난해에도 "
    "9천달러어치를 사 갔다.",
    # a lone count of the unit past the lead (which one the price is over, unsaid)
    "아이스팩\n\n시는 아이스팩 5만개를 거뒀다.\n\n이 가운데 4만개를 말려 가게에 나눠줬다.\n\n"
    "수거함은 주민센터에 있다. 청소비는 개당 90원씩 모두 450만원이 들었다.",
    # the lead's count split with shares into kinds, the price's sentence naming one: which count, unsaid
    "찻잔\n\n공방이 찻잔 1만 개를 주문받았다.\n\n주문 가운데 청자로 만든 찻잔은 3천 개로 30%를 차지하고, "
    "나머지 7천 개는 백자 찻잔이다. 청자 찻잔은 한 개에 40달러씩 모두 12만달러다.",
]


@pytest.mark.parametrize("text", _NOT_PRICED_AFTER_KO)
def test_no_korean_price_multiplied_out_where_the_words_do_not_say(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


_EACH_OF_A_CREW_EN = [
    # (text, holding, broken, rule)
    (
        "Gates\n\nA Holt yard is building 120 gates for a farm estate in Norfolk.\n\n"
        "The yard's three joiners will build {a} gates each between now and Christmas.",
        "40",
        "25",
        PER_UNIT,
    ),
    (
        "Bowls\n\nA Truro pottery is sending 6,300 bowls to a restaurant group in Boston.\n\n"
        "Its seven potters can glaze roughly {a} bowls a day each, so the job will take 30 working days.",
        "30",
        "60",
        PACE,
    ),
    (
        "Scarves\n\nA Dornoch mill is sending 2,000 scarves to a shop in Oslo.\n\n"
        "Four weavers, each turning out {a} scarves a day, should need 25 working days for the order.",
        "20",
        "40",
        PACE,
    ),
]


@pytest.mark.parametrize("template,holding,broken,rule", _EACH_OF_A_CREW_EN)
def test_each_of_a_crew_of_the_leads_order(knowledge, template, holding, broken, rule):
    assert_checked(knowledge, template.format(a=holding), rule, fires=False)
    assert_checked(knowledge, template.format(a=broken), rule, fires=True)


def test_no_each_of_a_crew_without_a_span(knowledge):
    # `each between them`: no span of the work, no order each makes a share of
    text = (
        "Gates\n\nA Holt yard is building 120 gates for a farm estate in Norfolk.\n\n"
        "The yard's three joiners will build 25 gates each between them."
    )
    assert_not_linked(knowledge, text, PER_UNIT)
