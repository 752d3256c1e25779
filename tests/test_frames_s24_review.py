"""Review of the twenty-fourth session's first-round constructions: clean near-misses each widened rule misread,
and the narrowing that keeps them unlinked (the lanes' own must-fire cases stay in their files):
- a running total brought up from a sentence before (checker/link/tallies.py) is not brought up from an amount
  dated to the period before (`… reached $8m last year. …, taking total income to $14m`: `[link.prior_after]`);
- a part rate in the next sentence (checker/link/shares_of_part_rates.py) opens it, or a clause of it after a comma:
  `전국 평균 집행률은` names another pair's rate;
- a share resumed after a comma (checker/link/shares_of_a_stated_whole.py) by `which` only right after the part's own
  noun (further on it stands for the noun before it), and never by `will` or `would` (a share in another mood);
- a span of days set after a comma (`[link.span_days]`) is not `eight days of it`: some days of a longer span;
- a percentage's noun phrase narrowed past its group by a place, a source or a means (`9% of inspections on
  motorways`: `[link.noun_group_restricting_stops]`) is of a subset, not of the figure named by its noun alone
  (checker/link/fractions_of_named_wholes.py);
- an average per day written after a part of the span as its topic (`특히 주말에는 하루로 치면 …꼴`, `On weekends …
  an average of … a day`: `[link.span_subset_topics]`) is that part's, no total over the whole span divides it
  (checker/link/span_averages.py; the Korean restating mark `하루로 치면` is this session's).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a running total, an amount of the year before


def test_running_total_is_not_brought_up_from_last_years_amount(knowledge):
    text = (
        "Ticket sales at the Marlow Lido reached $8m last year. "
        "This spring the kiosks added $2m and parking $1m, taking total income to $14m."
    )
    assert_not_checked(knowledge, text, "F302")


def test_running_total_from_an_undated_amount_still_fires(knowledge):
    text = (
        "Ticket sales at the Marlow Lido reached $8m. "
        "The kiosks added $2m and parking $1m, taking total income to $14m."
    )
    assert_checked(knowledge, text, "F302", True)


# ---------------------------------------------------------------- a part rate in the next sentence, another pair's


def test_a_rate_of_another_pair_in_the_next_sentence_is_not_the_pairs(knowledge):
    text = "솔빛군은 올해 예산 38억원 가운데 25억원을 썼다. 전국 평균 집행률은 72%다."
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize(
    "text",
    [
        "솔빛군은 올해 예산 38억원 가운데 25억원을 썼다. 집행률은 {rate}다.",
        "솔빛군은 올해 예산 38억원 가운데 25억원을 썼다. 집행 속도는 예년보다 빨랐고, 집행률은 {rate}다.",
    ],
)
@pytest.mark.parametrize("rate,fires", [("65.8%", False), ("72%", True)])
def test_a_rate_opening_the_next_sentence_or_its_clause_is_still_the_pairs(knowledge, text, rate, fires):
    assert_checked(knowledge, text.format(rate=rate), "F503", fires)


# ---------------------------------------------------------------- a share resumed after a comma


@pytest.mark.parametrize(
    "text",
    [
        # (`which` after another noun: the library's share of the budget, not the repaving's)
        "The city spent $2m repaving the central library, which accounts for 8% of the $40m culture budget.",
        # (`will cover`: a share over the bridge's life, not of a year's takings)
        "The toll brings in $8m a year, and will cover 10% of the $120m the bridge costs over its life.",
    ],
)
def test_a_share_resumed_after_another_noun_or_in_another_mood_is_not_the_parts(knowledge, text):
    assert_not_checked(knowledge, text, "F503")


@pytest.mark.parametrize("rate,fires", [("a third", False), ("20%", True)])
def test_which_right_after_the_parts_noun_still_resumes_it(knowledge, rate, fires):
    text = f"The Oakley ferry collected $4m in fees, which covers {rate} of the $12m bill."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- a span of days after a comma, some days of it


def test_some_days_of_a_longer_span_are_not_the_span_an_average_divides(knowledge):
    text = (
        "The Wexcombe show ran from 1 June to 30 June, eight days of it in heavy rain, and drew 96,000 visitors, "
        "an average of 3,200 a day."
    )
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- `P of NOUN on …`, a subset of the noun's whole


def test_a_share_of_a_narrowed_noun_is_not_of_the_whole_its_noun_names(knowledge):
    text = (
        "Wardens logged 1.8 million parking inspections last year. "
        "Drivers were fined after 45,000 inspections, 12% of inspections on red routes."
    )
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- an average of a part of the span


@pytest.mark.parametrize(
    "text",
    [
        "한빛시 빛축제는 12일 동안 열려 관람객 36만명이 찾았다. 특히 주말에는 하루로 치면 5만명꼴이 몰렸다.",
        "The Harwick kite festival ran for 12 days and drew 36,000 visitors. "
        "On weekends it drew an average of 5,000 a day.",
    ],
)
def test_an_average_of_a_part_of_the_span_is_not_of_its_total(knowledge, text):
    assert_not_checked(knowledge, text, "F312")


def test_an_average_restating_the_whole_span_still_fires(knowledge):
    text = "한빛시 빛축제는 12일 동안 열려 관람객 36만명이 찾았다. 하루로 치면 5만명꼴이다."
    assert_checked(knowledge, text, "F312", True)
