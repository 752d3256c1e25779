"""English ratios (twenty-fourth session), each a rule for a construction:
- a count per a noun marked by an article (`400 tickets a concert`, `an average of 30 volunteers a stall`), as by
  `per` (`[link.per_unit_after_average]`): the count that noun names is the units, the count of the rate's own
  counter the total (checker/link/counts_per_unit.py); a noun that names no count links nothing;
- an amount set beside its total and per each of the units named by a pronoun (`about £250 for each one`, `or €800
  for each of them`) is an average of `each`: of the count right before it (checker/link/partners.py,
  `[link.each_one_marks]`); `for each one` is no noun `one` the amount is per;
- an amount per employee is of the count of the workforce under another of its names (`employs 320 people`,
  `[link.workforce_nouns]`: checker/link/per_unit_apart.py), of the metric's total, not of one line's amount set
  right before a share of it after a comma (`sold 1.2 million of them for $90m, about two thirds of revenue`);
- an average of `each` closing on a phrase of its scope or time (`an average of $40,000 each before costs`,
  `[link.each_closing_after]`) is still an average of `each` (checker/link/partners.py); `each year` is a period;
- a span of days set after a comma as the run of the total's dates (`between 1 May and 9 May, nine days of packed
  sessions`) is the span a later `That is an average of 4,000 a day` divides the total over (`[link.span_days]`,
  checker/link/span_averages.py); days of something else, not set after a comma (`with nine days of rain`), are not;
- an amount set beside its total and shared `for each of the 8,000 hectares` is per the measure right after the mark
  (`[link.each_of_count_marks]`, checker/link/partners.py; a count of a noun there is per_unit.py's); a second
  figure in the clause (`of its 40 farms`) leaves which one unsaid.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `N tickets a concert`


@pytest.mark.parametrize("each,fires", [("400", False), ("460", True)])
def test_a_count_a_noun_divides_by_the_count_the_noun_names(knowledge, each, fires):
    text = f"The Larkmoor folk festival sold 96,000 tickets across 240 concerts, or about {each} tickets a concert."
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("30", False), ("36", True)])
def test_a_count_a_noun_with_its_total_in_the_sentence_before(knowledge, each, fires):
    text = (
        "The Ostley craft market drew 1,200 volunteers this autumn.\n\n"
        f"It ran 40 stalls, an average of {each} volunteers a stall."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_a_count_a_noun_naming_no_count_links_nothing(knowledge):
    text = "The Larkmoor folk festival sold 96,000 tickets across 240 concerts, or about 460 tickets a weekend."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `£250 for each one`


@pytest.mark.parametrize("each,fires", [("£250", False), ("£310", True)])
def test_an_amount_for_each_one_is_of_the_count_before_it(knowledge, each, fires):
    text = (
        "The Pellbrook trust is spending £7.5m on a scheme that will repair 30,000 bicycles, "
        f"about {each} for each one."
    )
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize("each,fires", [("€800", False), ("€900", True)])
def test_an_amount_for_each_of_them_is_of_the_count_before_it(knowledge, each, fires):
    text = f"The Dunmere co-operative will pay a dividend of €960,000 to its 1,200 members, or {each} for each of them."
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_for_each_one_with_no_count_before_it_links_nothing(knowledge):
    text = "The Pellbrook trust is spending £9.0m on a new workshop, about £360 for each one."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `employs 320 people … per employee`


@pytest.mark.parametrize("each,fires", [("€300,000", False), ("€360,000", True)])
def test_an_amount_per_employee_divides_by_the_people_employed(knowledge, each, fires):
    text = (
        "Tallis Pumps said sales for the year rose to €96.0 million from €88.9 million.\n\n"
        f"Tallis employs 320 people, most of them in Ghent, which works out at about {each} in sales per employee."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_per_employee_with_no_workforce_counted_links_nothing(knowledge):
    text = (
        "Tallis Pumps said sales for the year rose to €96.0 million from €88.9 million.\n\n"
        "Tallis served 320 customers, which works out at about €360,000 in sales per employee."
    )
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize("each,fires", [("C$300,000", False), ("C$200,000", True)])
def test_a_line_set_before_its_share_is_no_total_per_employee(knowledge, each, fires):
    text = (
        "Ridgeway Skates reported revenue of C$96.0 million for the year.\n\n"
        "Skates remain the core: the company sold 800,000 pairs for C$64.0 million, about two thirds of revenue, "
        "and an average of C$80 a pair.\n\n"
        f"Ridgeway employs 320 people, which works out to revenue of roughly {each} per employee."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_per_employee_paid_to_staff_named_after_it_links_nothing(knowledge):
    text = "Tallis Pumps said sales rose to €96.0 million.\n\nIt paid a bonus of €500 per employee to its 320 staff."
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `an average of $X each before costs`


@pytest.mark.parametrize("each,fires", [("C$400,000", False), ("C$460,000", True)])
def test_an_average_each_before_a_closing_phrase_is_of_the_units(knowledge, each, fires):
    text = (
        "The Marrow Bay scallop catch was worth C$96.0 million this season.\n\n"
        f"The bay's 240 licence holders earned an average of about {each} each before costs."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_each_year_is_no_average_of_each(knowledge):
    text = (
        "The Marrow Bay scallop catch was worth C$96.0 million this season.\n\n"
        "The bay's 240 licence holders pay an average of about C$460,000 each year in fees and levies."
    )
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- `…, nine days of packed sessions`

_CONGRESS = (
    "The Larchfield chess congress drew 36,000 visitors to the Corn Exchange between 1 May and 9 May{span}, "
    "the organisers said.\n\nThat is an average of {each} a day and 10% more than last year's 32,700."
)


@pytest.mark.parametrize("each,fires", [("4,000", False), ("4,500", True)])
def test_an_average_a_day_over_days_set_after_a_comma(knowledge, each, fires):
    assert_checked(knowledge, _CONGRESS.format(span=", nine days of packed sessions", each=each), "F312", fires)


def test_days_of_something_not_set_after_a_comma_are_no_span(knowledge):
    assert_not_checked(knowledge, _CONGRESS.format(span=" with nine days of rain", each="4,500"), "F312")


# ---------------------------------------------------------------- `£12,000 for each of the 8,000 hectares`


@pytest.mark.parametrize("each,fires", [("£12,000", False), ("£15,000", True)])
def test_an_amount_for_each_of_a_count_is_per_that_count(knowledge, each, fires):
    text = (
        "The Fenmoor growers' co-operative will pay £96 million to its members, which works out at "
        f"{each} for each of the 8,000 hectares in production."
    )
    assert_checked(knowledge, text, "F317", fires)


def test_an_amount_for_each_of_a_count_with_no_total_links_nothing(knowledge):
    text = "The Fenmoor co-operative pays a fee of £15,000 for each of the 8,000 hectares in production."
    assert_not_checked(knowledge, text, "F317")


def test_an_amount_for_each_of_a_measure_with_another_figure_after_links_nothing(knowledge):
    text = (
        "The Fenmoor growers' co-operative will pay £96 million to its members, which works out at "
        "£15,000 for each of the 8,000 hectares of its 40 farms."
    )
    assert_not_checked(knowledge, text, "F317")
