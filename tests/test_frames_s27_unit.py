"""Figures per unit left without partners by every per-unit rule (twenty-seventh session, lane unit), read by one
fallback (checker/link/per_unit_fallback.py):
- a mark and the noun right after the figure (`about $64 a tonne`, `NZ$9 a kg`), a person's mark (`1인당`), a noun
  and its mark before it (`농가당`), or the average of a noun before it (`The average pledge was $90`): the total is
  the nearest figure of the figure's unit and the count the nearest count of that noun (a measure of that unit) in
  its paragraph, its sentence, the two before or the one after; two as near, none;
- a mark naming no noun (`12달러꼴이다`, `They paid $45 each.`): the count and total stated together in one
  sentence just before;
- a price per a unit of measure values no total of another paragraph unless words apply it (`At that price`);
- a count at a price each, then `taking`/`costing` a total in the price's sentence (`[link.units_value_after_price]`):
  the total is the count times the price (checker/link/unit_prices.py).

A figure set beside its share (`rejected 2,300 parcels, 4% of the total`) is one part's, neither partner.
The reading spans sentences: a mismatch is a warning. Every sentence is written for this file, with invented names
and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a mark and its noun after the figure


@pytest.mark.parametrize("price,fires", [("about $64", False), ("about $74", True)])
def test_a_price_per_a_unit_of_measure_takes_its_paragraphs_total_and_measure(knowledge, price, fires):
    text = (
        "The Orrin shire bought $2.56 million of gravel for its back roads this year. "
        f"Contractors laid 40,000 tonnes, {price} a tonne.\n\n"
        "The shire's library appeal raised $310,000 from 6,200 residents. The average pledge was $50."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("price,fires", [("NZ$9", False), ("NZ$12", True)])
def test_a_price_per_kilogram_divides_the_takings_by_the_tonnes_before(knowledge, price, fires):
    text = (
        "Kiwifruit packers on the Terawhiti coast sold 5,000 tonnes of fruit for NZ$45 million this season. "
        f"That came to {price} a kg."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_price_after_a_paragraph_break_takes_no_total_of_the_paragraph_before(knowledge):
    # (the total and the tonnes stand in the paragraph before: no partner of its own paragraph)
    text = (
        "Kiwifruit packers on the Terawhiti coast sold 5,000 tonnes of fruit for NZ$45 million this season.\n\n"
        "Growers said the best fruit fetched NZ$14 a kg."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- the average of a noun


@pytest.mark.parametrize("pledge,fires", [("$50", False), ("$70", True)])
def test_the_average_of_a_noun_takes_the_total_and_count_stated_together(knowledge, pledge, fires):
    text = (
        "The Orrin shire bought $2.56 million of gravel for its back roads this year.\n\n"
        f"The shire's library appeal raised $310,000 from 6,200 residents. The average pledge was {pledge}."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_the_average_of_a_noun_after_two_counts_links_nothing(knowledge):
    # (two counts with the total: which one the pledge is per is not said)
    text = "The library appeal raised $310,000 from 6,200 residents and 140 firms. The average pledge was $50."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a mark naming no noun


@pytest.mark.parametrize("each,fires", [("$45", False), ("$55", True)])
def test_an_amount_each_takes_the_count_and_total_stated_together(knowledge, each, fires):
    text = f"The 240 anglers on the Brede paid $10,800 for permits last season. They paid {each} each."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("price,fires", [("12달러꼴", False), ("15달러꼴", True)])
def test_a_korean_average_mark_naming_no_noun(knowledge, price, fires):
    text = f"한솔공방은 올해 나무 도마 8만 개를 96만 달러에 수출했다. {price}이다."
    assert_checked(knowledge, text, "F317", fires)


def test_a_korean_average_mark_after_two_totals_links_nothing(knowledge):
    text = "한솔공방은 올해 나무 도마 8만 개를 96만 달러에 수출했고 광고에 5만 달러를 썼다. 12달러꼴이다."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- Korean marks before the figure


@pytest.mark.parametrize("each,fires", [("840만원꼴", False), ("940만원꼴", True)])
def test_a_korean_noun_mark_takes_the_count_of_its_counter(knowledge, each, fires):
    text = f"군은 4개 마을 2,500가구에 태양광 패널을 달았다. 사업비는 210억원이 들었다. 가구당 {each}이다."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("1만8천원꼴", False), ("2만1천원꼴", True)])
def test_a_korean_person_mark_takes_the_count_of_people(knowledge, each, fires):
    text = f"올해 무료 건강검진 사업에 27억원이 쓰였다. 주민 15만명이 검진을 받았다. 1인당 {each}이다."
    assert_checked(knowledge, text, "F317", fires)


def test_a_count_set_beside_its_share_is_no_partner(knowledge):
    # (the 370 cancellations are one part, 2% of the bookings: no count of the bookings the budget is per)
    text = (
        "올해 캠핑장 운영 예산은 5억5천만원으로, 예약 1건당 30만원꼴이 들어간 셈이다. "
        "당일 취소된 예약은 370건으로 2%에 그쳤다."
    )
    assert_not_checked(knowledge, text, "F317")


def test_a_count_of_one_is_no_count_of_units(knowledge):
    # (`한 명에 …`, `1명당`: the mark's own one; the count of the members stands in another paragraph)
    text = (
        "한결구 탁구교실 회원은 640명이다.\n\n"
        "올해 교실 운영비는 9,600만원으로, 회원 1명에 15만원꼴이다. 라켓은 1,280개가 나가 1명당 2개를 받았다."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a count at a price each, taking a total


@pytest.mark.parametrize("total,fires", [("$108,000", False), ("$118,000", True)])
def test_a_count_at_a_price_each_taking_a_total(knowledge, total, fires):
    text = f"The Loughrea ferry sold 2,700 crossings at $40 each, taking {total}."
    assert_checked(knowledge, text, "F317", fires)


def test_a_takings_verb_in_another_sentence_than_the_price_links_nothing(knowledge):
    # (the bar's takings are no value of the tickets: the price stands in the sentence before)
    text = "The rowing club sold 500 raffle tickets at $5 each. Its bar took $9,000."
    assert_not_checked(knowledge, text, "F317")
