"""`new_claim` (the link stage's per-figure constructor) makes the same claim as `Claim(…)`."""

from __future__ import annotations

from dataclasses import fields

from checker.models import Claim, Quantity, new_claim


def test_new_claim_equals_the_dataclass_constructor() -> None:
    quantity = Quantity("money", 2.5e9, 2.45e9, 2.55e9, "USD", False, False, None, 1e8, None)
    made = new_claim("a.txt#3", "a.txt", 10, 16, 2, 5, "$2.5bn", quantity)
    expected = Claim("a.txt#3", "a.txt", 10, 16, 2, 5, "$2.5bn", quantity)
    assert made == expected
    for item in fields(Claim):
        assert getattr(made, item.name) == getattr(expected, item.name), item.name
    assert (made.kind, made.value, made.unit, made.step) == ("money", 2.5e9, "USD", 1e8)


def test_new_claims_share_no_list() -> None:
    quantity = Quantity("count", 3.0, 2.5, 3.5, "count", False, False, None, 1.0, "명")
    first = new_claim("a#0", "a", 0, 2, 1, 1, "3명", quantity)
    second = new_claim("a#1", "a", 5, 7, 1, 6, "3명", quantity)
    first.guesses.append("currency")
    first.entities.append("x")
    assert second.guesses == [] and second.entities == []
