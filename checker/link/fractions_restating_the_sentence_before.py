"""A sentence that only restates, as a fraction, the share of a part the sentence before drew from a whole its own
words mark (`참가 선수 800명 가운데 200명이 신인이었다. 4명 중 1명꼴이다.`): the fraction is that part's share of that
whole.

The fraction is the sentence's one figure and opens it, after at most a few words naming the pool (`신청자 3명 중
1명꼴이다`, none closed by a topic particle: the sentence has no subject of its own); its clause then closes as a
restatement (`[link.fraction_share_ends]`: `…꼴이다`, `…인 셈이다`) or makes the fraction the subject of a clause
closed as one (`[link.fraction_restating_subject_ends]`: `4대 중 1대꼴이 전기차인 셈이다`). The part is the one
amount of the sentence right before that its words draw from a whole of the same sentence (`W 가운데 P`, `W 중 P`,
read earlier: the part's `share_whole`) or, when that sentence opens with a mark of the parts of the sentence before
it (`이 가운데 P`), from that sentence's one level of its kind (checker/link/of_which_opener_wholes.py). A fraction
counted in a counter (`N명 중 M명`) takes only a part of that counter. A pool word before the fraction must name
the whole (stand in the words right before it). With none or two such parts, nothing is linked: the words do not
say which.
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.of_which_opener_wholes import opens_with_of_which, whole_of_the_sentence_before
from checker.link.restating_the_sentence_before import restate_share, sentences_after_the_first
from checker.models import Claim
from checker.regex_cache import compile_exact

_OPENING = ByLanguage(lambda w: r"(?:[^\W\d_]{1,12}\s){0,2}")
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.topic_particles})$")
_CLOSES = ByLanguage(lambda w: rf"(?:{w.fraction_share_ends}|{w.fraction_restating_subject_ends})")
# `10명 중 6명꼴`: the counter the fraction counts in
_COUNTED = compile_exact(r"[\d.,]+\s?(?P<counter>[^\W\d_]{1,3})\s?[^\W\d_]{1,3}\s?[\d.,]+\s?(?P=counter)")
_NAMING_REACH = 16  # characters before the whole where a pool word names it (`지원 신청자 1,200명`)


def link_fractions_restating_the_sentence_before(claims: list[Claim], text: str, lang: str, starts: list[int]) -> None:
    by_id: dict[str, Claim] | None = None
    for sentence, figures, before, by_sentence in sentences_after_the_first(claims):
        if len(figures) != 1 or sentence >= len(starts):
            continue
        rate = figures[0]
        if rate.kind != "fraction" or rate.role != "share" or rate.share_part or rate.share_whole:
            continue
        if not 0 < rate.value < 1:
            continue
        opening = text[starts[sentence] : rate.start].lstrip()
        if not _OPENING[lang].fullmatch(opening):
            continue
        if any(_TOPIC_END[lang].search(word) for word in opening.split()[:-1]):
            continue  # `여성은 10명 중 6명꼴이다`: a subject of its own (the last word must name the whole, below)
        if not _CLOSES[lang].match(text, rate.end):
            continue
        counted = _COUNTED.match(rate.text.strip())
        counter = counted.group("counter") if counted else None
        if by_id is None:
            by_id = {c.id: c for c in claims}
        found = []
        for part in before:
            if part.kind not in AMOUNTS or part.role != "value":
                continue
            whole = by_id.get(part.share_whole) if part.share_whole else None
            if whole is None and opens_with_of_which(part, text, lang, starts):
                whole = whole_of_the_sentence_before(part, by_sentence, text, lang)  # `이 가운데 P`
            elif whole is not None and whole.sentence != part.sentence:
                continue
            if whole is None or whole.unit != part.unit or not whole.low > part.high:
                continue
            if counter is not None and part.counter != counter:
                continue
            found.append((part, whole))
        if len(found) != 1:
            continue
        part, whole = found[0]
        pool = opening.split()
        if pool and pool[-1] not in text[max(0, whole.start - _NAMING_REACH) : whole.start]:
            continue  # `외국인 10명 중 …`: a pool the whole's words do not name
        restate_share(rate, part, whole)
