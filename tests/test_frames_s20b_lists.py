"""Lists, sums and superlatives (twentieth session, second round), each a rule for a construction:
- parts said to be of `the total` whose nearest figure before is a sub-period's, smaller than a part
  (`Fourth-quarter sales were T_q. … Grain brought in A, of the total, and feed B`), are of a figure further back in
  reach that holds every part (the story's period), not of the sub-period's read as misstated
  (checker/link/parts_of_stated_whole.py).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked

# ------------------------------------------------ parts of the story's total, past a sub-period's figure

EN_SUBPERIOD = (
    "Harlow Feeds said on Monday that sales in the first half rose 6.2% to £{whole} million from £{prior} million.\n\n"
    "Second-quarter sales were £57.3 million, up 3.1% on the first quarter. Demand from dairy farms held up.\n\n"
    "Compound feed brought in £{a} million, about two thirds of the total, and grain trading £{b} million."
)
EN_SUBPERIOD_COUNT = (
    "Visitors to Brackenfold Gardens in the nine months to September rose to {whole} from {prior} a year "
    "earlier, the trust said.\n\nThird-quarter visitors numbered 61,200. The tea room reopened in July.\n\n"
    "Members accounted for {a} of the total and day visitors for {b}."
)


def _part_of(text, knowledge, part):
    found = claims(text, knowledge).claims
    by_id = {c.id: c.text.strip() for c in found}
    claim = next(c for c in found if c.text.strip().startswith(part))
    return by_id.get(claim.part_of)


@pytest.mark.parametrize(
    "story,values,whole",
    [
        (EN_SUBPERIOD, {"whole": "121.4", "prior": "114.3", "a": "80.9", "b": "40.5"}, "£121.4 million"),
        (EN_SUBPERIOD_COUNT, {"whole": "168,400", "prior": "152,900", "a": "80,900", "b": "87,500"}, "168,400"),
    ],
    ids=["en-money", "en-count"],
)
def test_parts_of_the_total_past_a_sub_periods_figure_add_up_to_the_story_total(knowledge, story, values, whole):
    text = story.format(**values)
    first = "£80.9" if story is EN_SUBPERIOD else "80,900"
    assert _part_of(text, knowledge, first) == whole
    assert_checked(knowledge, text, "F302", False)
    # must fire: the parts exceed the story's total
    broken = dict(values, a="98.9" if story is EN_SUBPERIOD else "98,900")
    assert_checked(knowledge, story.format(**broken), "F302", True)

