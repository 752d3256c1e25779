"""The lead's constructions of the thirty-eighth session.

A fraction is a rate of change as a percent is: `up a third on 2,460`, with the figure the change is measured from
named after `on`/`from` (checker/link/change_noun_baselines.py). An owner that dates that figure to the period before
(`on last winter's 3,180`, `from the previous season's 410`; `[link.earlier_period_owners]`) may stand between them.

Every sentence is written for this file, with invented places, names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import alarm_rules, change_links, rule_fires, rule_passes

GROWTH = "F301"


@pytest.mark.parametrize(
    "text,change,baseline",
    [
        ("The Tarrow ferry carried 3,280 cars, up a third on 2,460 the summer before.", "a third", "2,460"),
        ("The Tarrow ferry carried 3,280 cars, up by a third from 2,460 the summer before.", "a third", "2,460"),
        ("The Tarrow ferry carried 3,280 cars, up a third on last summer's 2,460.", "a third", "2,460"),
        ("Ticket sales at the Kemble rink reached £4,770, up a half on the £3,180 of last winter.", "a half", "£3,180"),
        ("The Tarrow ferry carried 3,280 cars, up 33% on last summer's 2,460.", "33%", "2,460"),
    ],
)
def test_a_fraction_of_change_is_measured_from_the_figure_after_on(knowledge, text, change, baseline):
    links = change_links(text, knowledge)
    assert links[change][1] == baseline
    assert rule_passes(knowledge, text, GROWTH)
    assert GROWTH not in alarm_rules(knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tarrow ferry carried 3,280 cars, up a quarter on 2,460 the summer before.",
        "The Tarrow ferry carried 3,280 cars, up a half on last summer's 2,460.",
        "Ticket sales at the Kemble rink reached £4,770, up a third on the £3,180 of last winter.",
    ],
)
def test_a_wrong_fraction_of_change_is_reported(knowledge, text):
    assert rule_fires(knowledge, text, GROWTH)


@pytest.mark.parametrize(
    "text",
    [
        # the owner dates the figure to this period: no figure the change started from
        "The Tarrow ferry carried 3,280 cars, up a third on this summer's 2,460 forecast.",
        # a figure of another unit after `on` is no baseline of a count
        "The Tarrow ferry carried 3,280 cars, up a third on the £2,460 it took last summer.",
    ],
)
def test_no_baseline_of_another_period_or_unit(knowledge, text):
    links = change_links(text, knowledge)
    assert all(prior is None for _of, prior in links.values())
    assert GROWTH not in alarm_rules(knowledge, text)
