"""A share stated before its part, the whole named by a noun: `Watches above CHF 10,000 accounted for 58% of sales, or
CHF 184.8 million`.

The share, its `of` and the whole's noun (`[link.genitive]`), a comma and the mark of an equivalent
(`[link.appositive_share_marks]`: `or`), then the part: the amount the share restates. The whole is the figure of the
metric the noun names (`sales`: revenue), of the part's unit, larger than it, looked up as for a share set after its
part (checker/link/partners.py); a noun that names no metric leaves the whole unsaid and nothing is linked. The whole
is found apart from the share, so the link is a guess.

When the whole's figure is written in the share's own phrase (`took a quarter of the £8,000 prize fund, £2,000`,
`35 per cent of the firm's 2,000 sweaters last year, 700 in all`), the part set after it by a comma (perhaps with
`[link.appositive_share_marks]` or a hedge) and closing its clause (or closed by `[link.total_marks_after]`) is the
amount the share restates: a figure of the whole's unit and kind (of its counter, or of none), smaller than it. The
words state both links, so nothing is guessed.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.partners import Partners, _named_metric, _names_a_noun, whole_of_part
from checker.link.sentence_groups import prose_figures
from checker.link.shares_beside_parts import _WHOLE_NAMED_AFTER
from checker.link.view import MetricHit
from checker.models import Claim
from checker.regex_cache import compile_exact

# `58% of sales, or CHF 184.8 million`: between the share and its part
_NOUN_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;:,()]{{1,40}}?,\s*(?:{w.appositive_share_marks})\s+", re.I
)
_NOUN_REACH = 48  # characters after a share where the noun of its whole is named
# `a quarter of the £8,000 prize fund, £2,000`: the share, `of`, a few words, then the whole's figure …
_OF_WRITTEN_WHOLE = ByLanguage(lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;:,()]{{0,30}}?", re.I)
# … its noun and a time perhaps, a comma, an equivalent's mark or a hedge, then the part …
_WHOLE_THEN_PART = ByLanguage(
    lambda w: rf"[^\d.;:,()]{{0,40}}?,\s*(?:(?:{w.appositive_share_marks})\s+)?(?:(?:{w.hedges})\s+)?",
    re.I,
)
# … which closes its clause (`£2,000.`, `700 in all,`)
_PART_CLOSES = ByLanguage(lambda w: rf"(?:\s+(?:{w.total_marks_after}))?\s*(?:[.,;:!?)]|$)", re.I)
# `made up 15 per cent of the field, 27 riders`, `will pay 70 per cent of the cost, £378,000`: the share, `of` and the
# whole's noun (no figure), a comma (perhaps a hedge), then the part (the order of `27 riders, or 15 per cent of the
# field`, checker/link/shares_beside_parts.py, turned round)
_NOUN_THEN_BARE_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+[^\d.;:,()]{{1,40}}?,\s*(?:(?:{w.hedges})\s+)?", re.I
)


# the whole's noun, the last word before the comma that sets off the part, and a plural ending on it (`the members`)
_LAST_WORD = compile_exact(r"(?P<word>[^\W\d_]+)\s*,[^,]*$")
_PLURAL = ByLanguage(lambda w: rf"(?:{w.plural_noun_endings})")


def link_shares_then_parts(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> None:
    partners: Partners | None = None
    hit_starts: list[int] = []
    figures = prose_figures(claims)
    between = _NOUN_THEN_PART[lang]
    for rate, part in zip(figures, figures[1:]):
        if rate.kind == "fraction" and rate.role == "share" and not (rate.share_part or rate.share_whole or rate.whole):
            if partners is None:
                partners = Partners(claims, text, lang)
                hit_starts = [hit.start for hit in metric_hits]
            _share_of_a_named_whole_then_part(figures, rate, part, partners, metric_hits, hit_starts, text, lang)
            continue
        if rate.kind != "percent" or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if not 0 < rate.value < 100 or part.sentence != rate.sentence:
            continue
        if part.kind not in AMOUNTS or part.role != "value" or not math.isfinite(part.high):
            continue
        if not between.fullmatch(text, rate.end, part.start):
            if partners is None:
                partners = Partners(claims, text, lang)
                hit_starts = [hit.start for hit in metric_hits]
            _share_of_a_named_whole_then_part(figures, rate, part, partners, metric_hits, hit_starts, text, lang)
            continue
        if partners is None:
            partners = Partners(claims, text, lang)
            hit_starts = [hit.start for hit in metric_hits]
        named = _named_metric(metric_hits, hit_starts, rate.end, rate.end + _NOUN_REACH, rate, text, lang)
        if named is None:
            continue  # (`58% of the boxes, or 1,200`: which figure the noun names, not said)
        whole = whole_of_part(partners, rate, part, named, text, lang)
        if whole is None:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
    _shares_of_a_written_whole_then_parts(figures, text, lang)


def _share_of_a_named_whole_then_part(
    figures: list[Claim],
    rate: Claim,
    part: Claim,
    partners: Partners,
    metric_hits: list[MetricHit],
    hit_starts: list[int],
    text: str,
    lang: str,
) -> None:
    """`Juniors made up 15 per cent of the field, 27 riders`, `A grant pays two-thirds of the cost, £40,000`: a share,
    `of` the noun of its whole (no figure of it written there), then its part set off by a comma and closing its
    clause. The whole is looked up as for the part set first (`27 riders, or 15 per cent of the field`:
    checker/link/partners.py `whole_of_part`): a figure of the metric the noun names, else a level of the part's
    noun, larger than it, in another sentence. A fraction's whole only when a noun names it (`a third of the total`
    finds nothing by size); a whole stated beside another level of its unit and noun (`600 chairs for a hotel and 300
    chairs for a bar`) leaves which one unsaid. Found apart from the share, so a guess."""
    if not 0 < rate.value < (100 if rate.kind == "percent" else 1) or part.sentence != rate.sentence:
        return
    if part.kind not in AMOUNTS or part.role != "value" or not math.isfinite(part.high):
        return
    if not _NOUN_THEN_BARE_PART[lang].fullmatch(text, rate.end, part.start) or not _PART_CLOSES[lang].match(
        text, part.end
    ):
        return
    if not _WHOLE_NAMED_AFTER[lang].match(text, rate.end):
        return
    if rate.kind == "fraction" and not _names_a_noun(rate, text, lang):
        return
    noun = _LAST_WORD.search(text, rate.end, part.start)
    if (
        noun is not None
        and _PLURAL[lang].search(noun.group("word"))
        and noun.group("word").lower() != (part.counter or "").lower()
    ):
        return  # (`Two-thirds of the members, 400 chairs`: of a group no figure counts, not of the lead's level)
    named = _named_metric(metric_hits, hit_starts, rate.end, rate.end + _NOUN_REACH, rate, text, lang)
    whole = whole_of_part(partners, rate, part, named, text, lang)
    if whole is None or any(
        c is not whole
        and c.sentence == whole.sentence
        and c.role == "value"
        and (c.kind, c.unit, c.counter) == (whole.kind, whole.unit, whole.counter)
        for c in figures
    ):
        return  # (`600 chairs for a hotel and 300 chairs for a bar. Two-thirds of the order, 400 chairs`: which one)
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _shares_of_a_written_whole_then_parts(figures: list[Claim], text: str, lang: str) -> None:
    """`took a quarter of the £8,000 prize fund, £2,000`: the share, its whole written after `of`, then the part."""
    of_whole, then_part, closes = _OF_WRITTEN_WHOLE[lang], _WHOLE_THEN_PART[lang], _PART_CLOSES[lang]
    for rate, whole, part in zip(figures, figures[1:], figures[2:]):
        if rate.kind not in ("percent", "fraction") or rate.role != "share" or rate.share_part:
            continue
        if rate.share_whole not in (None, whole.id) or not rate.sentence == whole.sentence == part.sentence:
            continue
        if not 0 < rate.value < (100 if rate.kind == "percent" else 1):
            continue
        if whole.kind not in AMOUNTS or (part.kind, part.unit) != (whole.kind, whole.unit):
            continue
        if part.counter and whole.counter and part.counter != whole.counter:
            continue
        if part.role != "value" or whole.role not in ("value", "prior") or not math.isfinite(whole.high):
            continue
        if not part.value < whole.value:
            continue
        if not (
            of_whole.fullmatch(text, rate.end, whole.start)
            and then_part.fullmatch(text, whole.end, part.start)
            and closes.match(text, part.end)
        ):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
