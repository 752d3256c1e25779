"""False alarms on sums, shares and prices (thirty-first session, second round): readings that took the wrong figures
for a whole or its parts, each closed by a structural veto or a better reading, with the break the reading was built
for still caught.

- a sum given `towards` a larger cost, the giver named between them (`€X from a fund towards a €Y refit`), draws on
  that cost as its pool, and a rest stated in a later sentence (`the other €Z`) completes it (rules/lang/en.toml
  `[link.pool_towards]`, checker/link/totals.py);
- a figure alone in brackets in an earlier sentence (`riders over 70 (2,300)`) is one label's count, a member of
  that sentence's list, never the misstated whole of a part and its rest (checker/link/totals.py);
- a total opening with a together-mark (`In all, …`) takes no price of one thing as a part (`at $5 apiece`), and a
  list whose first part is one more (`another £9,000`) runs on from the sentence before (rules/lang/en.toml
  `[link.list_continued_marks]`, checker/link/tallies.py);
- a whole dated by its own words to a span within the story's year (`올해 1∼5월`) is of the story, where the story is
  dated only to that year (checker/link/wholes_of_the_story_period.py);
- a price per a unit of measure takes no measure stated as an average (`an average fleece weight of 3.2 kg`) for
  the article's lead measure it values (checker/link/unit_prices.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, rule_passes

_BOATHOUSE = (
    "The rowing club has won $40,000 from the state lottery board toward a $95,000 boathouse refit, officials said. "
    "Members must find the remaining {rest} by spring."
)
_ORGAN = (
    "A heritage trust is giving €120,000 towards the €310,000 cost of a new organ. The parish plans to raise the "
    "other {rest} through concerts and a bequest."
)
_PASSES = (
    "The county has issued 5,000 passes since May. Post offices issued 3,100 passes; the other {rest} went out by mail."
)
_TICKETS = (
    "Most of the seats sold, 6,200, were adult tickets at £12 each, taking £74,400. Children's tickets at £5 apiece "
    "brought another £9,000, and 140 season passes added £21,000. In all, ticket sales brought in {total}."
)


@pytest.mark.parametrize(
    "clean,broken",
    [
        pytest.param(_BOATHOUSE.format(rest="$55,000"), _BOATHOUSE.format(rest="$45,000"), id="pool-giver-between"),
        pytest.param(_ORGAN.format(rest="€190,000"), _ORGAN.format(rest="€170,000"), id="pool-rest-next-sentence"),
        pytest.param(_PASSES.format(rest="1,900"), _PASSES.format(rest="1,400"), id="rest-of-unbracketed-whole"),
        pytest.param(_TICKETS.format(total="£104,400"), _TICKETS.format(total="£114,400"), id="list-runs-on"),
    ],
)
def test_the_sum_is_read_and_a_break_of_it_still_fires(knowledge, clean, broken):
    assert "F302" not in alarm_rules(knowledge, clean)
    assert rule_passes(knowledge, clean, "F302")
    assert "F302" in alarm_rules(knowledge, broken)


def test_a_smaller_unbracketed_whole_is_still_read_as_misstated(knowledge):
    text = (
        "The county has issued 4,000 passes since May. Post offices issued 3,100 passes; the other 1,900 went by mail."
    )
    assert "F302" in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        # bracketed label counts in the sentence before are a list of their own, no whole of the part and its rest
        "Bus passes went first to riders over 70 (2,300), with a disability (850), or in rural wards (400). Post "
        "offices issued 3,100 of the passes; the other 1,900 went out by mail.",
        "Seed packs went to growers over 60 (310) and to hill farms (95). Co-ops passed on 520 of the packs, and the "
        "remaining 260 were posted.",
        # a rest in a later sentence after a pool it is drawn from may be of the story's whole: no sum of the pool
        "군은 올해 쌀 9천 톤을 수매했다고 밝혔다. 친환경 쌀은 계약 물량 4천 톤 가운데 3천200톤이 들어왔다. "
        "나머지 5천800톤은 일반 쌀이다.",
        "Of the 2,000 seats on offer, subscribers took 1,400. The other 3,100 tickets sold this season went to walk-up "
        "buyers, for 4,500 in all.",
        # prices of one thing are no parts of a together-total
        "Lamps sold at $12 each and shades at $7 apiece. Altogether, the shop took $4,100 over the weekend.",
        "Adults paid €9 apiece and children €4 each. In all, the zoo took €52,000 in August.",
    ],
)
def test_figures_the_construction_does_not_relate_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


CLEAN = [
    "The marina charges $35 a night for each berth. In all, it earned $210,000 last season from 140 boats.",
    "A grant of £20,000 went to the choir. Separately, the orchestra won £65,000 towards a new hall, and the theatre "
    "has another £8,000 for lighting.",
    "The fund gave $15,000 to the shelter. Another $6,000 went to the food bank, and a tenants' group got $2,500. "
    "In all, 31 charities applied this year.",
    "The mill employs 230 people (90 of them part time). It shipped 4,100 tonnes last year; the other plant, in the "
    "north, shipped 2,800 tonnes.",
    "Pupils over 11 (620) sit the test in June. The school expects 540 to pass, and the other 80 may resit in "
    "autumn, a head teacher said.",
    "Fares rose to $3.50 a ride. In all, the line carried 2.4 million riders, and the city paid $18 million to run it.",
    "The charity raised €14,000 at a gala towards a €60,000 minibus. A new kitchen will cost €22,000, and the roof "
    "another €9,000.",
    "Tickets were £8 each for members and £11 for others. Altogether 3,400 people came over the three nights.",
    "The council gave $30,000 from its arts budget towards a $120,000 mural. The city's museum spent $400,000 on a "
    "new wing, and the other $75,000 of its budget went to staff.",
    "Sheep farmers (140) and dairy farmers (60) came to the meeting. The ministry has paid 900 claims so far; the "
    "other 1,300 are under review.",
    "Each ticket cost $25, and a season pass $180. In all, the club sold 1,250 tickets and 90 passes.",
    "The trust has £2.1 million in reserves. It gave another £40,000 to the hospice this year, and £15,000 to the "
    "library. In all, grants reached 64 groups.",
    "A park bench costs $900 apiece, and the city bought 40. Altogether, the park budget is $1.6 million this year.",
    "The school got £5,000 from a local firm towards a £12,000 garden. The parents' group, which has 230 members, "
    "held 14 events.",
    "Visitors over 65 (1,900) get free entry. The gallery welcomed 48,000 people this year; the other galleries in "
    "the city drew 210,000.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_side_by_side_raise_nothing(knowledge, text):
    assert alarm_rules(knowledge, text) == []


# ---------------------------------------------------------------- a whole dated within the story's year


def _level(period: str, paragraph: int, start: int):
    from checker.models import Claim, Quantity
    from checker.periods import Period

    quantity = Quantity(kind="count", value=1000.0, low=999.5, high=1000.5, unit="count")
    claim = Claim(
        id=f"t#{start}", path="t", start=start, end=start + 4, line=1, column=1, text="1000", quantity=quantity
    )
    claim.period, claim.paragraph = Period.parse(period), paragraph
    return claim


def test_a_whole_dated_within_the_story_year_is_of_the_story():
    from checker.link.wholes_of_the_story_period import dated_off_the_story
    from checker.periods import Period

    part = _level("2026", 3, 400)
    # (`this year's January-to-May visitors` in a story dated only to this year: its level, a whole the part may be of)
    assert not dated_off_the_story(part, _level("2026-05", 1, 10), Period.parse("2026"))
    # another year's level, or a span of a story dated to a quarter, stays off the story
    assert dated_off_the_story(part, _level("2025-05", 1, 10), Period.parse("2026"))
    assert dated_off_the_story(part, _level("2026-H1", 1, 10), Period.parse("2026-Q3"))


# ---------------------------------------------------------------- a price per unit of measure and an average measure

_FLEECE = (
    "A sheep cooperative in the highlands expects to shear 15,000 ewes this spring.\n\n"
    "At an average fleece weight of 3.2 kilograms, the season's wool should come to about 48 tonnes. Mills are "
    "paying $6.50 a kilogram, which would make the clip worth about {worth}."
)


def test_an_average_measure_is_not_the_crop_a_price_values(knowledge):
    clean, broken = _FLEECE.format(worth="$312,000"), _FLEECE.format(worth="$412,000")
    assert "F317" not in alarm_rules(knowledge, clean)
    assert rule_passes(knowledge, clean, "F317")
    assert "F317" in alarm_rules(knowledge, broken)


def test_an_average_measure_alone_values_nothing(knowledge):
    text = (
        "A sheep cooperative in the highlands expects to shear 15,000 ewes this spring.\n\n"
        "Each fleece averages 3.2 kilograms, and the mill in town pays $6.50 a kilogram. The cooperative also sold "
        "40 rams for about $31,000."
    )
    assert alarm_rules(knowledge, text) == []
