"""Multiples and changes against other figures (fifteenth session, second round), each a rule for a construction:
- the figure a multiple of the sentence before is of (`한 달 전(3,000억원)의 2.1배`) is that sentence's earlier
  figure, never the level a later sentence's change is of; the later change is of the sentence's level, and the
  multiple and the rate, measured from two different figures, are two changes, not one stated twice;
- a rate per unit set beside a level and joined by `and` to an amount's change (`£4.18m, an average of £31.20 a
  ticket and £610,000 more than …`) is said of the level, as the change is: the change is the level's.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from helpers import change_links, document, findings
from test_frames import assert_checked

_links = change_links


# ------------------------------------------------ a multiple's figure is no level of a later change (F301)

MULTIPLE_THEN_RATE = (
    "새 상품권 판매 늘어\n\n지난달 상품권 판매액은 6,400억원으로 한 달 전(3,000억원)의 2.1배로 뛰었다. "
    "지난해 같은 달(5,800억원)보다는 {rate} 늘었다.\n"
)


def test_a_later_rate_is_of_the_level_not_of_the_figure_a_multiple_is_of(knowledge):
    assert _links(MULTIPLE_THEN_RATE.format(rate="10.3%"), knowledge)["10.3%"] == ("6,400억원", "5,800억원")


def test_a_later_rate_after_a_multiple_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, MULTIPLE_THEN_RATE.format(rate="10.3%"), "F301", fires=False)
    assert_checked(knowledge, MULTIPLE_THEN_RATE.format(rate="20.3%"), "F301", fires=True)


def test_a_multiple_and_a_rate_from_two_figures_are_not_one_change(knowledge):
    result = findings(knowledge, document(MULTIPLE_THEN_RATE.format(rate="10.3%")))
    assert not result.findings, [f.message for f in result.findings]


def test_a_multiple_of_the_sentence_before_still_checks(knowledge):
    text = MULTIPLE_THEN_RATE.format(rate="10.3%").replace("2.1배", "3.1배")
    assert_checked(knowledge, text, "F301", fires=False)
    result = findings(knowledge, document(text))
    assert result.findings, "the wrong multiple went unchecked"


# ------------------------------------------------ a rate per unit joined to a change by `and` (F305)

RATE_AND_CHANGE = (
    "Hall takings\n\nTicket sales at the Corran Playhouse stand at £4.18m, an average of £31.20 a ticket and "
    "{gap} more than last year's summer season made in total (£3.57m).\n"
)


def test_a_change_joined_to_a_rate_per_unit_is_of_the_level(knowledge):
    assert _links(RATE_AND_CHANGE.format(gap="£610,000"), knowledge)["£610,000"] == ("£4.18m", "£3.57m")


def test_a_change_joined_to_a_rate_per_unit_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, RATE_AND_CHANGE.format(gap="£610,000"), "F305", fires=False)
    assert_checked(knowledge, RATE_AND_CHANGE.format(gap="£810,000"), "F305", fires=True)


def test_a_change_right_after_a_rate_per_unit_stays_the_rates(knowledge):
    # (no `and`: `a dividend of $1.46 a share, up $0.20 from $1.26` is a change of the rate)
    text = (
        "Dividend up\n\nBrannock Foods earned $88 million and paid a dividend of $1.46 a share, up $0.20 from $1.26 "
        "a year earlier.\n"
    )
    assert _links(text, knowledge)["$0.20"] == ("$1.46", "$1.26")


# ------------------------------------------------ a level cut or raised `by` an amount, then set (F305)

CUT_BY = (
    "Quota trimmed\n\nThe regulator has cut the annual catch limit for the Marrow Bay scallop fishery by {cut}, "
    "setting it at 4,860 tonnes for next season, down from 5,100 tonnes.\n"
)


def test_an_amount_cut_by_is_the_change_of_the_level_set_from_the_earlier(knowledge):
    assert _links(CUT_BY.format(cut="240 tonnes"), knowledge)["240 tonnes"] == ("4,860 tonnes", "5,100 tonnes")


def test_an_amount_cut_by_holds_and_a_wrong_one_fires(knowledge):
    assert_checked(knowledge, CUT_BY.format(cut="240 tonnes"), "F305", fires=False)
    assert_checked(knowledge, CUT_BY.format(cut="340 tonnes"), "F305", fires=True)


def test_an_amount_raised_by_holds_and_a_wrong_one_fires(knowledge):
    text = (
        "Quota lifted\n\nThe board raised the yearly allowance for the Tarn Valley growers by {up}, setting it at "
        "12,400 tonnes, up from 11,900 tonnes.\n"
    )
    assert_checked(knowledge, text.format(up="500 tonnes"), "F305", fires=False)
    assert_checked(knowledge, text.format(up="800 tonnes"), "F305", fires=True)


def test_an_amount_cut_by_with_no_level_and_earlier_figure_after_it_links_nothing(knowledge):
    text = (
        "Quota trimmed\n\nThe regulator has cut the annual catch limit for the Marrow Bay scallop fishery by "
        "240 tonnes. Fishers landed 4,100 tonnes last season.\n"
    )
    assert "240 tonnes" not in _links(text, knowledge)
