"""Shares, per-unit figures and margins (eighteenth session, third round), rules for constructions:

- a figure of a margin's base metric marked, in its own clause before it, as per a unit (`점포당 분기 매출은 약
  3,000만원`, `revenue per branch was about $250,000`) is an average, never the total the margin is over:
  checker/link/margin_bases.py;
- a share set beside its part, of a whole whose noun a word qualifies that named another figure before (`…, or 75%
  of the drying crop` after `drying plums 20,000 tonnes`), is of that group, not of the story's total found by size:
  checker/link/shares.py.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import document, findings

PUBLISHED = dt.date(2026, 10, 20)

# (the count's `9월 말` dates the paragraph's figures and the profit's after them to one month)
KO_MARGIN_AFTER_PER_UNIT_REVENUE = (
    "분식 체인 다온분식의 3분기 매출이 240억원으로 지난해 같은 기간 200억원보다 20% 늘었다.\n\n"
    "점포 수는 9월 말 기준 800곳이다. {revenue}이었다.\n\n"
    "영업이익은 30억원으로 1년 전 24억원에서 6억원 늘었고, 영업이익률은 {rate}로 올라섰다."
)


def _margin_codes(knowledge, text):
    return [f.rule for f in findings(knowledge, document(text, published=PUBLISHED)).findings if f.rule == "F307"]


def test_a_margin_is_not_over_a_revenue_per_unit(knowledge):
    text = KO_MARGIN_AFTER_PER_UNIT_REVENUE.format(revenue="점포당 분기 매출은 약 3,000만원", rate="12.5%")
    assert _margin_codes(knowledge, text) == []


@pytest.mark.parametrize(("rate", "fired"), [("12.5%", []), ("20%", ["F307"])])
def test_a_margin_over_a_revenue_stated_with_no_unit_is_checked(knowledge, rate, fired):
    text = KO_MARGIN_AFTER_PER_UNIT_REVENUE.format(revenue="3분기 매출은 모두 240억원", rate=rate)
    assert _margin_codes(knowledge, text) == fired


EN_SHARE_OF_A_QUALIFIED_WHOLE = (
    "Growers in the valley picked 50,000 tonnes of plums this year, up from 41,000 tonnes.\n\n"
    "Dessert plums made up 30,000 tonnes and drying plums 20,000 tonnes.\n\n"
    "Marren County, the largest grower, picked 15,000 tonnes, or {share} of the {whole}."
)


def _share_codes(knowledge, text):
    result = findings(knowledge, document(text, published=PUBLISHED))
    return [f.rule for f in result.findings if f.rule in ("F501", "F503")]


def test_a_share_of_a_whole_qualified_by_a_parts_word_is_not_of_the_total(knowledge):
    # 15,000 of the 20,000 drying plums: not 75% of the 50,000 picked
    assert _share_codes(knowledge, EN_SHARE_OF_A_QUALIFIED_WHOLE.format(share="75%", whole="drying crop")) == []


@pytest.mark.parametrize(("share", "fired"), [("30%", []), ("75%", ["F503"])])
def test_a_share_of_the_bare_whole_is_still_of_the_total(knowledge, share, fired):
    assert _share_codes(knowledge, EN_SHARE_OF_A_QUALIFIED_WHOLE.format(share=share, whole="crop")) == fired
