"""A competition ratio with the two counts it divides: `1200명을 뽑는 데 2만4000명이 지원해 평균 20대 1의
경쟁률`, `300가구 모집에 9000명이 몰려 30대 1`, `모집인원은 50명이지만 지원자가 2500명에 달해 50대 1`.

`N대 1` is applicants per place. In its sentence, before it (and after any earlier ratio there), one count
names the places — a recruiting word right after it (`뽑는`, `모집에`) or a noun of places right before it
(`모집인원이`) — and one other count names the applicants (`지원해`, `몰려`; `지원자가`): the ratio is the
applicants over the places, tied as a figure per unit (`per_unit_of` the applicants, `units_of` the places)
and checked by the per-unit kind. A count that reads as both, or two of either, ties nothing (`3대 1로
이겼다` names no places). Words are data (`[link.ratio_to_one]`, `[link.place_marks]`,
`[link.applicant_marks]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim

# `20.0대 1`: the figure is a ratio to one
_TO_ONE = ByLanguage(lambda w: rf"[\d.,]+\s?(?:{w.ratio_to_one})")
# a mark right after a count, past one particle (`1200명을 뽑는`, `300가구 모집에`, `2만명이 지원해`), or a
# noun right before it (`모집인원이 50명`, `지원자가 2500명`)
_AFTER = {
    kind: ByLanguage(lambda w, k=kind: rf"[^\W\d_]?\s?(?:{getattr(w, k)})")
    for kind in ("place_marks", "applicant_marks")
}
_BEFORE = {
    kind: ByLanguage(lambda w, k=kind: rf"(?:{getattr(w, k)})[^\W\d_]{{0,3}}\s?$")
    for kind in ("place_marks", "applicant_marks")
}
_MARK_REACH = 10  # characters before a count where the noun naming it stands


def link_competition_ratios(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role == "value" and not c.furniture and c.kind == "count"]
    # the extractor reads `20.0대 1` as a multiple over both numbers; a count `20.0대` is the same figure
    # read without its `1`
    ratios = [c for c in claims if c.role == "value" and not c.furniture and c.kind in ("count", "multiple")]
    by_sentence = group_by_sentence(figures)
    previous_end: dict[int, int] = {}
    for ratio in ratios:
        if not _TO_ONE[lang].match(text, ratio.start):
            continue
        since = previous_end.get(ratio.sentence, -1)
        previous_end[ratio.sentence] = ratio.end
        before = [c for c in by_sentence.get(ratio.sentence, []) if since <= c.start and c.end <= ratio.start]
        places = [c for c in before if _reads_as(c, "place_marks", text, lang)]
        applicants = [c for c in before if _reads_as(c, "applicant_marks", text, lang)]
        if len(places) != 1 or len(applicants) != 1 or places[0] is applicants[0] or places[0].low <= 0:
            continue
        ratio.per_unit_of, ratio.units_of = applicants[0].id, places[0].id


def _reads_as(count: Claim, kind: str, text: str, lang: str) -> bool:
    """The count names the places (or the applicants): by the word right after it, else by the noun right
    before it (`500명 모집에 1만명이 몰려`: `모집에` before the applicants is the places' word)."""
    after = {k for k in _AFTER if _AFTER[k][lang].match(text, count.end)}
    if not after:
        start = max(0, count.start - _MARK_REACH)
        after = {k for k in _BEFORE if _BEFORE[k][lang].search(text, start, count.start)}
    return after == {kind}
