"""A Korean share every reading before left without members: its part is the figure its clause states, its whole
the story's total of that figure's kind stated before.

The share names its whole by a noun only (`전체 관중의 11%`, `사업비의 30%`, `[link.named_whole_genitive]`, no figure
joined to it). Its part is, in this order:

- the amount the share is apposed to after it (`절반에 가까운 300톤`, `54%인 80억원`,
  `[link.share_apposed_to_its_part]`);
- else the nearest amount stated before it in its sentence, unless that amount's own words name the whole's noun
  (`필요한 15억원 … 필요액의 48%`: that figure is the whole, the part is elsewhere);
- else, when its sentence states no amount before it and the sentence before states a pool and the part drawn
  from it (`W로, 이 가운데 P`), that part, the pool its whole;
- else, when its sentence states no amount before it (a count of one in its opening subject, `A군 한 곳이`, is
  none), the level of the breakdown in the sentence before that the share's subject names (`A군이 900톤으로 …, B군
  600톤 …`: the one level whose own words state the subject), its whole the lead's or the story's as below, else the
  total the breakdown opens with (no smaller than its levels' sum: `모두 240곳으로 A 120곳, B 70곳 …`);
- else the one amount of the sentence before in its paragraph (two amounts of one kind there, or amounts of two
  kinds that each find a whole, leave the share unlinked: which one the share is of, the wording does not say).

An amount here is a level (money, a count, a measure): no prior, change, per-unit figure or share.

Its whole is the largest level of the part's kind, unit and counter stated before the part, in the part's or the
share's paragraph or in the lead, larger than the part and not stated for another period. A whole of a wider scope,
itself holding the story's total as a share's part (`전국 전체 점포 3,200곳 가운데 15%` of the chain's 480곳), gives
way to that total: the part is the company's, not the industry's.

Of the wholes found, a rounded or bounded restatement of another (a headline's `5천 명 넘어` over the lead's
`5천240명`) is that total said loosely, and a wider scope holding the lead's total as a share's part, stated after
it (`인구 2만5천 명의 40%`), gives way to that total.

A share counting a counter out of a round base (`10명 가운데 4명꼴`, `다섯 명 중 세 명꼴인 900명`) names the
story's total of that counter as `전체의` does: its part the level of that counter apposed to it, else the nearest
before it in its clause, else the one of the sentence before; its whole the larger level its sentence states first,
else the story's total. Words naming its pool right before it (`청년 회원 10명 중`), a pool word between the part
and it (`이 가운데`), a change closing its clause, or a level of another counter leave it to the other readings; one
restating a share right before it (`37.5%로 여덟 명 중 세 명꼴`) keeps that share's members.

Vetoes: the share, the subject of its clause, names its own part after it (`전체 예산의 35%는 축제에 쓰인다`);
the genitive names a past period (`지난해의 80%`, `[link.prior_period_genitive]`: a comparison, not a share);
a share above all of its whole; no larger level before. Runs after every other share reading (checker/link/__init__).

A share whose whole is the figure right before it (`W의 S`, `[link.whole_then_its_share]`; a target may be that
whole) takes as its part the one level of the whole's kind, unit and counter that is its sentence's subject (a topic
particle after it, no clause closed before the whole: `서점 14곳은 서점 58곳의 4분의 1꼴`), else, the sentence
stating none, the one level of the sentence before in its paragraph, the won a foreign sum is stated as included
(`1천500만 유로(약 230억 원) … 매출 600억 원의 3분의 1`); the share's sentence opens with no subject of its own (a
speaker before a quotation is none). Two such levels, one no smaller than the whole, of another period, metric or
company, a past period the whole is stated as (`지난해(60억 달러)의 80%`) or a figure of the whole's unit after the
share leave it unlinked.

A bare share set right after its part by a level's particle or a comma (`이 가운데 강사료가 3억6천만 원으로 90%를`,
`예산은 4억 원으로 군비가 3억 원, 75%를`; not the clause's subject, `120곳, 절반이 …`) is of the pool its sentence
marks, else of the one level of the part's kind its sentence states before the part (`_part_of_a_marked_pool`). A rate
named by a noun of a part over its whole right after a level (`1천310명으로 성공률이 38.3%`, `[link.part_rate_nouns]`;
a market's share, `점유율`, excepted) names the story's total as `전체의` would, its part that level, the one of its
kind its sentence states (`_part_before_a_part_rate`).

A share whose clause follows a sibling share's in its sentence (`백도가 전체의 58%를 차지했고, 황도는 4분의 1을
조금 웃돌았다`) takes the level of the breakdown before whose own clause states its subject, the sibling's whole
its whole (`_part_of_a_sibling_share`); a share of a whole stated right before it whose subject the lead's
sentence names (`화원군 물량은 전체 수출량(9천500톤)의 30%`) takes the lead's level (`_level_its_subject_names`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS, SHARE_WHOLES
from checker.link.keys_differ import metrics_differ, named_differently, periods_differ
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import group_by_paragraph, group_by_sentence, prose_figures
from checker.link.share_subjects import names_its_part_after
from checker.models import Claim
from checker.regex_cache import compile_exact

_NAMED_WHOLE = ByLanguage(lambda w: rf"(?P<noun>{w.named_whole_genitive})\s*$")
_GENITIVE_END = ByLanguage(lambda w: rf"\s?(?:{w.genitive})\s*$")
_BARE_WHOLE = ByLanguage(lambda w: rf"(?:{w.whole_marks})")
# a bare word right before the whole's noun (no particle ending it): a modifier of the noun
_NARROWING_WORD = ByLanguage(
    lambda w: rf"(?P<word>(?:{w.script_letters}){{2,}})(?<!{w.topic_particles})(?<!{w.share_particles})\s$"
)
_WHOLE_MARK_BEFORE = ByLanguage(lambda w: rf"(?:{w.whole_marks})\s?$")
_PRIOR_GENITIVE = ByLanguage(lambda w: rf"(?:{w.prior_period_genitive})\s?(?:{w.genitive})\s*$")
_SHARE_THEN_PART = ByLanguage(lambda w: rf"\s*(?:{w.share_apposed_to_its_part})\s*")
# a share whose hedge the extraction read with it (`4분의 3에 가까운`): the apposing words end the share's own text
_SHARE_ENDING_APPOSED = ByLanguage(lambda w: rf"(?:{w.share_apposed_to_its_part})$")
# `P로 전체의 Z%`: the level the share's clause reaches, joined to the share's whole noun
_LEVEL_THEN_SHARE = ByLanguage(
    lambda w: rf"\s*(?:{w.to_particles})\s+(?:(?:{w.whole_marks})\s?)?(?:{w.named_whole_genitive})\s*"
)
# the subject or topic opening the share's sentence (`고양이 계약은 전체의 20%`)
_OPENING_SUBJECT = ByLanguage(
    lambda w: rf"\s*(?P<word>(?:{w.script_letters}){{2,}})(?:{w.script_letters}|\s){{0,12}}?(?:{w.topic_particles})\s"
)
_PART_KINDS = ("money", "measure")
# right after a level, its topic particle and the noun labelling it before the list goes on (`2천만 원은 도비,`)
_LABEL_AFTER = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.topic_particles})\s+(?P<label>(?:{w.script_letters}){{2,}})(?=\s*[,.]|(?:{w.script_letters})?\s*[,.])"
    )
)
_DIGIT = compile_exact(r"\d")
_PRICE_BAND = ByLanguage(lambda w: rf"\s?(?:{w.price_band_after})")
# a level: what a share's part and whole are (a prior, a change, a per-unit figure or a share is neither)
_LEVEL_ROLES = ("value",)
_LEAD_PARAGRAPHS = 1  # paragraphs 0 (a headline) and 1 (the lead) hold the story's totals
_PARTICLE_THEN_DIGIT = 4  # characters after a noun in which its figure starts (`회원이 1만`)
_LEVEL_REACH = 1_000  # characters before a pool where a listed member's level is looked for
_NOUN_NEAR_WHOLE = 30  # characters before a whole in which a whole's own noun names it
# the end of a whole's noun right before its figure (perhaps with a topic particle)
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.topic_particles})$")
# a sentence opening on a pool named by its noun (a word or two before it, no figure), then a pool word: `선수 가운데`,
# `받는 가구 가운데`, `전체 참가자 중`
_NAMED_POOL_OPENS = ByLanguage(
    lambda w: (
        rf"\s*(?P<words>(?:[^\d\s.,]+\s){{0,2}}?)(?P<noun>(?:{w.script_letters}){{2,}})\s(?:{w.parts_follow_spaced})(?=\s)"
    )
)


def link_share_fallback_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = prose_figures(claims)
    shares = [
        c
        for c in figures
        if c.role == "share" and c.kind in SHARE_WHOLES and c.share_part is None and c.share_whole is None
    ]
    if not shares:
        return
    by_sentence = group_by_sentence(figures)
    by_paragraph = group_by_paragraph(figures)
    wholes_of_parts = {c.share_whole: c.share_part for c in figures if c.share_whole and c.share_part}
    parts = {c.share_part for c in figures if c.share_part}  # a share's part is no total
    by_id = {c.id: c for c in figures}
    inner_of = _InnerOf(wholes_of_parts, by_id)
    conversions = None  # (by sentence, read once a share needs them)
    for rate in shares:
        if rate.value is None or rate.value >= SHARE_WHOLES[rate.kind]:
            continue
        sentence = by_sentence[rate.sentence]
        at = sentence.index(rate)
        before = sentence[at - 1] if at else None
        among = before is not None and bool(_WHOLE_THEN_SHARE_AMONG[lang].fullmatch(text, before.end, rate.start))
        if before is not None and (among or _WHOLE_THEN_SHARE[lang].fullmatch(text, before.end, rate.start)):
            # (`계획 2천400대의 63.5%를 넘겼다`: the whole stated right before its share; its part stated before it)
            if conversions is None:
                conversions = _conversions(claims)
            where = _Where(text, lang, by_sentence, by_paragraph, sentence_starts, None, parts, inner_of)
            found = _part_of_stated_whole(rate, sentence, at, before, where, conversions, among)
            # (`직원은 P명이다. 전체 인력 W명의 Z%는 외부 용역이다`: the share names its own part, not the one before)
            if found is not None and not names_its_part_after(found, rate, text, lang):
                rate.share_part, rate.share_whole = found.id, before.id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})
                parts.add(found.id)
                if among:
                    # (the pool a story's own amount is drawn from is of a wider scope: a later share's whole gives
                    # way to that amount)
                    wholes_of_parts.setdefault(before.id, found.id)
            if found is not None or not among:
                continue
            # (`W 가운데 A가 절반인 P를`: a pool whose share is apposed to its part after it, read below)
        begin = before.end if before is not None else max(0, rate.start - 30)
        named = _NAMED_WHOLE[lang].search(text, begin, rate.start)
        if named is None and not _PRIOR_GENITIVE[lang].search(text, begin, rate.start):
            # (`공사비 24억 원 가운데 시가 절반인 12억 원을`, `이 가운데 국비가 30%인 6천만 원이고`: a share apposed to
            # its part, its whole the level its sentence marks as the pool the part is drawn from)
            where = _Where(text, lang, by_sentence, by_paragraph, sentence_starts, None, parts, inner_of)
            found = _part_of_a_marked_pool(rate, sentence, at, where)
            if found is None:
                # (`수강생은 3만 명으로, 10명 가운데 6명꼴이었다`: a share counting its own counter out of a round
                # base names the story's total of that counter as its whole, as `전체의` would)
                found = _part_and_whole_of_counted_share(rate, sentence, at, where, by_id)
            if found is None:
                # (`지난해 매출은 24억 원으로, 이번 계약이 그 35%에 해당한다`: `그` names the whole stated before)
                if conversions is None:
                    conversions = _conversions(claims)
                found = _part_of_that_whole(rate, sentence, at, where, conversions)
            if found is None:
                # (`백도가 전체의 58%를 차지했고, 황도는 4분의 1을 조금 웃돌았다`: a share after a sibling's, its
                # subject naming a level of the breakdown before, is of the sibling's whole)
                found = _part_of_a_sibling_share(rate, sentence, at, where, by_id)
            if (
                found is None
                and at
                and _PART_RATE_RIGHT_BEFORE[lang].search(text, sentence[at - 1].end, rate.start)
                and not _DIGIT.search(text, sentence[at - 1].end, rate.start)
                # (`가입자는 1천100만명으로 점유율 30.6%다`: a market's share, of the market, not of a figure stated)
                and not _MARKET_SHARE_RIGHT_BEFORE[lang].search(text, sentence[at - 1].end, rate.start)
            ):
                # (`담배를 끊은 사람은 1천310명으로 성공률이 38.3%였다`: a rate noun of a part over its whole
                # (`[link.part_rate_nouns]`) names the story's total as `전체의` would; its part the one level its
                # sentence states before it)
                found = _part_before_a_part_rate(rate, sentence, at, where)
            if found is not None and not names_its_part_after(found[0], rate, text, lang):
                rate.share_part, rate.share_whole = found[0].id, found[1].id
                rate.guesses = sorted(set(rate.guesses) | {"relation"})
                parts.add(found[0].id)
            continue
        if named is None or _PRIOR_GENITIVE[lang].search(text, begin, rate.start):
            continue
        # a noun of its own (`관중의`, `사업비의`; not a bare `전체의`) names its whole: the whole's words carry it
        noun = _GENITIVE_END[lang].sub("", named.group("noun"))
        if _BARE_WHOLE[lang].fullmatch(noun) or _WHOLE_MARK_BEFORE[lang].search(text, begin, named.start()):
            noun = None  # `전체의`, `전체 관중의`: the story's total, whatever its words
        else:
            # `활성 고객의`: the word that narrows the noun names the whole too (not `지방 고객` before)
            narrowing = _NARROWING_WORD[lang].search(text, begin, named.start())
            if narrowing is not None:
                noun = (narrowing.group("word"), noun)
        where = _Where(text, lang, by_sentence, by_paragraph, sentence_starts, noun, parts, inner_of)
        found = _part_and_whole(rate, sentence, at, where)
        if found is None:
            continue
        part, whole = found
        if names_its_part_after(part, rate, text, lang):
            continue  # `전체 예산의 Z%는 축제에 쓰인다`: the share names its own part, not the figure before
        wider = wholes_of_parts.get(whole.id)
        inner = by_id.get(wider) if wider else None
        if inner is not None and inner is not part and _may_be_whole(inner, part, where):
            whole = inner  # the story's own total, itself a share of a wider whole
        rate.share_part, rate.share_whole = part.id, whole.id
        parts.add(part.id)
        wholes_of_parts.setdefault(whole.id, part.id)


def _part_before_a_part_rate(rate: Claim, sentence: list[Claim], at: int, where: _Where) -> tuple[Claim, Claim] | None:
    """The level right before a rate named by a noun of a part over its whole (`1천310명으로 성공률이`), the one of its
    kind, unit and counter its sentence states, and the story's total of that kind as `전체의` would name it."""
    part = sentence[at - 1]
    key = (part.kind, part.unit, part.counter)
    if not _is_level(part) or sum((c.kind, c.unit, c.counter) == key for c in sentence[:at]) != 1:
        return None
    whole = _whole_of(part, rate, where)
    return (part, whole) if whole is not None else None


def _conversions(claims: list[Claim]) -> dict[int, list[Claim]]:
    """The won (or other equivalents) a foreign sum is stated as, by sentence."""
    found: dict[int, list[Claim]] = {}
    for c in claims:
        if c.role == "conversion" and not c.furniture:
            found.setdefault(c.sentence, []).append(c)
    return found


_WHOLE_THEN_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share}|{w.whole_then_its_share_apart})")
# `올해 어획량 1천450톤 가운데 28%가`: a pool, then the share drawn from it as its clause's subject or object
_WHOLE_THEN_SHARE_AMONG = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share_among})")
# a past period right before the whole, its figure in brackets or straight after it (`지난해(60억 달러)의 80%`)
_PRIOR_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?:{w.prior_period_genitive})\s?\(?\s*$")
_SUBJECT_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.topic_particles})\s")
_CLAUSE_END = ByLanguage(lambda w: rf"(?:{w.clause_ends})|,")
_PART_ROLES = ("value", "conversion")  # (`2천만 유로(약 300억 원)`: the won a foreign sum is stated as is its level)


def _part_of_stated_whole(
    rate: Claim,
    sentence: list[Claim],
    at: int,
    whole: Claim,
    where: _Where,
    conversions: dict[int, list[Claim]],
    among: bool = False,
) -> Claim | None:
    """The part of a share its whole is stated right before (`W의 S`): the one level of the whole's kind, unit and
    counter stated before the whole in its sentence (`폐업한 서점 14곳은 서점 58곳의 4분의 1꼴`), else, the sentence
    stating none, the one of the sentence before in its paragraph (`매출은 238억 원이다. 목표 330억 원의 4분의 3을
    채웠다`). Two of them, or one no smaller than the whole, of another period, metric or company, leave it unsaid;
    so does a figure of the whole's unit after the share in its sentence (the clause states its own part), a past
    period the whole is stated as (`수입은 지난해(60억 달러)의 80%`: a comparison), and a subject of its own opening
    the share's sentence when the part is the sentence before's."""
    if not (
        whole.kind in AMOUNTS
        and whole.role == "value"
        and whole.per_unit_of is None
        and whole.per_period_of is None
        and whole.change_of is None
        and rate.value < SHARE_WHOLES[rate.kind]
    ):
        return None  # (a target may be the whole: `목표 8천 명의 52%를 채웠다`)
    if _PRIOR_RIGHT_BEFORE[where.lang].search(where.text, max(0, whole.start - _NOUN_NEAR_WHOLE), whole.start):
        return None
    key = (whole.kind, whole.unit, whole.counter)
    if any((c.kind, c.unit) == key[:2] for c in sentence[at + 1 :]):
        return None
    own = [
        c
        for c in sentence[: at - 1] + [c for c in conversions.get(rate.sentence, []) if c.end <= whole.start]
        if (c.kind, c.unit, c.counter) == key
    ]
    if own:
        last = max(own, key=lambda c: c.start)
        # (the sentence's subject: a topic particle right after it, no clause closed before the whole; `320명을
        # 뽑았고 전체 2,000명의 16%를`, `3만 대보다 많은 목표 4만 대의 90%`: a part the share never states)
        if not _SUBJECT_AFTER[where.lang].match(where.text, last.end) or _CLAUSE_END[where.lang].search(
            where.text, last.end, whole.start
        ):
            return None
    if not own and among:
        # (`어획량 1천450톤 가운데 28%가 냉동된다`: a share drawn from a pool, its part unstated in its sentence, is the
        # story's own amount of the pool's unit: the lead's, else the one the story states before it)
        own = _story_level(rate, whole, key, where)
    elif not own:
        earlier = where.by_sentence.get(rate.sentence - 1, []) + conversions.get(rate.sentence - 1, [])
        own = [c for c in earlier if c.paragraph == rate.paragraph and (c.kind, c.unit, c.counter) == key]
        if own and not (
            _speaker_opens(rate, where) or _subject_continues(rate, sorted(earlier, key=lambda c: c.start), where)
        ):
            own = []
        if not own:
            # (`A군 물량은 전국 수출량(9천500톤)의 30%에 해당해`: a subject the lead's sentence names, the story's own
            # amount of the whole's unit its part)
            own = _level_its_subject_names(rate, whole, key, where)
    if len({c.value for c in own}) != 1:
        return None
    part = max(own, key=lambda c: c.start)
    if (
        part.role not in _PART_ROLES
        or part.per_unit_of is not None
        or part.per_period_of is not None
        or part.change_of is not None
        or part.forecast
        or not 0 < part.high < whole.low
        or _periods_differ(whole, part)
        or metrics_differ(whole, part)
        or named_differently(whole, part, "entities")
    ):
        return None
    return part


# right before a level, the word making it an average per thing (`평균 48만 원`): no pot of the story
_AVERAGE_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?:{w.share_story_average_before})\s?$")


def _story_level(
    rate: Claim,
    whole: Claim,
    key: tuple,
    where: _Where,
    roles: tuple[str, ...] = ("value",),
    equivalents: list[Claim] | None = None,
) -> list[Claim]:
    """The levels of the key, smaller than the whole, stated before the share's sentence: the lead's (the headline
    and the body's first paragraph stating a figure), else, the lead stating none, the story's (one value, or
    unsaid). `roles` and `equivalents` widen what counts as a level (`_story_amounts`)."""

    def ours(c: Claim) -> bool:
        return (
            (c.kind, c.unit, c.counter) == key
            and c.sentence < rate.sentence
            and c.role in roles
            and c.per_unit_of is None
            and c.per_period_of is None
            and c.part_of is None
            and c.id not in where.parts
            and 0 < c.low <= c.high < whole.low  # (`최대 60만 원`: a bound, no amount)
            and not _AVERAGE_RIGHT_BEFORE[where.lang].search(where.text, max(0, c.start - 8), c.start)
        )

    def of(paragraph: int) -> list[Claim]:
        figures = where.by_paragraph.get(paragraph, [])
        if not equivalents:
            return figures
        return sorted([*figures, *(c for c in equivalents if c.paragraph == paragraph)], key=lambda c: c.start)

    headline = opens_with_headline(where.text)
    paragraphs = sorted(p for p in where.by_paragraph if not (headline and p == 0))
    lead = {0} if headline else set()
    if paragraphs:
        lead.add(paragraphs[0])
    found = [c for p in sorted(lead) for c in of(p) if ours(c)]
    return found or [c for p in paragraphs for c in of(p) if ours(c)]


def _level_its_subject_names(rate: Claim, whole: Claim, key: tuple, where: _Where) -> list[Claim]:
    """The lead's levels of the key (`_story_level`) whose own sentence states the word opening the share's subject
    (`화원군 물량은 …의 30%` after `화원군은 … 수출량이 2천860톤으로`); a share opening on no subject of its own:
    none."""
    if rate.sentence >= len(where.sentence_starts):
        return []
    opening = _OPENING_SUBJECT[where.lang].match(where.text, where.sentence_starts[rate.sentence], rate.start)
    if opening is None or opening.end() > whole.start:
        return []
    word = opening.group("word")
    starts = where.sentence_starts
    headline = opens_with_headline(where.text)
    body = sorted(p for p in where.by_paragraph if not (headline and p == 0))
    if not body or rate.paragraph <= body[0]:
        return []  # (a share of the lead's own paragraph: the lead states its part beside it, if at all)

    def names(c: Claim) -> bool:
        end = starts[c.sentence + 1] if c.sentence + 1 < len(starts) else len(where.text)
        return word in where.text[starts[c.sentence] : end] if c.sentence < len(starts) else False

    # (the lead's levels only: `_story_level` reads the lead's paragraphs first, and the story's only when the lead
    # states none of the key, which no subject the lead names can be the level of)
    lead = {0, body[0]} if headline else {body[0]}
    return [c for c in _story_level(rate, whole, key, where) if c.paragraph in lead and names(c)]


# after the comma closing a sibling share's clause, the subject of the share's own clause (`, 황도는 `)
_CLAUSE_SUBJECT = ByLanguage(
    lambda w: rf",\s*(?P<word>(?:{w.script_letters}){{2,}})(?:{w.script_letters}|\s){{0,8}}?(?:{w.topic_particles})\s*"
)
_SIBLING_SENTENCES = 2  # sentences before the share where the breakdown naming its subject may stand
_SIBLING_REACH = 40  # figures of a sentence, before the share, where the level its subject names may stand


def _part_of_a_sibling_share(
    rate: Claim, sentence: list[Claim], at: int, where: _Where, by_id: dict[str, Claim]
) -> tuple[Claim, Claim] | None:
    """A share whose clause follows a sibling share's in its sentence (`백도가 전체의 58%를 차지했고, 황도는 4분의
    1을 조금 웃돌았다`, `초등부가 62.5%로 가장 많았고, 고등부는 8분의 1이었다`), no figure between: its part the
    one level of the sibling part's kind, unit and counter, in the share's paragraph before it, whose own clause
    states the share's subject (`황도가 1만1,400톤`); its whole the sibling's. No such level, two, or one no smaller
    than the whole: none."""
    if not at:
        return None
    sibling = sentence[at - 1]
    part_of_sibling, whole = by_id.get(sibling.share_part or ""), by_id.get(sibling.share_whole or "")
    if sibling.role != "share" or part_of_sibling is None or whole is None:
        return None
    subject = _CLAUSE_SUBJECT[where.lang].search(where.text, sibling.end, rate.start)
    if subject is None or subject.end() != rate.start:
        return None
    word = subject.group("word")
    key = (part_of_sibling.kind, part_of_sibling.unit, part_of_sibling.counter)
    found = []
    for number in range(max(0, rate.sentence - _SIBLING_SENTENCES), rate.sentence + 1):
        figures = where.by_sentence.get(number, [])
        opens = where.sentence_starts[number] if number < len(where.sentence_starts) else 0
        # (the figures nearest the share only: a sentence of thousands of figures is read no further back)
        first = max(0, len(figures) - _SIBLING_REACH) if number < rate.sentence else max(0, at - _SIBLING_REACH)
        for k in range(first, len(figures)):
            c = figures[k]
            if c.start >= rate.start or c.paragraph != rate.paragraph:
                continue
            clause_start = max(opens, figures[k - 1].end if k else opens)
            if (c.kind, c.unit, c.counter) == key and _is_level(c) and word in where.text[clause_start : c.start]:
                found.append(c)
    if len({c.value for c in found}) != 1:
        return None
    part = found[-1]
    if part is part_of_sibling or not 0 < part.high < whole.low:
        return None
    return part, whole


_QUOTE_OPENS = compile_exact(r"""\s*["“‘']""")


def _speaker_opens(rate: Claim, where: _Where) -> bool:
    """The share's sentence opens with its speaker and a quotation (`김 대표는 "목표 150억 원의 절반을 채웠다"`): the
    speaker is no subject of the figures."""
    if rate.sentence >= len(where.sentence_starts):
        return False
    opening = _OPENING_SUBJECT[where.lang].match(where.text, where.sentence_starts[rate.sentence], rate.start)
    return opening is not None and _QUOTE_OPENS.match(where.text, opening.end()) is not None


class _InnerOf:
    """A whole's id to the part its share states of it (`wholes_of_parts`, updated as shares are linked)."""

    __slots__ = ("wholes_of_parts", "by_id")

    def __init__(self, wholes_of_parts: dict, by_id: dict):
        self.wholes_of_parts, self.by_id = wholes_of_parts, by_id

    def get(self, whole_id: str) -> Claim | None:
        part_id = self.wholes_of_parts.get(whole_id)
        return self.by_id.get(part_id) if part_id and part_id != whole_id else None


class _Where:
    """What the reading of one share looks up: the text, its figures by sentence and paragraph, the whole's noun."""

    __slots__ = ("text", "lang", "by_sentence", "by_paragraph", "sentence_starts", "noun", "parts", "inner_of")

    def __init__(self, text, lang, by_sentence, by_paragraph, sentence_starts, noun, parts, inner_of=None):
        self.text, self.lang, self.noun, self.parts = text, lang, noun, parts
        self.by_sentence, self.by_paragraph, self.sentence_starts = by_sentence, by_paragraph, sentence_starts
        self.inner_of = inner_of or {}  # (a whole's id: the part of the share stated of it, read once per story)


def _own_share_before(share: Claim, level: Claim, where: _Where) -> bool:
    """Whether a level stands right after a share apposed to it (`절반인 9억 원`): a part of its own."""
    return share.role == "share" and share.kind in SHARE_WHOLES and _apposed(share, level, where)


def _whole_in_the_sentence_before(rate: Claim, after: Claim, key: tuple, where: _Where) -> tuple[Claim, Claim] | None:
    """The one level of the part's kind, unit and counter larger than the part in the sentence right before the
    share's, in its paragraph (two of them: which one, unsaid)."""
    earlier = [c for c in where.by_sentence.get(rate.sentence - 1, []) if c.paragraph == rate.paragraph]
    levels = [c for c in earlier if (c.kind, c.unit, c.counter) == key and _is_level(c) and c.value > after.value]
    if len({c.value for c in levels}) != 1:
        return None
    return (after, levels[0]) if _pool_whole(levels[0], after, where) else None


def _apposed(rate: Claim, after: Claim, where: _Where) -> bool:
    if _SHARE_THEN_PART[where.lang].fullmatch(where.text, rate.end, after.start):
        return True
    return not where.text[rate.end : after.start].strip() and bool(_SHARE_ENDING_APPOSED[where.lang].search(rate.text))


def _part_and_whole(rate: Claim, sentence: list[Claim], at: int, where: _Where) -> tuple[Claim, Claim] | None:
    text, lang = where.text, where.lang
    after = sentence[at + 1] if at + 1 < len(sentence) else None
    if after is not None and _is_apposed_level(after, where) and _apposed(rate, after, where):
        whole = _whole_of(after, rate, where)
        return (after, whole) if whole is not None else None
    before = sentence[at - 1] if at else None
    if (
        before is not None
        and _is_apposed_level(before, where)
        and _LEVEL_THEN_SHARE[lang].fullmatch(text, before.end, rate.start)
    ):
        whole = _whole_of(before, rate, where)
        return (before, whole) if whole is not None else None
    if at and not _within_the_subject(sentence[:at], rate, where):
        if _DIGIT.search(text, sentence[at - 1].end, rate.start):
            return None  # a figure the extraction left unread stands between: it may be the part
        return _the_one_part(sentence[:at], rate, where)
    earlier = [c for c in where.by_sentence.get(rate.sentence - 1, []) if c.paragraph == rate.paragraph]
    if not earlier or not _subject_continues(rate, earlier, where):
        return None
    pooled = _pool_and_its_part(earlier, rate, where)
    if pooled is not None:
        return pooled
    named = _part_its_subject_names(earlier, rate, where)
    if named is not None:
        # (`윗마을은 사과 생산량의 40%`: a noun the breakdown's sentence does not state, not its total)
        whole = _whole_of(named, rate, where) or (
            None if _names_another_whole(rate, where) else _breakdown_total(earlier, named, where)
        )
        return (named, whole) if whole is not None else None
    return _the_one_part(earlier, rate, where)


# between a share and a counted share restating it (`37.5%로 여덟 명 중 세 명꼴`)
_RESTATING = ByLanguage(lambda w: rf"\s*(?:{w.counted_share_restating_joints})\s*")
# right after a share, its clause going on to a change (`10명 중 4명꼴이 줄었다`)
_CHANGE_AFTER = ByLanguage(lambda w: rf"[^,.\d\n]{{0,6}}?(?:{w.rise_verbs}|{w.fall_verbs})")
# right before a share, bare words (no particle, comma or figure closing any) naming the pool it counts out of
_WORDS_BEFORE = ByLanguage(lambda w: rf"(?:^|[\s,])(?P<words>(?:(?:{w.script_letters})+\s)+)$")
_PARTICLE_ENDED = ByLanguage(
    lambda w: rf"(?:{w.script_letters})*?(?:{w.topic_particles}|{w.level_particles}|{w.share_particles})"
)
_POOL_WORDS_REACH = 24  # characters before a share where words naming its pool stand
# between a pool and the part drawn from it (`2천40건 접수됐는데, … 가운데 510건이`)
_POOL_MARK = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.parts_follow_spaced})(?![^\W\d_])")
# a share that counts a counter out of a round base (`10명 가운데 4명꼴`, `세 건 중 한 건꼴`): the counter before
# the word between the counts
_COUNTED_SHARE = ByLanguage(lambda w: rf"(?P<counter>[^\W\d_]+)\s?(?:{w.counted_share_among_ko})\s")


def _part_and_whole_of_counted_share(
    rate: Claim, sentence: list[Claim], at: int, where: _Where, by_id: dict[str, Claim]
) -> tuple[Claim, Claim] | None:
    """A share counting its counter out of a round base (`10명 가운데 4명꼴`): its part is the level of that counter
    apposed to it after it (`다섯 명 중 세 명꼴인 900명`), else the nearest one before it in its sentence, else the
    one its sentence before states in its paragraph; its whole the larger level of that counter its sentence states
    before the part (`응시자 30명 가운데 24명이 …, 다섯 명 중 네 명꼴`), else the story's total of the part's kind, unit
    and counter (`_whole_of`, as `전체의` names it). A level of another counter is no part of it."""
    counted = _COUNTED_SHARE[where.lang].search(rate.text)
    if rate.kind != "fraction" or counted is None:
        return None
    counter = counted.group("counter")
    run = _WORDS_BEFORE[where.lang].search(where.text, max(0, rate.start - _POOL_WORDS_REACH), rate.start)
    last = run.group("words").split()[-1] if run is not None else ""
    if last and not _PARTICLE_ENDED[where.lang].fullmatch(last):
        # (`올해 청년 회원 10명 중 3명인 60명`: words naming the pool the share counts out of, right before it; the
        # readings of a named pool take it, checker/link/shares.py)
        return None
    restated = [c for c in sentence[:at] if c.role == "share"]
    if restated and not _RESTATING[where.lang].fullmatch(where.text, restated[-1].end, rate.start):
        return None  # (`A가 전체의 40%로 가장 많았고, B는 10명 중 1명꼴`: another share's clause before, another part)
    if restated:
        # (`학생 비중은 37.5%로 여덟 명 중 세 명꼴이다`: a restatement of the share before, of its part and whole)
        by_id = {c.id: c for sentences in where.by_sentence.values() for c in sentences}
        part, whole = by_id.get(restated[-1].share_part or ""), by_id.get(restated[-1].share_whole or "")
        return (part, whole) if part is not None and whole is not None else None

    def of_counter(c: Claim) -> bool:
        return c.kind == "count" and (c.counter or "") == counter and _is_level(c)

    after = sentence[at + 1] if at + 1 < len(sentence) else None
    if after is not None and of_counter(after) and _apposed(rate, after, where):
        part, pool = after, [c for c in sentence[:at] if of_counter(c)]
    elif _CHANGE_AFTER[where.lang].match(where.text, rate.end):
        return None  # (`… 10명 중 4명꼴이 줄었다`: a clause going on to a change states no share)
    else:
        before = [c for c in sentence[:at] if c.kind in AMOUNTS]
        if before:
            if not of_counter(before[-1]) or _DIGIT.search(where.text, before[-1].end, rate.start):
                return None  # (the nearest amount of another counter, or a figure left unread between)
            if _POOL_MARK[where.lang].search(where.text, before[-1].end, rate.start):
                return None  # (`9만 명으로 이 가운데 10명 중 4명꼴이`: a share drawn from the level itself)
            part, pool = before[-1], [c for c in before[:-1] if of_counter(c)]
            if pool and _SIBLING_BETWEEN[where.lang].fullmatch(where.text, pool[-1].end, part.start):
                # (`물량은 일반형 150대와 화물형 50대로, 화물형은 4대 중 1대꼴이다`: levels listed side by
                # side are siblings, neither the other's whole; the share's clause subject names its part)
                return _listed_level_its_subject_names(rate, [*pool, part], where, by_id)
        else:
            earlier = [c for c in where.by_sentence.get(rate.sentence - 1, []) if c.paragraph == rate.paragraph]
            levels = [c for c in earlier if of_counter(c)]
            if not levels or not _subject_continues(rate, earlier, where):
                return None
            part, pool = levels[-1], levels[:-1]
            if len({c.value for c in levels}) > 1 and not (
                len(levels) == 2 and _POOL_MARK[where.lang].search(where.text, levels[0].end, part.start)
            ):
                return None  # (`A 3천 명, B 5천 명이었다. … 다섯 명 중 한 명꼴`: which one, the words do not say)
    larger = [c for c in pool if c.value > part.high and not _periods_differ(c, part)]
    if len({c.value for c in larger}) > 1:
        return None
    whole = larger[-1] if larger else _whole_of(part, rate, where)
    if whole is None or not whole.low > part.high:
        return None
    return part, whole


# two levels listed side by side (`150대와 화물형 50대`): a joint of siblings, no digit or sentence end between
_SIBLING_BETWEEN = ByLanguage(lambda w: rf"[^\d.;]{{0,30}}?(?:{w.sibling_joints})\s[^\d.;]{{0,30}}")


def _listed_level_its_subject_names(
    rate: Claim, levels: list[Claim], where: _Where, by_id: dict[str, Claim]
) -> tuple[Claim, Claim] | None:
    """A counted share after levels its sentence lists side by side (`소형 60대와 중형 30대로, 소형이 3대 가운데
    2대꼴`): its part the one listed level whose own words (after the figure before it) state the subject of the
    share's clause; its whole the total the levels are listed parts of, else the story's total of their kind. No
    subject, or one naming no level or two: None."""
    subject = _CLAUSE_SUBJECT[where.lang].search(where.text, levels[-1].end, rate.start)
    if subject is None or subject.end() != rate.start:
        return None
    word = subject.group("word")
    starts = where.sentence_starts
    begin = starts[rate.sentence] if rate.sentence < len(starts) else 0
    named = []
    for c in levels:
        if word in where.text[begin : c.start]:
            named.append(c)
        begin = c.end
    if len(named) != 1:
        return None
    part = named[0]
    whole = by_id.get(part.part_of or "") or _whole_of(part, rate, where)
    if whole is None or not whole.low > part.high:
        return None
    return part, whole


def _names_another_whole(rate: Claim, where: _Where) -> bool:
    """The share names its whole by a noun of its own (`사과 생산량의 40%`, `매출의 50%`) that the sentence before
    does not state: that sentence's breakdown (`윗마을 70곳, 아랫마을 50곳`) is not its whole."""
    if where.noun is None or rate.sentence < 1 or rate.sentence >= len(where.sentence_starts):
        return False
    before = where.text[where.sentence_starts[rate.sentence - 1] : where.sentence_starts[rate.sentence]]
    words = where.noun if isinstance(where.noun, tuple) else (where.noun,)
    return not all(word in before for word in words)


# between a pool and its part in the sentence before a share: `W로, 이 가운데 P`, `W 가운데 P`
_POOL_BETWEEN = ByLanguage(
    lambda w: rf"^[^.!?]*?(?:(?:{w.share_fallback_ko_this_pool})|^\s*(?:{w.parts_follow_spaced}))\s", re.S
)


def _pool_and_its_part(earlier: list[Claim], rate: Claim, where: _Where) -> tuple[Claim, Claim] | None:
    """The sentence before states a pool and the part drawn from it (`상자 900개로, 이 가운데 720개가 …`, `묘목 6만
    그루 가운데 4천 그루가`): a share naming no level of its own (`합격률은 80%`, `스무 상자 중 한 상자`) is that part's
    of that pool: the only two levels of one kind and counter there, the pool larger; any other level of their kind,
    another period, metric or company, or the pool itself a part leaves it unsaid."""
    ordered = sorted(earlier, key=lambda c: c.start)
    levels = [c for c in ordered if _is_apposed_level(c, where)]
    keys = {(c.kind, c.unit, c.counter) for c in levels}
    pairs = [[c for c in levels if (c.kind, c.unit, c.counter) == key] for key in keys]
    pairs = [pair for pair in pairs if len(pair) == 2]
    if len(pairs) != 1:
        return None
    pool, part = pairs[0]
    if not _POOL_BETWEEN[where.lang].search(where.text[pool.end : part.start]):
        return None
    return (part, pool) if _pool_whole(pool, part, where) else None


def _within_the_subject(before: list[Claim], rate: Claim, where: _Where) -> bool:
    """The figures before a share all words of its sentence's opening subject (`A동 한 곳이 전체의 …`): no level
    of the clause, the subject naming one of the sentence before."""
    if rate.sentence >= len(where.sentence_starts):
        return False
    opening = _OPENING_SUBJECT[where.lang].match(where.text, where.sentence_starts[rate.sentence], rate.start)
    return opening is not None and all(c.end <= opening.end() and c.value == 1 for c in before)


def _breakdown_total(earlier: list[Claim], part: Claim, where: _Where) -> Claim | None:
    """The total a breakdown's sentence opens with (`정류장은 모두 180곳으로 A동 90곳, B동 55곳 …`): the first level of
    the part's kind and counter, before the part, no smaller than the sum of the levels after it (a list's parts
    never add up to more than their total)."""
    key = (part.kind, part.unit, part.counter)
    levels = sorted((c for c in earlier if (c.kind, c.unit, c.counter) == key and _is_level(c)), key=lambda c: c.start)
    if len(levels) < 3 or levels[0] is part:
        return None
    total, rest = levels[0], levels[1:]
    if part not in rest or total.value < sum(c.value for c in rest) or total.id in where.parts:
        return None
    return total if not metrics_differ(total, part) and not named_differently(total, part, "entities") else None


def _part_its_subject_names(earlier: list[Claim], rate: Claim, where: _Where) -> Claim | None:
    """Of a breakdown in the sentence before (`A동이 420대, B동 260대 …`), the level the share's sentence names as
    its subject (`A동 한 곳이 전체의 40%`): the one whose own words, between the figure before it and it, state
    that subject; no such level, or two, or one of another kind than the others of its breakdown: None."""
    starts = where.sentence_starts
    opening = _OPENING_SUBJECT[where.lang].match(where.text, starts[rate.sentence], rate.start)
    if opening is None or rate.sentence - 1 >= len(starts):
        return None
    word = opening.group("word")
    begin = starts[rate.sentence - 1]
    found = []
    for c in sorted(earlier, key=lambda c: c.start):
        # (a level labelled after it, `2천만 원은 도비, 5천만 원은 군비`: the label is the level's, not the next one's)
        labelled = _LABEL_AFTER[where.lang].match(where.text, c.end)
        if word in where.text[begin : c.start] or (labelled is not None and word in labelled.group("label")):
            found.append(c)
        begin = labelled.end() if labelled is not None else c.end
    if len(found) != 1 or not _is_apposed_level(found[0], where):
        return None
    part = found[0]
    # (a breakdown: another level of the part's kind and counter in the sentence before, the subject picking one)
    if not any(c is not part and (c.kind, c.unit, c.counter) == (part.kind, part.unit, part.counter) for c in earlier):
        return None
    return part


def _the_one_part(figures: list[Claim], rate: Claim, where: _Where) -> tuple[Claim, Claim] | None:
    """The one level among the figures that has a whole: two amounts of one kind there (a list of parts), or
    levels of two kinds that each find a whole, leave the share unlinked."""
    found = []
    for key in {(c.kind, c.unit, c.counter) for c in figures if c.kind in AMOUNTS}:
        of_key = [c for c in figures if (c.kind, c.unit, c.counter) == key]
        if len(of_key) != 1:
            return None
        if _is_level(of_key[0]) and not _is_part_level(of_key[0], where):
            return None  # a count beside the amount (`P명이 1인당 N원을 낸`): the share may be of either
        if not _is_level(of_key[0]):
            continue
        whole = _whole_of(of_key[0], rate, where)
        if whole is not None:
            found.append((of_key[0], whole))
    return found[0] if len(found) == 1 else None


# right after a share, a subject's particle (`[link.share_subject_particles]`): the share is its clause's subject
_SHARE_AS_SUBJECT = ByLanguage(lambda w: rf"(?:{w.share_subject_particles})\s")


def _subject_continues(rate: Claim, earlier: list[Claim], where: _Where) -> bool:
    """The share's sentence opens with no subject of its own, or with one the sentence before names: `고양이는 …
    2만건이었다. 고양이 계약은 전체의 20%로`, not `남은 40톤은 …. 수출 물량은 전체의 12%다`."""
    starts = where.sentence_starts
    if rate.sentence >= len(starts):
        return False
    if _SHARE_AS_SUBJECT[where.lang].match(where.text, rate.end):
        return False  # (`전체 생산량의 절반이 대기업에 납품된다`: the share is its clause's subject, a part of its own)
    opening = _OPENING_SUBJECT[where.lang].match(where.text, starts[rate.sentence], rate.start)
    if opening is None:
        return True
    stem = opening.group("word")[:2]
    return stem in where.text[starts[rate.sentence - 1] : earlier[-1].start]


def _is_level(claim: Claim, forecast: bool = False) -> bool:
    return (
        claim.kind in AMOUNTS
        and claim.role in _LEVEL_ROLES
        and claim.per_unit_of is None
        and claim.per_period_of is None
        and claim.change_of is None
        and (forecast or not claim.forecast)
        and claim.value is not None
    )


def _is_part_level(claim: Claim, where: _Where) -> bool:
    """A level that may be a share's part: an amount of money or a measure (a count's total may be a count of another
    counter or another period, which the reading of counts in checker/link/shares.py weighs), not a band of prices
    (`10만 원대 세트`)."""
    return _is_level(claim) and claim.kind in _PART_KINDS and not _PRICE_BAND[where.lang].match(where.text, claim.end)


def _is_apposed_level(claim: Claim, where: _Where) -> bool:
    """A level joined to its share by the clause itself (`108곳으로 전체의 45%`, `절반인 300명`): an amount of money or
    a measure, or a count of a counter (`곳`, `명`), whose whole must count the same counter."""
    return _is_part_level(claim, where) or (
        _is_level(claim)
        and claim.kind == "count"
        and bool(claim.counter)
        and not _PRICE_BAND[where.lang].match(where.text, claim.end)
    )


def _may_be_whole(whole: Claim, part: Claim, where: _Where, forecast: bool = False) -> bool:
    return (
        (_is_level(whole) or (forecast and whole.forecast and _is_level(whole, forecast=True)))
        and (whole.kind, whole.unit, whole.counter) == (part.kind, part.unit, part.counter)
        and whole.sentence < part.sentence  # (a level beside the part in its sentence is a sibling, not its whole)
        and whole.value > part.value
        and whole.part_of is None
        and whole.id not in where.parts
        and not _periods_differ(whole, part)
        and not metrics_differ(whole, part)
        and not named_differently(whole, part, "entities")
        and _named_near(whole, where)
    )


def _named_near(whole: Claim, where: _Where) -> bool:
    """The whole's own words, just before it, carry the share's noun (and the word narrowing it)."""
    if where.noun is None:
        return True
    near = where.text[max(0, whole.start - _NOUN_NEAR_WHOLE) : whole.start]
    words = where.noun if isinstance(where.noun, tuple) else (where.noun,)
    return all(word in near for word in words)


def _periods_differ(whole: Claim, part: Claim) -> bool:
    """Stated for two periods, neither within the other (a month's part of its year's total is a part)."""
    if not periods_differ(whole, part):
        return False
    one, other = str(whole.period), str(part.period)
    return not (one.startswith(other) or other.startswith(one))


def _before(one: Claim, best: Claim, where: _Where) -> bool:
    """`전체의`: the story's total, the largest; a noun of its own (`사업비의`): the nearest it names."""
    return one.value > best.value if where.noun is None else one.start > best.start


def _whole_of(part: Claim, rate: Claim, where: _Where, rivals: bool = True) -> Claim | None:
    """The largest level of the part's kind before it, in its or the share's paragraph or the lead (`rivals`: a count
    of another counter before it leaves the whole unsaid, unless a noun names it)."""
    found = [
        c
        for paragraph in {part.paragraph, rate.paragraph, *range(_LEAD_PARAGRAPHS + 1)}
        for c in where.by_paragraph.get(paragraph, [])
        if c is not part and _may_be_whole(c, part, where)
    ]
    if not found:
        # (the story's total stated in a paragraph of its own, after the lead: `가맹점은 1,046곳으로 …` two
        # paragraphs before `108곳으로 전체의 45%`): the one level of the part's kind before it, anywhere before
        found = [
            c
            for paragraph in range(_LEAD_PARAGRAPHS + 1, part.paragraph)
            for c in where.by_paragraph.get(paragraph, [])
            if c is not part and _may_be_whole(c, part, where)
        ]
    found = _one_total_restated(found, part, where)
    best = None
    values = set()
    for c in found:
        values.add(c.value)
        if best is None or _before(c, best, where):
            best = c
    if len(values) > 1:
        # two wholes its noun names (`활성 고객 … 지방의 활성 고객`), or two totals before a bare `전체의`: which one,
        # the wording does not say
        return None
    if best is not None and part.kind == "count" and rivals and _rival_count(best, part, where):
        return None
    if (
        best is not None
        and best.paragraph > _LEAD_PARAGRAPHS
        and any(
            c.value != best.value
            for paragraph in range(_LEAD_PARAGRAPHS + 1)
            for c in where.by_paragraph.get(paragraph, [])
            if c.forecast and c is not part and _may_be_whole(c, part, where, forecast=True)
        )
    ):
        # (`생산량이 2천160톤에 이를 것` in the lead … `전체 생산량의 40%인 864톤`: the story's total is a forecast, a
        # rival to a larger level of a later paragraph, `생고추는 1만800톤`: which one the share is of, unsaid; a level
        # the lead states beside a target, `18만6천 명 … 목표 15만 명`, is the story's total still)
        return None
    return best


def _one_total_restated(found: list[Claim], part: Claim, where: _Where) -> list[Claim]:
    """The candidate wholes less the ones that restate another or hold it: a level that is itself the whole of a
    share whose part is the lead's level of the part's kind larger than it, stated before it (`1만 명 … 인구 2만5천
    명의 40%`), is a wider scope, that share's part the story's total in its place (a lead's total stated first and
    a share of it after, `90억 원 … 매출의 3분의 2인 60억 원`, keeps the total); a rounded or bounded figure whose
    interval holds another's value (a headline's `5천 명 넘어` over the lead's `5천240명`) is that total said
    loosely."""
    if not found:
        return found
    key = (part.kind, part.unit, part.counter)
    kept: list[Claim] = []
    for c in found:
        inner = where.inner_of.get(c.id)
        if (
            inner is not None
            and (inner.kind, inner.unit, inner.counter) == key
            and _is_level(inner)
            and inner.paragraph <= _LEAD_PARAGRAPHS  # (the story's total is the lead's: a breakdown's level is a part)
            and inner.start < c.start  # (the total stated first, the wider scope set beside it after)
            and inner.value > part.value
            and inner.sentence < part.sentence
            and not _periods_differ(inner, part)
        ):
            c = inner  # (the wider scope's share names the story's own total)
        if c not in kept:
            kept.append(c)
    return [
        c
        for c in kept
        if not any(
            o.value != c.value and c.low <= o.value <= c.high and (c.high - c.low) > (o.high - o.low) for o in kept
        )
    ]


def _rival_count(whole: Claim, part: Claim, where: _Where) -> bool:
    """A count of another counter larger than the part, stated before it as far back as the whole (`좌석 1,200개` beside
    `공연 40회`): a counter counting anything may count the part's things as well; which total, unsaid."""
    for paragraph in range(min(whole.paragraph, _LEAD_PARAGRAPHS), part.paragraph + 1):
        for c in where.by_paragraph.get(paragraph, []):
            if (
                c.kind == "count"
                and c.counter != part.counter
                and c.start < part.start
                and c.value > part.value
                and _is_level(c)
            ):
                return True
    return False


# right after a level, the mark of a pool its parts are drawn from (`24억 원 가운데`)
_POOL_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.parts_follow_spaced})(?=\s)")
_POOL_SENTENCES = 3  # sentences before a `이 가운데` where its pool may stand (a per-unit aside between)
# before a share in its sentence, the pool of the sentence before (`이 가운데`, `이 중`), opening the sentence or after
# its subject (`조합은 이 가운데`)
_THIS_POOL_BEFORE = ByLanguage(lambda w: rf"(?<!\S)(?:{w.share_fallback_ko_this_pool})\s")
# right before a share, a word pointing back at the whole its sentence (or the one before) states (`총상금은 1천500만
# 원으로 우승자에게 그 3분의 1인 500만 원이`)
_THAT_WHOLE_BEFORE = ByLanguage(lambda w: rf"(?<!\S)(?:{w.share_fallback_ko_that_whole_before})\s?$")
# right before a share, a rate noun of a part over its whole and its particle (`성공률이 `, `완주율은 `)
_PART_RATE_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.part_rate_nouns})\s?(?:(?:{w.topic_particles})\s?)?(?:(?:{w.hedges})\s+)?$"
)
_MARKET_SHARE_RIGHT_BEFORE = ByLanguage(lambda w: rf"(?:{w.market_share_before})\s?(?:(?:{w.hedges})\s+)?$")
# between a part and the bare share set right after it (`3억 원으로 75%를`, `3억 원, 75%를`)
_LEVEL_THEN_BARE_SHARE = ByLanguage(lambda w: rf"\s*(?:(?:{w.to_particles})\s*,?|,)\s*")


def _pool_whole(whole: Claim, part: Claim, where: _Where) -> bool:
    return (
        _is_level(whole)
        and (whole.kind, whole.unit, whole.counter) == (part.kind, part.unit, part.counter)
        and whole.value > part.value
        and whole.part_of is None
        and whole.id not in where.parts
        and not _periods_differ(whole, part)
        and not metrics_differ(whole, part)
        and not named_differently(whole, part, "entities")
    )


def _part_of_that_whole(
    rate: Claim, sentence: list[Claim], at: int, where: _Where, conversions: dict[int, list[Claim]]
) -> tuple[Claim, Claim] | None:
    """A share right after `그` (that), no part apposed to it: `그` names the whole stated before it. The sentence's
    one level before the share, closed by a clause ending (`매출은 24억 원으로, 이번 계약이 그 35%에 해당한다`,
    `생산능력은 연 3만 개인데, 이번 물량이 그 53%를`), is the whole, its part the story's one level of its
    kind smaller than it stated before the sentence (the thing the subject names again, `이번 계약`); the sentence's
    one level its subject (a topic particle after it, `이번 물량 3천200ℓ는 그 5%를`) is the part, its whole the one
    level of its kind larger than it in the sentence before, in its paragraph. Two values, or none: unsaid."""
    text, lang = where.text, where.lang
    if not _THAT_WHOLE_BEFORE[lang].search(text, max(0, rate.start - 4), rate.start):
        return None
    after = sentence[at + 1] if at + 1 < len(sentence) else None
    if after is not None and _apposed(rate, after, where):
        return None  # (`그 절반인 500만 원`: the marked pool's reading)
    levels = [c for c in sentence[:at] if c.kind in AMOUNTS and _is_level(c) and c.id not in where.parts]
    if not levels:
        return None
    # (the last level before the share; a count of one naming the subject, `이번 계약 한 건이`, is none)
    level = next((c for c in reversed(levels) if not (c.kind == "count" and c.value == 1)), None)
    if level is None:
        return None
    key = (level.kind, level.unit, level.counter)
    if any((c.kind, c.unit, c.counter) == key and c is not level for c in levels):
        return None  # (two levels of its kind: which one `그` names, unsaid)
    if _CLAUSE_END[lang].search(text, level.end, rate.start):
        found = _story_amounts(rate, level, key, where, conversions)
        if len({c.value for c in found}) != 1:
            return None
        # (`지난해 말 조사한 빈집은 586채로, 이번에 고친 빈집은 그 36%`: `그` names the whole whatever its period)
        return (found[-1], level) if _that_whole(level, found[-1]) else None
    if not _SUBJECT_AFTER[lang].match(text, level.end):
        return None
    earlier = [
        c
        for c in where.by_sentence.get(rate.sentence - 1, [])
        if c.paragraph == rate.paragraph
        and (c.kind, c.unit, c.counter) == key
        and _is_level(c)
        and c.value > level.value  # (`1kg에서 2.5ℓ가 나와`: a yield per unit, no whole of the part)
    ]
    if len({c.value for c in earlier}) != 1:
        return None
    return (level, earlier[-1]) if _that_whole(earlier[-1], level) else None


def _that_whole(whole: Claim, part: Claim) -> bool:
    """The whole `그` names and the part: one kind, unit and counter, the whole larger, no other company's."""
    return (
        (whole.kind, whole.unit, whole.counter) == (part.kind, part.unit, part.counter)
        and whole.value > part.value
        and whole.part_of is None
        and not metrics_differ(whole, part)
        and not named_differently(whole, part, "entities")
    )


def _story_amounts(
    rate: Claim, whole: Claim, key: tuple, where: _Where, conversions: dict[int, list[Claim]]
) -> list[Claim]:
    """`_story_level`, the won a foreign sum is stated as included (`계약은 60만 달러(약 8억 원)`): the story's amounts
    of the key, smaller than the whole, before the share's sentence (the lead's first)."""
    equivalents = [c for cs in conversions.values() for c in cs]
    return _story_level(rate, whole, key, where, _PART_ROLES, equivalents)


def _named_pool_whole(rate: Claim, part: Claim, upto: int, where: _Where) -> Claim | None:
    """`선수 가운데 60대가 555명으로 30%를`, `이용객 가운데 어린이는 30%인 8천여 명`: a pool named by a noun and a
    pool word (`[link.parts_follow_spaced]`), no figure before them in the sentence, names the whole as `선수의`
    would: the level before whose own words state that noun (a noun that is the part's counter, `가구 가운데`, names
    the story's total of that counter)."""
    starts = where.sentence_starts
    if rate.sentence >= len(starts):
        return None
    opening = _NAMED_POOL_OPENS[where.lang].match(where.text, starts[rate.sentence], upto)
    if opening is None:
        return None
    noun = opening.group("noun")
    if opening.group("words") and _states_a_level(opening.group("words") + noun, where.text, starts[rate.sentence]):
        # (`북부 회원이 1만8천명 … 북부 회원 가운데 20대가 40%`: the pool's words name a listed member's level, not the
        # whole the noun alone names)
        return None
    if noun == part.counter or _BARE_WHOLE[where.lang].fullmatch(noun):
        noun = None
    named = _Where(
        where.text, where.lang, where.by_sentence, where.by_paragraph, starts, noun, where.parts, where.inner_of
    )
    # (the pool's noun names its whole: a count of another counter before it is no rival)
    whole = _whole_of(part, rate, named, rivals=False)
    if whole is None or noun is None:
        return whole
    # (the noun right before the whole, perhaps with its topic particle: `선수 1천850명`, `이용객은 2만 명`; not a
    # sibling's figure after it, `동양란 720점과 서양란 480점`)
    before = where.text[max(0, whole.start - _NOUN_NEAR_WHOLE) : whole.start].rstrip()
    return whole if before.endswith(noun) or _TOPIC_END[where.lang].sub("", before).endswith(noun) else None


def _states_a_level(phrase: str, text: str, end: int) -> bool:
    """Whether the words stand before `end` with a figure right after them (a particle between): a level."""
    start = max(0, end - _LEVEL_REACH)  # (the sentences before, not the whole of a long article)
    at = text.find(phrase, start, end)
    while at != -1:
        if any(ch.isdigit() for ch in text[at + len(phrase) : at + len(phrase) + _PARTICLE_THEN_DIGIT]):
            return True
        at = text.find(phrase, at + 1, end)
    return False


def _part_of_a_marked_pool(rate: Claim, sentence: list[Claim], at: int, where: _Where) -> tuple[Claim, Claim] | None:
    """A share apposed to the level after it (`절반인 12억 원`), no noun naming its whole: the whole is the level of the
    part's kind its sentence marks as a pool before the share (`24억 원 가운데`), else, the sentence opening with the
    pool of the one before (`이 가운데`), the one level of the part's kind larger than it in the nearest sentence before
    that states one, in its paragraph (two values there: which one, unsaid)."""
    after = sentence[at + 1] if at + 1 < len(sentence) else None
    if after is None or not _is_apposed_level(after, where) or not _apposed(rate, after, where):
        # (`이 가운데 강사료가 3억 원으로 75%를 차지한다`, `예산은 4억 원으로 군비가 3억 원, 75%를`: the share set
        # right after its part by a level's particle or a comma, naming no whole)
        before = sentence[at - 1] if at else None
        if (
            before is None
            or not _is_apposed_level(before, where)
            or not _LEVEL_THEN_BARE_SHARE[where.lang].fullmatch(where.text, before.end, rate.start)
            # (`360곳 가운데 120곳, 절반이 피해를 입었다`: the share its clause's subject, a part of the part)
            or _SHARE_AS_SUBJECT[where.lang].match(where.text, rate.end)
        ):
            return None
        after, at = before, at - 1  # (the part; the pool is looked for before it)
    upto = min(rate.start, after.start)  # (where the words before the part and its share end)
    for c in reversed(sentence[:at]):
        if _POOL_AFTER[where.lang].match(where.text, c.end):
            return (after, c) if _pool_whole(c, after, where) else None
    starts = where.sentence_starts
    if rate.sentence >= len(starts):
        return None
    # (`이 가운데 국비가 30%인 …` opening the sentence, or after its subject, `조합은 이 가운데 4분의 1인 24톤을`; `그
    # 3분의 1인 500만 원`: the mark right before the share)
    mark = max(
        (
            *_THIS_POOL_BEFORE[where.lang].finditer(where.text, starts[rate.sentence], upto),
            *_THAT_WHOLE_BEFORE[where.lang].finditer(where.text, starts[rate.sentence], upto),
        ),
        key=lambda m: m.start(),
        default=None,
    )
    key = (after.kind, after.unit, after.counter)
    if mark is None:
        # (`예산은 11억 원으로, 국비가 절반인 5억5천만 원`, `체험료는 2만 원인데 학생은 절반인 1만 원만`: no mark,
        # the one level of the part's kind its sentence states before the share is the whole the share takes the part
        # of)
        # (a part an earlier share of the sentence took, `국비가 절반인 5억 원, 도비가 30%인 3억 원`, is no whole)
        # (nor is a level apposed to a share of its own the text left unread, `국비가 절반인 9억 원, 도비가 20%인 3억
        # 6천만 원`: a sibling part, the whole stated in the sentence before)
        levels = [
            c
            for k, c in enumerate(sentence[:at])
            if (c.kind, c.unit, c.counter) == key
            and _is_level(c)
            and c.id not in where.parts
            and not (k and _own_share_before(sentence[k - 1], c, where))
        ]
        if not levels:
            named = _named_pool_whole(rate, after, upto, where)
            if named is not None:
                return (after, named)
            # (`… 모두 18억 원이 들었다. 국비가 절반인 9억 원, 도비가 20%인 3억 6천만 원`: the sentence states no level
            # before the share and breaks a whole down into two parts or more, each with its share; the one level of
            # the part's kind larger than them in the sentence before, in its paragraph, is their whole. One share and
            # its part alone (`도가 절반인 10억 원을 낸다`) may be of another whole: left unread)
            apposed = sum(1 for k in range(1, len(sentence)) if _own_share_before(sentence[k - 1], sentence[k], where))
            return _whole_in_the_sentence_before(rate, after, key, where) if apposed >= 2 else None
        if len({c.value for c in levels}) != 1 or levels[-1].value <= after.value:
            return None
        return (after, levels[-1]) if _pool_whole(levels[-1], after, where) else None
    if _DIGIT.search(where.text, mark.end(), upto):
        return None
    if _DIGIT.search(where.text, starts[rate.sentence], mark.start()):
        # (`치어 900만 마리를 넣어 이 가운데 60%인 540만 마리를`: the pool the level of the part's kind its sentence
        # states before the mark, the one such; another figure only there, the pool may be that one's)
        levels = [
            c
            for c in sentence[:at]
            if c.end <= mark.start() and (c.kind, c.unit, c.counter) == key and _is_level(c) and c.value > after.value
        ]
        if len({c.value for c in levels}) != 1:
            return None
        return (after, levels[-1]) if _pool_whole(levels[-1], after, where) else None
    for back in range(rate.sentence - 1, max(-1, rate.sentence - 1 - _POOL_SENTENCES), -1):
        earlier = [c for c in where.by_sentence.get(back, []) if c.paragraph == rate.paragraph]
        if not earlier and back in where.by_sentence:
            return None  # (another paragraph's)
        # (a level no larger than the part, `1건당 7만5천 원꼴`, is no pool of it: look on before)
        levels = [c for c in earlier if (c.kind, c.unit, c.counter) == key and _is_level(c) and c.value > after.value]
        if not levels:
            continue
        if len({c.value for c in levels}) != 1:
            return None
        return (after, levels[0]) if _pool_whole(levels[0], after, where) else None
    return None
