"""A share of a whole named by the words its figure was stated after: `한별식품은 국내 4만개, 해외 6만개를
팔았다. … 두부가 1만2천개 팔려 국내 판매의 30%를 차지했다`, `기관은 800억원을 순매수했다. … 기관 순매수
금액의 40%가 한 종목에 몰렸다`.

Korean names the whole of a share by the genitive before the rate (`국내 판매의`, `[link.named_whole_of_share]`),
in the words that stood before the whole's own figure earlier in the story (`국내 4만개`, `기관은 800억원`). The
whole is the latest earlier figure whose word right before it (its particle dropped) is one of the words before
the rate's genitive, of the part's unit, kind and counter, larger than the part and dated to no other period. The
part is the nearest figure of an amount before the rate in its own sentence, or else the last one of the sentence
before. Nothing is linked when the story's total is named instead (`전체 매출의`: checker/link/share_subjects.py),
when the name refers back (`이 금액의`), or when the rate's clause goes on to a figure of the part's unit (`기관
순매수의 40%인 320억원`: that figure is the part). The whole is found by its name, the part by position: a guess.
"""

from __future__ import annotations

import math

from checker.extract.lang import ByLanguage
from checker.link.keys_differ import periods_differ
from checker.models import Claim

_AMOUNTS = ("money", "count", "measure")
# up to three words, then the genitive, right before the rate
_NAME_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<name>(?:{w.script_letters}+\s){{0,2}}{w.script_letters}+)(?:{w.named_whole_of_share})$",
    first_tested=False,
)
_TOTAL_NAMED = ByLanguage(lambda w: rf"(?:{w.whole_share_before})\s*$")
_BACK_REFERENCE = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})")
# the word right before a figure, then perhaps a subject or topic particle (`기관은 800억원`, `국내 4만개`)
_WORD_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<word>{w.script_letters}{{2,}}?)(?:{w.share_clause_subjects})?\s$",
    first_tested=False,
)
_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})|,")
_WINDOW = 24


def _word_before(text: str, figure: Claim, lang: str) -> str | None:
    found = _WORD_BEFORE[lang].search(text, max(0, figure.start - _WINDOW), figure.start)
    return found.group("word") if found else None


def link_named_wholes_of_shares(claims: list[Claim], text: str, lang: str) -> None:
    figures = [c for c in claims if c.role != "conversion" and not c.furniture]
    for position, rate in enumerate(figures):
        if rate.kind != "percent" or rate.role != "share" or rate.share_part is not None or not 0 < rate.value < 100:
            continue
        found = _NAME_BEFORE[lang].search(text, max(0, rate.start - _WINDOW), rate.start)
        if found is None or _TOTAL_NAMED[lang].search(text, max(0, rate.start - _WINDOW), rate.start):
            continue
        words = found.group("name").split()
        if _BACK_REFERENCE[lang].match(found.group("name")):
            continue
        before = [c for c in figures[:position] if c.kind in _AMOUNTS and math.isfinite(c.high)]
        own = [c for c in before if c.sentence == rate.sentence]
        last = [c for c in before if c.sentence == rate.sentence - 1]
        part = own[-1] if own else (last[-1] if last else None)
        if part is None or part.role != "value" or part.high <= 0:
            continue
        following = figures[position + 1] if position + 1 < len(figures) else None
        if (
            following is not None
            and following.sentence == rate.sentence
            and following.unit == part.unit
            and not _CLAUSE_END[lang].search(text, rate.end, following.start)
        ):
            continue  # `기관 순매수의 40%인 320억원`: the part follows its share
        whole = next(
            (
                c
                for c in reversed(before)
                if c.sentence < part.sentence
                and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
                and c.role == "value"
                and _word_before(text, c, lang) in words
            ),
            None,
        )
        if whole is None or whole.low <= part.high or periods_differ(whole, part):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})  # the whole found by its name, the part by position
