"""A result that crossed zero, and a change of it named by a noun that gives no sign: `a net profit of $120m,
compared with a loss of $30m a year earlier, an improvement of $150m`.

- An amount right after `loss of` is a loss, one right after `profit of` a profit (`[link.loss_of_before]`,
  `[link.profit_before]`): returned as deficits and surpluses, so that the difference of a profit and a loss is
  taken between signed figures (check/kinds/difference.py), as it is for a balance that crossed zero.
- After a comma, an article, a change noun that gives no sign and `of` (`[link.signless_change_nouns]`,
  `[link.change_size_links]`), an amount in a sentence whose other figures of its unit are one level and one
  earlier figure, both before it: the amount is the change between them. The noun states a size (a loss that
  narrows improves as a profit that grows does): its sign is the way the two figures moved, signed. Before this
  rule the amount was read as a second level of the same figure (a figure "stated twice").
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.rate_subjects import rate_of_another_subject
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match

_AMOUNTS = ("money", "count")
_REACH = 16  # characters before an amount where `loss of` stands
_LOSS_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.loss_of_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_PROFIT_BEFORE = ByLanguage(lambda w: rf"\b(?:{w.profit_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_SIZE_BEFORE = ByLanguage(
    lambda w: (
        rf",\s*(?:(?:{w.indefinite_articles})\s+)?(?:{w.signless_change_nouns})\s+(?:{w.change_size_links})\s+"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_SIZE_REACH = 40
# `from a $31m loss`: a noun right after the figure names it a loss as `a loss of` before it does
_LOSS_AFTER = ByLanguage(lambda w: rf"(?:{w.loss_after})", re.I)
_EARLIER = ("prior", "baseline")
# a rate read as a share or a level before this rule, and the amounts it may be the change of
_RATE_ROLES = ("share", "value")
_RATE_AMOUNTS = ("money", "count", "measure")


def link_signless_amount_changes(
    claims: list[Claim], text: str, lang: str, sentence_starts: list[int]
) -> tuple[list[str], list[str]]:
    """Links each such change; the ids of the amounts stated as losses and as profits."""
    amounts = [c for c in claims if c.kind in _AMOUNTS and not c.furniture and c.role != "conversion"]
    # (each search is made only where the text can match its pattern somewhere: `may_match`)
    losses = (
        [c.id for c in amounts if _LOSS_BEFORE[lang].search(text, max(0, c.start - _REACH), c.start)]
        if may_match(_LOSS_BEFORE[lang], text)
        else []
    )
    profits = (
        [c.id for c in amounts if _PROFIT_BEFORE[lang].search(text, max(0, c.start - _REACH), c.start)]
        if may_match(_PROFIT_BEFORE[lang], text)
        else []
    )
    positive = set(profits)
    negative = set(losses)
    if may_match(_LOSS_AFTER[lang], text):
        negative |= {c.id for c in amounts if _LOSS_AFTER[lang].match(text, c.end)}
    # (a change without a sign is read only after a word of its size: none in the text, none read)
    sized = group_by_sentence(amounts).values() if may_match(_SIZE_BEFORE[lang], text) else ()
    for figures in sized:
        for size in figures:
            if size.role != "value" or not _SIZE_BEFORE[lang].search(
                text, max(0, size.start - _SIZE_REACH), size.start
            ):
                continue
            others = [c for c in figures if c is not size and c.unit == size.unit and c.counter == size.counter]
            levels = [c for c in others if c.role == "value"]
            earlier = [c for c in others if c.role in _EARLIER]
            if len(levels) != 1 or len(earlier) != 1 or any(c.start > size.start for c in others):
                continue
            level, start = levels[0], earlier[0]
            if (level.id in negative) != (start.id in negative) and not {level.id, start.id} & positive:
                continue  # a loss against a figure not stated as a profit: whether it crossed zero is not said
            crossed = (level.id in negative) != (start.id in negative)
            moved = _signed(level, negative, crossed) - _signed(start, negative, crossed)
            if moved == 0:
                continue  # no way the figures moved: the sign is not known
            size.role, size.direction = "change", 1 if moved > 0 else -1
            size.change_of, size.compared_to = level.id, start.id
            size.guesses = sorted(set(size.guesses) | {"relation"})
    _link_signless_rates(claims, text, lang, sentence_starts)
    return losses, profits


def _link_signless_rates(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    """`640 kilograms compares with 500 kilograms last year, an improvement of 28 per cent`: a rate after a change
    noun that gives no sign, in a sentence whose amounts before it are one level and one earlier figure of one unit
    (and none after it), is the change between them, its sign the way they moved (neither a loss nor a profit: a
    rate of a result that crossed zero is not read)."""
    rates = [c for c in claims if c.kind == "percent" and not c.furniture and c.role in _RATE_ROLES]
    if not rates:
        return
    amounts = group_by_sentence(
        c for c in claims if c.kind in _RATE_AMOUNTS and not c.furniture and c.role != "conversion"
    )
    for size in rates:
        if not _SIZE_BEFORE[lang].search(text, max(0, size.start - _SIZE_REACH), size.start):
            continue
        others = amounts.get(size.sentence, [])
        if not others or any(c.start > size.start for c in others):
            continue
        levels = [c for c in others if c.role == "value"]
        earlier = [c for c in others if c.role in _EARLIER]
        if len(levels) != 1 or len(earlier) != 1 or len(others) != 2:
            continue
        level, start = levels[0], earlier[0]
        if (level.kind, level.unit, level.counter) != (start.kind, start.unit, start.counter):
            continue
        if level.value <= 0 or start.value <= 0 or level.value == start.value:
            continue
        if rate_of_another_subject(size, text, lang, sentence_starts[size.sentence]):
            continue  # (`…, an improvement of 4 per cent in the soil's nitrogen`: a rate of another thing)
        size.role, size.direction = "change", 1 if level.value > start.value else -1
        size.change_of, size.compared_to = level.id, start.id
        size.guesses = sorted(set(size.guesses) | {"relation"})


def _signed(claim: Claim, negative: set[str], crossed: bool) -> float:
    """Losses count below zero when the two figures are a loss and a profit; two losses compare as sizes."""
    return -claim.value if crossed and claim.id in negative else claim.value
