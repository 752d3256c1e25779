"""Figures restated in one article, in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a measure restated (F405)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("한빛군 산불의 피해 면적은 2천645㏊로 집계됐다. 군은 피해 면적 2천645㏊를 다시 조림하기로 했다.", False),
        ("한빛군 산불의 피해 면적은 2천645㏊로 집계됐다. 군은 피해 면적 2천615㏊를 다시 조림하기로 했다.", True),
        ("The Orrin plant generated 1,482 GWh in May. Its output of 1,482 GWh was a monthly record.", False),
        ("The Orrin plant generated 1,482 GWh in May. Its output of 1,432 GWh was a monthly record.", True),
    ],
)
def test_measure_restated_in_another_sentence(knowledge, text, fires):
    assert_checked(knowledge, text, "F405", fires)


def test_measures_of_two_units_are_not_paired(knowledge):
    # the same digits in another unit are another figure
    assert_not_checked(
        knowledge, "The Orrin line is 1,482 km long. The plant beside it generated 1,482 GWh in May.", "F405"
    )
