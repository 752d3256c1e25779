"""Shares (sixteenth session), each a rule for a construction:
- a share written as a fraction in words (`3분의 1`, `4분의 1`, `two thirds`) links as a percent does in the same
  construction: of a whole named by its noun (`국내 판매의 4분의 1`), `P of the W cases, or two thirds` (and after
  `이 가운데`, after a whole joined by the genitive, `연간 목표 W의 3분의 2`, of a listed subject);
- `or` before a fraction in words reads it (`…, or a third`);
- a part then its share as a percent, as what the part is (`어린이는 P으로 36%였고`), as a fraction was read
  (`P으로 10곳 중 3곳꼴이다`), now also ending `에 이른다`, `였다` or a quote (`…3곳꼴"이라고`); the whole named by
  the part's noun in another sentence.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a fraction in words links as a percent does (F503)

NAMED = "한별식품은 올해 국내 4만개, 해외 6만개를 팔았다. 두부가 {part} 팔려 국내 판매의 4분의 1을 차지했다."


def test_a_fraction_of_a_whole_named_by_its_words_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, NAMED.format(part="1만개"), "F503", fires=False)
    assert_checked(knowledge, NAMED.format(part="2만개"), "F503", fires=True)


PART_OF_WHOLE = "Pupils under 12 accounted for {part} of this year's 1,200 cases, or {share}."


def test_a_fraction_after_a_part_of_its_whole_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, PART_OF_WHOLE.format(part="800", share="two thirds"), "F503", fires=False)
    assert_checked(knowledge, PART_OF_WHOLE.format(part="500", share="two thirds"), "F503", fires=True)


def test_a_fraction_after_or_is_read(knowledge):
    assert_checked(knowledge, PART_OF_WHOLE.format(part="400", share="a third"), "F503", fires=False)
    assert_checked(knowledge, PART_OF_WHOLE.format(part="700", share="a third"), "F503", fires=True)


def test_a_fraction_of_the_whole_or_more_links_nothing(knowledge):
    """`4분의 5` of a target is more than the target: a multiple, no share."""
    assert_not_checked(knowledge, "1~9월 판매는 382만대로 연간 목표 300만대의 4분의 5를 넘었다.", "F503")


# ------------------------------------------------ a part, then its share as what it is (F503)

VISITORS = (
    "올해 꽃 박람회 관람객은 50만명으로 집계됐다.\n\n"
    "관람객 가운데 어린이는 {kids}으로 {kids_share}였고, 외국인은 5만명으로 10%였다."
)


def test_a_percent_right_after_its_part_holds(knowledge):
    assert_checked(knowledge, VISITORS.format(kids="20만명", kids_share="40%"), "F503", fires=False)


def test_a_wrong_percent_right_after_its_part_fires(knowledge):
    assert_checked(knowledge, VISITORS.format(kids="20만명", kids_share="60%"), "F503", fires=True)


def test_a_noun_between_part_and_percent_links_nothing(knowledge):
    """`영업이익은 P으로 이익률 Z%였다`: the noun names a rate of its own, no share of a whole."""
    text = "슬기전자의 올해 매출은 500억원이었다.\n\n영업이익은 54억원으로 이익률 30%였다."
    assert_not_checked(knowledge, text, "F503")


def test_a_percent_then_a_verb_of_change_is_no_share(knowledge):
    text = "슬기전자의 올해 매출은 500억원이었다.\n\n해외 매출은 200억원으로 10% 늘었다."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ a part pointed back to its whole by `of them` (F503)

OF_THEM = "Holm Tools employs 4,800 people, {part} of them, {share}, at its plants in Norway."


def test_a_share_after_a_part_of_them_holds(knowledge):
    assert_checked(knowledge, OF_THEM.format(part="3,200", share="two thirds"), "F503", fires=False)
    assert_checked(knowledge, OF_THEM.format(part="3,200", share="or 67%"), "F503", fires=False)


def test_a_wrong_share_after_a_part_of_them_fires(knowledge):
    assert_checked(knowledge, OF_THEM.format(part="1,600", share="two thirds"), "F503", fires=True)


SHARE_OF_THEM = "Brisk Couriers employs 5,000 staff, three in five of them full-time, or {part} people."


def test_a_share_of_them_then_its_part_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, SHARE_OF_THEM.format(part="3,000"), "F503", fires=False)
    assert_checked(knowledge, SHARE_OF_THEM.format(part="2,000"), "F503", fires=True)


def test_a_part_of_them_with_no_share_links_nothing(knowledge):
    assert_not_checked(knowledge, "The ward recorded 412 cases, 51 of them in May, and 40 in June.", "F503")


def test_a_part_of_them_larger_than_the_whole_links_nothing(knowledge):
    """`4,800 people, 6,000 of them`: no part of that whole; the share is left to other rules."""
    text = "Holm Tools employs 4,800 people, 6,000 of them, or 67%, at its plants in Norway."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ more ends of a fraction's clause after its part (F503)

QUOTED = (
    '올해 감귤을 출하한 농가는 300곳이다.\n\n조합장은 "직거래를 하는 농가도 {part}으로 10곳 중 3곳꼴"이라고 말했다.'
)


def test_a_quoted_fraction_after_its_part_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, QUOTED.format(part="90곳"), "F503", fires=False)
    assert_checked(knowledge, QUOTED.format(part="180곳"), "F503", fires=True)


AMOUNTS_TO = "올해 감귤을 출하한 농가는 300곳이다.\n\n직거래를 하는 농가는 {part}으로 3분의 1에 달한다."


def test_a_fraction_that_amounts_to_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, AMOUNTS_TO.format(part="100곳"), "F503", fires=False)
    assert_checked(knowledge, AMOUNTS_TO.format(part="200곳"), "F503", fires=True)


# ------------------------------------------------ a share checked against no whole of it (F503 must not fire)

ONE_ALONE = (
    "가온군의 올해 배 생산량이 2,000톤으로 집계됐다.\n\n"
    "읍면별로는 북면이 900톤으로 가장 많았고 남면 600톤, 나머지 5개 읍면이 500톤을 생산했다. "
    "북면 한 곳이 군 전체 생산량의 45%를 차지한 셈이다."
)


def test_one_member_counted_in_words_is_no_part_of_the_share(knowledge):
    """`북면 한 곳이`: the member alone, not a count of one out of the five other townships (since session 31 the
    subject names its own level of the breakdown before, `900톤` of `2,000톤`: checked, and holding)."""
    result = findings(knowledge, document(ONE_ALONE), select=["F503"], show_passed=True)
    assert "F503" not in [f.rule for f in result.findings], [f.message for f in result.findings]
    assert all("곳" not in p.message for p in result.passed), [p.message for p in result.passed]


TWO_MEMBERS = (
    "한결식품은 올해 유럽 수출액이 8,000만유로로 지난해보다 20% 늘었다.\n\n"
    "3분기 유럽 수출은 3,000만유로로 2분기보다 9% 늘었다.\n\n"
    "나라별로는 독일 2,400만유로, 영국 1,600만유로, 프랑스 1,500만유로, 기타 2,500만유로다. "
    "{subject} 유럽 수출의 {share}를 차지했다."
)


def test_a_share_of_two_named_members_is_not_the_last_listed_part(knowledge):
    """`독일과 영국 두 나라가 …의 50%`: the two members together, not `기타`, the list's last figure."""
    assert_not_checked(knowledge, TWO_MEMBERS.format(subject="독일과 영국 두 나라가", share="50%"), "F503")


# ------------------------------------------------ a part `of the NOUN`, the whole stated with that noun before (F503)

OF_THE_NOUN = (
    "The Lakeside Open drew 60,000 spectators over five days, a record.\n\n"
    "Season-pass holders accounted for {part} of the {noun}, {share}, with the rest buying single tickets."
)


def test_a_share_of_a_noun_stated_before_holds(knowledge):
    assert_checked(
        knowledge, OF_THE_NOUN.format(part="33,000", noun="spectators", share="more than half"), "F503", False
    )
    assert_checked(knowledge, OF_THE_NOUN.format(part="33,000", noun="spectators", share="55%"), "F503", False)


def test_a_wrong_share_of_a_noun_stated_before_fires(knowledge):
    assert_checked(
        knowledge, OF_THE_NOUN.format(part="13,000", noun="spectators", share="more than half"), "F503", True
    )


def test_a_noun_no_figure_counts_links_nothing(knowledge):
    assert_not_checked(knowledge, OF_THE_NOUN.format(part="13,000", noun="tickets", share="more than half"), "F503")


# ------------------------------------------------ a fraction of `the total` right beside its part (F503)

BESIDE = "올해 경매 낙찰총액이 400억원으로 집계됐다.\n\n온라인 경매 낙찰액은 {part}으로 전체의 4분의 1을 차지했다."


def test_a_fraction_of_the_total_beside_its_part_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, BESIDE.format(part="100억원"), "F503", fires=False)
    assert_checked(knowledge, BESIDE.format(part="200억원"), "F503", fires=True)


def test_a_fraction_of_the_total_apart_from_any_part_links_nothing(knowledge):
    """`a third of the total` with no part beside it: the whole by size alone is no reading of it."""
    text = "올해 경매 낙찰총액이 400억원으로 집계됐다.\n\n온라인 경매는 올해도 전체의 4분의 1을 차지했다."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ a share of `전체`, then the part it comes to (F503)

SHARE_THEN_PART = "올해 박물관 관람객은 80만명이었다.\n\n단체 관람객은 전체의 {share}인 {part}이었다."


def test_a_share_of_the_total_then_its_part_holds_and_a_wrong_one_fires(knowledge):
    for share in ("4분의 1가량", "25%"):
        assert_checked(knowledge, SHARE_THEN_PART.format(share=share, part="20만명"), "F503", fires=False)
        assert_checked(knowledge, SHARE_THEN_PART.format(share=share, part="40만명"), "F503", fires=True)


def test_a_share_of_another_year_then_a_figure_links_nothing(knowledge):
    """`지난해의 25%인 P`: a share of last year's figure, not of the story's total."""
    text = "올해 박물관 관람객은 80만명이었다.\n\n단체 관람객은 지난해의 25%인 40만명이었다."
    assert_not_checked(knowledge, text, "F503")


# ------------------------------------------------ a participle setting a share beside its part (F503)

FILLING = "The final drew 6,900, filling {share} of the 7,500 seats at the arena."


def test_a_share_after_a_participle_of_the_whole_after_it_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, FILLING.format(share="92%"), "F503", fires=False)
    assert_checked(knowledge, FILLING.format(share="82%"), "F503", fires=True)


def test_a_verb_that_sets_no_share_links_nothing(knowledge):
    assert_not_checked(knowledge, "Profit was $12m, beating 90% of the 40 forecasts.", "F503")
