"""The evaluation corpus (tests/corpus): no consistent article may raise an error.

Precision and recall on the corpus are a report (benchmarks/corpus_score.py),
not a gate; the only thing asserted here is that the articles whose every
number checks out do not get an error-severity finding.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "benchmarks" / "corpus_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("corpus_score", module)  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_no_error_on_consistent_articles():
    scorer = _scorer()
    result = scorer.score()
    errors = result.false_alarms_on_consistent({"error"})
    lines = []
    for finding in errors:
        art = result.articles[finding.primary.file]
        sentence = scorer._sentence(art.text, finding.primary.start, finding.primary.end)
        lines.append(f"{finding.primary.file}:{finding.primary.line}: error[{finding.rule}] {finding.message}\n"
                     f"    {sentence}")
    if errors:
        pytest.fail(f"{len(errors)} errors on consistent articles:\n" + "\n".join(lines), pytrace=False)
