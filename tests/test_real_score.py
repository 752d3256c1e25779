"""benchmarks/real_score.py on a folder of articles written for this test: coverage, judged right,
false alarms and automatic edits are counted as the README says."""

from __future__ import annotations

from helpers import benchmark_module

MANIFEST = """[[article]]
file = "ko/a.txt"
published = 2024-08-27
language = "ko"
"""
ARTICLE = (
    "한빛물산의 3분기 매출은 4조 2000억원으로 전년 동기 3조 5000억원보다 20% 증가했다.\n\n"
    "한빛물산의 3분기 영업이익은 5000억원으로 전년 동기 4000억원보다 10% 증가했다.\n"
)
RELATIONS = """[[relation]]
file = "ko/a.txt"
kind = "growth"
members = ["4조 2000억원", "3조 5000억원", "20%"]
holds = true

[[relation]]
file = "ko/a.txt"
kind = "growth"
members = ["5000억원", "4000억원", "10%"]
holds = false
"""


def test_scores_a_folder_in_the_corpus_format(tmp_path):
    (tmp_path / "ko").mkdir()
    (tmp_path / "ko" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles.toml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "relations.toml").write_text(RELATIONS, encoding="utf-8")
    report = benchmark_module("real_score").score(tmp_path, with_edits=True)
    total = report["groups"]["all"]
    assert total["relations"] == 2 and total["covered"] == 2 and total["right"] == 2
    assert total["broken"] == 1 and total["broken_caught"] == 1
    assert report["false_errors"] == 0 and not report["unresolved_members"]
    # The one relation that holds is edited once (4조 → 8조) and the edit is reported.
    assert (total["edits"], total["edits_caught"]) == (1, 1)
    assert report["edit_results"][0].by == ["F301"]
