"""Parts said to be of a whole stated before them (issue 11).

`Revenue rose 9% to T. … Cloud sales accounted for A of the total and devices for B.`, `매출은 T원이다. … 전체
매출 가운데 반도체가 A원, 가전이 B원을 차지했다`: a sentence that names the whole without restating it (`of the total`,
`전체 매출 가운데`) and states two figures or more of one unit lists parts of that whole. The whole is the nearest
figure of the unit stated as a level in the three sentences before, of the parts' metric and period where the
words say them, and larger than each part (or, when no such figure is in reach, the nearest smaller than one part by a
slip: checker/link/wholes.py). Figures smaller than a part on the way back are other facts of the story (a profit before
a breakdown of revenue). The list may leave parts out (open), and the whole is found by position: a guess.

A sentence that opens by naming the whole as a figure was named before (`가사카드 가운데 신용카드가 A원, 체크카드가
B원이었다` after `가사카드 승인액은 T원`; `Of personal-card spending, credit cards took A and debit cards B` after
`Personal-card spending was T`): the name before `[link.whole_named_after_name]` (`가운데`) or after
`[link.whole_named_before_name]` (`Of`) and a comma. Its whole is the latest figure of the parts' unit in the three
sentences before whose clause (from the figure before it in its sentence) holds the name, larger than each part: found
by name, so no figure between counts; for a list told of no earlier time, past a figure its clause tells of one
(`3년 전 집계로는 둥지가 N개`: `[link.named_whole_earlier_time]`), and then none
told of a past year (`지난해 … N개`: `[link.named_whole_past_year]`).
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.figure_kinds import AMOUNTS
from checker.link.keys_differ import metrics_differ, periods_differ
from checker.link.opening_wholes import whole_opening_a_part
from checker.link.segment import sentence_end
from checker.link.sentence_groups import group_by_sentence
from checker.link.totals import is_a_pool
from checker.link.wholes import join_parts, misstated_whole
from checker.models import Claim
from checker.regex_cache import compile_exact

_WHOLE_NAMED = ByLanguage(lambda w: rf"(?:{w.stated_whole_refs})", re.I)
# `about 30 cents in every dollar raised`: a part of each unit of the whole, no part of it
_UNIT_RATE_AFTER = ByLanguage(lambda w: rf"(?:{w.unit_rate_after})", re.I)
# `Spending was T, of which A went on …, Z% of the total`: the sentence states the whole its parts are of
_OWN_WHOLE_AFTER = ByLanguage(
    lambda w: rf"[^\d.;]{{0,30}}?(?:\b(?:{w.parts_follow})\b|(?:{w.parts_follow_spaced})\s)", re.I
)
NAME_OPENS = ByLanguage(
    lambda w: (
        rf"\s*(?:(?P<ko>[^\s\d,.;:()]{{2,12}})\s?(?:{w.whole_named_after_name})"
        rf"|(?:{w.whole_named_before_name})\s+(?:(?:{w.definite_articles})\s+)?(?P<en>[^\d,.;:()]{{2,40}}?),)\s"
    ),
    re.I,
    first_tested=False,
)
# `관객은 성인 A명과 어린이 B명이다`: a sentence whose topic names a whole stated before (`관객이 T명으로`), then lists
# its parts up to the copula that closes the sentence, with no topic of its own between them.
_TOPIC_OPENS = ByLanguage(lambda w: rf"\s*(?P<ko>[^\s\d,.;:()]{{2,12}}?)(?:{w.topic_particles})\s", first_tested=False)
# (`예산은 인건비 A원, 운영비 B원으로 짜였다`: a verb saying the topic is made up of the figures closes the list as a
# copula does, `[link.list_composed_of_after]`)
_LIST_CLOSES = ByLanguage(lambda w: rf"\s?(?:{w.list_closing_copulas}|{w.list_composed_of_after})(?=[.\s]|$)")
_REST_LAST = ByLanguage(lambda w: rf"(?:{w.rest_labels})", re.I)
_TOPIC_BETWEEN = ByLanguage(lambda w: rf"[^\W\d_](?:{w.clause_topics})\s")
# How far back the whole may be stated.
_SENTENCES_BACK = 3
_TOPIC_SENTENCES_BACK = 8
_SENTENCE_END = compile_exact(r"[.!?]\s|\n")  # (a figure's clause starts no earlier than its sentence)
_MOST_PARTS = 8

_EARLIER = ByLanguage(lambda w: rf"(?:{w.named_whole_earlier_time})", re.I)
_PAST_YEAR = ByLanguage(lambda w: rf"(?:{w.named_whole_past_year})", re.I)  # (`지난해 … N개`: where such a walk stops)


def link_parts_of_stated_whole(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    figures = [
        c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture and c.compared_to is None
    ]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    changes = [c for c in claims if c.role == "change"]
    named = _WHOLE_NAMED[lang]
    for sentence, members in by_sentence.items():
        if sentence >= len(sentence_starts) or len(members) < 2:
            continue
        start = sentence_starts[sentence]
        end = sentence_end(sentence_starts, sentence, len(text))
        by_name = NAME_OPENS[lang].match(text, start)
        by_topic = None if by_name is not None else _topic_of_a_list(members, text, lang, start)
        if by_name is None and by_topic is None and named.search(text, start, end) is None:
            continue
        members = [c for c in members if not _UNIT_RATE_AFTER[lang].match(text, c.end)]
        if len(members) < 2 or any(
            _OWN_WHOLE_AFTER[lang].match(text, c.end, n.start) for c, n in zip(members, members[1:])
        ):
            continue  # a part of each unit of the whole is no part; a sentence stating its own whole lists its parts
        if len({c.unit for c in members}) != 1 or len({c.counter for c in members if c.counter}) > 1:
            continue  # figures of two units: the sentence lists more than parts
        parts = members
        if len(parts) > _MOST_PARTS or any(c.part_of or c.id in wholes or c.tally_of for c in parts):
            continue  # read as parts or wholes of their own already
        if any(is_a_pool(one, text, lang, other) for one, other in zip(parts, parts[1:])) or whole_opening_a_part(
            parts[0], text, lang
        ):
            continue  # `전체 1,200대 중 480대`, `Of the 45 shops, 27 …`: the whole it names and a subset, no two parts
        # (a list told of no earlier time names no whole told of one: `3년 전 집계로는 둥지가 N개였다`)
        earlier = (
            (_EARLIER[lang], _PAST_YEAR[lang]) if _EARLIER[lang].search(text, start, parts[-1].end) is None else None
        )
        if by_name is not None:
            whole = _whole_named(
                figures, parts, by_name.group("ko") or by_name.group("en"), text, wholes, earlier=earlier
            )
        elif by_topic is not None:
            # (the topic names its whole as the subject of a figure stated before, often in the lead: further back)
            whole = _whole_named(figures, parts, by_topic, text, wholes, _TOPIC_SENTENCES_BACK, earlier)
        else:
            whole = _stated_whole(figures, parts, wholes, changes)
        if whole is None:
            continue
        join_parts(whole, parts, wholes, closed=False)


def _topic_of_a_list(members: list[Claim], text: str, lang: str, start: int) -> str | None:
    """The topic a sentence opens with (`관객은`), when the sentence lists its figures right after it up to the copula
    that closes it, no other topic between them (`매출은 A원, 영업이익은 B원이다` lists two facts, no parts)."""
    opened = _TOPIC_OPENS[lang].match(text, start)
    if opened is None or opened.end() > members[0].start or not _LIST_CLOSES[lang].match(text, members[-1].end):
        return None
    between = _TOPIC_BETWEEN[lang]
    if any(between.search(text, one.end, other.start) for one, other in zip(members, members[1:])):
        return None
    if _REST_LAST[lang].search(text, members[-2].end, members[-1].start):
        return None  # `…, 기타 지역 c명이었다`: a list ending in the rest is complete (checker/link/lists_with_rest.py)
    return opened.group("ko")


def _stated_whole(
    figures: list[Claim], parts: list[Claim], wholes: set[str], changes: list[Claim] = ()
) -> Claim | None:
    """The nearest figure of the parts' unit in the sentences before, larger than each part, and the one such of its
    sentence (`changes`: the article's changes; a figure a change stands between is the level's earlier figure, no
    rival of the level)."""
    first = parts[0]
    before = [
        c
        for c in figures
        if first.sentence - _SENTENCES_BACK <= c.sentence < first.sentence
        and c.unit == first.unit
        and _counters_agree(c, parts)
    ]
    slip = None
    for candidate in reversed(before):
        if candidate.part_of or candidate.id in wholes:
            continue  # a part of another list, or the whole of one
        if any(metrics_differ(candidate, p) or periods_differ(candidate, p) for p in parts):
            continue
        if all(candidate.low > p.high for p in parts):
            rivals = [
                other
                for other in before
                if other is not candidate
                and other.sentence == candidate.sentence
                and not (other.part_of or other.id in wholes or other.per_unit_of)
                and all(other.low > p.high for p in parts)
            ]
            if any(other.start < candidate.start and _change_between(changes, other, candidate) for other in rivals):
                continue  # (`approved $9m, up 4% from $8.6m`: the figure a level's change is measured from)
            if any(not _change_between(changes, candidate, other) for other in rivals if other.start > candidate.start):
                # (`The county pays $90,000 and the state a further $60,000. The town gave $40,000 of the total …`:
                # a sentence listing two figures that could each hold the parts is a list of its own; which one, if
                # either, is the total the parts are named of is not said)
                return None
            if any(other.start < candidate.start for other in rivals):
                return None
            return candidate
        if slip is None and misstated_whole(candidate, parts):
            slip = candidate
    # A whole smaller than a part is read as misstated only when no figure in reach holds every part: a sub-period's
    # figure nearer the parts (`third-quarter sales were T`) is not the whole of parts of the story's period.
    return slip


def _change_between(changes: list[Claim], first: Claim, second: Claim) -> bool:
    """Whether a change of the figures' sentence stands between the two (`$9m, up 4% from $8.6m`)."""
    return any(c.sentence == first.sentence and first.end <= c.start and c.end <= second.start for c in changes)


def _whole_named(
    figures: list[Claim],
    parts: list[Claim],
    name: str,
    text: str,
    wholes: set[str],
    back: int = _SENTENCES_BACK,
    earlier: tuple[re.Pattern[str], re.Pattern[str]] | None = None,
) -> Claim | None:
    first = parts[0]
    names = re.compile(rf"(?<!\w){re.escape(name.strip())}", re.I)
    passed = False  # (past a figure told of an earlier time)
    for position in range(len(figures) - 1, -1, -1):
        candidate = figures[position]
        if candidate.sentence >= first.sentence or first.sentence - candidate.sentence > back:
            continue
        before = figures[position - 1] if position else None
        clause_start = before.end if before is not None and before.sentence == candidate.sentence else 0
        window = max(clause_start, candidate.start - 80)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, window, candidate.start)]
        if not names.search(text, ends[-1] if ends else window, candidate.start):
            continue
        if earlier is not None and earlier[0].search(text, ends[-1] if ends else window, candidate.start):
            passed = True
            continue  # (an earlier time's figure of the name: this time's is further back, or unsaid)
        if passed and earlier is not None and earlier[1].search(text, ends[-1] if ends else window, candidate.start):
            return None  # (`지난해 … N개` further back: another past year's figure, not this time's either)
        if candidate.unit != first.unit or not _counters_agree(candidate, parts) or candidate.id in wholes:
            return None  # the name's figure is of another unit, or broken down already
        return candidate if all(candidate.low > p.high for p in parts) else None
    return None


def _counters_agree(whole: Claim, parts: list[Claim]) -> bool:
    """A bare part (`5.1 million of the total`) counts what its whole counts; a named counter must be the whole's."""
    return not whole.counter or all(not p.counter or p.counter == whole.counter for p in parts)
