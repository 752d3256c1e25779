"""Growth and dates (twenty-first session), each a rule for a construction:
- a verb that moves a level named as its object, then the rate, then the level reached (`lifted revenue 12% to
  $56m, from $50m`, `cut its grants budget 20% to $8m`): the rate is the change of the level reached
  (checker/link/roles.py, `[link.object_rise_verbs]`, `[link.object_fall_verbs]`); without `to` and a figure the
  rate after an object is no change (`raised its stake 12%`);
- a level compared with a second earlier figure after its first comparison (`직전 분기 3,000억원보다 10.0%, 지난해 3분기
  2,750억원보다 20.0% 늘었다`, `up 10% from $120m a year earlier, though down 12% from the second quarter's $150m`,
  or in the next sentence before any level of its own): the second rate is the level's change from that figure
  (checker/link/second_priors.py); a figure of another metric after the first change is not (`while profit fell
  12% from $150m`);
- a change in a sentence that opens with the time of the figure it is measured from, naming no subject or a short
  one every word of which the level's sentence writes (`… 승객 42만명을 태웠다. 하루 평균 8만4천명이 이용한 셈이다.
  지난해 추석 기간(45만명)보다는 6.7% 줄었다`, `지원 대상은 지난해 2,900명보다 20.0% 늘었다` after `3,480명을 지원
  대상으로 선정했다`): the level is the nearest level of the unit and counter in the three sentences before, an
  average passed over (checker/link/subject_levels.py); a subject the level's sentence does not write is not it
  (`청년 대상은 …`);
- a length set right after a run's second date and ending on `of` or `in the` (`from 2 March to 13 April, six weeks
  in the busiest season`, `began on Jan. 12 … and finished on Feb. 1, 21 days of night work`) is the run's length
  (`[link.run_apposed_after]`, checker/link/spans_between_dates.py); a length `after` something else is not;
- a fraction appended after a comma and `by` to a sentence's move (`rose to $1.30m from $1.00m, by more than a
  fifth`, `fell to $0.70m from $1.00m, by about a quarter`) is the size of that change, its direction the move's
  (checker/link/fraction_changes.py); a fraction after `by` with no verb of change before it is not
  (`the fund held $1.30m and $1.00m, by our count a fifth of it in bonds`);
- a figure after `from last season's` (`forecast at 6.6 million trays, up 10% from last season's 6.0 million`) is the
  prior of the change (`[link.prior_possessive]`); after `less than the previous season's` it stays the gap's
  baseline.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked, claims

# ---------------------------------------------------------------- `lifted revenue 12% to $56m`: a verb with its object

_LIFTED = "Pellham Foods {verb} revenue {rate} to $56.0 million in the year to 30 September, from $50.0 million."


@pytest.mark.parametrize(
    "verb,rate,fires", [("lifted", "12.0%", False), ("lifted", "15.0%", True), ("increased", "12 per cent", False)]
)
def test_a_rate_after_a_verb_and_its_object_is_the_change(knowledge, verb, rate, fires):
    assert_checked(knowledge, _LIFTED.format(verb=verb, rate=rate), "F301", fires)


_CUT = "The council cut its grants budget {rate} to $8.0 million from $10.0 million, compared with a year earlier."


@pytest.mark.parametrize("rate,fires", [("20%", False), ("25%", True)])
def test_a_rate_after_a_falling_verb_and_its_object_is_a_fall(knowledge, rate, fires):
    assert_checked(knowledge, _CUT.format(rate=rate), "F301", fires)


def test_a_rate_after_an_object_with_no_level_reached_is_no_change(knowledge):
    text = (
        "Corven Capital raised its stake 12% in March. The fund held $50.0 million of shares in 2025 and $56.0 million "
        "now."
    )
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- a second earlier figure after the first comparison

_SECOND_KO = (
    "한솔전자는 3분기 매출이 3,300억원으로 집계됐다고 밝혔다. 3분기 매출은 직전 분기 3,000억원보다 10.0%, "
    "지난해 3분기 2,750억원보다 {rate} 늘었다."
)
_SECOND_KO_APART = (
    "3분기 수출은 1억3,200만달러로 2분기 1억2,000만달러보다 10.0% 늘었고, "
    "지난해 3분기 1억1,000만달러와 비교하면 {rate} 증가했다."
)
_SECOND_EN = (
    "Bayside Inns said revenue rose 10.0% to $132.0 million in the third quarter from $120.0 million a year earlier, "
    "though down {rate} from the second quarter's $150.0 million."
)


@pytest.mark.parametrize("frame", [_SECOND_KO, _SECOND_KO_APART, _SECOND_EN])
@pytest.mark.parametrize("rate,fires", [(None, False), ("30.0%", True)])
def test_a_second_earlier_figure_after_the_first_comparison(knowledge, frame, rate, fires):
    right = {_SECOND_KO: "20.0%", _SECOND_KO_APART: "20.0%", _SECOND_EN: "12.0%"}[frame]
    assert_checked(knowledge, frame.format(rate=rate or right), "F301", fires)


def test_an_earlier_figure_of_another_metric_is_not_a_second_comparison(knowledge):
    text = (
        "Bayside Inns said revenue rose 10.0% to $132.0 million in the third quarter from $120.0 million a year "
        "earlier, while net profit fell 30.0% from the second quarter's $15.0 million."
    )
    rate = next(c for c in claims(text, knowledge).claims if c.text.strip() == "30.0%")
    assert rate.change_of is None


# ---------------------------------------------------------------- `지난해(Y)보다 r% 늘었다`: the level sentences before

_LEAD = "한빛시 소식\n\n시는 새 사업을 발표했다. 예산은 아직 정하지 않았다.\n\n"
_NO_SUBJECT = (
    "한빛고속은 추석 연휴 닷새 동안 승객 42만명을 태웠다고 밝혔다. 하루 평균 8만4천명이 이용한 셈이다. "
    "지난해 추석 기간(45만명)보다는 {rate} 줄었다."
)
_SHORT_SUBJECT = (
    _LEAD + "다솔시는 신청자 5,000명 가운데 3,480명을 지원 대상으로 선정했다. 신청은 3월 한 달간 받았다. "
    "{subject} 대상은 지난해 2,900명보다 {rate} 늘었다."
)


@pytest.mark.parametrize("rate,fires", [("6.7%", False), ("16.7%", True)])
def test_a_change_opening_with_its_time_is_of_the_level_before(knowledge, rate, fires):
    assert_checked(knowledge, _NO_SUBJECT.format(rate=rate), "F301", fires)


@pytest.mark.parametrize("rate,fires", [("20.0%", False), ("30.0%", True)])
def test_a_short_subject_the_level_sentence_writes(knowledge, rate, fires):
    assert_checked(knowledge, _SHORT_SUBJECT.format(subject="지원", rate=rate), "F301", fires)


def test_a_subject_the_level_sentence_does_not_write_is_not_its_change(knowledge):
    assert_not_checked(knowledge, _SHORT_SUBJECT.format(subject="청년", rate="20.0%"), "F301")


# ---------------------------------------------------------------- `from D1 to D2, six weeks in the …`: a run's length

_CLOSED = "Harbour Mills closed its plant from 2 March to 13 April, {length} in the busiest season."
_PICKED = "Pickers began on Jan. 12, when the frost came, and finished on Feb. 1, {length} of night work."


@pytest.mark.parametrize(
    "frame,length,fires",
    [
        (_CLOSED, "six weeks", False),
        (_CLOSED, "nine weeks", True),
        (_PICKED, "21 days", False),
        (_PICKED, "30 days", True),
    ],
)
def test_a_length_apposed_to_a_run_before_of_or_in_the(knowledge, frame, length, fires):
    assert_checked(knowledge, frame.format(length=length), "F406", fires)


def test_a_length_after_something_else_is_not_the_runs(knowledge):
    text = "Harbour Mills closed its plant from 2 March to 13 April, nine weeks after the strike in the busiest season."
    assert_not_checked(knowledge, text, "F406")


# ---------------------------------------------------------------- `rose to $1.30m from $1.00m, by more than a fifth`

_APPENDED = "Merchandise sales {verb} to ${level} million from $1.00 million, by {fraction}."


@pytest.mark.parametrize(
    "verb,level,fraction,fires",
    [
        ("rose", "1.30", "more than a fifth", False),
        ("rose", "1.05", "more than a fifth", True),
        ("fell", "0.76", "about a quarter", False),
        ("fell", "0.50", "about a quarter", True),
    ],
)
def test_a_fraction_appended_by_is_the_size_of_the_move(knowledge, verb, level, fraction, fires):
    assert_checked(knowledge, _APPENDED.format(verb=verb, level=level, fraction=fraction), "F301", fires)


def test_a_fraction_after_by_with_no_move_is_no_change(knowledge):
    text = "The fund held $1.30 million in March and $1.00 million in June, by our count a fifth of it in bonds."
    assert_not_checked(knowledge, text, "F301")


# ---------------------------------------------------------------- `up 10% from last season's 6.0 million`

_SEASON = "The avocado crop is forecast at 6.6 million trays, up {rate} from last season's 6.0 million, growers said."


@pytest.mark.parametrize("rate,fires", [("10%", False), ("25%", True)])
def test_a_figure_from_last_seasons_is_the_prior(knowledge, rate, fires):
    assert_checked(knowledge, _SEASON.format(rate=rate), "F301", fires)


@pytest.mark.parametrize("gap,fires", [("£3.0m", False), ("£6.0m", True)])
def test_a_gap_than_the_previous_seasons_figure_is_still_read(knowledge, gap, fires):
    text = (
        "Prices rose, putting the value of the season's catch at £77.0m. "
        f"That was {gap} less than the previous season's £80.0m."
    )
    assert_checked(knowledge, text, "F305", fires)


# ---------------------------------------------------------------- `8,000 cars at $30,000 each, up 10% from 7,270 cars`

_PAST_A_RATE = "Carway sold 8,000 cars at $30,000 each, up {rate} from 7,270 {noun} a year earlier."


@pytest.mark.parametrize("rate,fires", [("10.0%", False), ("20.0%", True)])
def test_a_change_past_a_price_is_of_the_count_before(knowledge, rate, fires):
    assert_checked(knowledge, _PAST_A_RATE.format(rate=rate, noun="cars"), "F301", fires)


def test_a_change_past_a_price_from_another_counter_links_nothing(knowledge):
    assert_not_checked(knowledge, _PAST_A_RATE.format(rate="20.0%", noun="trucks"), "F301")


# ---------------------------------------------------------------- `up 41% on the 1.15 million`

_ON_THE = "The tour sold 1.62 million tickets, up {size} on the 1.15 million who saw the previous tour."


@pytest.mark.parametrize("size,fires", [("by more than a third", False), ("by more than a half", True)])
def test_a_figure_on_the_after_a_change_is_its_baseline(knowledge, size, fires):
    assert_checked(knowledge, _ON_THE.format(size=size), "F301", fires)


def test_on_the_after_no_verb_of_change_is_no_baseline(knowledge):
    text = "The tour sold 1.62 million tickets, 41% of them on the 1.15 million seats sold online."
    assert_not_checked(knowledge, text, "F301")
