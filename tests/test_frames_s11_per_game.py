"""Averages per game whose tally or games stand apart from the rate (eleventh session).

Every sentence is written for this file, with invented names and numbers. Each construction is tested where it
must be checked (and fires when one number is wrong) and where a near construction must not be checked.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a rate in parentheses, the games the sentence before


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "Marek Halloran scored 1,150 points in 50 games, a club record. "
            "He also collected 460 rebounds (9.2 a game).",
            False,
        ),
        (
            "Marek Halloran scored 1,150 points in 50 games, a club record. "
            "He also collected 460 rebounds (11.4 a game).",
            True,
        ),
    ],
)
def test_rate_in_parentheses_over_the_games_of_the_sentence_before(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_rate_in_parentheses_without_games_before_is_not_linked(knowledge):
    # the sentence before states no games played: what the rate is over is not said
    assert_not_checked(knowledge, "Marek Halloran joined in 2019. He also collected 460 rebounds (9.2 a game).", "F317")


# ---------------------------------------------------------------- a count marked per game (`경기당`)


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "한빛리그는 올해 정규시즌 360경기를 모두 마쳤다. 누적 관중은 612만명으로 집계됐다. "
            "경기당 평균 관중은 1만7천명이었다.",
            False,
        ),
        (
            "한빛리그는 올해 정규시즌 360경기를 모두 마쳤다. 누적 관중은 612만명으로 집계됐다. "
            "경기당 평균 관중은 2만1천명이었다.",
            True,
        ),
        ("한빛리그는 올해 정규시즌 360경기를 치렀다. 리그 전체 홈런은 828개로 경기당 2.3개가 나왔다.", False),
        ("한빛리그는 올해 정규시즌 360경기를 치렀다. 리그 전체 홈런은 828개로 경기당 2.9개가 나왔다.", True),
    ],
)
def test_count_marked_per_game(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # games of two sizes stated (a season's and a month's): which the average is over is not said
        "한빛리그는 정규시즌 360경기 가운데 9월에 60경기를 치렀다. 리그 전체 홈런은 828개로 경기당 2.3개가 나왔다.",
        # no tally of the rate's counter before it
        "한빛리그는 올해 정규시즌 360경기를 치렀다. 관중은 612만명이었고 경기당 2.3개의 홈런이 나왔다.",
    ],
)
def test_count_marked_per_game_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


# ---------------------------------------------------------------- an average over the games, then the total


@pytest.mark.parametrize(
    "text,fires",
    [
        ("Home crowds averaged 12,300 over 20 games at Fenmoor Park, a season total of 246,000.", False),
        ("Home crowds averaged 14,300 over 20 games at Fenmoor Park, a season total of 246,000.", True),
    ],
)
def test_average_over_games_then_its_total(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # no total marked: the larger figure is another count
        "Home crowds averaged 12,300 over 20 games at Fenmoor Park, which holds 18,000.",
        # the games are not framed as those the average is over
        "Home crowds averaged 12,300, and 20 games sold out, a season total of 246,000 tickets.",
    ],
)
def test_average_over_games_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


def test_over_right_after_a_figure_is_no_bound(knowledge):
    found = {c.text.strip(): c for c in claims("Home crowds averaged 12,300 over 20 games.", knowledge).claims}
    assert "20 games" in found and found["20 games"].high == 20.5, list(found)
