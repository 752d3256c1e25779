"""Readings of the fifty-eighth session's lead: the false alarms of an opened set, each a construction.

- The bank whose rate an equivalent is taken at is no subject of the figures, whatever stands before its name when
  the words after it apply the rate (`유럽중앙은행 기준환율을 적용하면`, `…이 고시한 기준환율로`), and after a day's
  possessive (`at Tuesday's European Central Bank rate`).
- Counts whose classifiers count unlike things (`한 번`, `400개`; `가구`, `개`) add up to no total and are no part and
  whole of a share.
- A size of other units listed before a size (`3ℓ들이 …와 1ℓ들이 …`) is no whole the size's units fill.
- A share's clause joined by a verb ending (`…를 배정했으며 A 몫이 전체의 40%`) names its list member; a short name
  with its particle (`윗못에만`) names its member; a fraction hedging the percent right after it (`전체의 절반이 넘는
  51%`) leaves the share to the percent; `…가 몰린 셈이다` names no part.
- A share whose subject names the deal (`The contract is equal to …`, `이번 물량은 …`) is of the deal, not of a price
  per one (`That puts each lamp at about £31`) nor of a gap beside a baseline (`…보다 5천 원가량 비싸다`).
- A part pointed back with a participle (`of those taken`) is of a whole stated with that verb, or of none.
- `blankets of 36 squares apiece`: each blanket's, no share of the count before.
- A start told with its age as an ordinal (`formed in 2013, making this its 14th season`) is no start of a count back
  from now in another sentence.
- A count naming its noun by a pronoun (`300 large ones`) is a second level beside the one before.
- The one unit a price is given each of (`한 개에 3천 원씩`) is no level of a gap.
- Review: the one unit a price is given each of is no level of a gap of `fewer` either; a hedge read into the
  fraction (`3분의 1에 조금 못 미치는 30%`) leaves the share to the percent; a past tense before `다` (`몰렸다`,
  `모였다`) closes a verb, no part's noun.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, claims

GROWTH, DIFFERENCE, SUM, SHARE, PER_UNIT, ELAPSED = "F301", "F305", "F302", "F503", "F317", "F406"
JUNE = dt.date(2026, 6, 9)


# --- the rate's bank is no subject ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,written",
    [
        (
            "공방은 멜버른의 찻집 체인에 찻잔 3천 개를 9만3천호주달러에 판다. 유럽중앙은행 기준환율로 환산하면 "
            "약 8천900만 원이다. 공방 매출은 지난해 2억7천만 원이었다.",
            "2억7천만 원",
        ),
        (
            "시애틀의 문구점에 붓 3천 자루를 8만4천 달러에 넘긴다. 유럽중앙은행이 고시한 기준환율로 계산하면 "
            "약 1억1천500만 원이다. 지난해 매출은 3억 원이었다.",
            "3억 원",
        ),
        (
            "A Brackwell pump maker has sold 3,000 garden pumps to Auckland for NZ$123,000 (roughly £55,300 at "
            "Tuesday's European Central Bank rate). Its turnover last year was £257,000.",
            "£257,000",
        ),
    ],
)
def test_the_bank_whose_rate_is_applied_is_no_subject(knowledge, text, written):
    claim = next(c for c in claims(text, knowledge, published=JUNE).claims if c.text == written)
    assert claim.entities == []


def test_a_bank_named_with_its_own_figures_is_still_their_subject(knowledge):
    text = "유럽중앙은행은 지난해 순이익 12억 유로를 냈다."
    claim = next(c for c in claims(text, knowledge, published=JUNE).claims if c.text == "12억 유로")
    assert claim.entities != []


# --- classifiers of unlike things -------------------------------------------------------------------------------


def test_times_and_pieces_add_up_to_no_total(knowledge):
    text = "가마 세 대를 한 번 땔 때마다 벽돌 400개가 구워져 모두 15번을 때야 한다."
    assert_not_linked(knowledge, text, SUM)


def test_pieces_of_one_classifier_still_add_up(knowledge):
    text = "벽돌은 붉은 벽돌 400개와 흰 벽돌 {second}개로 모두 700개다."
    assert_checked(knowledge, text.format(second="300"), SUM, fires=False)
    assert_checked(knowledge, text.format(second="500"), SUM, fires=True)


def test_households_are_no_share_of_handles(knowledge):
    text = (
        "시는 올해 저소득 가구의 욕실에 안전손잡이 2,400개를 달았다. 원도심이 260가구로 전체의 65%를 "
        "차지하며, 남은 140가구는 신도심에 있다."
    )
    assert_not_fired(knowledge, text, SHARE)
    assert_not_fired(knowledge, text, SUM)


def test_households_of_a_stated_total_of_households_still_checked(knowledge):
    text = (
        "시는 올해 저소득 400가구의 욕실에 안전손잡이를 달았다. 원도심이 260가구로 전체의 {rate}%를 "
        "차지하며, 남은 140가구는 신도심에 있다."
    )
    assert_checked(knowledge, text.format(rate="65"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="80"), SHARE, fires=True)


# --- sizes listed together --------------------------------------------------------------------------------------


def test_a_size_of_other_units_is_no_whole(knowledge):
    text = "물통 계약 물량은 3ℓ들이 1천200개와 1ℓ들이 800개다."
    assert_not_fired(knowledge, text, PER_UNIT)


# --- a share's clause names its member --------------------------------------------------------------------------

_JOINED_BY_A_VERB = (
    "시는 무더위 쉼터 세 곳에 부채 9천 개를 보낸다. 솔밭 쉼터에 3천600개, 냇가 쉼터에 2천700개, 마을회관에 "
    "2천700개를 보냈으며 솔밭 쉼터 몫이 전체의 {rate}%다."
)


def test_a_clause_joined_by_a_verb_ending_names_its_member(knowledge):
    assert_checked(knowledge, _JOINED_BY_A_VERB.format(rate="40"), SHARE, fires=False)
    assert_checked(knowledge, _JOINED_BY_A_VERB.format(rate="60"), SHARE, fires=True)


_SHORT_NAME = (
    "군 조사에서 저수지 다섯 곳에 백로 2천 마리가 둥지를 튼 것으로 나타났다. 윗못 1천20마리, 아랫못 660마리, "
    "나머지 세 곳 320마리다. 윗못에만 전체의 {hedge}{rate}%가 몰린 셈이다."
)


@pytest.mark.parametrize("hedge", ["", "절반이 넘는 "])
def test_a_short_name_with_its_particle_names_its_member(knowledge, hedge):
    assert_checked(knowledge, _SHORT_NAME.format(hedge=hedge, rate="51.0"), SHARE, fires=False)
    assert_checked(knowledge, _SHORT_NAME.format(hedge=hedge, rate="71.0"), SHARE, fires=True)


def test_a_word_naming_every_member_tells_none_apart(knowledge):
    text = (
        "공방이 주철 문고리 3천 개를 주문받았다고 3일 밝혔다. 꽃 모양 1천200개, 새 모양 1천 개, 해 모양 800개로, "
        "꽃 모양이 전체의 {rate}%를 차지한다."
    )
    assert_checked(knowledge, text.format(rate="40"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="27"), SHARE, fires=True)


def test_a_name_no_member_has_names_none(knowledge):
    text = (
        "군 조사에서 저수지 다섯 곳에 백로 2천 마리가 둥지를 튼 것으로 나타났다. 윗못 1천20마리, 아랫못 660마리, "
        "나머지 세 곳 320마리다. 큰못에만 전체의 51.0%가 몰린 셈이다."
    )
    assert_not_fired(knowledge, text, SHARE)


# --- a share of the deal ----------------------------------------------------------------------------------------

_DEAL_EN = (
    "A Penrith cooper has sold 3,000 oak buckets to a chain in Ohio for $126,000, about £93,200 at the European "
    "Central Bank's rate on Tuesday.\n\nThat puts each bucket at about £31, roughly £5 above the £26 asked at the "
    "cooper's own stall.\n\nThe contract is equal to {rate} per cent of last year's turnover of £297,000."
)


def test_a_share_of_the_contract_is_of_the_deal_not_of_a_price_each(knowledge):
    assert_checked(knowledge, _DEAL_EN.format(rate="31.4"), SHARE, fires=False, published=JUNE)
    assert_checked(knowledge, _DEAL_EN.format(rate="41.4"), SHARE, fires=True, published=JUNE)


_DEAL_KO = (
    "옹기 공방이 뮌헨의 식료품점에 김치 항아리 6천 개를 모두 7만2천 유로에 팔기로 했다. 유럽중앙은행 기준환율을 "
    "적용하면 약 1억2천600만 원이다. 한 개에 약 2만1천 원꼴로 국내 판매가(1만6천 원)보다 5천 원가량 높다. 이번 "
    "물량은 공방의 지난해 매출 4억 원의 {rate}%에 해당한다."
)


def test_a_share_of_this_order_is_of_the_deal_not_of_a_gap(knowledge):
    assert_checked(knowledge, _DEAL_KO.format(rate="31.5"), SHARE, fires=False, published=JUNE)
    assert_checked(knowledge, _DEAL_KO.format(rate="45"), SHARE, fires=True, published=JUNE)


# --- a part of the ones a participle names ----------------------------------------------------------------------


def test_a_part_of_those_taken_is_no_share_of_those_left(knowledge):
    text = (
        "The uniform exchange took in 6,500 garments this year and passed 4,550 to new owners; the 1,950 left over "
        "went to a textile bank.\n\nBlazers led the way at 1,365 of those taken, or 30 per cent."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_part_of_those_with_the_wholes_own_verb_is_checked(knowledge):
    text = "Members repaired 900 bicycles, and 300 of those repaired, or {share}, were children's bikes."
    assert_checked(knowledge, text.format(share="a third"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="half"), SHARE, fires=True)


# --- lots of a size ---------------------------------------------------------------------------------------------


def test_a_figure_each_of_lots_named_before_it_is_no_share_of_a_count(knowledge):
    text = (
        "The 18 volunteers glazed 1,080 tiles between them, {each} each, which were then set into panels of 36 tiles "
        "apiece."
    )
    assert_checked(knowledge, text.format(each="60"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each="80"), PER_UNIT, fires=True)


# --- a start told with its age ----------------------------------------------------------------------------------


def test_a_start_told_with_its_ordinal_is_no_start_of_a_count_back(knowledge):
    text = (
        "The lifeboat crew was formed in 2013, making this its 14th season on the water. The coxswain recalled a "
        'leaner start: "Twelve years ago the station had one boat."'
    )
    assert_not_fired(knowledge, text, ELAPSED, published=JUNE)


def test_a_start_told_alone_is_still_the_start_of_a_count_back(knowledge):
    text = (
        "The lifeboat crew was formed in 2013 in a borrowed shed. The coxswain recalled a leaner start: "
        '"{count} years ago the station had one boat."'
    )
    assert_checked(knowledge, text.format(count="Thirteen"), ELAPSED, fires=False, published=JUNE)
    assert_checked(knowledge, text.format(count="Eight"), ELAPSED, fires=True, published=JUNE)


# --- `ones` counts the noun before ------------------------------------------------------------------------------

_ONES = (
    "A Frome basket maker is to send 900 baskets to a garden chain in Bergen.\n\n"
    "The chain wants 600 small baskets for herbs and 300 large ones for logs, so a third of them will be large. "
    "Bergen bought 360 baskets from the maker last year; this year's order is up {rate} per cent."
)


def test_a_count_of_ones_is_a_second_level_beside_the_one_before(knowledge):
    assert_checked(knowledge, _ONES.format(rate="150"), GROWTH, fires=False)
    assert_checked(knowledge, _ONES.format(rate="90"), GROWTH, fires=True)


# --- the one unit a price is given each of ----------------------------------------------------------------------

_ONE_UNIT_PRICED = (
    "구는 올겨울 경로당 40곳에 핫팩 8천 개를 보낸다. 핫팩은 2천400만 원어치로, 한 개에 3천 원씩 샀다. 지난겨울 "
    "보낸 6천400개보다 {gap}개 많다."
)


def test_the_one_unit_of_a_price_is_no_level_of_a_gap(knowledge):
    assert_checked(knowledge, _ONE_UNIT_PRICED.format(gap="1천600"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _ONE_UNIT_PRICED.format(gap="3천600"), DIFFERENCE, fires=True)


# --- a modifier's stem is no subject ----------------------------------------------------------------------------

_SMALL_ONES = (
    "토분 제작업체 '흙가마'가 화분 5천 개 공급 계약을 맺었다고 2일 밝혔다. 크기별로는 지름 20㎝짜리가 3천 개, "
    "30㎝짜리가 2천 개다. {subject} 전체의 {rate}%를 차지한다."
)


def test_a_subject_naming_no_member_is_no_share_of_the_last(knowledge):
    assert_not_fired(knowledge, _SMALL_ONES.format(subject="작은 화분이", rate="60"), SHARE)


def test_a_subject_naming_the_last_member_is_its_share(knowledge):
    assert_checked(knowledge, _SMALL_ONES.format(subject="30㎝짜리가", rate="40"), SHARE, fires=False)
    assert_checked(knowledge, _SMALL_ONES.format(subject="30㎝짜리가", rate="60"), SHARE, fires=True)


def test_households_counted_as_places_are_one_thing(knowledge):
    text = (
        "시는 올해 저소득 400곳의 욕실에 안전손잡이를 달았다. 원도심이 260가구로 전체의 {rate}%를 "
        "차지하며, 남은 140가구는 신도심에 있다."
    )
    assert_checked(knowledge, text.format(rate="65"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="80"), SHARE, fires=True)


def test_a_gap_after_a_breakdown_is_still_the_wholes(knowledge):
    text = (
        "서림군청 사격팀이 올해 상반기 전국 대회에서 메달 19개를 따냈다고 군이 1일 밝혔다. 금메달 6개, 은메달 5개, "
        "동메달 8개다. 지난해 상반기 12개보다 {gap}개 많다."
    )
    assert_checked(knowledge, text.format(gap="7"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap="9"), DIFFERENCE, fires=True)


def test_a_share_beside_a_part_of_those_taken_is_no_share_of_another_total(knowledge):
    text = (
        "The seed library lent out 5,460 packets in its first year. Gardeners brought in 7,800 packets, and 70 per "
        "cent of them were taken.\n\nBeans led, making up 1,911 of those taken, or 35 per cent."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_listed_parts_share_is_of_the_total_its_sentence_lists_it_in(knowledge):
    text = (
        "양식 어가 20곳이 지난해 신고한 피해액은 모두 1억2천만 원이다. 사업비 5천만 원 가운데 도비가 2천만 원으로 40%, "
        "군비가 3천만 원으로 {rate}%다."
    )
    assert_checked(knowledge, text.format(rate="65"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="80"), SHARE, fires=True)


# --- review: the one unit of a price, before a gap of `fewer` -----------------------------------------------------

_ONE_UNIT_FEWER = (
    "봉숭아군은 다음 달 마을 회관 12곳에서 주민에게 우산 9천 개를 나눠준다고 밝혔다. 군은 우산을 한 개에 4천 원씩 "
    "사들였다. 지난해 나눠준 1만800개보다 {gap}개 적은 물량이다."
)


def test_the_one_unit_of_a_price_is_no_level_of_a_gap_of_fewer(knowledge):
    assert_checked(knowledge, _ONE_UNIT_FEWER.format(gap="1천800"), DIFFERENCE, fires=False)
    assert_checked(knowledge, _ONE_UNIT_FEWER.format(gap="4천800"), DIFFERENCE, fires=True)


def test_a_count_with_no_price_each_is_still_a_level_of_a_gap(knowledge):
    text = "봉숭아군은 주민에게 우산 9천 개를 나눠줬다. 지난해 1만800개보다 {gap}개 적다."
    assert_checked(knowledge, text.format(gap="1천800"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(gap="2천800"), DIFFERENCE, fires=True)


# --- review: a hedge read into the fraction before the percent --------------------------------------------------

_HEDGE_IN_FRACTION = (
    "시는 저수지 다섯 곳에서 겨울을 난 고니가 1월 조사에서 1천500마리로 집계됐다고 밝혔다. 저수지별로는 새못 "
    "900마리, 솔못 450마리, 나머지 3곳 150마리였다. 솔못에만 전체의 {share}"
)


@pytest.mark.parametrize("verb", ["가 몰린 셈이다.", "가 몰렸다.", "가 모였다."])
def test_a_hedge_read_into_the_fraction_leaves_the_share_to_the_percent(knowledge, verb):
    hedged = "3분의 1에 조금 못 미치는 {rate}%" + verb
    assert_checked(knowledge, _HEDGE_IN_FRACTION.format(share=hedged.format(rate="30")), SHARE, fires=False)
    assert_checked(knowledge, _HEDGE_IN_FRACTION.format(share=hedged.format(rate="10")), SHARE, fires=True)


def test_a_hedged_fraction_alone_is_still_its_share(knowledge):
    text = _HEDGE_IN_FRACTION.replace("솔못에만", "{member}에만")
    assert_checked(knowledge, text.format(member="새못", share="절반이 넘게 몰렸다."), SHARE, fires=False)
    assert_checked(knowledge, text.format(member="솔못", share="절반이 넘게 몰렸다."), SHARE, fires=True)


def test_a_share_gathered_at_a_place_no_member_names_is_not_linked(knowledge):
    assert_not_fired(knowledge, _HEDGE_IN_FRACTION.replace("솔못에만", "갈못에만").format(share="45%가 몰렸다."), SHARE)


def test_the_one_unit_of_a_price_is_no_part_a_subject_names(knowledge):
    text = (
        "옹기 공방 '흙숨'이 항아리 4천 개 공급 계약을 맺었다고 2일 밝혔다. 항아리 한 개 값은 우리 돈 약 3만 원이다. "
        "높이별로는 30㎝짜리가 2천600개, 50㎝짜리가 1천400개다. 낮은 항아리가 전체의 65%를 차지한다."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_subject_naming_its_figure_across_sentences_is_still_read(knowledge):
    text = (
        "토분 제작업체 '흙가마'가 화분 5천 개 공급 계약을 맺었다고 2일 밝혔다. 큰 화분은 2천 개로 정했다. 작은 "
        "화분은 3천 개다. 큰 화분이 전체의 {rate}%를 차지한다."
    )
    assert_checked(knowledge, text.format(rate="40"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="60"), SHARE, fires=True)
