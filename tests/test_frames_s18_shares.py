"""Shares (eighteenth session), rules for constructions:

- a share in the sentence after a list, whose subject names one member of the list, is that member's share of the
  list's total, not the share of the figure listed last (`… 6,300 apples and 2,700 pears. Apples made up 70% of the
  total`, `… 단독주택이 600채, 아파트가 400채였다. 단독주택 비중은 60%다`): checker/link/shares_of_named_members.py;
- a breakdown after a subgroup (`전체 가구 W 가운데 1인가구 S …. 성별로는 여성이 P로 Z%를 차지`): the bare share may be
  of the subgroup or of its whole, so it is linked to neither: checker/link/subgroup_wholes.py.
- a share of a whole named by its noun alone, stated in an earlier sentence, whose part comes to it or near it
  (`… 210억원으로 판매액의 3분의 1에 가까웠다`) or is the figure the share comes to right after it (`승합차의 5분의 2인
  240대`): checker/link/shares_of_named_nouns.py.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import claims, codes, document, findings

PUBLISHED = dt.date(2026, 10, 20)

EN_LIST_THEN_NAMED_SHARE = (
    "Brackley Orchards shipped 9,000 crates: 6,300 apples and 2,700 pears. "
    "Apples, which keep longer in cold store, made up {share} of the total."
)
KO_LIST_THEN_NAMED_SHARE = (
    "가온군의 올해 신축 주택은 1,000채였다. 유형별로는 마당이 있는 단독주택이 600채, 층수가 낮은 연립주택이 400채였다. "
    "단독주택 비중은 {share}로 지난해보다 늘었다."
)


def _share_part(text, knowledge, share):
    found = {c.id: c for c in claims(text, knowledge, published=PUBLISHED).claims}
    rate = next(c for c in found.values() if c.text.startswith(share))
    part = found.get(rate.share_part or "")
    whole = found.get(rate.share_whole or "")
    return (part.text if part else None, whole.text if whole else None)


@pytest.mark.parametrize(
    ("text", "share", "part", "whole"),
    [
        (EN_LIST_THEN_NAMED_SHARE.format(share="70%"), "70%", "6,300 apples", "9,000 crates"),
        (KO_LIST_THEN_NAMED_SHARE.format(share="60%"), "60%", "600채", "1,000채"),
    ],
    ids=["en", "ko"],
)
def test_a_share_whose_subject_names_a_listed_member_is_that_members(knowledge, text, share, part, whole):
    assert _share_part(text, knowledge, share) == (part, whole)


@pytest.mark.parametrize(
    "text",
    [
        EN_LIST_THEN_NAMED_SHARE.format(share="70%"),
        EN_LIST_THEN_NAMED_SHARE.format(share="more than two thirds"),
        KO_LIST_THEN_NAMED_SHARE.format(share="60%"),
    ],
    ids=["en-percent", "en-fraction", "ko"],
)
def test_the_named_members_share_that_holds_raises_nothing(knowledge, text):
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


@pytest.mark.parametrize(
    "text",
    [EN_LIST_THEN_NAMED_SHARE.format(share="50%"), KO_LIST_THEN_NAMED_SHARE.format(share="50%")],
    ids=["en", "ko"],
)
def test_a_wrong_share_of_the_named_member_is_reported(knowledge, text):
    assert "F503" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_subject_naming_no_member_keeps_the_last_listed_figure(knowledge):
    text = (
        "Brackley Orchards shipped 9,000 crates: 6,300 apples and 2,700 pears. "
        "The rest, sent by rail, made up 30% of the total."
    )
    assert _share_part(text, knowledge, "30%") == ("2,700 pears", "9,000 crates")


KO_SUBGROUP_BREAKDOWN = (
    "다솔군은 관내 1인가구가 2만가구로 전체 가구(5만가구)의 40.0%를 차지했다고 밝혔다. "
    "성별로는 여성이 1만2,000가구로 60.0%를 차지했다."
)


def test_a_breakdown_after_a_subgroup_is_not_linked_to_the_largest_figure(knowledge):
    assert _share_part(KO_SUBGROUP_BREAKDOWN, knowledge, "60.0%") == (None, None)
    assert "F503" not in codes(findings(knowledge, document(KO_SUBGROUP_BREAKDOWN, published=PUBLISHED)))


def test_a_breakdown_of_the_whole_alone_is_still_linked(knowledge):
    text = "다솔군의 가구는 5만가구로 집계됐다. 성별로는 여성 가구주가 2만가구로 40.0%를 차지했다."
    assert _share_part(text, knowledge, "40.0%") == ("2만가구", "5만가구")


EN_PART_OF_WHOLE_THEN_SHARE = "Crews repaired 140 of the trust's 1,000 bridges, {share}, over the winter."


@pytest.mark.parametrize(("share", "rate"), [("about one in seven", "about one in seven"), ("about 14%", "about 14%")])
def test_a_share_set_beside_a_part_of_its_whole_by_a_comma_is_linked(knowledge, share, rate):
    text = EN_PART_OF_WHOLE_THEN_SHARE.format(share=share)
    assert _share_part(text, knowledge, rate) == ("140", "1,000 bridges")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_wrong_share_beside_a_part_of_its_whole_is_reported(knowledge):
    text = EN_PART_OF_WHOLE_THEN_SHARE.format(share="about one in three")
    assert "F503" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_share_of_its_own_named_whole_beside_a_part_is_not_linked_to_it(knowledge):
    text = "The Greens won 40 of the 120 seats, 45% of the vote, in the spring election."
    assert _share_part(text, knowledge, "45%") == (None, None)
    assert "F503" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


EN_BARE_COUNT_OF_ITS_SUBJECT = (
    "{subject} rose 5% to 2,400 in the year, the port authority said. "
    "Cruise liners made 600 calls, or {share} of the total, up from 480."
)


def test_a_bare_count_is_the_whole_of_the_noun_its_sentence_opens_with(knowledge):
    text = EN_BARE_COUNT_OF_ITS_SUBJECT.format(subject="Ship calls", share="25%")
    assert _share_part(text, knowledge, "25%") == ("600 calls", "2,400")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))
    wrong = EN_BARE_COUNT_OF_ITS_SUBJECT.format(subject="Ship calls", share="35%")
    assert "F503" in codes(findings(knowledge, document(wrong, published=PUBLISHED)))


def test_a_bare_count_of_another_noun_is_no_whole(knowledge):
    text = EN_BARE_COUNT_OF_ITS_SUBJECT.format(subject="Passenger numbers", share="35%")
    assert _share_part(text, knowledge, "35%") == (None, None)


KO_WHOLE_THEN_OPENED_PART = "가온군의 소 사육 두수는 12만마리로 이 가운데 번식용 암소가 9만마리, {share}였다."


def test_a_share_after_a_part_opened_from_its_whole_is_linked(knowledge):
    text = KO_WHOLE_THEN_OPENED_PART.format(share="75%")
    assert _share_part(text, knowledge, "75%") == ("9만마리", "12만마리")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))
    wrong = KO_WHOLE_THEN_OPENED_PART.format(share="65%")
    assert "F503" in codes(findings(knowledge, document(wrong, published=PUBLISHED)))


def test_a_change_after_a_part_opened_from_its_whole_is_no_share(knowledge):
    text = "가온군의 소 사육 두수는 12만마리로 이 가운데 번식용 암소가 9만마리, 지난해보다 5% 늘었다."
    assert "F503" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


KO_FRACTION_BESIDE_A_MARKED_PART = "가온군 조사 대상 양식장 360곳 가운데 120곳, {share}로 여름철 폐사 피해를 입었다."


def test_a_fraction_set_beside_a_part_of_a_marked_whole_by_a_comma_is_linked(knowledge):
    text = KO_FRACTION_BESIDE_A_MARKED_PART.format(share="3곳 중 1곳꼴")
    assert _share_part(text, knowledge, "3곳 중 1곳꼴") == ("120곳", "360곳")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))
    wrong = KO_FRACTION_BESIDE_A_MARKED_PART.format(share="4곳 중 1곳꼴")
    assert "F503" in codes(findings(knowledge, document(wrong, published=PUBLISHED)))


def test_a_fraction_that_is_the_subject_after_a_part_is_not_of_the_whole(knowledge):
    text = "가온군 조사 대상 양식장 360곳 가운데 120곳, 절반이 여름철 폐사 피해를 입었다."
    assert "F503" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


EN_WHOLE_STATED_AFTER_THE_SHARE = (
    "Exports reached €40m in the year, the Holloway dairy said. Exports made up {share} of the group's total sales of "
    "€125m, against a fifth a decade ago."
)


def test_a_whole_stated_right_after_a_share_of_an_earlier_part_is_its_whole(knowledge):
    text = EN_WHOLE_STATED_AFTER_THE_SHARE.format(share="32%")
    assert _share_part(text, knowledge, "32%") == ("€40m", "€125m")
    assert not codes(findings(knowledge, document(text, published=PUBLISHED)))
    wrong = EN_WHOLE_STATED_AFTER_THE_SHARE.format(share="42%")
    assert {"F503", "F307"} & set(codes(findings(knowledge, document(wrong, published=PUBLISHED))))


KO_NOUN_SHARE_REACHED = (
    "누리식품의 상반기 판매액은 630억원으로 지난해보다 늘었다. 온라인 판매는 {part}으로 판매액의 3분의 1에 가까웠다."
)
KO_NOUN_SHARE_THEN_PART = (
    "다온시가 운영하는 승합차는 600대다. 시는 2029년까지 승합차의 5분의 2인 {part}를 수소차로 바꿀 계획이다."
)


@pytest.mark.parametrize(
    ("text", "share", "part", "whole"),
    [
        (KO_NOUN_SHARE_REACHED.format(part="210억원"), "3분의 1", "210억원", "630억원"),
        (KO_NOUN_SHARE_THEN_PART.format(part="240대"), "5분의 2", "240대", "600대"),
    ],
    ids=["reached", "then-part"],
)
def test_a_share_of_a_whole_named_by_its_noun_is_linked(knowledge, text, share, part, whole):
    assert _share_part(text, knowledge, share) == (part, whole)


def test_a_wrong_share_of_a_whole_named_by_its_noun_is_reported(knowledge):
    text = KO_NOUN_SHARE_THEN_PART.format(part="300대")
    assert "F503" in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_share_whose_noun_names_no_earlier_figure_is_not_linked(knowledge):
    text = KO_NOUN_SHARE_THEN_PART.format(part="240대").replace("운영하는 승합차는", "운영하는 공용차는")
    assert _share_part(text, knowledge, "5분의 2") == (None, None)


EN_NOUN_SHARE_APPOSED = (
    "Corvane Health said half-year revenue rose to $600 million. "
    "Its clinics in the north generated {share} of revenue, $240 million."
)


def test_a_share_of_a_named_whole_with_its_part_apposed_is_linked(knowledge):
    text = EN_NOUN_SHARE_APPOSED.format(share="40%")
    assert _share_part(text, knowledge, "40%") == ("$240 million", "$600 million")
    assert "F503" not in codes(findings(knowledge, document(text, published=PUBLISHED)))


def test_a_wrong_share_of_a_named_whole_with_its_part_apposed_is_reported(knowledge):
    text = EN_NOUN_SHARE_APPOSED.format(share="55%")
    assert "F503" in codes(findings(knowledge, document(text, published=PUBLISHED)))
