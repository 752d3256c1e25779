"""Points between a share stated earlier and the earlier rate, said of the share by its subject and its noun:
`종류별로는 즉석복권이 1조2천억원으로 64.5%를 차지했다. … 즉석복권 비중은 1년 전 66.1%에서 1.6%포인트 낮아졌다`.

The points' sentence opens on what moved: a subject and a share noun with a topic particle (`즉석복권 비중은`,
`[link.share_nouns]`, `[link.topic_particles]`), and states one move in percentage points tied to nothing, whose
verb said which way it went, and one earlier rate before it (a baseline or a prior, `1년 전 66.1%에서`), no other
rate. The share moved is the one an earlier sentence states of the same subject: the nearest sentence before (in
the points' paragraph or the one before it) that holds a share (a percentage the role stage read as a share) whose
clause names the subject as its own, with a subject particle, before it (`즉석복권이 1조2천억원으로 64.5%를`).
Exactly one such share in that sentence; none, or two, link nothing. The points are then the change of that share
measured from the earlier rate, which the rates kind checks. A guess.
"""

from __future__ import annotations

import functools
import re

from checker.extract.lang import link_alternations
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_re

_EARLIER = ("baseline", "prior")
# How long the subject before the share noun may be (`조제 매출 `), and how many sentences back its share may stand.
_SUBJECT_LENGTH = 24
_SENTENCES_BACK = 6


@functools.cache
def _opening(code: str) -> re.Pattern[str] | None:
    """`즉석복권 비중은 `: at a sentence's start, the subject and the share noun with a topic particle."""
    w = link_alternations(code)
    if not (w.share_nouns and w.topic_particles):
        return None
    return compile_re(
        rf"\s*(?P<subject>[^\d\s.!?,][^\d.!?,\n]{{0,{_SUBJECT_LENGTH}}}?)\s?(?:{w.share_nouns})(?:{w.topic_particles})\s",
        re.I,
    )


@functools.cache
def _named(code: str, subject: str) -> re.Pattern[str]:
    """The subject as a clause's own, a topic or subject particle right after it (`즉석복권이 `)."""
    return compile_re(rf"(?<![^\W\d_]){re.escape(subject)}(?:{link_alternations(code).topic_particles})\s", re.I)


def link_points_of_named_shares(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    opening = _opening(lang)
    if opening is None:
        return
    by_sentence = prose_by_sentence(claims)
    for sentence, own in by_sentence.items():
        rates = [c for c in own if c.kind in ("percent", "pp")]
        if len(rates) != 2:
            continue
        earlier, points = rates
        if points.kind != "pp" or points.role != "change" or points.change_of or points.compared_to:
            continue
        if not points.direction or earlier.kind != "percent" or earlier.role not in _EARLIER:
            continue
        start = sentence_starts[sentence]
        named = opening.match(text, start)
        if named is None or any(c.start < named.end() for c in own):
            continue
        level = _share_named_before(by_sentence, sentence, points, named.group("subject").strip(), text, lang)
        if level is None:
            continue
        points.change_of, points.compared_to = level.id, earlier.id
        points.metric = level.metric or points.metric  # the points are of the share they move
        points.guesses = sorted(set(points.guesses) | {"relation"})


def _share_named_before(
    by_sentence: dict[int, list[Claim]], sentence: int, points: Claim, subject: str, text: str, lang: str
) -> Claim | None:
    """The one share of the nearest sentence before, in the points' paragraph or the one before, whose clause names
    the subject as its own before it."""
    named = _named(lang, subject)
    for back in range(sentence - 1, max(-1, sentence - 1 - _SENTENCES_BACK), -1):
        own = by_sentence.get(back)
        if not own or own[0].paragraph < points.paragraph - 1:
            continue
        found = []
        previous_end = min(c.start for c in own) - _SUBJECT_LENGTH * 2
        for claim in own:
            if (
                claim.kind == "percent"
                and claim.role == "share"
                and named.search(text, max(0, previous_end), claim.start)
            ):
                found.append(claim)
            if claim.kind in ("percent", "pp"):
                previous_end = claim.end  # (the clause of a share starts after the rate before it)
        if found:
            return found[0] if len(found) == 1 else None
    return None
