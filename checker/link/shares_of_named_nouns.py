"""A share of a whole named by its noun alone, the part the level right before it: `유료 회원은 380만명으로 활성 고객의
31%를 차지했다` (the whole stated earlier: `활성 고객 수는 1천230만명으로 …`).

Korean states the part as the level its clause reaches (`380만명으로`, `[link.level_particles]`), then the whole's noun,
the genitive and the rate, then a verb of share (`차지`, `해당`: `[link.share_particles]`, `[link.share_verbs]`). The
whole is a figure of a sentence before the part's whose own clause names that noun, all its words (`팀 연봉의 15%` is
of no figure a clause names `연봉`: checker/link/fractions_of_named_wholes.py); figures of that key that differ leave
the share unlinked, and a figure listed beside the part is another member, no whole of it. A figure whose sentence
names the noun before another figure of its kind too (`유료 회원이 N명, 무료 회원이 M명`) counts one kind of the noun,
no whole of it, when a word stands before its own noun (not `회원은 N명으로, 여성 회원이 M명`: the bare noun's
whole). A noun that is a time (`지난해의 95%`: of another period's figure, not a whole) or the story's total
(`전체의`: checker/link/shares.py) is not read here.

The part may also come to the share (`210억원으로 판매액의 3분의 1에 가까웠다`: `[link.share_reached_verbs]`), or be
the figure right after the share that it comes to, the noun then before the share (`승합차의 5분의 2인 240대`:
`[link.share_then_its_part]`) or after it, the part apposed and closing its clause (`62% of revenue, $41.2
million.`). The whole's noun may carry a particle in its own clause (`판매액은 630억원`: `[link.topic_particles]`).

A share whose clause opens on the story's order (`이번 계약액은 지난해 매출의 45%에 해당한다`) states no part:
the part is the order's level the lead states, and the whole may be of another period
(`link_shares_of_the_order_named_wholes`).
"""

from __future__ import annotations

import copy
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.fractions_of_named_wholes import is_level, whole_named_by
from checker.link.per_one_marks import stated_per_one
from checker.link.per_unit_apart import opens_with_headline
from checker.link.sentence_groups import prose_figures
from checker.models import Claim
from checker.regex_cache import compile_exact

_SHARES = {"percent": 100.0, "fraction": 1.0}
_PART_THEN_NOUN = ByLanguage(
    lambda w: (
        rf"\s?(?:{w.level_particles}),?\s(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}?)\s?(?:{w.whole_then_its_share})"
    ),
    first_tested=False,
)
_SHARE_VERB_AFTER = ByLanguage(
    lambda w: rf"\s?(?:(?:{w.share_particles})?\s?(?:{w.share_verbs})|(?:{w.share_reached_verbs}))", first_tested=False
)
# `승합차의 5분의 2인 240대`: the whole's noun and the genitive right before the share, the part right after it
_NOUN_BEFORE = ByLanguage(
    lambda w: rf"(?:^|\s)(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}})(?:{w.whole_then_its_share})$", first_tested=False
)
_THEN_PART = ByLanguage(lambda w: rf"(?:{w.share_then_its_part})", first_tested=False)
# the particle a whole's noun may carry in its own clause (`판매액은 630억원으로`)
_NOUN_PARTICLES = ByLanguage(lambda w: rf"{w.topic_particles}", first_tested=False)
# `… generated 62% of revenue, $41.2 million.`: the whole's noun after the share, the part apposed after it
_OF_NOUN_THEN_PART = ByLanguage(
    lambda w: rf"\s+(?:{w.ratio_of_after})\s+(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}?)\s?(?:,|\s[—–-]{{1,2}})\s*",
    re.I,
    first_tested=False,
)
# the apposed part closes its clause (`62% of revenue, $41.2 million, of it from …` is another figure's)
_PART_CLOSES = compile_exact(r"\s*(?:[.;,)]|\s[—–]|$)")
_NOUN_REACH = 40  # characters before the share in which its whole's noun is named
_NOT_A_WHOLE = ByLanguage(lambda w: rf"(?:{w.leading_time_words}|{w.previous}|{w.whole_share_before})", re.I)


def link_shares_of_named_nouns(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for position, rate in enumerate(figures):
        if rate.role != "share" or rate.share_part is not None or not 0 < rate.value < _SHARES.get(rate.kind, 0):
            continue
        found = _part_and_noun(figures, position, text, lang)
        if found is None:
            continue
        part, words = found
        if any(_NOT_A_WHOLE[lang].match(word) for word in words):
            continue
        earlier = []
        for c in reversed(figures[:position]):  # (walking back from the share: the sentences before the part's)
            if c.sentence < part.sentence:
                earlier.append(c)
        earlier.reverse()
        # (all the noun's words: `활성 고객` is no whole a clause names `지방 고객`)
        whole = whole_named_by(earlier, part, [words], text, particles=_NOUN_PARTICLES[lang].pattern)
        if whole is None or _listed_beside_another(whole, figures, words, text):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _listed_beside_another(whole: Claim, figures: list[Claim], words: list[str], text: str) -> bool:
    """Whether another figure of the whole's kind in its sentence names the noun too (`유료 회원이 N명, 무료 회원이
    M명이었다`): the noun split into kinds, each figure one kind's, none the noun's whole."""
    noun = words[-1]
    if not _a_kind_of(whole, figures, noun, text):
        return False  # (`회원은 4만 명으로, 여성 회원이 N명`: the bare noun's figure is its whole, the other a part)
    previous_end = None
    for c in figures:
        if c.sentence != whole.sentence:
            previous_end = c.end if c.sentence < whole.sentence else previous_end
            continue
        clause_start = previous_end if previous_end is not None else max(0, c.start - _NOUN_REACH)
        previous_end = c.end
        if c is whole or (c.kind, c.unit, c.counter) != (whole.kind, whole.unit, whole.counter):
            continue
        if noun in text[max(clause_start, c.start - _NOUN_REACH) : c.start]:
            return True
    return False


# the end of the clause before a noun: a sentence's end, a line's, or a comma
_CLAUSE_OPEN = compile_exact(r".*(?:[.!?]\s|\n|,)", re.S)


def _a_kind_of(whole: Claim, figures: list[Claim], noun: str, text: str) -> bool:
    """Whether a word stands before the noun that names the whole, in its clause (`유료 회원이 3만 명`: one kind of the
    members); not where the noun opens its clause (`회원은 4만 명으로`: the members' whole)."""
    previous_end = max((c.end for c in figures if c.end <= whole.start), default=0)
    window_start = max(previous_end, whole.start - _NOUN_REACH)
    mention = text.rfind(noun, window_start, whole.start)
    if mention < 0:
        return False
    opened = _CLAUSE_OPEN.match(text, window_start, mention)
    return bool(text[opened.end() if opened else window_start : mention].strip())


def _part_and_noun(figures: list[Claim], position: int, text: str, lang: str) -> tuple[Claim, list[str]] | None:
    """The part and the words of the whole's noun: the level right before the share, its noun after it
    (`380만명으로 활성 고객의 31%를 차지`, `210억원으로 판매액의 3분의 1에 가까웠다`), or the figure right after the
    share that it comes to, its noun before it (`승합차의 5분의 2인 240대`) or after it and the part apposed
    (`62% of revenue, $41.2 million.`)."""
    rate = figures[position]
    before = figures[position - 1] if position else None
    if before is not None and before.sentence == rate.sentence and is_level(before):
        found = _PART_THEN_NOUN[lang].fullmatch(text, before.end, rate.start)
        if found is not None:
            if not _SHARE_VERB_AFTER[lang].match(text, rate.end):
                return None
            return before, found.group("noun").split()
    after = figures[position + 1] if position + 1 < len(figures) else None
    if after is None or after.sentence != rate.sentence or not is_level(after):
        return None
    apposed = _OF_NOUN_THEN_PART[lang].fullmatch(text, rate.end, after.start)
    if apposed is not None:
        return (after, apposed.group("noun").split()) if _PART_CLOSES.match(text, after.end) else None
    if not _THEN_PART[lang].fullmatch(text, rate.end, after.start):
        return None
    named = _NOUN_BEFORE[lang].search(text[max(0, rate.start - _NOUN_REACH) : rate.start])
    if named is None:
        return None
    if before is not None and before.sentence == rate.sentence and before.end > rate.start - len(named.group(0)):
        return None  # (a figure inside the words read as the noun: no noun alone)
    return after, named.group("noun").split()


# (`이번 계약액은 지난해 매출의 45%에 해당한다`, `이번 한 건이 지난해 수출량의 80%에 이른다`: a share whose clause
# opens on the story's order and names its whole by its noun, or states it right before the share: `… 매출 5억
# 원의 62%에 이른다`)
_STANDIN_THEN_NOUN = ByLanguage(
    lambda w: (
        rf"(?:(?<=[.!?]\s)|(?<=\n)|^)\s*(?:{w.standin_share_subjects})\s"
        rf"(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+){{0,3}}?)(?:{w.whole_then_its_share})$"
    ),
    first_tested=False,
)
_STANDIN_THEN_WHOLE = ByLanguage(
    lambda w: rf"(?:(?<=[.!?]\s)|(?<=\n)|^)\s*(?:{w.standin_share_subjects})\s(?:[^\W\d_]+\s){{0,4}}$",
    first_tested=False,
)
_WHOLE_THEN_SHARE = ByLanguage(lambda w: rf"(?:{w.whole_then_its_share})", first_tested=False)
_STANDIN_VERB_AFTER = ByLanguage(lambda w: rf"(?:{w.standin_share_verbs_after})", first_tested=False)
_STANDIN_REACH = 80  # characters before a share where its sentence's opening may stand


def link_shares_of_the_order_named_wholes(claims: list[Claim], text: str, lang: str) -> None:
    """A share whose clause opens on the story's order (`이번 계약액은`, `이번 한 건이`:
    `[link.standin_share_subjects]`) and names its whole by its noun (`지난해 매출의 45%에 해당한다`), or
    states the whole right before it (`지난해 매출 5억 원의 62%에 이른다`), then a verb of share
    (`[link.standin_share_verbs_after]`). The whole named is the one earlier figure whose clause names the noun (its
    period may be another: the order is set against last year's sales); the part is the order's level the lead
    states past a headline (its paragraph too), of the whole's kind and unit (a conversion into it, `60만
    달러(약 8억9천500만 원)`), smaller than the whole. Two parts of one unit or two wholes say nothing. Run after
    the figures per unit found their totals. Found by position: a guess."""
    figures = prose_figures(claims)
    rates = [
        i
        for i, c in enumerate(figures)
        if c.role == "share" and c.share_part is None and 0 < c.value < _SHARES.get(c.kind, 0)
    ]
    if not rates:
        return
    every = [c for c in claims if not c.furniture]
    headline = opens_with_headline(text)
    lead = lead_end(figures, text)
    body = next((c.paragraph for c in figures if not (headline and c.paragraph == 0)), None)
    for i in rates:
        rate = figures[i]
        if not _STANDIN_VERB_AFTER[lang].match(text, rate.end):
            continue
        before = figures[i - 1] if i else None
        wholes: list[Claim] = []
        words: list[str] = []
        if (
            before is not None
            and before.sentence == rate.sentence
            and is_level(before)
            and _WHOLE_THEN_SHARE[lang].fullmatch(text, before.end, rate.start)
        ):
            if not _STANDIN_THEN_WHOLE[lang].search(text, max(0, before.start - _STANDIN_REACH), before.start):
                continue
            wholes = [before]
        else:
            if before is not None and before.sentence == rate.sentence:
                continue  # (a figure of the share's own sentence before it: the sentence rules')
            named = _STANDIN_THEN_NOUN[lang].search(text, max(0, rate.start - _STANDIN_REACH), rate.start)
            if named is None:
                continue
            words = named.group("noun").split()
        parts = [
            c
            for c in every
            if c.sentence < rate.sentence
            and (c.sentence < lead or c.paragraph == body)
            and not (headline and c.paragraph == 0)
            and c.kind in AMOUNTS
            and c.role in ("value", "conversion")
            and math.isfinite(c.high)
            and not (c.part_of or c.change_of or c.per_unit_of)
            and not stated_per_one(c, text, lang)
        ]
        found = []
        for unit in dict.fromkeys((c.kind, c.unit) for c in parts):
            of_unit = [c for c in parts if (c.kind, c.unit) == unit]
            # (the lead's sentences first: a story of one paragraph goes on to other levels of the unit)
            of_unit = [c for c in of_unit if c.sentence < lead] or of_unit
            if len({c.value for c in of_unit}) != 1:
                continue
            part = of_unit[0]
            if wholes:
                whole = wholes[0] if (wholes[0].kind, wholes[0].unit) == unit else None
            else:
                earlier = [c for c in figures[:i] if c.sentence < rate.sentence and c.sentence > part.sentence]
                proxy = copy.copy(part)
                proxy.period = None  # (the order is set against another period's figure: last year's sales)
                whole = whole_named_by(
                    earlier, proxy, [words, words[-1:]], text, particles=_NOUN_PARTICLES[lang].pattern
                )
            if whole is not None and whole.low > part.high:
                found.append((part, whole))
        if len(found) != 1:
            continue
        part, whole = found[0]
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})
