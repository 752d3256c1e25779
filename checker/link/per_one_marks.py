"""Whether a figure's own words state it per one unit: a price or an amount each one thing holds, never a sum of
many.

English writes the unit after the figure (`£30 a head`, `$40 each`, `600 pupils per school`: `[link.unit_price_each]`,
`[link.unit_rate_after]`); Korean writes it before, as the one unit its clause is about (`주민 한 사람에 4만 원`, `배 한
척이 평균 500명`: `[link.fallback_one_unit]`, `[link.stated_per_one_before]`), a few words between at most, in the
figure's clause. (Not the noun and `당`, `가구당`: a party's name ends in the same letter, `…당 37석`.) One of a time
(`한 해에`, `한 번에`: `[link.one_unit_subject_time_nouns]`) makes a figure per a period, which other readings judge.

A figure per one unit and a figure of a whole never add up, nor is one a span's total of an average that is not per
that unit: the vetoes that read this (checker/link/part_list_vetoes.py, checker/link/span_averages.py) take a list or a
span's total only where its members agree.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.per_unit_vetoes import PRICED_PER_UNIT
from checker.models import Claim

# (a word for one is a word of its own, `한 사람에`; joined to letters it is another word's start, `한국은행이`, `한때`;
# a digit may touch its counter, `1가구에`)
_ONE_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![\w.,])(?:(?:{w.fallback_one_unit})(?:(?<=\d)\s?|\s)(?!(?:{w.one_unit_subject_time_nouns})(?:{w.stated_per_one_before})?\s)"
        rf"[^\W\d_]{{1,4}}?(?:{w.stated_per_one_before}))"
        rf"\s+(?:[^\W\d_,.]+\s+){{0,5}}?$"
    )
)
# `£30 a head`, `600 pupils per school`: the unit named after the figure
_PER_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})", re.I)
_REACH = 40  # characters before a figure where the one unit its clause is about stands


def stated_per_one(figure: Claim, text: str, lang: str, each: bool = True) -> bool:
    """Whether the figure is marked per one unit by the words right after it (English) or before it in its clause
    (Korean). Without `each`, a bare `each` after it is not read: in a list it hands one figure to several members
    (`two seats each for A and B`), each member's part."""
    if (PRICED_PER_UNIT if each else _PER_NOUN_AFTER)[lang].match(text, figure.end):
        return True
    return _ONE_BEFORE[lang].search(text, max(0, figure.start - _REACH), figure.start) is not None


def is_the_one_unit(figure: Claim, following: Claim | None, text: str, lang: str) -> bool:
    """Whether a count of one is the unit the next figure is per (`한 곳에 61만 마리꼴`, `배 한 척이 평균 500명`): the
    base of an average, no amount of its own (no part of a list, no total)."""
    if following is None or figure.value != 1 or figure.kind != "count":
        return False
    one = _ONE_BEFORE[lang].search(text, max(0, following.start - _REACH), following.start)
    return one is not None and one.start() <= figure.start < one.end()


def one_unit_bases(figures: list[Claim], text: str, lang: str) -> set[str]:
    """The ids of the counts of one (figures in text order) that the figure after each is per (`is_the_one_unit`)."""
    return {one.id for one, following in zip(figures, figures[1:]) if is_the_one_unit(one, following, text, lang)}
