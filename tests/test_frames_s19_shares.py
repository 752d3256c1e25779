"""Shares (nineteenth session), rules for constructions:

- a share whose part its own words do not date, in a paragraph after a whole dated to a period other than the
  story's (a quarter inside a half-year's story, the nine months around a quarter's), is of the story's period's
  figure: checker/link/wholes_of_the_story_period.py;
- a share of `the total` whose part names what it counts (`고령 참여자는 P명으로 전체의 Z%`) is of the largest earlier
  figure that names the same, not of a larger count of something else (`신청자는 M명`):
  checker/link/wholes_naming_the_part.py.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, codes, document, findings

PUBLISHED = dt.date(2026, 10, 20)


def _share_part(text, knowledge, share):
    found = {c.id: c for c in claims(text, knowledge, published=PUBLISHED).claims}
    rate = next(c for c in found.values() if c.text.startswith(share))
    part = found.get(rate.share_part or "")
    whole = found.get(rate.share_whole or "")
    return (part.text if part else None, whole.text if whole else None)


def _f503(text, knowledge):
    return "F503" in codes(findings(knowledge, document(text, published=PUBLISHED)))


# a half-year's story, a quarter's figure in its first paragraph, the share a paragraph on
KO_HALF_YEAR_STORY = (
    "가람식품의 상반기 매출이 2,000억원으로 작년 상반기보다 10% 늘었다. 2분기 매출은 1,100억원으로 1분기 900억원보다 "
    "22.2% 증가했다.\n\n수출은 {part}억원으로 매출의 {share}를 차지했다."
)
EN_QUARTER_STORY = (
    "Carrow Pumps swung to a profit of £12 million in the third quarter.\n\n"
    "The company delivered 5,000 pumps, 9% more than the 4,590 it shipped a year earlier.\n\n"
    "For the first nine months, revenue was £420 million and deliveries 14,000 pumps.\n\n"
    "The Leeds plant, which opened on 3 May after a build that began in June 2024, made {part} pumps in the quarter, "
    "{share} of the total."
)


@pytest.mark.parametrize(
    ("text", "share", "part", "whole"),
    [
        (KO_HALF_YEAR_STORY.format(part="800", share="40%"), "40%", "800억원", "2,000억원"),
        (EN_QUARTER_STORY.format(part="1,500", share="30%"), "30%", "1,500 pumps", "5,000 pumps"),
    ],
    ids=["ko-named-whole", "en-whole-by-size"],
)
def test_a_share_after_an_aside_of_another_period_is_of_the_storys_period(knowledge, text, share, part, whole):
    assert _share_part(text, knowledge, share) == (part, whole)
    assert not _f503(text, knowledge)


@pytest.mark.parametrize(
    "text",
    # (each share holds against the aside's figure the rule passes over: 800 of 1,100, 1,500 of 14,000)
    [KO_HALF_YEAR_STORY.format(part="800", share="73%"), EN_QUARTER_STORY.format(part="1,500", share="11%")],
    ids=["ko", "en"],
)
def test_a_wrong_share_of_the_storys_period_is_reported(knowledge, text):
    assert _f503(text, knowledge)


def test_a_share_in_the_paragraph_of_its_dated_whole_stays_of_that_whole(knowledge):
    # the paragraph dates both figures: the quarter's revenue is the whole
    text = (
        "가람식품의 상반기 매출이 2,000억원으로 작년 상반기보다 10% 늘었다.\n\n"
        "2분기 매출은 1,100억원이었다. 수출은 440억원으로 매출의 40%를 차지했다."
    )
    assert _share_part(text, knowledge, "40%") == ("440억원", "1,100억원")
    assert not _f503(text, knowledge)


def test_a_part_dated_to_the_wholes_period_keeps_that_whole(knowledge):
    text = (
        "Carrow Pumps swung to a profit of £12 million in the third quarter.\n\n"
        "The company delivered 5,000 pumps, 9% more than the 4,590 it shipped a year earlier.\n\n"
        "For the first nine months, revenue was £420 million and deliveries 14,000 pumps.\n\n"
        "In the first nine months the Leeds plant made 4,200 pumps, 30% of the total."
    )
    assert _share_part(text, knowledge, "30%") == ("4,200 pumps", "14,000 pumps")


KO_NAMED_COUNTS = (
    "다온시 청년창업 지원사업 참여자가 올해 2,400명으로 집계됐다.\n\n"
    "그러나 신청자는 6,000명으로 훨씬 많았다.\n\n"
    "30대 참여자는 {part}명으로 전체의 {share}다."
)


def test_a_share_of_the_total_is_of_the_count_that_names_the_parts_noun(knowledge):
    text = KO_NAMED_COUNTS.format(part="600", share="25%")
    assert _share_part(text, knowledge, "25%") == ("600명", "2,400명")
    assert not _f503(text, knowledge)


def test_a_wrong_share_of_the_count_naming_the_parts_noun_is_reported(knowledge):
    assert _f503(KO_NAMED_COUNTS.format(part="600", share="10%"), knowledge)


def test_a_total_stated_without_its_noun_stays_the_whole(knowledge):
    # no earlier count names the part's noun: the largest count stands
    text = "다온시 축제 관람객은 5만명이었다. 지난해는 4만명이었다.\n\n외국인 관람객은 1만명으로 전체의 20%다."
    assert _share_part(text, knowledge, "20%") == ("1만명", "5만명")
