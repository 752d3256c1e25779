"""Shares of a whole (twenty-first session), each a rule for a construction:
- a share of the total of a time span or of an event the story covers (`a fifth of the week's total`, `12% of the
  season's total`, `of the league's total attendance`) is a share of the story's total, as `of the total` is
  (`[link.whole_share_after]`); a wider span's total than the story's (`of the year's total` in a quarter's story)
  is not;
- a bare numeral joined to its whole by `of` alone (`won 45 of 60 points, or 75%`) is a part of it, as `45 of the 60`
  is; the share may be named a rate of the part in the whole (`, a 75% success rate`, `, a success rate of 75%`) or
  stand in parentheses (`45 of 60 attempts (75%)`); a figure with its own noun before `of` (`450 hours of 600`) and
  a rate that names a change (`, a 75% rise`) are not read so;
- a Korean fraction in words stated as its part's level (`P으로 3분의 1가량이다`, `P으로 4분의 1을 조금 넘었다`,
  `P으로 3분의 2에 조금 못 미친다`, `P으로 10명 중 6명꼴이었다`) is the part's share of the story's total, as one
  closed by a verb of share is (`3분의 1을 차지했다`); a fraction that is the subject of another verb
  (`3분의 1이 줄었다`) is not;
- a Korean share of a whole its sentence names (`지난해 매출(W)의 Z%에 해당한다`), whose subject refers back (`이는`)
  or names the deal the story reports (`이번 계약 금액은`), is the share of the amount the sentence before states (or,
  for the deal, the lead's first amount), whatever its metric or period, and in the whole's currency when the amount
  is written first in another (`3억달러(약 4,000억원)`); with no such subject, a level of another metric is not read;
  a verb of reaching closes such a share as a copula does (`…의 54%에 이른다`, `에 달했다`).

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- `of the week's total`: the story's total

_FAIR = (
    "Millbrook show crowds slip to 240,000\n\n"
    "Attendance at the Millbrook county show fell 4% to 240,000 over its six days, from 250,000 last year.\n\n"
    "That is an average of 40,000 visitors a day. The Saturday drew 60,000, {share} of the {whose} total."
)


@pytest.mark.parametrize(
    "share,whose,fires",
    [
        ("25%", "week's", False),
        ("40%", "week's", True),
        ("a quarter", "week's", False),
        ("more than a third", "week's", True),
    ],
)
def test_a_share_of_the_spans_total_is_of_the_storys_total(knowledge, share, whose, fires):
    assert_checked(knowledge, _FAIR.format(share=share, whose=whose), "F503", fires)


_SEASON = (
    "Harbour league crowds reach 900,000\n\n"
    "Crowds in the Harbour league reached 900,000 this season, up 5% from 857,000.\n\n"
    "Port Albion drew 180,000 at home, or {share} of the {whose} total."
)


@pytest.mark.parametrize("share,whose,fires", [("20%", "season's", False), ("30%", "season's", True)])
def test_a_share_of_the_seasons_total(knowledge, share, whose, fires):
    assert_checked(knowledge, _SEASON.format(share=share, whose=whose), "F503", fires)


_QUARTER = (
    "Dealer sales rise in first quarter\n\n"
    "The Carrow dealer sold 400 cars in the first quarter, up 10% from 364.\n\n"
    "March sales were 100, or 8% of the year's total, the company expects."
)


def test_a_share_of_a_wider_spans_total_is_not_of_a_narrower_storys_total(knowledge):
    # (the year's total is not stated: the quarter's 400 is no whole of it)
    assert_not_checked(knowledge, _QUARTER, "F503")


# ---------------------------------------------------------------- `45 of 60 points, or 75%`: a bare part of its whole

_TENNIS = (
    "Okoro wins Harbour Open\n\n"
    "Okoro won the final in four sets on Sunday. She won {part} of 60 points on her serve{tail}."
)


@pytest.mark.parametrize(
    "part,tail,fires",
    [
        ("45", ", or 75 per cent", False),
        ("45", ", or 65 per cent", True),
        ("45", ", a 75% success rate", False),
        ("45", ", a 60% success rate", True),
        ("45", ", a success rate of 75%", False),
        ("45", ", a success rate of 85%", True),
        ("45", " (75%)", False),
        ("45", " (55%)", True),
    ],
)
def test_a_bare_part_of_its_whole_then_its_share(knowledge, part, tail, fires):
    assert_checked(knowledge, _TENNIS.format(part=part, tail=tail), "F503", fires)


@pytest.mark.parametrize("tail", [", a 75% rise", ", a 60% rise"])
def test_a_rate_of_change_after_a_part_and_its_whole_is_no_share(knowledge, tail):
    assert_not_checked(knowledge, _TENNIS.format(part="45", tail=tail), "F503")


def test_a_figure_with_its_own_noun_before_bare_of_is_no_part(knowledge):
    text = "Mill output\n\nThe mill ran for 450 hours of 600 planned, a 60% success rate."
    assert_not_checked(knowledge, text, "F503")


# ---------------------------------------------------------------- `P으로 3분의 1가량이다`: a Korean fraction as a level

_HARBOUR = (
    "새솔항 물동량 6만톤\n\n"
    "새솔항의 상반기 물동량은 6만톤으로 1년 전 5만4천톤보다 11.1% 늘었다.\n\n"
    "항만 인력은 320명이다. 수출 화물이 {part}으로 {share}."
)


@pytest.mark.parametrize(
    "part,share,fires",
    [
        ("2만톤", "3분의 1가량이다", False),
        ("3만9천톤", "3분의 1가량이다", True),
        ("1만6천톤", "4분의 1을 조금 넘었다", False),
        ("3만톤", "4분의 1을 조금 넘었다", True),
        ("3만8천톤", "3분의 2에 조금 못 미친다", False),
        ("1만톤", "3분의 2에 조금 못 미친다", True),
    ],
)
def test_a_korean_fraction_stated_as_its_parts_level(knowledge, part, share, fires):
    assert_checked(knowledge, _HARBOUR.format(part=part, share=share), "F503", fires)


_VISITORS = (
    "다온섬 방문객 5만명\n\n"
    "다온섬의 올여름 방문객은 5만명으로 1년 전 4만5천명보다 11.1% 늘었다.\n\n"
    "숙박 업소는 80곳이다. 외지인이 {part}으로 10명 중 6명꼴이었다."
)


@pytest.mark.parametrize("part,fires", [("3만명", False), ("1만명", True)])
def test_a_korean_fraction_of_counted_people_as_its_parts_level(knowledge, part, fires):
    assert_checked(knowledge, _VISITORS.format(part=part), "F503", fires)


def test_a_korean_fraction_that_is_the_subject_of_another_verb_is_no_share(knowledge):
    assert_not_checked(knowledge, _HARBOUR.format(part="2만톤", share="3분의 1이 줄었다"), "F503")


# ---------------------------------------------------------------- `이번 계약 금액은 지난해 매출(W)의 Z%에 해당한다`

_DEAL = (
    "누리기계, 유럽서 2억달러 수주\n\n"
    "누리기계는 유럽 선사와 엔진 부품 공급 계약을 2억달러(약 2,700억원)에 맺었다고 3일 공시했다.{aside}\n\n"
    "{subject} 회사의 지난해 매출(9,000억원)의 {share}{verb}."
)


@pytest.mark.parametrize(
    "aside,subject,share,fires",
    [
        ("", "이는", "30%", False),
        ("", "이는", "45%", True),
        (" 납품은 2028년까지 이어진다.", "이번 계약 금액은", "30%", False),
        (" 납품은 2028년까지 이어진다.", "이번 계약 금액은", "20%", True),
        (" 납품은 2028년까지 이어진다.", "계약 금액은", "약 30%", False),
        (" 납품은 2028년까지 이어진다.", "계약 금액은", "약 20%", True),
    ],
)
def test_a_share_whose_subject_refers_back_to_the_deal(knowledge, aside, subject, share, fires):
    assert_checked(
        knowledge, _DEAL.format(aside=aside, subject=subject, share=share, verb="에 해당한다"), "F503", fires
    )


@pytest.mark.parametrize(
    "share,verb,fires", [("30%", "에 이른다", False), ("45%", "에 이른다", True), ("30%", "에 달했다", False)]
)
def test_a_verb_of_reaching_closes_a_share_of_a_named_whole(knowledge, share, verb, fires):
    assert_checked(knowledge, _DEAL.format(aside="", subject="이는", share=share, verb=verb), "F503", fires)


def test_a_share_of_another_metric_with_no_subject_referring_back_is_not_read(knowledge):
    assert_not_checked(
        knowledge, _DEAL.format(aside="", subject="올해 영업이익은", share="30%", verb="에 해당한다"), "F503"
    )
