"""Shares of a whole (fourteenth session): which figure a share is of, and of what.

- an average is no part of a total (`drew 96,000 over 12 games, an average of 8,000, or 12% of the total`);
- a count names the noun it counts after a word of its own (`250 ferry calls` counts calls): a share of a count of
  calls is of that count, not of the story's largest count of passengers;
- a whole that opens its sentence (`Of the plant's 5,000 workers, 3,000, or 60%, …`) is the whole of the part and
  the share after it;
- a share whose clause names its own subject (`…, so fees accounted for 40% of the total`) is not the share of the
  figure listed last before it;
- a breakdown whose total is found by position, with a second total before it (the company's and the industry's,
  this year's and last year's), links no share to either;
- a margin whose profit and rate name no company is of the one revenue figure the article states, when that names
  the story's company or restates the headline's (`Net income was $30m, a margin of 20%` after the lead's revenue);
- a share set beside its part by a bare comma, or a fraction in words (`14 million kg, about a third of production`,
  `$36m, 60% of revenue`), is of the whole its noun names, looked up in the article; one stated right after its noun
  (`70% of full-year guidance of 240,000 tonnes`) is that whole.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _fired(knowledge, text: str, rule: str) -> list[str]:
    result = findings(knowledge, document(text), select=[rule], show_passed=True)
    return [f.message for f in result.findings if f.rule == rule]


# ---------------------------------------------------------------- an average is no part of a total

AVERAGE_THEN_SHARE = (
    "Crowds in the Tarn Valley League reached 800,000 this season, up 5% on last year.\n\n"
    "Harbour Town drew 96,000 over its 12 home games, an average of 8,000, or {share} of the league's total "
    "attendance."
)


def test_an_average_is_not_the_part_of_a_share_of_the_total(knowledge):
    """8,000 is each game's average: 8,000 / 800,000 is no share the text states."""
    assert not _fired(knowledge, AVERAGE_THEN_SHARE.format(share="12%"), "F503")


# ---------------------------------------------------------------- a count of calls is of the calls counted

CALLS = (
    "Norrvik's harbour handled 250 ferry calls this year, bringing 500,000 passengers ashore, or 2,000 passengers "
    "per call.\n\n"
    "Ships longer than 150 metres made 50 calls, {share} of the total, and carried 210,000 passengers."
)


def test_a_share_of_a_count_is_of_the_count_naming_its_noun(knowledge):
    assert_checked(knowledge, CALLS.format(share="20%"), "F503", fires=False)


def test_a_wrong_share_of_the_calls_fires(knowledge):
    assert_checked(knowledge, CALLS.format(share="35%"), "F503", fires=True)


def test_a_count_of_calls_is_no_share_of_the_passengers(knowledge):
    """50 / 500,000 passengers: never the relation the text states."""
    messages = _fired(knowledge, CALLS.format(share="35%"), "F503")
    assert messages and not any("500,000" in m for m in messages), messages


# ---------------------------------------------------------------- a whole that opens the sentence

OPENING_WHOLE = (
    "Velmar Mining produced 80,000 tonnes of zinc in the quarter.\n\n"
    "Of the plant's 5,000 workers, 3,000, or {share}, work night shifts, a figure the union wants cut."
)


def test_a_whole_opening_the_sentence_is_the_whole_of_the_share(knowledge):
    assert_checked(knowledge, OPENING_WHOLE.format(share="60%"), "F503", fires=False)


def test_a_wrong_share_of_the_opening_whole_fires(knowledge):
    assert_checked(knowledge, OPENING_WHOLE.format(share="75%"), "F503", fires=True)


def test_a_whole_named_mid_sentence_after_of_opens_nothing(knowledge):
    """`20% of the 5,000 workers`: the figure after `of` closes a share, it opens no whole of the next figure."""
    text = "Velmar Mining hired 400 people, 20% of the 2,000 workers it plans, and 3,000, or 60%, are local."
    result = findings(knowledge, document(text), select=["F503"], show_passed=True)
    messages = [f.message for f in result.findings] + [p.message for p in result.passed]
    assert not any("3,000" in m for m in messages), messages


# ---------------------------------------------------------------- a share whose clause names its own subject

OWN_SUBJECT = (
    "Brannock Insurance paid claims of $100m in the year.\n\n"
    "Medical claims cost $40m, theft $30m, and storm and other claims $30m, so medical cover accounted for "
    "{share} of the total paid."
)


def test_a_share_with_its_own_subject_is_not_of_the_last_figure(knowledge):
    """`so medical cover accounted for 40%`: not the share of the $30m listed last (30% of $100m)."""
    assert not _fired(knowledge, OWN_SUBJECT.format(share="40%"), "F503")


def test_a_share_after_its_part_without_a_subject_is_still_of_it(knowledge):
    text = (
        "Brannock Insurance paid claims of $100m in the year.\n\n"
        "Storm claims rose to $30m, accounting for {share} of the total."
    )
    assert_checked(knowledge, text.format(share="30%"), "F503", fires=False)
    assert_checked(knowledge, text.format(share="45%"), "F503", fires=True)


# ---------------------------------------------------------------- a breakdown with two totals before it

TWO_TOTALS = (
    "한결손해보험의 자동차보험 계약은 9월 말 20만건으로 늘었다. 업계 전체 계약 100만건 가운데 20%를 차지한다.\n\n"
    "차종별로는 승용차 15만건, 화물차 5만건이었다. 화물차는 전체의 {share}를 차지했다."
)
ONE_TOTAL = (
    "한결손해보험의 자동차보험 계약은 9월 말 20만건으로 늘었다.\n\n"
    "차종별로는 승용차 15만건, 화물차 5만건이었다. 화물차는 전체의 {share}를 차지했다."
)
THIS_YEAR_AND_LAST = (
    "누리도시가스의 올해 판매량은 21억㎥로 줄었다. 지난해 판매량은 23억㎥였다.\n\n"
    "용도별로는 주택용이 10억㎥로 가장 많았고 산업용 7억㎥, 업무용 4억㎥였다. 주택용이 전체의 {share}를 차지했다."
)


def test_a_breakdown_after_a_company_and_an_industry_total_links_neither(knowledge):
    """5만 of the industry's 100만 is 5%: the share of the company's 20만 (25%) is not checked against it."""
    assert not _fired(knowledge, TWO_TOTALS.format(share="25%"), "F503")


def test_a_breakdown_after_this_years_and_last_years_total_links_neither(knowledge):
    assert not _fired(knowledge, THIS_YEAR_AND_LAST.format(share="48%"), "F503")


def test_a_breakdown_after_one_total_is_checked(knowledge):
    assert_checked(knowledge, ONE_TOTAL.format(share="25%"), "F503", fires=False)
    assert_checked(knowledge, ONE_TOTAL.format(share="35%"), "F503", fires=True)


# ---------------------------------------------------------------- a share beside its part by a bare comma

HONEY = (
    "Lakeview beekeepers produced 40 million kg of honey in 2025, up 6% on the year before.\n\n"
    "Exports reached 13 million kg, {share} of production, with most going to Japan."
)
FUEL = (
    "Dale Power had revenue of $60 million in 2025, its annual report shows.\n\n"
    "Fuel bought from the grid operator cost $36 million, {share} of revenue, and that bill rose again."
)
GUIDANCE = (
    "Brisa Copper mined 900,000 tonnes of ore in the quarter.\n\n"
    "Output for the year so far is 170,000 tonnes, {share} of full-year guidance of 240,000 tonnes."
)


def test_a_fraction_beside_its_part_is_of_the_whole_its_noun_names(knowledge):
    assert_checked(knowledge, HONEY.format(share="about a third"), "F503", fires=False)


def test_a_wrong_fraction_beside_its_part_fires(knowledge):
    assert_checked(knowledge, HONEY.format(share="about half"), "F503", fires=True)


def test_a_percent_beside_its_part_by_a_comma_is_of_the_metric_it_names(knowledge):
    assert_checked(knowledge, FUEL.format(share="60%"), "F503", fires=False)
    assert_checked(knowledge, FUEL.format(share="75%"), "F503", fires=True)


def test_a_whole_stated_after_the_shares_noun_is_its_whole(knowledge):
    assert_checked(knowledge, GUIDANCE.format(share="71%"), "F503", fires=False)
    messages = _fired(knowledge, GUIDANCE.format(share="90%"), "F503")
    assert messages and not any("900" in m for m in messages), messages


def test_a_share_beside_a_figure_naming_no_whole_is_not_linked(knowledge):
    text = "Dale Power had revenue of $60 million in 2025.\n\nFuel cost $36 million, 60%, up from 52% the year before."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- a margin whose revenue the lead states

NAMED_LEAD = (
    "Corran Shipping reported second-quarter revenue of $150.0 million on Tuesday, up 8% from a year earlier.\n\n"
    "Net income was $30.0 million, a margin of {margin}."
)
HEADLINE_RESTATED = (
    "Tallow & Pike lifts sales to A$1.50 billion\n\n"
    "Tallow & Pike, the garden retailer, said sales rose 5% to A$1.50 billion in the year to June.\n\n"
    "Earnings before interest and tax rose to A$90.0 million, a margin of {margin}."
)
SPELLED_EBITDA = (
    "Morrow Copper sold 50,000 tonnes in the quarter, for revenue of $400.0 million.\n\n"
    "Earnings before interest, tax, depreciation and amortisation came to $180.0 million, a margin of {margin}."
)
TWO_REVENUES = (
    "Corran Shipping reported revenue of $150.0 million, and its rival Adler Lines $120.0 million.\n\n"
    "Net income was $30.0 million, a margin of {margin}."
)


def test_a_margin_is_of_the_revenue_the_lead_states_for_the_named_company(knowledge):
    assert_checked(knowledge, NAMED_LEAD.format(margin="20.0%"), "F318", fires=False)
    assert_checked(knowledge, NAMED_LEAD.format(margin="25.0%"), "F318", fires=True)


def test_a_margin_is_of_the_revenue_restated_from_the_headline(knowledge):
    assert_checked(knowledge, HEADLINE_RESTATED.format(margin="6.0%"), "F318", fires=False)
    assert_checked(knowledge, HEADLINE_RESTATED.format(margin="9.0%"), "F318", fires=True)


def test_ebitda_spelled_out_has_an_ebitda_margin(knowledge):
    assert_checked(knowledge, SPELLED_EBITDA.format(margin="45.0%"), "F318", fires=False)
    assert_checked(knowledge, SPELLED_EBITDA.format(margin="55.0%"), "F318", fires=True)


def test_a_margin_beside_two_companies_revenues_is_not_checked(knowledge):
    assert_not_checked(knowledge, TWO_REVENUES.format(margin="25.0%"), "F318")


# ---------------------------------------------------------------- the whole stated right after the share's `of`

SEATS = (
    "Corvina Air's loyalty scheme grew again in the year to March.\n\n"
    "Points paid for 1.5 million award seats, {share} of the 30 million passengers the airline carried."
)


def test_a_share_beside_its_part_is_of_the_whole_stated_after_it(knowledge):
    assert_checked(knowledge, SEATS.format(share="roughly 5%"), "F503", fires=False)
    assert_checked(knowledge, SEATS.format(share="or 5%"), "F503", fires=False)
    assert_checked(knowledge, SEATS.format(share="roughly 9%"), "F503", fires=True)


# ---------------------------------------------------------------- a part's rate named by its noun after the pair

PASS_RATE = "누리종자센터가 올해 시험한 2,000점 가운데 1,500점이 기준을 넘겨 합격률은 {rate}였다."
UTILISATION = "The fleet logged 3,000 operating days out of 4,000 available, a utilisation rate of {rate}."


def test_a_pass_rate_after_a_whole_and_its_part_is_their_share(knowledge):
    assert_checked(knowledge, PASS_RATE.format(rate="75.0%"), "F503", fires=False)
    assert_checked(knowledge, PASS_RATE.format(rate="85.0%"), "F503", fires=True)


def test_a_utilisation_rate_after_a_part_out_of_its_whole_is_their_share(knowledge):
    assert_checked(knowledge, UTILISATION.format(rate="75%"), "F503", fires=False)
    assert_checked(knowledge, UTILISATION.format(rate="95%"), "F503", fires=True)


def test_a_growth_rate_after_the_pair_is_no_share(knowledge):
    text = "누리종자센터가 올해 시험한 2,000점 가운데 1,500점이 기준을 넘겨 증가율은 75.0%였다."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- an operating loss and its rate over revenue

LOSS_RATE = "한빛라디오의 지난해 매출은 250억원이었다. 영업손실은 20억원으로 영업손실률은 {rate}였다."


def test_an_operating_loss_rate_is_the_loss_over_revenue(knowledge):
    assert_checked(knowledge, LOSS_RATE.format(rate="8.0%"), "F318", fires=False)
    assert_checked(knowledge, LOSS_RATE.format(rate="12.0%"), "F318", fires=True)
