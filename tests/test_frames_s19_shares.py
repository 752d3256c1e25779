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


# a list with no total of its own in its sentence (the total a paragraph back), labels with an aside in parentheses
EN_LIST_WITHOUT_ITS_TOTAL = (
    "Hill farms in Brenshire grew 50,000 tonnes of potatoes in 2026, up 8% from 46,300 tonnes.\n\n"
    "Early (new-season) potatoes accounted for 30,000 tonnes and maincrop (stored) potatoes for 20,000 tonnes. "
    "The early crop, at {share} of the total, sold fastest."
)


def test_a_share_whose_subject_names_a_member_of_a_list_without_its_total_is_that_members(knowledge):
    text = EN_LIST_WITHOUT_ITS_TOTAL.format(share="60%")
    assert _share_part(text, knowledge, "60%") == ("30,000 tonnes", "50,000 tonnes")
    assert not _f503(text, knowledge)


def test_a_share_naming_the_first_member_of_a_plain_list_is_that_members(knowledge):
    text = (
        "Brenshire orchards picked 8,000 tonnes of fruit this year.\n\n"
        "Apples made up 5,000 tonnes and pears 3,000 tonnes. Apples, at 62.5% of the total, fetched the better price."
    )
    assert _share_part(text, knowledge, "62.5%") == ("5,000 tonnes", "8,000 tonnes")


def test_a_wrong_share_of_the_named_member_without_its_total_is_reported(knowledge):
    # (40% holds against the member listed last, 20,000 of 50,000)
    assert _f503(EN_LIST_WITHOUT_ITS_TOTAL.format(share="40%"), knowledge)


# the share first, pointing back with a demonstrative, then its part set off by commas
EN_SHARE_OF_THAT_THEN_PART = (
    "The festival took £8.4 million and spent £5.2 million, leaving a surplus of £3.2 million. "
    "{share} of that, £800,000, will go to youth bands."
)
EN_FRACTION_OF_THOSE_THEN_PART = (
    "The mills ground 40,000 tonnes of wheat. Exports took 24,000 tonnes, or 60% of the crop. "
    "{share} of those, 17,000 tonnes, went to Spain."
)


@pytest.mark.parametrize(
    ("text", "share", "part", "whole"),
    [
        (EN_SHARE_OF_THAT_THEN_PART.format(share="About a quarter"), "About a quarter", "£800,000", "£3.2 million"),
        (EN_SHARE_OF_THAT_THEN_PART.format(share="Some 25%"), "Some 25%", "£800,000", "£3.2 million"),
        (
            EN_FRACTION_OF_THOSE_THEN_PART.format(share="More than two thirds"),
            "More than two thirds",
            "17,000 tonnes",
            "24,000 tonnes",
        ),
    ],
    ids=["fraction-of-that", "percent-of-that", "fraction-of-those"],
)
def test_a_share_of_that_then_its_part_is_of_the_figure_pointed_back_to(knowledge, text, share, part, whole):
    assert _share_part(text, knowledge, share) == (part, whole)
    assert not _f503(text, knowledge)


def test_a_wrong_share_of_that_then_its_part_is_reported(knowledge):
    assert _f503(EN_FRACTION_OF_THOSE_THEN_PART.format(share="About a third"), knowledge)


def test_a_share_of_that_after_a_baseline_is_not_linked_past_it(knowledge):
    # `that` is the figure right before, a year-earlier baseline here: no whole of the part, nothing is linked
    text = (
        "The club's members paid £900,000 in fees, up from £600,000 a year earlier. "
        "About a quarter of that, £100,000, came from juniors."
    )
    assert _share_part(text, knowledge, "About a quarter") == (None, None)


# a whole joined to its share by the genitive and a share verb; two levels in the sentence before, one named by the
# share's subject (the other a figure per unit)
KO_WHOLE_THEN_SHARE_VERB = (
    "다온시에 등록된 수소차는 4,200대로, 충전소 1곳당 350대꼴이다. 수소차는 시 전체 등록 차량 21만대의 {share}를 "
    "차지한다."
)


def test_a_share_verb_after_a_whole_takes_the_level_its_subject_names(knowledge):
    text = KO_WHOLE_THEN_SHARE_VERB.format(share="2%")
    assert _share_part(text, knowledge, "2%") == ("4,200대", "21만대")
    assert not _f503(text, knowledge)


def test_a_wrong_share_verb_after_a_whole_is_reported(knowledge):
    assert _f503(KO_WHOLE_THEN_SHARE_VERB.format(share="5%"), knowledge)


def test_two_levels_the_subject_does_not_name_leave_the_share_unlinked(knowledge):
    text = "다온시의 시내버스는 1,200대, 마을버스는 300대다. 승합차는 시 전체 등록 차량 21만대의 2%를 차지한다."
    assert _share_part(text, knowledge, "2%") == (None, None)
