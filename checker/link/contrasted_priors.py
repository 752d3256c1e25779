"""A level of the year before, set against this year's change in one sentence: `이 업체의 수출은 지난해 6만 달러였는데
올해는 50% 늘었다`, `관람객은 작년 4만 명이었지만 올해 20% 줄었다`.

The figure right after the year before (`[link.prior_year_openers]`) that ends its clause with a contrasting copula
(`[link.contrast_copula_ends]`: `였는데`, `이었지만`) is the prior of the rate of change that follows in its sentence
with no other amount between: it is marked a prior, and the level the rate moved it to is the one stated before
(checker/link/changes_of_an_earlier_level.py, which runs after this and joins them; a figure of its own in the
sentence keeps them apart there).
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


def link_contrasted_priors(claims: list[Claim], text: str, lang: str) -> None:
    for figures in prose_by_sentence(claims).values():
        for position, figure in enumerate(figures):
            if figure.role != "value" or figure.kind not in AMOUNTS or figure.part_of or figure.per_unit_of:
                continue
            if not _CONTRAST_AFTER[lang].match(text, figure.end):
                continue
            if not _YEAR_BEFORE[lang].search(text, max(0, figure.start - _REACH), figure.start):
                continue
            after = figures[position + 1 : position + 2]
            if (
                after
                and after[0].role == "change"
                and after[0].kind in _RATE_KINDS
                and after[0].change_of is None
                and after[0].compared_to is None
            ):
                figure.role = "prior"
                figure.basis = "year"
