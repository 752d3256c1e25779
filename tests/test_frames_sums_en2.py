"""English sums, part 2 (issue 11): each construction in sentences written for this test, a case where
the relation holds (listed as checked) and one where it is broken (reported)."""

from __future__ import annotations

import pytest
from helpers import claims, document, findings
from test_frames import assert_checked

# A total broken down by product, then by market, each part with the figure of the year before.
_TWO_BREAKDOWNS_WITH_PRIORS = (
    "Sales totalled 6.20 lakh units against 5.10 lakh units a year earlier. Scooter sales rose 25 per cent at "
    "4.00 lakh units against 3.20 lakh units, while motorcycle sales went up 16 per cent at 2.20 lakh units "
    "against 1.90 lakh units. Domestic sales rose at 3.70 lakh units against 3.00 lakh units. Exports grew at "
    "2.50 lakh units against 2.10 lakh units."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS, False, id="en-two-breakdowns-with-priors-hold"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("2.10 lakh", "2.60 lakh"), True, id="en-market-prior-broken"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("1.90 lakh", "2.90 lakh"), True, id="en-product-prior-broken"),
        pytest.param(_TWO_BREAKDOWNS_WITH_PRIORS.replace("3.70 lakh", "4.70 lakh"), True, id="en-market-value-broken"),
        pytest.param(
            "The mill's shipments totalled 9,600 tonnes against 8,800 tonnes a year earlier. Bar shipments rose "
            "at 6,100 tonnes against 5,500 tonnes, while wire shipments rose at 3,500 tonnes against 3,300 tonnes. "
            "Domestic shipments rose at 7,000 tonnes against 6,500 tonnes. Exports rose at 2,600 tonnes against "
            "2,300 tonnes.",
            False,
            id="en-tonnes-by-product-and-market-hold",
        ),
    ],
)
def test_a_total_broken_down_twice_with_the_priors_of_each_list(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_the_priors_of_two_breakdowns_are_two_lists(knowledge):
    found = {c.text: c for c in claims(_TWO_BREAKDOWNS_WITH_PRIORS, knowledge).claims}
    by_product = {found["3.20 lakh units"].part_list, found["1.90 lakh units"].part_list}
    by_market = {found["3.00 lakh units"].part_list, found["2.10 lakh units"].part_list}
    assert len(by_product) == len(by_market) == 1 and by_product != by_market
    assert found["2.10 lakh units"].part_of == found["5.10 lakh units"].id


def test_each_breakdown_and_its_priors_are_checked(knowledge):
    result = findings(knowledge, document(_TWO_BREAKDOWNS_WITH_PRIORS), select=["F302"], show_passed=True)
    assert not result.findings and len([p for p in result.passed if p.rule == "F302"]) == 4


# A whole first, then its tally: in its clause and in the sentences after it that state only figures of it.
_TALLY = (
    "Of the 1,247 deaths, Ohio accounts for 412 deaths, Utah for 263 deaths, followed by Iowa at 187 and Maine at "
    "151. Officials counted 93 deaths in Idaho and 71 in Texas, while Nevada has confirmed 43 deaths. Kansas has "
    "logged 17 deaths and Alaska and Hawaii have confirmed five deaths each."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TALLY, False, id="en-whole-first-tally-holds"),
        pytest.param(_TALLY.replace("for 263 deaths", "for 563 deaths"), True, id="en-exceeds"),
        pytest.param(_TALLY.replace("logged 17", "logged 47"), True, id="en-run-on-exceeds"),
        pytest.param(
            "Among the 600 jobs created, 250 jobs went to Ohio, 180 jobs to Utah and 120 jobs to Iowa.",
            False,
            id="en-among-the-holds",
        ),
        pytest.param(
            "Among the 600 jobs created, 350 jobs went to Ohio, 180 jobs to Utah and 120 jobs to Iowa.",
            True,
            id="en-among-the-exceeds",
        ),
        pytest.param(
            "Of the 84 seats, the Reds won 40 seats and the Blues won 30 seats. The Greens took nine seats and "
            "independents won three seats.",
            False,
            id="en-seats-tally-short-holds",
        ),
    ],
)
def test_a_whole_then_its_tally(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_tally_stops_at_a_sentence_of_other_figures(knowledge):
    text = (
        "Of the 900 cases, Ohio had 300 cases and Utah had 200 cases. Testing rose 12% to 45,000 tests. "
        "Iowa had 100 cases."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["300 cases"].part_of == found["200 cases"].part_of == found["900 cases"].id
    assert found["100 cases"].part_of is None


def test_a_tally_stops_at_a_sentence_that_counts_another_thing(knowledge):
    text = (
        "Of the 84 seats, the Reds won 40 seats and the Blues won 30 seats. "
        "The Greens won nine seats and two independents."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["30 seats"].part_of == found["84 seats"].id and found["nine seats"].part_of is None


def test_a_tally_needs_two_parts_in_the_clause_of_its_whole(knowledge):
    text = "Of the 900 cases, 300 were in Ohio. Utah had 200 cases and Iowa had 100 cases."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["200 cases"].part_of is None and found["100 cases"].part_of is None


@pytest.mark.parametrize(
    "text,number,times",
    [
        pytest.param(
            "Of the 40 seats, Alpha won 20 seats, Beta won 14 seats and Gamma and Delta won three seats each.",
            "three seats",
            2,
            id="before",
        ),
        pytest.param(
            "A total 57 deaths were reported, of which 30 deaths were in Ohio, 20 in Utah, two each from Iowa and "
            "Idaho and one each from Maine, Texas and Oregon.",
            "one",
            3,
            id="after-from",
        ),
        pytest.param(
            "Of the 40 seats, Alpha won 20, Beta 14, and however many others took three each.",
            "three",
            1,
            id="no-names",
        ),
        pytest.param(
            "Of the 40 seats, Alpha won 20, Beta 14. However, Gamma and Delta won three each.",
            "three",
            1,
            id="stop-word",
        ),
    ],
)
def test_a_part_written_once_for_several_names_each(knowledge, text, number, times):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found[number].part_times == times, {k: (v.part_of, v.part_times) for k, v in found.items()}


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "A total 57 deaths were reported, of which 30 deaths were in Ohio, 20 in Utah, two each from Iowa and "
            "Idaho and one each from Maine, Texas and Oregon.",
            False,
            id="en-each-from-holds",
        ),
        pytest.param(
            "A total 57 deaths were reported, of which 30 deaths were in Ohio, 20 in Utah, two each from Iowa and "
            "Idaho and four each from Maine, Texas and Oregon.",
            True,
            id="en-each-from-exceeds",
        ),
    ],
)
def test_parts_counted_once_per_name(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


_NAMED_GROUP = (
    "The opposition Northern bloc holds 171 seats after the count. Seats in the Northern bloc, by party: Alpha 123, "
    "Beta 37, Gamma 9, Delta and Epsilon with one each."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_NAMED_GROUP, False, id="en-named-group-tally-holds"),
        pytest.param(_NAMED_GROUP.replace("Beta 37", "Beta 47"), True, id="en-named-group-tally-broken"),
        pytest.param(
            _NAMED_GROUP.replace("171 seats", "178 seats").replace("with one each", "with 9 each"),
            True,
            id="en-each-counted-once-per-name",
        ),
        pytest.param(
            "The ruling Southern alliance has won 88 seats, short of a majority. The Southern alliance's seats break "
            "down as follows -- Kappa 51, Lambda 23, Mu 11 and Nu 3.",
            False,
            id="en-as-follows-holds",
        ),
        pytest.param(
            "The ruling Southern alliance has won 88 seats, short of a majority. The Southern alliance's seats break "
            "down as follows -- Kappa 51, Lambda 33, Mu 11 and Nu 3.",
            True,
            id="en-as-follows-broken",
        ),
        pytest.param(
            "The ruling Southern alliance has won 88 seats, short of a majority. The Southern alliance's seats break "
            "down as follows -- Kappa 51, Lambda 23, Mu 11 and others.",
            False,
            id="en-left-open-holds",
        ),
    ],
)
def test_the_tally_of_a_named_group(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_tally_whose_group_no_figure_names_has_no_whole(knowledge):
    text = "Turnout reached 64,213 voters. Seats in the Northern bloc, by party: Alpha 123, Beta 37, Gamma 9."
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert all(found[n].part_of is None for n in ("123", "37", "9")), {k: v.part_of for k, v in found.items()}


def test_a_tally_left_open_may_fall_short(knowledge):
    text = (
        "The ruling Southern alliance has won 88 seats, short of a majority. The Southern alliance's seats break "
        "down as follows -- Kappa 51, Lambda 23, Mu 11 and others."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["88 seats"].open_list and found["23"].part_of == found["88 seats"].id


_DIVIDEND = (
    "The board proposed a final payout of 6.24 pence a share. That lifts the year's total payout to 9.13 pence, "
    "8% more than last year, after an interim payout of 2.89 pence in October."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_DIVIDEND, False, id="en-final-and-interim-holds"),
        pytest.param(_DIVIDEND.replace("2.89 pence", "3.89 pence"), True, id="en-final-and-interim-broken"),
        pytest.param(
            "The charity raised $1.24 million in May, bringing its total for the year to $3.47 million after "
            "$2.23 million in the first four months.",
            False,
            id="en-bringing-the-total-holds",
        ),
        pytest.param(
            "The charity raised $1.24 million in May, bringing its total for the year to $3.47 million after "
            "$1.23 million in the first four months.",
            True,
            id="en-bringing-the-total-broken",
        ),
    ],
)
def test_a_total_brought_up_by_the_amount_before_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The charity raised $1.24 million in May, bringing its total for the year to $3.47 million.",
            id="the-rest-unstated",
        ),
        pytest.param(
            "The charity raised $1.24 million in May, bringing its total for the year to $3.47 million, up from "
            "$2.91 million a year earlier.",
            id="a-prior-after-is-no-part",
        ),
    ],
)
def test_a_running_total_without_its_earlier_parts_is_no_sum(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$1.24 million"].part_of is None, {k: (v.role, v.part_of) for k, v in found.items()}


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Bilateral trade between the two countries reached $14.6 billion in 2022, with exports of $9.1 billion "
            "and imports of $5.5 billion.",
            False,
            id="en-two-way-trade-with-flows-holds",
        ),
        pytest.param(
            "Bilateral trade between the two countries reached $14.6 billion in 2022, with exports of $9.1 billion "
            "and imports of $7.5 billion.",
            True,
            id="en-two-way-trade-with-flows-broken",
        ),
        pytest.param(
            "Exports rose to $9.1 billion and imports to $5.5 billion, taking two-way trade to $14.6 billion.",
            False,
            id="en-flows-then-their-total-holds",
        ),
        pytest.param(
            "Two-way trade hit a record $14.6 billion last year. Exports were $9.1 billion, while imports came "
            "to $3.5 billion.",
            True,
            id="en-flows-in-the-next-sentence-broken",
        ),
    ],
)
def test_a_total_of_trade_is_its_exports_and_imports(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The total trade deficit widened to $3.6 billion, with exports of $9.1 billion and imports of "
            "$12.7 billion.",
            id="a-balance-is-no-total",
        ),
        pytest.param(
            "Bilateral trade reached $14.6 billion. Exports were $9.1 billion in 2022 and $8.2 billion in 2021, "
            "and imports $5.5 billion.",
            id="two-figures-of-one-flow",
        ),
    ],
)
def test_no_total_of_trade(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["$9.1 billion"].part_of is None, {k: (v.metric, v.part_of) for k, v in found.items()}


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "The carmaker sold 342,118 vehicles in October, comprising 287,530 passenger vehicles and 54,588 "
            "commercial vehicles.",
            False,
            id="en-comprising-holds",
        ),
        pytest.param(
            "The carmaker sold 342,118 vehicles in October, comprising 287,530 passenger vehicles and 44,588 "
            "commercial vehicles.",
            True,
            id="en-comprising-falls-short",
        ),
        pytest.param(
            "Indian two-wheeler maker Zeta reported sales of 3,42,118 units in October, made up of 2,87,530 "
            "motorcycles and 44,588 scooters.",
            True,
            id="en-made-up-of-falls-short",
        ),
        pytest.param(
            "The carmaker sold 342,118 vehicles in October, including 287,530 passenger vehicles and 44,588 "
            "commercial vehicles.",
            False,
            id="en-including-may-fall-short",
        ),
        pytest.param(
            "The carmaker sold 342,118 vehicles in October, comprising 287,530 passenger vehicles and 44,588 "
            "commercial vehicles, while 10,000 units were exported.",
            False,
            id="en-comprising-list-that-runs-on-may-fall-short",
        ),
    ],
)
def test_words_that_name_the_whole_list_close_it(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(
            "Of the 40 seats, Alpha won 21 seats, Beta won 13 seats and three independents won two seats each.",
            False,
            id="en-counted-names-each-holds",
        ),
        pytest.param(
            "Of the 40 seats, Alpha won 21 seats, Beta won 13 seats and five independents won three seats each.",
            True,
            id="en-counted-names-each-exceeds",
        ),
        pytest.param(
            "The alliance won 293 seats: Alpha 241, Beta 17, Gamma 13, Delta 7, Epsilon 5, Zeta 3, and seven "
            "smaller parties one each.",
            False,
            id="en-lead-mark-tally-with-counted-names-holds",
        ),
    ],
)
def test_a_count_of_names_that_each_have_a_part(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


def test_a_count_of_names_is_no_part_of_its_own(knowledge):
    text = (
        "The alliance won 293 seats: Alpha 241, Beta 17, Gamma 13, Delta 7, Epsilon 5, Zeta 3, and seven "
        "smaller parties one each."
    )
    found = {c.text.split()[0]: c for c in claims(text, knowledge).claims}
    assert found["seven"].part_of is None and found["one"].part_times == 7


_CASES = (
    "The state's tally rose to 8,412 cases on Friday. The number of active cases stood at 5,236, while 2,981 "
    "people have recovered and 195 have died."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_CASES, False, id="en-active-and-closed-cases-hold"),
        pytest.param(_CASES.replace("2,981", "5,981"), True, id="en-active-and-closed-cases-exceed"),
        pytest.param(
            "The city has confirmed 2,310 cases so far. Of these, 1,204 are active and 1,039 patients have been "
            "discharged, while 67 patients have died.",
            False,
            id="en-states-after-their-figures-hold",
        ),
        pytest.param(
            "The city has confirmed 2,310 cases so far. Of these, 1,204 are active and 1,839 patients have been "
            "discharged, while 67 patients have died.",
            True,
            id="en-states-after-their-figures-exceed",
        ),
    ],
)
def test_active_and_closed_cases_make_up_the_cases(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Labs ran 9,870 tests on Friday. The number of active cases stood at 5,236, while 2,981 people have "
            "recovered.",
            id="a-count-of-tests-is-no-whole",
        ),
        pytest.param(
            "The state's tally rose to 8,412 cases on Friday. New cases stood at 5,236, while 2,981 people have "
            "recovered.",
            id="no-active-cases-no-breakdown",
        ),
    ],
)
def test_cases_not_broken_down(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert all(c.part_of is None for c in found.values()), {k: v.part_of for k, v in found.items()}


_TOGETHER = (
    "Alpha sold 1.24 million phones and Beta sold 0.83 million phones last quarter. Together, the two brands sold "
    "2.07 million phones."
)


@pytest.mark.parametrize(
    "text,fires",
    [
        pytest.param(_TOGETHER, False, id="en-together-holds"),
        pytest.param(_TOGETHER.replace("2.07 million", "2.47 million"), True, id="en-together-broken"),
        pytest.param(
            "The two mills shipped 41,260 tonnes and 13,328 tonnes of steel. Combined, they shipped 54,588 tonnes.",
            False,
            id="en-combined-holds",
        ),
        pytest.param(
            "The two mills shipped 41,260 tonnes and 13,328 tonnes of steel. Combined, they shipped 64,588 tonnes.",
            True,
            id="en-combined-broken",
        ),
    ],
)
def test_together_states_the_total_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_TOGETHER.replace("the two brands", "the three brands"), id="a-count-of-another-list"),
        pytest.param(
            "Alpha sold 1.24 million phones and Beta sold 0.83 million phones last quarter. Separately, the two "
            "brands sold 2.07 million phones.",
            id="no-together-mark",
        ),
        pytest.param(
            "Alpha sold 1.24 million phones, up from 1.10 million phones. Together, the two brands sold 2.07 "
            "million phones.",
            id="a-prior-is-no-part",
        ),
    ],
)
def test_no_total_of_the_sentence_before(knowledge, text):
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["1.24 million phones"].part_of is None


def test_a_tally_runs_on_only_by_name(knowledge):
    text = (
        "Of the 120 flights, 80 flights left on time and 25 flights were delayed. Another 90 flights ran on "
        "Sunday. Officials counted 11 flights in Ohio."
    )
    found = {c.text: c for c in claims(text, knowledge).claims}
    assert found["25 flights"].part_of == found["120 flights"].id
    assert found["90 flights"].part_of is None and found["11 flights"].part_of is None
