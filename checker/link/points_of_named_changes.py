"""Points between the rate of a change stated before and an earlier rate, said of the change by its noun: `예산은
올해보다 2조원(4.0%) 늘어난 것으로, 증가율은 지난해 편성 때(3.1%)보다 0.9%포인트 높다`.

The role stage reads the points' sentence as a move from the earlier rate (a baseline or a prior right before the
points, `…(3.1%)보다 0.9%포인트`) and finds no level: what moved is named only as the rate of a change
(`증가율은`, `[link.change_rate_subjects]`, with a topic particle) opening the clause. That rate is the nearest
rate of change stated before the noun, in its sentence or the one before, a percentage the role stage made a
change. The points are then the gap between it and the earlier rate, which the rates kind checks. A guess.
Language words are data (`[link.change_rate_subjects]`, `[link.topic_particles]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# `증가율은 `: the rate of a change as the subject of the points' clause
_RATE_SUBJECT = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.change_rate_subjects})(?:{w.topic_particles})\s")
_SUBJECT_REACH = 30  # characters before the earlier rate where the noun stands
_STARTS = ("baseline", "prior")


def link_points_of_named_changes(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for points in figures:
        if points.kind != "pp" or points.role != "change" or points.change_of or not points.direction:
            continue
        in_sentence = by_sentence[points.sentence]
        i = in_sentence.index(points)
        if i == 0 or in_sentence[i - 1].kind != "percent" or in_sentence[i - 1].role not in _STARTS:
            continue
        earlier = in_sentence[i - 1]
        start = max(sentence_starts[points.sentence], earlier.start - _SUBJECT_REACH)
        # the last one: the nearest to the earlier rate
        subject = next(reversed(list(_RATE_SUBJECT[lang].finditer(text, start, earlier.start))), None)
        if subject is None or any(subject.end() < c.start < earlier.start for c in in_sentence):
            continue  # (no figure between the noun and the rate it is compared with)
        level = _change_rate_before(by_sentence, points, subject.start())
        if level is None:
            continue
        points.change_of, points.compared_to = level.id, earlier.id
        points.guesses = sorted(set(points.guesses) | {"relation"})


def _change_rate_before(by_sentence: dict[int, list[Claim]], points: Claim, before: int) -> Claim | None:
    """The nearest percentage before `before`, in the points' sentence or the one before, if it is a change."""
    for sentence in (points.sentence, points.sentence - 1):
        for claim in reversed(by_sentence.get(sentence, [])):
            if claim.start >= before or claim.kind not in ("percent", "pp"):
                continue
            return claim if claim.kind == "percent" and claim.role == "change" else None
    return None
