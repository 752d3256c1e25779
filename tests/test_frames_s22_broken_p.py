"""Broken relations of set P (twenty-second session), each a rule for a construction:
- a count stated as `<noun> numbers` (`Pupil numbers rose 3.2% to 12,000`) is of that noun, as `the number of
  pupils` is: a figure per that noun stated after it (`Revenue per pupil was about $7,000`) divides the metric's
  total by it (checker/link/per_unit_apart.py, `[link.number_of_after_noun]`), when the noun opens its clause and no
  words narrow the mark (`Boarding pupil numbers`, `Pupil numbers at its new schools`: some of the pupils,
  `[link.count_mark_qualifiers]`); `numbers of` (`record numbers of families`) is no such mark;
- a change stated with its baseline but not its value (`지난해 5만1천명보다 20% 늘어난 …`) measures the value of the
  sentence before when the headline restates that value, and the value's own average per day stated on in the
  change's sentence (`…, 하루 평균 1만5,300명꼴이다`) is no rival amount (checker/link/values_before_baselines.py);
- a share of a total named by a period (`C$900,000 (50.0% of the night's total)`, `or 50% of the evening's total`)
  is of the story's total when the headline's or the lead's amount sentence names that period (`raised C$1.80
  million on Friday night`), not when it names another (`over the weekend … of the day's total`: a part of it)
  (checker/link/shares.py, `[link.whole_share_after_period]`);
- a second change of a level measured from the year before by words alone (`Sales were up 2.0% from $205.9 million
  in the second quarter, and up $10.0 million from a year earlier`) is of the level and its figure a year earlier
  that a change of the article already links (the lead's), of no other metric
  (checker/link/changes_from_a_year_before.py, `[link.change_from_year_before]`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `Pupil numbers rose to 12,000 … per pupil`

_PUPILS = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of private schools, said on Monday that revenue for the year rose 6.1% to "
    "$84.0 million.\n\n"
    "{noun} numbers rose 3.2% to 12,000 from 11,630, an increase of 370, across the chain's 30 schools. "
    "Revenue per pupil was about {each} for the year, the chain said."
)


@pytest.mark.parametrize("each,fires", [("$7,000", False), ("$700", True), ("$9,500", True)])
def test_a_count_of_noun_numbers_is_the_units_of_a_figure_per_that_noun(knowledge, each, fires):
    assert_checked(knowledge, _PUPILS.format(noun="Pupil", each=each), "F317", fires)


def test_numbers_of_another_noun_are_not_the_units(knowledge):
    # (staff are counted, not pupils: the figure per pupil has no count)
    assert_not_checked(knowledge, _PUPILS.format(noun="Staff", each="$700"), "F317")


_RECORD = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of private schools, said on Monday that revenue for the year rose 6.1% to "
    "$84.0 million.\n\n"
    "Record numbers of families toured its schools: 12,000 parents and 3,000 alumni, the chain said. "
    "Revenue per pupil was about $700 for the year."
)


def test_numbers_of_is_no_count_mark(knowledge):
    # (`record numbers of families`: the count is of families, and `record` names nothing a figure is per)
    assert_not_checked(knowledge, _RECORD, "F317")


_SOME_OF_THEM = (
    "Harwick Academies posts a record year\n\n"
    "Harwick Academies, a chain of 30 private schools teaching 12,000 pupils, said on Monday that revenue for the "
    "year rose 6.1% to $84.0 million.\n\n"
    "{subject} rose to 1,500. Revenue per pupil was about $7,000 for the year."
)


@pytest.mark.parametrize("subject", ["Pupil numbers at its two new schools", "Boarding pupil numbers"])
def test_numbers_of_some_of_the_units_are_not_the_units(knowledge, subject):
    # (a qualified count is of some of the pupils: the figure per pupil is of the chain's 12,000, and holds)
    assert_checked(knowledge, _SOME_OF_THEM.format(subject=subject), "F317", False)


# ------------------------------------------------------- `B보다 p% 늘어난 …, 하루 평균 a명꼴`: the value before

_FESTIVAL = (
    "{headline}\n\n"
    "누리시는 지난 3일부터 6일까지 나흘간 열린 '솔빛 연극제'에 관람객 {value}이 찾았다고 8일 밝혔다. "
    "지난해 5만1천명보다 {rate} 늘어난 역대 최다 기록으로, {daily}꼴이다.\n\n"
    "시는 내년에도 연극제를 열 계획이다."
)


@pytest.mark.parametrize("rate,fires", [("20%", False), ("16.7%", True), ("25%", True)])
def test_a_change_of_the_headline_figure_stated_with_its_daily_average(knowledge, rate, fires):
    text = _FESTIVAL.format(
        headline="솔빛 연극제 관람객 6만1,200명", value="6만1,200명", rate=rate, daily="하루 평균 1만5,300명"
    )
    assert_checked(knowledge, text, "F301", fires)


def test_a_figure_not_restated_in_the_headline_is_measured_too(knowledge):
    # (session 32: the festival's total is the level of the count whose earlier level the next sentence states, the
    # daily average beside that level no second candidate; the headline restating it or not changes nothing)
    text = _FESTIVAL.format(
        headline="솔빛 연극제 성황리 폐막", value="6만1,200명", rate="25%", daily="하루 평균 1만5,300명"
    )
    assert_checked(knowledge, text, "F301", True)


def test_another_count_beside_the_change_leaves_it_unlinked(knowledge):
    # (the sentence states a count of its own, no average of the figure before: which the rise is of is not said)
    text = _FESTIVAL.format(
        headline="솔빛 연극제 관람객 6만1,200명", value="6만1,200명", rate="25%", daily="외지인은 2만명"
    )
    assert_not_checked(knowledge, text, "F301")


_PASSED = (
    "솔빛 연극제 관람객 6만명 넘어\n\n"
    "누리시는 '솔빛 연극제'의 관람객이 6만명을 넘어섰다고 8일 밝혔다. "
    "지난해 5만1천명보다 {rate} 늘어난 역대 최다 기록으로, 하루 평균 1만5천명꼴이다.\n\n"
    "시는 내년에도 연극제를 열 계획이다."
)


def test_a_mark_passed_takes_any_larger_rise(knowledge):
    # (`6만명을 넘어섰다`: more than 6만, so a rise of 30% is no mismatch)
    result_text = _PASSED.format(rate="30%")  # (5만1천명 × 1.3 is above 6만: more than 6만, it may be)
    from test_frames import document, findings

    result = findings(knowledge, document(result_text), select=["F301"], show_passed=True)
    assert "F301" not in [f.rule for f in result.findings], [f.message for f in result.findings]


# ---------------------------------------------------------------- `(50% of the night's total)`: the story's period

_BALL = (
    "Charity ball raises C$1.80 million\n\n"
    "The Maple Valley Foundation's winter ball raised C$1.80 million {when}, up 12% from last year.\n\n"
    "Where it came from:\n"
    "- Sponsorships: C$900,000 ({share} of the {period}'s total)\n"
    "- Auction: C$500,000\n"
    "- Tickets: C$400,000\n\n"
    "The money goes to a new children's ward."
)


@pytest.mark.parametrize("share,fires", [("50.0%", False), ("45.0%", True), ("59.0%", True)])
def test_a_share_of_the_total_of_the_period_the_lead_names(knowledge, share, fires):
    text = _BALL.format(when="on Friday night", share=share, period="night")
    assert_checked(knowledge, text, "F503", fires)


def test_a_share_in_a_sentence_of_the_total_of_the_period(knowledge):
    text = (
        "Charity ball raises C$1.80 million\n\n"
        "The Maple Valley Foundation's winter ball raised C$1.80 million on Friday evening.\n\n"
        "Sponsors gave C$900,000, or {share} of the evening's total. The auction raised C$500,000."
    )
    assert_checked(knowledge, text.format(share="50%"), "F503", False)
    assert_checked(knowledge, text.format(share="40%"), "F503", True)


@pytest.mark.parametrize("when,period", [("over the weekend", "day"), ("in the summer", "month")])
def test_a_share_of_the_total_of_a_part_of_the_story_period_is_not_linked(knowledge, when, period):
    # (the lead names another period: the day's or the month's total is a part of the story's, and not stated)
    assert_not_checked(knowledge, _BALL.format(when=when, share="40%", period=period), "F503")


def test_a_share_of_a_campaign_total_is_not_linked(knowledge):
    # (`the campaign's total` is no period: the campaign's whole is another figure, not the night's)
    text = _BALL.format(when="on Friday night", share="40%", period="campaign")
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `…, and up $10.0 million from a year earlier`

_BOTTLES = (
    "Corvin Bottles posts third-quarter rise\n\n"
    "Corvin Bottles said Thursday that third-quarter net sales rose 5.0% to $210.0 million from $200.0 million "
    "a year earlier.\n\n"
    "Sales were up 2.0% from $205.9 million in the second quarter, and {second} from a year earlier."
)


@pytest.mark.parametrize("second,fires", [("up $10.0 million", False), ("up $14.1 million", True)])
def test_a_second_change_from_a_year_earlier_named_by_words(knowledge, second, fires):
    assert_checked(knowledge, _BOTTLES.format(second=second), "F305", fires)


def test_a_change_of_another_metric_from_a_year_earlier_is_not_linked(knowledge):
    # (operating profit's change: its figures a year apart are not stated)
    text = _BOTTLES.format(second="operating profit was up $14.1 million")
    assert_not_checked(knowledge, text, "F305")


def test_no_figure_a_year_earlier_stated_leaves_it_unlinked(knowledge):
    # (the lead states no figure a year earlier: what the change is measured from is not said)
    text = (
        "Corvin Bottles posts third-quarter rise\n\n"
        "Corvin Bottles said Thursday that third-quarter net sales reached $210.0 million.\n\n"
        "Sales were up 2.0% from $205.9 million in the second quarter, and up $14.1 million from a year earlier."
    )
    assert_not_checked(knowledge, text, "F305")
