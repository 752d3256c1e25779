"""A review's findings in the growth and difference rules of issues 11 and 12: a lead's rate read only in the lead
and of the value's metric, a comparison of points that opens its sentence and is of the level's metric, and an
election swing that is no gap between the rates stated. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

from checker.link.points_appended import link_points_appended

# ---------------------------------------------------------------- lead rates: the lead only, the value's metric

_HEADED_EN = (
    "Harbour Freight profit climbs\n\n"
    "Harbour Freight said its annual profit rose {rate}. Net income was $230 million, compared with "
    "$200 million a year earlier."
)
_HEADED_KO = (
    "동해해운 순이익 증가\n\n동해해운의 상반기 순이익이 {rate} 늘었다. 순이익은 460억원으로 1년 전 400억원보다 많았다."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_HEADED_EN.format(rate="15%"), False, id="en-lead-after-headline-holds"),
        pytest.param(_HEADED_EN.format(rate="25%"), True, id="en-lead-after-headline-fires"),
        pytest.param(_HEADED_KO.format(rate="15%"), False, id="ko-lead-after-headline-holds"),
        pytest.param(_HEADED_KO.format(rate="25%"), True, id="ko-lead-after-headline-fires"),
    ],
)
def test_a_lead_rate_after_a_headline_is_read(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


@pytest.mark.parametrize(
    "text",
    [
        # a rate mid-article, one fact among many: not the change of the rents stated next
        pytest.param(
            "Rents in Harbour City climbed again.\n\nLandlords point to strong demand from students. Shop prices "
            "are higher too. Consumer prices rose 4.2% in the year to March. The average monthly rent was "
            "£1,450, up from £1,300 a year earlier.",
            id="en-mid-article-rate",
        ),
        pytest.param(
            "Coastline Rail carried more riders.\n\nThe operator added trains on weekends. Fares were frozen. "
            "Ridership rose 3% over the summer. It carried 9.3 million riders, up from 9.0 million a year before.",
            id="en-mid-article-rate-second",
        ),
        pytest.param(
            "서해시 월세 상승\n\n대학가 수요가 많았다. 상가 임대료도 올랐다. 소비자물가는 4.2% 올랐다. 평균 월세는 "
            "145만원으로 1년 전 130만원보다 올랐다.",
            id="ko-mid-article-rate",
        ),
    ],
)
def test_a_rate_outside_the_lead_is_not_the_pairs(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- points after a comparison that opens its sentence


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Turnout was 71.2% in the vote. This compares with 66.8% in 2020, an increase of 4.4 percentage points.",
            False,
            id="en-this-compares-holds",
        ),
        pytest.param(
            "Turnout was 71.2% in the vote. This compares with 66.8% in 2020, an increase of 2.4 percentage points.",
            True,
            id="en-this-compares-fires",
        ),
        pytest.param(
            "The load factor was 84.5% in May. It compared with 82.0% a year earlier, a rise of 2.5 points.",
            False,
            id="en-it-compared-holds",
        ),
    ],
)
def test_points_after_a_comparison_opening_its_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F308", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the comparison is of the sentence's own subject, not of the rate before
        pytest.param(
            "Turnout was 64.0% in the vote. Support for the Greens compares with 38.0% at the last election, "
            "a rise of 2 points.",
            id="en-subject-compares-mid-sentence",
        ),
        pytest.param(
            "Attendance was 91.0% last term. Truancy in the county compares with 4.5% a year earlier, a fall of "
            "0.5 points.",
            id="en-subject-compares-mid-sentence-fall",
        ),
        # an election swing measures votes moving between parties, not the gap between the two rates
        pytest.param(
            "The Labour candidate took 41% of the vote, up from 34% in 2019, a swing of 3.5 points.",
            id="en-swing-after-two-rates",
        ),
        pytest.param(
            "The Greens won 22% of the vote, up from 17% last time, a swing of 2.5 percentage points.",
            id="en-swing-after-up-from",
        ),
    ],
)
def test_points_not_between_the_rates_stated_are_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F308")


def _relinked_points(knowledge, text: str, points: str):
    """The claims of the text with the points figure unlinked, then read again by the appended-points rule alone."""
    found = claims(text, knowledge).claims
    move = next(c for c in found if c.text.strip() == points)
    move.change_of = move.compared_to = None
    link_points_appended(found, text, "en")
    return {c.id: c.text.strip() for c in found}, move


@pytest.mark.parametrize(
    "text,linked",
    [
        pytest.param(
            "The jobless rate was 5.1% in June. That compares with a jobless rate of 4.0% a year earlier, a rise "
            "of 1.1 points.",
            ("5.1%", "4.0%"),
            id="en-same-metric-linked",
        ),
        pytest.param(
            "The jobless rate was 5.1% in June. That compares with an inflation rate of 4.0% a year earlier, a "
            "rise of 1.1 points.",
            (None, None),
            id="en-other-metric-not-linked",
        ),
        pytest.param(
            "The jobless rate was 5.1% in June. That compares with 4.0% a year earlier, a rise of 1.1 points.",
            ("5.1%", "4.0%"),
            id="en-unnamed-metric-linked",
        ),
    ],
)
def test_points_appended_to_a_comparison_need_the_levels_metric(knowledge, text, linked):
    by_id, move = _relinked_points(knowledge, text, "1.1 points")
    assert (by_id.get(move.change_of), by_id.get(move.compared_to)) == linked


# ---------------------------------------------------------------- `of` as language data


def test_a_span_ended_needs_its_joining_word(knowledge):
    text = "The party won a majority for the first time since 2008, ending 16 years in opposition."
    assert claims(text, knowledge).elapsed == []


def test_points_named_by_a_noun_need_its_joining_word(knowledge):
    text = "The operating margin widened to 17.3% from 16.5%, an improvement to 80 basis points."
    assert_not_checked(knowledge, text, "F308")
