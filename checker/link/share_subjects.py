"""A share whose clause names its own subject: `보건 예산은 전체 지출의 37%를 차지했다`, `65세 이상이 전체
입원환자의 49%를 차지했다`.

Korean names the part a share is of as the subject of the share's clause (`[link.share_clause_subjects]`), and
the whole as the total before the rate (`전체 지출의`, `[link.whole_share_before]`); the part's figure was stated
earlier, right after the same name (`보건 예산이 268조원으로`, a table line `65세 이상 | 612명`).

- `link_named_subject_shares`: the part is the last figure stated after that name in the six sentences before
  the share's (one of its own sentence is read by checker/link/shares.py); the whole is the total the part is
  listed in, or else the largest figure of the part's unit, kind and counter stated before the share and dated
  to no other period — found by size, so a guess (none when a second total stands beside it: rival_wholes.py).
- `names_another_subject`: a clause that names a subject its part's sentence never names is no share of that
  sentence's last figure (`기타 예산은 149조원이다. 보건 예산은 전체의 37%를 차지`: 37% is not of 149조원);
  `_shares_of_the_total` (checker/link/shares.py) asks it before taking a part from the sentence before.

A subject that refers back (`이는`, `이 금액은`, `[link.back_reference_subjects]`) names no part of its own.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.rival_wholes import has_rival_whole
from checker.models import Claim

_AMOUNTS = ("money", "count", "measure")
_SENTENCES_BACK = 6
# The share's clause opens with its subject: up to three words, then a subject particle (`보건·복지 예산은 `).
_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?P<name>(?:[^\s,.;:|()]+\s){{0,2}}?[^\s,.;:|()]+?)(?:{w.share_clause_subjects})\s",
    first_tested=False,
)
_BACK_REFERENCE = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})")
_WHOLE_NAMED_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_share_before})\s*$", re.I)
# Where a clause opens: a line, a sentence or a comma before it.
_CLAUSE_OPENS = re.compile(r"\n|[.;,]\s")


def clause_subject(text: str, clause_start: int, rate: Claim, lang: str) -> str | None:
    """The name of the subject a share's clause opens with, if the clause names one of its own."""
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, clause_start, rate.start)]
    start = opens[-1] if opens else clause_start
    found = _SUBJECT[lang].match(text, start, rate.start)
    if found is None:
        return None
    name = found.group("name")
    if len(name) < 2 or _BACK_REFERENCE[lang].match(name):
        return None
    return name


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` opens: after the last line break or sentence end before it."""
    return max(text.rfind("\n", 0, position) + 1, max(text.rfind(". ", 0, position), -2) + 2, 0)


def names_another_subject(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether the share's clause names a subject that the part's sentence does not name."""
    if part.sentence == rate.sentence:
        return False
    name = clause_subject(text, _sentence_start(text, rate.start), rate, lang)
    return name is not None and name not in text[_sentence_start(text, part.start) : part.end]


def link_named_subject_shares(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    by_id = {c.id: c for c in figures}
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        if not _WHOLE_NAMED_BEFORE[lang].search(text, max(0, rate.start - 24), rate.start):
            continue
        name = clause_subject(text, _sentence_start(text, rate.start), rate, lang)
        if name is None:
            continue
        named_before = re.compile(rf"{re.escape(name)}\s?(?:{_SUBJECT_PARTICLES[lang].pattern})?\s*[|:]?\s*$")
        part = next(
            (
                c
                for c in reversed(figures[:position])
                if 0 < rate.sentence - c.sentence <= _SENTENCES_BACK
                and c.kind in _AMOUNTS
                and c.role == "value"
                and math.isfinite(c.high)
                and named_before.search(text, max(0, c.start - len(name) - 6), c.start)
            ),
            None,
        )
        if part is None:
            continue
        whole = by_id.get(part.part_of or "")
        if whole is None:
            whole = _largest_before(figures[:position], part)
            if whole is not None and has_rival_whole(whole, part, figures):
                continue  # two totals of the part's unit side by side: the share may be of either
        if whole is None or whole.high <= part.high or whole.start > rate.start:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the part is found by its name, the whole by size


_SUBJECT_PARTICLES = ByLanguage(lambda w: rf"{w.share_clause_subjects}", first_tested=False)


def _largest_before(earlier: list[Claim], part: Claim) -> Claim | None:
    """The largest figure of the part's unit, kind and counter stated before the share, not a forecast and not
    dated by the text to another period than the part's."""
    best = None
    for claim in earlier:
        if (claim.unit, claim.kind, claim.counter) != (part.unit, part.kind, part.counter):
            continue
        if claim.forecast or claim.role != "value" or claim is part:
            continue
        if claim.period and part.period and claim.period != part.period and "period" not in claim.guesses:
            continue
        if best is None or claim.value > best.value:
            best = claim
    return best
