"""A lead in points between two rates: `The poll puts Labour on 41%, seven points ahead of the Conservatives
on 34%`, `gives Labour a six point lead with 40%. The Conservatives' 34% …`, `민주당 지지율은 41%, 국민의힘은
34%로 민주당이 7%포인트 앞섰다`.

A figure in points named a lead (`lead`, `ahead`, `앞섰다` after it; `a lead of`, `격차는` before it) is the
difference of the two rates it is between: the rates of its sentence when it states two, or its sentence's
one rate and the next sentence's one rate of the same metric in the paragraph, named by its holder
(`Labour's 34%`: the trailing party is often named next). Three rates or more: which two the lead is
between is not said, and nothing is linked. A lead has no sign: the larger rate minus the smaller. Points
between two percentages are percentage points (`seven points` is read as 7%p), and the lead becomes a
change of the larger rate measured from the smaller, which the rates kind checks. Language words are data
(`[link.lead_after]`, `[link.lead_before]`, `[link.point_counters]`, `[link.rate_holder_before]`).
"""

from __future__ import annotations

import dataclasses
import re

from checker.extract.lang import ByLanguage
from checker.link.point_clauses import in_points
from checker.link.sentence_groups import prose_figures
from checker.models import Claim

_LEAD_AFTER = ByLanguage(lambda w: rf"[\s-]*(?:{w.lead_after})", re.I)  # `seven points ahead`, `7%p 앞섰다`
_LEAD_BEFORE = ByLanguage(lambda w: rf"(?:{w.lead_before})\s*$", re.I)  # `a lead of seven points`
# `Labour's 31%`: a rate of the next sentence named by its holder (case matters: a name is capitalised)
_HOLDER_BEFORE = ByLanguage(lambda w: rf"(?:{w.rate_holder_before})\s*$")
_REACH_BEFORE = 20  # characters before a lead that may name it so
_RATE_ROLES = ("share", "value")


def link_leads(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    rates = [c for c in figures if c.kind == "percent" and c.role in _RATE_ROLES and c.change_of is None]
    for lead in figures:
        if lead.role != "value" or lead.change_of is not None or not in_points(lead, lang):
            continue
        if not (
            _LEAD_AFTER[lang].match(text, lead.end)
            or _LEAD_BEFORE[lang].search(text, max(0, lead.start - _REACH_BEFORE), lead.start)
        ):
            continue
        pair = _rates_of(lead, rates, text, lang)
        if pair is None:
            continue
        larger, smaller = sorted(pair, key=lambda c: c.value, reverse=True)
        if larger.value == smaller.value:
            continue
        if lead.kind != "pp":
            lead.quantity = dataclasses.replace(lead.quantity, kind="pp", unit="pp", counter=None)
        lead.role, lead.direction = "change", 1
        lead.change_of, lead.compared_to = larger.id, smaller.id


def _rates_of(lead: Claim, rates: list[Claim], text: str, lang: str) -> tuple[Claim, Claim] | None:
    """The two rates a lead is between: its sentence's two, or its sentence's one and the next sentence's
    one (in the paragraph), named by its holder."""
    here = [r for r in rates if r.sentence == lead.sentence]
    if len(here) == 2:
        return here[0], here[1]
    if len(here) != 1:
        return None
    following = [r for r in rates if r.sentence == lead.sentence + 1 and r.paragraph == lead.paragraph]
    if len(following) != 1 or not _alike(here[0], following[0]):
        return None  # `… a six point lead with 40%. Turnout was 65%, and 30% …`: not said which
    if not _HOLDER_BEFORE[lang].search(text, max(0, following[0].start - _REACH_BEFORE), following[0].start):
        return None  # `… a six point lead with 40%. Turnout was 65%.`: no party's rate
    return here[0], following[0]


def _alike(a: Claim, b: Claim) -> bool:
    """Rates of one thing: neither names a metric the other does not."""
    return (a.metric or None) == (b.metric or None)
