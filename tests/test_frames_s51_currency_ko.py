"""Currency names of real copy and the equivalents set after them (fifty-first session, lane `currency_ko`).

- A currency word no country names (`크로나` is Sweden's and Iceland's, `크로네`, `페소`, `리라`, `랜드`; in English
  `pesos`, `lira`, `lei`, `leva`, `shekels`, `kronur`, Korean `레우`) is the currency the article names in full with
  it (an amount or none: `터키 리라 가치가`), else the one country of the word the article names as a place (`스웨덴의`,
  `스웨덴에서`, `스웨덴 룬드의`, `스웨덴,`, `in Sweden`, case kept: `[bare_currency_words] countries`). Two countries of
  the word named, a country whose currency no table reads (`칠레`, `Argentina`, `몰도바` for `레우`), another of its
  countries or their cities in any form (`스웨덴식`, `멕시코 음식점`, `Mexican-style`, `Romanian-born`, `레이캬비크`,
  `Manila`: `places`), or none at all: no amount.
- A currency word that also names an ancient coin (`셰켈`, `shekels`) in a sentence of antiquity (`유적`, `은화`,
  `hoard`): no amount (`[bare_currency_words] coin_words`, `antiquity`).
- A short currency name goes on into no other word (`2027 랜드로버`, `12 페소아`) and, spaced from its number, is
  followed by no name (`1 레프 톨스토이`): `[bare_currency_words] whole`, `endings`, `next_words`.
- The country glued to or set before the name (`스위스프랑`, `호주 달러`), and the names of the currencies the reference
  table has that Korean copy writes (`코루나`, `레우`, `셰켈`, `밧`), are read as their currency (`[currency_words]`).
- An equivalent whose mark opens a sentence (`우리 돈으로 약 …`) restates the amount of the sentence right before it:
  the last there in another currency, when any other amount there in another currency is a smaller one of the same
  currency (its parts); an amount of a third currency there, a larger one of its own, or an amount two sentences
  back: no equivalent.
- A price and its won equivalent after `(으)로` that close the sentence (`한 켤레에 30달러로, 4만 원가량이다`,
  `[equivalents] apposed`, `apposed_end`) are a conversion; not when the won amount goes on (`4만 원 비싸다`,
  `4만 원이던`), nor when the price is of one (`한 켤레에`) of a noun the sentence or the one before counts (`장화
  500켤레`: the won amount may be their total).
- A gap compared with a home price in the sentence after such an equivalent (`국내 판매가(3만5천 원)보다 5천 원쯤
  비싸다`), or a change from a baseline there (`지난해 수출가(2만5천 원)보다 2천 원 올랐다`), measures the equivalent,
  the sentence before stating the unit in no other figure and stating the amount it converts
  (checker/link/gaps_from_before.py, checker/link/amount_changes_before.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, claims

CONVERSION = "F202"
GAP = "F305"

# ---------------------------------------------------------------- bare currency words, by the country named


_BARE_BY_COUNTRY = [
    # (text, holding equivalent, broken equivalent)
    (
        "한빛시 공방, 스웨덴에 그릇 수출\n\n한빛시의 공방 '무늬'가 스웨덴 룬드의 업체로부터 그릇 500점, 9만2천400 "
        "크로나어치를 주문받았다고 3일 밝혔다. 우리 돈으로 약 {eq}이다.",
        "1천386만 원",
        "1천686만 원",
    ),
    (
        "한빛시 공방, 아이슬란드에 그릇 수출\n\n한빛시의 공방 '무늬'가 아이슬란드의 업체로부터 그릇 500점, 9만2천400 "
        "크로나어치를 주문받았다고 3일 밝혔다. 우리 돈으로 약 {eq}이다.",
        "107만 원",
        "1천386만 원",
    ),
    (
        "솔내군 업체, 멕시코에 연필 수출\n\n솔내군의 문구업체가 멕시코 과달라하라의 유통업체로부터 연필 4만 자루, "
        "20만4천 페소어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "1천687만 원",
        "478만 원",
    ),
    (
        "솔내군 업체, 필리핀에 연필 수출\n\n솔내군의 문구업체가 필리핀 다바오의 유통업체로부터 연필 4만 자루, "
        "20만4천 페소어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "478만 원",
        "1천687만 원",
    ),
    (
        "가람시 공방, 튀르키예에 부채 수출\n\n가람시 공방이 튀르키예의 업체로부터 부채 200개, 1만2천400 리라어치를 "
        "주문받았다. 우리 돈으로 약 {eq}이다.",
        "37만2천 원",
        "47만2천 원",
    ),
    (
        "가람시 공방, 남아공에 부채 수출\n\n가람시 공방이 남아공 더반의 업체로부터 부채 200개, 1만2천400 랜드어치를 "
        "주문받았다. 우리 돈으로 약 {eq}이다.",
        "107만9천 원",
        "137만9천 원",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _BARE_BY_COUNTRY)
def test_bare_currency_word_is_the_currency_of_the_country_named(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


_BARE_UNDECIDED = [
    # no country of the word named: no amount
    "한빛시 공방, 그릇 수출\n\n한빛시의 공방 '무늬'가 해외 업체로부터 그릇 500점, 9만 크로나어치를 주문받았다. "
    "우리 돈으로 약 1천950만 원이다.",
    # two countries of the word named
    "한빛시 공방, 북유럽에 그릇 수출\n\n한빛시의 공방이 스웨덴과 아이슬란드 업체로부터 그릇 500점, 9만 "
    "크로나어치를 주문받았다. 우리 돈으로 약 1천950만 원이다.",
    # a country whose peso no table reads
    "솔내군 업체, 칠레에 연필 수출\n\n솔내군의 문구업체가 칠레 업체로부터 연필 4만 자루, 20만 페소어치를 "
    "주문받았다. 우리 돈으로 약 1천660만 원이다.",
    # the Italian lira, a currency gone
    "가람시 공방, 이탈리아 옛 주화 전시\n\n가람시 공방이 이탈리아에서 들여온 옛 주화 200개는 1만 리라어치였다. "
    "우리 돈으로 약 45만 원이다.",
]


@pytest.mark.parametrize("text", _BARE_UNDECIDED)
def test_bare_currency_word_left_undecided_is_no_amount(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


def test_a_landmark_is_no_rand(knowledge):
    text = "가람시 관광\n\n남아공 케이프타운 관광객이 가람시의 5랜드마크를 돌았다. 우리 돈으로 약 87만 원이 들었다."
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- countries glued to or set before the name

_NAMED_IN_FULL = [
    (
        "돌내시 공방이 스위스 호텔로부터 병풍 10틀, 2만3천400 스위스프랑어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "4천132만 원",
        "5천132만 원",
    ),
    (
        "돌내시 공방이 호주 업체로부터 탁자 40개, 5만2천400 호주 달러어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "5천261만 원",
        "6천261만 원",
    ),
    (
        "돌내시 공방이 체코 업체로부터 촛대 80개, 4만2천400 코루나어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "288만 원",
        "358만 원",
    ),
    (
        "돌내시 공방이 루마니아의 업체로부터 촛대 80개, 2만2천400 레우어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "703만 원",
        "853만 원",
    ),
    (
        "돌내시 공방이 이스라엘 업체로부터 촛대 80개, 3만2천400 셰켈어치를 주문받았다. 우리 돈으로 약 {eq}이다.",
        "1천526만 원",
        "1천826만 원",
    ),
    ("돌내시 공방이 태국 업체에 부채를 판다. 한 개에 40밧으로, 우리 돈 {eq}가량이다.", "1천720원", "2천720원"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _NAMED_IN_FULL)
def test_currency_named_with_its_country_or_by_its_own_name(knowledge, text, holds, broken):
    text = "돌내시 공방 수출\n\n" + text
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_a_rope_is_no_baht(knowledge):
    text = "돌내시 공방 수출\n\n태국 업체가 돌내시 공방의 20밧줄을 사 갔다. 우리 돈으로 약 2천720원이다."
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- an equivalent opening a sentence

_SENTENCE_OPENING_HOLDS = [
    # the amount of the sentence right before, its parts before it in the same currency
    (
        "누리 구단 이적\n\n누리 구단은 수비수 한솔을 영입했다. 이적료는 기본 1천500만파운드에 옵션 300만파운드를 더해 "
        "최대 1천800만파운드다. 유로화로는 {eq}유로 규모다.",
        "2천100만",
        "2천800만",
    ),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _SENTENCE_OPENING_HOLDS)
def test_equivalent_opening_a_sentence_restates_the_total_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


_SENTENCE_OPENING_NONE = [
    # the foreign amount two sentences back (the sentence right before states none)
    "한빛시 공방 수출\n\n한빛시 공방은 그릇을 한 점에 30달러씩 판다. 스위스 호텔로부터 그릇 주문을 받았다고 "
    "했다. 우리 돈으로 약 3천300만 원이다.",
    # two currencies in the sentence right before
    "한빛시 공방 수출\n\n한빛시 공방은 스위스 호텔에서 2만 스위스프랑, 미국 업체에서 1만 달러어치를 "
    "주문받았다. 우리 돈으로 약 5천만 원이다.",
    # a larger amount of the currency before the nearest one (a total and its price per unit)
    "한빛시 공방 수출\n\n한빛시 공방은 미국 업체로부터 4만 달러어치를 주문받았고 한 켤레 값은 25달러다. "
    "우리 돈으로 약 6천70만 원이다.",
    # a price per unit before the total, no part of it
    "한빛시 광어 수출\n\n한빛시 어가들이 미국에 광어 20톤을 판다. 1㎏에 11달러씩, 계약액은 22만 달러다. "
    "1㎏ 값은 우리 돈 1만5천700원 남짓이다.",
]


@pytest.mark.parametrize("text", _SENTENCE_OPENING_NONE)
def test_equivalent_opening_a_sentence_reads_no_amount_it_cannot_tell(knowledge, text):
    assert_not_fired(knowledge, text, CONVERSION)


def test_equivalent_two_sentences_back_is_not_linked(knowledge):
    text = (
        "한빛시 공방 수출\n\n한빛시 공방은 그릇을 한 점에 30달러씩 판다. 스위스 호텔로부터 그릇 주문을 받았다고 "
        "했다. 우리 돈으로 약 3천300만 원이다."
    )
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- a price and its equivalent after `(으)로`

_PRICE_AND_EQUIVALENT = [
    ("한 켤레에 30달러로, {eq}가량이다.", "4만3천 원", "5만3천 원"),
    ("한 켤레에 45링깃으로 {eq}가량이다.", "1만5천700원", "2만5천700원"),
    ("한 점에 180크로나로, 우리 돈 {eq}가량이다.", "2만7천 원", "3만7천 원"),
]


@pytest.mark.parametrize(("sentence", "holds", "broken"), _PRICE_AND_EQUIVALENT)
def test_price_and_its_equivalent_closing_the_sentence(knowledge, sentence, holds, broken):
    text = (
        f"누리시 장화 수출\n\n누리시 업체가 스웨덴, 말레이시아, 미국에 장화를 판다. 업체 측은 {sentence} 운송은 "
        "다음 달이다."
    )
    # (the two countries of other currencies named beside Sweden are no country of `크로나`)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


_PRICE_AND_OTHER_WON = [
    # the won amount goes on: a gap, not an equivalent
    "누리시 장화 수출\n\n누리시 업체는 미국에 장화를 판다. 한 켤레에 30달러로, 4만 원 비싸다.",
    "누리시 장화 수출\n\n누리시 업체는 미국에 장화를 판다. 한 켤레에 30달러로, 4만 원이던 지난해보다 싸다.",
    "누리시 장화 수출\n\n누리시 업체는 미국에 장화를 판다. 한 켤레에 30달러로 9만 원에 팔리는 국산보다 싸다.",
]


@pytest.mark.parametrize("text", _PRICE_AND_OTHER_WON)
def test_price_and_a_won_amount_going_on_is_no_equivalent(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- a gap from the equivalent of the sentence before


@pytest.mark.parametrize(("gap", "fires"), [("5천 원쯤", False), ("9천 원쯤", True)])
def test_gap_from_a_home_price_measures_the_equivalent_before(knowledge, gap, fires):
    text = (
        "누리시 고무신 수출\n\n누리시 공방이 미국 업체로부터 고무신 1만 달러어치를 주문받았다. 한 켤레에 "
        f"20달러로, 2만8천 원가량이다. 국내 판매가(2만3천 원)보다 {gap} 비싸다."
    )
    assert_checked(knowledge, text, GAP, fires=fires)


def test_gap_after_a_sentence_between_measures_no_equivalent(knowledge):
    # a sentence of no won figure between the equivalent and the gap: nothing to measure
    text = (
        "누리시 고무신 수출\n\n누리시 공방이 미국 업체로부터 고무신 1만 달러어치를 주문받았다. 한 켤레에 "
        "20달러로, 2만8천 원가량이다. 선적은 다음 달이다. 국내 판매가(2만3천 원)보다 9천 원쯤 비싸다."
    )
    assert_not_linked(knowledge, text, GAP)


# ---------------------------------------------------------------- English: the same bare words

_EN_BARE = [
    ("Buttons\n\nA Monterrey shop in Mexico sells a card of buttons for 9,400 pesos, about £{eq}.", "404", "604"),
    ("Buttons\n\nA Cluj shop in Romania sells a card of buttons for 420 lei, about £{eq}.", "69", "99"),
    ("Buttons\n\nA Haifa shop in Israel sells a card of buttons for 520 shekels, about £{eq}.", "127", "187"),
    ("Buttons\n\nA Husavik shop in Iceland sells a card of buttons for 95,400 kronur, about £{eq}.", "575", "875"),
]


@pytest.mark.parametrize(("text", "holds", "broken"), _EN_BARE)
def test_english_bare_currency_word_by_the_country_named(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


_EN_BARE_NONE = [
    # no country named
    "Buttons\n\nA shop sells a card of buttons for 9,000 pesos, about £588.",
    # a country whose peso no table reads
    "Buttons\n\nA Rosario shop in Argentina sells a card of buttons for 9,000 pesos, about £588.",
    # a garland, in Hawaii
    "Flowers\n\nA Hilo stall in Hawaii sells 400 lei, about £95, each spring.",
]


@pytest.mark.parametrize("text", _EN_BARE_NONE)
def test_english_bare_currency_word_undecided_is_no_amount(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- review fixes: a country named in passing

_BARE_IN_PASSING = [
    # a style, a partner firm, a cuisine, the origin of an ingredient: no country of the seller (its city is another's)
    "가온시 찜질방\n\n가온건설이 레이캬비크에 스웨덴식 사우나를 곁들인 찜질방을 연다. 입장료는 3천 크로나로, "
    "우리 돈 3만3천600원가량이다.",
    "솔내제과 해외 진출\n\n솔내제과가 부에노스아이레스에 멕시코 업체와 함께 빵집을 연다. 빵 한 개에 8천 페소로, "
    "우리 돈 약 8천400원이다.",
    "타코 열풍\n\n마닐라의 멕시코 음식점에서 타코 한 접시는 350페소로, 우리 돈 약 7천600원이다.",
    "빵값 걱정\n\n베이루트 빵집에서 튀르키예산 밀가루로 구운 빵 한 봉지는 14만 리라로, 우리 돈 약 2천100원이다.",
    # `레우` where Moldova is named is no Romanian leu
    "몰도바에 촛대 수출\n\n돌내공방이 몰도바 키시너우의 업체에 촛대를 판다. 한 개에 500레우로, 우리 돈 4만 원가량이다.",
    "몰도바 와인 수입\n\n돌내상사가 몰도바산 와인을 들여온다. 현지 값은 한 병에 240레우로, 우리 돈 약 1만9천 원이다.",
]


@pytest.mark.parametrize("text", _BARE_IN_PASSING)
def test_bare_currency_word_takes_no_country_named_in_passing(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


@pytest.mark.parametrize(("eq", "fires"), [("703만 원", False), ("853만 원", True)])
def test_leu_is_romanian_where_romania_is_named_as_a_place(knowledge, eq, fires):
    text = (
        "돌내시 공방 수출\n\n돌내시 공방이 루마니아에서 촛대 80개, 2만2천400 레우어치를 주문받았다. "
        f"우리 돈으로 약 {eq}이다."
    )
    assert_checked(knowledge, text, CONVERSION, fires=fires)


_EN_BARE_IN_PASSING = [
    "Sandwiches\n\nIn Beirut, a turkey sandwich now costs 420,000 lira, about $4.70, as prices keep climbing.",
    "Bakery\n\nA Buenos Aires bakery now sells Mexican-style flatbreads. A dozen costs 8,000 pesos, about $6.",
    "Tacos\n\nIn Manila, a Mexican restaurant sells a plate of tacos for 350 pesos, about $5.60.",
    "Wine\n\nA Santiago winery sells a case for 8,000 pesos, about $8.50, to Mexican importers.",
    "Wine\n\nA Chisinau winery near the Romanian border sells a bottle for 240 lei, about $13.",
    "Flowers\n\nA Hilo stall run by a Romanian-born florist sells 30 lei, about $250, every weekend.",
]


@pytest.mark.parametrize("text", _EN_BARE_IN_PASSING)
def test_english_bare_currency_word_takes_no_adjective_or_other_city(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)


@pytest.mark.parametrize(("eq", "fires"), [("404", False), ("604", True)])
def test_english_country_named_with_its_adjective_too(knowledge, eq, fires):
    # (the adjective of the same country leaves the country named deciding)
    text = f"Buttons\n\nA Mexican family shop in Mexico sells a card of buttons for 9,400 pesos, about £{eq}."
    assert_checked(knowledge, text, CONVERSION, fires=fires)


# ---------------------------------------------------------------- review fixes: a short name going on

_SHORT_NAME_GOING_ON = [
    "남아공 자동차 시장\n\n남아공 요하네스버그 모터쇼에 2028 랜드로버 세단(약 1억4천만 원)이 나왔다. "
    "현지 판매가는 170만 랜드다.",
    "포르투갈 시 낭송회\n\n멕시코 몬테레이 도서전에서 페소아 낭송회가 열린다. 참가 시인 11 페소아 연구자 4명이 "
    "무대에 선다. 우리 돈으로 약 1만 원이 든다.",
    "러시아 문학 전시\n\n불가리아 소피아의 도서관이 문학전을 연다. 전시작 90점 가운데 1 레프 톨스토이의 초판본이 "
    "눈길을 끈다. 우리 돈으로 약 9천만 원이다.",
    "스페인 축구\n\n체코 출신 공격수가 뛰는 라코루나가 승점 3 코루나 더비에서 이겼다. 우리 돈으로 약 3만 원이다.",
]


@pytest.mark.parametrize("text", _SHORT_NAME_GOING_ON)
def test_short_currency_name_going_on_into_a_word_is_no_amount(knowledge, text):
    assert_not_fired(knowledge, text, CONVERSION)
    read = claims(text, knowledge).claims
    amounts = [c for c in read if c.kind == "money" and c.unit in ("ZAR", "MXN", "BGN", "CZK")]
    assert [c.value for c in amounts] in ([], [1_700_000.0]), [(c.value, c.unit) for c in amounts]


# ---------------------------------------------------------------- review fixes: a won total after a price per one


def test_won_total_of_a_count_after_a_price_per_one_is_no_equivalent(knowledge):
    text = "미국에 장화 수출\n\n누리장화가 미국 업체에 장화 400켤레를 판다. 한 켤레에 45달러로, 2천450만 원이다."
    assert_not_linked(knowledge, text, CONVERSION)


# ---------------------------------------------------------------- review fixes: a change from the equivalent before


@pytest.mark.parametrize(("change", "fires"), [("2천 원", False), ("5천 원", True)])
def test_change_from_a_baseline_measures_the_equivalent_before(knowledge, change, fires):
    text = (
        "미국에 고무신 수출\n\n누리공방이 미국 업체에 고무신을 판다. 한 켤레에 20달러로, 2만7천 원가량이다. "
        f"지난해 수출가(2만5천 원)보다 {change} 올랐다."
    )
    assert_checked(knowledge, text, GAP, fires=fires)


def test_change_from_an_equivalent_restating_a_sentence_further_back_is_not_measured(knowledge):
    # (the equivalent opens its sentence: read with a margin too wide to measure a change by)
    text = (
        "미국에 고무신 수출\n\n누리공방이 미국 업체에 고무신 800켤레를 1만5천 달러에 판다. 우리 돈으로 약 2천40만 "
        "원이다. 지난해 계약(1천500만 원)보다 900만 원 늘었다."
    )
    assert_not_linked(knowledge, text, GAP)


@pytest.mark.parametrize(("eq", "fires"), [("450원", False), ("650원", True)])
def test_bare_word_by_its_currency_named_in_full_with_no_amount(knowledge, eq, fires):
    text = f"튀르키예 리라 약세\n\n튀르키예 리라 가치가 내렸다. 앙카라 빵 한 개 값은 15리라로, 우리 돈 {eq}가량이다."
    assert_checked(knowledge, text, CONVERSION, fires=fires)


# ---------------------------------------------------------------- review fixes: an ancient coin

_ANCIENT_COINS = [
    "고대 은화 출토\n\n이스라엘 유적에서 은화 40셰켈이 나왔다. 우리 돈으로 약 6천만 원어치로 추정된다.",
    "Shekels\n\nArchaeologists in Israel dug up a hoard of 40 shekels, coins some 2,100 years old, worth about "
    "$52,000 today.",
]


@pytest.mark.parametrize("text", _ANCIENT_COINS)
def test_shekels_of_an_ancient_hoard_are_no_money_of_today(knowledge, text):
    assert_not_linked(knowledge, text, CONVERSION)
