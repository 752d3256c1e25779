"""A rate of change alone in its sentence, after a sentence that states the two figures it is between, each dated
in its own period: `The mill ground 1,600 tonnes last year and 2,000 tonnes this year. That is 25 per cent more.`,
`방앗간은 지난해 1천600t을 찧었고, 올해는 2천t을 목표로 잡았다. 전년보다 25% 많은 양이다.`

Copy states the two years' figures, then in the next sentence how far apart they are, with no figure but the rate.
The rate is read as the change from the earlier figure to the later one when:
- it is the only figure of its sentence, tied to nothing, opened by no subject of its own (`That is`, `전년보다`:
  `[link.rate_alone_openers]`), and a word of size or of change follows it, ending its
  clause (`more.`, `많은`, `늘었다`: `[link.rate_alone_more_after]`, `[link.rate_alone_less_after]`);
- the sentence right before, in its paragraph, states exactly two figures of one kind, unit and counter, both plain
  values tied to nothing, dated in two periods written (no guessed period), one before the other, and no other
  figure of that unit;
- the later moves from the earlier as the rate's word says (up for `more`, of one order of size).
Anything else (a third figure of the unit, a figure in the rate's sentence, two figures of one period) is left
alone: which pair the rate is of is not said. Found by position, so the link is a guess (a mismatch is a warning).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.change_fallback import moves_as_said
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim
from checker.periods import Period

_RATE_KINDS = ("percent",)
# right after the rate, its word of size or change (`That is 25 per cent more.`, `전년보다 25% 많은`)
_WORD_AFTER = ByLanguage(lambda w: rf"(?P<more>{w.rate_alone_more_after})|{w.rate_alone_less_after}", re.I)
# all that comes before the rate in its sentence: a pronoun of the pair, or the comparison with the year before, no
# subject of its own (`That is`, `전년보다`; not `Rents are 40 per cent higher`, `밀가루값이 30% 높아졌다`)
_OPENING = ByLanguage(lambda w: rf"(?:{w.rate_alone_openers})")


def link_rates_after_dated_pairs(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    by_sentence = prose_by_sentence(claims)
    if len(by_sentence) < 2:
        return
    tied = {c.change_of for c in claims if c.change_of} | {c.compared_to for c in claims if c.compared_to}
    for sentence, figures in by_sentence.items():
        if len(figures) != 1 or sentence - 1 not in by_sentence:
            continue
        rate = figures[0]
        if rate.kind not in _RATE_KINDS or rate.role != "change" or rate.change_of or rate.compared_to:
            continue
        word = _WORD_AFTER[lang].match(text, rate.end)
        if word is None:
            continue
        if _OPENING[lang].fullmatch(text, sentence_starts[sentence], rate.start) is None:
            continue  # (a rate of a subject of its own)
        pair = _dated_pair(by_sentence[sentence - 1], rate, tied)
        if pair is None:
            continue
        prior, level = pair
        if rate.direction == 0:
            rate.direction = 1 if word.group("more") else -1
        if not moves_as_said(rate, level, prior):
            continue
        rate.change_of, rate.compared_to = level.id, prior.id
        if "prior" not in rate.guesses:
            rate.guesses.append("prior")
        tied.update((level.id, prior.id))


def _dated_pair(before: list[Claim], rate: Claim, tied: set) -> tuple[Claim, Claim] | None:
    """The earlier and the later of the sentence's two plain values of one unit, each dated in its own period."""
    amounts = [c for c in before if c.kind in AMOUNTS]
    if len(amounts) != 2 or any(c.paragraph != rate.paragraph for c in amounts):
        return None
    one, other = amounts
    if one.kind != other.kind or one.unit != other.unit:
        return None
    if one.counter and other.counter and one.counter.lower() != other.counter.lower():
        return None  # (two named nouns: two things)
    if any(c.role != "value" or c.id in tied or c.change_of or c.compared_to for c in amounts):
        return None
    if any(c.period is None or "period" in c.guesses for c in amounts):
        return None
    periods = [Period.parse(c.period) for c in amounts]
    if None in periods:
        return None
    (one_low, one_high), (other_low, other_high) = (p.bounds() for p in periods)
    if one_high < other_low:
        return one, other
    if other_high < one_low:
        return other, one
    return None
