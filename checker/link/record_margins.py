"""The margin by which a new record beats the one before: `… signed for a club-record £58m. … The fee beats the
previous club record, the £41m paid in 2023, by £17m.`, `The previous record was the £45.5m paid in 2023 - the new
fee beats it by £12.5m.`, `The previous record signing cost £42m. The new fee is £9.3m more than that.` (issue 11).

A figure after `beats … by` (`exceeds`, `tops`, `surpasses`, `eclipses`) or before `more than that` (`more than it`)
states how far the new record is above the old one. The old record is the figure of its unit right before the margin,
in its sentence or the one before; the new one is the first figure of the unit in the article stated in a sentence
that names a record (`breaking the club's transfer record`, `a club-record £58m`, the headline), other than the old
one. The margin becomes a change of the new record measured from the old (new − old = margin), which the difference
kind checks. Found by words and position, so the link is a guess; nothing is linked without a record named before.
Language words are data (`[link.record_marks]`, `[link.beat_by_before]`, `[link.more_than_that_after]`).

Without a record: `Domestic funds bought $3.5bn of shares and foreign funds sold $2.1bn. Domestic buying thus exceeded
foreign selling by $1.4bn.`: a margin after `exceeds … by` in a sentence that states no other figure of its unit is the
gap between the two figures the sentence before states (its only two of the unit, both values): the larger minus the
smaller (`link_margins_over_the_sentence_before`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.segment import sentence_end
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match, search_between

_RECORD = ByLanguage(lambda w: rf"(?:{w.record_marks})", re.I)
_BEAT_BY = ByLanguage(lambda w: rf"(?:{w.beat_by_before})\s*$", re.I)
_DIGIT = compile_exact(r"\d")
_MORE_THAN_THAT = ByLanguage(lambda w: rf"(?:{w.more_than_that_after})", re.I)
_BEAT_REACH = 90  # characters from the verb to the margin (`beats the previous club record, the £41m paid …, by`)
_AMOUNTS = ("money", "count")


def a_margin_beaten_by(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is the margin a verb of beating states with no figure between them (`beating last year's
    winner by 3kg`): the size of a gap, never the level a change after it is of (checker/link/relations.py)."""
    beaten = search_between(_BEAT_BY[lang], text, max(0, figure.start - _BEAT_REACH), figure.start)
    return beaten is not None and not _DIGIT.search(beaten.group())


def link_record_margins(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (may_match(_BEAT_BY[lang], text) or may_match(_MORE_THAN_THAT[lang], text)):
        return  # (a margin is read only after a verb of beating or before a comparative)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    for margin in figures:
        if margin.role not in ("value", "change") or margin.change_of is not None or margin.sentence == 0:
            continue
        if not (
            search_between(_BEAT_BY[lang], text, max(0, margin.start - _BEAT_REACH), margin.start)
            or _MORE_THAN_THAT[lang].match(text, margin.end)
        ):
            continue
        same_unit = [c for c in figures if c.unit == margin.unit and c.counter == margin.counter]
        earlier = [
            c for c in same_unit if c.end <= margin.start and margin.sentence - c.sentence <= 1 and c is not margin
        ]
        if not earlier:
            continue
        old = earlier[-1]
        new = next(
            (
                c
                for c in same_unit
                if c.sentence < old.sentence
                and c is not old
                and c.role == "value"
                and c.sentence < len(sentence_starts)
                and _RECORD[lang].search(
                    text, sentence_starts[c.sentence], sentence_end(sentence_starts, c.sentence, len(text))
                )
            ),
            None,
        )
        if new is None or new.value <= old.value:
            continue
        margin.role, margin.direction = "change", 1
        margin.change_of, margin.compared_to = new.id, old.id
        margin.guesses = sorted(set(margin.guesses) | {"relation"})
        if old.role == "value":
            old.role = "baseline"  # the old record is compared with: it is no restatement of the new one's figure


def link_margins_over_the_sentence_before(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    for margin in figures:
        if margin.role not in ("value", "change") or margin.change_of is not None or margin.sentence == 0:
            continue
        if not search_between(_BEAT_BY[lang], text, max(0, margin.start - _BEAT_REACH), margin.start):
            continue
        same_unit = [c for c in figures if c.unit == margin.unit and c.counter == margin.counter and c is not margin]
        if any(c.sentence == margin.sentence and c.end <= margin.start for c in same_unit):
            continue  # the sentence states what it compares (checker/link/gaps.py reads it)
        before = [c for c in same_unit if c.sentence == margin.sentence - 1]
        if len(before) != 2 or any(c.role != "value" or c.change_of is not None for c in before):
            continue
        larger, smaller = sorted(before, key=lambda c: c.value, reverse=True)
        if larger.value == smaller.value:
            continue
        margin.role, margin.direction = "change", 1
        margin.change_of, margin.compared_to = larger.id, smaller.id
        margin.guesses = sorted(set(margin.guesses) | {"relation"})
