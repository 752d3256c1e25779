"""Review of the fifty-seventh session's lead (its later readings): the guards its review found wanting.

- A change is not looked for past sentences of no figure of its prior's unit (that reading was taken out: it undid
  the decision that a change whose subject the level's sentence does not write is not that level's change); the
  review's near misses stay as guards (`관광객 8만 명이 찾았다. 행사장은 강변이다. 자원봉사자는 지난해 500명보다 100명
  늘었다`: the volunteers' change is not of the visitors' level).
- A length after the run named back (`That is 42 days.`) is the run's only when it closes its clause (`That is 40 days
  in jail`, `That is two weeks short of …`: another time's).
- The other readings, on the review's own cases: `along with` joining a member before a list's total, `It is worth …`
  opening a sentence, a share naming back the total after a listed part (`, 30 per cent of them.`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

from helpers import assert_checked, assert_not_fired, assert_not_linked

GROWTH, DIFFERENCE, SUM, SHARE, ELAPSED = "F301", "F305", "F302", "F503", "F406"


# --- a change's level past sentences: none ------------------------------------------------------


def test_a_level_far_off_the_prior_past_a_sentence_is_another_things(knowledge):
    text = (
        "축제에는 사흘 동안 관광객 8만 명이 찾았다. 행사장은 강변 공원이다. "
        "자원봉사자는 지난해 500명보다 100명(20%) 늘었다."
    )
    assert_not_fired(knowledge, text, GROWTH)
    assert_not_fired(knowledge, text, DIFFERENCE)


# --- `That is 42 days`: only a length closing its clause --------------------------------------------------------------

_POLL = "Voting on the Ardley plan opened on 2 September and closed on 14 October. That is {days} days in all."


def test_a_length_named_back_closing_its_clause_is_the_runs(knowledge):
    assert_checked(knowledge, _POLL.format(days="42"), ELAPSED, fires=False)
    assert_checked(knowledge, _POLL.format(days="72"), ELAPSED, fires=True)


def test_a_length_named_back_going_on_is_another_times(knowledge):
    trial = "The Holm trial ran from 1 July to 20 July. That is 40 days in jail for each of the men."
    assert_not_linked(knowledge, trial, ELAPSED)
    pool = "The Cray pool was open from 1 June to 30 June. That is 2 weeks short of the usual season."
    assert_not_linked(knowledge, pool, ELAPSED)


# --- the other readings on the review's cases ------------------------------------------------------------------------

_ALONG = "The council spent £40,000 on the Wexley hall, along with £10,000 on its car park, £{total} in all."


def test_along_with_joins_a_sum_of_money(knowledge):
    assert_checked(knowledge, _ALONG.format(total="50,000"), SUM, fires=False)
    assert_checked(knowledge, _ALONG.format(total="80,000"), SUM, fires=True)


def test_along_with_before_another_tally_is_no_list(knowledge):
    text = "The Pyle bakery sold 900 loaves on Saturday, along with 300 cakes, and took 1,500 orders in all this week."
    assert_not_fired(knowledge, text, SUM)


_OF_THEM = (
    "The Corran walks drew 1,500 people this summer. Of the walkers, 900 were adults and 600 were children, "
    "{share} per cent of them."
)


def test_a_share_naming_them_back_after_a_listed_part(knowledge):
    assert_checked(knowledge, _OF_THEM.format(share="40"), SHARE, fires=False)
    assert_checked(knowledge, _OF_THEM.format(share="30"), SHARE, fires=True)


def test_a_share_of_the_part_itself_is_not_the_parts_share(knowledge):
    text = _OF_THEM.format(share="30").replace("of them.", "of them girls.")
    assert_not_fired(knowledge, text, SHARE)


_WORTH = (
    "Brask Yards won a £50m deal to build two ferries.\nThe yard's order book is £250m. It was worth {share} of that "
    "total."
)


def test_it_was_worth_opening_a_sentence_after_a_line_break(knowledge):
    assert_checked(knowledge, _WORTH.format(share="a fifth"), SHARE, fires=False)
    assert_checked(knowledge, _WORTH.format(share="half"), SHARE, fires=True)


def test_it_is_worth_before_no_share_names_no_deal(knowledge):
    text = (
        "Brask Yards won a £50m deal. The yard's order book is £250m. It is worth noting that 60% of staff are local."
    )
    assert_not_fired(knowledge, text, SHARE)


def test_a_sentence_of_two_figures_of_the_unit_past_a_sentence_names_no_level(knowledge):
    # (all visitors or the foreign ones: which one the change is of is not said)
    text = (
        "지난해 방문객 수는 8만 2000명이었고 외국인 방문객 수는 2만 1000명이었다. 방문객 감소가 눈에 띄었다. "
        "2024년 8만 8000명에서 6.8% 줄었다."
    )
    assert_not_linked(knowledge, text, GROWTH)
