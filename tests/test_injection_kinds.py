"""Error injection for the arithmetic kinds beyond the seeds: a generated consistent
sentence raises nothing of its rule; a pushed number raises a finding over it
exactly when the generator's own interval arithmetic says it is infeasible."""
from __future__ import annotations

import random

import injection_cases as cases
import pytest
from articles import PUBLISHED
from helpers import document, findings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def judge(knowledge, case: cases.Case):
    result = findings(knowledge, document(case.text, PUBLISHED, "ko"), select=[case.rule])
    return [f for f in result.findings if f.rule == case.rule]


def covers(found, text: str, written: str) -> bool:
    start = text.rindex(written)
    return any(loc.start <= start < loc.end or start <= loc.start < start + len(written)
               for f in found for loc in (f.location, *f.related))


def assert_verdict(found, case: cases.Case):
    if case.feasible:
        assert not found, (case.text, [f.message for f in found])
    else:
        assert found and covers(found, case.text, case.pushed), case.text


@pytest.mark.parametrize("name", sorted(cases.BUILDERS))
@SETTINGS
@given(seed=st.integers(0, 2**32), fraction=st.floats(-1, 1))
def test_pushed_number(knowledge, name, seed, fraction):
    builder, (low, high), _ = cases.BUILDERS[name]
    push = round(fraction * (high if fraction > 0 else -low))
    assert_verdict(judge(knowledge, builder(random.Random(seed), push)), builder(random.Random(seed), push))


@SETTINGS
@given(seed=st.integers(0, 2**32), power=st.sampled_from([0, 1, 2, 3, -1]))
def test_unit_slip_between_statements(knowledge, seed, power):
    case = cases.unit_slip(random.Random(seed), power)
    found = judge(knowledge, case)
    assert_verdict(found, case)
    if power:
        assert f"×{10 ** abs(power):,}" in found[0].message
