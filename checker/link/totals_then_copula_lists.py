"""A total, then in its own sentence, past a clause joint, the list of its parts that ends the sentence on a copula:
`점포 수는 540개로, 가맹점 500개와 직영점 40개다`, `약 900명이 일하게 되는데, 현지 인력이 860명이고 파견 인력이
40명이다`.

The total is the sentence's first amount; a joint follows it within a few words (`[link.total_then_parts_joints]`:
`으로,`, `는데,`); then come two or more figures of its unit, kind and counter, one after another past a list joint
(`[link.sibling_joints]`: `와`, `이고`, or a comma) and a short label each, and the last one ends the sentence on a
copula (`[link.list_copula_ends]`: `다.`, `이었다.`). The list is every other figure of the sentence, none yet a part,
each below the total. The list is read as open (parts that fall short pass; parts that exceed the total are
reported): a copula says what the total is made of, but a list that names some of it (`회원은 900명으로, 창립 회원
30명과 명예 회원 12명이다`) is not wrong, while a false error costs more than a miss. A list ending on a verb
(`매출은 500억원으로, 영업이익 50억원과 순이익 30억원을 냈다`) is no breakdown of the total, and is not read; nor is a
list of the same count for other periods or bodies (`지난해 25만명과 재작년 20만명이었다`, `나래전자 700명과 다온전자
500명이다`: their own period words or names), or under a total that is a target, a forecast or a limit (`목표 인원은
1,000명인데, 현재 참가자가 700명이고 대기자가 400명이다`: `[link.rival_whole_nouns]`).
"""

from __future__ import annotations

from checker.extract.lang import ByLanguage
from checker.link.breakdowns import attach_parts
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.keys_differ import metrics_differ, named_differently, periods_differ
from checker.link.sentence_groups import group_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

_JOINT_AFTER_TOTAL = ByLanguage(
    lambda w: rf"[^\d.;:!?()\n,]{{0,16}}?(?:{w.total_then_parts_joints})\s?,\s[^\d.;:!?()\n,]{{0,20}}",
    first_tested=False,
)
_BETWEEN_PARTS = ByLanguage(
    lambda w: rf"\s?(?:,|(?:{w.sibling_joints}))\s[^\d.;:!?()\n,]{{0,20}}",
    first_tested=False,
)
_COPULA_END = ByLanguage(lambda w: rf"\s?(?:{w.list_copula_ends})\s*(?:\.|$)", first_tested=False)
_MOST_PARTS = 6
_SHARE_ADNOMINAL = ByLanguage(lambda w: rf"\s?(?:{w.share_then_part_adnominals})\s")
# in the total's sentence, a noun making it a target, a forecast or a limit (`목표 인원은 1,000명인데`, `정원은`):
# the figures after it are what stands now, no parts of it
_RIVAL_WHOLE = ByLanguage(lambda w: rf"(?:{w.rival_whole_nouns})")
_SENTENCE_BACK = compile_exact(r"[.!?\n]")
_WORDS_BEFORE = 40  # characters before the total where its own words stand


def link_totals_then_copula_lists(claims: list[Claim], text: str, lang: str) -> None:
    if not (may_match(_JOINT_AFTER_TOTAL[lang], text) and may_match(_COPULA_END[lang], text)):
        return  # (a list is read only after a total's joint and before a copula)
    figures = [c for c in claims if not c.furniture and c.role != "conversion"]
    wholes = {c.part_of for c in claims if c.part_of}
    for members in group_by_sentence(figures).values():
        if len(members) < 3:
            continue
        total, (parts, shares) = members[0], _parts_and_their_shares(members[1:], text, lang)
        if not 2 <= len(parts) <= _MOST_PARTS:
            continue
        if total.kind not in AMOUNTS or total.role != "value" or total.part_of or total.id in wholes:
            continue
        opening = {p.id: shares[p.id].start if p.id in shares else p.start for p in parts}
        if not _JOINT_AFTER_TOTAL[lang].fullmatch(text, total.end, opening[parts[0].id]):
            continue
        key = (total.unit, total.kind, total.counter)
        if any((p.unit, p.kind, p.counter) != key or p.role != "value" or p.part_of for p in parts):
            continue
        if any(not p.high < total.low for p in parts):
            continue  # (a part as large as the total: no breakdown of it)
        if not all(_BETWEEN_PARTS[lang].fullmatch(text, a.end, opening[b.id]) for a, b in zip(parts, parts[1:])):
            continue
        if not _COPULA_END[lang].match(text, parts[-1].end):
            continue
        if not _parts_of_the_total(total, parts, text, lang):
            continue
        attach_parts(parts, total, f"copula:{parts[0].id}", opened=True)
        wholes.add(total.id)
        for part_id, rate in shares.items():
            if not rate.share_part:
                part = next(p for p in parts if p.id == part_id)
                rate.share_part, rate.share_whole = part.id, total.id
                rate.whole, rate.label = rate.whole or f"of:{total.id}", rate.label or part.id


def _parts_and_their_shares(items: list[Claim], text: str, lang: str) -> tuple[list[Claim], dict[str, Claim]]:
    """The listed figures, and the shares set right before some of them (`군비가 60%인 12억 원이고`: a share
    of the total, then the word making it the part's, `[link.share_then_part_adnominals]`) by the part's id."""
    parts, shares = [], {}
    index = 0
    while index < len(items):
        item = items[index]
        if (
            item.role == "share"
            and item.kind in SHARE_WHOLES
            and not item.share_part
            and index + 1 < len(items)
            and _SHARE_ADNOMINAL[lang].fullmatch(text, item.end, items[index + 1].start)
        ):
            shares[items[index + 1].id] = item
            item = items[index + 1]
            index += 1
        parts.append(item)
        index += 1
    return parts, shares


def _parts_of_the_total(total: Claim, parts: list[Claim], text: str, lang: str) -> bool:
    """Whether the listed figures may be parts of the total, not the same count for other periods, other bodies or
    against another kind of whole: no part names its own period in the list (`관객은 30만명으로, 지난해 25만명과
    재작년 20만명이었다`), another body than the total's (`가람전자 직원은 900명으로, 나래전자 700명과 …`) or another
    metric, and the total is no target, forecast or limit (`목표 인원은 1,000명인데, 현재 참가자가 700명이고 …`)."""
    for part in parts:
        span = part.period_span
        if span is not None and "period" not in part.guesses and span.start >= total.end:
            return False  # (the part's own period words, in the list)
        if periods_differ(total, part) or metrics_differ(total, part) or named_differently(total, part, "entities"):
            return False
    before = text[max(0, total.start - _WORDS_BEFORE) : total.start]
    opening = _SENTENCE_BACK.split(before)[-1]
    return (
        _RIVAL_WHOLE[lang].search(opening) is None
        and _RIVAL_WHOLE[lang].search(text, total.end, parts[-1].start) is None
    )
