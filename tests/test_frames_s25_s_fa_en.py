"""Set S's English false alarms (twenty-fifth session), each a rule for a construction:
- a span counted back from now after a bare year (`started in 1985, forty years ago`) runs from that year to the
  publication, not to the year of the figures its sentence reports (checker/link/elapsed_since_dates.py); a start
  with its month (`started in March 2015, nine years ago`) still runs to the figures' period;
- a parenthesis right after a total (its conversion, `£5.6m (about €6.5 million) in 2025, of which …`) stands between
  the total and its parts opener: its decimal point ends no clause (checker/link/totals.py);
- a figure right after which a total is named without its figure (`pubs bought 3,100 cases of their combined total …,
  the remaining 2,000 cases`) is the list's first part, never the whole its rest completes (checker/link/totals.py,
  `[link.part_of_named_total_after]`);
- a list its total closes whose first part follows a verb of adding (`grants added $30,000 and a raffle $7,000, for
  $87,000 altogether`) adds to a part stated before it: the list is open (`[link.list_added_verbs]`);
- a headline's figure (`Library loans top 90,000`) is no whole of a gapped list (checker/link/gapped_lists.py);
- `so the` before a noun opens a clause with a subject of its own (`…, a rise of 25 per cent, so the demand for
  season permits fell to 1,900 from 2,300`): the rate before it is not of that clause's pair
  (`[link.subject_clause_opens]`);
- an amount's change stated per no period, in the sentence after a level and its rate per week (`…, roughly
  $500,000 a week for 13 weeks, … It marked a rise of $1.4 million`), is of the level, never of the rate
  (checker/link/relations.py);
- a rate's decimal point cuts no clause of the words that name what a later figure is of (`Subscription sales
  climbed 8.5 per cent to $8.4m`: its words are `Subscription sales`); an amount's point still ends the item before
  it (checker/link/per_unit_apart.py). (The tie of two amounts named `sales` is a near-miss that links nothing.)

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `started in 1985, forty years ago`

_COOP = (
    "In 2024 the co-operative packed 3,100 tonnes of apples, a record for a business started in {start}, {span} "
    "years ago."
)
_WRITTEN = dt.date(2025, 6, 3)


def _f406(knowledge, text: str):
    return findings(knowledge, document(text, published=_WRITTEN), select=["F406"], show_passed=True)


@pytest.mark.parametrize("span,fires", [("forty", False), ("thirty", True)])
def test_years_ago_after_a_bare_year_count_back_from_the_publication(knowledge, span, fires):
    result = _f406(knowledge, _COOP.format(start="1985", span=span))
    assert ("F406" in [f.rule for f in result.findings]) == fires, [f.message for f in result.findings]
    if not fires:
        assert "F406" in [p.rule for p in result.passed]


def test_years_ago_after_a_month_still_run_to_the_figures_period(knowledge):
    # (a start with its month: the month of the article's figures may be now, as before)
    result = _f406(knowledge, _COOP.format(start="March 2015", span="nine"))
    assert not result.findings, [f.message for f in result.findings]
    assert any("2024" in p.message for p in result.passed if p.rule == "F406")


# ---------------------------------------------------------------- `£5.6m (about €6.5 million) in 2025, of which …`

_MUSEUM = (
    "Spending at the Harlan zoo totalled £5.6m (about €6.5 million) in 2025, of which animal feed took £2.4m, "
    "keepers' pay £1.9m and repairs the remaining {rest}."
)


@pytest.mark.parametrize("rest,fires", [("£1.3m", False), ("£1.8m", True)])
def test_parts_opened_past_a_conversion_are_all_the_parts(knowledge, rest, fires):
    assert_checked(knowledge, _MUSEUM.format(rest=rest), "F302", fires)


def test_a_conversion_holds_no_parts_of_the_total(knowledge):
    result = findings(knowledge, document(_MUSEUM.format(rest="£1.3m")), select=["F302"], show_passed=True)
    assert all("€6.5" not in p.message for p in result.passed)


# ---------------------------------------------------------------- `3,100 cases of their combined total`: no whole

_BUYERS = (
    "Pub chains bought 3,100 cases of their combined total in 2025, while hotels took 1,400 cases and shops the "
    "remaining 2,000 cases."
)


def test_a_part_of_a_named_total_is_no_whole_of_its_rest(knowledge):
    assert_not_checked(knowledge, _BUYERS, "F302")


def test_a_named_total_still_takes_the_whole_stated_before(knowledge):
    text = "The brewer shipped 6,500 cases abroad in 2025.\n\n" + _BUYERS
    assert_checked(knowledge, text, "F302", False)


# ---------------------------------------------------------------- `grants added $30,000 and …`: an open list

_RAFFLE = "On top of that, grants {verb} $30,000 and a raffle $7,000, for {total} altogether."


def test_a_list_after_a_verb_of_adding_is_open(knowledge):
    text = "Ticket revenue reached $50,000, about $9 a visitor. " + _RAFFLE.format(verb="added", total="$87,000")
    result = findings(knowledge, document(text), select=["F302"], show_passed=True)
    assert "F302" not in [f.rule for f in result.findings], [f.message for f in result.findings]


def test_an_added_list_above_its_total_still_fires(knowledge):
    assert_checked(knowledge, _RAFFLE.format(verb="added", total="$27,000"), "F302", True)


def test_a_list_after_another_verb_is_closed(knowledge):
    assert_checked(knowledge, _RAFFLE.format(verb="raised", total="$87,000"), "F302", True)


# ---------------------------------------------------------------- a headline's figure: no whole of a gapped list

_LIBRARY_HEAD = "Library loans top 90,000 in record year\n\n"
_LIBRARY_LIST = "Children borrowed 22,400 books and adults 69,300."


def test_a_headline_figure_is_no_whole_of_a_gapped_list(knowledge):
    text = _LIBRARY_HEAD + "The county library recorded 104,000 visits in 2025, up from 80,000. " + _LIBRARY_LIST
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize("whole,fires", [("95,000", False), ("85,000", True)])
def test_the_leads_whole_of_a_gapped_list_is_still_read(knowledge, whole, fires):
    text = (
        _LIBRARY_HEAD
        + f"The library bought 600 new titles and its loans totalled {whole} books, it said on Friday. Opening hours "
        + "were longer than ever. "
        + _LIBRARY_LIST
    )
    assert_checked(knowledge, text, "F302", fires)


# ---------------------------------------------------------------- `…, a rise of 25 per cent, so the demand …`

_POOL = (
    "Day passes at the Brenlow pool rose from £20 to £25, a rise of {rate} per cent, so the demand for "
    "season permits fell to 1,900 from 2,300."
)


@pytest.mark.parametrize("rate,fires", [("25", False), ("35", True)])
def test_a_rate_before_so_the_is_of_the_pair_before_it(knowledge, rate, fires):
    assert_checked(knowledge, _POOL.format(rate=rate), "F301", fires)
    result = findings(knowledge, document(_POOL.format(rate=rate)), select=["F301"], show_passed=True)
    assert all("2,300" not in f.message for f in [*result.findings, *result.passed])


# ---------------------------------------------------------------- `roughly $500,000 a week … a rise of`

_DONATIONS = (
    "Donations totalled $6.5 million over the quarter, roughly $500,000 a week for 13 weeks, against $5.1 million "
    "in the same quarter last year. It marked a rise of {change}."
)


@pytest.mark.parametrize("change,fires", [("$1.4 million", False), ("$1.9 million", True)])
def test_a_change_per_no_period_is_of_the_level_not_its_weekly_rate(knowledge, change, fires):
    assert_checked(knowledge, _DONATIONS.format(change=change), "F305", fires)


def test_a_change_is_never_of_a_weekly_rate_beside_a_counted_level(knowledge):
    # (the level counts fry, the change nothing: no level to take, and never the rate per week)
    text = (
        "The hatchery raised 6.5 million trout fry over the quarter, roughly 500,000 a week for 13 weeks, against "
        "5.1 million in the same quarter last year. It marked a rise of 1.4 million."
    )
    result = findings(knowledge, document(text), select=["F305"], show_passed=True)
    assert not result.findings, [f.message for f in result.findings]
    assert all("500,000" not in p.message for p in result.passed)


# ---------------------------------------------------------------- `climbed 8.5 per cent to $8.4m`: one clause

_COPIES = (
    "Subscription sales climbed 8.5 per cent to $8.4m last year. {between}With 280,000 subscribers, sales came to "
    "${avg} per subscriber."
)


def test_two_amounts_named_sales_tie_for_an_average(knowledge):
    text = _COPIES.format(between="Print subscription sales were $5.1m and digital sales $3.3m. ", avg="30")
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("avg,fires", [("30", False), ("45", True)])
def test_the_one_amount_named_sales_is_the_averages_total(knowledge, avg, fires):
    assert_checked(knowledge, _COPIES.format(between="", avg=avg), "F317", fires)
