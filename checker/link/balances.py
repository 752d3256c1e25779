"""Balances stated as deficits: `무역수지는 22억달러 적자`, `적자 22억달러`, `the trade deficit widened to
$2.2bn`. The number is written without a sign; the word makes the balance negative, which the
balance check (exports − imports) needs. The word is the metric's own (`trade deficit`) or stands
right before or after the number. Language words are data (`[link.deficit_words]`).
"""

from __future__ import annotations

import bisect
import re

from checker.extract.lang import ByLanguage
from checker.link.view import ArticleView
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_DEFICIT = ByLanguage(lambda w: rf"(?:{w.deficit_words})", re.I)
# `22억달러 적자`, `22억달러의 적자`, `22억달러(약 2조9000억원) 적자`; `적자 22억달러`, `적자 규모는 22억달러`
_AFTER = ByLanguage(lambda w: rf"\s?(?:\([^()\n]{{0,40}}\)\s?)?(?:(?:{w.genitive})\s?)?(?:{w.deficit_words})", re.I)
_SURPLUS_AFTER = ByLanguage(
    lambda w: rf"\s?(?:\([^()\n]{{0,40}}\)\s?)?(?:(?:{w.genitive})\s?)?(?:{w.surplus_words})", re.I
)
_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.deficit_words})\s?(?:{w.balance_size_nouns})?(?:{w.topic_particles})?\s?$", re.I
)
_BEFORE_REACH = 12
# `a 40 billion yen ($380 million) trade deficit`: the balance's own metric named right after the number,
# past its equivalent in parentheses.
_TO_METRIC_AFTER = compile_exact(r"\s?(?:\([^()\n]{0,40}\)\s?)?")


def link_deficits(claims: list[Claim], doc: ArticleView) -> list[str]:
    if not (
        may_match(_AFTER[doc.language], doc.text)
        or may_match(_BEFORE[doc.language], doc.text)
        or may_match(_DEFICIT[doc.language], doc.text)
    ):
        return []  # (a deficit is read only beside a word of deficit)
    out = []
    text, lang = doc.text, doc.language
    for claim in claims:
        if claim.kind != "money" or claim.role == "conversion" or not claim.metric:
            continue
        if (
            _AFTER[lang].match(text, claim.end)
            or _BEFORE[lang].search(text, max(0, claim.start - _BEFORE_REACH), claim.start)
            or _metric_says_deficit(claim, doc)
            or _metric_after_says_deficit(claim, doc)
        ):
            out.append(claim.id)
    return out


def _metric_says_deficit(claim: Claim, doc: ArticleView) -> bool:
    """The claim's metric was named with a deficit word (`trade deficit`) in its sentence, before it."""
    sentence_start = doc.segments.sentence_starts[claim.sentence]
    lo, hi = bisect.bisect_left(doc.metric_starts, sentence_start), bisect.bisect_left(doc.metric_starts, claim.start)
    hits = [h for h in doc.metric_hits[lo:hi] if h.metric == claim.metric]
    return bool(hits) and _DEFICIT[doc.language].search(doc.text, hits[-1].start, hits[-1].end) is not None


def link_surpluses(claims: list[Claim], doc: ArticleView) -> list[str]:
    """Balances stated as surpluses, the word right after the figure (`31억달러 흑자를 냈던`): positive.
    Read only so that a balance that crossed zero (`1년 전 A 흑자 … B 적자`) is compared signed."""
    text, lang = doc.text, doc.language
    return [
        claim.id
        for claim in claims
        if claim.kind == "money" and claim.role != "conversion" and claim.metric
        if _SURPLUS_AFTER[lang].match(text, claim.end)
    ]


def _metric_after_says_deficit(claim: Claim, doc: ArticleView) -> bool:
    """`a $2bn trade deficit`, `a ¥40bn ($380m) trade deficit`: the claim's metric, named with a deficit
    word, follows the number (past an equivalent in parentheses)."""
    gap = _TO_METRIC_AFTER.match(doc.text, claim.end)
    at = gap.end() if gap else claim.end
    i = bisect.bisect_left(doc.metric_starts, at)
    if i == len(doc.metric_hits) or doc.metric_starts[i] != at or doc.metric_hits[i].metric != claim.metric:
        return False
    hit = doc.metric_hits[i]
    return _DEFICIT[doc.language].search(doc.text, hit.start, hit.end) is not None
