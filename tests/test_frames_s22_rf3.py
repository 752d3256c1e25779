"""Near-misses of the twenty-second session's linkers (review of invented clean copy), each a rule narrowed to its
construction:
- a change measured from the year before by words alone (`…, and up $9.0 million from a year earlier`) is of the
  lead's level only when its clause names no subject of its own or names the level's metric (not `…, and its branch
  count grew 12% from a year earlier`, `…, while footfall fell 3% from a year earlier`,
  `…, and the group's headcount was down 4% on last year`) (checker/link/changes_from_a_year_before.py);
- a headline's figure measured again in a later sentence only when the article opens with a headline and the change
  or its baseline names the figure's metric or units (not `Its cargo range grew 35% from 120,000 in 2022`, a
  subgroup's change) (checker/link/values_before_baselines.py);
- a share of a period's total (`40% of the night's total`) is of the lead amount whose sentence names the period,
  not for a part whose own sentence names another day's or event's possessive (`Saturday's dinner`)
  (checker/link/shares.py);
- `Over the same period` after a time is of the year so far only when the time's own sentence marks a money figure
  so after the time (`For the third quarter, cumulative revenue was $12m`), not a count (`cumulative downloads`)
  nor a mark in a later sentence (checker/link/context.py);
- a colon list's lead is the sentence ending in the colon, its one amount the whole whatever its size; an `Of that`
  whole of a parenthesised share is linked whatever its size (a part larger than its whole is reported)
  (checker/link/colon_list_wholes.py, checker/link/shares.py);
- a figure written right before a share of a named whole (`Corlan spent $8m on grants, 2% of revenue`), linked or
  not, is no base of a margin (checker/link/margin_bases.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked, assert_not_checked


def assert_unlinked(knowledge, text: str, rule: str, figure: str) -> None:
    """The rule neither fires nor passes a relation naming `figure`: that figure was not related."""
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    assert not [f.message for f in result.findings if figure in f.message], [f.message for f in result.findings]
    assert not [p.message for p in result.passed if figure in p.message], [p.message for p in result.passed]


# ---------------------------------------------------------------- `…, and up $9.0 million from a year earlier`

_LEAD = (
    "Dunmore Tiles said on Friday that second-quarter sales rose 6.0% to $318.0 million from $300.0 million "
    "a year earlier"
)


@pytest.mark.parametrize(
    "tail,fires",
    [
        (", and up $18.0 million from a year earlier.", False),
        (", and up $25.0 million from a year earlier.", True),
        (", and sales were up $25.0 million from a year earlier.", True),
    ],
)
def test_a_bare_clause_from_a_year_earlier_is_of_the_lead(knowledge, tail, fires):
    assert_checked(knowledge, _LEAD + tail, "F305", fires)


@pytest.mark.parametrize(
    "tail,rate",
    [
        (", and its branch count grew 12% from a year earlier.", "12%"),
        (", and the group's headcount was down 4% on last year.", "4%"),
        (
            ". Sales rose 2.0% from $311.8 million in the first quarter, while footfall fell 3% from a year earlier.",
            "3%",
        ),
        (". In Spain it grew 3% from $90.0 million, and in Italy it rose 18% from a year earlier.", "18%"),
    ],
)
def test_another_subjects_change_from_a_year_earlier_is_not_of_the_lead(knowledge, tail, rate):
    assert_unlinked(knowledge, _LEAD + tail, "F301", rate)


# ---------------------------------------------------------------- a headline's figure measured again, by its units

_BIKES = "Velora sells 2 million bikes\n\nVelora sold 2 million bikes last year, the company said. {second}"


@pytest.mark.parametrize("rate,fires", [("25%", False), ("90%", True)])
def test_a_headline_figure_measured_again_by_its_units(knowledge, rate, fires):
    second = f"That was up {rate} from 1.6 million bikes in 2022."
    assert_checked(knowledge, _BIKES.format(second=second), "F301", fires)


@pytest.mark.parametrize(
    "second,rate",
    [
        ("Its electric models sold 40% more than the 300,000 sold in 2022.", "40%"),
        ("Its cargo range grew 35% from 120,000 in 2022.", "35%"),
        ("Exports alone rose 20% from 500,000 in 2022.", "20%"),
    ],
)
def test_a_subgroups_change_is_not_of_the_headline_figure(knowledge, second, rate):
    assert_unlinked(knowledge, _BIKES.format(second=second), "F301", rate)


def test_without_a_headline_the_first_line_is_no_restatement(knowledge):
    text = "Velora sold 2 million bikes last year.\n\nIts electric models sold 40% more than the 300,000 sold in 2022."
    assert_unlinked(knowledge, text, "F301", "40%")


# ---------------------------------------------------------------- `40% of the night's total`: the lead's night only

_GALA = "The Harbour Trust's gala raised $2.0 million {when}, the trust said. {part}"


@pytest.mark.parametrize("share,fires", [("40%", False), ("55%", True)])
def test_a_share_of_the_night_the_lead_names(knowledge, share, fires):
    text = _GALA.format(when="on Friday night", part=f"Sponsors gave $800,000, or {share} of the night's total.")
    assert_checked(knowledge, text, "F503", fires)


@pytest.mark.parametrize(
    "part",
    [
        "Saturday's dinner brought in $900,000, 40% of the night's total.",
        "The closing dinner's auction brought in $900,000, 40% of the night's total.",
        "Sunday's raffle took $300,000, or 60% of the day's total.",
    ],
)
def test_a_part_of_another_night_is_not_of_the_lead(knowledge, part):
    for when in ("on Friday night", "over the weekend"):
        assert_not_checked(knowledge, _GALA.format(when=when, part=part), "F503")


# ---------------------------------------------------------------- `Over the same period`: a year so far of money only


def _period_of(knowledge, text: str, figure: str) -> str:
    found = next(c for c in claims(text, knowledge).claims if c.text == figure)
    return str(found.period) if found.period else ""


def test_the_same_period_after_cumulative_revenue_is_the_year_so_far(knowledge):
    text = "For the third quarter, cumulative revenue was $12m, up 20% from $10m. Over the same period, profit was $2m."
    assert _period_of(knowledge, text, "$2m").endswith("9M")


@pytest.mark.parametrize(
    "text,figure",
    [
        (
            "In the third quarter, cumulative downloads of the app passed 3 million. Over the same period, profit "
            "was $2m.",
            "$2m",
        ),
        (
            "Revenue for the third quarter reached $12m. The firm's cumulative sales passed 1 million units. Over "
            "the same period, costs were $4m.",
            "$4m",
        ),
        ("누리앱의 3분기 매출은 50억원, 누적 가입자는 300만명이다. 같은 기간 영업이익은 20억원이었다.", "20억원"),
    ],
)
def test_a_count_so_far_or_a_mark_apart_dates_no_year_so_far(knowledge, text, figure):
    assert not _period_of(knowledge, text, figure).endswith("9M")


# ---------------------------------------------------------------- a colon list's lead, an `Of that` whole: any size

_FUND = (
    "The fund held £90,000 last year. It gave out {lead} to 12 charities:\n"
    "hospices, £20,000 ({share});\nfood banks, £18,000;\nothers, £12,000."
)


@pytest.mark.parametrize(
    "lead,share,rule,fires",
    [("£50,000", "40%", "F503", False), ("£50,000", "30%", "F503", True), ("£15,000", "40%", "F504", True)],
)
def test_a_colon_lists_whole_is_the_lead_sentences_amount(knowledge, lead, share, rule, fires):
    assert_checked(knowledge, _FUND.format(lead=lead, share=share), rule, fires)


@pytest.mark.parametrize("whole,share,fires", [("$4.5m", "40%", False), ("$4.5m", "30%", True), ("$1.5m", "40%", True)])
def test_an_of_that_whole_is_linked_whatever_its_size(knowledge, whole, share, fires):
    text = f"The board spent {whole} on roads last year. Of that, $1.8m ({share}) went to bridges."
    assert_checked(knowledge, text, "F503", fires)


# ---------------------------------------------------------------- `$9m on grants, 1.8% of revenue`: no margin's base

_MARGIN = "Operating profit was $40m, a margin of {margin}. {aside}"


@pytest.mark.parametrize("margin,fires", [("10%", False), ("14%", True)])
def test_a_margin_of_the_revenue_stated(knowledge, margin, fires):
    text = "Revenue was $400m. " + _MARGIN.format(margin=margin, aside="")
    assert_checked(knowledge, text, "F307", fires)


@pytest.mark.parametrize(
    "aside",
    [
        "Corlan spent $8m on grants, 2% of revenue.",
        "It spent $6m on research, or 1.5% of sales.",
        "Corlan gave $4m to charity (1% of revenue).",
    ],
)
def test_a_spend_set_beside_its_share_of_revenue_is_no_margin_base(knowledge, aside):
    assert_not_checked(knowledge, _MARGIN.format(margin="10%", aside=aside), "F307")


def test_a_colon_lists_whole_is_not_an_earlier_sentences_amount(knowledge):
    # (a larger amount of an earlier sentence on the lead's line is no whole the list divides)
    text = "Corlan's annual revenue was £70m. " + _FUND.format(lead="£50,000", share="40%").split(". ", 1)[1]
    assert_checked(knowledge, text, "F503", False)
