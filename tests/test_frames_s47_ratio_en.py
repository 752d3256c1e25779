"""English ratios on copy never seen (forty-seventh session, lane `ratio_en`).

- A sentence opening on a price marked per unit (`At £150 a head, subscriptions brought in £48,000`, `At $70 each,
  …`) applies it to the one count stated as a value in its own words before the total, else in the sentence right
  before (its earlier level and its change beside it are no other count): the total is the count times the price
  (checker/link/unit_prices.py `_link_at_a_price`, `[link.at_price_opening]`).
- Words taking a total after a price opening its sentence: `took in`, `comes to`, `adds up to`, `amounts to`,
  `accounts for`, `cost` (`At 10p a clay, the targets alone cost £900`: `[link.units_value_after_opening_price]`);
  a price per a period (`At £15 a week for each of its 90 members`) applies to no count alone.
- Lots whose units a word of a period describes (`in four monthly lots of 2,000`, `five weekly shipments of 6,000`):
  the word is the units', no mark that the lot is per a month (checker/link/lots.py).
- `to each`, `at each`, `for each` closing a figure's clause mark it per one of the count before, as `each` does
  (`50 trees to each`, `£3,000 to each`: `[link.unit_price_each]`); before a noun they name another unit.
- `to each of them`, `on`/`in`/`at each of the N units` after an amount set beside its total: per one of those
  units (`[link.each_one_marks]`, `[link.each_of_count_marks]`, checker/link/partners.py).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import assert_checked, assert_not_linked

PER_UNIT = "F317"

# ---------------------------------------------------------------- a sentence opening on a price per unit

_AT_PRICE_OPENING = [
    (
        "Rowing club\n\nThe club's membership grew to 320 from 300 over the winter. At {price} a head, subscriptions "
        "brought in £48,000.",
        "£150",
        "£190",
    ),
    (
        "Garden waste\n\nThe council said 18,200 households had signed up this spring, 900 more than last year. At "
        "{price} a bin, the subscriptions should bring in about £874,000.",
        "£48",
        "£60",
    ),
    (
        "Ambulance levy\n\nThis year 1,900 homes in the valley paid the annual fee. At {price} each, those "
        "subscriptions account for $133,000.",
        "$70",
        "$95",
    ),
    (
        "Skeet range\n\nThe club threw 24,000 clays at its open weekend. At {price} a clay, the targets alone cost "
        "£2,400.",
        "10p",
        "14p",
    ),
    (
        "Tennis courts\n\nPlayers booked 2,310 slots on the new courts over the summer. At {price} a booking, the "
        "courts took in $9,240 for the parish.",
        "$4",
        "$6",
    ),
    (
        "School roll\n\nThe district counts 12,400 pupils this autumn, down from 12,900. At {price} per pupil, the "
        "district's budget comes to about $117.8 million.",
        "$9,500",
        "$11,500",
    ),
    (
        "Clay shoot\n\nThe range threw 18,000 clays over the two days. At {price} a clay, the targets added up to "
        "£2,160.",
        "12p",
        "16p",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _AT_PRICE_OPENING)
@pytest.mark.parametrize("fires", [False, True])
def test_a_sentence_opening_on_a_price_per_unit(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (the count stands two sentences back, past a sentence of no count: not the one the price applies to)
        "Tram fares\n\nThe line counts 8,400 season-ticket holders. Fares are reviewed every spring. At £5 a trip, "
        "the weekend service took in £61,000.",
        # (a count after the total is another noun's, no units of the price)
        "Cheese fair\n\nStalls were busy all weekend. At $8 a bag, the stands took in $96,000, most of it for the "
        "three dairies that run them.",
        # (two counts of the sentence before: which one the price applies to is not said)
        "Lido\n\nThe lido sold 4,100 day passes and 640 season tickets. At £6 each, the passes took in £30,000.",
        # (the price's own noun names another count stated before)
        "Ferry\n\nThe ferry carried 52,000 cars in July and 48,000 cars in August. The firm has 300 staff. At £9 a "
        "car, crossings brought in £410,000.",
        # (a head of people, of no count of other things)
        "Timber yard\n\nThe yard stacked 3,000 pallets on Saturday. At £6 a head, the open day brought in £18,000.",
        # (a price per a unit of money or measure values no count)
        "Tool maker\n\nThe firm shipped 400 million units last year. At $1.30 a pound, its British sales came to "
        "about $520 million.",
        # (a count per unit in the sentence before is no count of all the units)
        "Padel courts\n\nThe six courts were booked 7,200 times this summer. That is about 1,200 bookings for each "
        "court. At $5 a booking, the courts brought in $36,000.",
        # (two counts of the price's noun in the article: which one it applies to is not said)
        "Test centres\n\nLearners sat 900,000 tests last year. The agency added 30,000 tests in the autumn. At £60 a "
        "test, the extra slots brought in about £2.3m.",
        # (a price per a period: of a total of some periods, not of the count alone)
        "Rowing club\n\nAt £12 a week for each of its 80 members, dues raise about £50,000 a year, the club said.",
        # (`came to` inside a sentence, after a fee that is not its opening: another amount)
        "Escape rooms\n\nBookings rose to 70,000. Families made 50,000 of them. New games, paid for by a fee of $3 "
        "per booking, came to $0.21 million.",
        # (`at` inside a sentence is no opening)
        "Orchard\n\nThe farm has 60 pickers. Buyers paid at £3 a crate and the farm took in £95,000.",
    ],
)
def test_a_price_opening_a_sentence_applies_to_no_unsaid_count(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- lots whose units a word of a period describes

_PERIODIC_LOTS = [
    (
        "Towel order\n\nA mill has agreed to supply 8,000 towels to a hotel chain. The towels will ship in four "
        "monthly lots of {lot} from May to August.",
        "2,000",
        "2,600",
    ),
    (
        "Cider order\n\nA brewer will send 30,000 cases of cider to Norway. The cases will go in five weekly "
        "shipments of {lot}.",
        "6,000",
        "8,000",
    ),
    (
        "Blanket order\n\nThe weavers will make 4,800 blankets for a charity, delivered in six monthly loads of "
        "{lot} from January.",
        "800",
        "1,100",
    ),
    (
        "Seed order\n\nThe nursery will post 90,000 seed packets this spring. They will leave in three fortnightly "
        "batches of {lot}.",
        "30,000",
        "40,000",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _PERIODIC_LOTS)
@pytest.mark.parametrize("fires", [False, True])
def test_lots_whose_units_a_period_word_describes(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(lot=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (a lot said per month after it: a rate, of a total of months the units do not divide)
        "Towel order\n\nA mill has agreed to supply 8,000 towels to a hotel chain. The towels will ship in four lots "
        "of 2,600 a month.",
    ],
)
def test_a_lot_per_month_after_it_is_a_rate(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- `to each`, `at each` closing a clause

_TO_EACH = [
    "Street trees\n\nThe council will plant 1,200 trees across all 24 wards, {each} trees to each.",
    "Club grants\n\nThe fund gave out £90,000 to 30 clubs, or £{each} to each.",
    "Blanket appeal\n\nThe charity sent 4,800 blankets to 60 shelters, {each} blankets to each.",
    "School fund\n\nThe board split $120,000 among 40 schools, or ${each} for each.",
]
_TO_EACH_VALUES = {0: ("50", "70"), 1: ("3,000", "4,000"), 2: ("80", "110"), 3: ("3,000", "4,000")}


@pytest.mark.parametrize("i", range(len(_TO_EACH)))
@pytest.mark.parametrize("fires", [False, True])
def test_a_figure_to_each_of_a_count(knowledge, i, fires):
    right, wrong = _TO_EACH_VALUES[i]
    assert_checked(knowledge, _TO_EACH[i].format(each=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (`at each` before a noun: per that noun, no restating of the count before)
        "Farm tour\n\nThe team visited 40 farms and sold 900 tickets at each market.",
        "Book drive\n\nVolunteers visited 42 libraries and left 150 books in each branch.",
    ],
)
def test_each_before_a_noun_is_no_mark(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ---------------------------------------------------------------- `to each of them`, `in each of the N units`

_EACH_OF = [
    (
        "Hall grants\n\nThe trust gave £60,000 to 15 village halls, or {each} to each of them.",
        "£4,000",
        "£5,000",
    ),
    (
        "Pie shops\n\nThe bakery sold 52,000 pies at its shops, about {each} in each of the 130 shops.",
        "400",
        "550",
    ),
    (
        "Orchard\n\nPickers filled 9,000 crates across the estate, some {each} on each of its 60 rows.",
        "150",
        "210",
    ),
    (
        "Coaching\n\nThe club paid A$36,000 to 12 volunteer coaches last season, or {each} to each of them.",
        "A$3,000",
        "A$4,000",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), _EACH_OF)
@pytest.mark.parametrize("fires", [False, True])
def test_a_figure_to_each_of_the_units(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(each=wrong if fires else right), PER_UNIT, fires)


@pytest.mark.parametrize(
    "text",
    [
        # (`each of them` after a figure with no count before it: of no stated units)
        "Hall grants\n\nThe trust gave £60,000 to the village halls, or £4,000 to each of them.",
        # (`each of the` before a noun no count names)
        "Pie shops\n\nThe bakery sold 52,000 pies last year, about 400 in each of the towns it serves.",
    ],
)
def test_each_of_with_no_count_is_no_mark(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


# ------------------------------------------------ a price opening its sentence, a total of more (s47 fix)

_NOT_THE_UNITS_ALONE = [
    # (another thing joined to the units in the total's subject)
    "The Hythe rowing club bought 30 new kits.\n\nAt £45 each, the kits and a new minibus cost £21,350.",
    "The Carrow choir ordered 40 robes.\n\nAt $60 each, the robes plus a new piano cost $9,400.",
    # (other sources added after the total)
    "Organisers sold 1,200 tickets.\n\nAt £15 each, they expect the night to bring in £25,000 once the raffle and "
    "auction are added.",
    "The Wendle fair sold 800 wristbands.\n\nAt $12 each, the stalls took in $14,500 with the bar.",
    # (another count in the total's sentence: its own noun, not the count before)
    "The Fenwick bowls club has 52 members.\n\nAt £20 each, the two new benches by the green cost £3,100.",
    "The Orton tennis club has 140 members.\n\nAt $25 each, the three new nets cost $2,900.",
    # (a bare price each whose total's subject names no noun of the count)
    "The Fenwick bowls club has 52 members.\n\nAt £20 each, the new roof cost £3,100.",
    "Pupils at Esk Vale school collected 90 books.\n\nAt £4 each, the library fund reached £1,200.",
]


@pytest.mark.parametrize("text", _NOT_THE_UNITS_ALONE)
def test_an_opening_price_values_no_more_than_the_units(knowledge, text):
    assert_not_linked(knowledge, text, PER_UNIT)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # (a bare price each: the subject names the count's noun, or refers back to them)
        ("The Hythe rowing club bought 30 new kits.\n\nAt {price} each, the kits cost £1,350.", "£45", "£60"),
        ("Organisers sold 1,200 tickets.\n\nAt {price} each, they brought in £18,000.", "£15", "£20"),
    ],
)
@pytest.mark.parametrize("fires", [False, True])
def test_an_opening_price_each_of_the_named_units(knowledge, text, right, wrong, fires):
    assert_checked(knowledge, text.format(price=wrong if fires else right), PER_UNIT, fires)
