"""Two parts named together, then their sum: `국제선과 국내선을 합친 전체 여객은 1,099만명`, `외국인과 기관이 합쳐
4,886억원어치를 사들였다`, `Metro and bus together carried 1.82 billion passengers`.

The names are joined (`[link.name_joints]`, `[link.named_sum_marks]` after them: `과`, `합친`; `and`, `together`),
and the sum is the first figure after the mark in its clause. Each part is the latest figure stated before, in
the six sentences before the sum's, after its name: right after it (`국제선 여객은 812만명`, the name, perhaps a
noun, a particle), or in its sentence before it with no figure of its unit between (`The city's metro network
carried 612.4 million`). The parts are of the sum's unit and kind, smaller than it;
a part listed already in another total (a breakdown's category) also adds into this one (`tally_of`, a list of its
own); the sum is closed (the two names are all it adds). Found by names and position,
so a guess; nothing is linked when a name finds no figure or both find the same.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import word_forms
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_needs import may_match

_SENTENCES_BACK = 6
_NAME = r"[^\s\d,.;:()'\"’]{1,12}"
# `국제선과 국내선을 합친 `, `Metro and bus together carried `: two names, the mark, then up to 24 characters; the
# names may share a noun after them (`the gundog and terrier classes together`, `국제선과 국내선 여객을 합친`).
_NAMED_SUM = ByLanguage(
    lambda w: (
        rf"(?<![^\s(])(?P<a>{_NAME}?)\s?(?:{w.name_joints})\s?(?P<b>{_NAME}?)(?:\s{_NAME})?\s?"
        rf"(?:{w.name_pair_particles})?"
        rf"\s?(?:{w.named_sum_marks})(?P<gap>[^\d.;]{{0,24}}?)$"
    ),
    re.I,
    first_tested=False,
)
# Korean: the name right before the part (`국제선 여객은 `); the noun and the particle are optional.
_NAMED_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"\s?(?:{w.script_letters}{{1,4}}\s?)??(?:{w.topic_particles})?\s*[|:]?\s*$", first_tested=False
)


def link_named_sums(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (may_match(_NAMED_SUM[lang], text)):
        return  # (a sum is read only after the names it adds)
    figures = prose_figures(claims)
    wholes = {c.part_of for c in claims if c.part_of}
    for position, total in enumerate(figures):
        if total.kind not in AMOUNTS or total.role != "value" or total.part_of:
            continue
        if total.sentence >= len(sentence_starts):
            continue
        start = max(sentence_starts[total.sentence], total.start - 60)
        found = _NAMED_SUM[lang].search(text, start, total.start)
        if found is None:
            continue
        earlier = [c for c in figures[:position] if 0 < total.sentence - c.sentence <= _SENTENCES_BACK]
        parts = [_named_part(name, earlier, total, text, lang, sentence_starts) for name in found.group("a", "b")]
        if any(p is None for p in parts) or parts[0] is parts[1]:
            continue
        if total.id in wholes:
            # listed already (`A는 a, B는 b를 각각 …. A와 B가 합쳐 T`, an open list): the two names are all of it
            if {c.id for c in claims if c.part_of == total.id} == {p.id for p in parts}:
                total.open_list = False
            continue
        if any(part.part_of not in (None, total.id) for part in parts):
            # (`부별로는 초등부 a명, 중등부 b명, 고등부 c명. 초등부와 중등부를 합친 d명`: parts listed in a breakdown
            # already, each also adds into the named sum, checked as a list of its own)
            for part in parts:
                part.tally_of = [*part.tally_of, total.id]
        else:
            for part in parts:
                part.part_of = total.id
                part.part_list = f"named:{total.id}"
        total.open_list = False
        total.guesses = sorted(set(total.guesses) | {"relation"})


def _named_part(
    name: str, earlier: list[Claim], total: Claim, text: str, lang: str, sentence_starts: list[int]
) -> Claim | None:
    forms = word_forms(name)  # (`the gundog and terrier classes together`: `Gundogs were …`, `terriers with …`)
    right_before = re.compile(rf"(?:{forms})" + _NAMED_RIGHT_BEFORE[lang].pattern, re.I)
    in_sentence = re.compile(rf"(?<!\w)(?:{forms})(?!\w)", re.I)
    for claim in reversed(earlier):
        if (claim.unit, claim.kind) != (total.unit, total.kind) or claim.role != "value" or claim.forecast:
            continue
        if claim.counter and total.counter and claim.counter != total.counter:
            continue
        if claim.high >= total.low or total.id in claim.tally_of:
            continue
        if right_before.search(text, max(0, claim.start - len(name) - 8), claim.start):
            return _row_total(claim, earlier, total)
        sentence_start = sentence_starts[claim.sentence] if claim.sentence < len(sentence_starts) else 0
        named = list(in_sentence.finditer(text, sentence_start, claim.start))
        if named and not _figure_between(earlier, claim, named[-1].end()):
            return claim
    return None


def _row_total(claim: Claim, earlier: list[Claim], total: Claim) -> Claim:
    """`가람당 | 120 | 15 | 135`: the first cell after a row's name, in a table whose last column totals the row
    (checker/link/table_total_columns.py), stands for the name only in that column: the row's total is the name's
    figure (`가람당과 다온당을 합한 의석은 150석`)."""
    if not (claim.part_list or "").startswith("row:"):
        return claim
    row_total = next((c for c in earlier if c.id == claim.part_of), None)
    if row_total is None or row_total.line != claim.line or row_total.high >= total.low:
        return claim
    return row_total


def _figure_between(earlier: list[Claim], claim: Claim, after: int) -> bool:
    """Whether a figure of the claim's unit stands between the name and the claim (then the name's figure is
    that one, not this)."""
    return any(c.unit == claim.unit and after <= c.start < claim.start for c in earlier)
