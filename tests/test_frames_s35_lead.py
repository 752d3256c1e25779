"""A move and the level it reached (thirty-fifth session, the lead's fixes).

- A figure repaid, paid off, written off, scrapped or laid off, or one bought, built, planted, recruited or borrowed,
  then `, bringing … (down) to X from Y`, is the change of that level: X − Y = ±Z (`[link.removed_before]`,
  `[link.added_before]`, checker/link/taking_to.py).
- Whatever verb moved it, a figure and the level its clause goes on to reach (`drew £3.0m from its fund, bringing its
  reserves down to £5.1m`) are no two items of one list: no sum with a total stated paragraphs before
  (checker/link/parallel_parts.py, `brings_to_a_level`).

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules
from test_frames import assert_checked

DIFFERENCE, SUM = "F305", "F302"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill trust repaid £{z} of its bank loans, bringing borrowings down to £6.4m from £8.2m.",
        "The ferry company paid off £{z} of debt, bringing what it owes to £6.4m from £8.2m.",
        "The county wrote off £{z} of old arrears, cutting the sum outstanding to £6.4m from £8.2m.",
    ],
)
@pytest.mark.parametrize("z,fires", [("1.8m", False), ("2.6m", True)])
def test_a_sum_paid_off_is_the_fall_of_the_level_it_brought(knowledge, sentence, z, fires):
    text = "Harbour trust trims its debt\n\n" + sentence.format(z=z)
    assert_checked(knowledge, text, DIFFERENCE, fires)


@pytest.mark.parametrize(
    "sentence",
    [
        "The orchard co-operative bought {z} acres in the spring, taking its holding to 310 acres from 265.",
        "Volunteers planted {z} oaks along the river, bringing the riverside planting to 310 from 265.",
        "The housing trust built {z} homes last year, bringing its stock to 310 from 265.",
        "The rowing club recruited {z} juniors, taking its membership to 310 from 265.",
    ],
)
@pytest.mark.parametrize("z,fires", [("45", False), ("65", True)])
def test_a_figure_bought_or_built_is_the_rise_of_the_level_it_brought(knowledge, sentence, z, fires):
    text = "Growing year\n\n" + sentence.format(z=z)
    assert_checked(knowledge, text, DIFFERENCE, fires)


@pytest.mark.parametrize(
    "moved",
    [
        "The almshouse charity drew £3.0m from its endowment, bringing its reserves down to £5.1m.",
        "The almshouse charity spent £3.0m on repairs, taking its reserves to £5.1m.",
        "The almshouse charity moved £3.0m into bonds, lifting its holdings there to £5.1m.",
    ],
)
def test_a_move_and_the_level_it_reached_are_no_items_of_an_earlier_total(knowledge, moved):
    text = (
        "Charities report\n\n"
        "The priory trust repaid £1.2m of its loans, bringing borrowings down to £7.6m from £8.8m.\n\n"
        "The council appointed 35 wardens, taking the total to 180.\n\n" + moved
    )
    assert SUM not in alarm_rules(knowledge, text)


@pytest.mark.parametrize("second,fires", [("£2.9m", False), ("£4.2m", True)])
def test_items_of_a_list_still_add_up_to_the_lead_total(knowledge, second, fires):
    text = (
        "Priory trust income\n\n"
        "Priory trust income reached £7.6m in 2025.\n\n"
        f"Rents made up £4.7m and donations {second}."
    )
    assert_checked(knowledge, text, SUM, fires)
