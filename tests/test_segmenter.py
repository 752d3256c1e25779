"""The sentence segmenter: rules by default, kiwipiepy's for Korean under FACTLINT_SEGMENTER=kiwi.

The texts are written for these tests. The kiwi path needs the optional extra
`factlint[morph]` (not in the test extra: see the README, "Korean morphology: measured");
without it those tests skip, and the missing-package error is tested either way.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.errors import UsageError

segmentation = importlib.import_module("checker.link.segment")  # the package exports a function of that name
ROOT = Path(__file__).resolve().parents[1]

# One headline, a paragraph whose second sentence follows a full stop with no space and whose
# third has no full stop before it, a line without a number, and a copyright line.
KOREAN = (
    "한빛전자 3분기 실적 발표\n"
    "\n"
    "한빛전자의 3분기 매출은 4조 2000억원으로 작년 같은 기간보다 8% 늘었다.영업이익은 3100억원이었다 "
    "반면 순이익은 1900억원에 그쳤다.\n"
    "회사는 신제품 출시를 앞두고 있다. 시장의 반응이 주목된다.\n"
    "\n"
    "    들여 쓴 문단도 2개 문장이다. 줄바꿈은 문장을 끝낸다.\n"
    "Copyright 한빛일보 무단 전재 금지\n"
)
ENGLISH = "Acme sold 1,200 units. Revenue rose 8% to $3.1 million.\nCopyright Acme Daily\n"

kiwi_installed = all(importlib.util.find_spec(m) for m in ("kiwipiepy", "kiwipiepy_model"))
needs_kiwi = pytest.mark.skipif(
    not kiwi_installed, reason="kiwipiepy is not installed (optional extra factlint[morph])"
)


def _segments(monkeypatch, mode: str, text: str, start: int = 0):
    monkeypatch.setenv(segmentation.SEGMENTER_ENV, mode)
    return segmentation.segment(text, start)


@needs_kiwi
def test_kiwi_gives_the_same_segments_shape(monkeypatch):
    rules = _segments(monkeypatch, "rules", KOREAN)
    kiwi = _segments(monkeypatch, "kiwi", KOREAN)
    assert type(kiwi) is segmentation.Segments
    # Paragraphs and furniture are the rules' either way; only sentence starts may differ.
    assert kiwi.paragraph_starts == rules.paragraph_starts
    assert (kiwi.furniture_from, kiwi.furniture_lines) == (rules.furniture_from, rules.furniture_lines)
    starts = kiwi.sentence_starts
    assert starts == sorted(set(starts)) and starts[0] == 0 and all(0 <= s < len(KOREAN) for s in starts)
    # A line break always ends a sentence, indented or not: each line's first letter starts one.
    for line_start in kiwi.paragraph_starts:
        letter = line_start + len(KOREAN[line_start:]) - len(KOREAN[line_start:].lstrip())
        assert kiwi.sentence_starts[kiwi.sentence_of(letter)] >= line_start
    assert KOREAN.index("들여") in starts and KOREAN.index("줄바꿈은") in starts
    # Kiwi cuts where the rules cannot: after a full stop with no space, and after a final ending
    # with no full stop at all.
    assert KOREAN.index("영업이익은") in starts and KOREAN.index("영업이익은") not in rules.sentence_starts
    assert KOREAN.index("반면") in starts
    # A line without a number keeps the rules' cuts.
    assert KOREAN.index("시장의 반응") in starts
    # The helpers read the new starts like the old.
    profit = KOREAN.index("3100억원")
    sentence = kiwi.sentence_of(profit)
    begin, end = kiwi.sentence_bounds(sentence, len(KOREAN))
    assert KOREAN[begin:end].startswith("영업이익은") and "순이익" not in KOREAN[begin:end]


@needs_kiwi
def test_kiwi_respects_the_body_start(monkeypatch):
    front = "---\ntitle: 3건\n---\n"
    kiwi = _segments(monkeypatch, "kiwi", front + KOREAN, len(front))
    assert kiwi.sentence_starts[0] == len(front) and min(kiwi.sentence_starts) == len(front)


def test_kiwi_is_not_asked_about_other_languages(monkeypatch):
    # An English document is cut by the rules whatever the switch says (and needs no model).
    assert _segments(monkeypatch, "kiwi", ENGLISH) == _segments(monkeypatch, "rules", ENGLISH)


def test_the_default_is_the_rules(monkeypatch):
    monkeypatch.delenv(segmentation.SEGMENTER_ENV, raising=False)
    assert segmentation.selected_segmenter() == "rules"


def test_an_unknown_segmenter_is_a_usage_error(monkeypatch):
    monkeypatch.setenv(segmentation.SEGMENTER_ENV, "spacy")
    with pytest.raises(UsageError, match="FACTLINT_SEGMENTER"):
        segmentation.selected_segmenter()


def test_kiwi_without_kiwipiepy_is_one_line_and_exit_2(tmp_path):
    """Where kiwipiepy is installed, Python's own way of making an import fail (a None entry in
    sys.modules) takes it away from the child process; elsewhere it is simply absent."""
    article = tmp_path / "article.txt"
    article.write_text(KOREAN, encoding="utf-8")
    program = (
        "import sys; sys.modules['kiwipiepy'] = None\n"
        "from checker.cli import main\n"
        f"sys.exit(main(['check', {str(article)!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, segmentation.SEGMENTER_ENV: "kiwi"},
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "kiwipiepy" in lines[0] and "factlint[morph]" in lines[0], done.stderr


def test_abbreviations_do_not_end_a_sentence():
    from checker.link.segment import segment

    text = (
        "Acme Inc. reported a 5% rise. Mr. Kim said U.S. sales rose 3% in the Nov. 1-20 period. "
        "Hanbit Corp. The company grew."
    )
    found = segment(text, 0, "en")
    sentences = [text[a:b].strip() for a, b in zip(found.sentence_starts, [*found.sentence_starts[1:], len(text)])]
    assert sentences == [
        "Acme Inc. reported a 5% rise.",
        "Mr. Kim said U.S. sales rose 3% in the Nov. 1-20 period.",
        "Hanbit Corp.",
        "The company grew.",
    ]
