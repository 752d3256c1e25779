"""Shares of a pool (twenty-fifth session, the share lane), each a rule for a construction:
- a bare whole number that opens its sentence after a mark of the parts of the figure before (`Of those, 100 are
  outlets`), that `of them` follows (`and 24 of them are empty`) or that `of whom` precedes (`300 pickers, of whom
  90 …`) counts the pool's noun: the last count with a noun before it, in its sentence or, after an opener, in the
  sentence right before (checker/extract/quantities.py, `[elided_counts] pool_opener`, `pool_after`, `pool_before`);
  two counts of two nouns coordinated before it (`150 buses and 40 trams`) leave it bare;
- such a part, opening its sentence after `Of those,`, with its share set after its clause by a comma (and `or`),
  is the share of the one level of the sentence before (checker/link/parts_opening_of_which.py); the share may name
  the pool with `of the` (`[link.pool_share_of_the]`);
- a whole, then a part drawn from it by `of them` (`[link.pool_part_marks]`), its clause, then its share after `or`
  or a rate noun naming the part's share (`a vacancy rate of`); a part after `of whom` whose clause runs to a comma
  and `or` before the share (checker/link/part_of_whole_shares.py);
- a share followed by `of those` (or `of the number`) and a verb is of the last level that verb stands right before
  (`issued 50,000 fines … 8 per cent of those issued`), its part the nearest figure of that noun before the share in
  its sentence (checker/link/shares_of_those_verbed.py, `[link.those_verbed_marks]`);
- a share in the sentence after a list of members is of the member its subject names by the very word, a noun of
  one letter with its particle too (`개가 … 3분의 2가량을 차지했다` after `개가 1,200마리, 고양이가 …`;
  checker/link/shares_of_named_members.py), not of the list's last member;
- a Korean percentage stated as the level its clause reaches, then a fraction in words closed by a copula
  (`비중은 29.6%로 10명 중 3명꼴이다`), restates it; so does such a fraction opening the sentence after the
  percentage's, its clause closed as a restatement (`10명 중 6명 이상이 … 셈이다`,
  `[link.fraction_restating_sentences]`; checker/link/shares_restated_as_fractions.py); a count out of a count in
  digits is read as such a fraction when it is the subject of a clause closed by `셈이다` (`[fractions] among_hedges`),
  and is two counts otherwise.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `W. Of those, P …, or Z`

_BAKERIES = (
    "The Corran bakery chain ended the year with 500 shops, up from 455, after buying a rival. "
    "Of those, 100 are airport kiosks with their own ovens, or {rate} of the estate."
)


@pytest.mark.parametrize("rate,fires", [("20 per cent", False), ("30 per cent", True)])
def test_a_part_opening_on_of_those_is_of_the_level_before(knowledge, rate, fires):
    assert_checked(knowledge, _BAKERIES.format(rate=rate), "F503", fires)


_OWLS = "The Tolmer rescue centre took in 540 owls in the year. Of these, 351 were released back into the wild, {rate}."


@pytest.mark.parametrize("rate,fires", [("65%", False), ("55%", True)])
def test_a_part_opening_on_of_these_then_its_bare_share(knowledge, rate, fires):
    assert_checked(knowledge, _OWLS.format(rate=rate), "F503", fires)


def test_of_those_after_two_coordinated_counts_names_no_pool(knowledge):
    text = "The Hesketh depot has 150 buses and 40 trams. Of those, 24 run on batteries, or 16%."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W, and P of them …, or Z`

_MARINA = "The Brennock marina has 150 berths, and 24 of them are empty this winter, or {rate}."


@pytest.mark.parametrize("rate,fires", [("16%", False), ("26%", True)])
def test_a_part_drawn_by_of_them_then_its_share(knowledge, rate, fires):
    assert_checked(knowledge, _MARINA.format(rate=rate), "F503", fires)


_POSTS = "The Ardley control room has 160 call-handler posts, and 32 of them are vacant, a vacancy rate of {rate}."


@pytest.mark.parametrize("rate,fires", [("20%", False), ("30%", True)])
def test_a_vacancy_rate_of_the_part_drawn_by_of_them(knowledge, rate, fires):
    assert_checked(knowledge, _POSTS.format(rate=rate), "F503", fires)


def test_a_part_of_another_noun_is_not_drawn_from_the_pool(knowledge):
    text = "The Brennock marina has 150 berths, and 24 of the boats are empty this winter, or 16%."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W, of whom P …, or Z`

_PICKERS = "The Dunmore orchard employed 300 pickers in August, of whom 90 were on seasonal visas, or {rate}."


@pytest.mark.parametrize("rate,fires", [("30%", False), ("40%", True)])
def test_a_part_after_of_whom_then_its_share_after_or(knowledge, rate, fires):
    assert_checked(knowledge, _PICKERS.format(rate=rate), "F503", fires)


def test_a_rate_after_and_is_no_share_of_the_part(knowledge):
    text = "The Dunmore orchard employed 300 pickers in August, of whom 90 were on seasonal visas, and 40% were local."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `Z%로 k명 중 m명꼴이다`

_CLUB = "올해 동호회 신입 회원 가운데 50대 비중은 29.6%로 {fraction}이다."


@pytest.mark.parametrize("fraction,fires", [("10명 중 3명꼴", False), ("10명 중 5명꼴", True)])
def test_a_percentage_as_a_level_restated_as_a_fraction(knowledge, fraction, fires):
    assert_checked(knowledge, _CLUB.format(fraction=fraction), "F508", fires)


def test_a_fraction_that_is_a_subject_does_not_restate_the_level(knowledge):
    text = "올해 동호회 신입 회원 가운데 50대 비중은 29.6%로 10명 중 5명꼴이 여성이다."
    assert_not_checked(knowledge, text, "F508")


# ---------------------------------------------------------------- `…Z%를 차지했다. k명 중 m명이 … 셈이다`

_FERRY = "여객선 이용객은 65세 이상이 3만1천명으로 전체의 {rate}를 차지했다. 10명 중 6명 이상이 노인인 셈이다."


@pytest.mark.parametrize("rate,fires", [("64.2%", False), ("54.2%", True)])
def test_a_fraction_in_the_next_sentence_closed_as_a_restatement(knowledge, rate, fires):
    assert_checked(knowledge, _FERRY.format(rate=rate), "F508", fires)


def test_a_count_out_of_a_count_not_closed_as_a_restatement_is_two_counts(knowledge):
    text = "여객선 이용객은 65세 이상이 3만1천명으로 전체의 54.2%를 차지했다. 10명 중 6명 이상이 노인이다."
    assert_not_checked(knowledge, text, "F508")


# ---------------------------------------------------------------- `P, Z of those VERBed`

_FINES = (
    "The Halden council issued 50,000 parking fines in the year, up from 46,000. "
    "Drivers appealed against 4,000 fines, {rate} of those issued."
)


@pytest.mark.parametrize("rate,fires", [("8 per cent", False), ("18 per cent", True)])
def test_a_share_of_those_verbed_is_of_the_figure_the_verb_names(knowledge, rate, fires):
    assert_checked(knowledge, _FINES.format(rate=rate), "F503", fires)


_CLAIMS = (
    "The Varrow insurer settled 80,000 claims in the year, at an average of £700 each. "
    "Large claims were rare: the 1,600 claims above £10,000 were just {rate} of the number settled."
)


@pytest.mark.parametrize("rate,fires", [("2%", False), ("12%", True)])
def test_a_share_of_the_number_verbed_passes_over_a_figure_of_another_unit(knowledge, rate, fires):
    assert_checked(knowledge, _CLAIMS.format(rate=rate), "F503", fires)


def test_a_verb_naming_no_figure_links_nothing(knowledge):
    text = (
        "The Halden council issued 50,000 parking fines in the year. "
        "Drivers appealed against 4,000 fines, 18 per cent of those received."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_part_of_another_noun_than_the_verbs_figure(knowledge):
    text = (
        "The Halden council issued 50,000 fines and 3,000 warnings in the year. "
        "Drivers appealed against 400 warnings, 18 per cent of those issued."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `A가 P1, B가 P2 …. A가 전체의 Z를 차지했다`

_SHELTER = (
    "보람시 보호소에서 입양된 동물은 1,800마리였다. 입양된 동물 가운데 개가 1,200마리, 고양이가 560마리, "
    "기타 동물이 40마리였다. {subject} 전체 입양의 {fraction}을 차지했다."
)


@pytest.mark.parametrize(
    "subject,fraction,fires",
    [("개가", "3분의 2가량", False), ("개가", "4분의 1가량", True), ("고양이가", "3분의 1가량", False)],
)
def test_a_share_of_the_member_named_by_a_one_letter_noun(knowledge, subject, fraction, fires):
    assert_checked(knowledge, _SHELTER.format(subject=subject, fraction=fraction), "F503", fires)
