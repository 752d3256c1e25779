"""Shares in both languages (forty-third session, lane `share`).

- English: a bare whole number after a verb making it a part, then `of` and the pool it is drawn from, a comma and its
  share (`Women made up 59 of the entrants, about one in seven`, `made up 192 of the admissions, or 40 per cent`): the
  number is a count of no noun of its own, the share's part; its whole the total the pool names
  (`[elided_counts] share_of_pool_after`, checker/extract/quantities.py `_read_counts_before_shares`).
- Korean: a sentence opening on the name of its whole (`선수 가운데 60대가 P명으로 Z%`) takes the figure whose own
  clause states that name; the clause of a sentence's first figure never reaches back into the sentence before
  (`참가 선수는 … 늘었다. 개인전에 700명`: `선수` names no figure of the second sentence), and a name stated of a
  level a year before (`참가 선수는 지난해 1,480명보다 370명 늘었다`) names the level that change is of
  (checker/link/subgroup_wholes.py `whole_named_at_opening`).
- Korean: after a hedge the share's words end in (`4분의 1에 조금 못 미치는 양이다`), a noun of the share's own size
  names no part of its own (`[link.share_then_its_own_part]`): the share of a whole stated right before it takes the
  amount of the sentence before.
- English: a share whose sentence opens on a pronoun (`That is about 15 per cent of the dairy's annual output of 400
  tonnes`, `It accounts for …`, `[link.share_fallback_pronoun_subjects]`) or on a thing the sentence before names
  (`The loan would cover 60 per cent of the C$1.25 million project`), its whole stated after its `of` (an owner's
  too: `of the festival's C$410,000 budget`), takes as its part the one amount of the whole's unit the sentence before
  states (checker/link/share_fallback.py `_back_referenced_part`).
- English: a comparative bounding a fraction in words of a figure after `of` (`$610,000, more than three-quarters of
  its $790,000 budget`) makes that figure the share's whole, no figure compared with (checker/link/roles.py
  `_FRACTION_OF_AFTER_COMPARATIVE`).
- English: beside the paragraph's total, a count of another noun smaller than the part (`9,000 mugs to be delivered
  over three seasons`) is no sibling pot of it: the total is the whole of `3,000 of the total, or roughly a third`
  (checker/link/share_fallback.py `_nearest_total`).
- Korean: a share of a whole stated right before it (`전체 수출량(9,500톤)의 30%`) whose sentence opens on a subject
  the lead's sentence names (`A군 물량은`) and states no part, the sentence before none of the whole's unit (or one
  the subject does not continue), takes the lead's level of that unit (checker/link/share_fallback_ko.py
  `_level_its_subject_names`).
- Korean: a share whose clause follows a sibling share's in its sentence (`부사가 전체의 60%를 차지했고, 홍로는 4분의
  1이었다`), its subject naming a level of the breakdown before (`홍로가 5천톤`), is that level's share of the
  sibling's whole (checker/link/share_fallback_ko.py `_part_of_a_sibling_share`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import assert_checked, assert_not_fired

SHARE_OF_TOTAL = "F503"


# ---------------------------------------------------------------- a bare part drawn from a pool, then its share

_PART_OF_A_POOL = [
    # (text, holding share, broken share)
    (
        "Jail population falls\n\nThe Tarrow County jail held 1,150 inmates on its census day this year.\n\n"
        "Remand prisoners made up 790 of the inmates, {share}.",
        "more than two thirds",
        "less than half",
    ),
    (
        "Hedgehog hospital busy\n\nThe Lymbridge hedgehog hospital took in a record 620 hedgehogs this year.\n\n"
        "Underweight juveniles made up 248 of the hedgehogs, or {share}, and were kept through the winter.",
        "40 per cent",
        "60 per cent",
    ),
    (
        "Orchestra tour\n\nThe Fenwick youth orchestra now has 240 players, its director said.\n\n"
        "String players accounted for 150 of the players, {share}.",
        "about 62 per cent",
        "about 42 per cent",
    ),
    (
        "Library cards\n\nThe Ostley library issued 3,200 new cards this year.\n\n"
        "Children made up 800 of the total, {share}, the librarian said.",
        "25 per cent",
        "45 per cent",
    ),
    (
        "Canal boats\n\nSome 1,500 boats were licensed on the Harl canal in the year.\n\n"
        "Hire boats account for 300 of the licensed boats, or {share}.",
        "one in five",
        "one in three",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _PART_OF_A_POOL)
def test_a_bare_part_drawn_from_a_pool_then_its_share_is_checked(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_PART_OF_A_POOL = [
    # a number with no verb making it a part: a rank, a place
    "Chess congress\n\nSome 300 players entered the Ostley congress.\n\n"
    "She finished 12 of the entrants, a fine result.",
    # the share is the change of the number, not its share
    "Bus fleet\n\nThe Ostley bus company runs 400 buses.\n\nIt retired 60 of the buses, up 20 per cent on last year.",
]


@pytest.mark.parametrize("text", _NO_PART_OF_A_POOL)
def test_a_number_no_verb_makes_a_part_is_no_share_part(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: a whole named at the sentence's opening

_NAMED_AT_OPENING_KO = [
    # (text, holding share, broken share)
    (
        "궁도대회 열려\n\n한솔군 궁도대회에 참가한 선수는 1천200명이다. 개인전에 700명, 단체전에 500명이 나섰다. "
        "선수 가운데 60대 이상이 360명으로 {share}를 차지했다.",
        "30%",
        "50%",
    ),
    (
        "씨름대회 성황\n\n두리시 씨름대회에 선수 1천850명이 참가했다.\n\n참가 선수는 지난해 1천480명보다 370명 늘었다. "
        "선수 가운데 60대 이상이 555명으로 {share}를 차지했다.",
        "30%",
        "45%",
    ),
    (
        "마라톤 참가자\n\n새봄시 마라톤에 참가한 주자는 2천400명이다. 풀코스에 900명, 하프코스에 1천500명이 뛰었다. "
        "주자 가운데 여성이 600명으로 {share}를 차지했다.",
        "25%",
        "40%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _NAMED_AT_OPENING_KO)
def test_a_whole_named_at_the_opening_is_the_figure_its_own_sentence_names(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


def test_a_name_of_the_sentence_before_names_no_figure_of_the_next(knowledge):
    # (`선수` is the sentence before's word: the 700 of the next sentence is no whole of the 30%; nothing else is named)
    text = (
        "궁도대회 열려\n\n한솔군 궁도대회는 올해로 12회째다. 참가 선수는 지난해보다 크게 늘었다. "
        "개인전에 700명, 단체전에 500명이 나섰다. 참가비는 1인당 2만 원이다. 접수는 사흘간 받았다. "
        "선수 가운데 60대 이상이 360명으로 30%를 차지했다."
    )
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- a pronoun or a thing named again, whole after `of`

_BACK_REFERENCED_PART = [
    # (text, holding share, broken share)
    (
        "Cheese order\n\nThe Lund dairy will ship 60 tonnes of cheese to a Scottish grocer over a year.\n\n"
        "That is {share} of the dairy's annual output of 400 tonnes.",
        "about 15 per cent",
        "about 35 per cent",
    ),
    (
        "Cider deal\n\nThe Pell cider mill has won a £27,000 deal to supply a Danish chain.\n\n"
        "It accounts for {share} of the firm's expected turnover of £180,000 this year.",
        "15 per cent",
        "25 per cent",
    ),
    (
        "Fiddle festival\n\nTicket sales at the Ardle fiddle festival brought in C$340,000 this summer. "
        "That covered {share} of the festival's C$410,000 budget, with sponsors paying the rest.",
        "83 percent",
        "63 percent",
    ),
    (
        "Forge loan\n\nThe Brantwood forge has applied for a provincial loan of C$750,000 toward a new hammer.\n\n"
        "The loan would cover {share} of the C$1.25 million project, with the rest from its own cash.",
        "60 per cent",
        "40 per cent",
    ),
    (
        "Seed potatoes\n\nGrowers on the island will send 2,400 tonnes of seed potatoes to Egypt this winter. "
        "This is {share} of their combined harvest of 9,600 tonnes.",
        "a quarter",
        "a half",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _BACK_REFERENCED_PART)
def test_a_share_of_a_stated_whole_opening_on_a_back_reference_takes_the_amount_before(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


_NO_BACK_REFERENCED_PART = [
    # two amounts of the whole's unit in the sentence before: which one, unsaid
    "Cheese order\n\nThe dairy will ship 60 tonnes to Scotland and 90 tonnes to Wales.\n\n"
    "That is about 15 per cent of the dairy's annual output of 400 tonnes.",
    # a subject naming a thing the sentence before does not state: another part
    "Fiddle festival\n\nTicket sales at the festival brought in C$340,000 this summer. "
    "Sponsorship covered 20 percent of the festival's C$410,000 budget.",
    # the amount before is of another unit than the whole
    "Forge loan\n\nThe forge will hire 14 workers this year.\n\n"
    "That is about 60 per cent of the C$1.25 million project.",
]


@pytest.mark.parametrize("text", _NO_BACK_REFERENCED_PART)
def test_a_back_reference_to_no_one_amount_of_the_wholes_unit_links_nothing(knowledge, text):
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- Korean: a noun of the share's own size after a hedge

_SIZE_NOUN_AFTER_HEDGE_KO = [
    # (text, holding share, broken share)
    (
        "어묵 수출\n\n바다찬은 일본 유통업체에 어묵 300만 봉지를 1년간 공급하기로 했다.\n\n"
        "계약 물량은 1년간 300만 봉지로 봉지당 150엔꼴이다. 회사 연간 생산량(1천250만 봉지)의 {share} 양이다.",
        "4분의 1에 조금 못 미치는",
        "3분의 2를 조금 넘는",
    ),
    (
        "떡 수출\n\n한결떡방은 미국에 떡 80톤을 보내기로 했다.\n\n"
        "수출 물량은 80톤으로 상자당 2만 원꼴이다. 공장 연간 생산량(240톤)의 {share} 규모다.",
        "3분의 1",
        "4분의 3",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SIZE_NOUN_AFTER_HEDGE_KO)
def test_a_size_noun_after_the_share_names_no_part_of_its_own(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


# ---------------------------------------------------------------- a comparative bounding a fraction of a whole

_BOUNDED_FRACTION_OF_A_WHOLE = [
    # (text, holding share, broken share)
    (
        "Ice time\n\nThe Dunmere skating club has booked 2,000 hours of ice, which will cost $610,000, "
        "{share} of its $790,000 budget.",
        "more than three-quarters",
        "more than nine-tenths",
    ),
    (
        "Library roof\n\nRepairs to the Ostley library roof will cost £412,000, {share} of the council's £700,000 "
        "repair fund.",
        "more than half",
        "less than a third",
    ),
    (
        "Orchard grant\n\nThe Polwenna orchard received a grant of €18,000, {share} of its €60,000 replanting bill.",
        "less than a third",
        "more than half",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _BOUNDED_FRACTION_OF_A_WHOLE)
def test_a_comparative_bounding_a_fraction_of_a_whole_is_no_comparison_with_it(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


def test_a_fraction_above_a_figure_still_compares_with_it(knowledge):
    text = "Bakery sales\n\nThe Ostley bakery's sales reached $5m, more than a third above the $3.7m of last year."
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)


# ---------------------------------------------------------------- a count of another noun beside the paragraph's total

_TOTAL_BESIDE_ANOTHER_NOUNS_COUNT = [
    # (text, holding share, broken share)
    (
        "Pottery order\n\nThe Ostley pottery has won an order from a Dutch chain.\n\n"
        "The contract covers 9,000 mugs to be delivered over three seasons. "
        "Glazed mugs account for 3,000 of the total, or {share}.",
        "roughly a third",
        "roughly two-thirds",
    ),
    (
        "Seed order\n\nA Fenwick nursery will supply a garden chain this spring.\n\n"
        "The deal covers 48,000 packets of seed to be shipped in four lots. "
        "Vegetable seed makes up 12,000 of the total, or {share}.",
        "a quarter",
        "a half",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _TOTAL_BESIDE_ANOTHER_NOUNS_COUNT)
def test_a_count_of_another_noun_is_no_sibling_pot_of_the_total(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


# ---------------------------------------------------------------- Korean: a subject the lead names, a whole stated

_SUBJECT_NAMED_BY_THE_LEAD_KO = [
    # (text, holding share, broken share)
    (
        "딸기 수출\n\n진솔군은 올해 1∼10월 딸기 수출량이 1천200톤으로 지난해 같은 기간 1천톤보다 200톤 늘었다고 "
        "밝혔다.\n\n수출액은 96억 원이다. 수출 농가는 100곳이다.\n\n"
        "진솔군 물량은 올해 국내 전체 딸기 수출량(4천800톤)의 {share}에 해당한다.",
        "25%",
        "45%",
    ),
    (
        "버섯 출하\n\n다온군은 올해 상반기 표고버섯 출하량이 640톤으로 집계됐다고 밝혔다.\n\n"
        "출하액은 80억 원이다. 재배 농가는 40곳이다.\n\n"
        "다온군 출하량은 도내 전체 표고버섯 출하량(3천200톤)의 {share}를 차지한다.",
        "20%",
        "35%",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _SUBJECT_NAMED_BY_THE_LEAD_KO)
def test_a_share_of_a_stated_whole_whose_subject_the_lead_names_takes_the_leads_level(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False, published=dt.date(2026, 11, 18))
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True, published=dt.date(2026, 11, 18))


def test_a_subject_the_lead_does_not_name_takes_no_level_of_it(knowledge):
    text = (
        "딸기 수출\n\n진솔군은 올해 1∼10월 딸기 수출량이 1천200톤으로 집계됐다고 밝혔다.\n\n"
        "수출액은 96억 원이다.\n\n경북 물량은 올해 국내 전체 딸기 수출량(4천800톤)의 45%에 해당한다."
    )
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL, published=dt.date(2026, 11, 18))


# ---------------------------------------------------------------- Korean: a share after a sibling share's clause

_AFTER_A_SIBLING_SHARE_KO = [
    # (text, holding share, broken share)
    (
        "사과 수확\n\n새들군은 올해 사과 생산량이 2만톤으로 집계됐다고 밝혔다.\n\n"
        "품종별로는 부사가 1만2천톤, 홍로가 5천톤, 기타 품종이 3천톤이었다. 부사가 전체의 60%를 차지했고, "
        "홍로는 {share}이었다.",
        "4분의 1",
        "3분의 2",
    ),
    (
        "줄넘기 대회\n\n도담시 줄넘기 대회에 선수 800명이 참가했다.\n\n"
        "초등부 500명, 중등부 200명, 고등부 100명이 나섰다. 초등부가 62.5%로 가장 많았고, 고등부는 {share}이었다.",
        "8분의 1",
        "4분의 1",
    ),
    (
        "족구 대회\n\n한울시 족구 대회에 240팀이 출전했다.\n\n"
        "일반부 120팀, 장년부 80팀, 여성부 40팀이었다. 일반부가 전체의 절반을 차지했고, 여성부는 {share}였다.",
        "6분의 1",
        "3분의 1",
    ),
]


@pytest.mark.parametrize("text,holds,broken", _AFTER_A_SIBLING_SHARE_KO)
def test_a_share_after_a_sibling_shares_clause_is_of_its_whole(knowledge, text, holds, broken):
    assert_checked(knowledge, text.format(share=holds), SHARE_OF_TOTAL, fires=False)
    assert_checked(knowledge, text.format(share=broken), SHARE_OF_TOTAL, fires=True)


def test_a_subject_naming_no_level_before_takes_no_sibling_whole(knowledge):
    text = (
        "사과 수확\n\n새들군은 올해 사과 생산량이 2만톤으로 집계됐다고 밝혔다.\n\n"
        "품종별로는 부사가 1만2천톤, 홍로가 5천톤이었다. 부사가 전체의 60%를 차지했고, 수출 물량은 3분의 2였다."
    )
    assert_not_fired(knowledge, text, SHARE_OF_TOTAL)
