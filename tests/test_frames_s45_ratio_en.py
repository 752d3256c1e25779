"""English ratios on copy never seen (forty-fifth session, lane `ratio_en`).

- What each of a count of units does and what they come to together, in one clause (`The firm's six cutters each
  manage 2,500 pieces a day, 15,000 between them`, `three tankers, which carry 5,000 litres each, 15,000 litres in
  all`): the total written bare takes the noun of the figure of each (checker/extract/quantities.py
  `_read_totals_of_each`), and the figure of each is the total over the units (checker/link/totals_of_each.py); the
  total keeps the figure's period (`a day`), whatever marks of each stand near it (per_unit_vetoes, identity_gates);
  the figure of each may be written bare after its mark and verb (`each finish nine a day, 36 between them`), and an
  amount may be marked an average (`fines averaged £300, £3,300 between them`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_fired, assert_not_linked, rule_result

PER_UNIT = "F317"


def _pairs(knowledge, text: str, rule: str = PER_UNIT) -> list[set[str]]:
    """The texts each item of the rule touches, reported or passed."""
    result = rule_result(knowledge, text, rule)
    return [
        {text[loc.start : loc.end] for loc in [item.location, *item.related]}
        for item in [*result.findings, *result.passed]
    ]


# ---------------------------------------------------------------- each of the units, then all of them together

_TOGETHER = [
    (
        "Pellow Pottery order\n\nPellow Pottery will make 9,000 mugs for a hotel group. Its six throwers each make 50 "
        "mugs a day, {total} between them, so the order will take 30 working days.",
        "300",
        "360",
    ),
    (
        "Marrick drains\n\nMarrick council has 9,600 drains to clear this autumn. Four crews clear 60 drains a day "
        "apiece, {total} a day between them.",
        "240",
        "280",
    ),
    (
        "Tansley fire station\n\nThe new station will house the brigade's three tankers, which carry 5,000 litres "
        "each, {total} litres between them.",
        "15,000",
        "24,000",
    ),
    (
        "Ravensby creamery\n\nThe creamery's two vats take 900 litres apiece, {total} a batch in all.",
        "1,800",
        "2,400",
    ),
    (
        "Hob Lane hornets\n\nAt the height of the summer the council's five teams were each dealing with 14 nests a "
        "day, {total} between them, and the waiting list grew to ten days.",
        "70",
        "84",
    ),
    (
        "Felling saw mill\n\nThe mill's seven sawyers each cut 120 planks a shift, or {total} altogether.",
        "840",
        "960",
    ),
    # (the figure of each written bare, after its mark and verb)
    (
        "Dunmore glassworks\n\nFour glass-blowers each finish nine a day, {total} between them, so the commission "
        "will take 20 working days.",
        "36",
        "45",
    ),
    # (money, marked an average of the units)
    (
        "Larkin bench\n\nEleven cases went before the bench, where fines averaged £300, {total} between them.",
        "£3,300",
        "£4,400",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _TOGETHER)
@pytest.mark.parametrize("fires", [False, True])
def test_each_of_the_units_then_all_of_them_together(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(total=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (no count of units before the figure: the total restates a sum of months, no units)
        "Amble smokery\n\nThe smokery sold 400 kippers in May, 1,300 in all over the spring.",
        # (the count before the figure is the same noun's: a part, then the whole)
        "Stainby orchard\n\nThe orchard picked 300 apples a day, 2,100 apples in all over the week.",
        # (the count before the figure is a rate of its own, no units)
        "Crook Hall cafe\n\nThe cafe served 400 visitors a day, 120 cakes a day, 840 cakes in all over the week.",
        # (a bare figure with no mark of each: no units)
        "Ossett bowls\n\nThe 14 bowlers won eight in May, 48 in all.",
    ],
)
def test_no_units_each_of_which_holds_the_figure(knowledge, text):
    assert_not_fired(knowledge, text, PER_UNIT)
    assert not any(len(pair) == 3 and any("in all" in t for t in pair) for pair in _pairs(knowledge, text))


def test_each_of_a_crew_size_is_passed_over_for_the_crews(knowledge):
    text = (
        "Earnley gullies\n\nThe district has 12,000 gullies. Four crews, each of two staff in a lorry, clear 75 "
        "gullies a day apiece, 300 a day between them."
    )
    pairs = _pairs(knowledge, text)
    assert {"75 gullies", "300", "Four crews"} in pairs, pairs


# ---------------------------------------------------------------- a plural noun priced each, what they came to

_PLURAL_OPENINGS = [
    (
        "Wrexby humps\n\nWrexby council will lay 36 humps on nine roads this winter. The humps cost £3,100 each to "
        "build, {total} in all.",
        "£111,600",
        "£130,000",
    ),
    (
        "Copley quiz\n\nThirty-six teams entered the Copley charity quiz. Teams paid £40 to enter, {total} between "
        "them.",
        "£1,440",
        "£1,800",
    ),
    (
        "Elmstead show\n\nSome 1,200 visitors came to the Elmstead show. Visitors paid £4 a head at the gate, "
        "{total} in all.",
        "£4,800",
        "£6,000",
    ),
    (
        "Hallow rowing club\n\nThe Hallow rowing club has 85 members. The members paid £60 each towards the new boat, "
        "{total} altogether.",
        "£5,100",
        "£6,000",
    ),
    (
        "Brindle fete\n\nOrganisers sold 420 raffle tickets at the Brindle fete. The tickets cost £2 each, raising "
        "{total} for the church roof.",
        "£840",
        "£1,400",
    ),
    (
        "Ashwell oaks\n\nThe parish will plant 120 oaks along the old drove road. The oaks cost £45 apiece, or {total} "
        "in all.",
        "£5,400",
        "£6,400",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _PLURAL_OPENINGS)
@pytest.mark.parametrize("fires", [False, True])
def test_a_plural_noun_priced_each_and_what_they_came_to(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(total=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (no mark of each one, no total of them together: the whole's amount)
        "Wrexby humps\n\nWrexby council will lay 36 humps on nine roads. The humps cost £40,000 to design, £111,600 "
        "in all.",
        # (a count of the noun in the sentence itself: its own reading)
        "Copley quiz\n\nThe teams paid £40 each, and 12 teams paid £20, £720 in all.",
    ],
)
def test_a_plural_noun_with_no_price_of_each_one(knowledge, text):
    assert not any(any(t.startswith("£40") for t in pair) and len(pair) == 3 for pair in _pairs(knowledge, text))


# ---------------------------------------------------------------- a counted noun ending in `ed`

_NOUNS_IN_ED = [
    (
        "Wensley humps\n\nThe council will install 48 speed humps on 12 streets, {each} a street, from October.",
        "four",
        "five",
    ),
    (
        "Garth nursery\n\nThe nursery gave 600 seed packets to 40 schools, {each} a school.",
        "15",
        "20",
    ),
    (
        "Marsh Lane allotments\n\nThe society rents out 90 garden sheds across 18 sites, {each} a site.",
        "five",
        "six",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _NOUNS_IN_ED)
@pytest.mark.parametrize("fires", [False, True])
def test_a_counted_noun_ending_in_ed(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(each=wrong if fires else right), PER_UNIT, fires)


# ---------------------------------------------------------------- a total over one whole year, its average

_ONE_YEAR = [
    (
        "Brackley fly-tipping\n\nResidents reported 1,820 fly-tips over the year, about {avg} a week.",
        "35",
        "45",
    ),
    (
        "Tolworth graffiti\n\nThe council's crew cleared 3,600 tags in the year to September, an average of {avg} a "
        "month.",
        "300",
        "360",
    ),
    (
        "Penhallow lifeboat\n\nThe station's crews launched 156 times during the past year, an average of {avg} a "
        "week.",
        "three",
        "four",
    ),
    (
        "Deeside food bank\n\nThe food bank handed out 8,400 parcels over the past 12 months, or about {avg} a month.",
        "700",
        "900",
    ),
    (
        "Hartside library\n\nThe mobile library lent 2,190 books across the whole year, an average of {avg} a day.",
        "six",
        "eight",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _ONE_YEAR)
@pytest.mark.parametrize("fires", [False, True])
def test_a_total_over_one_whole_year_and_its_average(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(avg=wrong if fires else right), "F312", fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the year before, no span the total is stated over)
        "Tolworth graffiti\n\nThe crew cleared 3,600 tags, up from 2,400 over the year before, about 500 a month.",
        # (a day's figure not said to be an average: a service open some of the year's days)
        "Hartside library\n\nThe mobile library lent 2,190 books over the year, 20 a day.",
    ],
)
def test_no_whole_year_span_or_no_average_of_its_days(knowledge, text):
    assert_not_fired(knowledge, text, "F312")


@pytest.mark.parametrize(
    "text",
    [
        "Four crews clear 60 drains a day each, 240 between them in May and 300 between them in June.",
        "The club's 12 coaches were each paid £800, £9,600 in all last season and £9,000 in all this season.",
        "Six vans each deliver 90 parcels a day, 540 between them on weekdays and 300 between them on Sundays.",
    ],
)
def test_two_totals_after_one_figure_of_each_leave_it_unread(knowledge, text):
    """Which of two totals marked as the units together is of the units the figure of each counts is not said
    (lead merge, forty-fifth session: the rule of `test_frames_s25_fix2` for `apiece`, kept by the new reading)."""
    assert_not_linked(knowledge, text, PER_UNIT)
