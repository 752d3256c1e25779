"""Shares and sums stated within one sentence or neighbouring sentences (thirty-eighth session, lane `near`):
readings widened to constructions copy writes often, each with its broken variant reported and its near misses
left unread.

- `W, of which the shop took P, or X`: the mark that parts follow may open a clause (its subject and verb) before
  the share and its part (checker/link/apposed_pool_shares.py).
- `turned over W, up N% from V. Sales abroad came to P of that, X`: a share pointing back past the level's move from
  a prior is a share of the level, not of the prior (checker/link/shares_of_them.py).
- `… account for P of them, X in all`: the amount after a share pointing back restates its part; it is no total of
  the figures listed before the share (checker/link/totals.py).
- `… 모두 X원이었다. 예산 W원의 P%를 쓴 셈이다`: of several levels of the sentence before a restating share, the one
  marked as a total (`[link.total_marks]`) is its part (checker/link/restated_shares.py).
- `W곳 가운데 X곳이 … 피해 농가 비율은 P%`: a rate noun opening the next sentence after a noun the pair's sentence
  names; `저수율` a rate of a part in its whole (checker/link/shares_of_part_rates.py, `[link.part_rate_nouns]`).
- `W 가운데 P이 …, 다섯 명 중 네 명꼴이다`: a fraction drawn from a pool by its own words right after the pair, in its
  sentence or opening the next, restates the part over the whole (checker/link/shares_of_part_rates.py).
- `will take X, or P of that`: a part, then its share pointing back to the whole before it, the demonstrative
  closing the clause, not `of the total` (checker/link/shares_of_them.py).
- `A, B and C, making up the T`: the list makes up the figure after the mark (`[link.total_marks]`,
  checker/link/totals.py).
- `has N and plans to recruit six more, taking the workforce to T by next spring`: a sum reached may close on the
  time it is reached by, and an amount added in words, in a sentence of no other count, counts what the sum does
  (checker/extract/quantities.py `_read_sums_reached`; `took on`, `will add`: `[link.addition_verbs]`); `the total
  to T` marks no whole of the figures after it (`[link.whole_marks]`).
- `which opened in YEAR, said this was its tenth season`: the season the story closes is the current one
  (`[link.season_now]`, checker/link/season_ordinals.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

SUM, SHARE = "F302", "F503"

# ---------------------------------------------------------------- `of which` opening a clause before the pair


@pytest.mark.parametrize("part,fires", [("€2.7 million", False), ("€3.4 million", True)])
def test_of_which_then_a_clause_then_share_and_part_en(knowledge, part, fires):
    text = (
        "The Dunmore glassworks had sales of €6 million last year, of which the Madrid shop took 45 per cent, "
        f"or {part}."
    )
    assert_checked(knowledge, text, SHARE, fires)


def test_of_which_then_a_share_and_another_part_is_no_pair_en(knowledge):
    text = (
        "The Dunmore glassworks had sales of €6 million last year, of which the Madrid shop took 45 per cent, "
        "and grants €900,000."
    )
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- `that` after a level's move from a prior


@pytest.mark.parametrize("part,fires", [("€3 million", False), ("€2.4 million", True)])
def test_share_of_that_after_a_move_from_a_prior_en(knowledge, part, fires):
    text = (
        "Olvera Tiles turned over €5 million in 2025, up 25 per cent from €4 million in 2024. "
        f"Sales abroad came to 60 per cent of that, {part}."
    )
    assert_checked(knowledge, text, SHARE, fires)


_ROWERS = (
    "The Kestrel Lane rowing club counts 600 members this year, up 50 per cent from 400 in 2021, and juniors "
    "account for 65 per cent of them, {part} in all."
)


@pytest.mark.parametrize("part,fires", [("390", False), ("330", True)])
def test_share_of_them_after_a_move_from_a_prior_en(knowledge, part, fires):
    assert_checked(knowledge, _ROWERS.format(part=part), SHARE, fires)


def test_an_amount_restating_a_share_is_no_total_of_the_list_en(knowledge):
    assert_not_checked(knowledge, _ROWERS.format(part="390"), SUM)


@pytest.mark.parametrize("total,fires", [("740", False), ("760", True)])
def test_a_list_then_in_all_still_adds_up_en(knowledge, total, fires):
    text = f"The Kestrel Lane club sold 420 raffle tickets and 320 programmes, {total} in all."
    assert_checked(knowledge, text, SUM, fires)


# ---------------------------------------------------------------- a restating share of the level marked a total (ko)

_UNIFORMS = (
    "교복 한 벌 값이 30만 원이라 학생 한 명에 60만 원꼴이 들었고, 들녘군이 올해 준 교복 지원금은 {mark}6억 원이었다. "
    "올해 책정한 예산 8억 원의 {share}를 벌써 쓴 셈이다."
)


@pytest.mark.parametrize("share,fires", [("75%", False), ("60%", True)])
def test_restated_share_of_the_total_among_levels_ko(knowledge, share, fires):
    assert_checked(knowledge, _UNIFORMS.format(mark="모두 ", share=share), SHARE, fires)


def test_restated_share_among_levels_none_marked_ko(knowledge):
    assert_not_checked(knowledge, _UNIFORMS.format(mark="", share="60%"), SHARE)


# ---------------------------------------------------------------- a rate noun of the pair's noun (ko)

_HAIL = "지난달 우박이 쏟아진 달내군에서는 인삼 재배 농가 300곳 가운데 240곳이 밭을 망쳤다. {rate}"


@pytest.mark.parametrize("rate,fires", [("80.0%", False), ("70.0%", True)])
def test_rate_noun_after_the_pairs_noun_in_the_next_sentence_ko(knowledge, rate, fires):
    assert_checked(knowledge, _HAIL.format(rate=f"피해 농가 비율은 {rate}에 이른다."), SHARE, fires)


def test_rate_noun_after_another_noun_is_another_pairs_ko(knowledge):
    assert_not_checked(knowledge, _HAIL.format(rate="전국 평균 비율은 60.0%다."), SHARE)


@pytest.mark.parametrize("rate,fires", [("30%", False), ("45%", True)])
def test_storage_rate_of_the_pair_ko(knowledge, rate, fires):
    text = f"가뭄이 길어지면서 솔내댐은 총저수량 1천250만t 가운데 375만t이 남아, 저수율이 {rate}에 머물렀다."
    assert_checked(knowledge, text, SHARE, fires)


# ---------------------------------------------------------------- `making up the` total after a list (en)


@pytest.mark.parametrize("total,fires", [("£75,000", False), ("£85,000", True)])
def test_a_list_making_up_the_total_en(knowledge, total, fires):
    text = (
        "At the Harrowgate fair the cake stall took £40,000, the tombola £20,000 and the raffle £15,000, making up "
        f"the {total} raised."
    )
    assert_checked(knowledge, text, SUM, fires)


def test_making_up_a_share_is_no_total_en(knowledge):
    text = "The cake stall took £40,000 and the tombola £20,000, making up the 40 per cent of takings the fair kept."
    assert_not_checked(knowledge, text, SUM)


# ---------------------------------------------------------------- an addition, then the sum it brings a staff to (en)


@pytest.mark.parametrize("total,fires", [("46", False), ("49", True)])
def test_a_sum_reached_by_a_time_en(knowledge, total, fires):
    text = (
        "The Ardley forge has 40 smiths on its books and plans to recruit six more, taking the workforce to "
        f"{total} by next spring."
    )
    assert_checked(knowledge, text, SUM, fires)


@pytest.mark.parametrize("total,fires", [("46", False), ("49", True)])
def test_an_addition_in_words_after_the_level_stated_before_en(knowledge, total, fires):
    text = (
        "The Ardley forge has 40 smiths on its books. This winter it will recruit six more, bringing the forge "
        f"to {total}."
    )
    assert_checked(knowledge, text, SUM, fires)


def test_a_sum_reached_with_no_addition_is_no_sum_en(knowledge):
    text = (
        "The Ardley forge has 40 smiths on its books. A second furnace is planned, bringing the forge to 46 by "
        "next spring."
    )
    assert_not_checked(knowledge, text, SUM)


def test_a_total_reached_is_no_whole_of_the_figures_after_it_en(knowledge):
    text = (
        "Pinecrest Council will add 30 water fountains to its parks, taking the total to 90, after a trial that "
        "handed out 7,200 litres of water in its first summer."
    )
    assert_not_checked(knowledge, text, "F504")


# ---------------------------------------------------------------- `this was its Nth season` (en)


@pytest.mark.parametrize("year,fires", [("2015", False), ("2011", True)])
def test_this_was_its_nth_season_counts_from_the_opening_en(knowledge, year, fires):
    # (the helpers' documents are published in 2024: 2015 to 2024 is the tenth season counted with both ends)
    text = f"The Brynmor lido, which opened in {year}, said this was its tenth season of open-air swimming."
    assert_checked(knowledge, text, "F406", fires)


def test_this_was_its_nth_year_is_no_season_en(knowledge):
    text = "The Brynmor lido, which opened in 2011, said this was its tenth year of open-air swimming."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `N 중 M꼴` after the pair it restates (ko)


@pytest.mark.parametrize("share,fires", [("다섯 명 중 네 명꼴", False), ("다섯 명 중 세 명꼴", True)])
def test_one_in_n_after_the_pair_in_its_sentence_ko(knowledge, share, fires):
    text = f"나루군 해수욕장 안전요원 15명 가운데 12명이 대학생으로, {share}이다."
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("share,fires", [("열 그루 중 한 그루꼴", False), ("다섯 그루 중 한 그루꼴", True)])
def test_one_in_n_opening_the_next_sentence_ko(knowledge, share, fires):
    text = f"솔가람군 가로수는 12만 그루로, 이 가운데 벚나무가 1만2천 그루다. {share}이 벚나무인 셈이다."
    assert_checked(knowledge, text, SHARE, fires)


def test_a_half_after_the_pair_may_be_of_another_whole_ko(knowledge):
    text = "나루군 산악회 회원 300명 가운데 120명이 여성이고, 절반은 읍내에 산다."
    assert_not_checked(knowledge, text, SHARE)


# ---------------------------------------------------------------- a part, then its share pointing back (en)


@pytest.mark.parametrize("share,fires", [("20 per cent", False), ("30 per cent", True)])
def test_part_then_share_of_that_en(knowledge, share, fires):
    text = (
        "Tarnbeck's slate quarry produces about 50 tonnes a year, and restoring the chapel roof will take 10 "
        f"tonnes, or {share} of that."
    )
    assert_checked(knowledge, text, SHARE, fires)


@pytest.mark.parametrize("share,fires", [("a third", False), ("a quarter", True)])
def test_part_then_fraction_of_that_en(knowledge, share, fires):
    text = f"Ravensgill spins 45 tonnes of yarn in a year, and the hotel contract needs 15 tonnes, {share} of that."
    assert_checked(knowledge, text, SHARE, fires)


def test_part_larger_than_the_figure_before_is_no_share_of_that_en(knowledge):
    text = (
        "Ravensgill spins 45 tonnes of yarn in a year. The hotel contract needs 50 tonnes of cotton, or 20 per "
        "cent of that."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_part_then_share_of_the_total_is_no_share_of_the_figure_before_en(knowledge):
    text = (
        "At the Ostrava works, steel made up 1.12 million tonnes and iron 1.02 million tonnes, or 48 per cent of "
        "the total."
    )
    assert_not_checked(knowledge, text, SHARE)


def test_a_share_of_those_with_words_after_is_of_no_figure_en(knowledge):
    text = (
        "Ravensgill spins 45 tonnes of yarn in a year. The hotel contract needs 15 tonnes, or 40 per cent of "
        "those dyed in spring."
    )
    assert_not_checked(knowledge, text, SHARE)
