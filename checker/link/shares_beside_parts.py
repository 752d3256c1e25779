"""A share set beside its part by a bare comma, of a whole its sentence names by a noun only: `The district counts
8,400 learners, 21.4% of all students`, `Exports reached 14 million kg, about a third of production`, `Fuel cost
$36m, 63% of revenue`; and a fraction set beside its part after `or` (`…, or about a third of the total`).

checker/link/partners.py reads a percent set beside its part after `or` (`$14m, or 35% of the orders`); the same
construction without the `or`, or with a fraction in words for the share, names its whole the same way, so the whole
is looked up the same way: a value of the part's unit and counter (a bare count names nothing it counts), larger than
the part, of no other period or company, stated in another sentence, of the metric the share names when it names one
(`63% of revenue`), the lead's first; a tie links nothing. A whole stated with the figure it moved from (`cut the limit
to 5,700 tonnes, down from 6,000`) may be either: the one the share agrees with (checker/link/wholes_agreeing.py). The
reading spans sentences, so the whole is a guess.

An average is no part of a whole (`an average of 8,000, 12% of the total`), and a share whose noun after `of` is
missing (`…, 21.4%, up from …`) names no whole: neither is read. Words are data: `[link.appositive_share_marks]`,
`[link.share_of_noun_after]`, `[link.share_of_all_after]`, `[link.average_before]`.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.partners import Partners, _named_metric, _names_a_noun, whole_of_part
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.view import MetricHit
from checker.link.wholes_agreeing import whole_or_its_earlier
from checker.models import Claim
from checker.regex_cache import compile_exact

_SHARE_KINDS = ("percent", "fraction")


def _beside(most_words: int) -> ByLanguage:
    """The part (its noun's words, up to `most_words`: `2.3 million award seats, 7% of …`), a comma, perhaps `or` (a
    percent after `or` is partners.py's), a mark, a hedge or a participle setting the share beside its part (`drew
    6,870, filling 94% of the 7,300 seats`), then the share."""
    return ByLanguage(
        lambda w: (
            rf"(?:\s+[^\W\d_]+){{0,{most_words}}}\s*,\s*"
            rf"(?:(?P<mark>{w.appositive_share_marks})\s+|(?P<participle>{w.share_participles})\s+"
            rf"|(?P<hedge>{w.share_hedges_beside_part})\s+)?"
        ),
        re.I,
    )


_BESIDE = _beside(3)
# `310,000 tonnes of zinc in the month of May, 25% of regional output of 1.24 million tonnes`: a part whose noun runs
# on to five words, its share then its whole stated right after the share's `of` (only then: the whole is read, not
# looked up); `210mm, just 70% of …` (`[link.share_hedges_beside_part]`)
_BESIDE_WHOLE_AFTER = _beside(5)
# right after the share: the whole named by a noun (`of revenue`, `of all students`, `of the total`)
_WHOLE_NAMED_AFTER = ByLanguage(
    lambda w: rf"\s+(?:(?:{w.share_of_noun_after})(?![^\W\d_])|(?:{w.share_of_all_after}))", re.I
)
# `74% of full-year guidance of 235,000 tonnes`: between the share and its whole stated after it
_OF_NOUN = ByLanguage(lambda w: rf"(?:{w.share_then_its_whole_apart})", re.I)
# `30% of the college's $800 million budget`: the whole right after its owner's name in the possessive
_OF_OWNER = ByLanguage(lambda w: rf"(?:{w.share_then_possessed_whole})", re.I)
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?:{w.average_before})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_AVERAGE_REACH = 32  # characters before a figure where its average's mark stands


_CLAUSE_BREAK = compile_exact(r"[;:!?\n]|\.(?!\d)")


def _of_the_whole_noun(figures: list[Claim], at: int, whole: Claim, text: str) -> Claim | None:
    """Where the figure right before a share is a count of another noun than its whole's (`from the farm's 120 cows, a
    fifth of the 780,000 litres`), the last amount of the whole's own noun before it in its clause (`156,000
    litres`), smaller than the whole; None where the counters agree or the clause states none."""
    part = figures[at]
    counter, noun = (part.counter or "").lower(), (whole.counter or "").lower()
    if part.kind != "count" or not counter or not noun or counter == noun:
        return None
    for c in reversed(figures[:at]):
        if c.sentence != part.sentence or _CLAUSE_BREAK.search(text, c.end, part.start):
            return None
        if (c.kind, c.unit) == (whole.kind, whole.unit) and (c.counter or "").lower() == noun and c.role == "value":
            return c if c.high < whole.low else None
    return None


# between a part and the pool it is drawn from, the pool's figure written bare after it (`Three of the 15`); the pool
# bare, no noun after it (`40 of the 120 seats, 45% of the vote`: the share may be of another whole); not a share of
# the part itself (`…, 40% of them oaks`: `[link.parts_of_them]`)
_BARE_POOL_BESIDE = _beside(0)
_OF_THEM_AFTER = ByLanguage(lambda w: rf"\s+(?:{w.parts_of_them})(?![^\W\d_])", re.I)
_POOL_BEFORE = ByLanguage(lambda w: rf"\s+(?:{w.part_of_named_whole_joints})\s+", re.I)
# right after the share, an `of` naming its whole (`40 of the 120, 45% of the vote`, `30% of the budget`): the share is
# of that whole, no share of the drawn part; unless the words only restate the pool, closing the aside (`a fifth of
# the range,`: `[link.pool_restated_after_share]`)
_OF_ANOTHER_AFTER = ByLanguage(
    lambda w: rf"\s+(?:{w.genitive})\s+(?!(?:{w.pool_restated_after_share})\s*[,;:.)–—])",
    re.I,
)


def _link_drawn_part(rate: Claim, part: Claim, pool: Claim) -> None:
    """The share of a part drawn from the pool written right after it, of one unit and kind, the part the smaller."""
    if part.sentence != pool.sentence or part.role != "value" or (part.unit, part.kind) != (pool.unit, pool.kind):
        return
    if part.counter and pool.counter and part.counter != pool.counter or part.high >= pool.low:
        return
    rate.share_part, rate.share_whole = part.id, pool.id


def link_shares_beside_parts(claims: list[Claim], text: str, lang: str, metric_hits: list[MetricHit]) -> None:
    partners: Partners | None = None
    hit_starts: list[int] = []
    figures = prose_figures(claims)
    by_sentence: dict[int, list[Claim]] | None = None  # (built once, when a whole is first looked up)
    for i, rate in enumerate(figures):
        if rate.kind not in _SHARE_KINDS or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if i == 0 or not 0 < rate.value < (100 if rate.kind == "percent" else 1):
            continue
        part = figures[i - 1]
        if part.sentence != rate.sentence or part.kind not in AMOUNTS or part.role != "value":
            continue
        if not math.isfinite(part.high) or periods_differ(rate, part):
            continue
        beside = _BESIDE[lang].fullmatch(text, part.end, rate.start)
        if (
            i >= 2
            and not part.counter
            and _BARE_POOL_BESIDE[lang].fullmatch(text, part.end, rate.start)
            and _POOL_BEFORE[lang].fullmatch(text, figures[i - 2].end, part.start)
            and not _OF_THEM_AFTER[lang].match(text, rate.end)
            and not _OF_ANOTHER_AFTER[lang].match(text, rate.end)
        ):
            # (`Three of the 15, a fifth of the range, are …`: the figure is the pool the one before is drawn from,
            # the share that one's of it)
            _link_drawn_part(rate, figures[i - 2], part)
            continue
        after = figures[i + 1] if i + 1 < len(figures) else None
        if after is not None and after.sentence == rate.sentence and (after.kind, after.unit) == (part.kind, part.unit):
            # `170,000 tonnes, 71% of full-year guidance of 240,000 tonnes`, `2.3 million seats, or 7% of the 32.9
            # million passengers`, `$240m, 30% of the college's $800m budget`: the whole stated right after the
            # share's `of`
            if (
                _BESIDE_WHOLE_AFTER[lang].fullmatch(text, part.end, rate.start)
                and after.role == "value"
                and (
                    _OF_NOUN[lang].fullmatch(text, rate.end, after.start)
                    or _OF_OWNER[lang].fullmatch(text, rate.end, after.start)
                )
            ):
                # (`used 156,000 litres from the farm's 120 cows, a fifth of the 780,000 litres`: the part is the
                # clause's amount of the whole's own noun, not a count of another noun set between)
                own = _of_the_whole_noun(figures, i - 1, after, text)
                if own is not None:
                    part = own
                if after.low > part.high:
                    rate.share_part, rate.share_whole = part.id, after.id
            if beside is not None:
                continue  # (a figure of the part's unit after the share: the sentence states its own whole, or another)
        if beside is None or beside.group("hedge"):
            continue  # (a hedged share only of the whole stated right after it)
        if beside.group("participle"):
            continue  # (a participle's share only of the whole stated right after it)
        if beside.group("mark") and rate.kind == "percent":
            continue  # (a percent after `or`, its whole apart: partners.py)
        if not _WHOLE_NAMED_AFTER[lang].match(text, rate.end):
            continue
        if rate.kind == "fraction" and not _names_a_noun(rate, text, lang):
            continue  # a fraction's whole only as named: by size, `a third of the total` finds a valuation
        if _AVERAGE_BEFORE[lang].search(text, max(0, part.start - _AVERAGE_REACH), part.start):
            continue  # (`an average of 8,000, 12% of the total`: an average is no part of a total)
        if not part.counter and _OF_THEM_AFTER[lang].match(text, part.end):
            continue  # (`ran 150 of them, 20% of the town's outlets`: a bare part of a pool, not of the noun after)
        if partners is None:
            partners = Partners(claims, text, lang)
            hit_starts = [hit.start for hit in metric_hits]
        named = _named_metric(metric_hits, hit_starts, part.end, rate.end + 40, rate, text, lang)
        whole = whole_of_part(partners, rate, part, named, text, lang)
        if whole is None:
            continue
        if by_sentence is None:
            by_sentence = prose_by_sentence(claims)
        whole = whole_or_its_earlier(rate, part, whole, by_sentence[whole.sentence])
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
