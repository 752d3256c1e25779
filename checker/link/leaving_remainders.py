"""What is left when one figure is taken from another stated the sentence before: `Revenue rose to $5.9bn. Operating
expenses came to $5.3bn, leaving an operating profit of $600m.`, `Summer spending stands at £110m. Sales have brought
in £60m, leaving net spend at £50m.` (issue 11).

A figure after `leaving … of` / `leaving … at` whose sentence states one other figure of its unit before it is what
remains of a figure stated in the sentence before once that one is taken away: the first value of the unit there
(the sentence's own subject; the figures after it are often its parts), or in the sentence before that when the
one between states no figure of the unit. A remainder has no sign in such copy (costs leave a gap, sales leave net
spend): the larger minus the smaller. It becomes a change of the larger measured from
the smaller, which the difference kind checks. Two figures before it in its own sentence are checked as a gap
already (checker/link/gaps.py). Found by position, so the link is a guess. Language words are data
(`[link.remainder_before]`). A figure right after a comma and `leaving`, with no noun of it between (`Rent came to
$6,500, leaving $41,500 for the shelter.`, `[link.remainder_bare_before]`), is read the same way; found by position,
its whole must be larger than the figure taken (no noun names it a gap or a shortfall).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_one_marks import stated_per_one
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match

_LEAVING = ByLanguage(lambda w: rf"(?:{w.remainder_before})\s*$", re.I)
# `…, leaving 140 unsold`: the figure right after `leaving` (`[link.remainder_bare_before]`), no noun named between
_LEAVING_BARE = ByLanguage(lambda w: rf"(?:{w.remainder_bare_before})\s*$", re.I)
_REACH = 40  # characters `leaving` and its noun may take before the figure
# `, leaving $40,000 of the roof fund`: the pot the bare remainder is left of, named right after it
_OWN_WHOLE_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.remainder_own_whole_after})\s", re.I, first_tested=False)
# `cut costs by $2m, leaving …`: a figure taken that is the size of a change, no amount taken from a whole
_SIZE_OF_CHANGE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.by_words})\s+(?:(?:{w.hedges})\s+)?$", re.I)
# `…, bringing total fair income to $2.1m`: a figure its clause marks as the total the figures before it reach
_TOTAL_REACHED = ByLanguage(lambda w: rf"(?:{w.total_reached})[^\d.;:!?]{{0,40}}$|(?:{w.total_given})\s+$", re.I)
_AMOUNTS = ("money", "count")
_SENTENCES_BACK = 2  # how many sentences back the whole may stand, those between stating no figure of its unit


def named_a_remainder(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is written as what is left once figures are taken away (`…, leaving a gap of $5,000`)."""
    return _LEAVING[lang].search(text, max(0, figure.start - _REACH), figure.start) is not None


def link_leaving_remainders(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_LEAVING[lang], text) or may_match(_LEAVING_BARE[lang], text)):
        return  # (a remainder is read only after a word of leaving: none in the text, none read)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for remainder in figures:
        if remainder.role != "value" or remainder.change_of is not None or remainder.sentence == 0:
            continue
        if _LEAVING[lang].search(text, max(0, remainder.start - _REACH), remainder.start):
            bare = False
        elif _LEAVING_BARE[lang].search(text, max(0, remainder.start - _REACH), remainder.start):
            bare = True
        else:
            continue
        own = [
            c
            for c in by_sentence.get(remainder.sentence, [])
            if c.unit == remainder.unit and c.counter == remainder.counter and c.end <= remainder.start
        ]
        if len(own) != 1 or own[0].role != "value":
            continue
        taken = own[0]
        if bare and (
            _OWN_WHOLE_AFTER[lang].match(text, remainder.end)
            or _SIZE_OF_CHANGE[lang].search(text, max(0, taken.start - _REACH), taken.start)
        ):
            continue  # (`, leaving $40,000 of the roof fund`, `trimmed fees by $3m, leaving`: no whole stated before)
        whole = _whole_left_by(by_sentence, remainder, taken, text, lang)
        if whole is None:
            before = _last_of_unit_before(by_sentence, remainder)
            # (the total the sentence marks as reached, `…, giving the fair an income of £9,000`, else its first
            # figure; a price of one thing, `Fees of £45 a boat brought in …`, is no whole anything is left of)
            marked = [c for c in before[1:] if _TOTAL_REACHED[lang].search(text, max(0, c.start - 80), c.start)]
            before = marked[-1:] or before
            if not before or before[0].role != "value" or before[0].change_of is not None:
                continue
            if stated_per_one(before[0], text, lang):
                continue
            whole = before[0]
            if taken.value == whole.value or taken.forecast != whole.forecast:
                continue
            if bare and whole.value < taken.value:
                continue  # (`, leaving 140`, no noun naming a gap: what is left of a whole, not a shortfall below it)
        larger, smaller = sorted((taken, whole), key=lambda c: c.value, reverse=True)
        remainder.role, remainder.direction = "change", 1
        remainder.change_of, remainder.compared_to = larger.id, smaller.id
        remainder.guesses = sorted(set(remainder.guesses) | {"relation"})


def _whole_left_by(
    by_sentence: dict[int, list[Claim]], remainder: Claim, taken: Claim, text: str, lang: str
) -> Claim | None:
    """`Revenue was $9.6m. … (sentences of prices and averages of the unit) … Expenses were $7.1m, leaving a surplus
    of $2.5m`: the whole may stand further back than the sentence before, past figures of its unit that are no whole
    of the remainder (a price, an amount per head). Of the plain values of the unit in the `_AGREEING_BACK` sentences
    before (of each sentence the first, its subject), the latest that the taken figure and the remainder add up
    to (or, a shortfall, that the taken figure exceeds by the remainder) is the whole. The words make the figure a
    remainder; the arithmetic only chooses which figure before it is taken from, and a remainder that agrees with
    none keeps the figure found by position, so a slip is still reported."""
    for sentence in range(remainder.sentence - 1, max(-1, remainder.sentence - 1 - _AGREEING_BACK), -1):
        # (of each sentence its first figure of the unit: the sentence's subject, those after it often its parts;
        # and a figure its clause marks as the total they reach, `…, bringing total income to $2.1m`)
        of_unit = [
            c for c in by_sentence.get(sentence, []) if c.unit == remainder.unit and c.counter == remainder.counter
        ]
        if not of_unit:
            continue
        totals = [c for c in of_unit[1:] if _TOTAL_REACHED[lang].search(text, max(0, c.start - 80), c.start)]
        for claim in totals[::-1] + of_unit[:1]:
            if claim.role != "value" or claim.change_of is not None or claim.part_of is not None:
                continue
            if claim.value == taken.value:
                continue
            if claim.value > taken.value:
                low, high = claim.low - taken.high, claim.high - taken.low
            else:
                low, high = taken.low - claim.high, taken.high - claim.low
            if low <= remainder.high and remainder.low <= high:
                return claim
    return None


_AGREEING_BACK = 6  # sentences back to a whole the remainder agrees with


def _last_of_unit_before(by_sentence: dict[int, list[Claim]], remainder: Claim) -> list[Claim]:
    """The figures of the remainder's unit in the nearest sentence before its own that states one, at most
    `_SENTENCES_BACK` back (`Revenue rose to $5.9bn. The group carried 10 million passengers. Operating expenses
    came to $5.3bn, leaving …`: a sentence of other units between)."""
    for sentence in range(remainder.sentence - 1, max(-1, remainder.sentence - 1 - _SENTENCES_BACK), -1):
        found = [
            c for c in by_sentence.get(sentence, []) if c.unit == remainder.unit and c.counter == remainder.counter
        ]
        if found:
            return found
    return []
