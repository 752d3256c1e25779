"""Shares left without members by every other reading (thirtieth session, lane share): widenings of
checker/link/share_fallback.py.

- a share naming no whole (`…, or roughly two-fifths.`) set after its part takes the lead's total when the part
  names it: by its own `of` (`900 of the total`, `900 of the bookings`, the noun stated in the total's sentence or
  the headline) or, a count, by its noun (`900 bookings` of `2,400 bookings`);
- a share bounded on one side (`well over half`, `more than a third`) is read as a share with that bound;
- a share of the paragraph's total named as a total (`of the state total`), or of the lead's (`of the valley
  total`, the narrowing word stated in the lead);
- a part whose noun is narrowed by a word the extractor took as its counter (`212,000 irrigated acres`) is of
  the total counting the noun;
- near misses link nothing: another noun, another period, a possessive whole, a share followed by its own
  whole's noun, a part larger than the whole, a list of unrelated figures.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

_LEAD = (
    "Museum visits reach a record\n\n"
    "The county museum welcomed 52,400 visitors in the year to March, up from 48,100 a year earlier, "
    "its trustees said on Monday.\n\n"
)


@pytest.mark.parametrize("share,fires", [("roughly two-fifths", False), ("roughly a half", True)])
@pytest.mark.parametrize(
    "part", ["20,800 visitors", "20,800 of the total", "20,800 of the visitors", "20,800 of all visitors"]
)
def test_a_share_naming_no_whole_takes_the_total_its_part_names(knowledge, part, share, fires):
    text = _LEAD + f"School groups made up {part}, or {share}. Families accounted for most of the rest."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("exactly 30 percent", False), ("exactly 45 percent", True)])
def test_the_headline_names_the_lead_s_total(knowledge, share, fires):
    text = (
        "Clinic appointments rise at county health centre\n\n"
        "The Marlow County health centre handled 6,200 visits in the year to June, up from 5,400, "
        "the county said on Tuesday.\n\n"
        f"Dental checks made up 1,860 of the appointments, {share}. Eye tests accounted for 950."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("well over a third", False), ("well over half", True)])
def test_a_bounded_share_of_the_paragraph_s_total_named_as_a_total(knowledge, share, fires):
    text = (
        "Vineyard area grows\n\n"
        "Grape growers in the region planted 3 new varieties this year, the wine board said.\n\n"
        "Planted area has risen to 18,600 acres, the board said. "
        f"The coastal district alone accounts for 7,100 planted acres, {share} of the regional total."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("more than a third", False), ("more than half", True)])
def test_a_lower_bound_of_the_lead_s_total_named_by_its_narrowing_word(knowledge, share, fires):
    text = (
        "Orchard output climbs\n\n"
        "Growers in the valley picked 90,000 tonnes of apples this year, up from 84,000 tonnes, "
        "the growers' board said on Friday.\n\n"
        f"The northern district alone picked 31,000 tonnes of apples, {share} of the valley total."
    )
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- near misses: no link

_NEAR_MISSES = [
    # another noun: the part counts something the lead's total does not
    _LEAD + "The crews logged 2,100 sailings, or roughly a quarter. Most were on the northern route.",
    # a possessive whole after the part's `of`
    _LEAD + "The company sold 9,000 of its tickets online, or about a fifth.",
    # a rate is no part
    _LEAD + "Each sailing carried 140 passengers on average, or roughly a third.",
    # a part larger than the lead's total
    _LEAD + "Season-ticket holders made 60,000 passengers, or roughly a half.",
    # another total named: the nation's, not the valley's
    "Orchard output climbs\n\n"
    "Growers in the valley picked 90,000 tonnes of apples this year, up from 84,000 tonnes.\n\n"
    "The northern district alone picked 31,000 tonnes of apples, well over half of the national total.",
    # two totals in the lead: which one is unsaid
    "Museum visits reach a record\n\n"
    "The county museum welcomed 52,400 visitors and the town gallery 30,100 visitors in the year to March.\n\n"
    "School groups made up 20,800 visitors, or roughly two-fifths.",
    # another period's total
    "Library loans climb\n\n"
    "The library lent 18,400 books in 2025, the council said.\n\n"
    "In 2019 readers borrowed 7,300 books, or about two-fifths.",
]


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- clean paragraphs: nothing fires

_CLEAN = [
    _LEAD + "The ferry made 3,100 sailings, or 60 a week. Fares rose 4 per cent.",
    _LEAD + "The operator employs 212 staff, 40 of them part-time. Its fleet has 6 vessels.",
    "Market hall reopens\n\n"
    "The market hall reopened with 84 stalls on Saturday, the council said.\n\n"
    "About 12,000 shoppers came on the first day, more than half of them from outside the town.",
    "Bakery chain grows\n\n"
    "Oakcrust Bakeries sold 4.2 million loaves last year, up from 3.9 million.\n\n"
    "Its stores also sold 800,000 cakes, or roughly a fifth more than a year earlier.",
    "Theatre season\n\n"
    "The theatre sold 41,000 tickets over the season, the trust said.\n\n"
    "Its studio stage seats 120, and its main house 680, more than five times as many.",
    "Dairy co-op\n\n"
    "The co-op collected 210 million litres of milk in the year, up 3 per cent.\n\n"
    "Members run 14,000 cows on 180 farms, about 78 cows a farm.",
    "Bus service\n\n"
    "The rural bus carried 96,000 passengers last year.\n\n"
    "It runs 14 routes, and 9 of them, nearly two-thirds, stop at the hospital.",
    "School roll\n\n"
    "The district enrols 12,400 pupils this autumn, the board said.\n\n"
    "It employs 910 teachers, and 296 of them, roughly a third, are over fifty.",
    "Harbour works\n\n"
    "The harbour board will spend £4.2 million on the north quay.\n\n"
    "It has already spent £1.1 million of its reserves on dredging, about a fifth of them.",
    "Fishing quota\n\n"
    "The fleet landed 61,000 tonnes of herring this season.\n\n"
    "Its quota for next year is 70,000 tonnes, and the boats hope to land more than half by June.",
    "Vineyard\n\n"
    "The estate picked 1,400 tonnes of grapes in 2026.\n\n"
    "In 2020 it picked 900 tonnes, roughly two-thirds of its capacity at the time.",
    "Festival\n\n"
    "The festival drew 24,000 visitors over three days, organisers said.\n\n"
    "Volunteers numbered 570, and 370 of them, almost two-thirds, came back from last year.",
    "Housing\n\n"
    "The council owns 8,200 homes across the borough.\n\n"
    "It let 610 homes last year, or about one in thirteen, and repaired 3,900 roofs.",
    "Airport\n\n"
    "The airport handled 2.1 million passengers last year, up 8 per cent.\n\n"
    "Its two airlines flew 14,000 flights, with the larger one running more than half.",
    "Wool clip\n\n"
    "The co-op's members shore 41,000 sheep this spring.\n\n"
    "They sold 190 tonnes of wool, well over half of it to mills in Italy.",
    "Museum\n\n"
    "The museum welcomed 310,000 visitors last year, the trust said.\n\n"
    "School groups brought 42,000 pupils, and a third of the school groups came from abroad.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_clean_paragraphs_fire_nothing(knowledge, text):
    result = findings(knowledge, document(text), show_passed=True)
    assert not [f.message for f in result.findings if f.severity in ("error", "warning")]


# ---------------------------------------------------------------- Korean (checker/link/share_fallback_ko.py)


@pytest.mark.parametrize("share,fires", [("40%", False), ("60%", True)])
def test_ko_a_share_apposed_to_its_part_of_the_pool_its_sentence_marks(knowledge, share, fires):
    text = f"올해 방역 예산 25억 원 가운데 경기도가 {share}인 10억 원을 냈다."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("3분의 1", False), ("절반", True)])
def test_ko_this_pool_opening_takes_the_level_of_the_sentences_before(knowledge, share, fires):
    text = (
        "하천 정비 사업에는 올해 18억 원이 들었다. 주민 한 명당 9천 원꼴이다. "
        f"이 가운데 국비가 {share}인 6억 원이고 나머지 12억 원은 시비로 채웠다."
    )
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("45%", False), ("70%", True)])
def test_ko_a_count_with_its_counter_of_a_total_stated_after_the_lead(knowledge, share, fires):
    text = (
        "동네 서점 지원 사업, 올해 지원액 12억 원\n\n"
        "시는 올해 동네 서점 지원 사업에 12억 원을 쓴다고 3일 밝혔다.\n\n"
        "지원을 받는 서점은 10월 현재 240곳으로 지난해 같은 때의 198곳보다 늘었다.\n\n"
        f"구도심 서점이 108곳으로 전체의 {share}였다."
    )
    assert_checked(knowledge, text, "F503", fires)


_KO_NEAR_MISSES = [
    # the pool is of another unit (people, not won)
    "참가자 3천 명 가운데 청년이 절반인 9억 원을 받았다.",
    # the pool opening after a sentence stating two levels of the unit: which one, unsaid
    "도로 사업에 18억 원, 교량 사업에 30억 원이 들었다. 이 가운데 국비가 절반인 9억 원이다.",
    # a part no smaller than the pool
    "올해 예산 8억 원 가운데 도가 절반인 9억 원을 냈다.",
    # no pool marked: a level before the share stands in another clause
    "올해 예산은 25억 원이다. 도가 절반인 10억 원을 낸다고 밝혔다.",
]


@pytest.mark.parametrize("text", _KO_NEAR_MISSES)
def test_ko_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a thing named again, its share of a named whole

_DEAL = (
    "Theatre company lands American tour\n\n"
    "The Lantern Players, a touring company in Cumbria, said on Monday it had signed a £3.2 million (€3.7 million) "
    "contract for a 40-date tour of American colleges.\n\n"
    "Its income for the twelve months to September climbed 9 per cent to £8.4 million from £7.7 million.\n\n"
)


@pytest.mark.parametrize("share,fires", [("almost two-fifths", False), ("almost a fifth", True)])
def test_a_thing_named_again_is_the_part_of_the_whole_its_of_names(knowledge, share, fires):
    text = _DEAL + f"The contract by itself is worth {share} of the troupe's yearly income, its director said."
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize("share,fires", [("close to 40 per cent", False), ("close to 60 per cent", True)])
def test_the_whole_stated_after_the_share_in_its_sentence(knowledge, share, fires):
    text = (
        "Orchestra signs recording deal\n\n"
        "The Fenwick Sinfonia said it had signed a A$1.9 million recording agreement with a Tokyo label.\n\n"
        f"The agreement amounts to {share} of the orchestra's income for the season, which rose to A$4.8 million."
    )
    assert_checked(knowledge, text, "F503", fires)


_NAMED_NEAR_MISSES = [
    # the subject names no thing valued before (`The grant`, no grant stated)
    _DEAL + "The grant is worth almost a fifth of the troupe's yearly income.",
    # the `of` names a noun no amount's sentence states
    _DEAL + "The contract is worth almost a fifth of the troupe's order book.",
    # two values of the thing in one currency: which one, unsaid
    "Charity wins grants\n\n"
    "The charity won a £2 million grant in May and a £3 million grant in June.\n\n"
    "Income for the year was £9 million.\n\n"
    "The grant is worth about a third of the charity's income.",
    # the whole no larger than the part
    "Charity wins grant\n\n"
    "The charity won a £12 million grant in May.\n\n"
    "Income for the year was £9 million.\n\n"
    "The grant is worth about a third of the charity's income.",
]


@pytest.mark.parametrize("text", _NAMED_NEAR_MISSES)
def test_named_near_misses_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F503")
