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
            "계약 금액은 개당 31호주달러씩 9만3천호주달러다. 유럽중앙은행 기준환율로 환산하면 약 8천900만 원어치로, "
            "업체의 지난해 매출 2억7천만 원의 33%에 이른다.",
            "2억7천만 원",
        ),
        (
            "납품가는 개당 28달러, 모두 8만4천 달러다. 유럽중앙은행이 고시한 기준환율로 계산하면 약 1억1천500만 원으로 "
            "지난해 매출 3억 원의 38%다.",
            "3억 원",
        ),
        (
            "Brackwell Pumps will be paid NZ$41 a unit, NZ$123,000 in total, or roughly £55,300 at Tuesday's European "
            "Central Bank rate. That is 21.5 per cent of the firm's £257,000 turnover last year.",
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
        "구청은 올해 홀몸 어르신 집의 문손잡이 2,400개를 바꿨다. 한 집에 6개꼴이다. 동별로는 강변 두 개 동이 "
        "260가구로 전체의 65%를 차지하며, 남은 140가구는 산자락 동에 있다."
    )
    assert_not_fired(knowledge, text, SHARE)
    assert_not_fired(knowledge, text, SUM)


def test_households_of_a_stated_total_of_households_still_checked(knowledge):
    text = (
        "구청은 올해 홀몸 어르신 400가구의 문손잡이를 바꿨다. 동별로는 강변 두 개 동이 260가구로 전체의 {rate}%를 "
        "차지하며, 남은 140가구는 산자락 동에 있다."
    )
    assert_checked(knowledge, text.format(rate="65"), SHARE, fires=False)
    assert_checked(knowledge, text.format(rate="80"), SHARE, fires=True)


# --- sizes listed together --------------------------------------------------------------------------------------


def test_a_size_of_other_units_is_no_whole(knowledge):
    text = "물통 계약 물량은 3ℓ들이 1천200개와 1ℓ들이 800개다."
    assert_not_fired(knowledge, text, PER_UNIT)


# --- a share's clause names its member --------------------------------------------------------------------------

_JOINED_BY_A_VERB = (
    "군은 쉼터 세 곳에 부채 9천 개를 나눠준다. 입구별로는 솔밭 쉼터에 3천600개, 냇가 쉼터에 2천700개, 나머지 쉼터에 "
    "2천700개를 배정했으며 솔밭 쉼터 몫이 전체의 {rate}%를 차지한다."
)


def test_a_clause_joined_by_a_verb_ending_names_its_member(knowledge):
    assert_checked(knowledge, _JOINED_BY_A_VERB.format(rate="40"), SHARE, fires=False)
    assert_checked(knowledge, _JOINED_BY_A_VERB.format(rate="60"), SHARE, fires=True)


_SHORT_NAME = (
    "군은 호수 6곳에서 겨울을 난 청둥오리가 1월 조사에서 2천 마리로 집계됐다고 밝혔다. 호수별로는 윗못 1천20마리, "
    "아랫못 660마리, 나머지 4곳 320마리였다. 윗못에만 전체의 {hedge}{rate}%가 몰린 셈이다."
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
        "군은 호수 6곳에서 겨울을 난 청둥오리가 1월 조사에서 2천 마리로 집계됐다고 밝혔다. 호수별로는 윗못 1천20마리, "
        "아랫못 660마리, 나머지 4곳 320마리였다. 큰못에만 전체의 51.0%가 몰린 셈이다."
    )
    assert_not_fired(knowledge, text, SHARE)


# --- a share of the deal ----------------------------------------------------------------------------------------

_DEAL_EN = (
    "Hale & Marsh will be paid $42 a lamp, or $126,000 for the order, which is about £93,200 at the European Central "
    "Bank's rate on Tuesday.\n\nThat puts each lamp at about £31, roughly £5 more than the £26 the firm charges its "
    "own stockists.\n\nThe contract is equal to {rate} per cent of last year's turnover of £297,000."
)


def test_a_share_of_the_contract_is_of_the_deal_not_of_a_price_each(knowledge):
    assert_checked(knowledge, _DEAL_EN.format(rate="31.4"), SHARE, fires=False, published=JUNE)
    assert_checked(knowledge, _DEAL_EN.format(rate="41.4"), SHARE, fires=True, published=JUNE)


_DEAL_KO = (
    "주문 금액은 개당 12유로씩 모두 7만2천 유로로, 유럽중앙은행 기준환율을 적용하면 약 1억2천600만 원이다. 개당 값은 "
    "우리 돈 약 2만1천 원으로, 이 업체가 국내 꽃집에 넘기는 값(1만6천 원)보다 5천 원가량 비싸다. 이번 물량은 지난해 "
    "이 업체 매출 4억 원의 {rate}%에 해당한다."
)


def test_a_share_of_this_order_is_of_the_deal_not_of_a_gap(knowledge):
    assert_checked(knowledge, _DEAL_KO.format(rate="31.5"), SHARE, fires=False, published=JUNE)
    assert_checked(knowledge, _DEAL_KO.format(rate="45"), SHARE, fires=True, published=JUNE)


# --- a part of the ones a participle names ----------------------------------------------------------------------


def test_a_part_of_those_taken_is_no_share_of_those_left(knowledge):
    text = (
        "In all, visitors left 6,500 plants at the swap table during the year, so 70 per cent of what came in found a "
        "new home. The 1,950 left over went to the school garden.\n\n"
        "Herbs were the most popular, accounting for 1,365 of those taken, or 30 per cent."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_part_of_those_with_the_wholes_own_verb_is_checked(knowledge):
    text = "Members repaired 900 bicycles, and 300 of those repaired, or {share}, were children's bikes."
    assert_checked(knowledge, text.format(share="a third"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="half"), SHARE, fires=True)


# --- lots of a size ---------------------------------------------------------------------------------------------


def test_a_figure_each_of_lots_named_before_it_is_no_share_of_a_count(knowledge):
    text = (
        "A knitting club has finished 30 blankets for the hospice.\n\n"
        "The club's 18 members knitted 1,080 squares between them, {each} each, which were then sewn into blankets "
        "of 36 squares apiece."
    )
    assert_checked(knowledge, text.format(each="60"), PER_UNIT, fires=False)
    assert_checked(knowledge, text.format(each="80"), PER_UNIT, fires=True)


# --- a start told with its age ----------------------------------------------------------------------------------


def test_a_start_told_with_its_ordinal_is_no_start_of_a_count_back(knowledge):
    text = (
        "The choir was founded in 2013, making this its 14th season. The director said the numbers had grown because "
        'more schools now sent pupils: "Twelve years ago we had eight singers. Now we have 30."'
    )
    assert_not_fired(knowledge, text, ELAPSED, published=JUNE)


def test_a_start_told_alone_is_still_the_start_of_a_count_back(knowledge):
    text = (
        "The choir was founded in 2013 in a church hall. The director said the numbers had grown: "
        '"{count} years ago we had eight singers. Now we have 30."'
    )
    assert_checked(knowledge, text.format(count="Thirteen"), ELAPSED, fires=False, published=JUNE)
    assert_checked(knowledge, text.format(count="Eight"), ELAPSED, fires=True, published=JUNE)


# --- `ones` counts the noun before ------------------------------------------------------------------------------

_ONES = (
    "A Frome basket maker has won its biggest export order, 900 baskets for a garden-supply chain in Bergen.\n\n"
    "The Norwegian buyer has asked for 600 small baskets for herbs and 300 large ones for logs, so one in three will "
    "be the larger size. Bergen took 360 baskets from the firm last year; this year's order is up {rate} per cent."
)


def test_a_count_of_ones_is_a_second_level_beside_the_one_before(knowledge):
    assert_checked(knowledge, _ONES.format(rate="150"), GROWTH, fires=False)
    assert_checked(knowledge, _ONES.format(rate="90"), GROWTH, fires=True)


# --- the one unit a price is given each of ----------------------------------------------------------------------

_ONE_UNIT_PRICED = (
    "해바라기군은 다음 달부터 마을 입구 10곳에서 주민에게 손전등 8천 개를 나눠준다고 밝혔다. 군은 예산 2천400만 원을 "
    "들여 손전등을 한 개에 3천 원씩 사들였다. 지난해 나눠준 6천400개보다 {gap}개 많은 물량이다."
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
        "구청은 올해 홀몸 어르신 400곳의 문손잡이를 바꿨다. 동별로는 강변 두 개 동이 260가구로 전체의 {rate}%를 "
        "차지하며, 남은 140가구는 산자락 동에 있다."
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
        "A free plant swap has found new homes for 5,460 plants in its first year. In all, visitors left 7,800 plants "
        "at the table, so 70 per cent of what came in was taken.\n\n"
        "Herbs were the most popular, accounting for 1,911 of those taken, or 35 per cent."
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
