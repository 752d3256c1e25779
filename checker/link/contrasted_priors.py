"""A level of the year before, set against this year's change in one sentence: `이 업체의 수출은 지난해 6만 달러였는데
올해는 50% 늘었다`, `관람객은 작년 4만 명이었지만 올해 20% 줄었다`.

The figure right after the year before (`[link.prior_year_openers]`) that ends its clause with a contrasting copula
(`[link.contrast_copula_ends]`: `였는데`, `이었지만`) is the prior of the rate of change that follows in its sentence
with no other amount between: it is marked a prior, and the level the rate moved it to is the one stated before
(checker/link/changes_of_an_earlier_level.py, which runs after this and joins them; a figure of its own in the
sentence keeps them apart there).

The move may be an amount of the figure's unit and counter, right after it and followed by a verb of rise or fall
(`버스는 모두 14대다. 지난해 시범 운행 때는 8대였는데 올해 6대를 늘렸다`, `… 118개를 운영한다. 지난해까지 설치된
그늘막은 72개였는데 올해 46개가 늘면서 …`): the figure is where the count stood, however far its time is named
before it, and the amount the change from it, up or down as its verb says — only when the sentence right before
states a plain value of that unit and counter, the level the move reached (a level further back is another
thing's).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_YEAR_BEFORE = ByLanguage(lambda w: rf"(?:{w.prior_year_openers})\s?$")
_CONTRAST_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.contrast_copula_ends})(?![^\W\d_])", first_tested=False)
_REACH = 12  # characters before the figure where the year before stands
_RATE_KINDS = ("percent", "fraction")
# `6대를 늘렸다`, `46개가 늘면서`, `3곳이 더 줄었다`: an amount's verb of rise or fall (group `rise` set when up)
_MOVE_AFTER = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.object_particles}|{w.particles_before_verb})?\s?(?:(?:{w.further_before_verb})\s?)?"
        rf"(?:(?P<rise>{w.rise_verbs})|{w.fall_verbs})"
    ),
    first_tested=False,
)


def link_contrasted_priors(claims: list[Claim], text: str, lang: str) -> None:
    by_sentence = prose_by_sentence(claims)
    for figures in by_sentence.values():
        for position, figure in enumerate(figures):
            if figure.role != "value" or figure.kind not in AMOUNTS or figure.part_of or figure.per_unit_of:
                continue
            if not _CONTRAST_AFTER[lang].match(text, figure.end):
                continue
            after = figures[position + 1 : position + 2]
            if (
                after
                and _level_right_before(figure, by_sentence.get(figure.sentence - 1, []))
                and _an_amount_moved_from(figure, after[0], text, lang)
            ):
                continue
            if not _YEAR_BEFORE[lang].search(text, max(0, figure.start - _REACH), figure.start):
                continue
            if (
                after
                and after[0].role == "change"
                and after[0].kind in _RATE_KINDS
                and after[0].change_of is None
                and after[0].compared_to is None
            ):
                figure.role = "prior"
                figure.basis = "year"


def _level_right_before(figure: Claim, before: list[Claim]) -> bool:
    """Whether the sentence right before states a plain value of the figure's kind, unit and counter: the level an
    amount's move from the figure reached (one stated further back is another thing's, or another time's)."""
    return any(
        c.role == "value"
        and c.change_of is None
        and (c.kind, c.unit, c.counter) == (figure.kind, figure.unit, figure.counter)
        for c in before
    )


def _an_amount_moved_from(figure: Claim, move: Claim, text: str, lang: str) -> bool:
    """`8대였는데 올해 6대를 늘렸다`: marks the figure a prior and the amount after it the change from it (up or down as
    its verb says), when the amount is of the figure's kind, unit and counter, tied to nothing yet, and followed by a
    verb of rise or fall."""
    if (
        move.kind != figure.kind
        or move.unit != figure.unit
        or move.counter != figure.counter
        or move.role not in ("value", "change")
        or move.change_of is not None
        or move.compared_to is not None
        or move.part_of
        or move.per_unit_of
    ):
        return False
    verb = _MOVE_AFTER[lang].match(text, move.end)
    if verb is None:
        return False
    figure.role = "prior"
    move.role, move.direction = "change", 1 if verb.group("rise") else -1
    return True
