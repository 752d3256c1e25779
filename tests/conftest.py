"""Shared helpers: run the pipeline in-process on texts written in the tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis runs the same examples on every machine and every run (issue 12.3): derandomized, and
# no example database carried between runs (a failure stored in .hypothesis/ once made every later
# local run fail while CI passed). FACTLINT_HYPOTHESIS=long selects a randomized, longer run for
# benchmarks and before a release (see benchmarks/fuzz.py); its failures become regression tests.
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    derandomize=False,
    database=None,
    deadline=None,
    print_blob=True,
    max_examples=1000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("FACTLINT_HYPOTHESIS", "ci"))

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture(scope="session")
def knowledge():
    from checker.pipeline import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def seeds_analysis(knowledge):
    from checker.pipeline import analyze

    return analyze([str(ROOT / "seeds")], knowledge, jobs=1)
