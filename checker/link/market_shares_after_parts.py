"""A share of `the market` after its part: `Sales of hybrids rose 12% to 40,000. Their share of the market rose to
20% from 18% a year earlier`, `Hybrids accounted for 40,000 registrations, giving them a 20% share of the market`.

The part is the last amount stated before the share (in its sentence, or in the one before when the share's sentence
opens by referring back, `Their`, `[link.back_reference_openers]`; no other share between);
the market is the story's total of the part's unit and kind, stated in an earlier sentence than the part: the
largest such figure of the part's period, not a running total (checker/link/cumulative_wholes.py) — found by size,
so a guess, and none when a second total stands beside it (checker/link/rival_wholes.py). Only `the market` with no
word between names the story's total; `the bus market` is a segment the story may not state.

A share restated as of a year earlier (`… to 20% from 18%`) is of the part's and the market's own earlier figures,
each the baseline or prior stated right after them (`to 40,000 from 36,000`).
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.cumulative_wholes import cumulative_ids
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.rival_wholes import has_rival_whole
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.models import Claim

# `Their share of the market dropped to 20%`: the noun, then a verb and `to` (no figure or clause end between).
_MARKET_SHARE_BEFORE = ByLanguage(lambda w: rf"(?:{w.share_of_the_market})[^\d.;,()]{{1,30}}$", re.I)
# `a 20% share of the market`
_MARKET_SHARE_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_of_the_market})", re.I)
# `to 20% from 18%`: the earlier share right after the share
_EARLIER_BETWEEN = ByLanguage(lambda w: rf"\s+(?:{w.from_words})\s+")
_WINDOW = 60
# `Their share of the market …`: a share's sentence that opens by referring back takes its part from the sentence
# before; one that names a subject of its own (`Uptake of hybrids rose to take a 9% share of the market`) does not.
_REFERS_BACK = ByLanguage(lambda w: rf"\s*(?:{w.back_reference_openers})\b", re.I)


def link_market_shares_after_parts(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    cumulative: set[str] | None = None
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        if not (
            _MARKET_SHARE_AFTER[lang].match(text, rate.end)
            or _MARKET_SHARE_BEFORE[lang].search(text, max(0, rate.start - _WINDOW), rate.start)
        ):
            continue
        part = _part_before(figures[:position], rate)
        if part is None or (
            part.sentence != rate.sentence and not _REFERS_BACK[lang].match(text, _sentence_start(text, rate.start))
        ):
            continue
        if cumulative is None:
            cumulative = cumulative_ids(figures, text, lang)
        whole = _market_total(figures, part, cumulative)
        if whole is None or has_rival_whole(whole, part, prose_by_sentence(claims)):
            continue
        _link(rate, part, whole)
        earlier = figures[position + 1] if position + 1 < len(figures) else None
        if (
            earlier is not None
            and earlier.kind == "percent"
            and earlier.role in ("prior", "baseline")
            and earlier.share_part is None
            and _EARLIER_BETWEEN[lang].fullmatch(text, rate.end, earlier.start)
        ):
            part_then, whole_then = _earlier_of(figures, part), _earlier_of(figures, whole)
            if part_then is not None and whole_then is not None and whole_then.high > part_then.high:
                _link(earlier, part_then, whole_then)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` opens: after the last line break or sentence end before it."""
    return max(text.rfind("\n", 0, position) + 1, max(text.rfind(". ", 0, position), -2) + 2, 0)


def _part_before(before: list[Claim], rate: Claim) -> Claim | None:
    for candidate in reversed(before):
        if rate.sentence - candidate.sentence > 1 or (candidate.kind == "percent" and candidate.role == "share"):
            return None  # too far back, or the share of another part stands between
        if candidate.kind in AMOUNTS and candidate.role == "value" and math.isfinite(candidate.high):
            return candidate
    return None


def _market_total(figures: list[Claim], part: Claim, cumulative: set[str]) -> Claim | None:
    """The largest figure of the part's unit and kind stated in a sentence before the part's, of its period."""
    found = None
    for claim in figures:
        if claim.sentence >= part.sentence:
            break
        if (claim.unit, claim.kind) != (part.unit, part.kind) or claim.role != "value" or claim.forecast:
            continue
        if claim.id in cumulative or claim.low <= part.high or periods_differ(claim, part):
            continue
        if found is None or claim.value > found.value:
            found = claim
    return found


def _earlier_of(figures: list[Claim], figure: Claim) -> Claim | None:
    """The baseline or prior stated right after a figure in its sentence (`to 40,000 from 36,000`)."""
    after = [c for c in figures if c.start > figure.end and c.sentence == figure.sentence]
    if (
        after
        and after[0].role in ("baseline", "prior")
        and (after[0].unit, after[0].kind) == (figure.unit, figure.kind)
    ):
        return after[0]
    return None


def _link(rate: Claim, part: Claim, whole: Claim) -> None:
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
    rate.label = rate.label or part.id
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
