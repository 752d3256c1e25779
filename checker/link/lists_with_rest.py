"""A list of parts in one sentence that ends with the rest, after the story has stated their total: `Flu cases in
Wales have reached 2,310 this year. … Cardiff accounted for 910 cases, Swansea 620 and Newport 480, with 300
elsewhere in the country.`

Three or more figures of one unit and kind (counts of one counter, or bare) in a row, one after the other (a comma
or a list word and a name between, no other figure), none yet a part, a change or a share, the last named as the rest
(`[link.rest_labels]` before it: `other`, `the rest`; `[link.rest_after]` right after it: `elsewhere`): naming the
rest makes the list all of a whole. The whole is the largest figure of the unit stated in the four sentences before,
larger than every part and not stated for another period — or, of those, the one the parts add up to
(checker/link/wholes_agreeing.py); the list is closed. The whole is found by size, so the link is a guess. When a
smaller such figure stands after the largest (`Sales outside Europe reached €9m`, a part of the total that the list
may break down) and the parts add up to neither, the list's whole is not written: no link.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import periods_differ
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.wholes_agreeing import agreeing_whole
from checker.models import Claim
from checker.regex_cache import compile_exact

_GAP = 48
_GAP_TEXT = compile_exact(r"[^\d.!?\n%;()]*")
_SEPARATOR = ByLanguage(lambda w: rf",|(?<!\w)(?:{w.list_separators})(?!\w)", re.I)
_NAMED = compile_exact(r"[^\W\d_]")
_REST_BEFORE = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
_REST_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.rest_after})(?!\w)", re.I)
_REACH = 4  # sentences back to the whole
_SHARES = ("percent", "fraction")
# between a part and its share set after it: a comma and `or` (`1,000 blocks, or two fifths of …`)
_APPENDED_SHARE = ByLanguage(lambda w: rf",\s*(?:{w.or_words})\s+(?:(?:{w.hedges})\s+)?", re.I)
# `최근 5년 평균(1만480드럼)`, `the five-year average (10,480)`: an average, no total the parts add up to
_AVERAGE_BEFORE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.average_right_before})\s*$", re.I)


def link_lists_with_rest(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    for sentence, own in by_sentence.items():
        run = _run_with_rest(own, text, lang)
        if run is None:
            continue
        whole = None
        candidates = []  # every figure that may be the whole, nearest last
        for claim in figures:
            if claim.start >= run[0].start:
                break
            if sentence - claim.sentence > _REACH or claim.role != "value" or claim.forecast:
                continue
            if not _same_unit(claim, run[0]) or periods_differ(claim, run[0]) or not math.isfinite(claim.low):
                continue
            if any(claim.low <= part.high for part in run):
                continue
            if _AVERAGE_BEFORE[lang].search(text, max(0, claim.start - 24), claim.start):
                continue
            candidates.append(claim)
            if whole is None or claim.value > whole.value:
                whole = claim
        # (the largest, unless the parts add up to another of them: the taken-in and the adopted animals)
        agreeing = agreeing_whole(reversed(candidates), run)
        if agreeing is None and whole is not None and _nearer_whole(candidates, whole):
            continue
        whole = agreeing or whole
        if whole is None:
            continue
        for part in run:
            part.part_of = whole.id
            part.part_list = f"rest:{whole.id}"
            part.part_list_open = False
        whole.guesses = sorted(set(whole.guesses) | {"relation"})


def _nearer_whole(candidates: list[Claim], largest: Claim) -> bool:
    """`Revenue was €20m. … Sales outside Europe reached €9m. … China took €5m, Japan €4m and other markets
        €3m.`: a smaller figure stated after the largest, itself larger than every part, is a whole of its own (a part
        of the largest) that the list may break down; the rest then is the rest of that part, and which figure the list
        closes is not written. (A figure of another period, `nearly twice the 1,190 cases of last year`, is no part of
    the largest.)"""
    return any(
        claim.start > largest.start and claim.value < largest.value and not periods_differ(claim, largest)
        for claim in candidates
    )


def _run_with_rest(figures: list[Claim], text: str, lang: str) -> list[Claim] | None:
    run: list[Claim] = []
    after = 0  # where the joint to the next part starts: the last part's end, or the end of its share set after it
    for claim in figures:
        if run and claim.kind in _SHARES and _APPENDED_SHARE[lang].fullmatch(text, after, claim.start):
            # `1,000 blocks, or two fifths of them, councils 1,100 blocks …`: a part's share, set after it,
            # is no part and does not break the list
            after = claim.end
            continue
        member = (
            claim.kind in AMOUNTS
            and claim.role == "value"
            and claim.part_of is None
            and claim.change_of is None
            and claim.share_whole is None
            and math.isfinite(claim.high)
        )
        if member and run and _same_unit(claim, run[0]) and _joined(after, claim, text, lang):
            run.append(claim)
            after = claim.end
            continue
        if len(run) >= 3 and _ends_with_rest(run, text, lang):
            return run
        run = [claim] if member else []
        after = claim.end
    return run if len(run) >= 3 and _ends_with_rest(run, text, lang) else None


def _ends_with_rest(run: list[Claim], text: str, lang: str) -> bool:
    last_gap = text[run[-2].end : run[-1].start]
    return bool(_REST_BEFORE[lang].search(last_gap) or _REST_AFTER[lang].match(text, run[-1].end))


def _same_unit(one: Claim, other: Claim) -> bool:
    if (one.kind, one.unit) != (other.kind, other.unit):
        return False
    return one.kind != "count" or not one.counter or not other.counter or one.counter == other.counter


def _joined(end: int, other: Claim, text: str, lang: str) -> bool:
    if other.start - end > _GAP or not _GAP_TEXT.fullmatch(text, end, other.start):
        return False
    gap = text[end : other.start]
    # (`… and a £15,000 loan, together making up the remaining £60,000`: the sum of the list, not its rest)
    return bool(_SEPARATOR[lang].search(gap) and _NAMED.search(gap)) and not TOTAL_MARK_BEFORE[lang].search(gap)
