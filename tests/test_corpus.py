"""The evaluation corpora (tests/corpus, tests/heldout): no consistent article may raise
an error or a warning.

Precision and recall are a report (benchmarks/corpus_score.py), not a gate; what is
asserted here is that articles whose every number checks out stay silent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import benchmark_module

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    return benchmark_module("corpus_score")


@pytest.mark.parametrize("corpus", ["corpus", "heldout"])
def test_no_false_alarm_on_consistent_articles(corpus):
    scorer = _scorer()
    result = scorer.score(ROOT / "tests" / corpus)
    errors = result.false_alarms_on_consistent({"error", "warning"})
    lines = []
    for finding in errors:
        art = result.articles[finding.primary.file]
        sentence = scorer._sentence(art.text, finding.primary.start, finding.primary.end)
        lines.append(
            f"{finding.primary.file}:{finding.primary.line}: error[{finding.rule}] {finding.message}\n    {sentence}"
        )
    if errors:
        pytest.fail(f"{len(errors)} errors on consistent articles:\n" + "\n".join(lines), pytrace=False)
