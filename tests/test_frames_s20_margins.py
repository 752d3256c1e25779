"""Margins and multiples (twentieth session), each a rule for a construction:
- a multiple the level became (`240기에서 360기로 1.5배가 됐다`, `두 배가 된`) is a change of the figure the clause
  starts from (`에서`), as a rise verb makes it (checker/link/roles.py, `[link.multiple_became]`);
- a margin opening its paragraph and written `An operating margin of 7.5%` (`of about 7.5%`) is of the paragraph
  before's profit: `of` before its own figure names no other owner; `the margin of the pump arm` still does
  (`[link.owner_before_rate]`, checker/link/margin_bases.py);
- the figure a level grew to a multiple of (`96억원으로 지난해 3분기 48억원의 두 배로 늘었다`) is the one the change
  starts from, dated by its own words: the level and the margin after it keep the story's period and the margin is
  checked against the period's revenue (checker/link/roles.py, checker/link/context.py, `[link.multiple_to_after]`).
- a rate named a margin by the word before it and followed by its profit (`a margin of 9.0% a year earlier on profit
  of £7.2m`, `The margin was 14.0%, giving nine-month operating profit of …`) is that profit's margin; an earlier
  margin is of the earlier profit and the revenue this period's is measured from (checker/link/margins.py,
  `[link.margin_before_rate]`, `[link.profit_after_margin]`; checker/link/margin_bases.py); when the profit found
  for the rate's time is another (`a margin of 13.2% on EBITDA of $122m a year ago`, its time unread), nothing;
- a time labelling the figure in brackets after it that a sentence compares with (`2분기(520억원)와 비교하면 3.8%
  줄었다`) is that figure's, not the sentence's: the sentence after it keeps the story's period, and its margin is
  over the story's revenue, not the compared quarter's (checker/link/context.py, `_LABEL_TO_FIGURE`,
  `_CLOSES_BASELINE`).
- a margin named after `대비`, its base before (`매출 대비 영업이익률은 12%`), is a rate over that base, not a change
  against it (checker/link/roles.py, `[link.margin_named_after_base]`); a growth rate there (`전년 대비 증가율`) is
  still a change.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import pytest
from helpers import claims
from test_frames import assert_checked, assert_not_checked

# ------------------------------------------------ a multiple the level became, from the figure it starts from

BECAME_KO = [
    "한솔시의 전기차 충전기가 240기에서 {level}기로 1.5배가 됐다.",
    "다온식품의 수출액은 2년 만에 80억원에서 {level}억원으로 2.5배가 되었다.",
    "동호회 회원 수는 4,200명에서 {level}명으로 두 배가 된 셈이다.",
]


@pytest.mark.parametrize(
    "template,level,fires",
    [
        (BECAME_KO[0], "360", False),
        (BECAME_KO[0], "600", True),
        (BECAME_KO[1], "200", False),
        (BECAME_KO[1], "320", True),
        (BECAME_KO[2], "8,400", False),
        (BECAME_KO[2], "1만2,600", True),
    ],
    ids=["units-holds", "units-broken", "money-holds", "money-broken", "members-holds", "members-broken"],
)
def test_a_multiple_the_level_became_is_checked(knowledge, template, level, fires):
    assert_checked(knowledge, template.format(level=level), "F304", fires)


def test_the_figure_the_level_became_from_is_its_baseline(knowledge):
    found = {c.text.strip(): c for c in claims(BECAME_KO[0].format(level="360"), knowledge).claims}
    assert found["240기"].role == "baseline"
    assert found["1.5배"].compared_to == found["240기"].id


def test_a_place_before_a_multiple_is_no_baseline(knowledge):
    # (`120곳에서`: where the sales doubled; no level after it, nothing compared)
    assert_not_checked(knowledge, "신제품을 들인 120곳에서 판매량이 두 배가 됐다.", "F304")


# ------------------------------------------------ a margin `of` its figure, opening its paragraph

OPENING_MARGIN_EN = (
    "Harlow Pumps said third-quarter revenue rose 8% to $160m. Operating profit was $12m.\n"
    "{opening} {rate} was the highest in four years, the company said."
)


@pytest.mark.parametrize(
    "opening,rate,fires",
    [
        ("An operating margin of", "7.5%", False),
        ("An operating margin of", "9.5%", True),
        ("An operating margin of about", "7.5%", False),
        ("An operating margin of about", "11.5%", True),
    ],
    ids=["of-holds", "of-broken", "of-about-holds", "of-about-broken"],
)
def test_a_margin_of_its_figure_opening_its_paragraph_is_checked(knowledge, opening, rate, fires):
    assert_checked(knowledge, OPENING_MARGIN_EN.format(opening=opening, rate=rate), "F307", fires)


def test_a_margin_of_another_owner_opening_its_paragraph_is_not_checked(knowledge):
    text = "Harlow Pumps said third-quarter revenue rose 8% to $160m. Operating profit was $12m.\n"
    text += "The operating margin of the pump arm was 9.5%, the highest in four years."
    assert_not_checked(knowledge, text, "F307")


# ------------------------------------------------ the figure a level grew to a multiple of, and the margin after it

GREW_TO_MULTIPLE_KO = (
    "다온화학의 3분기 매출은 {revenue}이었다. 영업이익은 96억원으로 지난해 3분기 48억원의 {k}로 늘었고, "
    "영업이익률은 {rate}를 기록했다."
)


@pytest.mark.parametrize(
    "revenue,k,rate,fires",
    [
        ("800억원", "두 배", "12%", False),
        ("800억원", "두 배", "16%", True),
        ("1,200억원", "2.0배", "8%", False),
        ("1,200억원", "2.0배", "11%", True),
    ],
    ids=["words-holds", "words-broken", "digits-holds", "digits-broken"],
)
def test_a_margin_after_a_level_grown_to_a_multiple_is_checked(knowledge, revenue, k, rate, fires):
    assert_checked(knowledge, GREW_TO_MULTIPLE_KO.format(revenue=revenue, k=k, rate=rate), "F307", fires)


def test_the_figure_grown_from_keeps_its_own_date(knowledge):
    text = GREW_TO_MULTIPLE_KO.format(revenue="800억원", k="두 배", rate="12%")
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["48억원"].role == "baseline"
    assert found["96억원"].period == found["800억원"].period != found["48억원"].period
    assert found["두 배"].compared_to == found["48억원"].id


def test_a_multiple_of_another_figure_with_no_rise_is_no_baseline(knowledge):
    # (`경쟁사 48억원의 두 배다`: a level set against a rival's, no change from it)
    text = "다온화학의 3분기 영업이익은 96억원으로 경쟁사 48억원의 두 배다."
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["48억원"].role != "baseline"


# ------------------------------------------------ a rate named a margin, then the profit it is the margin of

PRIOR_MARGIN_ON_PROFIT_EN = (
    "Harlow Cider said revenue for the half was £86.0m, up from £80.0m.\n"
    "Operating profit rose to £9.0m, giving a margin of 10.5%, compared with a margin of {rate} a year earlier on "
    "profit of £7.2m."
)
MARGIN_GIVING_PROFIT_EN = (
    "Harlow Tools said nine-month sales were CHF 700.0 million. The margin was {rate}, giving nine-month operating "
    "profit of CHF 98.0 million."
)


@pytest.mark.parametrize(
    "template,rate,fires",
    [
        (PRIOR_MARGIN_ON_PROFIT_EN, "11.0%", True),
        (MARGIN_GIVING_PROFIT_EN, "14.0%", False),
        (MARGIN_GIVING_PROFIT_EN, "18.0%", True),
    ],
    ids=["earlier-on-profit-broken", "giving-holds", "giving-broken"],
)
def test_a_margin_before_its_profit_is_checked(knowledge, template, rate, fires):
    assert_checked(knowledge, template.format(rate=rate), "F307", fires)


def test_the_earlier_margin_is_of_the_earlier_profit_and_revenue(knowledge):
    # (the holding case: the sentence's other margin, of this period, is checked either way)
    found = {c.text.strip(): c for c in claims(PRIOR_MARGIN_ON_PROFIT_EN.format(rate="9.0%"), knowledge).claims}
    assert (found["9.0%"].rate_of, found["9.0%"].rate_base) == (found["£7.2m"].id, found["£80.0m"].id)


@pytest.mark.parametrize(
    "after",
    ["and operating profit was CHF 150.0 million.", "with nine-month sales of CHF 700.0 million."],
    ids=["profit-in-its-own-clause", "sales-after"],
)
def test_a_margin_before_another_figure_is_not_its_profits(knowledge, after):
    text = f"Harlow Tools said nine-month sales were CHF 700.0 million. The margin was 18.0%, {after}"
    assert_not_checked(knowledge, text, "F307")


def test_a_margin_before_a_profit_of_another_time_is_left_alone(knowledge):
    text = (
        "Veloce said quarterly revenue was $1,046m. EBITDA was $148m, for a margin of 14.1%. "
        "That compares with a margin of 13.2% on EBITDA of $122m a year ago."
    )
    found = {c.text.strip(): c for c in claims(text, knowledge).claims}
    assert found["14.1%"].rate_of == found["$148m"].id
    assert (found["13.2%"].rate_of, found["13.2%"].rate_base) == (None, None)


# ------------------------------------------------ a time labelling the bracketed figure compared with

COMPARED_QUARTER_KO = (
    "다온홀은 3분기 매출이 500억원으로 지난해 같은 기간(400억원)보다 25% 늘었다고 밝혔다. "
    "2분기(520억원)와 비교하면 3.8% 줄었다. 영업이익은 60억원으로 영업이익률은 {rate}였다."
)


def test_a_margin_after_a_compared_quarter_is_over_the_story_revenue(knowledge):
    found = {c.text.strip(): c for c in claims(COMPARED_QUARTER_KO.format(rate="12%"), knowledge).claims}
    assert found["12%"].rate_base == found["500억원"].id
    assert found["60억원"].period == found["500억원"].period


@pytest.mark.parametrize("rate,fires", [("12%", False), ("11.5%", True)], ids=["holds", "broken"])
def test_a_margin_after_a_compared_quarter_is_checked(knowledge, rate, fires):
    assert_checked(knowledge, COMPARED_QUARTER_KO.format(rate=rate), "F307", fires)


# ------------------------------------------------ a margin named after `대비`, its base before

MARGIN_OVER_NAMED_BASE_KO = (
    "다온홀의 3분기 매출은 500억원이었다. 영업이익은 60억원으로 {base} 대비 {noun}은 {rate}였다."
)


@pytest.mark.parametrize(
    "base,noun,rate,fires",
    [
        ("매출", "영업이익률", "12%", False),
        ("매출", "영업이익률", "15%", True),
        ("매출액", "영업이익률", "12%", False),
        ("매출액", "영업이익률", "9%", True),
    ],
    ids=["revenue-holds", "revenue-broken", "revenue-amount-holds", "revenue-amount-broken"],
)
def test_a_margin_named_after_its_base_is_checked(knowledge, base, noun, rate, fires):
    text = MARGIN_OVER_NAMED_BASE_KO.format(base=base, noun=noun, rate=rate)
    assert_checked(knowledge, text, "F307", fires)


def test_a_growth_rate_after_its_base_stays_a_change(knowledge):
    found = {c.text.strip(): c for c in claims("다온홀의 3분기 매출은 전년 대비 증가율이 12%였다.", knowledge).claims}
    assert found["12%"].role == "change"


@pytest.mark.parametrize(
    "text",
    [
        # a qualifier before `margin` names another margin than the profit's after it
        "Corran Foods said revenue was $300m for the year. Its gross margin was 41%, giving net profit of $30m.",
        # `with` joins any figure: the profit after it is no numerator of the rate
        "Corran Foods said revenue was $300m for the year. The margin was 41%, with net profit of $30m.",
    ],
    ids=["gross-margin", "with-profit"],
)
def test_a_rate_before_a_profit_it_does_not_name_is_not_its_margin(knowledge, text):
    for rule in ("F318", "F307"):
        assert_not_checked(knowledge, text, rule)
