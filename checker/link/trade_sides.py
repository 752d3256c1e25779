"""Imports named by a word that also means income: `수출은 A … 수입은 B … 무역수지는 C
흑자` (issue 11).

Korean writes a month's imports as `수입`, the word for an income too (`농가 수입`, `총수입` of a budget), so the
lexicon names imports only by `수입액`, and the figure takes the metric of the sentence before it (the exports),
which keeps the trade balance from its sides. A money figure written right after the word and a topic particle
(`수입은 B`, `누적 수입은 B`), the word standing alone (not the end of a longer word: `총수입은`),
is the imports when the same sentence or one of the two before it states exports, of the figure's unit and with
the metric its own words give: beside exports, `수입` is the other side of trade. The word right before the
figure names it even where an exports word earlier in the sentence gave it that metric (`누적 수출은 A, 누적
수입은 B`), and a segment carried from the exports before (`일평균 수출액`) is not the imports'. Language words are data
(`[link.import_nouns]` with `[link.topic_particles]` and `[link.script_letters]`).
"""

from __future__ import annotations

import bisect

from checker.extract.lang import ByLanguage
from checker.models import Claim

_IMPORTS_BEFORE = ByLanguage(
    lambda w: rf"(?<!{w.script_letters})(?:{w.import_nouns})(?:{w.topic_particles})\s?$",
    first_tested=False,
)
# how many characters before a figure the word and its particle may start
_WINDOW = 12
# how many sentences before the figure's own an exports figure still makes it trade's other side
_SENTENCES_BACK = 2
_EXPORTS, _IMPORTS = "exports", "imports"


def name_import_sides(claims: list[Claim], text: str, language: str, sentence_starts: list[int]) -> None:
    pattern = _IMPORTS_BEFORE[language]
    exports = [c for c in claims if c.metric == _EXPORTS and "metric" not in c.guesses and not c.furniture]
    if not exports:
        return
    for claim in claims:
        if claim.kind != "money" or claim.furniture or claim.metric not in (None, _EXPORTS):
            continue
        sentence_start = sentence_starts[bisect.bisect_right(sentence_starts, claim.start) - 1]
        if not pattern.search(text, max(sentence_start, claim.start - _WINDOW), claim.start):
            continue
        if not any(
            0 <= claim.sentence - e.sentence <= _SENTENCES_BACK and e.unit == claim.unit and e.start < claim.start
            for e in exports
        ):
            continue
        claim.metric = _IMPORTS
        claim.guesses = [g for g in claim.guesses if g != "metric"]
        if claim.scope and claim.scope not in text[sentence_start : claim.start]:
            claim.scope = None  # a segment carried from the exports before (`일평균 수출액`) is not the imports'
