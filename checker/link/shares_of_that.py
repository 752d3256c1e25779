"""A share and its part set side by side, one of them naming the whole by a pronoun (`of that`, `of it`), the whole the
amount stated right before: `Donations came to £9,800. Half of that, £4,900, went to the roof fund`, `Running the
kennels cost £259,200. Donations brought in £162,000 of that, 62.5 per cent`.

The pronoun (`[link.share_fallback_back_reference_wholes]`: `of that`, `of it`, `of this`, no noun after it) stands
right after the share, a comma and the part following (`Half of that, £4,900`), or right after the part, the share
following its comma (`£162,000 of that, 62.5 per cent`: the part set beside its share as
checker/link/share_fallback.py finds it). The whole is what the pronoun names: the nearest amount of the part's kind
and unit stated before, in the same sentence or the one before, passing over a figure per unit smaller than the part
(`or £1,200 for every dog`: no pot) and an amount of another time than the part's (`900 tonnes last year`:
`[link.share_of_that_other_time_marks]`); it must be a value larger than the part, of no other period. When a figure
per unit was passed over and a second amount stands in reach before the one found (`raised £9,800; the target was
£12,000, or £40 a household`), which one the pronoun names is unsaid: nothing is linked. A nearest amount
that is the level a change is measured on (`up from £600,000`, `on last year's £150,000`), smaller than the part, or
none in reach links nothing; a fraction in words after `£3,000 of it,` takes its whole only from the part's own
sentence (`The council gave £4,000. £3,000 of it, a quarter`: the council's or an earlier total's, unsaid). A whole in
the sentence before makes the relation a guess (a warning).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.per_unit_apart import is_a_rate
from checker.link.sentence_groups import prose_figures
from checker.link.share_fallback import _earlier_level_of_a_change, _part_before
from checker.link.shares_of_an_opening_pool import open_share
from checker.models import Claim
from checker.regex_cache import compile_exact

_LOOK_BACK = 24  # figures before the share where the pronoun's amount is looked for
# (`of its reserves` is no pronoun: the word must end there)
_OF_THAT = ByLanguage(lambda w: rf"\s+(?:{w.share_fallback_back_reference_wholes})(?![\w'’-])", re.I)
# `Half of that, £4,900`: the pronoun, a comma (a hedge perhaps), then the part
_OF_THAT_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.share_fallback_back_reference_wholes})(?![\w'’-])\s*,\s*(?:(?:{w.hedges})\s+)?", re.I
)
_PER_UNIT_AFTER = ByLanguage(lambda w: rf"(?:{w.per_unit_after})", re.I)
# right before an amount, the words making it a level compared with (`on 2024's £150,000`, `from £2,100`)
_COMPARED_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?:{w.earlier_level_before})(?:\s+[^\s,;]+['’]s)?\s*$", re.I, first_tested=False
)
_COMPARED_REACH = 40  # characters before an amount where those words stand
_PER_ONE_OF_A_NOUN = ByLanguage(lambda w: rf"(?:{w.share_of_that_per_unit_marks})", re.I)
# an amount's own words (to the next figure or clause mark) dating it to another time (`900 tonnes last year`)
_OTHER_TIME = ByLanguage(lambda w: rf"\b(?:{w.share_of_that_other_time_marks})\b", re.I)
_OWN_WORDS = compile_exact(r"[^\d.;:!?()\n]{0,40}")
_SENTENCE_END = compile_exact(r"(?<!\d)[.!?](?!\d)|\n")


def link_shares_of_that(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, share in enumerate(figures):
        if not open_share(share):
            continue
        part, before = None, None
        after = figures[i + 1] if i + 1 < len(figures) else None
        if (
            after is not None
            and after.sentence == share.sentence
            and an_amount_as_stated(after, text, lang)
            and _OF_THAT_THEN_PART[lang].fullmatch(text, share.end, after.start)
        ):
            part, before = after, i  # (`Half of that, £4,900`)
        else:
            found = _part_before(figures, i, text, lang)
            if found is not None and _OF_THAT[lang].match(text, found.end):
                part, before = found, i - 1  # (`£162,000 of that, 62.5 per cent`)
        if part is None or periods_differ(share, part):
            continue
        whole = _named_by_the_pronoun(figures, before, part, text, lang)
        if whole is None:
            continue
        if before != i and share.kind == "fraction" and whole.sentence != part.sentence:
            continue  # (`The council gave £4,000. £3,000 of it, a quarter`: the appeal's or the council's, unsaid)
        share.share_part, share.share_whole = part.id, whole.id
        if whole.sentence != share.sentence:
            share.guesses = sorted(set(share.guesses) | {"relation"})


def an_amount_as_stated(c: Claim, text: str, lang: str) -> bool:
    """An amount stated as itself: no rate, no figure per unit, no bound (a part or a whole of a share)."""
    return (
        c.kind in AMOUNTS
        and c.role == "value"
        and c.per_unit_of is None
        and c.per_period_of is None
        and c.value > 0
        and math.isfinite(c.low)
        and math.isfinite(c.high)
        and not c.table_cell
        and not _PER_UNIT_AFTER[lang].match(text, c.end)
        and not (c.kind == "count" and is_a_rate(c, text, lang))
    )


def _named_by_the_pronoun(figures: list[Claim], before: int, part: Claim, text: str, lang: str) -> Claim | None:
    """The nearest amount of the part's kind and unit before it, in its sentence or the one before; an amount of
    another time than the part's passed over, and none when a figure per unit was passed over and a second amount
    stands in reach (`raised £9,800; the target was £12,000, or £40 a household`: which, unsaid)."""
    skipped_per_unit = False
    for j in range(before - 1, max(-1, before - _LOOK_BACK), -1):
        c = figures[j]
        if c.sentence < part.sentence - 1:
            return None
        if (c.kind, c.unit) != (part.kind, part.unit):
            continue
        if c.low <= part.high and (c.per_unit_of is not None or _PER_ONE_OF_A_NOUN[lang].match(text, c.end)):
            skipped_per_unit = True
            continue  # (`or 70p a visitor`, `or £1,200 for every dog`: a figure per unit, passed over)
        if c.role != "value" or _earlier_level_of_a_change(figures, j, text, lang):
            return None  # (`up from £600,000 a year earlier`: `that` names the level before, no whole of the part)
        if _COMPARED_BEFORE[lang].search(text, max(0, c.start - _COMPARED_REACH), c.start):
            return None  # (`up £30,000 on last year's £150,000`)
        if _of_another_time(c, part, text, lang):
            continue  # (`800 tonnes this year and 900 tonnes last year. A quarter of that, 200 tonnes`)
        if skipped_per_unit and _another_in_reach(figures, j, part, text, lang):
            return None
        if not an_amount_as_stated(c, text, lang) or c.low <= part.high or periods_differ(c, part):
            return None
        return c
    return None


def _of_another_time(c: Claim, part: Claim, text: str, lang: str) -> bool:
    own = _OWN_WORDS.match(text, c.end)
    marks = {m.lower() for m in _OTHER_TIME[lang].findall(text, c.end, own.end())}
    if not marks:
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, part.start)), default=0)
    end = _SENTENCE_END.search(text, part.end)
    dated = {m.lower() for m in _OTHER_TIME[lang].findall(text, start, end.start() if end else len(text))}
    return not marks <= dated


def _another_in_reach(figures: list[Claim], found: int, part: Claim, text: str, lang: str) -> bool:
    """A second amount of the part's kind and unit, larger than it, before the one found and in the pronoun's reach."""
    for j in range(found - 1, max(-1, found - _LOOK_BACK), -1):
        c = figures[j]
        if c.sentence < part.sentence - 1:
            return False
        if (c.kind, c.unit) == (part.kind, part.unit) and an_amount_as_stated(c, text, lang) and c.low > part.high:
            return True
    return False
