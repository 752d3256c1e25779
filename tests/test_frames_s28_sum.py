"""A total and the parallel items that break it down further on (twenty-eighth session, the sum lane;
checker/link/parallel_parts.py): a sentence whose figures of one unit are all plain values (no change, prior,
share, average or figure per unit), none yet linked, is a list of items of the nearest larger figure before them
when that figure is the lead's or is marked as a total; a nearer larger figure of another kind of place leaves them
unlinked. The list is open: items that exceed the whole are reported, items that fall short pass.

Every sentence is written for this file, with invented names and numbers; the clean paragraphs at the end set
unrelated figures of one unit side by side and must stay silent.
"""

from __future__ import annotations

import pytest
from helpers import document, findings
from test_frames import assert_checked, assert_not_checked


def _ko(knowledge, text: str, rule: str) -> bool:
    result = findings(knowledge, document(text, language="ko"), select=[rule], show_passed=True)
    return rule in [f.rule for f in result.findings]


# ---------------------------------------------------------------- a lead total, its items sentences later

_ORCHARD = (
    "The Pellworth pear co-operative packed 8,400 tonnes this autumn, its growers said on Friday. "
    "Prices held up better than expected. "
    "Members blamed a cold April for smaller fruit. "
    "Conference pears made up 5,100 tonnes, Comice {second} tonnes and Concorde 1,200 tonnes."
)


@pytest.mark.parametrize("second,fires", [("2,100", False), ("1,900", False), ("3,600", True)])
def test_items_later_in_the_story_break_down_the_lead_total(knowledge, second, fires):
    assert_checked(knowledge, _ORCHARD.format(second=second), "F302", fires)


_FERRY = (
    "Tarrow Ferries carried 96,000 passengers over the summer season, the operator said. "
    "Crossings ran on time on most days. "
    "Fares were frozen for a second year. "
    "The island route took 51,000 passengers, the harbour shuttle {second} and the evening cruises 11,000."
)


@pytest.mark.parametrize("second,fires", [("34,000", False), ("52,000", True)])
def test_items_of_a_count_with_its_noun(knowledge, second, fires):
    assert_checked(knowledge, _FERRY.format(second=second), "F302", fires)


_KO_LIBRARY = (
    "한솔군립도서관은 올해 도서 9천400권을 새로 들였다고 3일 밝혔다. "
    "예산은 지난해와 같았다. "
    "기증 도서가 늘어난 덕분이다. "
    "아동 도서가 4천100권, 일반 도서가 {second}, 전자책이 1천200권이었다."
)


@pytest.mark.parametrize("second,fires", [("3천800권", False), ("6천권", True)])
def test_korean_items_of_the_lead_total(knowledge, second, fires):
    assert _ko(knowledge, _KO_LIBRARY.format(second=second), "F302") is fires


_MARKED = (
    "Quarrow Council's road budget was cut again this spring. "
    "Officers warned of longer repair queues. "
    "Councillors approved a total of £7.5m on Tuesday evening after a long debate. "
    "Resurfacing takes £4.1m, drainage {second} and street lighting £0.9m."
)


@pytest.mark.parametrize("second,fires", [("£2.2m", False), ("£3.9m", True)])
def test_items_of_a_total_marked_by_its_words_past_the_lead(knowledge, second, fires):
    assert_checked(knowledge, _MARKED.format(second=second), "F302", fires)


# ---------------------------------------------------------------- near misses: not the lead total's items


def test_prices_per_unit_in_a_list_are_no_items(knowledge):
    text = (
        "The Grenlow market sold £820,000 of cheese over the season, organisers said. "
        "Stalls opened at dawn. "
        "Most buyers came from the coast. "
        "Hard cheeses fetched £460,000 per tonne and soft cheeses £390,000 per tonne."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_nearer_larger_figure_that_is_no_total_owns_the_list(knowledge):
    text = (
        "Harlow Tools sold 12,000 drills last year. "
        "Demand from builders slowed. "
        "Its Polish plant made 9,500 drills for export markets. "
        "The German plant made 6,200 drills and the Czech plant 5,900 drills."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_figure_stated_before_again_is_no_item(knowledge):
    text = (
        "Morrow Housing has 3,100 families on its waiting list. "
        "The list grew by a tenth in a year. "
        "The trust owns 2,900 flats across the district. "
        "Of the 2,900, some 1,400 are bedsits, let mostly to single tenants."
    )
    assert_not_checked(knowledge, text, "F302")


def test_an_item_marked_as_a_total_of_its_own_is_no_item(knowledge):
    text = (
        "The Selby lifeboat trust raised £2.4m last year. "
        "Its volunteers gave more hours than ever. "
        "A new boat is due in the spring. "
        "Total costs were £2.2m, of which £1.9m went on crews and boats."
    )
    assert_not_checked(knowledge, text, "F302")


def test_items_of_another_year_are_no_items_of_this_years_total(knowledge):
    text = (
        "The Carnbeck festival sold 40,000 tickets in 2025. "
        "The weather was kind. "
        "Organisers plan a fourth stage. "
        "In 2019 the Friday sold 26,000 tickets and the Saturday sold 21,000 tickets."
    )
    assert_not_checked(knowledge, text, "F302")


def test_a_prior_beside_the_figures_is_no_list(knowledge):
    text = (
        "Walden Buses carried 2.1 million riders in the year to March. "
        "Fares rose by 5p. "
        "Two routes were cut. "
        "The town routes carried 1.6 million riders, up from 1.2 million, and country routes 0.9 million."
    )
    assert_not_checked(knowledge, text, "F302")


def test_korean_average_is_no_item(knowledge):
    text = (
        "해담군은 올해 사과 2천100톤을 수확했다고 밝혔다. "
        "작황은 좋았다. "
        "농가 수는 줄었다. "
        "농가 한 곳이 평균 1천800톤을 거뒀고 큰 농가는 1천500톤을 거뒀다."
    )
    assert _ko(knowledge, text, "F302") is False


# ---------------------------------------------------------------- clean paragraphs: unrelated figures side by side

_CLEAN = [
    # a total and items that fall short of it (an open list)
    "Fenwold Dairy bottled 62 million litres last year. Output was steady. Costs rose. "
    "Whole milk came to 30 million litres and skimmed milk 20 million litres.",
    # items of one unit, the lead figure of another
    "Corrin Rail spent £48m on its track this year. Trains ran late less often. Staff numbers held. "
    "The north line carried 31 million riders and the south line 27 million riders.",
    # per-unit prices listed after a total
    "The Ashby auction sold 1,900 sheep on Monday. Trade was brisk. Buyers came from Wales. "
    "Ewes made £160 a head and lambs £120 a head.",
    # a list of weights of other things
    "Hollin Quarry shipped 90,000 tonnes of stone in May. The kiln was repaired. Orders grew. "
    "Its two cranes weigh 120 tonnes and 95 tonnes.",
    # last year's parts beside this year's total
    "The Tamsin fair drew 30,000 visitors this year. Parking was free. The band played late. "
    "Last year the Saturday drew 19,000 visitors and the Sunday 16,000 visitors.",
    # figures compared, not listed
    "Garrow Mills made 8,000 rugs in 2026. Wool prices eased. Exports resumed. "
    "Its loom shop made 5,000 rugs, up from 4,000, while hand weavers made 4,500.",
    # a larger figure of another whole nearer the list
    "Pennick Foods employs 5,000 people. Wages rose. A plant closed. "
    "The group's rival Dunmore employs 4,800 people; its bakeries employ 3,000 and its depots 2,700.",
    # shares, not amounts
    "Rushby Water supplies 410,000 homes. Leaks fell. Bills rose. About 61% of homes are metered and 39% are not.",
    # Korean: items of another year
    "가온시는 올해 관광객 120만명을 맞았다. 축제가 늘었다. 숙박업소도 늘었다. "
    "2020년에는 봄에 80만명, 가을에 70만명이 찾았다.",
    # Korean: per-unit amounts
    "누리군은 올해 청년 500명에게 지원금 30억원을 나눠줬다. 신청자가 많았다. 심사는 엄격했다. "
    "창업 청년은 1인당 800만원, 취업 청년은 1인당 500만원을 받았다.",
    # Korean: a total and items that fall short
    "다온항은 올해 컨테이너 48만개를 처리했다. 물동량이 늘었다. 항로도 늘었다. "
    "수출 컨테이너가 25만개, 수입 컨테이너가 20만개였다.",
    # a list of changes
    "Brack Motors sold 44,000 cars last year. Margins narrowed. Stock piled up. "
    "Sales of vans rose by 26,000 and sales of pickups rose by 21,000.",
    # figures per day beside the total
    "The Lynmouth show drew 52,000 people. Tickets sold out. The sun shone. "
    "Its busiest gate let in 900 people an hour and its quietest 700 people an hour.",
    # a list of capacities, not of the total's parts
    "Dunhollow Arena sold 61,000 tickets this season. Catering improved. Parking was eased. "
    "Its main stand seats 40,000 fans each match and its east stand 30,000 fans each match.",
    # a total marked by its words of its own, then its parts
    "Orrel Hospice raised £6.1m. Shops did well. Legacies fell. Total costs were £5.9m, of which £4.8m went on care.",
    # Korean: a figure of another kind of place nearer the list
    "한결전자는 올해 세탁기 9만대를 팔았다. 수출이 늘었다. 경쟁사 다른전자는 8만5천대를 팔았다. "
    "다른전자의 국내 판매는 5만대, 수출은 4만대였다.",
]


@pytest.mark.parametrize("text", _CLEAN)
def test_clean_paragraphs_stay_silent(knowledge, text):
    language = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
    result = findings(knowledge, document(text, language=language), select=["F302", "F301", "F305", "F317", "F503"])
    assert [f.rule for f in result.findings] == []
