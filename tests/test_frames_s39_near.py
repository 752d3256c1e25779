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
    "Hedge fund for Dunmore\n\nGrowers in Dunmore will share £2.4m to restore 30 miles of hedges, the trust said on "
    "Monday.\n\nThe money, which works out at about £80,000 a mile, will be paid over two years. {share} of it, "
    "£1.8m, comes from a lottery grant, with the remaining {rest} put up by the county council.\n"
)


@pytest.mark.parametrize("share,fires", [("Three-quarters", False), ("Two-thirds", True)])
def test_share_of_it_past_a_figure_per_mile_en(knowledge, share, fires):
    assert_checked(knowledge, _HEDGES.format(share=share, rest="£600,000"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("£600,000", False), ("£900,000", True)])
def test_the_remaining_closes_the_whole_the_share_names_en(knowledge, rest, fires):
    assert_checked(knowledge, _HEDGES.format(share="Three-quarters", rest=rest), SUM, fires)


def test_share_of_it_after_only_a_figure_per_mile_is_no_share_of_that_en(knowledge):
    text = (
        "Hedge fund for Dunmore\n\nThe Dunmore trust pays about £80,000 a mile for hedge work, it said on Monday. "
        "Three-quarters of it, £1.8m, comes from a lottery grant."
    )
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `of them`, past a count of another noun

_BISCUITS = (
    "Harlow biscuits for Aarhus\n\nHarlow Bakery will send 60,000 packets to Fenn's 9 shops in the Danish capital, "
    "working out at 80p a packet. {share} of them, 40,000 packets, are plain biscuits. The rest, {rest} packets, are "
    "ginger biscuits.\n"
)


@pytest.mark.parametrize("share,fires", [("Two-thirds", False), ("Three-quarters", True)])
def test_share_of_them_past_a_count_of_another_noun_en(knowledge, share, fires):
    assert_checked(knowledge, _BISCUITS.format(share=share, rest="20,000"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("20,000", False), ("35,000", True)])
def test_the_rest_comma_closes_the_sum_en(knowledge, rest, fires):
    assert_checked(knowledge, _BISCUITS.format(share="Two-thirds", rest=rest), SUM, fires)


def test_share_of_them_after_two_levels_of_the_noun_is_unread_en(knowledge):
    text = (
        "Harlow biscuits for Aarhus\n\nHarlow Bakery will send 60,000 packets to Aarhus and 30,000 packets to Odense. "
        "Two-thirds of them, 40,000 packets, are plain biscuits."
    )
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `of the order`: the lead's one level

_CHAIRS = (
    "Sligo chairs for Boston\n\nA Sligo workshop is to make 600 chairs for a Boston shop in a deal worth €90,000, its "
    "owner said on Monday.\n\nBrae Chairs will be paid an average of €150 a chair. {share} of the order, 400 chairs, "
    "are the standard model at €{price}; the other {rest} are rockers at €{price2}.\n"
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
        "Sligo chairs for Boston\n\nA Sligo workshop is to make 600 chairs for a Boston shop and 300 chairs for a "
        "Chicago hotel, its owner said on Monday.\n\nThe workshop employs nine joiners. Two-thirds of the order, 400 "
        "chairs, are the standard model."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_share_of_a_noun_no_figure_counts_is_no_share_of_the_lead_en(knowledge):
    text = (
        "Sligo chairs for Boston\n\nA Sligo workshop is to make 600 chairs for a Boston shop, its owner said on "
        "Monday.\n\nThe workshop employs nine joiners. Two-thirds of the members, 400 chairs, are oak."
    )
    assert_not_checked(knowledge, text, SHARE)


_CRATES = (
    "Pear harvest\n\nGrowers in the Vale of Ardley picked 1,200 crates of pears this autumn, up 20 per cent from 1,000 "
    "last year, their co-operative said on Friday.\n\nCrates sold at £30 each, compared with £28 a year earlier, when "
    "1,000 crates fetched £28,000.\n\n{share} of the harvest, 900 crates, went to shops in the county; the other 300 "
    "went to a cider maker.\n"
)


@pytest.mark.parametrize("share,fires", [("Three-quarters", False), ("Two-thirds", True)])
def test_share_of_the_harvest_passes_over_a_restated_prior_en(knowledge, share, fires):
    assert_checked(knowledge, _CRATES.format(share=share), SHARE, fires)


def test_the_rest_of_another_list_is_no_part_of_the_share_whole_en(knowledge):
    text = (
        "Pear harvest\n\nGrowers in the Vale of Ardley picked 1,200 crates of pears this autumn.\n\nThree-quarters of "
        "the harvest, 900 crates, went to shops in the county. The packing shed has 40 staff; 25 work full time and "
        "the other 15 part time."
    )
    assert_checked(knowledge, text, SHARE, False)
    passed = findings(knowledge, document(text), select=[SUM], show_passed=True)
    assert not [f for f in passed.findings], [f.message for f in passed.findings]
    assert not [p for p in passed.passed if "900" in p.message], [p.message for p in passed.passed]


# ---------------------------------------------------------------- a Korean total's copula list with a share

_BUDGET_KO = "가람 축제 예산\n\n올해 가람 축제 예산은 20억 원으로, 시비가 {share}인 12억 원이고 도비가 {rest} 원이다.\n"


@pytest.mark.parametrize("share,fires", [("60%", False), ("45%", True)])
def test_share_in_a_totals_copula_list_is_of_the_total_ko(knowledge, share, fires):
    assert_checked(knowledge, _BUDGET_KO.format(share=share, rest="8억"), SHARE, fires)


@pytest.mark.parametrize("rest,fires", [("8억", False), ("11억", True)])
def test_a_copula_list_with_a_share_still_adds_up_ko(knowledge, rest, fires):
    assert_checked(knowledge, _BUDGET_KO.format(share="60%", rest=rest), SUM, fires)


def test_a_share_before_a_part_of_another_sentence_is_no_share_of_the_total_ko(knowledge):
    text = "가람 축제 예산\n\n올해 가람 축제 예산은 20억 원으로, 지난해보다 늘었다. 시비 비중은 60%로 높아졌다."
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- the worths of an order's lines

_HANBOK_KO = (
    "[가람=뉴스] 가람공방이 캐나다 상점에 한복 400벌을 24만 캐나다달러에 수출한다고 3일 밝혔다. 한 벌에 "
    "600캐나다달러꼴이다.\n\n여자 한복이 300벌이고 남자 한복이 100벌이다. 여자 한복은 한 벌에 650캐나다달러, 남자 "
    "한복은 450캐나다달러를 받아 각각 19만5천 캐나다달러와 {worth} 캐나다달러어치다.\n"
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
        "[가람=뉴스] 가람공방이 캐나다 상점에 한복 400벌을 24만 캐나다달러에, 미국 상점에 200벌을 30만 캐나다달러에 "
        "수출한다고 3일 밝혔다.\n\n여자 한복은 각각 19만5천 캐나다달러와 4만5천 캐나다달러어치다.\n"
    )
    assert_not_checked(knowledge, text, SUM)


_BOWLS = (
    "Tasman bowls for Singapore\n\nA Nelson pottery will ship 800 bowls to a Singapore hotel group under a NZ$40,000 "
    "contract, its owners said on Tuesday.\n\nThe pottery will be paid an average of NZ$50 a bowl. Small bowls make up "
    "600 of them at NZ$40 each, worth NZ$24,000, and large bowls the other 200 at NZ$80, worth NZ${worth}.\n"
)


@pytest.mark.parametrize("worth,fires", [("16,000", False), ("26,000", True)])
def test_worths_of_the_lines_add_into_the_orders_value_en(knowledge, worth, fires):
    assert_checked(knowledge, _BOWLS.format(worth=worth), SUM, fires)


def test_a_single_worth_is_no_list_en(knowledge):
    text = (
        "Tasman bowls for Singapore\n\nA Nelson pottery will ship 800 bowls to a Singapore hotel group under a "
        "NZ$40,000 contract, its owners said on Tuesday.\n\nSmall bowls make up 600 of them at NZ$40 each, worth "
        "NZ$24,000.\n"
    )
    result = findings(knowledge, document(text), select=[SUM], show_passed=True)
    assert not [p for p in result.passed if "24,000" in p.message], [p.message for p in result.passed]
    assert not result.findings


# ---------------------------------------------------------------- a Korean pool noun with its genitive

_FESTIVAL_KO = (
    "[가람=뉴스] 가람시는 나흘 동안 열린 가람 축제에 관람객 20만 명이 다녀갔다고 3일 밝혔다.\n하루 평균 5만 "
    "명꼴이다.\n지난해 16만 명보다 4만 명, 25% 늘었다.\n시가 조사해 보니 관람객의 {share}인 8만 명은 외지인이었다.\n"
)


@pytest.mark.parametrize("share,fires", [("40%", False), ("55%", True)])
def test_share_of_the_pool_noun_with_its_genitive_ko(knowledge, share, fires):
    assert_checked(knowledge, _FESTIVAL_KO.format(share=share), SHARE, fires)


def test_share_of_last_years_pool_is_no_share_of_this_years_level_ko(knowledge):
    text = (
        "[가람=뉴스] 가람시는 올여름 수영장 이용객 목표를 5만 명으로 잡았다고 3일 밝혔다.\n\n입장료는 어른 4천 원이다. "
        "지난해에는 이용객의 60%인 2만4천 명이 어린이였다.\n"
    )
    result = findings(knowledge, document(text), select=[SHARE], show_passed=True)
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]
    assert not [p for p in result.passed if "5만" in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- `N of the NOUN, or P`: the subject's count

_REGATTA = (
    "Tarn regatta\n\nEntries for the Tarn Water Regatta rose to 200 boats this year, up by a quarter from 160, the "
    "club said on Monday.\n\nDinghies made up 120 of the entries, or {share}, with {keel} keelboats and 30 classic "
    "boats making up the rest.\n"
)


@pytest.mark.parametrize("share,fires", [("60 per cent", False), ("70 per cent", True)])
def test_part_of_the_noun_the_count_opens_on_en(knowledge, share, fires):
    assert_checked(knowledge, _REGATTA.format(share=share, keel="50"), SHARE, fires)


@pytest.mark.parametrize("keel,fires", [("50", False), ("90", True)])
def test_a_run_making_up_the_rest_adds_up_with_the_part_en(knowledge, keel, fires):
    assert_checked(knowledge, _REGATTA.format(share="60 per cent", keel=keel), SUM, fires)


def test_part_of_a_noun_no_count_opens_on_is_unread_en(knowledge):
    text = (
        "Tarn regatta\n\nThe Tarn Water Regatta drew 200 boats this year, the club said on Monday.\n\nDinghies made up "
        "120 of the members, or 60 per cent."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_a_run_making_up_the_rest_of_another_whole_is_unread_en(knowledge):
    text = (
        "Tarn regatta\n\nThe Tarn Water Regatta drew 200 boats this year, the club said on Monday.\n\nThe club has 40 "
        "members, with 25 sailors and 10 coaches making up the rest."
    )
    assert_not_checked(knowledge, text, SUM)
