"""A change after a run by period, read across two lanes of the twenty-sixth session: once the bare later members
of a run are read with the run's noun (`2,980 in November`), the last member before the run's whole is one period's
figure too, not the level a change stated after the whole is of (link/relations.py `_run_member_passed`); the last
member of a run the change follows directly is still the level.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked

_CHANGE = "F305"


@pytest.mark.parametrize(("rise", "fires"), [(20, False), (60, True)])
def test_the_last_member_of_a_run_right_before_the_change_is_its_level(knowledge, rise, fires):
    text = (
        f"The shop sold 300 kites in January and 350 kites in February, up from 330 kites a year earlier, "
        f"a rise of {rise} kites."
    )
    assert_checked(knowledge, text, _CHANGE, fires)


def test_the_last_member_before_the_runs_whole_is_no_level(knowledge):
    # near-miss: the whole stands between the run and the change; December's figure is not what rose
    text = (
        "The ferry took 1,240 cars in April, 1,310 in May and 1,420 in June, for 3,970 in the quarter, "
        "up from 3,700 a year earlier, a rise of 270."
    )
    result = findings(knowledge, document(text), select=[_CHANGE], show_passed=True)
    assert _CHANGE not in [f.rule for f in result.findings], [f.message for f in result.findings]
