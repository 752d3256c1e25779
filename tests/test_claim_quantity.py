"""A claim holds its mention's quantity (issue 13.2): read through the claim, one `Interval` type
for every stage, and the flat record at the edges (JSON, schema, ledger) as before."""

from __future__ import annotations

import dataclasses
import json
import math
import pickle

import pytest
from helpers import claims, document

from checker.check import intervals as check_intervals
from checker.check.facts_file import ReferenceFact
from checker.extract import extract
from checker.intervals import Interval
from checker.link import link
from checker.models import QUANTITY_FIELDS, Claim, ClaimRecord, ClaimSet, Quantity

TEXT = "올해 매출은 120억원 이상으로 지난해 95억원보다 늘었고, 이익률은 4%를 넘었다."


def test_a_claim_holds_its_mentions_quantity(knowledge):
    extraction = extract(document(TEXT))
    claimset = link(extraction, knowledge.lexicon)
    assert len(claimset.claims) == len(extraction.mentions) >= 3
    for claim, mention in zip(claimset.claims, extraction.mentions):
        assert claim.quantity is mention.quantity  # passed on, not copied field by field
        for name in QUANTITY_FIELDS:
            assert getattr(claim, name) == getattr(mention.quantity, name), name


def test_quantity_fields_are_read_through_the_claim(knowledge):
    claim = next(c for c in claims(TEXT, knowledge).claims if c.text.startswith("120억"))
    assert (claim.kind, claim.unit, claim.value) == ("money", "KRW", 120e8)
    assert claim.high == math.inf and not claim.high_open
    with pytest.raises(AttributeError):
        claim.high = 1.0  # the quantity is what was written; a claim changes its links, not its number
    # (kind, value, unit and step are kept on the claim, set with its quantity: no code sets them but through
    # a new quantity, which tests/test_claim_quantity_fields.py holds the checker's code to)
    claim.quantity = dataclasses.replace(claim.quantity, value=1.0)
    assert claim.value == claim.quantity.value == 1.0


def test_interval_accessor_is_the_one_interval_type(knowledge):
    by_text = {c.text.split("원")[0].split("%")[0]: c for c in claims(TEXT, knowledge).claims}
    at_least = by_text["120억"]
    assert at_least.interval == at_least.quantity.interval == Interval(120e8, math.inf, False, False)
    more_than = by_text["4"]
    assert more_than.interval.lo == 4.0 and more_than.interval.lo_open  # `넘었다`: strictly above
    assert more_than.interval == Interval.of(more_than)
    assert check_intervals.Interval is Interval  # the check kinds' name is the same type


def test_rounding_interval_of_a_reference_fact():
    fact = ReferenceFact(entity="e", metric="m", period="2024", value="310억", unit="KRW", source="s")
    assert fact.interval() == Interval.rounding(310e8, 10e8) == Interval(305e8, 315e8)  # two significant digits
    plain = ReferenceFact(entity="e", metric="m", period="2024", value="1.5e3", unit="KRW", source="s")
    assert plain.interval() == Interval.point(1500.0)  # a plain number, not as copy writes it: exact


def test_record_is_flat_and_reads_back(knowledge):
    claimset = claims(TEXT, knowledge)
    for claim in claimset.claims:
        data = json.loads(claim.record().model_dump_json())
        assert "quantity" not in data and set(QUANTITY_FIELDS) <= set(data)
        again = Claim.from_record(data)
        assert again == claim  # infinite bounds survive as "Infinity"
        assert again.quantity == claim.quantity
    names = {f.name for f in dataclasses.fields(Claim)} - {"quantity"} | set(QUANTITY_FIELDS)
    assert set(ClaimRecord.model_fields) == names
    assert ClaimRecord.model_json_schema()["title"] == "Claim"


def test_a_bad_record_is_refused():
    with pytest.raises(ValueError):
        Claim.from_record(
            {
                "id": "x#0",
                "path": "x",
                "start": 0,
                "end": 1,
                "line": 1,
                "column": 1,
                "text": "1",
                "kind": "count",
                "value": "one",
                "low": 1,
                "high": 1,
                "unit": "count",
            }
        )


def test_claims_pickle_and_round_trip_in_a_claimset(knowledge):
    claimset = claims(TEXT, knowledge)
    assert pickle.loads(pickle.dumps(claimset)) == claimset  # what a worker process sends back
    assert ClaimSet.model_validate_json(claimset.model_dump_json()) == claimset


def test_claims_and_quantities_are_slotted():
    quantity = Quantity(kind="count", value=1.0, low=0.5, high=1.5, unit="count")
    claim = Claim(id="x#0", path="x", start=0, end=1, line=1, column=1, text="1", quantity=quantity)
    assert not hasattr(quantity, "__dict__") and not hasattr(claim, "__dict__")
