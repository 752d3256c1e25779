"""A figure on each of a count, then what they come to: `the £6 top-up on each of the 1,200 haircuts has come to
£7,200`, `The £5 fee for each of the 640 entries came to £3,200`, `40 litres for every one of its 12 vans totalled
480 litres`.

Three figures in a row in one clause: the figure per one, then the count right after the words putting it on each of
them (its noun between, at most a few words: `[link.each_of_the_count]`, with `on` or `from` as well as `for`:
`[link.each_of_the_count_openers]`), then the total right after a verb saying what they come to (`has come to`,
`totalled`: `[link.each_total_verbs]`), its noun's words between at most. The figure and the total are values of one
kind and unit, the total the larger, tied to nothing yet; the count is a value counting things, no rate. The figure
is the total over the count (`per_unit_of`, `units_of`: F317 divides). One clause, so a mismatch is an error.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_apart import is_a_rate
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

_KINDS = ("count", "measure", "money")
# `£6 top-up on each of the`: the figure's noun (a few words), then the words putting it on each of the count
_ON_EACH = ByLanguage(
    lambda w: (
        rf"(?:[\s-]+[^\W\d_]+){{0,3}}?\s+(?:(?:{w.each_of_the_count_openers})\s+)?(?:{w.each_of_the_count})"
        rf"(?:\s+[^\W\d_]+)?\s+"
    ),
    re.I,
)
# `1,200 haircuts has come to`: the count's noun (a few words), then the verb of what they come to
_COME_TO = ByLanguage(
    lambda w: rf"(?:[\s-]+[^\W\d_]+){{0,3}}?\s+(?:{w.each_total_verbs})\s+(?:(?:{w.hedges})\s+)?",
    re.I,
)


def link_figures_on_each_of_a_count(claims: list[Claim], text: str, lang: str) -> None:
    on_each, come_to = _ON_EACH[lang], _COME_TO[lang]
    for sentence in group_by_sentence(c for c in claims if not c.furniture).values():
        for figure, count, total in zip(sentence, sentence[1:], sentence[2:]):
            if not _plain_pair(figure, total) or count.kind != "count" or count.role != "value" or not count.counter:
                continue
            if on_each.fullmatch(text, figure.end, count.start) is None:
                continue
            if come_to.fullmatch(text, count.end, total.start) is None or is_a_rate(count, text, lang):
                continue
            figure.per_unit_of, figure.units_of = total.id, count.id


def _plain_pair(figure: Claim, total: Claim) -> bool:
    return (
        figure.kind in _KINDS
        and total.kind == figure.kind
        and total.unit == figure.unit
        and figure.role == "value"
        and total.role == "value"
        and total.value > figure.value
        and figure.per_unit_of is None
        and total.product_of is None
        and total.per_unit_of is None
    )
