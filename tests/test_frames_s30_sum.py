"""Sums read by place (thirtieth session, the sum lane; checker/link/parallel_parts.py).

- A whole stated first in its sentence, then broken down in it: the clause's own figure (after its verb or topic,
  `[link.whole_then_items_before]`), followed by words that open its breakdown (`, with`, `으로`,
  `[link.whole_then_items_after]`), then two or more smaller free items of its unit. Open (items that fall short
  pass) unless the last item is the rest; an unmarked first figure that its items outgrow is the first of a list
  ranked by size, no whole.
- An unmarked larger figure in the sentence right before a list of items, in their paragraph, is their whole when
  the items together are no larger than it (open).

Every sentence is written for this file, with invented names and numbers; the clean paragraphs at the end set
unrelated figures of one unit side by side and must stay silent.
"""

from __future__ import annotations

import pytest
from helpers import rule_checked as _checked
from helpers import rule_fires as _fires
from test_frames import assert_checked

_LEAD_EN = "The Corran quarry company reported its results for the year on Monday. "
_LEAD_KO = "전남 해안군이 올해 관광 실적을 19일 발표했다. "
# (past the lead: the story's first figures stand in the lead, where a figure right before a list is read apart)
_FILLER_EN = (
    "\n\nThe firm employs 85 people at two sites. It was founded in 1962 and sold 40 per cent of its output abroad. "
    "Its chairman, 64, said prices would hold."
)
_FILLER_KO = "\n\n군은 관광객 12만 명을 맞았다. 체험 행사는 세 차례 열렸다. 숙박 시설은 40곳이다."


# ---------------------------------------------------------------- a whole stated first, broken down after it

_SLATE = (
    _LEAD_EN + "\n\nThe quarry's slate sales reached 5,400 tonnes, with roofers taking 2,100 tonnes, "
    "builders' merchants 1,700 tonnes and the remaining {rest} tonnes going abroad."
)


@pytest.mark.parametrize("rest,fires", [("1,600", False), ("1,200", True), ("2,400", True)])
def test_a_whole_first_then_its_items_ending_in_the_rest(knowledge, rest, fires):
    assert_checked(knowledge, _SLATE.format(rest=rest), "F302", fires)


_KO_BERTHS = (
    _LEAD_EN.replace(_LEAD_EN, _LEAD_KO) + "\n\n요트 계류장은 모두 240곳으로 동항 {a}곳, 서항 70곳, 북항 45곳이다."
)


@pytest.mark.parametrize("a,fires", [("125", False), ("110", False), ("150", True)])
def test_korean_whole_first_marked_as_a_total(knowledge, a, fires):
    text = _KO_BERTHS.format(a=a)
    assert _checked(knowledge, text, "F302", "ko")
    assert _fires(knowledge, text, "F302", "ko") is fires


def test_english_whole_first_of_that_with_items(knowledge):
    text = (
        _LEAD_EN + "\n\nTurnover was the highest in the firm's history. Public-sector work made up £6.1 million "
        "of that, with schools (£2.4 million) and hospitals (£1.9 million) the largest and other clients "
        "the remaining £1.8 million."
    )
    assert _checked(knowledge, text, "F302")
    assert not _fires(knowledge, text, "F302")
    assert _fires(knowledge, text.replace("£1.8 million.", "£1.2 million."), "F302")


# ---------------------------------------------------------------- a larger figure in the sentence right before


def test_an_unmarked_whole_in_the_sentence_right_before_its_items(knowledge):
    text = (
        _LEAD_EN
        + _FILLER_EN
        + "\n\nThe firm shipped 860 tonnes of granite kerbs over the year. Dublin took 410 tonnes, "
        "Cork 260 tonnes and Galway 150 tonnes."
    )
    assert _checked(knowledge, text, "F302")
    assert not _fires(knowledge, text, "F302")


def test_korean_unmarked_whole_in_the_sentence_right_before(knowledge):
    text = _LEAD_KO + _FILLER_KO + "\n\n올해 거둔 감귤은 312톤이었다. 남원 152톤, 위미 97톤, 표선 63톤을 거뒀다."
    assert _checked(knowledge, text, "F302", "ko")
    assert not _fires(knowledge, text, "F302", "ko")


# ---------------------------------------------------------------- figures that are no whole and its parts

CLEAN_EN = [
    # a list ranked by size: the first is the largest item, no whole
    "The Corran quarry sold slate to three buyers. Roofers took 2,100 tonnes, builders' merchants 1,700 tonnes and "
    "exporters 1,600 tonnes.",
    "Of the quarry's output, 610 tonnes went to roofers, 440 tonnes to builders and 270 tonnes to exporters.",
    # a first figure the items outgrow, though followed by `, with`
    "The northern pit produced 900 tonnes, with the southern pit at 700 tonnes and the western pit at 600 tonnes.",
    # another year's figure before the list
    "The quarry sold 5,400 tonnes in 2019. This year roofers took 2,100 tonnes and merchants 1,700 tonnes.",
    # another unit
    "The quarry earned £5.4 million, with roofers buying 2,100 tonnes and merchants 1,700 tonnes.",
    # prices, not parts
    "Slate sold for £240 a tonne, with roofing grades at £310 a tonne and offcuts at £90 a tonne.",
    # a whole that is a part of the total later in the paragraph
    "Fares brought in $500,000, with tours at $200,000 and the cafe $90,000. Grants added $300,000, for total "
    "income of $1.4 million.",
    # a change, not a level
    "Sales rose by 400 tonnes, with roofers taking 2,100 tonnes and merchants 1,700 tonnes.",
    # two unrelated figures then a list of another subject
    "The Corran quarry employs 140 people. The rival Brede quarry has 60 drivers, 45 cutters and 20 office staff.",
    # a list after a larger figure two sentences back (not right before)
    "The county's quarries cut 9,000 tonnes. Prices were steady. Corran cut 4,100 tonnes and Brede 3,600 tonnes.",
    # a share after the first figure: it is a part of another whole
    "Exports were £1.9m, or 48 per cent, with Norway at £0.9m and Iceland £0.7m.",
]

CLEAN_KO = [
    # 순위: 가장 많은 항목이 먼저
    "지점별로는 서울 지점이 64건으로 가장 많았고 부산 38건, 대구 21건 순이었다.",
    "1위는 중국으로 320억 원, 2위는 미국 180억 원, 3위는 일본 90억 원이었다.",
    # 다른 해
    "지난해 판매량은 900톤이었다. 올해는 보성 540톤, 하동 395톤을 팔았다.",
    # 다른 단위
    "지원금은 모두 54억 원으로 동구 17곳, 서구 23곳, 남구 14곳에 나갔다.",
    # 항목이 더 크다
    "체험객은 8천 명으로 첫날 5천 명, 둘째 날 4천 명, 셋째 날 3천 명이 찾았다.",
    # 단가
    "녹차는 ㎏당 4만 원으로 보성산이 ㎏당 3만 원, 하동산이 ㎏당 2만 원에 팔렸다.",
]


@pytest.mark.parametrize("text", CLEAN_EN)
def test_english_figures_that_are_no_whole_and_its_parts(knowledge, text):
    assert not _fires(knowledge, _LEAD_EN + "\n\n" + text, "F302")


@pytest.mark.parametrize("text", CLEAN_KO)
def test_korean_figures_that_are_no_whole_and_its_parts(knowledge, text):
    assert not _fires(knowledge, _LEAD_KO + "\n\n" + text, "F302", "ko")


def test_the_largest_of_a_ranking_after_a_whole_are_no_breakdown(knowledge):
    text = _LEAD_KO + "\n\n요트 계류장은 240곳으로 동항 125곳, 서항 70곳이 가장 많다."
    assert not _checked(knowledge, text, "F302", "ko")
