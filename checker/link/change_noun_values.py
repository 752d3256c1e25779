"""A rate named a change by its noun, the value it reached after what changed: `reported a 12.5% rise in
consolidated net profit for the September quarter to Rs 1,350 crore`, `a 9% fall in second-quarter net income
to $2.73 billion`. Copy puts the metric and the period between the rate and the value, often farther than the
nearest-figure rules read.

A percent change linked to nothing, followed by a rise or fall noun, `in`, words with no figure, comma,
joint, verb or clause end, and `to` right before an amount of the sentence: that amount is the value it
changes. Language words are data (`[link.rise_nouns]`, `[link.fall_nouns]`, `[link.change_noun_subject]`,
`[link.to_words]`, `[link.sibling_joints]`, `[link.rise_verbs]` …).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_NOUN_THEN_VALUE = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.rise_nouns}|{w.fall_nouns})\s+(?:{w.change_noun_subject})\s+(?P<between>[^\d.,;:()]{{1,80}}?)\s"
        rf"(?:{w.to_words})\s+"
    ),
    re.I,
)
# `a 12% rise in sales and said its debt came down to $4bn`: a joint or a verb between starts another clause.
_ANOTHER_CLAUSE = ByLanguage(
    lambda w: rf"\b(?:{w.sibling_joints}|{w.list_separators}|{w.rise_verbs}|{w.fall_verbs})\b|{w.clause_ends}", re.I
)
_AMOUNT_KINDS = ("money", "count", "measure")


def link_change_noun_values(claims: list[Claim], text: str, lang: str) -> None:
    by_start = {c.start: c for c in claims if not c.furniture and c.role != "conversion"}
    starts = sorted(by_start)
    for change in claims:
        if change.role != "change" or change.kind != "percent" or change.change_of or change.furniture:
            continue
        after = bisect.bisect_right(starts, change.start)  # the first figure starting after the change
        if after == len(starts):
            continue
        nearest = starts[after]
        found = _NOUN_THEN_VALUE[lang].fullmatch(text, change.end, nearest)
        if found is None or _ANOTHER_CLAUSE[lang].search(found.group("between")):
            continue
        value = by_start[nearest]
        if value.sentence == change.sentence and value.role == "value" and value.kind in _AMOUNT_KINDS:
            change.change_of = value.id
