"""A second rate coordinated with a first, each against its own baseline: `The park drew 3.1 million visitors,
up 4.0% from 2.98 million last year and 2.6% above the 3.02 million of 2019`.

A rate the sentence leaves unattached (a change of nothing) that follows the figure a first rate was measured
from, joined to it by `and`, with no figure between, and that is followed by a word of comparison (`above`,
`below`: `[link.coordinated_rate_above]`, `[link.coordinated_rate_below]`) and the figure it is measured from
(a baseline of the same unit), states the change of the first rate's value from that second figure; its
direction is the comparison's. Language words are data (with `[link.coordinated_rate_and]`).

The same holds for a second rate measured `from` its figure (`[link.from_words]`): `revenue rose to $318.2
million, up 4.1% from $305.7 million in the second quarter and 19.3% from $266.7 million a year earlier`, `up 3.1%
from 399,900 tonnes … but down 6.2% from 439,600 tonnes`. A bare percentage there reads as a share of something
until its `from` is seen: the coordination makes it a change. Its direction is the verb written before it, else
the first rate's.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import prose_by_sentence
from checker.models import Claim

_AND = ByLanguage(
    lambda w: (
        rf"^[^;:\d]{{0,48}}\b(?:{w.coordinated_rate_and})\s+"
        rf"(?:(?P<rise>{w.rise_verbs_before})\s+|(?P<fall>{w.fall_verbs_before})\s+)?$"
    ),
    re.I,
)


def _possessor(w) -> str:
    """What may name the figure after the comparison: an article, then whose or which period's it is (`31% above
    the second quarter's C$3.7m`, `from last year's 4 million`)."""
    return (
        rf"(?:(?:{w.definite_articles})\s+)?"
        rf"(?:(?:[^\W\d_][\w-]*\s+){{0,2}}[^\W\d_][\w-]*(?:{w.time_possessives})\s+)?$"
    )


_COMPARED = ByLanguage(
    lambda w: rf"^\s+(?:(?P<above>{w.coordinated_rate_above})|(?P<below>{w.coordinated_rate_below}))\s+{_possessor(w)}",
    re.I,
)
_FROM = ByLanguage(lambda w: rf"^\s+(?:{w.from_words})\s+{_possessor(w)}", re.I)


def _unattached(rate: Claim) -> bool:
    """A percentage nothing was measured against yet: a loose change, or a share of nothing."""
    if rate.kind != "percent" or rate.change_of is not None or rate.compared_to is not None:
        return False
    if rate.role == "change":
        return True
    return rate.role == "share" and not (rate.whole or rate.share_part or rate.share_whole or rate.part_of)


def link_coordinated_rates(claims: list[Claim], text: str, lang: str) -> None:
    loose = [c for c in claims if _unattached(c)]
    if loose:
        _link_loose(claims, loose, text, lang)


def relink_rates_of_first_baselines(claims: list[Claim], text: str, lang: str) -> None:
    """`1,162 operations, up 9.1% on the 1,065 of the quarter before and 24.4% higher than the 934 of a year
    earlier` (invented): a first baseline read only late as the first rate's (`on the`: link/change_noun_baselines.py)
    stood as a level when the second rate was linked, and the second rate was taken for its change. A rate that is
    the change of the figure right before it, that figure now the baseline of a first rate, is read again as above:
    coordinated with the first rate, it is the change of the first rate's value (otherwise it is left as it was)."""
    by_id = {c.id: c for c in claims}
    loose = [
        c
        for c in claims
        if c.kind == "percent"
        and c.role == "change"
        and (of := by_id.get(c.change_of or "")) is not None
        and of.role in ("baseline", "prior")
        and of.end <= c.start
    ]
    if loose:
        _link_loose(claims, loose, text, lang, of_baseline=True)


def _link_loose(claims: list[Claim], loose: list[Claim], text: str, lang: str, of_baseline: bool = False) -> None:
    by_id = {c.id: c for c in claims}
    by_sentence = prose_by_sentence(claims)
    for rate in loose:
        sentence = by_sentence.get(rate.sentence, [])  # (none for a rate in furniture: a byline, a caption)
        at = next((i for i, c in enumerate(sentence) if c is rate), -1)
        if at < 2 or at + 1 >= len(sentence):
            continue
        before, after = sentence[at - 1], sentence[at + 1]
        first = [c for c in sentence[:at] if c.role == "change" and c.compared_to == before.id and c.change_of]
        if len(first) != 1 or before.role not in ("baseline", "prior"):
            continue
        if of_baseline and (rate.change_of != before.id or rate.compared_to not in (None, after.id)):
            continue
        value = by_id.get(first[0].change_of)
        if value is None or after.role not in ("baseline", "prior") or after.unit != value.unit:
            continue
        joined = _AND[lang].match(text[before.end : rate.start])
        if joined is None:
            continue
        between = text[rate.end : after.start]
        compared = _COMPARED[lang].match(between)
        if compared is not None:
            direction = 1 if compared.group("above") else -1
        elif _FROM[lang].match(between):
            direction = 1 if joined.group("rise") else -1 if joined.group("fall") else first[0].direction
        else:
            continue
        if rate.role != "change" and (compared is not None or not direction):
            continue  # (a share is read as a change only by its `from` after a rate that went one way)
        rate.role = "change"
        rate.change_of, rate.compared_to = value.id, after.id
        rate.direction = direction
        rate.basis = None  # (measured from a figure of its own period, not the year before)
