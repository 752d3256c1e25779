"""No seed literal in the engine: the seeds' companies, people and amounts live in the
lexicons and tests, never in `checker/` (DESIGN.md, "Linking must work on text it was never
tuned to"). The literals are read off the seeds themselves, so the list cannot go stale."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _seed_literals(seeds_analysis, knowledge) -> set[str]:
    literals: set[str] = set()
    for claimset in seeds_analysis.claimsets:
        text = claimset.document.text
        for claim in claimset.claims:
            if claim.kind in ("money", "range"):
                literals.add(claim.text.removeprefix("약 ").strip())  # `230억 위안`, `9조 2946억원`
        for name in claimset.names:
            if not name.text.isascii():
                literals.add(name.text)  # `파텔`, `패텔`, outlets as spelled (not abbreviations)
        for match in knowledge.lexicon.entity_re.finditer(text):
            entity = knowledge.lexicon.entities[knowledge.lexicon.entity_for(match.group(0))]
            if entity.kind in ("company", "org", "source", "person"):
                literals.add(match.group(0))  # `알리바바`, `Moonshot`; not `중국` or `FT`
    return {literal for literal in literals if len(literal) >= 2}


def test_checker_holds_no_seed_literal(seeds_analysis, knowledge):
    literals = _seed_literals(seeds_analysis, knowledge)
    assert {"230억 위안", "알리바바", "패텔"} <= literals  # the harvest itself works
    offenders = []
    for path in sorted((ROOT / "checker").rglob("*")):
        if path.suffix not in (".py", ".j2", ".toml"):
            continue
        source = path.read_text(encoding="utf-8")
        offenders += [
            f"{path.relative_to(ROOT)}: {lit}"
            for lit in literals
            if re.search(rf"(?<![A-Za-z]){re.escape(lit)}(?![A-Za-z])", source)
        ]
    assert not offenders, offenders
