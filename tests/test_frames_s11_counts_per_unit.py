"""A count per unit between two stated counts (eleventh session): `1,420 patients at 160 sites, almost nine patients
per site`, `홈런은 1천310개로 경기당 1.8개` with the games counted before.

Every sentence is written for this file, with invented names and numbers. The units are the count the per noun
names, the total the count of the rate's own noun; where either is not stated, or not one, nothing is linked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked


@pytest.mark.parametrize(
    "text,fires",
    [
        ("The Velmar trial enrolled 1,420 patients at 160 sites, an average of almost nine patients per site.", False),
        ("The Velmar trial enrolled 1,420 patients at 160 sites, an average of almost six patients per site.", True),
        ("The hospital has 1,250 beds in 25 wards, or 50 beds for each ward.", False),
        ("The hospital has 1,250 beds in 25 wards, or 40 beds for each ward.", True),
        ("한빛리그는 올해 정규시즌 540경기를 치렀다. 올 시즌 도루는 972개로 경기당 1.8개가 나왔다.", False),
        ("한빛리그는 올해 정규시즌 540경기를 치렀다. 올 시즌 도루는 972개로 경기당 2.8개가 나왔다.", True),
        ("새솔시 보건소 12곳이 올해 접종자 3만6천명을 받았다. 보건소당 평균 접종자는 3천명꼴이다.", False),
        ("한빛리그는 정규시즌 540경기를 치렀다. 관중은 810만명이었다. 경기당 평균 관중은 1만5천명이었다.", False),
        ("한빛리그는 정규시즌 540경기를 치렀다. 관중은 810만명이었다. 경기당 평균 관중은 2만5천명이었다.", True),
        # the total two sentences before, named by the rate's word
        (
            "한빛리그는 540경기를 치러 누적 관중이 810만명이었다. 역대 최다다. 경기당 평균 관중은 1만5천명이었다.",
            False,
        ),
        (
            "한빛리그는 540경기를 치러 누적 관중이 810만명이었다. 역대 최다다. 경기당 평균 관중은 2만1천명이었다.",
            True,
        ),
        ("새솔시 보건소 12곳이 올해 접종자 3만6천명을 받았다. 보건소당 평균 접종자는 4천명꼴이다.", True),
    ],
)
def test_count_per_unit_of_two_stated_counts(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


@pytest.mark.parametrize(
    "text",
    [
        # the noun the rate is per names no count stated: `160 clinics` is not a count of sites
        "The Velmar trial enrolled 1,420 patients at 160 clinics, an average of almost nine patients per site.",
        # two counts of the rate's noun before it: which one it divides is not said
        "The trial enrolled 1,420 patients in May and 980 patients in June at 160 sites, about nine patients per site.",
        # a name ending in the mark's letter, then a particle (`한빛당이`): no rate per anything
        "한빛당은 지역구 122석 가운데 102곳에서 이겼다. 서울에선 한빛당이 37곳에서 승리했다.",
        # the count in the sentence before is named by another noun (`입장권`), not by the rate's (`관중`)
        "한빛리그는 정규시즌 540경기를 치렀다. 입장권은 810만장이었다. 경기당 평균 관중은 1만5천명이었다.",
        "한빛리그는 정규시즌 540경기를 치렀다. 부상자는 810명이었다. 경기당 평균 관중은 1만5천명이었다.",
        # two counts named by the rate's word within reach: which one it divides is not said
        "한빛리그는 540경기를 치러 관중이 810만명이었다. 유료 관중은 700만명이었다. 경기당 평균 관중은 1만5천명이었다.",
        # no count of games stated anywhere
        "올 시즌 도루는 972개로 경기당 1.8개가 나왔다.",
    ],
)
def test_count_per_unit_without_one_count_of_each_is_not_linked(knowledge, text):
    assert_not_checked(knowledge, text, "F317")


@pytest.mark.parametrize(
    "text,fires",
    [
        (
            "연금 수급자는 650만명으로 늘었다.\n\n반면 보험료를 내는 가입자는 2천015만명으로 정체 상태다. "
            "가입자 3.1명이 수급자 1명을 부양하는 꼴이다.",
            False,
        ),
        (
            "연금 수급자는 650만명으로 늘었다.\n\n반면 보험료를 내는 가입자는 2천015만명으로 정체 상태다. "
            "가입자 4.1명이 수급자 1명을 부양하는 꼴이다.",
            True,
        ),
    ],
)
def test_count_per_one_of_another_noun(knowledge, text, fires):
    assert_checked(knowledge, text, "F317", fires)


def test_count_per_one_without_a_figure_of_the_rate_noun_is_not_linked(knowledge):
    # no figure of `가입자` stated: what the rate counts is not in the article
    assert_not_checked(
        knowledge, "연금 수급자는 650만명으로 늘었다. 근로자 3.1명이 수급자 1명을 부양하는 꼴이다.", "F317"
    )
