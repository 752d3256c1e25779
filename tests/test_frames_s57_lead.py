"""Readings of the fifty-seventh session's lead: the false alarms of an opened set, each a construction.

- A rate per a span of time (`or about five calls a week`) is no level of a change whose sentence compares with a
  level that is no such rate (`12 more than the 52 of last year`): the change is of the level the sentence before
  states.
- A bare number listed right after one read as counting the noun before counts it too (`420 crates, with 310, 250
  and 170 on the others`).
- `which accounts for all 7,200` names the total a list makes.
- A share set off right after a part (`3,600 were sold as fodder, half of the total, 2,400 as bedding`) is that part's,
  not the next figure's.
- Korean: a product clause marked one by one (`1벌에 200원씩 모두 380만 원을`) is no total of the next clause's price
  (`㎏당 90원씩`); a level labelled after it (`2천700만 원은 기부금, 6천300만 원은 시 예산이다`) and a share whose
  subject names that label (`기부금은 전체의 30%`); a share whose clause, after a comma, names its list item (`…700개로,
  둥근 모양이 전체의 50%`); a change of the sentence after a breakdown whose clause names no item is of the breakdown's
  whole.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import FRAME_DAY, assert_checked, assert_not_fired, conversion_role, mention_at

GROWTH, DIFFERENCE, SUM, SHARE, PER_UNIT = "F301", "F305", "F302", "F503", "F317"


# --- a rate per a span of time is no level of a change -----------------------------------------------------------

_RATE_BESIDE_A_CHANGE = (
    "The lifeboat made 64 launches this summer.\n\n"
    "It was out on 84 days, or about five launches a week, and made 12 more than the 52 of last year, a rise of "
    "{rate} per cent."
)


def test_a_rate_per_week_is_no_level_of_the_change(knowledge):
    assert_checked(knowledge, _RATE_BESIDE_A_CHANGE.format(rate="23.1"), GROWTH, fires=False)
    assert_checked(knowledge, _RATE_BESIDE_A_CHANGE.format(rate="33.1"), GROWTH, fires=True)


def test_a_rate_against_a_rate_is_still_a_level(knowledge):
    text = "The depot now handles 300 parcels a week, up {rate} per cent from 250 parcels a week last spring."
    assert_checked(knowledge, text.format(rate="20"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate="40"), GROWTH, fires=True)


# --- a list of bare numbers after an elided count --------------------------------------------------------------

_LISTED_AFTER_ELIDED = (
    "Five packhouses in the valley graded 1,150 trays last week.\n\n"
    "The biggest handled 420 trays, with 310, {third} and 170 at the next three, making 1,150 in all."
)


def test_bare_numbers_listed_after_an_elided_count_count_its_noun(knowledge):
    text = _LISTED_AFTER_ELIDED.format(third="250")
    assert mention_at(text, "250") == ("count", 250.0)
    assert mention_at(text, "170") == ("count", 170.0)
    assert_checked(knowledge, text, SUM, fires=False)
    assert_checked(knowledge, _LISTED_AFTER_ELIDED.format(third="350"), SUM, fires=True)


def test_a_list_of_bare_numbers_after_a_comma_alone_stays_bare():
    # (no number of the list is read as counting the crates: nothing to carry on)
    assert mention_at("It graded 420 trays, 310, 250 and 170.", "250") is None


# --- `which accounts for all N` -------------------------------------------------------------------------------------

_ACCOUNTS_FOR_ALL = (
    "The mill bottled 7,200 jars of honey in the spring.\n\n"
    "Shops took {first} of them, cafés 2,400 and the mill's own stall 1,200, which accounts for all 7,200."
)


def test_which_accounts_for_all_names_the_lists_total(knowledge):
    assert_checked(knowledge, _ACCOUNTS_FOR_ALL.format(first="3,600"), SUM, fires=False)
    assert_checked(knowledge, _ACCOUNTS_FOR_ALL.format(first="4,600"), SUM, fires=True)


# --- a share set off right after a part ------------------------------------------------------------------------------

_SHARE_AFTER_ITS_PART = (
    "The mill bottled 7,200 jars of honey in the spring.\n\n"
    "Of the jars, 3,600 went to shops, {share} of the total, 2,400 to cafés and 1,200 to the mill's own stall."
)


def test_a_share_set_off_after_a_part_is_that_parts(knowledge):
    assert_checked(knowledge, _SHARE_AFTER_ITS_PART.format(share="half"), SHARE, fires=False)
    assert_checked(knowledge, _SHARE_AFTER_ITS_PART.format(share="a third"), SHARE, fires=True)


def test_a_share_opening_its_clause_still_takes_the_part_after(knowledge):
    text = "The mill ground 8,000 tonnes of wheat. About {share} of that, 2,000 tonnes, went to bakers in the town."
    assert_checked(knowledge, text.format(share="a quarter"), SHARE, fires=False)
    assert_checked(knowledge, text.format(share="a half"), SHARE, fires=True)


# --- Korean ----------------------------------------------------------------------------------------------------------


def test_a_product_clause_marked_one_by_one_is_no_total_of_the_next_price(knowledge):
    text = (
        "올해 모은 헌 옷은 1만9천 벌, 헌 책은 130t이다. "
        "구청은 헌 옷 1벌에 200원씩 모두 380만 원을, 헌 책은 ㎏당 90원씩 1천170만 원을 주민에게 지급했다."
    )
    assert_not_fired(knowledge, text, PER_UNIT)


_LABELLED_AFTER = (
    "축제에는 모두 9천만 원이 들었다. 2천700만 원은 기부금, 6천300만 원은 시 예산이다. {name} 전체의 {share}다."
)


@pytest.mark.parametrize(("name", "holds", "broken"), [("기부금은", "30%", "50%"), ("시 예산은", "70%", "30%")])
def test_a_share_takes_the_level_its_subject_labels_after_it(knowledge, name, holds, broken):
    assert_checked(knowledge, _LABELLED_AFTER.format(name=name, share=holds), SHARE, fires=False)
    assert_checked(knowledge, _LABELLED_AFTER.format(name=name, share=broken), SHARE, fires=True)


_SUBJECT_AFTER_A_COMMA = " ".join(
    (
        "공방은 비누 3천200개를 만들었다.",
        "둥근 모양 1천600개, 네모 모양 900개, 별 모양 700개로, 둥근 모양이 전체의 {share}를 차지한다.",
    )
)


def test_a_share_whose_clause_names_a_list_item_after_a_comma(knowledge):
    assert_checked(knowledge, _SUBJECT_AFTER_A_COMMA.format(share="50%"), SHARE, fires=False)
    assert_checked(knowledge, _SUBJECT_AFTER_A_COMMA.format(share="22%"), SHARE, fires=True)


_CHANGE_AFTER_A_BREAKDOWN = " ".join(
    (
        "구청은 올해 음식물 쓰레기 320t을 퇴비로 만들었다.",
        "모은 쓰레기는 아파트 190t, 식당 80t, 기타 50t이다. {change}",
    )
)


def test_a_change_after_a_breakdown_is_of_its_whole(knowledge):
    holds = _CHANGE_AFTER_A_BREAKDOWN.format(change="수거량은 지난해 280t보다 40t, 14.3% 늘었다.")
    broken = _CHANGE_AFTER_A_BREAKDOWN.format(change="수거량은 지난해 280t보다 40t, 24.3% 늘었다.")
    assert_checked(knowledge, holds, GROWTH, fires=False)
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, GROWTH, fires=True)


def test_a_change_naming_its_item_keeps_the_item(knowledge):
    holds = _CHANGE_AFTER_A_BREAKDOWN.format(change="기타는 지난해 30t보다 20t 늘었다.")
    broken = _CHANGE_AFTER_A_BREAKDOWN.format(change="기타는 지난해 30t보다 40t 늘었다.")
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, DIFFERENCE, fires=True)


# --- conversions -----------------------------------------------------------------------------------------------------

CONVERSION = "F202"

# on the frame day: CHF 57,600 is about £52,840 (CHF 90 about £82.56); $126,000 about £93,480 ($420 about £311.60);
# 200만 페소 about 1억6,543만 원 (400 pesos about 3만3,087원); 150만 크로나 about 2억2,506만 원;
# €95,000 about 1억5,627만 원
_VANES = (
    "Tolley Metalworks will make 640 weather vanes for a shop in Bern. The shop is paying CHF 90 a vane, or CHF 57,600 "
    "in all. Converted at the European Central Bank's rate, that comes to roughly £52,800.\n\n"
    "Each vane {verb} about {eq}, £8.60 above the £74 a vane fetches in Ludgate."
)


@pytest.mark.parametrize("verb", ["earns the forge", "brings in", "fetches"])
def test_each_unit_topic_whose_verb_takes_an_object(knowledge, verb):
    assert conversion_role(knowledge, _VANES.format(verb=verb, eq="£82.60"), "about £82.60", published=FRAME_DAY) == (
        "conversion",
        "CHF 90",
    )
    assert_checked(knowledge, _VANES.format(verb=verb, eq="£82.60"), CONVERSION, fires=False)
    assert_checked(knowledge, _VANES.format(verb=verb, eq="£92.60"), CONVERSION, fires=True)


def test_each_unit_topic_of_another_noun_restates_nothing(knowledge):
    text = _VANES.format(verb="earns the forge", eq="£82.60").replace("Each vane", "Each visitor")
    assert conversion_role(knowledge, text, "about £82.60", published=FRAME_DAY)[0] != "conversion"


_EACH_AFTER_THE_EQUIVALENT = (
    "Pellow Clay will ship 300 sundials to a museum shop in Denver, which pays $420 a sundial, "
    "$126,000 in all. That is some £93,500 at the European Central Bank's rate, or about {eq} each."
)


def test_each_after_a_totals_equivalent_restates_the_price_of_one(knowledge):
    text = _EACH_AFTER_THE_EQUIVALENT.format(eq="£312")
    assert conversion_role(knowledge, text, "about £312", published=FRAME_DAY) == ("conversion", "$420")
    assert_checked(knowledge, text, CONVERSION, fires=False)
    assert_checked(knowledge, _EACH_AFTER_THE_EQUIVALENT.format(eq="£412"), CONVERSION, fires=True)


def test_a_rate_written_out_before_its_particle_is_a_note_of_conversion(knowledge):
    text = "수출액은 모두 9만5천유로다. 한국은행 고시 환율(1유로=1천645원)로 따지면 {eq}에 이른다."
    assert conversion_role(
        knowledge, text.format(eq="약 1억5천628만 원"), "약 1억5천628만 원", published=FRAME_DAY
    ) == (
        "conversion",
        "9만5천유로",
    )
    assert_checked(knowledge, text.format(eq="약 1억5천628만 원"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq="약 1억9천628만 원"), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("text", "holds", "broken", "total"),
    [
        # `크로나` where a Swedish city is named is Sweden's (with none named it stays undecided: s51's tests)
        (
            "공방은 칼마르의 가게에 담요를 한 장에 150크로나, 모두 150만 크로나에 판다. 기준환율로 계산하면 {eq}이다.",
            "약 2억2천506만 원",
            "약 3억2천506만 원",
            "150만 크로나",
        ),
        # `페소` where a Mexican city is named
        (
            "누리시 공방이 푸에블라의 꽃집에 화분 5천 개를 판다. 한 개에 400페소, 모두 200만 페소다. "
            "기준환율로 계산하면 {eq}이다.",
            "약 1억6천543만 원",
            "약 2억6천543만 원",
            "200만 페소",
        ),
    ],
)
def test_bare_currency_words_read_by_the_country_of_the_city_named(knowledge, text, holds, broken, total):
    assert conversion_role(knowledge, text.format(eq=holds), holds, published=FRAME_DAY) == ("conversion", total)
    assert_checked(knowledge, text.format(eq=holds), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq=broken), CONVERSION, fires=True)


def test_peso_with_no_country_or_city_named_is_no_amount():
    assert mention_at("공방은 화분을 한 개에 400페소에 판다.", "400페소", language="ko") is None


def test_a_verb_of_the_price_clause_is_no_subject_between_an_equivalent_and_its_gap(knowledge):
    text = (
        "누리시 공방이 푸에블라의 꽃집에 화분 5천 개를 판다. 납품가는 개당 400페소, 모두 200만 페소다. "
        "유럽중앙은행이 고시한 기준환율로 계산하면 약 1억6천543만 원이다. "
        "개당 약 3만3천 원으로 국내 꽃집에 {verb} 값 2만5천 원보다 {gap} 원가량 비싸다."
    )
    assert_checked(knowledge, text.format(verb="넘기는", gap="8천"), DIFFERENCE, fires=False)
    assert_checked(knowledge, text.format(verb="넘기는", gap="1만8천"), DIFFERENCE, fires=True)
    # (a topic of its own between: another subject's price, no gap of the equivalent)
    assert_not_fired(knowledge, text.format(verb="화분은", gap="1만8천"), DIFFERENCE)


# --- a deal's total in the reader's currency as a share of the maker's turnover ---------------------------------------

_ORDER_SHARE_EN = (
    "The pottery will sell 5,000 pots to a chain in Denver for $220,000 in all. At the European Central Bank's rate "
    "that comes to roughly £165,000. Each pot brings in about £33, £8 more than the £25 it charges at home. "
    "The order is worth {share} per cent of last year's turnover of £750,000."
)
_ORDER_SHARE_KO = (
    "누리시 공방이 푸에블라의 꽃집에 화분 5천 개를 판다. 납품가는 개당 400페소, 모두 200만 페소다. "
    "유럽중앙은행이 고시한 기준환율로 계산하면 약 1억6천543만 원이다. "
    "개당 약 3만3천 원으로 국내 판매가 2만5천 원보다 8천 원가량 비싸다. "
    "{subject} 공방의 지난해 매출 7억5천200만 원의 {share}%에 이른다."
)


def test_an_orders_share_passes_over_a_price_of_one_in_the_readers_currency(knowledge):
    assert_checked(knowledge, _ORDER_SHARE_EN.format(share="22.0"), SHARE, fires=False)
    assert_checked(knowledge, _ORDER_SHARE_EN.format(share="32.0"), SHARE, fires=True)


@pytest.mark.parametrize("subject", ["이 금액은", "주문액은", "이번 주문은"])
def test_a_subject_naming_the_deal_takes_its_total_equivalent(knowledge, subject):
    assert_checked(knowledge, _ORDER_SHARE_KO.format(subject=subject, share="22.0"), SHARE, fires=False)
    assert_checked(knowledge, _ORDER_SHARE_KO.format(subject=subject, share="32.0"), SHARE, fires=True)


def test_a_count_under_a_one_unit_topic_is_still_a_level(knowledge):
    # (two levels of moulds, the share's part their unstated sum: nothing is linked)
    text = (
        "주문은 한 판에 네 개를 굽는 틀 700개와 여덟 개를 굽는 틀 300개다. "
        "이번 물량은 회사의 한 해 생산량 5천 개의 20%다."
    )
    assert_not_fired(knowledge, text, SHARE)


# --- `along with` joins a list's member -------------------------------------------------------------------------------

_ALONG_WITH = "The farm keeps 140 sheep on the hill this winter, along with {goats} goats, 165 animals in all."


def test_along_with_adds_a_member_to_a_list_before_its_total(knowledge):
    assert_checked(knowledge, _ALONG_WITH.format(goats="25"), SUM, fires=False)
    assert_checked(knowledge, _ALONG_WITH.format(goats="45"), SUM, fires=True)


def test_with_before_a_members_own_figure_still_counts_the_members(knowledge):
    # (the ferries are counted, each with seats of its own: no sum of ferries and seats)
    text = "The line runs three ferries, the Gull with 1,200 seats and the Tern with 900, 2,100 seats in all."
    assert_not_fired(knowledge, text, SUM)


# --- `That is 63 days` after a dated range --------------------------------------------------------------------------

ELAPSED = "F406"
_RANGE_THEN_ITS_LENGTH = (
    "The crew answered 47 shouts between Monday 11 May and Monday 13 July.\n\n"
    "That is {days} days, or about five a week."
)


def test_a_sentence_naming_the_run_back_states_its_length(knowledge):
    assert_checked(knowledge, _RANGE_THEN_ITS_LENGTH.format(days="63"), ELAPSED, fires=False)
    assert_checked(knowledge, _RANGE_THEN_ITS_LENGTH.format(days="83"), ELAPSED, fires=True)


def test_a_length_told_against_another_is_no_runs_length(knowledge):
    text = "The road works run from Monday 11 May to Monday 13 July. That is 26 days longer than planned."
    assert_not_fired(knowledge, text, ELAPSED)


@pytest.mark.parametrize(
    ("holds", "broken"), [("more than a fifth", "almost a half"), ("nearly 22 per cent", "nearly 32 per cent")]
)
def test_it_is_worth_opening_a_sentence_names_the_deal(knowledge, holds, broken):
    text = _ORDER_SHARE_EN.replace("The order is worth {share} per cent of", "It is worth {share} of")
    assert_checked(knowledge, text.format(share=holds), SHARE, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE, fires=True)


def test_it_inside_a_clause_names_no_deal(knowledge):
    text = (
        "The pottery sells 5,000 pots a year and its shop took £165,000 last year, and it is worth almost a half of "
        "the group's turnover of £680,000, its owner said."
    )
    assert_not_fired(knowledge, text, SHARE)


# --- a share naming back the total a listed part adds up to --------------------------------------------------------

_SHARE_OF_A_LISTED_PART = (
    "The walks drew 1,500 people this summer. "
    "Of this summer's walkers, 900 were adults and 600 were children, {share} per cent of the total."
)


def test_a_share_naming_the_total_back_after_a_listed_part(knowledge):
    assert_checked(knowledge, _SHARE_OF_A_LISTED_PART.format(share="40"), SHARE, fires=False)
    assert_checked(knowledge, _SHARE_OF_A_LISTED_PART.format(share="60"), SHARE, fires=True)


def test_a_share_naming_another_whole_after_a_listed_part_is_not_read_so(knowledge):
    text = _SHARE_OF_A_LISTED_PART.format(share="60").replace("of the total.", "of the town's children.")
    assert_not_fired(knowledge, text, SHARE)


# --- review: guards on the readings above ---------------------------------------------------------------------------

_RUGS = (
    "Bracken Looms will ship 200 rugs to {buyer} in Boston, which {pays} $650 a rug, $130,000 in all. That is some "
    "£96,400 at the European Central Bank's rate, {tail}."
)


def test_each_alone_after_a_totals_equivalent_holds_and_breaks(knowledge):
    text = _RUGS.format(buyer="a store", pays="pays", tail="or about {eq} apiece")
    assert conversion_role(knowledge, text.format(eq="£482"), "about £482", published=FRAME_DAY) == (
        "conversion",
        "$650",
    )
    assert_checked(knowledge, text.format(eq="£482"), CONVERSION, fires=False)
    assert_checked(knowledge, text.format(eq="£682"), CONVERSION, fires=True)


@pytest.mark.parametrize(
    ("buyer", "pays", "tail", "written"),
    [
        # (a figure of its own between: each of the weavers, each of the parts)
        ("a store", "pays", "shared by 12 weavers, or about £8,000 each", "about £8,000"),
        ("a store", "pays", "paid in four parts of about £24,100 each", "about £24,100"),
        # (two counts from the price's sentence on: each store's half)
        ("two stores", "pay", "or about £48,200 each", "about £48,200"),
    ],
)
def test_each_alone_of_other_units_is_no_price_of_one(knowledge, buyer, pays, tail, written):
    text = _RUGS.format(buyer=buyer, pays=pays, tail=tail)
    assert conversion_role(knowledge, text, written, published=FRAME_DAY)[1] != "$650"
    assert_not_fired(knowledge, text, CONVERSION)
    assert_not_fired(knowledge, text, "F203")


_THIS_AMOUNT_OF_ACCOUNTS = (
    "공방의 지난해 매출은 3억1천만 원이다. 직원 8명의 인건비는 1억2천만 원이다. 이 금액은 매출의 {share}%다."
)


def test_this_amount_after_a_figure_of_the_accounts_is_that_figure(knowledge):
    # (`이 금액은` names an amount, no deal: the figure of the accounts before it is the part)
    assert_checked(knowledge, _THIS_AMOUNT_OF_ACCOUNTS.format(share="38.7"), SHARE, fires=False)
    assert_checked(knowledge, _THIS_AMOUNT_OF_ACCOUNTS.format(share="58.7"), SHARE, fires=True)


@pytest.mark.parametrize("subject", ["이 계약은", "이 주문은"])
def test_this_deal_named_takes_the_deals_total_equivalent(knowledge, subject):
    assert_checked(knowledge, _ORDER_SHARE_KO.format(subject=subject, share="22.0"), SHARE, fires=False)
    assert_checked(knowledge, _ORDER_SHARE_KO.format(subject=subject, share="32.0"), SHARE, fires=True)


_BREAKDOWN_OF_FILM = "군은 올해 폐비닐 450t을 모았다. 논 250t, 밭 120t, 기타 80t이다. {change}"


@pytest.mark.parametrize("subject", ["밭은", "밭에서 나온 양은"])
def test_a_change_naming_another_item_of_the_breakdown_is_that_items(knowledge, subject):
    # (a label of one syllable names its item too)
    holds = _BREAKDOWN_OF_FILM.format(change=f"{subject} 지난해 100t보다 20t 늘었다.")
    broken = _BREAKDOWN_OF_FILM.format(change=f"{subject} 지난해 100t보다 40t 늘었다.")
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, DIFFERENCE, fires=True)


def test_a_change_naming_no_item_of_the_breakdown_is_of_its_whole(knowledge):
    text = _BREAKDOWN_OF_FILM.format(change="수거량은 지난해 400t보다 50t, {rate}% 늘었다.")
    assert_checked(knowledge, text.format(rate="12.5"), GROWTH, fires=False)
    assert_checked(knowledge, text.format(rate="22.5"), GROWTH, fires=True)


_GAP_OF_AN_EQUIVALENT = (
    "한솔 공방이 티후아나의 식당에 접시 2천 개를 판다. 납품가는 개당 300페소, 모두 60만 페소다. "
    "기준환율로 계산하면 약 4천963만 원이다. 개당 약 2만5천 원으로 {clause} 1만9천 원보다 {gap} 원가량 비싸다."
)


def test_a_subject_of_the_verb_of_a_price_clause_is_no_subject_of_the_sentence(knowledge):
    # (`손님이 내는 값`: the subject of the verb modifying the price noun, inside that clause)
    holds = _GAP_OF_AN_EQUIVALENT.format(clause="손님이 내는 값", gap="6천")
    broken = _GAP_OF_AN_EQUIVALENT.format(clause="손님이 내는 값", gap="1만6천")
    assert_checked(knowledge, holds, DIFFERENCE, fires=False)
    assert_checked(knowledge, broken, DIFFERENCE, fires=True)
    # (a topic of its own, with no verb after it: another subject's price, no gap of the equivalent)
    assert_not_fired(knowledge, _GAP_OF_AN_EQUIVALENT.format(clause="접시는", gap="1만6천"), DIFFERENCE)
