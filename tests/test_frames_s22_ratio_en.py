"""English ratios (twenty-second session), each a rule for a construction:
- a bare number appended to a count after a comma (an average's words, a hedge or neither between) and right before
  the mark of the noun of items it is per (`The group has 4,000 rooms, an average of 160 per hotel`, `2,400 volunteers
  across 40 stations, about 60 a station`, `600 vets, 4.0 per practice`) is a count of no noun of its own
  (checker/extract/quantities.py) restating the count before it per the count that noun names
  (checker/link/counts_per_unit.py); a count with its noun appended so after a hedge alone (`2,400 plots on 40 sites,
  about 60 plots a site`) is such an average too. A noun no count names, a period (`60 a day`), `per cent`, or two
  counts before it the clause does not choose between, leave it unlinked;
- a count of units opened, closed or added (`It opened 30 stores in the year`, `[link.estate_change_verbs]`) stated in
  another sentence than a count per unit is a change to the estate, not the units it is per
  (checker/link/counts_per_unit.py);
- a defined rate stated after figures of its base alone in its paragraph (`Revenue rose to $187m from $181m, leaving
  a net margin of 7.6%`, `… The operating margin was 4.9%`) is of the one figure of its profit the paragraph before
  states, as a rate opening its paragraph is (checker/link/margin_bases.py);
- a figure after its total's comma with an `or` or a hedge and a period's unit (`84,000 visitors over its six days,
  about 14,000 a day`) is an average over the span of its own sentence, never of a total before
  (checker/link/span_averages.py; `over its N days` is a span);
- a count after a verb of change and its rate in words (`Admissions rose 14.5 per cent to 14 million`) counts the
  plural noun opening its sentence, as one after a rate with its sign does (checker/extract/quantities.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `4,000 rooms, an average of 160 per hotel`

_HOTELS = "Oakfield Hotels owns 25 hotels in Wales.\n\nThe group has 4,000 rooms, an average of {each} per hotel."


@pytest.mark.parametrize("each,fires", [("160", False), ("210", True)])
def test_a_bare_average_per_a_noun_restates_the_count_before_it(knowledge, each, fires):
    assert_checked(knowledge, _HOTELS.format(each=each), "F317", fires)


_STATIONS = "The Westmoor lifeboat trust relies on 2,400 volunteers across 40 stations, about {each} a station."


@pytest.mark.parametrize("each,fires", [("60", False), ("90", True)])
def test_a_hedged_bare_number_a_noun_is_an_average_of_the_count_before(knowledge, each, fires):
    assert_checked(knowledge, _STATIONS.format(each=each), "F317", fires)


_VETS = "Brackenfold Vets owns 150 practices in the north.\n\nThe group employs 600 vets, {each} per practice."


@pytest.mark.parametrize("each,fires", [("4.0", False), ("5.5", True)])
def test_a_bare_number_per_a_noun_right_after_the_comma(knowledge, each, fires):
    assert_checked(knowledge, _VETS.format(each=each), "F317", fires)


_PLOTS = "Northam council manages 2,400 plots on 40 sites, about {each} plots a site."


@pytest.mark.parametrize("each,fires", [("60", False), ("80", True)])
def test_a_count_of_its_noun_after_a_hedge_is_an_appended_average(knowledge, each, fires):
    assert_checked(knowledge, _PLOTS.format(each=each), "F317", fires)


# ---------------------------------------------------------------- near misses: no link


def test_a_noun_no_count_names_is_not_linked(knowledge):
    text = "The Westmoor lifeboat trust relies on 2,400 volunteers across 40 stations, about 90 a crew."
    assert_not_checked(knowledge, text, "F317")


def test_two_counts_before_the_units_the_clause_does_not_choose_between(knowledge):
    text = "The district has 12,000 pupils and 400 teachers in 40 schools, about 45 per school."
    assert_not_checked(knowledge, text, "F317")


def test_two_counts_of_the_rates_noun_before_a_hedged_average_leave_it_unlinked(knowledge):
    text = "Northam council let 1,600 plots in spring and 800 plots in autumn on 40 sites, about 60 plots a site."
    assert_not_checked(knowledge, text, "F317")


def test_a_bare_number_per_a_period_is_not_per_a_count(knowledge):
    text = "The Oakvale festival drew 90,000 visitors over 30 days, about 9,000 a day at its peak."
    assert_not_checked(knowledge, text, "F317")


def test_a_number_after_a_verb_is_no_appended_average(knowledge):
    text = "Northam council manages 2,400 plots on 40 sites, charging 90 a plot for the season."
    assert_not_checked(knowledge, text, "F317")


def test_per_cent_after_a_bare_number_is_a_rate(knowledge):
    text = "Oakfield Hotels owns 25 hotels.\n\nThe group has 4,000 rooms, 40 per cent of them in Cardiff."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- a margin after its base, its profit a paragraph back

_NET = (
    "Harwick Fisheries' net profit fell to $14.2 million in the year to June from $17.4 million.\n\n"
    "Revenue rose 3.2% to $186.5 million from $180.7 million, leaving a net margin of {rate}."
)


@pytest.mark.parametrize("rate,fires", [("7.6%", False), ("9.6%", True)])
def test_a_margin_stated_after_its_base_takes_the_profit_of_the_paragraph_before(knowledge, rate, fires):
    assert_checked(knowledge, _NET.format(rate=rate), "F318", fires)


_OPERATING = (
    "Harwick Blades swung to an operating profit of $86 million in the third quarter.\n\n"
    "Revenue rose to $1.74 billion from $1.39 billion. The operating margin was {rate}."
)


@pytest.mark.parametrize("rate,fires", [("4.9%", False), ("6.9%", True)])
def test_a_margin_sentence_after_the_base_sentence_is_of_the_profit_before(knowledge, rate, fires):
    assert_checked(knowledge, _OPERATING.format(rate=rate), "F307", fires)


def test_two_profits_in_the_paragraph_before_leave_the_margin_unplaced(knowledge):
    text = (
        "Harwick Fisheries' net profit fell to $14.2 million in the year to June, and the net profit of its "
        "trawling arm rose to $30.0 million.\n\n"
        "Revenue rose 3.2% to $186.5 million from $180.7 million, leaving a net margin of 9.6%."
    )
    assert_not_checked(knowledge, text, "F318")


def test_a_margin_opening_on_another_metric_is_not_the_paragraph_befores(knowledge):
    text = (
        "Harwick Fisheries' net profit fell to $14.2 million in the year to June from $17.4 million.\n\n"
        "Exports were 48,000 tonnes and revenue rose to $186.5 million, leaving a net margin of 9.6%."
    )
    assert_not_checked(knowledge, text, "F318")


# ---------------------------------------------------------------- `84,000 visitors over its six days, about 14,000`

_FAIR = "The Oakvale fair drew 84,000 visitors over its six days, {average} a day, the organisers said."


@pytest.mark.parametrize(
    "average,fires",
    [("about 14,000", False), ("about 19,000", True), ("or 14,000", False), ("or about 19,000", True)],
)
def test_a_restatement_after_its_totals_comma_is_an_average_over_the_span(knowledge, average, fires):
    assert_checked(knowledge, _FAIR.format(average=average), "F312", fires)


def test_a_figure_after_the_comma_with_no_or_nor_hedge_is_not_read_as_the_average(knowledge):
    text = "The Oakvale fair drew 84,000 visitors over the six days, 30,000 a day at the weekend."
    assert_not_checked(knowledge, text, "F312")


def test_an_appended_restatement_is_of_a_total_of_its_own_sentence(knowledge):
    text = (
        "The Oakvale fair drew 84,000 visitors over the six days.\n\n"
        "Its car parks, by contrast, were full most of the week, or about 3,000 a day, the organisers said."
    )
    assert_not_checked(knowledge, text, "F312")


def test_an_appended_figure_per_something_else_than_a_period_is_no_average(knowledge):
    text = "The Oakvale fair drew 84,000 visitors over the six days, or 14,000 more than last year."
    assert_not_checked(knowledge, text, "F312")


# ---------------------------------------------------------------- `Admissions rose 14.5 per cent to 14 million`

_SCREENS = (
    "Lumen Cinemas operated 1,000 screens at the end of June.\n\n"
    "Admissions rose 14.5 per cent to 14 million in the six months from 12.2 million.\n\n"
    "Each screen drew an average of {each} admissions over the half."
)


@pytest.mark.parametrize("each,fires", [("14,000", False), ("19,000", True)])
def test_a_count_after_a_rise_in_per_cent_counts_the_plural_noun_opening_its_sentence(knowledge, each, fires):
    assert_checked(knowledge, _SCREENS.format(each=each), "F317", fires)


def test_a_rise_in_per_cent_of_a_singular_subject_names_no_count(knowledge):
    text = _SCREENS.format(each="19,000").replace("Admissions rose", "Attendance rose")
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `opened 30 stores`: a change to the estate, no units


def test_a_count_of_units_opened_in_another_sentence_is_not_the_units(knowledge):
    text = "Marlow Retail opened 30 stores in the year and now has 400.\n\nIt employs 8,000 staff, 20 per store."
    assert_not_checked(knowledge, text, "F317")


def test_an_average_per_a_unit_opened_elsewhere_is_not_linked_either(knowledge):
    text = (
        "Marlow Retail opened 30 stores in the year and now has 400.\n\n"
        "It employs 80,000 staff, an average of 2,000 per store."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("20", False), ("35", True)])
def test_the_estate_stated_as_a_count_of_its_units_is_the_units(knowledge, each, fires):
    text = f"Marlow Retail runs 400 stores.\n\nIt employs 8,000 staff, {each} per store."
    assert_checked(knowledge, text, "F317", fires)


def test_a_margin_after_a_segments_revenue_is_not_the_paragraph_befores_profits(knowledge):
    text = (
        "Harwick Foods said revenue rose to $500 million. Net profit was $40 million.\n\n"
        "Export revenue rose to $200 million from $180 million, leaving a net margin of 12%."
    )
    assert_not_checked(knowledge, text, "F318")
