"""Dates read in the twenty-eighth session (the elapsed check, F406), general readings:
- a run's length beside the range that bounds it (checker/link/date_spans_general.py): a length of days, weeks or
  months in the range's own sentence, or in the sentence right before or after it after a word of lasting or
  hyphened before its noun, is the time between the range's two ends; a length told from another time, a part of
  the run, a rate's window, a length in years in another sentence, or two lengths in one sentence are not read;
- a range's ends joined by a clause of ending told ahead (`began on 3 May and should end around 20 May`)
  (`[link.range_joiners]`);
- the same vetoes of position drop a length the run readings of checker/link/spans_between_dates.py found beside a
  range (a rate's window, a part of the run, a length in years or one of two in the sentence after it).

Every sentence is written for this file, with invented names and numbers (published 2024-08-27).
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

RULE = "F406"


@pytest.mark.parametrize(
    "text,fires",
    [
        # the length in the sentence after the range, after a word of lasting
        ("The Tarn rowing regatta ran from 4 June to 9 June. It drew 3,100 rowers over six days.", False),
        ("The Tarn rowing regatta ran from 4 June to 9 June. It drew 3,100 rowers over eight days.", True),
        # the length in the sentence before the range
        ("Some 7,400 anglers came over 12 days. The Brisk river contest lasted from May 3 to May 14.", False),
        ("Some 7,400 anglers came over 19 days. The Brisk river contest lasted from May 3 to May 14.", True),
        # hyphened before its noun, in the next sentence
        (
            "Walkers logged 81,000 km between March 2 and July 2, the trust said. It was the best four-month "
            "season the trail has had.",
            False,
        ),
        (
            "Walkers logged 81,000 km between March 2 and July 2, the trust said. It was the best six-month "
            "season the trail has had.",
            True,
        ),
        # the range's end a clause of ending told ahead
        ("The olive picking began on 2 October and should end around 20 October, a 19-day window.", False),
        ("The olive picking began on 2 October and should end around 20 October, a 29-day window.", True),
    ],
)
def test_a_run_length_beside_its_range(knowledge, text, fires):
    assert_checked(knowledge, text, RULE, fires)


# ---------------------------------------------------------------- figures near a range that are not its length

CLEAN = [
    # a length of something else, no word of lasting, in the sentence before the range
    "Day passes stay valid for 30 days. The Tarn fair ran from 4 June to 9 June.",
    # a part of the run
    "The Hollin market ran from 4 April to 29 August. Its first twelve days drew 9,000 shoppers.",
    "The Hollin market ran from 4 April to 29 August. The final three weeks brought 40% of sales.",
    # a length told from another time
    "Hearings ran from April 2 to April 20. The vote came three weeks later.",
    "Hearings ran from April 2 to April 20. Notices went out two weeks before the first one.",
    # a rate's window
    "The Ebb ferry ran from May 1 to May 30. Its seven-day average was 1,200 riders.",
    # a gap between two lengths
    "The Ebb ferry ran from May 1 to May 30. That was 12 days fewer than in 2023.",
    # a length in years beside a range of days
    "The Corrie show ran from 3 to 9 August. It drew its best crowd over five years.",
    # two lengths in the sentence beside the range
    "The Corrie show ran from 3 to 9 August. Stalls stayed over four days and rides over ten days.",
    # a range in another sentence than the adjacent one
    "The Brisk contest ran from May 3 to May 14. Prizes totalled $40,000. Anglers travelled over nine days.",
    # a sentence with its own date beside the range
    "The Brisk contest ran from May 3 to May 14. On June 2 it opened a second lake over 20 days.",
    # the rate of a length
    "Lifeguards worked from June 1 to June 30, for 12 days a month.",
    # dates not joined as a range
    "The pool shut on June 1 after a leak; on June 20 the council voted over nine days of debate.",
    # a Korean count of days told from a time
    "강변 축제는 5월 3일부터 5월 9일까지 열렸다. 준비는 사흘 전 끝났다.",
    # a Korean part of the run
    "강변 축제는 5월 3일부터 5월 12일까지 열렸다. 첫 사흘 동안 관람객 2만 명이 왔다.",
    # a Korean report day after the range
    "야영장 이용객은 올봄(3월 2일∼5월 19일) 4만2천 명이었다고 24일 밝혔다.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_near_a_range_that_are_not_its_length(knowledge, text):
    assert_not_checked(knowledge, text, RULE)
