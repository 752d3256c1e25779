"""Figures restated in one article, in constructions that recur across articles (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and, where relevant, where it must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
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


# ---------------------------------------------------------------- a headline streak stated twice in the body (F345)

_STREAK = (
    "한빛시 관광객 2만명…9개월 연속 증가\n\n"
    "관광객이 9개월 연속 늘며 회복세를 이어갔다. 지난해 9월부터 {body} 연속 {verb}.\n"
)


def _paired_with_the_later(knowledge, text: str) -> tuple[bool, list[str]]:
    """Whether the headline's length is listed as restated by the body's second statement, and the findings."""
    result = findings(knowledge, document(text), select=["F345"], show_passed=True)
    later = text.rindex("개월 연속") - 1
    paired = any(later in [r.start for r in item.related] for item in result.passed)
    return paired, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "body,verb,paired",
    [("9개월", "증가세다", True), ("9개월", "감소세다", False)],
)
def test_headline_streak_restated_by_each_body_statement_after_its_words(knowledge, body, verb, paired):
    # the later statement is the headline's again only after the words the headline's follows (`증가`)
    found, alarms = _paired_with_the_later(knowledge, _STREAK.format(body=body, verb=verb))
    assert found == paired and not alarms, alarms


@pytest.mark.parametrize(
    "text,fires", [("한빛시 관광객 2만명…9개월 연속 증가\n\n관광객이 8개월 연속 증가세다.\n", True)]
)
def test_headline_streak_one_digit_from_the_body(knowledge, text, fires):
    assert_checked(knowledge, text, "F345", fires)


# ------------------------------------------------------- a length restated beside itself in another unit (F346)


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Orrin trial's treatment lasts 52 weeks, or 12 months, before results are read.", False),
        ("The Orrin trial's treatment lasts 52 weeks, or 18 months, before results are read.", True),
        ("The Orrin trial's treatment lasts 90 days (about three months).", False),
        ("한빛제약의 임상 치료 기간은 104주(약 24개월)다.", False),
        ("한빛제약의 임상 치료 기간은 104주(약 30개월)다.", True),
    ],
)
def test_length_restated_in_another_unit(knowledge, text, fires):
    assert_checked(knowledge, text, "F346", fires)


@pytest.mark.parametrize(
    "text",
    [
        # two lengths of one unit: an alternative, not a restatement
        "The Orrin trial's treatment lasts 12 months, or 18 months for older patients.",
        # joined by `and`: two lengths of two things
        "The Orrin trial enrols for 52 weeks and treats for 12 months.",
    ],
)
def test_lengths_not_restating_each_other_are_not_paired(knowledge, text):
    assert_not_checked(knowledge, text, "F346")
