"""A pool a share is drawn from is no level of a change told of another subject in a later sentence.

`올해 생산할 절화 60만 송이 가운데 60%가 일본으로 간다. 수출량은 지난해 24만 송이보다 12만 송이, 50% 많다`
(invented): the figure before the pool mark (`가운데`, `of which`: checker/link/totals.py, `is_a_pool`) is the whole
a share is taken of. A change in a later sentence that opens on a subject of its own (`수출량은`) the pool's sentence
does not name is a change of that subject's level (the share's part, stated elsewhere), not of the pool: the readings
that look for a change's level in the sentences before (checker/link/relations.py, checker/link/change_fallback.py)
pass over it. A change whose subject the pool's sentence names (`매출 100억 원 가운데 … 매출은 … 25% 늘었다`) keeps it.
"""

from __future__ import annotations

from checker.link.subject_levels import OPENING_SUBJECT
from checker.link.totals import is_a_pool
from checker.models import Claim

_SUBJECT_STEM = 2  # letters of a subject's name its pool's sentence would write (`수출량` as `수출`)


def pool_of_another_subject(
    value: Claim, following: Claim | None, change: Claim, text: str, lang: str, sentence_starts: list[int]
) -> bool:
    """Whether `value` (in a sentence before the change's) is a pool the figure after it (`following`) is drawn from,
    and the change's sentence opens on a subject its sentence does not name."""
    if value.sentence >= change.sentence or change.sentence >= len(sentence_starts):
        return False
    if not is_a_pool(value, text, lang, following):
        return False
    subject = OPENING_SUBJECT[lang].match(text, sentence_starts[change.sentence])
    if subject is None or subject.end() > change.start:
        return False
    value_end = sentence_starts[value.sentence + 1] if value.sentence + 1 < len(sentence_starts) else len(text)
    return subject.group("name")[:_SUBJECT_STEM] not in text[sentence_starts[value.sentence] : value_end]
