"""A change stated as what follows from an earlier level the sentence names and the level stated the sentence
before: `The Greens won 64 seats. They held 51 in the old chamber, meaning they gained 13.`, `Some 930 cases have
been confirmed this year. By the end of May, 870 had been reported, meaning 60 were added in June.`

A count or an amount right after a consequence opener (`meaning`, `which means`: `[link.consequence_openers]`) and
a verb of gain or loss with at most two words of subject between (`meaning it gained 13`), or followed by a
passive of one (`meaning 60 were added`: `[link.added_before]`, `[link.consequence_losses]`), in a sentence that
states exactly one other figure of its unit before it (the earlier level): the change is measured from that figure
to the first level of the unit stated in the sentence before (news copy often sets each sentence as a paragraph).
The verb gives the sign; the difference kind checks it. Found by position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_needs import may_match, search_between

_OPENER_THEN_VERB = ByLanguage(
    lambda w: (
        rf"\b(?:{w.consequence_openers})\s+(?:[^\W\d]+\s+){{0,2}}?"
        rf"(?:(?P<gain>{w.added_before})|(?P<loss>{w.consequence_losses}))\s+$"
    ),
    re.I,
)
_OPENER = ByLanguage(lambda w: rf"\b(?:{w.consequence_openers})\s+$", re.I)
_PASSIVE_AFTER = ByLanguage(
    lambda w: (
        r"\s+(?:[^\W\d]+\s+)?(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
        rf"(?:(?P<gain>{w.added_before})|(?P<loss>{w.consequence_losses}))\b"
    ),
    re.I,
)
_REACH = 48  # characters the opener and its verb may take before the figure
_AMOUNTS = ("money", "count")


def link_consequent_changes(claims: list[Claim], text: str, lang: str) -> None:
    if not (
        may_match(_OPENER_THEN_VERB[lang], text)
        or (may_match(_OPENER[lang], text) and may_match(_PASSIVE_AFTER[lang], text))
    ):
        return  # (a consequent change is read only after its opener)
    figures = [c for c in claims if c.role != "conversion" and not c.furniture and c.kind in _AMOUNTS]
    by_sentence = group_by_sentence(figures)
    for change in figures:
        if change.role != "value" or change.change_of is not None or change.sentence == 0:
            continue
        direction = _direction(change, text, lang)
        if not direction:
            continue
        own = [c for c in by_sentence.get(change.sentence, []) if _same_unit(c, change) and c.end <= change.start]
        if len(own) != 1 or own[0].role != "value" or own[0].change_of is not None:
            continue
        prior = own[0]
        before = [
            c for c in by_sentence.get(change.sentence - 1, []) if c.kind == change.kind and c.unit == change.unit
        ]
        levels = [c for c in before if c.role == "value" and c.change_of is None]
        if not before or not levels or levels[0] is not before[0] or not _counts_alike(levels[0], prior, text):
            continue
        level = levels[0]
        if level.value == prior.value or level.forecast != prior.forecast:
            continue
        change.role, change.direction = "change", direction
        change.change_of, change.compared_to = level.id, prior.id
        change.guesses = sorted(set(change.guesses) | {"relation"})


def _direction(change: Claim, text: str, lang: str) -> int:
    """+1 or -1 when a consequence opener and a verb of gain or loss frame the figure, else 0."""
    named = search_between(_OPENER_THEN_VERB[lang], text, max(0, change.start - _REACH), change.start)
    if named is None and _OPENER[lang].search(text, max(0, change.start - _REACH), change.start):
        named = _PASSIVE_AFTER[lang].match(text, change.end)
    if named is None:
        return 0
    return 1 if named.group("gain") else -1


def _same_unit(figure: Claim, change: Claim) -> bool:
    return figure.kind == change.kind and figure.unit == change.unit and figure.counter == change.counter


def _counts_alike(level: Claim, prior: Claim, text: str) -> bool:
    """One counter, or the prior's counter named a word after the level's (`1,460 measles cases`, `1,380 cases`)."""
    if level.counter == prior.counter or not prior.counter:
        return True
    after = text[level.end : level.end + 40].split()
    return bool(after) and after[0].lower() == prior.counter.lower()
