"""Margins and ratios (seventeenth session, second round), each a rule for a construction:
- a defined rate's figures (a margin's profit and the revenue it is over) are chosen by the link stage
  (checker/link/margin_bases.py: `rate_of`, `rate_base`, `rate_base_guessed`); the check only divides them;
- an EBITA margin is EBITA over revenue (`EBITA was €96 million, a margin of 12%`);
- a share of a capacity said to be filled (`전체 좌석 9만6,000석 가운데 84.7%가 찼다`) is a rate of use: the count
  used before it over the seats.

Every sentence is written for this file, with invented names and numbers.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from helpers import claims, document, findings

from checker.check.base import Context
from checker.check.engine import run_checks
from checker.link.margin_bases import DEFINED_RATES
from checker.models import Claim

ROOT = Path(__file__).resolve().parent.parent

# ------------------------------------------------ the link stage chooses a margin's figures


def test_the_link_stage_reads_the_rates_the_pack_defines():
    # (the link stage reads the definitions from the pack: a margin, a payout ratio and a loss ratio are there, each
    # over figures the metrics lexicon names)
    assert DEFINED_RATES["operating_margin"] == ("operating_profit", "revenue")
    assert DEFINED_RATES["ebita_margin"] == ("ebita", "revenue")
    assert DEFINED_RATES["payout_ratio"] == ("dividend", "eps")
    assert DEFINED_RATES["loss_ratio"] == ("claims_paid", "premiums")
    lexicon = tomllib.loads((ROOT / "rules" / "lexicon" / "metrics.toml").read_text(encoding="utf-8"))
    metrics = {metric["id"] for metric in lexicon["metric"]}
    assert {name for pair in DEFINED_RATES.values() for name in pair} <= metrics


PAGE_AWAY = (
    "Larkspur Foods said second-quarter revenue rose 5% to $240 million.\n\n"
    "Operating profit was $30 million, an operating margin of {m}."
)


def test_a_margin_is_linked_to_its_profit_and_the_revenue_a_paragraph_away(knowledge):
    found = claims(PAGE_AWAY.format(m="12.5%"), knowledge).claims
    by_text = {c.text.strip(): c for c in found}
    margin = by_text["12.5%"]
    assert margin.rate_of == by_text["$30 million"].id
    assert margin.rate_base == by_text["$240 million"].id
    assert not margin.rate_base_guessed
    # (links like the others: in the record, and read back as they were)
    again = Claim.from_record(json.loads(margin.record().model_dump_json()))
    assert (again.rate_of, again.rate_base, again.rate_base_guessed) == (margin.rate_of, margin.rate_base, False)


def test_the_check_divides_the_figures_the_link_stage_set_and_chooses_none(knowledge):
    result = findings(knowledge, document(PAGE_AWAY.format(m="20%")), select=["F307"])
    assert [f.rule for f in result.findings] == ["F307"]
    # (a margin the link stage tied to no revenue is not checked, whatever revenue the article states)
    linked = claims(PAGE_AWAY.format(m="20%"), knowledge)
    for claim in linked.claims:
        claim.rate_base = None
    ctx = Context(show_passed=True, metric_types={m.id: m.type for m in knowledge.lexicon.metrics.values()})
    result = run_checks([linked], knowledge.rules.select({"F307"}), ctx)
    assert not result.findings and not result.passed


# ------------------------------------------------ an EBITA margin: EBITA over revenue

EBITA = (
    "Veltrona Medical said nine-month sales rose 6% to CHF 2.40 billion.\n\n"
    "Earnings before interest, tax and amortisation were CHF 540 million, a margin of {m}, "
    "compared with 21.0% a year earlier."
)


def test_an_ebita_margin_is_ebita_over_revenue(knowledge):
    from test_frames import assert_checked

    assert_checked(knowledge, EBITA.format(m="22.5%"), "F318", fires=False)
    assert_checked(knowledge, EBITA.format(m="27.5%"), "F318", fires=True)
    assert_checked(
        knowledge,
        "Orlen Tech's 2025 sales were €800 million and its EBITA €96 million. Its EBITA margin was 12%.",
        "F318",
        fires=False,
    )


def test_ebitda_is_not_read_as_ebita(knowledge):
    found = {
        c.text.strip(): c for c in claims("Orlen Tech's EBITDA was €96 million, a margin of 12%.", knowledge).claims
    }
    assert found["€96 million"].metric == "ebitda"
    assert found["12%"].metric == "ebitda_margin"


# ------------------------------------------------ `좌석 N석 가운데 P%가 찼다`: a rate of use of the capacity before it

FILLED = "올해 음악제를 찾은 관객은 8만1,300명이었다. 전체 좌석 9만6,000석 가운데 {r}가 찼다."


def test_a_share_of_seats_filled_is_the_audience_over_the_seats(knowledge):
    from test_frames import assert_checked

    assert_checked(knowledge, FILLED.format(r="84.7%"), "F503", fires=False)
    assert_checked(knowledge, FILLED.format(r="74.7%"), "F503", fires=True)


def test_a_rate_of_the_seats_not_said_filled_links_nothing(knowledge):
    from test_frames import assert_not_checked

    # (a change of the seats, `가운데 12%가 늘었다`, or a count before the seats that is a rate: no part)
    assert_not_checked(knowledge, FILLED.format(r="84.7%").replace("가 찼다", "가 새로 지어졌다"), "F503")
    text = "관객은 지난해보다 10.4% 늘었다. 전체 좌석 9만6,000석 가운데 84.7%가 찼다."
    assert_not_checked(knowledge, text, "F503")
