"""An absolute change appended to the two amounts it is between: `The fuel bill fell to €41m from €47m, a saving of
€6m`, `Yields rose to 7.4 tonnes a hectare from 6.9 tonnes, a gain of 0.5 tonnes`, `The chain ended the year with
830 outlets, up from 772 a year earlier, a net gain of 58`.

After a comma or a dash, an indefinite article and a noun of change with `of` — the change nouns an amount takes
anywhere (`[link.amount_change_nouns]`: `an increase of`) or those that name a change only in this appended place
(`[link.appended_rise_nouns]`: `a gain of`, `a net gain of`; `[link.appended_fall_nouns]`: `a saving of`, `a cut
of`; elsewhere `a gain of $3m on the sale` is a figure of its own) — an amount tied to nothing is the change of the
level measured from the earlier figure, when the sentence states, before it and in its unit, exactly one level and
then one earlier figure (a baseline or a prior). The noun gives the sign; the difference kind checks it. A guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:,|\s[-–—])\s*(?:(?:{w.indefinite_articles})\s+)?"
        rf"(?:(?P<rise>{w.appended_rise_nouns}|{w.rise_nouns})|(?P<fall>{w.appended_fall_nouns}|{w.fall_nouns}))"
        rf"\s+(?:{w.change_size_links})\s+(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_AMOUNTS = ("money", "count", "measure")
_EARLIER = ("baseline", "prior")
_REACH = 40  # characters before the amount where its noun of change stands


def link_amounts_appended(claims: list[Claim], text: str, lang: str) -> None:
    loose = [
        c
        for c in claims
        if c.kind in _AMOUNTS
        and c.role in ("value", "prior")
        and c.change_of is None
        and c.compared_to is None
        and not c.furniture
    ]
    if not loose:
        return
    noun = _NOUN_BEFORE[lang]
    by_sentence = None
    for move in loose:
        named = noun.search(text, max(0, move.start - _REACH), move.start)
        if named is None:
            continue
        if by_sentence is None:
            by_sentence = group_by_sentence(c for c in claims if not c.furniture and c.role != "conversion")
        before = [c for c in by_sentence.get(move.sentence, []) if c.end <= move.start and c.unit == move.unit]
        if len(before) != 2:
            continue
        level, earlier = before
        if level.role != "value" or earlier.role not in _EARLIER or not _counters_agree(level, earlier, move):
            continue
        move.role, move.direction = "change", 1 if named.group("rise") else -1
        move.change_of, move.compared_to = level.id, earlier.id
        move.guesses = sorted(set(move.guesses) | {"relation"})


def _counters_agree(*figures: Claim) -> bool:
    """The figures count one thing: those that name what they count name the same (`830 outlets, up from 772`)."""
    return len({f.counter for f in figures if f.counter}) <= 1
