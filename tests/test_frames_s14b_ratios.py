"""Figures per unit read across sentences (fourteenth session, second round), each a rule for a construction:
- an amount restated per unit past the total's own comparisons (`rose to £30.0m from £25.0m, an increase of
  £5.0m, which works out at about £12 a visitor`): the change between is the total's, not the total;
- a verb restating an amount per unit (`works out at`, `equal to`: `[link.per_unit_restating_before]`) marks the
  noun after the figure (`£12 a visitor`), as an average does; `for every ride` as `a ride`; a time aside (`£500,000
  a week`);
- a sentence opening that restates the sentence before (`That equals about £12 per visitor`:
  `[link.per_unit_restating_openers]`) divides that sentence's one amount (the one its changes are of);
- two counts of the noun's name, of two values, before the figure: which one is not said, no link;
- one of the noun as the subject (`차량 한 대가 한 해 1,000만원을 벌어들인 셈`) is a per-unit mark of that noun
  (`[link.per_unit_noun_before]`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- restated past the total's comparisons (F317)

PAST_COMPARISONS = (
    "Calder Park welcomed 2.50 million visitors last year, up 10% from 2.27 million.\n\n"
    "Ticket income rose to £30.0m from £25.0m, an increase of £5.0m, which works out at about {rate} per visitor."
)


def _per_unit(text, knowledge):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text for c in found}
    return {c.text: (by_id.get(c.per_unit_of), by_id.get(c.units_of)) for c in found if c.per_unit_of}


def test_a_total_restated_past_its_comparisons_is_divided(knowledge):
    assert_checked(knowledge, PAST_COMPARISONS.format(rate="£12"), "F317", fires=False)


def test_a_wrong_figure_restated_past_its_comparisons_fires(knowledge):
    assert_checked(knowledge, PAST_COMPARISONS.format(rate="£15"), "F317", fires=True)


def test_the_restated_total_is_the_level_not_its_change(knowledge):
    links = _per_unit(PAST_COMPARISONS.format(rate="£12"), knowledge)
    assert links["about £12"] == ("£30.0m", "2.50 million visitors")


# ---------------------------------------------------------------- `a visitor`, `for every ride` (F317)

A_VISITOR = PAST_COMPARISONS.replace("per visitor.", "a visitor.")
FOR_EVERY = (
    "Riders took 4.00 million trips on the Harlow city bikes last year, 12% more than in 2024.\n\n"
    "The council paid the £6.0m gap, or about {rate} for every ride."
)


def test_a_figure_a_noun_is_per_that_noun(knowledge):
    assert_checked(knowledge, A_VISITOR.format(rate="£12"), "F317", fires=False)


def test_a_wrong_figure_a_noun_fires(knowledge):
    assert_checked(knowledge, A_VISITOR.format(rate="£15"), "F317", fires=True)


def test_a_figure_for_every_noun_is_per_that_noun(knowledge):
    assert_checked(knowledge, FOR_EVERY.format(rate="£1.50"), "F317", fires=False)
    assert_checked(knowledge, FOR_EVERY.format(rate="£1.90"), "F317", fires=True)


def test_a_figure_a_week_is_no_figure_per_unit(knowledge):
    text = (
        "Calder Park welcomed 2.50 million visitors last year, up 10% from 2.27 million.\n\n"
        "Ticket income rose to £30.0m from £25.0m, an increase of £5.0m, which works out at about £580,000 a week."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `That equals …` restates the sentence before (F317)

RESTATING = (
    "Calder Park welcomed 2.50 million visitors last year, up 10% from 2.27 million.\n\n"
    "The park opened for 30 weeks. Ticket income rose 20 per cent to £30.0m, up £5.0m on the £25.0m of last "
    "year. {opening} about {rate} per visitor."
)


def test_a_sentence_restating_the_total_per_unit_is_divided(knowledge):
    assert_checked(knowledge, RESTATING.format(opening="That equals", rate="£12"), "F317", fires=False)


def test_a_wrong_restatement_per_unit_fires(knowledge):
    assert_checked(knowledge, RESTATING.format(opening="That equals", rate="£15"), "F317", fires=True)


def test_the_restated_total_is_the_amount_the_changes_are_of(knowledge):
    links = _per_unit(RESTATING.format(opening="This works out at", rate="£12"), knowledge)
    assert links["about £12"] == ("£30.0m", "2.50 million visitors")


def test_a_sentence_not_restating_takes_no_total_before(knowledge):
    text = RESTATING.format(opening="Guests in the cafe spent", rate="£12")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- two counts of one name near: no link (F317)


def test_two_counts_of_the_nouns_name_near_leave_the_count_unsaid(knowledge):
    text = (
        "Dunmore council repaired 40,000 potholes in the year to March, 20% more than the year before.\n\n"
        "Drivers reported 52,000 potholes during the year, leaving 12,000 still open.\n\n"
        "The council spent £6.0m on the work, a fifth more than the £5.0m of last year, or about £115 per pothole."
    )
    assert_not_checked(knowledge, text, "F317")


# -------------------------------------------------------- `차량 한 대가 … 벌어들인 셈`: one as the subject (F317)

ONE_AS_SUBJECT = (
    "누리렌터카의 보유 차량은 2만대로 1년 전보다 10% 늘었다. 전기차 비중은 30%였다. "
    "지난해 매출은 2,000억원으로 차량 한 대가 한 해 {rate}을 벌어들인 셈이다."
)


def test_one_of_the_noun_as_subject_is_per_that_noun(knowledge):
    assert_checked(knowledge, ONE_AS_SUBJECT.format(rate="1,000만원"), "F317", fires=False)


def test_a_wrong_figure_for_one_of_the_noun_fires(knowledge):
    assert_checked(knowledge, ONE_AS_SUBJECT.format(rate="1,500만원"), "F317", fires=True)


def test_one_of_a_count_giving_an_amount_is_no_figure_per_unit(knowledge):
    text = "한빛병원 응급실을 찾은 환자는 지난해 3만명이었다. 이 가운데 한 명이 500만원을 기부했다."
    assert_not_checked(knowledge, text, "F317")
