"""The real-article corpus is third-party text kept in ../shared: no sentence of it may be quoted
in the engine, the rule packs or the language data (every fix is a rule for a construction)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _sentence_openings(length: int = 30) -> set[str]:
    openings = set()
    for path in CORPUS.rglob("*.txt"):
        for sentence in re.split(r"(?<=[.!?다])\s+", path.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if len(sentence) >= length:
                openings.add(sentence[:length])
    return openings


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the real-article corpus is not beside this checkout")
def test_no_corpus_sentence_is_quoted_in_the_project():
    openings = _sentence_openings()
    assert len(openings) > 100  # the harvest itself works
    sources = [
        p
        for folder in ("checker", "rules", "benchmarks")
        for p in (ROOT / folder).rglob("*")
        if p.suffix in (".py", ".toml", ".j2", ".jsonl", ".md")
    ]
    quoted = [
        f"{p.relative_to(ROOT)}: {o}"
        for p in sources
        for o in openings
        if o in p.read_text(encoding="utf-8", errors="ignore")
    ]
    assert not quoted, quoted[:5]
