"""Points by which a rate is to be raised or lowered to a level named right before them: `현재 27%인 수출 비중을
2029년 40%로 13%포인트 끌어올리는 것이 목표다`, `비중을 40%에서 27%로 13%포인트 낮춘다`. A transitive verb (`높이다`,
`끌어올리다`, `낮추다`) is read as no change by the role stage; the points are the gap between the rate the sentence
names before the target and the target (`[link.to_particles]` between the target and the points, the verb right
after them: `[link.points_raise_verbs]`, `[link.points_lower_verbs]`).

- the points: unlinked, right after the target rate and its particle, the verb right after them;
- the earlier rate: the figure right before the target in the sentence, a rate as well.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.models import Claim

_TO = ByLanguage(lambda w: rf"\s?(?:{w.to_particles})\s?$", re.I)
_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.particles_before_verb})?\s?(?:(?P<up>{w.points_raise_verbs})|{w.points_lower_verbs})",
    re.I,
)


def link_points_raised_to(claims: list[Claim], text: str, lang: str) -> None:
    previous: list[Claim] = []  # the last two figures of the sentence, not conversions
    for claim in claims:
        if claim.furniture or claim.role == "conversion":
            continue
        if previous and previous[-1].sentence != claim.sentence:
            previous = []
        if (
            claim.kind == "pp"
            and claim.role == "value"
            and claim.change_of is None
            and claim.compared_to is None
            and len(previous) == 2
            and all(c.kind == "percent" for c in previous)
        ):
            _link(claim, *previous, text, lang)
        previous = [*previous[-1:], claim]


def _link(points: Claim, earlier: Claim, target: Claim, text: str, lang: str) -> None:
    if not _TO[lang].search(text, target.end, points.start):
        return
    verb = _VERB_AFTER[lang].match(text, points.end)
    if verb is None:
        return
    points.role = "change"
    points.direction = 1 if verb.group("up") else -1
    points.change_of, points.compared_to = target.id, earlier.id
    points.metric = points.metric or target.metric
    points.guesses = sorted(set(points.guesses) | {"relation"})
