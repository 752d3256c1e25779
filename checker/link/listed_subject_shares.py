"""A share whose subject is one member of a list its sentence states before it: `침수 면적은 가람군 3050㏊, 나래군
2070㏊로, 제방이 무너진 가람군이 전체의 59.6%를 차지했다`.

Korean names the part a share is of as the subject right before the whole (`가람군이 전체의 59.6%`: the name, a subject
particle `[link.share_clause_subjects]`, the whole `[link.whole_share_before]`), after a list of named figures in the
same sentence. The part is the one figure of that sentence stated right after the same name (`가람군 3050㏊`); a name
that no figure or two figures follow links nothing. The whole is the total the part is listed in, or else the figures
of the sentences before the part's of its unit, kind and counter, larger than it, of no other period or metric: one
(restated or not) is the whole; two that differ leave the share unlinked (which is the total, the keys do not tell),
and a figure listed beside the part is another member, no whole of it. With no `전체의`, a list of a group within the
total before (`이 가운데 주차 민원은 A 294건, B 126건으로 A가 70%`: checker/link/shares_of_listed_members.py's
`list_of_a_subgroup`) links nothing. The subject of a clause after its own comma is read here; one that opens its
sentence is checker/link/share_subjects.py's.
"""

from __future__ import annotations

import functools
import itertools
import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.sentence_groups import prose_figures
from checker.link.share_rates import open_share
from checker.link.shares_of_listed_members import list_of_a_subgroup
from checker.models import Claim
from checker.regex_cache import compile_exact

# (`…로 온라인이 10건 중 3건꼴`, `…로 온라인이 30%다`: the whole unnamed, as of the list's total; a name may open on its
# rank's digit, `2등급이 전체의 30%`; a place as the subject, `윗못에 전체의 48%가 몰렸다`, only right before the bare
# whole, `[link.share_place_wholes]`: never a whole of another noun, `윗못에 전체 먹이의 70%`)
_NAME_THEN_WHOLE = ByLanguage(
    lambda w: (
        rf"(?<![^\s,(])(?P<name>\d{{0,2}}[^\W\d_]{{2,12}})"
        rf"(?:{w.share_clause_subjects}|(?P<place>{w.share_clause_places})(?=\s(?:{w.share_place_wholes})))"
        rf"\s(?P<whole>(?:{w.whole_share_before})\s*)?$"
    )
)
# (a place before any whole, `윗못에 전체 먹이의 70%`: naming no part to link, nor the last figure either)
_NAME_THEN_ANY_WHOLE = ByLanguage(
    lambda w: (
        rf"(?<![^\s,(])(?P<name>\d{{0,2}}[^\W\d_]{{2,12}})"
        rf"(?:{w.share_clause_subjects}|(?P<place>{w.share_clause_places})(?=\s(?:{w.whole_share_before})))"
        rf"\s(?P<whole>(?:{w.whole_share_before})\s*)?$"
    )
)


# `지난해에는 윗못에 전체의`, `10년 전에는 …`: a time as the topic before the place, no digit between (of then)
_TIME_TOPIC_BEFORE = ByLanguage(lambda w: rf"[^\W\d_](?:{w.time_topic_particles})(?![^\W\d_])[^\d]*$")
_TIME_TOPIC_REACH = 40  # characters before the place where that time may stand


def _name_then_whole(rate: Claim, text: str, lang: str) -> re.Match | None:
    """The share's subject right before its whole (`다온군이 전체의 40%`, `윗못에 전체의 48%`); a place (`윗못에`) only
    with no time as the topic before it (`지난해에는 윗못에 전체의 30%`: the share of another time)."""
    found = _NAME_THEN_WHOLE[lang].search(text, max(0, rate.start - 40), rate.start)
    if (
        found is not None
        and found.group("place")
        and _TIME_TOPIC_BEFORE[lang].search(text, max(0, found.start() - _TIME_TOPIC_REACH), found.start())
    ):
        return None
    return found


_HEAD_REACH = 16  # characters a name's phrase may run on after the name, to the figure it heads


@functools.lru_cache(maxsize=512)  # (bounded: the names are words of article text)
def _heads(name: str, lang: str) -> re.Pattern:
    """The name heading the figure right after it: the name itself (`가람군 3050㏊`, or as its subject:
    `온라인이 P`), or a word of the figure's noun phrase, up to two more words after it (`온라인 광고 매출이 P`,
    `광고 매출 P`, for `광고가 전체의 …`); a word that only starts with the name is another (`지역별로는 경북이 P` is
    no figure of `지역이 전체의 …`)."""
    return re.compile(
        rf"(?<![^\W\d_]){re.escape(name)}(?:{_SUBJECT_PARTICLE[lang].pattern})?(?:\s[^\W\d_]+){{0,2}}\s?[:]?\s?$"
    )


_SUBJECT_PARTICLE = ByLanguage(lambda w: rf"(?:{w.share_clause_subjects})", first_tested=False)


# `시가 전체의 60%`: a one-letter name as the share's subject, right before a whole written out
_ONE_LETTER_NAME_THEN_WHOLE = ByLanguage(
    lambda w: rf"(?<![^\s,(])(?P<name>[^\W\d_])(?:{w.share_clause_subjects})\s(?:{w.whole_share_before})\s*$"
)
_ONE_LETTER_REACH = 80  # characters before the part where the list the name heads a member of stands


@functools.lru_cache(maxsize=256)  # (bounded: the names are letters of article text)
def _one_letter_heads(name: str) -> tuple[re.Pattern, re.Pattern]:
    """(the name right before a figure's place, at the end of the text searched; the name right before digits)."""
    return (
        re.compile(rf"(?<![^\s,(]){re.escape(name)}\s?$"),
        re.compile(rf"(?<![^\s,(]){re.escape(name)}\s\d"),
    )


def names_another_one_letter_member(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether the share's subject is a one-letter name (`시 900편, 산문 600편으로 … 시가 전체의 60%`) that heads
    another figure listed before `part` and not `part` itself: the share is of that member, not of the figure last
    stated (the readings of longer names pass a one-letter subject over)."""
    found = _ONE_LETTER_NAME_THEN_WHOLE[lang].search(text, max(0, rate.start - 24), rate.start)
    if found is None:
        return False
    heads_part, heads_a_figure = _one_letter_heads(found.group("name"))
    lower = max(0, part.start - _ONE_LETTER_REACH)
    if heads_part.search(text, lower, part.start):
        return False
    return heads_a_figure.search(text, lower, part.start) is not None


def names_another_member(part: Claim, rate: Claim, text: str, lang: str) -> bool:
    """Whether the share's subject, right before its whole (`다온군이 전체의 40%`), is a name that does not head `part`
    (a figure of the share's own sentence): the share is of another member than the figure stated last."""
    found = _NAME_THEN_ANY_WHOLE[lang].search(text, max(0, rate.start - 40), rate.start)
    # (a place before the whole, `큰못에만 전체의 51%`, names its member in the sentence after the list too)
    if found is None or (part.sentence != rate.sentence and not found.group("place")):
        return False
    name = found.group("name")
    return not _heads(name, lang).search(text, max(0, part.start - len(name) - _HEAD_REACH), part.start)


# `경기 9천명`, `수입 품종 600톤`: the words of the noun phrase right before a listed figure
_PHRASE_BEFORE = compile_exact(r"(?<![^\s,(])(?P<words>[^\W\d_]{2,}(?:\s[^\W\d_]+){0,2})\s?$")


def names_part_by_stem(part: Claim, rate: Claim, members: list[Claim], text: str, lang: str) -> bool:
    """Whether the share's subject, right before its whole, is a longer form of a word of `part`'s noun phrase
    (`서울 3천명, 경기 9천명으로 경기도가 3분의 1`, `국산 품종 200톤, 수입 품종 600톤으로 수입종이`) and of no other
    member's of `members` (figures of its kind stated before it): another spelling of `part`'s name."""
    found = _name_then_whole(rate, text, lang)
    if found is None:
        return False
    name = found.group("name")
    others = [
        c for c in members if c is not part and c.end <= part.start and (c.kind, c.unit) == (part.kind, part.unit)
    ]
    return _stem_heads(name, part, text) and not any(_stem_heads(name, c, text) for c in others)


def _stem_heads(name: str, c: Claim, text: str) -> bool:
    """Whether a word of the noun phrase right before `c` (`수입 품종 600톤`) begins `name` (`수입종`)."""
    phrase = _PHRASE_BEFORE.search(text, max(0, c.start - _HEAD_REACH), c.start)
    return phrase is not None and any(
        len(word) >= 2 and name.startswith(word) for word in phrase.group("words").split()
    )


def member_named_before_whole(
    part: Claim, rate: Claim, listed: list[Claim], text: str, lang: str
) -> tuple[Claim | None, bool]:
    """The share's subject, right before its whole (`1등급이 전체의 30%`), names a member of the list of the sentence
    before other than `part`, the list's last figure (`1등급 200상자, …, 등외 900상자다. … 1등급이 전체의 …`): that
    member, when the name heads exactly one figure of the list and the list adds up to a stated total (None when it
    adds up to none); `part` itself when it heads `part` or none; and whether the member returned is another one the
    name heads (the subject then names it, whatever words qualify the name)."""
    if part.sentence == rate.sentence:
        return part, False
    found = _name_then_whole(rate, text, lang)
    if found is None:
        return part, False
    name = found.group("name")
    named = _heads(name, lang)
    heading = [
        c
        for c in listed
        if (c.kind, c.unit, c.role) == (part.kind, part.unit, part.role)
        and named.search(text, max(0, c.start - len(name) - _HEAD_REACH), c.start)
    ]
    if part in heading or not heading:
        return part, False
    if len(heading) != 1 or heading[0].part_of is None:
        return None, False  # (a list of no stated total: its largest member is a sibling, no whole of the one named)
    return heading[0], True


def link_listed_subject_shares(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    for position, rate in enumerate(figures):
        if not open_share(rate):
            continue
        found = _name_then_whole(rate, text, lang)
        if found is None:
            continue
        name = found.group("name")
        named = _heads(name, lang)
        sentence = _back_in_sentence(figures, position)
        parts = [
            c
            for c in sentence
            if c.kind in AMOUNTS
            and c.role == "value"
            and math.isfinite(c.high)
            and named.search(text, max(0, c.start - len(name) - _HEAD_REACH), c.start)
        ]
        if len(parts) != 1:
            continue  # the name heads no figure, or two
        part = parts[0]
        if found.group("place") and _another_figure_before_place(sentence, part, found.start()):
            continue  # (`… 8천명이 다녀갔고 가게 50곳 가운데 토요일에 전체의 80%`: the share of the figure between)
        whole = by_id.get(part.part_of or "") or _one_total_before(figures, position, part)
        if whole is None or not whole.low > part.high:
            continue
        if found.group("place") and _another_whole_beside(figures, whole):
            continue  # (`사과밭은 400㏊, 농가는 250곳이다. … 가람읍에 전체의 60%`: which whole `전체` is, unsaid)
        # (`이 가운데 주차 민원은 A 294건, B 126건으로 A가 70%`: with no `전체의`, a list of a group within a total
        # before, opened by `이 가운데` or on a topic of its own, has a whole of its own, unstated)
        first = sentence[0]  # (the list's sentence's first figure)
        if not found.group("whole") and whole.sentence < rate.sentence:
            restated = [
                c
                for c in itertools.islice(figures, position)
                if c.sentence < rate.sentence and _key(c) == _key(whole) and c.low <= whole.high and whole.low <= c.high
            ]
            if list_of_a_subgroup(first, restated or [whole], text, lang):
                continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.whole = rate.whole or f"of:{whole.id}"  # shares of one whole add up to at most 100%
        rate.label = rate.label or part.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _another_figure_before_place(sentence: list[Claim], part: Claim, place: int) -> bool:
    """Whether the figure of the sentence right before a place the share's clause opens with is of another key than the
    part the place heads (`가게 50곳 가운데 토요일에 전체의`): a count of another noun between list and share."""
    before = [c for c in sentence if c.end <= place]
    return bool(before) and _key(before[-1]) != _key(part)


def _another_whole_beside(figures: list[Claim], whole: Claim) -> bool:
    """Whether the whole's sentence states a level of another key too (`사과밭은 400㏊, 농가는 250곳이다`): a bare
    `전체` after a place may be of either."""
    return any(
        c is not whole
        and c.sentence == whole.sentence
        and c.kind in AMOUNTS
        and c.role == "value"
        and _key(c) != _key(whole)
        and c.part_of != whole.id
        for c in figures
    )


def _key(claim: Claim) -> tuple:
    return (claim.kind, claim.unit, claim.counter)


def _back_in_sentence(figures: list[Claim], position: int) -> list[Claim]:
    """The figures of the position's sentence before it, in order (a walk back, in place)."""
    sentence = figures[position].sentence
    j = position
    while j > 0 and figures[j - 1].sentence == sentence:
        j -= 1
    return figures[j:position]


def _one_total_before(figures: list[Claim], position: int, part: Claim) -> Claim | None:
    found = [
        c
        for c in itertools.islice(figures, position)
        if c.sentence < part.sentence
        and (c.unit, c.kind, c.counter) == (part.unit, part.kind, part.counter)
        and c.role == "value"
        and not c.forecast
        and math.isfinite(c.high)
        and c.low > part.high
        and not periods_differ(c, part)
        and not metrics_differ(c, part)
    ]
    if part.metric and "metric" not in part.guesses:
        # `매출은 486억원 … 거래액은 1조5천억원. 광고 매출이 402억원 … 광고가 전체 매출의`: figures of the part's own
        # metric, when some are, before figures of no metric
        own = [c for c in found if c.metric == part.metric and "metric" not in c.guesses]
        found = own or found
    if not found or any(c.high < found[-1].low or found[-1].high < c.low for c in found):
        return None
    return found[-1]
