"""Keys that rank instead of veto (thirteenth session): a figure restated in another notation, a time in another
quotation, a sentence's forecast mark on a figure it does not forecast.

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- one value in two notations (F405)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Brackwood Aquarium welcomed a record 2.37 million visitors last year.\n"
            "Staff said getting 2,370,000 people through the doors had tested the car parks.",
            id="en-million-and-full-digits-other-counter",
        ),
        pytest.param(
            "Ferncliff Energy agreed a contract worth £6.8bn with the grid operator.\n"
            "Analysts called a price of £6.8 billion generous.",
            id="en-two-digits-bn-and-billion-one-entity",
        ),
        pytest.param(
            "The county's road spending reached £7.3m by March.\n"
            "Of the spending of £7.3 million, a third went on drains.",
            id="en-two-digits-one-metric",
        ),
        pytest.param(
            "한결제지는 올해 상반기 매출이 3조 6,140억원으로 집계됐다고 밝혔다.\n"
            '박민재 대표는 "매출 3.6조원은 예상한 수준"이라며 "내년에는 이익률을 6%대로 높이겠다"고 말했다.',
            id="ko-rounded-notation-time-in-another-quotation",
        ),
    ],
)
def test_a_value_in_another_notation_is_a_restatement(knowledge, text):
    assert_checked(knowledge, text, "F405", fires=False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Brackwood Aquarium welcomed 4.5 million visitors last year.\n"
            "It also sold 4,500,000 tickets for its online shows.",
            id="en-two-digits-other-counter",
        ),
        pytest.param(
            "한결제지의 2024년 매출은 3조 6,140억원이었다.\n한결제지의 2025년 매출은 3.6조원이었다.",
            id="ko-stated-periods-apart",
        ),
        pytest.param(
            "Ferncliff Energy's revenue was £6.8bn.\nGalewater Energy's revenue was £6.8 billion.",
            id="en-named-entities-apart",
        ),
    ],
)
def test_a_value_in_another_notation_with_keys_stated_apart_is_not_paired(knowledge, text):
    assert_not_checked(knowledge, text, "F405")


# ---------------------------------------------------------------- a sentence's forecast mark (F405)


def test_a_forecast_sentence_restates_a_past_figure(knowledge):
    """The forecast mark of the quotation's sentence (`목표로 하고 있다`) is not the past change's."""
    text = (
        "누리약국 가맹점 480곳 넘어\n\n"
        "운영사 누리헬스는 지난해 말 가맹점이 483곳으로 전년(426곳)보다 57곳, 13.4% 늘었다고 3일 밝혔다.\n\n"
        '김하늘 대표는 "가맹점 수가 13.4% 늘어난 것은 공동 구매 덕분"이라며 '
        '"올해는 550곳을 목표로 하고 있다"고 말했다.\n'
    )
    result = findings(knowledge, document(text), select=["F405"], show_passed=True)
    assert not result.findings
    assert any("13.4%" in p.message for p in result.passed)


def test_a_forecast_sentence_keeps_its_slips_apart(knowledge):
    """Across the forecast mark, digits one apart are two figures (a target and a result), never a slip."""
    text = (
        "운영사 누리헬스는 지난해 가맹점 매출이 4,836억원으로 집계됐다고 3일 밝혔다.\n\n"
        "회사는 올해 가맹점 매출이 4,886억원에 이를 것으로 예상한다고 말했다.\n"
    )
    assert_not_checked(knowledge, text, "F405")


# ---------------------------------------------------------------- the noun the change's clause names (F305)

_PREMIUM_AND_LOSS = (
    "상반기 발생손해액은 8,320억원으로 경과보험료 9,640억원에 바짝 다가섰다. "
    "경과보험료는 1년 전 9,210억원에서 4.7% 늘었지만 손해액은 지난해 상반기 7,650억원에서 {change} 증가했다."
)


def test_a_change_is_of_the_figure_its_clause_names(knowledge):
    """`손해액은 … 7,650억원에서 670억원 증가`: of the loss the previous sentence states (`발생손해액은 8,320억원`),
    not of the premium stated after it, the nearest figure of the unit."""
    assert_checked(knowledge, _PREMIUM_AND_LOSS.format(change="670억원"), "F305", fires=False)
    assert_checked(knowledge, _PREMIUM_AND_LOSS.format(change="870억원"), "F305", fires=True)


def test_a_noun_named_only_in_the_clause_before_does_not_pick_the_figure(knowledge):
    """The clause before the change names the premium; the change's own clause names neither: the change is
    not given the premium because an earlier clause of its sentence names it."""
    text = (
        "상반기 발생손해액은 8,320억원으로 경과보험료 9,640억원에 바짝 다가섰다. "
        "경과보험료는 1년 전 9,210억원에서 4.7% 늘었지만 지난해 상반기 7,650억원에서 670억원 증가했다."
    )
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    assert not [p for p in result.passed if "9,640" in p.message or "9640" in p.message]


# ---------------------------------------------------------------- a unit rate is never a change's level (F305)

_TAKINGS = (
    "The gallery's ticket income rose to £14.6m from £12.2m, an increase of {change}, which works out at about "
    "£9.80 a visitor."
)


def test_a_change_is_not_of_the_rate_per_unit_after_it(knowledge):
    assert_checked(knowledge, _TAKINGS.format(change="£2.4m"), "F305", fires=False)
    assert_checked(knowledge, _TAKINGS.format(change="£3.4m"), "F305", fires=True)


def test_a_flow_a_year_is_still_a_changes_level(knowledge):
    """`£x a year` is a flow, not a rate per thing: the change after it is of it."""
    text = "Its running costs rose to £14.6m a year from £12.2m, an increase of £2.4m."
    assert_checked(knowledge, text, "F305", fires=False)


# ---------------------------------------------------------------- a per-unit mark is of the figure beside it (F317)


def test_a_per_unit_mark_is_of_the_figure_right_before_it(knowledge):
    """`Bread flour brought in €14.8m, …, about €361 a tonne`: the segment's amount is not a figure per tonne of
    the group's revenue stated before."""
    text = (
        "Revenue fell 8% to €21.6m, even though the mill sold 41,000 tonnes of flour, 4% more than a year earlier.\n"
        "Bread flour itself brought in €14.8m, roughly two-thirds of revenue, which works out at about €361 a tonne."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["€14.8m"].per_unit_of is None
    result = findings(knowledge, document(text), select=["F317"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]


# ---------------------------------------------------------------- a bare count beside a counted one (F301)


def test_a_move_from_a_figure_after_it_is_not_of_a_bare_count_among_counted_ones(knowledge):
    """`… sold 31,000 tickets, …; the village stages sold 21,000`: the bare count is one of the sentence's counts
    of tickets, not the one the later `Attendance was up 30% on the 40,000 …` measures."""
    text = (
        "The festival sold 52,000 tickets in all.\n"
        "The city stages sold 31,000 tickets, or 60% of the total; the four village stages sold 21,000.\n"
        "Attendance was up 30% on the 40,000 who came the year before."
    )
    result = findings(knowledge, document(text), select=["F301"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert not [p for p in result.passed if "21,000" in p.message]


def test_a_move_from_a_figure_after_it_still_reads_the_one_count_before(knowledge):
    text = (
        "The festival drew 52,000 visitors this summer.\n"
        "Attendance was up 30% on the 40,000 visitors who came the year before."
    )
    assert_checked(knowledge, text, "F301", fires=False)


# ---------------------------------------------------------------- a fraction after a move word is the change (F301)

_FRACTION_MOVE = "Export sales fell to €8.1m from €11.9m, down {fraction}, as two buyers left the market."


@pytest.mark.parametrize("fraction,fires", [("nearly a third", False), ("about a half", True)])
def test_a_fraction_after_a_move_word_is_the_change(knowledge, fraction, fires):
    assert_checked(knowledge, _FRACTION_MOVE.format(fraction=fraction), "F301", fires=fires)


def test_a_fraction_without_a_move_word_stays_a_share(knowledge):
    text = "Export sales reached €8.1m, nearly a third of revenue."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["nearly a third"].role == "share"


# ---------------------------------------------------------------- the level right after a change (F301)

_BUDGET_AFTER_FALL = (
    "Larkfield College's board approved a budget with a £4.2m deficit after overseas enrolment fell {rate} to "
    "4,400 students, from 5,000 a year earlier."
)


@pytest.mark.parametrize("rate,fires", [("12%", False), ("15%", True)])
def test_a_change_is_of_the_level_right_after_it_whatever_metric_a_far_noun_gives(knowledge, rate, fires):
    """`a budget` names the deficit, not the enrolment the change reaches (`fell 12% to 4,400 students`)."""
    assert_checked(knowledge, _BUDGET_AFTER_FALL.format(rate=rate), "F301", fires=fires)
