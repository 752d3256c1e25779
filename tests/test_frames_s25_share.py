"""Shares of a pool (twenty-fifth session, the share lane), each a rule for a construction:
- a bare whole number that opens its sentence after a mark of the parts of the figure before (`Of those, 12 are
  electric`), that `of them` follows (`and 24 of them are empty`) or that `of whom` precedes (`60 singers, of whom
  27 …`) counts the pool's noun: the last count with a noun before it, in its sentence or, after an opener, in the
  sentence right before (checker/extract/quantities.py, `[elided_counts] pool_opener`, `pool_after`, `pool_before`);
  two counts of two nouns coordinated before it (`150 buses and 40 trams`) leave it bare;
- such a part, opening its sentence after `Of those,`, with its share set after its clause by a comma (and `or`),
  is the share of the one level of the sentence before (checker/link/parts_opening_of_which.py); the share may name
  the pool with `of the` (`[link.pool_share_of_the]`);
- a whole, then a part drawn from it by `of them` (`[link.pool_part_marks]`), its clause, then its share after `or`
  or a rate noun naming the part's share (`a vacancy rate of`); a part after `of whom` whose clause runs to a comma
  and `or` before the share (checker/link/part_of_whole_shares.py);
- a share followed by `of those` (or `of the number`) and a verb is of the last level that verb stands right before
  (`planted 60,000 saplings … 15 per cent of those planted`), its part the nearest figure of that noun before the
  share in its sentence (checker/link/shares_of_those_verbed.py, `[link.those_verbed_marks]`);
- a share in the sentence after a list of members is of the member its subject names by the very word, a noun of
  one letter with its particle too (`감이 … 3분의 2가량에 달했다` after `감이 600상자, 사과가 …`;
  checker/link/shares_of_named_members.py), not of the list's last member;
- a Korean percentage stated as the level its clause reaches, then a fraction in words closed by a copula
  (`비중은 29.6%로 10명 중 3명꼴이다`), restates it; so does such a fraction opening the sentence after the
  percentage's, its clause closed as a restatement (`수강생 10명 중 4명이 … 셈이다`,
  `[link.fraction_restating_sentences]`; checker/link/shares_restated_as_fractions.py); a count out of a count in
  digits is read as such a fraction when it is the subject of a clause closed by `셈이다` (`[fractions] among_hedges`),
  and is two counts otherwise.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `W. Of those, P …, or Z`

_CABS = (
    "The Pellham cab firm ran 80 cabs at the end of March, against 72 in 2024. "
    "Of those, 12 are electric models leased from a local dealer, or {rate} of the fleet."
)


@pytest.mark.parametrize("rate,fires", [("15 per cent", False), ("25 per cent", True)])
def test_a_part_opening_on_of_those_is_of_the_level_before(knowledge, rate, fires):
    assert_checked(knowledge, _CABS.format(rate=rate), "F503", fires)


_LAPTOPS = "Volunteers at the Skerne library mended 400 laptops last winter. Of these, 260 went to pupils, {rate}."


@pytest.mark.parametrize("rate,fires", [("65%", False), ("55%", True)])
def test_a_part_opening_on_of_these_then_its_bare_share(knowledge, rate, fires):
    assert_checked(knowledge, _LAPTOPS.format(rate=rate), "F503", fires)


def test_of_those_after_two_coordinated_counts_names_no_pool(knowledge):
    text = "The Hesketh depot has 150 buses and 40 trams. Of those, 24 run on batteries, or 16%."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W, and P of them …, or Z`

_MARINA = "The Brennock marina has 150 berths, and 24 of them are empty this winter, or {rate}."


@pytest.mark.parametrize("rate,fires", [("16%", False), ("26%", True)])
def test_a_part_drawn_by_of_them_then_its_share(knowledge, rate, fires):
    assert_checked(knowledge, _MARINA.format(rate=rate), "F503", fires)


_FLATS = "Wexley Housing Trust lets 250 flats, and 15 of them stood empty in October, a vacancy rate of {rate}."


@pytest.mark.parametrize("rate,fires", [("6%", False), ("9%", True)])
def test_a_vacancy_rate_of_the_part_drawn_by_of_them(knowledge, rate, fires):
    assert_checked(knowledge, _FLATS.format(rate=rate), "F503", fires)


def test_a_part_of_another_noun_is_not_drawn_from_the_pool(knowledge):
    text = "The Brennock marina has 150 berths, and 24 of the boats are empty this winter, or 16%."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `W, of whom P …, or Z`

_SINGERS = "The Brackley youth choir toured with 60 singers this spring, of whom 27 were sopranos, or {rate}."


@pytest.mark.parametrize("rate,fires", [("45%", False), ("55%", True)])
def test_a_part_after_of_whom_then_its_share_after_or(knowledge, rate, fires):
    assert_checked(knowledge, _SINGERS.format(rate=rate), "F503", fires)


def test_a_rate_after_and_is_no_share_of_the_part(knowledge):
    text = "The Brackley youth choir toured with 60 singers this spring, of whom 27 were sopranos, and 55% were girls."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `Z%로 k명 중 m명꼴이다`

_CLUB = "올해 동호회 신입 회원 가운데 50대 비중은 29.6%로 {fraction}이다."


@pytest.mark.parametrize("fraction,fires", [("10명 중 3명꼴", False), ("10명 중 5명꼴", True)])
def test_a_percentage_as_a_level_restated_as_a_fraction(knowledge, fraction, fires):
    assert_checked(knowledge, _CLUB.format(fraction=fraction), "F508", fires)


def test_a_fraction_that_is_a_subject_does_not_restate_the_level(knowledge):
    text = "올해 동호회 신입 회원 가운데 50대 비중은 29.6%로 10명 중 5명꼴이 여성이다."
    assert_not_checked(knowledge, text, "F508")


# ---------------------------------------------------------------- `…Z%에 달했다. k명 중 m명이 … 셈이다`

_CLASS = "구민 바둑교실 수강생 가운데 초등학생은 2,400명으로 전체의 {rate}에 달했다. 10명 중 4명이 초등학생인 셈이다."


@pytest.mark.parametrize("rate,fires", [("40.6%", False), ("52.3%", True)])
def test_a_fraction_in_the_next_sentence_closed_as_a_restatement(knowledge, rate, fires):
    assert_checked(knowledge, _CLASS.format(rate=rate), "F508", fires)


def test_a_count_out_of_a_count_not_closed_as_a_restatement_is_two_counts(knowledge):
    text = "구민 바둑교실 수강생 가운데 초등학생은 2,400명으로 전체의 52.3%에 달했다. 10명 중 4명이 초등학생이다."
    assert_not_checked(knowledge, text, "F508")


# ---------------------------------------------------------------- `P, Z of those VERBed`

_SAPLINGS = (
    "The Tansley estate planted 60,000 saplings this spring, up from 52,000. "
    "Late frost killed 9,000 saplings, {rate} of those planted."
)


@pytest.mark.parametrize("rate,fires", [("15 per cent", False), ("25 per cent", True)])
def test_a_share_of_those_verbed_is_of_the_figure_the_verb_names(knowledge, rate, fires):
    assert_checked(knowledge, _SAPLINGS.format(rate=rate), "F503", fires)


_BOOKS = (
    "The Wrexton library lent 80,000 books in 2025, with fines averaging £3 a loan. "
    "Repairs were needed on 2,400 books costing over £15 each, only {rate} of the number lent."
)


@pytest.mark.parametrize("rate,fires", [("3%", False), ("13%", True)])
def test_a_share_of_the_number_verbed_passes_over_a_figure_of_another_unit(knowledge, rate, fires):
    assert_checked(knowledge, _BOOKS.format(rate=rate), "F503", fires)


def test_a_verb_naming_no_figure_links_nothing(knowledge):
    text = (
        "The Tansley estate planted 60,000 saplings this spring. "
        "Late frost killed 9,000 saplings, 25 per cent of those felled."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_part_of_another_noun_than_the_verbs_figure(knowledge):
    text = (
        "The Tansley estate planted 60,000 oaks and 5,000 beeches this spring. "
        "Late frost killed 900 beeches, 25 per cent of those planted."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `A가 P1, B가 P2 …. A가 전체의 Z를 차지했다`

_ORCHARD = (
    "한울농원이 올가을 판 과일은 모두 900상자였다. 품목별로는 감이 600상자, 사과가 290상자, "
    "자두가 10상자였다. {subject} 전체 판매량의 {fraction}에 달했다."
)


@pytest.mark.parametrize(
    "subject,fraction,fires",
    [("감이", "3분의 2가량", False), ("감이", "4분의 1가량", True), ("사과가", "3분의 1가량", False)],
)
def test_a_share_of_the_member_named_by_a_one_letter_noun(knowledge, subject, fraction, fires):
    assert_checked(knowledge, _ORCHARD.format(subject=subject, fraction=fraction), "F503", fires)
