"""Guards against pairing figures of different things (a gap read as a level, parts of another list),
each tested on sentences written for this test: the wrong pairing must not be checked (or must hold),
and the right pairing beside it must still be checked.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---- A figure right after the figure it is compared with (`480조원보다 32조원(6.7%) 많은`) is their gap,
# not the level a rate leads to (link/relations.py, _changed_value).


@pytest.mark.parametrize(
    "text,fires",
    [
        ("정부는 내년 예산을 512조원으로 정했다. 올해 480조원보다 32조원(6.7%) 많은 규모다.", False),
        ("정부는 내년 예산을 530조원으로 정했다. 올해 480조원보다 50조원(6.7%) 많은 규모다.", True),
        ("시는 내년 예산을 21조원으로 잡았다. 올해 20조원보다 1조원(5%) 많은 수준이다.", False),
        ("시는 내년 예산을 23조원으로 잡았다. 올해 20조원보다 3조원(5%) 많은 수준이다.", True),
        ("수출은 640억달러로 작년 600억달러보다 40억달러(6.7%) 늘었다.", False),
        ("수출은 680억달러로 작년 600억달러보다 80억달러(6.7%) 늘었다.", True),
    ],
)
def test_a_gap_after_the_figure_compared_with_is_not_the_level_of_the_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)


# ---- A total of the rest after listed parts (`나머지를 모두 합치면`, `the other funds raised a combined`) is one
# more part, not the total of the list (link/totals.py, _listed_before).


@pytest.mark.parametrize(
    "text",
    [
        "1위 영화는 50만명을 모았다. 2위 영화는 20만명, 3위 영화는 10만명이었고, "
        "나머지 영화의 관객을 모두 합치면 8만명이었다.",
        "A사는 20만대, B사는 10만대를 팔았고 그 밖의 회사를 모두 합치면 5만대였다.",
        "서울은 3200명, 부산은 1100명이었고 기타 지역은 모두 합쳐 900명이었다.",
        "The two largest funds raised $3.2 billion and $2.1 billion, "
        "while the other funds raised a combined $1.4 billion.",
        "Ford sold 120,000 cars and Toyota 90,000, and all others sold a combined 40,000.",
    ],
)
def test_a_total_of_the_rest_is_not_the_total_of_the_list(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("2위 영화는 20만명, 3위 영화는 10만명으로 두 영화를 모두 합치면 30만명이었다.", False),
        ("2위 영화는 20만명, 3위 영화는 10만명으로 두 영화를 모두 합치면 38만명이었다.", True),
        ("The two largest funds raised $3.2 billion and $2.1 billion, a combined $5.3 billion.", False),
        ("The two largest funds raised $3.2 billion and $2.1 billion, a combined $6.5 billion.", True),
    ],
)
def test_a_total_of_the_listed_parts_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---- A gap after a figure in parentheses (`과반 기준선(51석)보다 1석 많다`) is no level either: a change in the next
# sentence is measured from the level, not the gap (link/relations.py, _gap_against).


@pytest.mark.parametrize(
    "text,fires",
    [
        ("A당이 얻은 52석은 과반 기준선(51석)보다 1석 많다. 직전 선거에서 얻은 44석보다 8석 늘었다.", False),
        ("A당이 얻은 52석은 과반 기준선(51석)보다 1석 많다. 직전 선거에서 얻은 44석보다 12석 늘었다.", True),
        ("올해 관객은 130만명으로 목표치(120만명)보다 10만명 많았다. 지난해 100만명보다 30만명 늘었다.", False),
        ("올해 관객은 130만명으로 목표치(120만명)보다 10만명 많았다. 지난해 100만명보다 45만명 늘었다.", True),
    ],
)
def test_a_gap_after_a_figure_in_parentheses_is_not_the_level_of_the_next_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---- The size of a change as the topic (`증가 폭은 8월 11만명보다 3만명 줄었다`): the figure compared with is an
# earlier change, not a level (link/changes_of_changes.py).


@pytest.mark.parametrize(
    "text,fires",
    [
        ("지난달 가입자는 1520만명으로 1년 전보다 8만명 늘었다. 증가 폭은 8월 11만명보다 3만명 줄었다.", False),
        ("지난달 가입자는 1520만명으로 1년 전보다 8만명 늘었다. 증가 폭은 8월 11만명보다 5만명 줄었다.", True),
        ("3분기 판매는 42만대로 1년 전보다 6만대 늘었다. 증가폭은 2분기 4만대보다 2만대 늘었다.", False),
        ("3분기 판매는 42만대로 1년 전보다 6만대 늘었다. 증가폭은 2분기 4만대보다 7만대 늘었다.", True),
    ],
)
def test_the_size_of_a_change_as_topic_is_compared_with_an_earlier_change(knowledge, text, fires):
    assert_checked(knowledge, text, "F305", fires)


# ---- A figure of one segment (`자동차 수출은 52억달러`) below two parts or more of the breakdown after it is that
# segment's figure, not the breakdown's whole with a slip (link/breakdowns.py, _whole_before).


@pytest.mark.parametrize(
    "text",
    [
        "반면 자동차 수출은 52억달러에 그쳤다. 지역별로는 중국 90억달러, 미국 80억달러, 유럽 70억달러 순이었다.",
        "반면 중고차 판매는 5만대였다. 지역별로는 수도권 8만대, 영남 6만대, 호남 2만대였다.",
        "반도체 투자는 5조원에 머물렀다. 업종별로는 화학 9조원, 철강 7조원, 조선 3조원이었다.",
    ],
)
def test_a_segment_below_the_parts_is_not_their_whole(knowledge, text):
    assert_not_checked(knowledge, text, "F302")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("반도체 수출은 52억달러였다. 지역별로는 중국 30억달러, 미국 12억달러, 유럽 10억달러였다.", False),
        ("반도체 수출은 52억달러였다. 지역별로는 중국 40억달러, 미국 12억달러, 유럽 10억달러였다.", True),
    ],
)
def test_a_segment_broken_down_by_region_is_still_checked(knowledge, text, fires):
    assert_checked(knowledge, text, "F302", fires)


# ---- A rate of a measure (`GDP 대비 45.2%`, [link.ratio_denominators]) is a ratio, not a change against a period: no
# growth from a figure of the sentence after it (link/roles.py).


@pytest.mark.parametrize(
    "text",
    [
        "나라 빚은 내년 말 980조원으로 국내총생산(GDP) 대비 45.2%에 이를 전망이다. 올해 말 전망치는 910조원이다.",
        "가계부채는 1900조원으로 GDP 대비 90.1%다. 지난해에는 1800조원이었다.",
        "이 은행의 대출은 50조원으로 자기자본 대비 8.5% 수준이다. 1년 전에는 46조원이었다.",
    ],
)
def test_a_rate_of_a_measure_is_not_a_growth_rate(knowledge, text):
    assert_not_checked(knowledge, text, "F301")


@pytest.mark.parametrize(
    "text,fires",
    [
        ("나라 빚은 내년 말 980조원으로 올해 910조원 대비 7.7% 늘어난다.", False),
        ("나라 빚은 내년 말 980조원으로 올해 910조원 대비 12.5% 늘어난다.", True),
        ("매출은 5조 6200억원으로 전년 매출 5조 2000억원 대비 8% 늘었다.", False),
        ("매출은 5조 6200억원으로 전년 매출 5조 2000억원 대비 18% 늘었다.", True),
    ],
)
def test_a_rate_against_a_period_is_still_a_growth_rate(knowledge, text, fires):
    assert_checked(knowledge, text, "F301", fires)
