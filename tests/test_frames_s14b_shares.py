"""Shares whose part an earlier sentence states (fourteenth session, second round).

A share whose clause opens on a noun (`The levy covers about 60% of the budget`, `Tolls made up 70% of revenue`) is
of the figure an earlier sentence states right after that noun, and of the whole the share names by its metric (or
the total that figure is listed in). Two earlier figures of the noun with different values are a tie, and a tie
links nothing; a subject that names nothing (`It covers …`) links nothing either.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

from test_frames import assert_checked, assert_not_checked

LEVY = (
    "Brenner County supervisors approved a $40 million budget for next year on Monday.\n\n"
    "The sewer levy rises to $24 million from $22 million. The levy covers {share} of the budget; grants and "
    "fees pay for the rest."
)


def test_a_share_of_a_noun_stated_before_holds(knowledge):
    """$24 million of $40 million is 60%."""
    assert_checked(knowledge, LEVY.format(share="about 60%"), "F503", fires=False)


def test_a_wrong_share_of_a_noun_stated_before_fires(knowledge):
    assert_checked(knowledge, LEVY.format(share="about 75%"), "F503", fires=True)


def test_a_fraction_of_a_noun_stated_before_fires(knowledge):
    assert_checked(knowledge, LEVY.format(share="almost a third"), "F503", fires=True)


LISTED = (
    "Ostwick Harbour's revenue rose 4% to $50 million last year.\n\n"
    "Tolls brought in $35 million, berthing $10 million and fees $5 million. Tolls therefore made up {share} of "
    "revenue."
)


def test_a_share_of_a_listed_part_holds(knowledge):
    assert_checked(knowledge, LISTED.format(share="70%"), "F503", fires=False)


def test_a_wrong_share_of_a_listed_part_fires(knowledge):
    assert_checked(knowledge, LISTED.format(share="90%"), "F503", fires=True)


def test_two_figures_of_the_noun_link_nothing(knowledge):
    """The levy on homes and the levy on shops: which one the share is of, not said."""
    text = (
        "Brenner County supervisors approved a $40 million budget for next year on Monday.\n\n"
        "The levy on homes rises to $24 million. The levy on shops is $10 million. The levy covers about 75% of "
        "the budget."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_pronoun_subject_links_nothing(knowledge):
    text = (
        "Brenner County supervisors approved a $40 million budget for next year on Monday.\n\n"
        "The sewer levy rises to $24 million from $22 million. It covers about 75% of the budget."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_subject_no_earlier_figure_names_links_nothing(knowledge):
    text = (
        "Brenner County supervisors approved a $40 million budget for next year on Monday.\n\n"
        "The sewer levy rises to $24 million from $22 million. State aid covers about 75% of the budget."
    )
    assert_not_checked(knowledge, text, "F503")


def test_a_share_of_the_total_a_part_is_listed_in_fires(knowledge):
    """`of the total`: the total the tolls are listed in ($50 million), 70% of it, not 90%."""
    text = LISTED.format(share="90%").replace("of revenue", "of the total")
    assert_checked(knowledge, text, "F503", fires=True)


def test_a_share_of_the_total_a_part_is_listed_in_holds(knowledge):
    text = LISTED.format(share="70%").replace("of revenue", "of the total")
    assert_checked(knowledge, text, "F503", fires=False)
