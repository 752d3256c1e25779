"""A move in points said of the rate the sentence before stated, by a pronoun that opens its sentence: `Uptake
was 81.2% in the latest quarter, up 0.4 points from 80.8%. That is still 3.8 points below the 85% target`,
`실업률은 3.1%로 집계됐다. 이는 목표치(4.0%)보다 0.9%포인트 낮은 수준이다`.

A sentence that opens with a pronoun for a figure and a link verb (`[link.points_previous_subjects]`: `That is`,
`It remains`, `이는`) and states one move in points (percentage points or a count of points,
`[link.point_counters]`) whose verb said which way it went, and one other rate, the one compared with (a
baseline or a prior): the move is the gap between the rate of the sentence before — its one level, a rate that
is no change, baseline nor prior — and that rate. It replaces a link the role stage guessed to a rate of the
sentence before (the pronoun says which rate the move is of, the sentence's own rate what it is against). The
rates kind checks it. The reading spans sentences: a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.point_clauses import in_points, measure_points_move, tie_points_move
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_SUBJECT = ByLanguage(lambda w: rf"\s*(?:{w.points_previous_subjects})", re.I)
_LEVELS = ("share", "value")
_EARLIER = ("baseline", "prior")


def link_points_of_previous(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence == 0 or sentence - 1 not in by_sentence:
            continue
        moves = [c for c in figures if _move(c, lang)]
        rates = [c for c in figures if c.kind in ("percent", "pp") and c not in moves]
        if len(moves) != 1 or len(rates) != 1 or rates[0].kind != "percent" or rates[0].role not in _EARLIER:
            continue
        move, against = moves[0], rates[0]
        if move.compared_to == against.id or not _SUBJECT[lang].match(text, sentence_starts[sentence]):
            continue
        if any(c.start < move.start and c is not against for c in figures):
            continue  # a figure of its own before the move: its subject is not the pronoun's
        before = [c for c in by_sentence[sentence - 1] if c.kind in ("percent", "pp")]
        levels = [c for c in before if c.kind == "percent" and c.role in _LEVELS and not c.change_of]
        if len(levels) != 1:
            continue
        measure_points_move(move, levels[0], against)


def _move(figure: Claim, lang: str) -> bool:
    """A change in points whose verb said which way it went."""
    if figure.role != "change" or not figure.direction:
        return False
    return in_points(figure, lang)


# `…, a fall of $1.1 million, and a drop of 4.6 percentage points`: the move named by a change noun and `of`
_NAMED = ByLanguage(
    lambda w: (
        rf"(?:(?:{w.indefinite_articles})\s+)?(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns})"
        rf"|{w.signless_change_nouns})\s+(?:{w.change_size_links})\s+$"
    ),
    re.I,
)
_NOUN_REACH = 40
# `The 0.7 percentage points of improvement came …`: a move opening its sentence after an article, named by `of` and a
# change noun after it
_OPENS_WITH_THE = ByLanguage(lambda w: rf"\s*(?:{w.definite_articles})\s+", re.I)
_NOUN_AFTER = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.change_size_links})\s+(?:(?P<rise>{w.rise_nouns})|(?P<fall>{w.fall_nouns})"
        rf"|{w.signless_change_nouns})\b"
    ),
    re.I,
)
# between a level and the rate after it, a comparison that makes that rate the one compared with, right before it
# (`13.4%, compared with 12.8% in …`)
_COMPARED_BEFORE = ByLanguage(lambda w: rf"(?:{w.compared_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)


def link_points_of_previous_pair(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`Ticket sales made up 42.5% of income, down from 47.1% a year earlier. That is … a drop of 4.6 percentage
    points in their share.`: a sentence that opens with a pronoun for what the sentence before stated and names a
    move in points by a change noun, with no rate of its own, states the move between that sentence's two rates —
    its one level and its one earlier rate (a baseline or a prior). A rise or fall noun gives the sign; a noun that
    gives none (`a change of`) the way the rates went. A guess."""
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence == 0 or sentence - 1 not in by_sentence:
            continue
        rates = [c for c in figures if c.kind in ("percent", "pp") or in_points(c, lang)]
        if len(rates) != 1 or not (_move(rates[0], lang) or in_points(rates[0], lang)):
            continue
        move = rates[0]
        if move.change_of or move.compared_to:
            continue
        if _SUBJECT[lang].match(text, sentence_starts[sentence]):
            named = _NAMED[lang].search(text, max(sentence_starts[sentence], move.start - _NOUN_REACH), move.start)
        elif _OPENS_WITH_THE[lang].fullmatch(text, sentence_starts[sentence], move.start):
            # `The 0.7 percentage points of improvement came from …`: the move opens its sentence, its noun after it
            named = _NOUN_AFTER[lang].match(text, move.end)
        else:
            continue
        if named is None:
            continue
        before = [c for c in by_sentence[sentence - 1] if c.kind in ("percent", "pp")]
        levels = [c for c in before if c.kind == "percent" and c.role in _LEVELS and not c.change_of]
        earlier = [c for c in before if c.kind == "percent" and c.role in _EARLIER]
        if len(levels) == 2 and not earlier and _COMPARED_BEFORE[lang].search(text, levels[0].end, levels[1].start):
            # `a margin of 13.4%, compared with 12.8% in the first nine months of 2024`: the rate compared with is the
            # earlier one, whatever its period
            levels, earlier = levels[:1], levels[1:]
        if len(levels) != 1 or len(earlier) != 1 or len(before) != 2:
            continue
        tie_points_move(move, levels[0], earlier[0], named)


# `1.2 percentage points better than the 14.1%`: right after the move, a comparison that gives no sign, then the rate
_SIGNLESS_THAN = ByLanguage(
    lambda w: (
        rf"\s+(?:{w.comparative_signless})\s+(?:{w.than_words})\s+(?:(?:{w.definite_articles})\s+)?$"
        if w.comparative_signless and w.than_words
        else r"(?!)"
    ),
    re.I,
)


def link_points_better_than(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`The margin was 15.4%. That was 1.3 percentage points better than the 14.1% of a year earlier`: a sentence
    that opens with a pronoun for the rate the sentence before stated, and states a figure in points compared, by a
    word that says good or bad and not which way (`better`, `worse`), with the one rate right after: the points are
    the gap between the rate before — its one level — and that rate, the way the two went. A guess."""
    by_sentence = prose_by_sentence(claims)
    for sentence, figures in by_sentence.items():
        if sentence == 0 or sentence - 1 not in by_sentence:
            continue
        rates = [c for c in figures if c.kind in ("percent", "pp")]
        if len(rates) != 2 or not in_points(rates[0], lang) or rates[1].kind != "percent":
            continue
        move, against = rates
        if move.change_of or move.compared_to or not _SUBJECT[lang].match(text, sentence_starts[sentence]):
            continue
        if not _SIGNLESS_THAN[lang].fullmatch(text, move.end, against.start) or against.role == "change":
            continue
        before = [c for c in by_sentence[sentence - 1] if c.kind in ("percent", "pp")]
        levels = [c for c in before if c.kind == "percent" and c.role in _LEVELS and not c.change_of]
        if len(levels) != 1 or len(before) != 1 or levels[0].value == against.value:
            continue
        level = levels[0]
        measure_points_move(move, level, against, 1 if level.value > against.value else -1)
