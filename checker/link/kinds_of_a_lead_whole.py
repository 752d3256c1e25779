"""Kinds of the thing a story is about, counted in a later sentence: `A Tarbert potter is making 640 teapots for a
shop in Turku. … She will send 410 brown teapots and 230 blue ones.`

A sentence lists two counts or more of one noun, joined by a comma or `and`, the first naming the noun (`410 brown
teapots`) and a later one standing for it by a pronoun of kind (`[link.kind_pronouns]`: `230 blue ones`), the others
the noun itself: the words split the noun's things by a property of theirs. The whole is the one figure of the noun
the lead states (checker/link/far_wholes.py, `whole_in_the_lead`): of the first count's noun, larger than each part,
stated for the parts' period. The list is open (the words do not say every kind is listed): parts that add up to more
than the whole are reported. The whole is found by position, so the link is a guess.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import whole_in_the_lead
from checker.link.inflections import singular
from checker.link.sentence_groups import group_by_sentence, prose_figures
from checker.link.wholes import join_parts
from checker.models import Claim
from checker.regex_cache import compile_exact

_GAP = 40  # characters of a part's own words before the joint to the next
# between two listed counts: the first's own words, a comma or `and` (no clause mark, no figure)
_JOINT = compile_exact(rf"[^\d.;:!?()\n]{{0,{_GAP}}}?(?:,\s*(?:and\s+)?|\s+and\s+)[^\d.;:!?()\n,]{{0,24}}", re.I)
_KIND_PRONOUN = ByLanguage(lambda w: rf"(?:{w.kind_pronouns})", re.I)


def link_kinds_of_a_lead_whole(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    counts = [c for c in figures if c.kind == "count" and c.role == "value" and c.counter]
    if len(counts) < 3:
        return
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    for members in group_by_sentence(counts).values():
        for run in _runs(members, text):
            parts = _kinds(run, lang)
            if parts is None or any(c.part_of or c.id in wholes or c.tally_of for c in parts):
                continue
            whole = whole_in_the_lead(figures, parts, frozenset(), text)
            if whole is None or whole.id in wholes:
                continue
            join_parts(whole, parts, wholes, closed=False)


def _runs(members: list[Claim], text: str) -> list[list[Claim]]:
    """The counts of a sentence in runs, each joined to the next by a list joint."""
    runs: list[list[Claim]] = []
    for c in members:
        if runs and _JOINT.fullmatch(text, runs[-1][-1].end, c.start):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [r for r in runs if len(r) >= 2]


def _kinds(run: list[Claim], lang: str) -> list[Claim] | None:
    """The run, when its first count names a noun, a later one stands for it by a pronoun of kind and the others
    count the noun itself."""
    noun = run[0].counter or ""
    if _KIND_PRONOUN[lang].fullmatch(noun):
        return None
    pronouns = [c for c in run[1:] if _KIND_PRONOUN[lang].fullmatch(c.counter or "")]
    if not pronouns:
        return None
    same = singular(noun.lower(), lang)
    if any(c not in pronouns and singular((c.counter or "").lower(), lang) != same for c in run[1:]):
        return None
    return run
