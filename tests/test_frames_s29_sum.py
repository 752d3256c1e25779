"""Sums read by place (twenty-ninth session, the sum lane; checker/link/parallel_parts.py).

- A total marked by its words (`for total income of`, `bringing … to`, `모두`) closes the items of its paragraph
  stated before it, in its own sentence or the ones before: the figures of its unit, kind and counter, each a free
  plain value smaller than it, with two or more side by side in one sentence. The list is closed.
- A total whose own clause was read with its parts takes the items of the sentences before it in its paragraph.
- The parallel items of a lead total take the items of the sentences right before them in their paragraph.
- A list ending in the rest (`the remaining`, `나머지`) is read when nothing of its unit before it in the paragraph is
  left unread.

Every sentence is written for this file, with invented names and numbers; the clean paragraphs at the end set
unrelated figures of one unit side by side and must stay silent.
"""

from __future__ import annotations

import pytest
from helpers import rule_checked as _checked
from helpers import rule_fires as _fires
from test_frames import assert_checked, assert_not_checked

# ---------------------------------------------------------------- a marked total closing its paragraph's items

_ROWING = (
    "Membership fees brought the Hollin rowing club £46,500 last season. "
    "Boat hire raised £12,300 and the summer regatta £8,200, for total income of {total}."
)


@pytest.mark.parametrize("total,fires", [("£67,000", False), ("£71,000", True), ("£61,000", True)])
def test_a_marked_total_closes_the_items_of_its_paragraph(knowledge, total, fires):
    assert_checked(knowledge, _ROWING.format(total=total), "F302", fires)


_MARKET = (
    "Vendors at the Carrow night market paid $18,400 in pitch fees in June. "
    "Parking brought in $6,900 and sponsors $3,700, bringing the market's income to {total}."
)


@pytest.mark.parametrize("total,fires", [("$29,000", False), ("$33,000", True)])
def test_a_running_total_closes_the_items_of_its_paragraph(knowledge, total, fires):
    assert_checked(knowledge, _MARKET.format(total=total), "F302", fires)


_KO_FESTIVAL = (
    "올해 봄꽃축제 체험 부스 이용객은 1만2천300명이었다. 먹거리 장터는 8천400명, 공연장은 5천100명이 찾았다. "
    "세 곳을 찾은 이용객은 모두 {total}이다."
)


@pytest.mark.parametrize("total,fires", [("2만5천800명", False), ("2만8천800명", True)])
def test_korean_total_marked_after_the_items(knowledge, total, fires):
    text = _KO_FESTIVAL.format(total=total)
    assert _checked(knowledge, text, "F302", "ko")
    assert _fires(knowledge, text, "F302", "ko") is fires


def test_a_rate_beside_an_item_is_no_item(knowledge):
    text = (
        "The Elm Street cinema's box office took $162,000 from 18,000 seats, about $9 a seat. "
        "The bar made $54,000, an average of $3 a guest, and room hire $24,000, for total takings of "
        "$240,000."
    )
    assert_checked(knowledge, text, "F302", False)


_DAIRY = (
    "The Brennock dairy sold 4.2 million litres of milk in the spring. Butter sales were {butter} tonnes. "
    "Cheese came to 380 tonnes and yoghurt 240 tonnes, a total of 1,230 tonnes."
)


@pytest.mark.parametrize("butter,fires", [("610", False), ("710", True)])
def test_a_total_read_with_its_clause_takes_the_items_before_it(knowledge, butter, fires):
    assert_checked(knowledge, _DAIRY.format(butter=butter), "F302", fires)


# ---------------------------------------------------------------- a lead total, its items over two sentences

_ONIONS = (
    "The Amsel growers' group harvested 9,600 tonnes of onions this year, its chair said on Monday. "
    "Rain in June delayed the lifting. Storage sheds were full by October. "
    "Red onions made up 5,200 tonnes, more than half. Yellow onions came to 2,900 tonnes and shallots {last}."
)


@pytest.mark.parametrize("last,fires", [("1,500 tonnes", False), ("2,500 tonnes", True)])
def test_the_items_of_the_sentence_before_join_the_list(knowledge, last, fires):
    assert_checked(knowledge, _ONIONS.format(last=last), "F302", fires)


_LIBRARY = (
    "Harlow's libraries lent 64,000 books last year, the council said. "
    "Opening hours were cut at two branches. Volunteers ran the reading clubs. "
    "Children's titles accounted for 31,000 books, fiction for 21,000 and the remaining shelves for {rest}."
)


@pytest.mark.parametrize("rest,fires", [("12,000", False), ("22,000", True)])
def test_a_list_ending_in_the_rest_is_read_against_the_lead(knowledge, rest, fires):
    assert_checked(knowledge, _LIBRARY.format(rest=rest), "F302", fires)


_KO_MUSHROOM = (
    "올해 한빛군 표고버섯 생산량은 840톤으로 집계됐다. 작황은 평년 수준이었다. 판매 가격은 소폭 올랐다. "
    "읍면별로는 동산면이 {first}, 서하면이 260톤이었고 나머지 면은 모두 합쳐 270톤이었다."
)


@pytest.mark.parametrize("first,fires", [("310톤", False), ("410톤", True)])
def test_korean_list_ending_in_the_rest(knowledge, first, fires):
    text = _KO_MUSHROOM.format(first=first)
    assert _checked(knowledge, text, "F302", "ko")
    assert _fires(knowledge, text, "F302", "ko") is fires


# ---------------------------------------------------------------- near misses: no closing total of the items

NOT_LINKED = [
    # one figure a sentence: each a fact of its own, the total of another group
    "The dearest painting at the Moor Street sale went for £3.1m. Its low estimate had been £1.8m. "
    "The ten dearest lots together made £14.2m.",
    # a price beside the items
    "The Glen aquarium sold day passes at $15 and family passes at $40. Gate takings were $410,000 and the shop "
    "$95,000, bringing the year's income to $505,055.",
    # another source in the total
    "The Glen aquarium took $410,000 at the gate in 2025. The shop made $95,000 and the cafe $61,000, bringing the "
    "year's income to $650,000 with a council grant.",
    # an item dated by its own words, the total of another time
    "Sales at the Ferne cinema reached £3m last year. This summer the bar added £0.4m and the shop £0.2m, bringing "
    "total takings to £4.1m.",
    # only some of the parts
    "수출 지역별로는 북미 92억원, 동남아 41억원 순이었다. 해외 판매를 모두 합치면 260억원이다.",
    "Stalls such as the bakery took £8,200 and the cheese counter £6,100. Takings altogether reached £41,000.",
]


@pytest.mark.parametrize("text", NOT_LINKED)
def test_near_misses_are_not_closed_by_a_total(knowledge, text):
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
    assert not _checked(knowledge, text, "F302", language)


def test_a_total_of_another_period_is_not_closed_by_the_items(knowledge):
    text = (
        "The Ashby pool sold 12,400 swims in May. In June it sold 9,800 swims and in July 14,100 swims. "
        "Since opening in 2019 it has sold a total of 310,000 swims."
    )
    assert_not_checked(knowledge, text, "F302")


# ---------------------------------------------------------------- clean paragraphs: unrelated figures, silent

CLEAN = [
    "The Yarrow bakery sold 2,400 loaves on Saturday. Its rival across the square sold 1,900. "
    "A year ago the two sold a combined 5,600 loaves over a whole weekend.",
    "Kestrel Air flew 18,200 passengers in March and 16,900 in February. The airport handled 240,000 in all airlines.",
    "The museum raised $84,000 from tickets, up from $71,000. Donations were $12,000, for total income of $131,000 "
    "including a state grant.",
    "Two bridges carried 41,000 cars a day and 27,000 cars a day last year. The ring road carried a total of "
    "92,000 cars a day.",
    "The school has 640 pupils this year, 40 more than last year's 600. A total of 1,150 applied for places.",
    "The Ravel quartet played to 320 people in Lyon and 410 in Dijon. Tickets cost €25, for total sales of €18,250.",
    "The harbour landed 3,200 tonnes of cod, worth £7.1m, and 1,100 tonnes of haddock. Boats landed a combined 9,000 "
    "tonnes of all species.",
    "Alder Foods made £14.2m in the first half and £15.9m in the second. Its parent made a total of £212m.",
    "The trail counted 8,400 walkers in April. In May the count was 11,300, a rise of 2,900. "
    "Counters recorded 19,700 walkers over the two months, the council said.",
    "Each of the 12 vans costs £48,000, and the council will also pay £9,000 for chargers, bringing the fleet's "
    "budget to £650,000.",
    "The Orrin choir sang to 410 people in Bath and 380 in Wells. Its tour bus cost £2,400 to hire, for total costs "
    "of £9,100 with the hall fees.",
    "The Pell estate sold 2,100 Christmas trees in December, against 1,800 a year earlier. It planted 3,000 "
    "saplings in all in the spring.",
    "Quarry Road surgery saw 6,200 patients in May and 5,900 in June. Over the whole of last year it saw a total of "
    "71,000.",
    "한별시 공공자전거는 4월 3만2천건, 5월 4만1천건 이용됐다. 도입 이후 누적 이용은 모두 210만건이다.",
    "이 농장은 한우 140마리와 젖소 60마리를 키운다. 마을 전체 가축은 모두 3천200마리다.",
    "가온읍 배 농가는 올해 310톤과 지난해 280톤을 거뒀다. 군 전체 수확량은 모두 4천100톤이다.",
    "시립미술관 관람객은 상반기 3만2천명이었다. 1인당 입장료는 5천원이다. 전체 수입은 모두 2억1천만원이다.",
    "가람시는 버스 120대와 택시 340대에 보조금을 준다. 올해 등록 차량은 모두 5만3천대다.",
    "수확량은 사과 3천200톤, 배 1천100톤 등이었다. 지난 5년간 과일 수확량은 모두 2만8천톤이다.",
    "The county's 14 libraries lent 310,000 books, 22,000 each on average. Its largest branch lent 61,000 and "
    "the smallest 4,800.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_unrelated_figures_side_by_side_stay_silent(knowledge, text):
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
    assert not _fires(knowledge, text, "F302", language)
