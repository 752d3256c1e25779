"""Shares and superlatives (nineteenth session, second round), rules for constructions:

- a share whose share noun follows the name of one member of the list before it (`내수 비중은 Z%`, `값이 가장 싼
  소형 비중은 Z%`) is that member's share, not the share of the member the list states last, even when the name is
  short or the sentence opens with other words: checker/link/shares_of_named_members.py;
- a superlative ranks no figure a ranking names after it (`A was the biggest market at X, followed by B at Y`,
  `가장 많았고 다음으로 B(Y)`): checker/link/marks.py;
- a fraction right after its part in a sentence that opens a breakdown (`성별로는 여성이 P명으로 10명 중 6명꼴`),
  after a subgroup of the whole was stated, names no whole: which one the breakdown divides the words do not say, so
  nothing is linked: checker/link/share_rates.py;
- a fraction of `the total` right beside a part whose own words name no metric (`Gift hampers brought in P, more
  than a third of the total`) is of the story's first amount when that is the largest figure before it (a valuation
  larger than the story's first figure is still no whole found by size): checker/link/shares.py.

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
    return part.text if part else None


def _codes(text, knowledge):
    return codes(findings(knowledge, document(text, published=PUBLISHED)))


KO_SHORT_NAME = (
    "태영화학의 올해 3분기 매출은 1,000억원이었다. 판매처별로는 내수 매출이 300억원, 수출 매출이 700억원이었다. "
    "내수 비중은 {share}로 지난해보다 낮아졌다."
)
KO_OPENING_WORDS = (
    "누리전자의 올해 공기청정기 판매량은 1,000대였다. 크기별로는 소형이 250대, 중형이 450대, 대형이 "
    "300대였다. 값이 가장 싼 소형 비중은 {share}에 그쳤다."
)


@pytest.mark.parametrize(
    ("story", "part"),
    [(KO_SHORT_NAME, "300억원"), (KO_OPENING_WORDS, "250대")],
    ids=["ko-short-name", "ko-name-after-opening-words"],
)
def test_a_share_noun_after_a_members_name_is_that_members_share(knowledge, story, part):
    share = "30%" if story is KO_SHORT_NAME else "25%"
    text = story.format(share=share)
    assert _share_part(text, knowledge, share) == part
    assert "F503" not in _codes(text, knowledge)
    # must fire: the named member's share misstated
    assert "F503" in _codes(story.format(share="45%"), knowledge)


EN_FOLLOWED = (
    "Carrow Foods said its revenue rose to $95 million in the year to June.\n\n"
    "Japan remained the biggest market with revenue of ${top} million, followed by the United States with revenue "
    "of $31 million and the United Kingdom with revenue of $12 million."
)
KO_FOLLOWED = (
    "한결식품의 올해 수출액은 1,000억원이다. 나라별 수출액은 일본이 {top}억원으로 가장 많았고, 다음으로 미국이 "
    "315억원, 영국이 120억원이었다."
)


@pytest.mark.parametrize("story", [EN_FOLLOWED, KO_FOLLOWED], ids=["en-followed-by", "ko-next"])
def test_a_superlative_ranks_no_runner_up_named_after_it(knowledge, story):
    top = "52" if story is EN_FOLLOWED else "520"
    assert "F502" not in _codes(story.format(top=top), knowledge)
    # must fire: the one called the biggest is beaten by a runner-up
    low = "22" if story is EN_FOLLOWED else "220"
    assert "F502" in _codes(story.format(top=low), knowledge)


KO_SUBGROUP = (
    "한빛시는 올해 청년 창업 지원 신청자 5,000명 가운데 2,000명을 선정했다고 밝혔다. 선정자는 다음 달부터 "
    "지원금을 받는다.\n\n선정자를 연령별로 보면 20대가 1,100명, 30대가 900명이었다. 성별로는 여성이 1,200명으로 "
    "10명 중 6명꼴이었다."
)
KO_NO_SUBGROUP = (
    "한빛시는 올해 청년 창업 지원 신청자가 5,000명이라고 밝혔다. 신청은 다음 달까지 받는다.\n\n"
    "성별로는 여성이 1,200명으로 10명 중 6명꼴이었다."
)


def test_a_breakdown_fraction_after_a_subgroup_names_no_whole(knowledge):
    assert _share_part(KO_SUBGROUP, knowledge, "10명 중") is None
    assert "F503" not in _codes(KO_SUBGROUP, knowledge)
    # must fire: no subgroup stated, the fraction is of the one whole (1,200 of 5,000 is no 6 in 10)
    assert "F503" in _codes(KO_NO_SUBGROUP, knowledge)


EN_FRACTION_OF_THE_TOTAL = (
    "Marlow Bakeries said revenue rose to £90.0m in the year to March, from £81.2m.\n\n"
    "Gift hampers brought in {part}, more than a third of the total. Bread sales fell."
)


@pytest.mark.parametrize(
    ("story", "holds", "broken"),
    [(EN_FRACTION_OF_THE_TOTAL, "£31.0m", "£21.0m")],
    ids=["en-more-than-a-third"],
)
def test_a_fraction_of_the_total_beside_a_part_naming_no_metric_is_of_the_storys_first_amount(
    knowledge, story, holds, broken
):
    text = story.format(part=holds)
    assert _share_part(text, knowledge, "more than") == holds
    assert "F503" not in _codes(text, knowledge)
    assert "F503" in _codes(story.format(part=broken), knowledge)
