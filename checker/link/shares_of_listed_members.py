"""A share of one member of a list, the list's whole stated in an earlier sentence: `The clinic treated 9,000
patients. … Walk-ins numbered 5,400 and referrals 3,600, so walk-ins were 60% of the caseload`, `대출 권수는
8만2,000권이다. … 대출은 성인 회원 4만9,200권과 학생 회원 3만2,800권이다. 성인 회원 비중은 60.0%에 이른다`, `민원은
420건이었다. … 교통 민원이 294건, 환경 민원이 126건으로 교통 민원이 70%였다`.

A story states a total, then splits it into two parts or more in one sentence, then gives one member's share, named
by the words the share's clause opens on. The share's clause is either the next sentence (its subject read as
checker/link/shares_of_named_members.py reads one) or the list's own sentence after a mark that opens a clause of its
own (`[link.listed_share_clause_marks]`: `, so`, `으로`), its words up to the share naming the member. Exactly one
member named is the part; none or two link nothing.

The whole is the story's level of the members' unit and kind (a count's counter as checker/link/partners.py reads
it) stated in the sentences before the list, larger than each member and of no other period (a level a change is
compared to is an earlier level, none); levels that differ beyond their rounding are a tie, and a tie links nothing.
A total the rules linked the list to is not taken: an open list's whole is found by size, a guess a share must not
build on. A share after another share in its sentence is another subject's (`A가 37%로 가장 많았고 B는 5분의 1`,
`55.8%로 절반을 넘어`), and a subject naming two members names none (`여자부 관중은 남자부의 87%`).
A share pointing back (`[link.share_pointing_after]`: `60% of that`) is of the figure pointed to, and a list of a
group within the total (its own topic, behind `이 가운데` or naming none of the total's words: `설문 응답자는 남성
540명, 여성 460명` after `시 인구는 12만명이다`; `list_of_a_subgroup`) has a whole of its own: neither is linked.
The whole is found apart from the share, so the link is a guess (`relation`): a mismatch is a warning.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.inflections import names_word
from checker.link.keys_differ import periods_differ
from checker.link.of_which_opener_wholes import OF_WHICH_OPENER
from checker.link.partners import _whole_of
from checker.link.sentence_groups import prose_by_sentence, prose_figures
from checker.link.shares_of_named_members import _label_words, subject_words
from checker.models import Claim
from checker.regex_cache import compile_exact

_SHARE_KINDS = ("percent", "fraction")
_CLAUSE_MARK = ByLanguage(lambda w: rf"(?:{w.listed_share_clause_marks})", re.I)
_WORD = compile_exact(r"[^\W\d_][\w-]*")
_STOP = ByLanguage(lambda w: rf"(?:{w.scope_stop_words})", re.I)
# (`Paris accounted for 60% of that`: a share of a figure pointed back to, no list's whole;
# `[link.share_pointing_after]`)
_POINTING_AFTER = ByLanguage(lambda w: rf"\s*(?:{w.share_pointing_after})(?![^\W\d_])", re.I)
_BREAKDOWN = ByLanguage(lambda w: rf"\s*(?:{w.breakdown_marks})")
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.clause_topic_particles})$")
_SENTENCE_END = compile_exact(r"[.!?](?=\s|$)|\n")
_SUBJECT_WORDS = 3
_SUBJECT_REACH = 40  # characters between the clause mark and the share
# `새터동에 전체 공무원의 42%`: a place, then a whole naming a noun of its own (not the bare
# `[link.share_place_wholes]`): the share is of that noun, no member of the list the place heads
_PLACE_BEFORE_NAMED_WHOLE = ByLanguage(
    lambda w: rf"[^\W\d_](?:{w.share_clause_places})\s(?!(?:{w.share_place_wholes})\s*$)(?:{w.whole_share_before})\s*$"
)
_PARTICLE_REACH = 1  # letters a label may add to the subject's word, or it to the label's


def _key(claim: Claim) -> tuple:
    return (claim.kind, claim.unit, claim.counter)


def _list_of(figures: list[Claim]) -> list[Claim] | None:
    """The members of a list: two figures or more of an amount, all of one unit, kind and counter, each a level."""
    amounts = [c for c in figures if c.kind in AMOUNTS]
    if len(amounts) < 2 or len({_key(c) for c in amounts}) != 1:
        return None
    if any(c.role != "value" or not math.isfinite(c.high) for c in amounts):
        return None
    return amounts


def _names(word: str, label: str) -> bool:
    """A subject word names a label word when one is the other or a form of it (`apples`, `apple`), or the two
    differ by a last letter, a particle (`초등부가`, `초등부`, `초등부의`; `유료`, `유료`): short Korean nouns too."""
    if names_word(word, label):
        return True
    a, b = word.casefold(), label.casefold()
    if a.isascii() or b.isascii():
        return False
    stems_a = {a} | ({a[:-1]} if len(a) > 2 else set())
    stems_b = {b} | ({b[:-1]} if len(b) > 2 else set())
    return bool(stems_a & stems_b)


def _named_member(members: list[Claim], words: list[str], label_end: int, text: str, lang: str) -> Claim | None:
    """The one member the words name (a word that labels every member, `민원` of `교통 민원이 …, 환경 민원이 …`,
    tells none apart); the last member's label is read up to `label_end`."""
    words = [w for w in words if not _STOP[lang].fullmatch(w)][:_SUBJECT_WORDS]
    if not words:
        return None
    labels = [
        _label_words(
            member,
            members[index - 1].end if index else 0,
            members[index + 1].start if index + 1 < len(members) else label_end,
            text,
            lang,
        )
        for index, member in enumerate(members)
    ]
    telling = [w for w in words if not all(any(_names(w, label) for label in own) for own in labels)]
    named = [m for m, own in zip(members, labels) if any(_names(w, label) for w in telling for label in own)]
    if len(named) != 1:
        return None
    # (`개가 90마리, 고양이가 60마리. 새끼 개가 3분의 1이다`, `Dogs numbered 90 … Older dogs were a third`: a word
    # right before the member's name that labels no member narrows it to a group within the member, whose share it
    # is, not the member's of the whole)
    first = next(j for j, w in enumerate(words) if any(_names(w, label) for own in labels for label in own))
    if first and not any(_names(words[first - 1], label) for own in labels for label in own):
        return None
    return named[0]


def _whole_before(levels: list[Claim], members: list[Claim], part: Claim) -> Claim | None:
    """The one level of the members' unit and kind (and counter: checker/link/partners.py's `_whole_of`) stated in
    the sentences before the list, larger than each member and of no other period (restated, rounded or not: the
    headline's `5만2천명` and the lead's `5만2,400명` are one, the most precise taken); two that differ beyond their
    rounding are a tie, and a tie is none."""
    first = members[0].sentence
    fitting = [c for c in levels if c.sentence < first and _whole_of(c, part) and all(c.low > m.high for m in members)]
    if not fitting:
        return None
    if max(c.low for c in fitting) > min(c.high for c in fitting):
        return None
    return min(fitting, key=lambda c: c.high - c.low)


def link_shares_of_listed_members(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = prose_figures(claims)
    by_sentence = prose_by_sentence(claims)
    by_key: dict[tuple, list[Claim]] | None = None  # (the levels of each kind and unit, built once)
    for rate in figures:
        if rate.kind not in _SHARE_KINDS or rate.role != "share" or rate.share_part or rate.share_whole or rate.whole:
            continue
        if not 0 < rate.value < (100 if rate.kind == "percent" else 1):
            continue
        own = by_sentence.get(rate.sentence, [])
        if any(c.kind in _SHARE_KINDS and c.start < rate.start for c in own):
            continue  # (`A가 전체의 37%로 가장 많았고 B는 5분의 1`, `55.8%로 절반을 넘어`: a second share is another's)
        before = [c for c in own if c.end <= rate.start and c.kind in AMOUNTS]
        if any(c.kind == "range" and c.end <= rate.start for c in own):
            continue  # (`60∼70대가 전체의 75.7%`: a subject naming a range of members names two or more)
        if before:
            members = _list_of(before)
            if members is None:
                continue
            between = text[members[-1].end : rate.start]
            if any(ch.isdigit() for ch in between) or any(mark in between for mark in ".;:!?"):
                continue
            marks = list(_CLAUSE_MARK[lang].finditer(between))
            if not marks or len(between) - marks[-1].end() > _SUBJECT_REACH:
                continue
            mark = marks[-1]
            words = _WORD.findall(text[members[-1].end + mark.end() : rate.start])
            part = _named_member(members, words, members[-1].end + mark.start(), text, lang)
        else:
            members = _list_of(by_sentence.get(rate.sentence - 1, []))
            if members is None or any(_key(c) == _key(members[0]) for c in own):
                continue
            words = subject_words(rate, text, lang, sentence_starts)
            part = _named_member(members, words, len(text), text, lang)
        if part is None or periods_differ(rate, part):
            continue
        if _PLACE_BEFORE_NAMED_WHOLE[lang].search(text, max(0, rate.start - _SUBJECT_REACH), rate.start):
            continue  # (`… 강변동 400건으로 새터동에 전체 공무원의 42%`: a share of another noun than the members')
        if any(c.share_whole for c in members):
            continue  # (a total named in the members' own words: other rules')
        # (a total the list was linked to is not taken: an open list's whole is found by size, a guess that a
        # share must not build on; the lookup below sees every level before the list, a tie links nothing)
        if by_key is None:
            by_key = {}
            # (a figure a change is compared to is an earlier level, whatever role its sentence gave it: `지난해
            # 268개 팀보다 16.4% 늘었다`)
            compared = {c.compared_to for c in claims if c.compared_to}
            for c in figures:
                if c.role == "value" and c.kind in AMOUNTS and math.isfinite(c.high) and c.id not in compared:
                    by_key.setdefault((c.kind, c.unit), []).append(c)
        whole = _whole_before(by_key.get((part.kind, part.unit), []), members, part)
        if whole is None or _POINTING_AFTER[lang].match(text, rate.end):
            continue
        restated = [
            c
            for c in by_key[(part.kind, part.unit)]
            if c.sentence < members[0].sentence and c.low <= whole.high and whole.low <= c.high
        ]
        if list_of_a_subgroup(members[0], restated or [whole], text, lang):
            continue
        rate.share_part, rate.share_whole = part.id, whole.id
        rate.guesses = sorted(set(rate.guesses) | {"relation"})


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(mark, 0, offset) for mark in (". ", "! ", "? ", "\n")) + 1


def list_of_a_subgroup(first: Claim, wholes: list[Claim], text: str, lang: str) -> bool:
    """Whether the list whose first member is `first` is of a group within the story's total (`wholes`: it and its
    restatements): its sentence opens on a topic of its own before the first member's label
    (`[link.clause_topic_particles]`) that is either behind a pointer to the parts of a figure before
    (`[link.of_which_openers]`: `이 가운데 주차 민원은 A 294건, B 126건`) or names no word of the total's sentences
    (`설문 응답자는 남성 540명, 여성 460명` after `시 인구는 12만명이다`). A breakdown's opener
    (`[link.breakdown_marks]`: `용도별로는`) or a topic of the total's own words (`대출은 성인 회원 …` after `대출
    권수는 …`) is the total's list, and so is a pointer with no topic (`Of that, £5m came from A and £3m from B`)."""
    start = _sentence_start(text, first.start)
    if _BREAKDOWN[lang].match(text, start):
        return False
    pointer = OF_WHICH_OPENER[lang].match(text, start)
    words = _WORD.findall(text, pointer.end() if pointer else start, first.start)
    topic = [j for j, word in enumerate(words[:-1]) if _TOPIC_END[lang].search(word)]
    if not topic:
        return False
    if pointer:
        return True
    own = [w for w in words[: topic[-1] + 1] if not _STOP[lang].fullmatch(w)]
    total_words = set()
    for whole in wholes:
        found = _SENTENCE_END.search(text, whole.end)
        total_words.update(
            _WORD.findall(text, _sentence_start(text, whole.start), found.start() if found else len(text))
        )
    return not any(_names(w, t) or _opens(w, t) for w in own for t in total_words)


def _opens(word: str, other: str) -> bool:
    """One word the other with an ending of two letters or fewer (`공급`, `공급하는`; `route`, `routes`)."""
    short, long = sorted((word.casefold(), other.casefold()), key=len)
    return len(short) >= 2 and long.startswith(short) and len(long) - len(short) <= 2
