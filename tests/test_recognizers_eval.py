"""The English specs of Microsoft Recognizers-Text (condensed in benchmarks/data/), scored as
`benchmarks/recognizers_score.py` scores them. The measured rates are in the README; a drop below
these floors fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "recognizers_score.py"
FLOORS = {"CurrencyModel": 0.83, "NumberModel": 0.55, "PercentModel": 0.45}


@pytest.fixture(scope="module")
def results():
    spec = importlib.util.spec_from_file_location("recognizers_score", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.run()


@pytest.mark.parametrize("spec", sorted(FLOORS))
def test_recognizers_spec(results, spec):
    ok, n, misses = results[spec]
    assert ok / n >= FLOORS[spec], misses
