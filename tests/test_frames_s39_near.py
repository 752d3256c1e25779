"""Shares and sums: parts of a whole stated around it (thirty-ninth session, lane `near`).

- A share opening its sentence beside its part and drawn from `it` (`Three-quarters of it, £1.8m, …`) takes the one
  level of the part's kind and unit in the nearest sentence before that states one; a figure per one unit there
  (`about £80,000 a mile`) and a count of another noun (`to 9 shops`) are no levels of it
  (checker/link/apposed_pool_shares.py, `[link.share_pool_marks]`).
- A share naming its pool by what it is, no noun a figure counts (`Two-thirds of the order, 400 chairs, …`,
  `[link.pool_standin_nouns]`), takes the lead's one level of the part's kind, unit and noun; a level restating a
  prior (`a year earlier, when 900 crates fetched …`) is no pool.
- The rest after such a part (`the remaining £600,000`, `The rest, 20,000 packets, …`, `the other 200`) closes a sum
  with the part and the whole its share names, wherever that whole is stated; a bare rest the prices beside it lent
  a currency counts what the part counts (checker/link/gapped_lists.py, `[link.remaining_marks]`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

SHARE, SUM = "F503", "F302"

# ---------------------------------------------------------------- `of it`, past a figure per one unit

_HEDGES = (
    "Ardley towpath\n\nVolunteers along the Ardley canal are to get £2.4m to resurface 30 miles of towpath, the "
    "waterways trust announced on Monday.\n\nThat sum, about £80,000 a mile, is to be spent over two years. {share} "
    "of it, £1.8m, is a national grant, and the remaining {rest} is borrowed by the parish councils.\n"
)


@pytest.mark.parametrize("share,fires", [("Three-quarters", False), ("Two-thirds", True)])
def test_share_of_it_past_a_figure_per_mile_en(knowledge, share, fires):
    assert_checked(knowledge, _HEDGES.format(share=share, rest="£600,000"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("£600,000", False), ("£900,000", True)])
def test_the_remaining_closes_the_whole_the_share_names_en(knowledge, rest, fires):
    assert_checked(knowledge, _HEDGES.format(share="Three-quarters", rest=rest), SUM, fires)


def test_share_of_it_after_only_a_figure_per_mile_is_no_share_of_that_en(knowledge):
    text = (
        "Ardley towpath\n\nThe Ardley trust spends about £80,000 a mile on towpath work, it said on Monday. "
        "Three-quarters of it, £1.8m, is a national grant."
    )
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `of them`, past a count of another noun

_BISCUITS = (
    "Pellow yoghurt for Lyon\n\nPellow Dairy is shipping 60,000 jars of yoghurt to 9 cafés in Lyon, at 80p a jar. "
    "{share} of them, 40,000 jars, are plain. The rest, {rest} jars, are flavoured with honey.\n"
)


@pytest.mark.parametrize("share,fires", [("Two-thirds", False), ("Three-quarters", True)])
def test_share_of_them_past_a_count_of_another_noun_en(knowledge, share, fires):
    assert_checked(knowledge, _BISCUITS.format(share=share, rest="20,000"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("20,000", False), ("35,000", True)])
def test_the_rest_comma_closes_the_sum_en(knowledge, rest, fires):
    assert_checked(knowledge, _BISCUITS.format(share="Two-thirds", rest=rest), SUM, fires)


def test_share_of_them_after_two_levels_of_the_noun_is_unread_en(knowledge):
    text = (
        "Pellow yoghurt for Lyon\n\nPellow Dairy is shipping 60,000 jars to Lyon and 30,000 jars to Nantes. "
        "Two-thirds of them, 40,000 jars, are plain."
    )
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `of the order`: the lead's one level

_CHAIRS = (
    "Sligo chairs for Boston\n\nBrae Joinery in Sligo has a €90,000 contract to supply 600 chairs to a Boston hotel, "
    "it said on Monday.\n\nEach chair earns the firm €150 on average. {share} of the order, 400 chairs, are dining "
    "chairs at €{price}; the other {rest} are armchairs at €{price2}.\n"
)


@pytest.mark.parametrize("share,fires", [("Two-thirds", False), ("Four-fifths", True)])
def test_share_of_the_order_of_the_leads_level_en(knowledge, share, fires):
    text = _CHAIRS.format(share=share, price="120", rest="200", price2="210")
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("200", False), ("300", True)])
def test_a_bare_rest_beside_prices_counts_what_its_part_counts_en(knowledge, rest, fires):
    text = _CHAIRS.format(share="Two-thirds", price="120", rest=rest, price2="210")
    assert_checked(knowledge, text, SUM, fires)


def test_share_of_the_order_after_a_lead_of_two_levels_is_unread_en(knowledge):
    text = (
        "Sligo chairs for Boston\n\nBrae Joinery in Sligo has contracts to supply 600 chairs to a Boston hotel and "
        "300 chairs to a Chicago bar, it said on Monday.\n\nThe firm employs nine joiners. Two-thirds of the order, "
        "400 chairs, are dining chairs."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_share_of_a_noun_no_figure_counts_is_no_share_of_the_lead_en(knowledge):
    text = (
        "Sligo chairs for Boston\n\nBrae Joinery in Sligo has a contract to supply 600 chairs to a Boston hotel, it "
        "said on Monday.\n\nThe firm employs nine joiners. Two-thirds of the members, 400 chairs, are oak."
    )
    assert_not_checked(knowledge, text, SHARE)


_CRATES = (
    "Pear harvest\n\nThe Ardley orchards picked 1,200 crates of pears this autumn, up 20 per cent from 1,000 last "
    "year, their co-operative said on Friday.\n\nLast year's 1,000 crates earned £28,000 at market.\n\n{share} of "
    "the harvest, 900 crates, went to farm shops; the other 300 went to a perry maker.\n"
)


@pytest.mark.parametrize("share,fires", [("Three-quarters", False), ("Two-thirds", True)])
def test_share_of_the_harvest_passes_over_a_restated_prior_en(knowledge, share, fires):
    assert_checked(knowledge, _CRATES.format(share=share), SHARE, fires)


def test_the_rest_of_another_list_is_no_part_of_the_share_whole_en(knowledge):
    text = (
        "Pear harvest\n\nThe Ardley orchards picked 1,200 crates of pears this autumn.\n\nThree-quarters of the "
        "harvest, 900 crates, went to farm shops. The packing shed has 40 staff; 25 work full time and the other 15 "
        "part time."
    )
    assert_checked(knowledge, text, SHARE, False)
    passed = findings(knowledge, document(text), select=[SUM], show_passed=True)
    assert not [f for f in passed.findings], [f.message for f in passed.findings]
    assert not [p for p in passed.passed if "900" in p.message], [p.message for p in passed.passed]


# ---------------------------------------------------------------- a Korean total's copula list with a share

_BUDGET_KO = (
    "가람 체육대회\n\n가람군 체육대회 비용은 20억 원으로, 군비가 {share}인 12억 원이고 기업 후원금이 {rest} 원이다.\n"
)


@pytest.mark.parametrize("share,fires", [("60%", False), ("45%", True)])
def test_share_in_a_totals_copula_list_is_of_the_total_ko(knowledge, share, fires):
    assert_checked(knowledge, _BUDGET_KO.format(share=share, rest="8억"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("8억", False), ("11억", True)])
def test_a_copula_list_with_a_share_still_adds_up_ko(knowledge, rest, fires):
    assert_checked(knowledge, _BUDGET_KO.format(share="60%", rest=rest), SUM, fires)


def test_a_share_before_a_part_of_another_sentence_is_no_share_of_the_total_ko(knowledge):
    text = "가람 체육대회\n\n가람군 체육대회 비용은 20억 원으로, 지난해보다 늘었다. 군비 비중은 60%로 높아졌다."
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- the worths of an order's lines

_HANBOK_KO = (
    "[가람=뉴스] 가람요업이 호주 식당 체인에 그릇 400점을 24만 호주달러에 수출한다고 3일 밝혔다. 한 점에 "
    "600호주달러꼴이다.\n\n큰 접시가 300점이고 작은 접시가 100점이다. 큰 접시는 한 점에 650호주달러, 작은 접시는 "
    "450호주달러로 값이 매겨져 각각 19만5천 호주달러와 {worth} 호주달러어치다.\n"
)


@pytest.mark.parametrize("worth,fires", [("4만5천", False), ("9만5천", True)])
def test_worths_of_the_lines_add_into_the_orders_value_ko(knowledge, worth, fires):
    result = findings(knowledge, document(_HANBOK_KO.format(worth=worth)), select=[SUM], show_passed=True)
    if fires:
        assert [f for f in result.findings if "19만" in f.message], [f.message for f in result.findings]
    else:
        assert not result.findings, [f.message for f in result.findings]
        assert [p for p in result.passed if "19만" in p.message], [p.message for p in result.passed]


def test_worths_after_a_lead_of_two_values_are_unread_ko(knowledge):
    text = (
        "[가람=뉴스] 가람요업이 호주 식당에 그릇 400점을 24만 호주달러에, 뉴질랜드 식당에 200점을 30만 호주달러에 "
        "수출한다고 3일 밝혔다.\n\n큰 접시는 각각 19만5천 호주달러와 4만5천 호주달러어치다.\n"
    )
    assert_not_checked(knowledge, text, SUM)


_BOWLS = (
    "Nelson bowls\n\nKahu Pottery of Nelson has signed a NZ$40,000 contract for 800 bowls with a hotel group in "
    "Perth, it said on Tuesday.\n\nThe hotels will pay NZ$50 a bowl on average. Small bowls make up 600 of them at "
    "NZ$40 each, worth NZ$24,000, and 200 large bowls at NZ$80, worth NZ${worth}.\n"
)


@pytest.mark.parametrize("worth,fires", [("16,000", False), ("26,000", True)])
def test_worths_of_the_lines_add_into_the_orders_value_en(knowledge, worth, fires):
    assert_checked(knowledge, _BOWLS.format(worth=worth), SUM, fires)


def test_a_single_worth_is_no_list_en(knowledge):
    text = (
        "Nelson bowls\n\nKahu Pottery of Nelson has signed a NZ$40,000 contract for 800 bowls with a hotel group in "
        "Perth, it said on Tuesday.\n\nSmall bowls make up 600 of them at NZ$40 each, worth NZ$24,000.\n"
    )
    result = findings(knowledge, document(text), select=[SUM], show_passed=True)
    assert not [p for p in result.passed if "24,000" in p.message], [p.message for p in result.passed]
    assert not result.findings


# ---------------------------------------------------------------- a Korean pool noun with its genitive

_FESTIVAL_KO = (
    "[가람=뉴스] 가람군은 나흘 동안 연 국화 전시회에 관람객 20만 명이 찾았다고 3일 밝혔다.\n하루 평균 5만 "
    "명꼴이다.\n지난해 16만 명보다 4만 명, 25% 늘었다.\n군이 입장권을 분석하면 관람객의 {share}인 8만 명은 다른 "
    "시·도 주민이었다.\n"
)


@pytest.mark.parametrize("share,fires", [("40%", False), ("55%", True)])
def test_share_of_the_pool_noun_with_its_genitive_ko(knowledge, share, fires):
    assert_checked(knowledge, _FESTIVAL_KO.format(share=share), SHARE, fires)


def test_share_of_last_years_pool_is_no_share_of_this_years_level_ko(knowledge):
    text = (
        "[가람=뉴스] 가람시는 올해 썰매장 방문객 목표를 5만 명으로 세웠다고 3일 밝혔다.\n\n입장료는 어른 5천 원이다. "
        "지난해에는 방문객의 60%인 2만4천 명이 초등학생이었다.\n"
    )
    result = findings(knowledge, document(text), select=[SHARE], show_passed=True)
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]
    assert not [p for p in result.passed if "5만" in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- `N of the NOUN, or P`: the subject's count

_REGATTA = (
    "Tarn race\n\nEntries for this year's Tarn Water paddle race reached 200 boats, the club said on Monday.\n\n"
    "Kayaks accounted for 120 of the entries, or {share}, with {keel} rowing boats and 30 canoes making up the rest.\n"
)


@pytest.mark.parametrize("share,fires", [("60 per cent", False), ("70 per cent", True)])
def test_part_of_the_noun_the_count_opens_on_en(knowledge, share, fires):
    assert_checked(knowledge, _REGATTA.format(share=share, keel="50"), SHARE, fires)


@pytest.mark.parametrize("keel,fires", [("50", False), ("90", True)])
def test_a_run_making_up_the_rest_adds_up_with_the_part_en(knowledge, keel, fires):
    assert_checked(knowledge, _REGATTA.format(share="60 per cent", keel=keel), SUM, fires)


def test_part_of_a_noun_no_count_opens_on_is_unread_en(knowledge):
    text = (
        "Tarn race\n\nThe Tarn Water paddle race drew 200 boats this year, the club said on Monday.\n\nKayaks "
        "accounted for 120 of the members, or 60 per cent."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_a_run_making_up_the_rest_of_another_whole_is_unread_en(knowledge):
    text = (
        "Tarn race\n\nThe Tarn Water paddle race drew 200 boats this year, the club said on Monday.\n\nThe club has "
        "40 members, with 25 paddlers and 10 coaches making up the rest."
    )
    assert_not_checked(knowledge, text, SUM)
