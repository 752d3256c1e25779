"""A rate of a part in its whole named by a noun of such rates, after the pair the sentence states: `시험한 2,000점
가운데 1,500점이 기준을 넘겨 합격률은 75.0%였다`, `The fleet logged 4,300 operating days out of 4,400 available, a
utilisation rate of 97.7%`.

The sentence marks the whole and its part (`W 가운데 P`, the whole before, read by checker/link/shares.py; `P out of
W`, the whole after, `[link.part_out_of_whole]`), then states a rate whose noun (`[link.part_rate_nouns]`: a pass
rate, a take-up rate, a utilisation rate, a share) makes it the part over the whole, with no other figure between.
The words say which figures the rate is of, so the link is no guess. A rate noun dated to an earlier period
(`[link.earlier_rate_marks]`: `지난해 비중 20%보다`) is not the pair's, nor a rate of use of seats, rooms or beds
(`객석 점유율`, `[link.use_rate_nouns]`) of a pair whose whole counts no such places.

The rate may open the next sentence's figures (`예산 38억원 가운데 25억원을 썼다. 집행률은 65.8%다`): the pair ends the
sentence before it, and the rate is the first figure after it, so nothing else stands between them.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.rates_of_use import capacity_count
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.part_rate_nouns})\s?(?:(?:{w.topic_particles})\s?)?(?:(?:{w.hedges})\s+)?$",
    re.I,
)
# (in the next sentence, the noun a word of its own: `사전투표율` is a rate of another count than the pair's; and
# opening that sentence or a clause of it after a comma, `…가장 많았고, 완주율은`: no words modify it, `전국 평균
# 집행률은` is a rate of another pair, the words before it name whose)
_RATE_NOUN_OPENS_NEXT = ByLanguage(
    lambda w: (
        rf"[^.!?]*[.!?][\"”’']?\s+(?:[^\d.!?]*,\s*)?(?:{w.part_rate_nouns})\s?(?:(?:{w.topic_particles})\s?)?"
        rf"(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
# (or after a word or two opening the next sentence, the last of them a noun the pair's sentence names, as a word or
# the end of one: `인삼 재배 농가 300곳 가운데 240곳이 … 피해 농가 비율은`: the rate of what the pair counts)
_RATE_NOUN_OPENS_NEXT_NAMED = ByLanguage(
    lambda w: (
        rf"[^.!?]*[.!?][\"”’']?\s+(?:[^\W\d_]+\s){{0,1}}(?P<noun>[^\W\d_]{{2,}})\s(?:{w.part_rate_nouns})\s?"
        rf"(?:(?:{w.topic_particles})\s?)?(?:(?:{w.hedges})\s+)?"
    ),
    re.I,
)
_PAIR_REACH = 40  # characters before the pair's whole where the noun a rate of the next sentence names may stand
# `지난해 비중 20%보다`, `last year's occupancy rate of 81%`: the rate noun dated to an earlier period
# (`[link.earlier_rate_marks]`), a rate not of the pair the sentence states now
_EARLIER_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?:{w.earlier_rate_marks})\s*(?:{w.part_rate_nouns})\s?(?:(?:{w.topic_particles})\s?)?"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
# `객석 점유율은 92%`: a rate of use of seats, rooms or beds (`[link.use_rate_nouns]`), the count used over the
# capacity (checker/link/rates_of_use.py): no share of a pair whose whole counts no places to use (`800회`)
# `against a turnout of 51%`: the rate noun after a word setting it against the pair's (`[link.compared_rate_marks]`)
_COMPARED_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?:{w.compared_rate_marks})\s+(?:(?:a|an|the)\s+)?(?:{w.part_rate_nouns})\s?"
        rf"(?:(?:{w.hedges})\s+)?$"
    ),
    re.I,
)
_USE_RATE_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.use_rate_nouns})\s?(?:(?:{w.topic_particles})\s?)?(?:(?:{w.hedges})\s+)?$", re.I
)
_OUT_OF = ByLanguage(lambda w: rf"[^\d.;:!?]{{0,40}}?\s(?:{w.part_out_of_whole})\s+(?:(?:{w.hedges})\s+)?$", re.I)
_RATE_NOUN_REACH = 40  # characters before the rate where its noun stands


def link_shares_of_part_rates(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    for i, rate in enumerate(figures):
        if rate.kind == "fraction" and i >= 2:
            _fraction_after_the_pair(figures, i, by_id, text, lang)
        if rate.kind in ("fraction", "percent") and i >= 2:
            _share_opening_the_next_clause(figures, i, by_id, text, lang)
        if rate.kind == "fraction":
            continue
        if rate.kind != "percent" or rate.role != "share" or rate.share_part or rate.whole or i < 2:
            continue
        if not 0 < rate.value <= 100:
            continue
        if not _RATE_NOUN_BEFORE[lang].search(text, max(0, rate.start - _RATE_NOUN_REACH), rate.start):
            continue
        if _EARLIER_RATE_NOUN_BEFORE[lang].search(text, max(0, rate.start - _RATE_NOUN_REACH), rate.start):
            continue  # (`지난해 비중 20%보다`: last year's share, not this pair's)
        if _COMPARED_RATE_NOUN_BEFORE[lang].search(text, max(0, rate.start - _RATE_NOUN_REACH), rate.start):
            continue  # (`against a turnout of 51%`: a rate the pair's is set against, another count's)
        last, before = figures[i - 1], figures[i - 2]
        if before.sentence != last.sentence or last.sentence not in (rate.sentence, rate.sentence - 1):
            continue  # (the pair in the rate's sentence, or ending the sentence right before it)
        if last.sentence != rate.sentence and not (
            _RATE_NOUN_OPENS_NEXT[lang].fullmatch(text, last.end, rate.start)
            or _names_the_pairs_noun(before, last, rate, text, lang)
        ):
            continue
        pair = None
        if by_id.get(last.share_whole or "") is before:
            pair = (last, before)  # `W 가운데 P이 …`: the whole marked before its part
        elif _OUT_OF[lang].fullmatch(text, before.end, last.start):
            pair = (before, last)  # `P out of W`
        if pair is None:
            continue
        part, whole = pair
        if _USE_RATE_NOUN_BEFORE[lang].search(
            text, max(0, rate.start - _RATE_NOUN_REACH), rate.start
        ) and not capacity_count(whole, lang):
            continue  # (`800회 가운데 520회가 매진돼 객석 점유율은 92%`: the seats' use, not the shows')
        if (part.kind, part.unit) != (whole.kind, whole.unit) or part.kind not in AMOUNTS:
            continue
        if part.role != "value" or not math.isfinite(whole.high) or not whole.value > part.value:
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id


def _names_the_pairs_noun(before: Claim, last: Claim, rate: Claim, text: str, lang: str) -> bool:
    """`인삼 재배 농가 300곳 가운데 240곳이 밭을 망쳤다. 피해 농가 비율은 80%`: the rate noun opening the next
    sentence after a word or two, the last a noun the pair's sentence names (a word, or a word's end: `인삼농가`
    names `농가`); `전국 평균 집행률은` names no noun of the pair: a rate of another pair."""
    found = _RATE_NOUN_OPENS_NEXT_NAMED[lang].fullmatch(text, last.end, rate.start)
    if found is None:
        return False
    noun = re.escape(found.group("noun"))
    return re.search(rf"{noun}(?![^\W\d_])", text[max(0, before.start - _PAIR_REACH) : last.end]) is not None


# (a fraction after the pair in its sentence: a particle, a clause of no figure and a comma, `12명이 대학생으로, `)
_PAIR_THEN_FRACTION = compile_exact(r"[^.;:!?()\n]{0,30}")
# (a fraction whose own words draw it from a pool, `다섯 명 중 네 명꼴` (`[link.pool_after]`): a part over a whole by
# its form; `절반`, `3분의 1` may be of another whole the clause goes on to name)
_POOL_IN_FRACTION = ByLanguage(lambda w: rf"\s(?:{w.pool_after})\s")
# (a fraction opening the next sentence: up to two words before it, `안내문 네 건 가운데`)
_FRACTION_OPENS_NEXT = compile_exact(r"[^.!?]*[.!?][\"”’']?\s+(?P<words>(?:[^\W\d_]+\s){0,2})")
# right after the fraction, a verb of change (`4곳 중 1곳꼴로 늘었다`): a fraction the count moved by, no share
_CHANGE_AFTER = ByLanguage(lambda w: rf"[^\W\d_]{{0,3}}\s?(?:{w.rise_verbs}|{w.fall_verbs})")
_WORD = compile_exact(r"[^\W\d_]+")


def _fraction_after_the_pair(figures: list[Claim], i: int, by_id: dict[str, Claim], text: str, lang: str) -> None:
    """`안전요원 15명 가운데 12명이 대학생으로, 다섯 명 중 네 명꼴이다`, `… 이 가운데 벚나무가 1만2천 그루다.
    열 그루 중 한 그루꼴이 …`: a fraction drawn from a pool by its own words (a part over a whole by its form, no
    rate noun needed) right after the pair the sentence marks (`W 가운데 P`), in its sentence or opening the next,
    no figure between, restates the part over the whole."""
    rate, last, before = figures[i], figures[i - 1], figures[i - 2]
    if rate.share_part or rate.whole or rate.role != "share" or not 0 < rate.value < 1:
        return
    if not _POOL_IN_FRACTION[lang].search(rate.text):
        return
    if by_id.get(last.share_whole or "") is not before or before.sentence != last.sentence:
        return  # `W 가운데 P`: the whole marked before its part
    if last.sentence == rate.sentence:
        if not _PAIR_THEN_FRACTION.fullmatch(text, last.end, rate.start):
            return
    else:
        opens = (
            _FRACTION_OPENS_NEXT.fullmatch(text, last.end, rate.start) if last.sentence == rate.sentence - 1 else None
        )
        if opens is None:
            return
        # (`화물선 10척 중 …`, `중학교는 4곳 중 …`: words before the fraction the pair's sentence does not write name
        # a pool or a subject of its own)
        said = text[max(0, before.start - _PAIR_REACH) : last.end]
        if any(word not in said for word in _WORD.findall(opens.group("words"))):
            return
    part, whole = last, before
    if part.counter and part.counter not in rate.text:
        return  # (`어선 500척 … 10명 중 4명꼴`: a fraction counting another thing)
    if _CHANGE_AFTER[lang].match(text, rate.end):
        return  # (`4곳 중 1곳꼴로 늘었다`: what the count moved by)
    if (part.kind, part.unit) != (whole.kind, whole.unit) or part.kind not in AMOUNTS:
        return
    if part.role != "value" or not math.isfinite(whole.high) or not whole.value > part.value:
        return
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"
    rate.label = rate.label or part.id


# (the pair's clause, no figure, up to a verb ending that links it to the next clause, perhaps a comma: `…가 김장에
# 나서 `, `…에 청년 부부가 살게 돼 `)
_PAIR_CLAUSE_THEN_SHARE = ByLanguage(lambda w: rf"[^\d.;:!?()\n]{{0,40}}?(?:{w.pair_clause_connectives}),?\s+")
_COPULA_THEN_SHARE = ByLanguage(lambda w: rf"(?:{w.pair_clause_copula_ends}),?\s+$")
_CLAUSE_SHARE_SUBJECT = ByLanguage(lambda w: rf"(?:{w.clause_share_subject_particles})")


def _share_opening_the_next_clause(figures: list[Claim], i: int, by_id: dict[str, Claim], text: str, lang: str) -> None:
    """`32가구 가운데 24가구가 김장에 나서 4분의 3이 손을 보탰다`,
    `30채 가운데 21채에 청년 부부가 살게 돼 70%가 주인을 찾았다`: a share opening the clause after
    the pair's (`W 가운데 P`, the whole marked before its part), right after the verb that links the
    two (`[link.pair_clause_connectives]`) and as that clause's subject, topic or place
    (`[link.clause_share_subject_particles]`), no figure between, restates the part over the whole.
    A noun right before the share (`부부 70%가`) names another pool; a verb of change after it makes
    it a change."""
    rate, last, before = figures[i], figures[i - 1], figures[i - 2]
    if rate.share_part or rate.share_whole or rate.whole or rate.role != "share":
        return
    if not 0 < rate.value < (1 if rate.kind == "fraction" else 100):
        return
    if last.sentence != rate.sentence or before.sentence != last.sentence:
        return
    if by_id.get(last.share_whole or "") is not before:
        return  # `W 가운데 P`: the whole marked before its part
    if not _PAIR_CLAUSE_THEN_SHARE[lang].fullmatch(text, last.end, rate.start):
        return
    if _COPULA_THEN_SHARE[lang].search(text, last.end, rate.start):
        return  # (`2만명이 외지인이어서 30%가 …`: the clause says what the part is; the share is of either figure)
    if not _CLAUSE_SHARE_SUBJECT[lang].match(text, rate.end) or _CHANGE_AFTER[lang].match(text, rate.end):
        return
    part, whole = last, before
    if (part.kind, part.unit) != (whole.kind, whole.unit) or part.kind not in AMOUNTS:
        return
    if part.role != "value" or not math.isfinite(whole.high) or not whole.value > part.value:
        return
    rate.share_part, rate.share_whole = part.id, whole.id
    rate.whole = rate.whole or f"of:{whole.id}"
    rate.label = rate.label or part.id
    # (`90곳 가운데 30곳이 냉해를 입어 절반이 보상을 받았다`: a half of the 30 is a reading too; a guess, so a mismatch
    # is a warning)
    rate.guesses = sorted(set(rate.guesses) | {"relation"})
