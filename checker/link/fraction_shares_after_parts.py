"""A fraction stated right after its part, as what the part is (`수도권 점포는 340곳으로 10곳 중 4곳꼴이다`, `…340곳으로
5분의 2다`, `…1,240명으로 신입생 10명 중 6명꼴이었다`): the share the part is of a whole the article states elsewhere.

The fraction names no whole, so the whole is looked up as checker/link/shares_beside_parts.py looks up one named only
by its noun: a value of the part's unit and counter, larger than the part, of no other period or company, stated in
another sentence, the lead's first; a tie links nothing. The clause must end right after the fraction (a verb of change
after it, `3분의 1로 줄었다`, makes it a change). Words are data: `[link.fraction_after_part]`,
`[link.fraction_share_ends]`.
A percent so set right after its part reads the same (`어린이는 31만명으로 36%였고`, `…200곳으로 33%에 이른다`), but
only with nothing between the two: a noun between names a rate of its own (`54억원으로 이익률 13%였다`), no share.
A subject between the part and the fraction that names another member of the part's list (`A 30개, B 50개로 A가 절반에
못 미친다`, checker/link/listed_subject_shares.py) says the fraction is that member's, not the last one's: no link here.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.listed_subject_shares import names_another_member, names_part_by_stem
from checker.link.partners import Partners
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.share_rates import share_of_the_whole_by_noun
from checker.models import Claim

# (the noun of what is counted may stand before the fraction: `1,240명으로 신입생 10명 중 6명꼴`)
_AFTER_PART = ByLanguage(lambda w: rf"(?:{w.fraction_after_part})(?:[^\W\d_]+\s)?")
_AFTER_PART_ONLY = ByLanguage(lambda w: rf"(?:{w.fraction_after_part})")
_ENDS = ByLanguage(lambda w: rf"(?:{w.fraction_share_ends})")
_BELOW = {"fraction": 1.0, "percent": 100.0}


def link_fraction_shares_after_parts(claims: list[Claim], text: str, lang: str) -> None:
    partners: Partners | None = None
    by_sentence: dict[int, list[Claim]] = {}
    figures = prose_figures(claims)
    for i, rate in enumerate(figures):
        if rate.kind not in _BELOW or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if i == 0 or not 0 < rate.value < _BELOW[rate.kind]:
            continue
        part = figures[i - 1]
        if part.sentence != rate.sentence or part.kind not in AMOUNTS or part.role != "value":
            continue
        if not math.isfinite(part.high) or periods_differ(rate, part):
            continue
        joint = _AFTER_PART[lang] if rate.kind == "fraction" else _AFTER_PART_ONLY[lang]
        if not joint.fullmatch(text, part.end, rate.start) or not _ENDS[lang].match(text, rate.end):
            continue
        if names_another_member(part, rate, text, lang) and not names_part_by_stem(
            part, rate, [c for c in figures if c.sentence == part.sentence], text, lang
        ):
            # (`대형 30개, 소형 50개로 대형이 절반에 못 미친다`: the subject names another member than the last;
            # `…, 경기 9천명으로 경기도가`: the last member, by a longer form of its name)
            continue
        listed_in = next(
            (c for c in figures[:i] if part.part_of and c.id == part.part_of and c.sentence == part.sentence), None
        )
        if listed_in is not None:
            # (`사업비 5천만 원 가운데 도비가 2천만 원으로 40%, 군비가 3천만 원으로 60%`: a listed part's share is of
            # the total its sentence lists it in, not of a larger figure named by a noun elsewhere)
            if listed_in.low > part.high:
                rate.share_part, rate.share_whole = part.id, listed_in.id
                rate.whole = rate.whole or f"of:{listed_in.id}"  # shares of one whole add up to at most 100%
                rate.label = rate.label or part.id
            continue
        if partners is None:
            partners = Partners(claims, text, lang)
            by_sentence = prose_by_sentence(claims)
        # (`성별로는 여성이 P로 10명 중 6명꼴`: a breakdown after a subgroup of the whole may divide either)
        share_of_the_whole_by_noun(rate, part, partners, text, lang, by_sentence)
