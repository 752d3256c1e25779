"""Shared helpers: run the pipeline in-process on texts written in the tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

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
