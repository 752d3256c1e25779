"""False alarms on real-looking copy (twenty-ninth session): structural vetoes on readings that related figures which
are not related, each with the break the reading was built for still caught.

- a month right after a range of months, then a count of days past that month's end, counts the span's days
  (checker/extract/time.py), no impossible date;
- two counts of differently counted things (places, cases) are never a part that outgrew its whole
  (checker/check/kinds/ratio.py);
- a rate of change guessed across sentences is of a level, never of the gap between two figures a later rule read
  as a change (checker/link/relations.py, `unlink_changes_of_gaps`), nor of a figure many times its prior (a total
  beside a price);
- a currency equivalent at the reference rate of about the same day a year or two before is a carried-over rate
  (checker/check/kinds/conversion.py): info, not an error.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings
from test_frames import assert_checked

# ---------------------------------------------------------------- a range of months, then a count of days

DATE = "F102"


@pytest.mark.parametrize(
    "text",
    [
        "올여름 해수욕장은 7∼8월 62일 가운데 비가 온 날이 21일이나 돼 문을 연 날은 41일이었다.",
        "양식장은 5월~6월 55일 동안 적조로 출하를 멈췄다.",
        "겨울 철새는 11~12월 58일 가운데 40일 넘게 관찰됐다.",
    ],
)
def test_a_count_of_days_after_a_range_of_months_is_no_date(knowledge, text):
    assert DATE not in [f.rule for f in findings(knowledge, document(text), select=[DATE]).findings]


@pytest.mark.parametrize(
    "text",
    [
        "연극제는 6월 12일부터 7월 33일까지 열렸다.",
        "단풍 축제는 11월 35일 막을 내린다.",
        # a range of days, not of months: the second date is still a date
        "체험 행사는 9월 3일~9월 34일 열린다.",
    ],
)
def test_a_day_past_its_month_is_still_no_date(knowledge, text):
    assert DATE in [f.rule for f in findings(knowledge, document(text), select=[DATE]).findings]


# ---------------------------------------------------------------- counts of other things are no part and whole

PART = "F504"


@pytest.mark.parametrize(
    "text",
    [
        "구립도서관 9곳 가운데 중앙관이 2천310건으로 가장 많아 전체의 40%를 맡았다.",
        "시내 체육관 6곳 가운데 남부체육관이 1천120명으로 가장 붐볐다.",
    ],
)
def test_a_count_of_places_is_not_the_whole_of_a_count_of_cases(knowledge, text):
    assert PART not in [f.rule for f in findings(knowledge, document(text), select=[PART]).findings]


def test_a_part_of_the_same_counted_thing_larger_than_its_whole_still_fires(knowledge):
    text = "전체 대출 1천500건 가운데 중앙관 대출이 2천310건이었다."
    assert PART in [f.rule for f in findings(knowledge, document(text), select=[PART]).findings]


# ---------------------------------------------------------------- a rate of change is of a level

CHANGE = "F301"


@pytest.mark.parametrize(
    "text",
    [
        # the gap between two days is no level a yearly rate is of
        "축구장 관중은 토요일 8천200명, 일요일 9천700명으로 일요일이 1천500명 많았다. "
        "지난해 1만5천 명보다 19.3% 늘어난 숫자다.",
        # a total of money (and its sources) before a price's rate: many times the prior price
        "시는 사과 240톤을 ㎏당 3천200원에 사들인다. 수매 금액은 모두 7억6천800만 원으로 시비 4억 원과 농협 자금 "
        "3억6천800만 원을 합쳐 마련한다. 올해 수매가는 지난해 2천900원보다 10% 올랐다.",
        "어촌계는 굴 80톤을 팔아 모두 9억 원을 벌었다. 평균 판매가는 지난해 1만300원보다 9% 높았다.",
    ],
)
def test_a_rate_is_not_linked_to_a_gap_or_a_total_of_another_scale(knowledge, text):
    assert CHANGE not in [f.rule for f in findings(knowledge, document(text), select=[CHANGE]).findings]


@pytest.mark.parametrize(
    "text,fires",
    [
        ("올해 축구장 관중은 1만7천900명이었다. 지난해 1만5천 명보다 19.3% 늘었다.", False),
        ("올해 축구장 관중은 1만7천900명이었다. 지난해 1만5천 명보다 49.3% 늘었다.", True),
        ("올해 수매 물량은 5천20톤이다. 지난해 4천600톤보다 9.1% 늘었다.", False),
        ("올해 수매 물량은 5천20톤이다. 지난해 4천600톤보다 29.1% 늘었다.", True),
    ],
)
def test_a_rate_of_the_level_in_the_sentence_before_is_still_read(knowledge, text, fires):
    assert_checked(knowledge, text, CHANGE, fires)


# ---------------------------------------------------------------- a conversion at the rate of a year or two before

OFF_REFERENCE = "F202"
PUBLISHED = dt.date(2026, 10, 15)


def _conversion_findings(knowledge, text):
    return findings(knowledge, document(text, published=PUBLISHED), select=[OFF_REFERENCE]).findings


def test_an_equivalent_at_the_rate_of_two_years_before_is_info(knowledge):
    # 2,100 crore for $250 million is 84 rupees a dollar: the reference of October 2024, not of October 2026
    text = "Harbor Steel raised $250 million (about Rs 2,100 crore) from a bond sale on Wednesday."
    found = _conversion_findings(knowledge, text)
    assert all(f.severity == "info" for f in found if f.rule == OFF_REFERENCE), [f.message for f in found]


def test_an_equivalent_at_no_rate_of_the_years_before_is_still_an_error(knowledge):
    # 68 rupees a dollar: no reference of the two years before
    text = "Harbor Steel raised $250 million (about Rs 1,700 crore) from a bond sale on Wednesday."
    found = _conversion_findings(knowledge, text)
    assert any(f.rule == OFF_REFERENCE and f.severity == "error" for f in found), [f.message for f in found]


def test_an_equivalent_at_todays_rate_passes(knowledge):
    text = "Harbor Steel raised $250 million (about Rs 2,375 crore) from a bond sale on Wednesday."
    assert not _conversion_findings(knowledge, text)


# ---------------------------------------------------------------- prices per one thing are no parts, no totals

SUM = "F302"
PER_UNIT = "F317"


@pytest.mark.parametrize(
    "text",
    [
        "The orchard bought 30,000 saplings at $14 each and planted them at a further $6 a tree, spending $600,000 "
        "in total.",
        "The depot bought 4,000 pallets at $18 each and repaired them at a further $7 a pallet, spending $100,000 in "
        "all.",
    ],
)
def test_prices_per_one_thing_are_no_parts_of_a_total_of_many(knowledge, text):
    found = findings(knowledge, document(text), select=[SUM, PER_UNIT]).findings
    assert not found, [f.message for f in found]


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The orchard paid $14 for each sapling and $6 for planting it, a total of $20 a tree.", False),
        ("The orchard paid $14 for each sapling and $6 for planting it, a total of $23 a tree.", True),
        ("The council spent $4.2 million on roads and $1.3 million on bridges, a total of $5.5 million.", False),
        ("The council spent $4.2 million on roads and $1.3 million on bridges, a total of $6.5 million.", True),
    ],
)
def test_parts_of_their_own_kind_still_add_up(knowledge, text, fires):
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a part beside its share is one part's units

PART_BEFORE = (
    "The co-op's members hope to pick 27,000 tonnes of apples this autumn; last autumn they picked 25,500.\n\n"
    "Orchard land grew to 1,800 hectares from 1,650. Netted blocks cover 1,260 hectares, or 70 per cent of the "
    "whole. The yield is estimated at about {} tonnes a hectare."
)


@pytest.mark.parametrize("yield_,fires", [("15", False), ("18", True)])
def test_a_yield_after_a_part_beside_its_share_is_over_the_whole_area(knowledge, yield_, fires):
    assert_checked(knowledge, PART_BEFORE.format(yield_), PER_UNIT, fires)


# ---------------------------------------------------------------- a part written without its unit in a list

GRAIN = "The valley's fruit crop is put at {} million kilograms. "


@pytest.mark.parametrize(
    "text",
    [
        GRAIN.format(70) + "Plums account for 45 million kilograms of the total, cherries for 17 million and "
        "pears for the remaining 8 million.",
        "Dealers sold $47 million of saffron abroad. Spain took $26 million worth, France 13 million and the rest "
        "went to Japan for $8 million.",
    ],
)
def test_a_list_with_a_part_written_without_its_unit_is_not_added_up_short(knowledge, text):
    found = findings(knowledge, document(text), select=[SUM]).findings
    assert not found, [f.message for f in found]


@pytest.mark.parametrize("total,fires", [(70, False), (80, True)])
def test_a_list_with_every_part_in_its_unit_still_adds_up(knowledge, total, fires):
    text = GRAIN.format(total) + "Plums account for 45 million kilograms, cherries for 17 million kilograms "
    text += "and pears for the remaining 8 million kilograms."
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- clean paragraphs

# figures near each other that are not related: nothing fires
CLEAN = [
    # a range of months and a count of something else
    "올해 3∼4월 동안 공원을 찾은 사람은 12만명이었고, 벚꽃 축제는 9일 동안 열렸다.",
    # a count of places beside a count of visits
    "군내 보건지소 14곳에서 올해 독감 예방접종 2천800건이 이뤄졌다. 지난해 접종은 2천500건이었다.",
    # a count of shops and a count of sales, then a share of the sales
    "구내 전통시장 5곳 가운데 동문시장이 카드 결제 4천200건으로 가장 많았다.",
    # a gap between two days and a total of another year
    "박람회 관람객은 금요일 6천100명, 토요일 7천300명으로 토요일이 1천200명 많았다. 지난해 박람회는 사흘간 열렸다.",
    # a unit price and a total of money of another thing
    "조합은 배추 1천200톤을 포기당 2천원에 팔았다. 창고 증축에는 모두 6억원이 들었다.",
    # prices per unit and a total of another purchase
    "The club bought 40 kayaks at $900 each and spent a further $12,000 on a new boathouse roof.",
    # two prices per unit, no total
    "Tickets cost $25 each for adults and $10 a child, the same as last season.",
    # a part area beside its share and a yield of another crop
    "Farmers sowed 40,000 hectares of barley. Terraced plots make up 12,000 hectares, or 30 per cent. Rice "
    "growers in the delta reaped 7 tonnes a hectare.",
    # a currency equivalent at today's rate
    "The ministry will spend $120 million (about Rs 1,140 crore) on rural roads.",
    # totals of different years
    "The museum drew 214,000 visitors in 2025 and 198,000 in 2024, when its east wing was shut for repairs.",
    # a percentage of another metric near a money total
    "Tram fares brought in $8.4 million, and 96 per cent of trams ran on time, against 89 per cent a year before.",
    # an ordinal date and a count of days
    "The festival opens on 12 July and runs for 10 days, with 40 bands on three stages.",
    # a range of months and a total of money
    "From January to March the port handled 1.2 million tonnes, and dues came to $3.1 million.",
    # counts of people and counts of places
    "The 22 libraries in the county lent 410,000 books to 38,000 members last year.",
    # a rate of change of another metric after a list
    "서울 판매는 320대, 부산 210대, 대구 150대였다. 평균 대기 기간은 지난해보다 12% 짧아졌다.",
    # an ordinal date, a range of months and a count of boats
    "어촌계는 6∼7월 조업에 어선 32척을 띄웠고, 9월 1일부터 금어기에 들어간다.",
    # a total of a different period with a per-unit figure
    "The bakery sold 52,000 loaves last year. This month it charges $4 a loaf, up from $3.50.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_that_are_not_related_raise_nothing(knowledge, text):
    found = findings(knowledge, document(text, published=PUBLISHED)).findings
    assert not [f for f in found if f.severity in ("error", "warning")], [f.message for f in found]
