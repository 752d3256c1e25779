"""A claim keeps its quantity's kind, value, unit and step on itself (read thousands of times an article by the
link rules and the checks): they follow every assignment of the quantity — the claim's construction, a rule
that replaces the quantity (`claim.quantity = replace(claim.quantity, kind="pp")`), `dataclasses.replace`, a
copy, pickling for the worker processes, a record read back — and never disagree with it after linking."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import re
from pathlib import Path

import pytest
from helpers import claims

from checker.models import Claim, Quantity

ROOT = Path(__file__).resolve().parents[1]
_KEPT = ("kind", "value", "unit", "step")


def _agrees(claim: Claim) -> bool:
    return all(getattr(claim, name) == getattr(claim.quantity, name) for name in _KEPT)


def _claim() -> Claim:
    return Claim("a.md#0", "a.md", 0, 4, 1, 1, "3.5%", Quantity("percent", 3.5, 3.45, 3.55, "percent", step=0.1))


def test_the_fields_follow_each_assignment_of_the_quantity():
    claim = _claim()
    assert (claim.kind, claim.value, claim.unit, claim.step) == ("percent", 3.5, "percent", 0.1)
    claim.quantity = dataclasses.replace(claim.quantity, kind="pp", unit="pp")
    assert (claim.kind, claim.unit) == ("pp", "pp") and _agrees(claim)
    other = dataclasses.replace(claim, quantity=Quantity("money", 2e9, 2e9, 2e9, "USD", step=1e8))
    assert (other.kind, other.value, other.unit, other.step) == ("money", 2e9, "USD", 1e8)
    assert (claim.kind, claim.value) == ("pp", 3.5)  # (the first claim keeps its own)
    for again in (copy.copy(claim), copy.deepcopy(claim), pickle.loads(pickle.dumps(claim))):
        assert again == claim and _agrees(again) and again.kind == "pp"
    back = Claim.from_record(claim.record())
    assert back == claim and _agrees(back)
    assert claim.record().kind == "pp" and claim.record().unit == "pp"


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 3.5 percentage points to 12.5% from 9% a year earlier; revenue was $2.3bn, up 4%.",
        "한빛상사의 영업이익률은 12.5%로 1년 전 9%보다 3.5%포인트 높아졌다. 매출은 2조3천억원으로 4% 늘었다.",
    ],
)
def test_after_linking_every_claim_agrees_with_its_quantity(text, knowledge):
    found = claims(text, knowledge).claims
    assert found and all(_agrees(claim) for claim in found)
    # (the Korean sentence's `3.5%포인트` and the English `percentage points` are read as points)
    assert any(claim.kind == "pp" for claim in found)


def test_on_the_seeds_every_claim_agrees_with_its_quantity(knowledge):
    from checker.pipeline import analyze_document
    from checker.read.files import read_paths

    documents, _ = read_paths([str(ROOT / "seeds")])
    for document in documents:
        assert all(_agrees(claim) for claim in analyze_document(document, knowledge.lexicon).claims)


# `claim.value = …`: a number set on the claim beside its quantity, which the two would then disagree on.
_SET_ON_A_CLAIM = re.compile(
    r"\.(?:kind|value|unit|step)\s*=(?!=)|setattr\([^,]+,\s*[\"'](?:kind|value|unit|step)[\"']"
)


def test_no_code_sets_a_quantity_field_on_a_claim():
    # (the extract stage's raw readings, `raw.kind = …`, and an object's own fields, `self.…`, are no claims: a
    # claim's number changes only with its quantity, `claim.quantity = replace(claim.quantity, …)`)
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "checker").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SET_ON_A_CLAIM.search(line.split("#")[0]) and "raw." not in line and "self." not in line
    ]
    assert found == []
