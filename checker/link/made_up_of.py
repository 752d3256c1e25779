"""A whole, then a sentence that says what it is made of: `공모 물량은 520만대다. 내수용 390만대와 수출용 130만대로
구성된다.`, `The offering totals 5.2 million shares. It is made up of 3.9 million new shares and 1.3 million sold by
existing holders.`

The parts' sentence names no whole of its own: in Korean its figures of one unit come first (no topic before the
first, `[link.topic_particles]`) and the last is followed by a make-up verb (`[link.made_up_of_ends]`: `로 구성된다`,
`로 나뉜다`); in English it opens on a pronoun or `the total` and the make-up words (`[link.made_up_of_openers]`: `It
is made up of`, `They consist of`) right before the first figure. Every figure of the unit before the verb (Korean)
or after the opener (English) in the sentence is a part, two at least, of one kind and counter.

The whole is the one figure of the parts' unit, kind and counter in the sentence right before, a value larger than
each part (with two such, which one is made up is not said: nothing is linked). Made up of says the parts are all
of it (closed); the whole is found by position, so the link is a guess.

A Korean sum of money may also be raised from its parts (`로 마련한다`, `으로 충당했다`: the sources are all of it), and
the whole may stand in the parts' own sentence: its first figure, its clause's topic, then a conjunctive ending
(`[link.made_up_of_whole_then_list]`: `사업비는 총 60억원이며 국비 …`, `예산은 9억 원으로, 입장료 …`).

A Korean parts' sentence whose topic is the order or the goods the story is about (`주문은`, `수출 물량은`:
`[link.made_up_of_order_topics]`) makes up the figure of the parts' unit, kind and counter the lead states
(checker/link/far_wholes.py, `whole_in_the_lead`), however far back.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage
from checker.link.clause_marks import TOTAL_MARK_BEFORE
from checker.link.far_wholes import whole_in_the_lead
from checker.link.figure_kinds import AMOUNTS
from checker.link.sentence_groups import group_by_sentence, prose_figures
from checker.link.wholes import join_parts
from checker.models import Claim
from checker.regex_needs import may_match, search_between

_ENDS = ByLanguage(lambda w: rf"[^\d.;]{{0,4}}?(?:{w.made_up_of_ends})", first_tested=False)
_OPENER = ByLanguage(lambda w: rf"\s*(?:{w.made_up_of_openers})\s+[^\d.;]{{0,12}}$", re.I, first_tested=False)
_TOPIC = ByLanguage(lambda w: rf"(?:{w.topic_particles})\s", first_tested=False)
_MOST_PARTS = 8
# (`밥값은 4천200원으로, 군이 3천100원을 대고 마을이 1천100원을 낸다`: the parts' payers pay the whole between them)
_PAID_ENDS = ByLanguage(lambda w: rf"\s?(?:{w.made_up_of_paid_ends})", first_tested=False)
_CLAUSE_TOPIC = ByLanguage(lambda w: rf"(?:{w.clause_topics})\s", first_tested=False)
# a payer, its subject's particle, right before each part (`군이 3천100원을`)
# (not a classifier of a count: `학생 1명이 16만원을` counts who pays, names no payer of a share of the whole)
_PAYER_BEFORE = ByLanguage(lambda w: rf"(?<!\d)[^\W\d_](?:{w.payer_subject_particles})\s$", first_tested=False)
_PAYER_REACH = 4
_INPUT_ENDS = ByLanguage(lambda w: rf"[^\d.;]{{0,4}}?(?:{w.marked_whole_input_ends})", first_tested=False)
_ORDER_TOPIC = ByLanguage(
    lambda w: (
        rf"\s*(?:(?:{w.made_up_of_order_determiners})\s)?(?:{w.made_up_of_order_topics})(?:{w.topic_particles})\s"
    ),
    first_tested=False,
)
# a topic of one word opening the sentence (`솥은 `), its noun in the group `noun`
_NOUN_TOPIC = ByLanguage(lambda w: rf"\s*(?P<noun>[^\W\d_]{{1,8}}?)(?:{w.topic_particles})\s", first_tested=False)
_WHOLE_THEN = ByLanguage(lambda w: rf"(?:{w.made_up_of_whole_then_list})", first_tested=False)


def link_made_up_of(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if not (may_match(_WHOLE_THEN[lang], text) or may_match(_OPENER[lang], text) or may_match(_ENDS[lang], text)):
        return  # (a make-up is read only after its joint, its opener or its verb)
    figures = [c for c in claims if c.kind in AMOUNTS and c.role == "value" and not c.furniture]
    wholes = {c.part_of for c in claims if c.part_of} | {t for c in claims for t in c.tally_of}
    by_sentence = group_by_sentence(figures)
    for sentence, members in by_sentence.items():
        if sentence >= len(sentence_starts):
            continue
        own = _whole_then_list(members, text, lang, sentence_starts[sentence]) or _figure_topic_then_list(
            members, text, lang, sentence_starts[sentence]
        )
        if own is None and sentence == 0:
            continue  # (a whole in the sentence before: none before the first)
        parts = own[1] if own is not None else _parts(members, text, lang, sentence_starts[sentence])
        ordered, noun = None, None
        if parts is None and own is None:
            ordered, noun = _order_parts(members, text, lang, sentence_starts[sentence])
            parts = ordered
        if parts is None:
            continue
        key = (parts[0].unit, parts[0].kind, parts[0].counter)
        if any((c.unit, c.kind, c.counter) != key for c in parts):
            continue
        if any(c.part_of or c.id in wholes or c.tally_of for c in parts):
            continue  # read as parts or wholes of their own already
        if own is not None:
            whole = own[0]
            if whole.part_of or whole.id in wholes or (whole.unit, whole.kind, whole.counter) != key:
                continue
            if any(p.high >= whole.low for p in parts):
                continue  # (each part smaller than its whole)
            join_parts(whole, parts, wholes, closed=True)
            continue
        if ordered is not None:
            # (`주문은 긴 주걱 a개와 짧은 주걱 b개로 이뤄졌다`: the order the story is about, its figure in the lead)
            whole = whole_in_the_lead(prose_figures(claims), parts, frozenset(), text)
            if whole is not None and noun is not None and not _named_right_before(whole, noun, text):
                continue  # (`솥은 …로 나눠 보낸다`: the lead's figure of the topic's own noun, `솥 2천700개`)
            if whole is not None and whole.id not in wholes and not whole.part_of:
                join_parts(whole, parts, wholes, closed=True)
            continue
        before = [
            c
            for c in by_sentence.get(sentence - 1, [])
            if (c.unit, c.kind, c.counter) == key and c.role == "value" and not c.forecast
        ]
        larger = [c for c in before if c.low > max(p.high for p in parts)]
        if len(larger) != 1 or larger[0].part_of or larger[0].id in wholes:
            continue
        whole = larger[0]
        join_parts(whole, parts, wholes, closed=True)


def _whole_then_list(members: list[Claim], text: str, lang: str, start: int) -> tuple[Claim, list[Claim]] | None:
    """`사업비는 총 60억원이며 국비 20억원, 도비 15억원, 군비 25억원으로 마련한다`: the sentence's first figure, the
    value of its clause's topic (`[link.topic_particles]` before it, none after it), then a conjunctive ending
    (`[link.made_up_of_whole_then_list]`: `이며`, `으로,`) and the figures of its unit up to a make-up verb
    (`[link.made_up_of_ends]`): the whole and what it is made of, in one sentence."""
    whole = members[0]
    if len(members) < 3 or not _WHOLE_THEN[lang].match(text, whole.end):
        return None
    if not _TOPIC[lang].search(text, start, whole.start):
        return None
    ends = next((at for at, c in enumerate(members) if _ENDS[lang].match(text, c.end)), None)
    if ends is None and TOTAL_MARK_BEFORE[lang].search(text, max(0, whole.start - 12), whole.start):
        # (`건립비는 총 T이며 기금 a와 기부 b가 투입된다`: a whole marked as a total, then what goes into it)
        ends = next((at for at, c in enumerate(members) if _INPUT_ENDS[lang].match(text, c.end)), None)
    if ends is None:
        return _paid_between(whole, members, text, lang)
    if ends is None or ends < 2:
        return None
    parts = [c for c in members[1 : ends + 1] if c.unit == whole.unit]
    if not 2 <= len(parts) <= _MOST_PARTS or _TOPIC[lang].search(text, whole.end, parts[0].start):
        return None  # (a topic between names a whole of its own)
    return whole, parts


def _paid_between(whole: Claim, members: list[Claim], text: str, lang: str) -> tuple[Claim, list[Claim]] | None:
    """`한 끼 밥값은 4천200원으로, 군이 3천100원을 대고 마을이 1천100원을 낸다`: the payers, each its clause's
    subject, pay the whole between them (`[link.made_up_of_paid_ends]` after the last part); only a topic between
    (`[link.clause_topics]`) names a whole of its own."""
    paid = next((at for at, c in enumerate(members) if _PAID_ENDS[lang].match(text, c.end)), None)
    if paid is None or paid < 2:
        return None
    parts = [c for c in members[1 : paid + 1] if c.unit == whole.unit]
    if not 2 <= len(parts) <= _MOST_PARTS or _CLAUSE_TOPIC[lang].search(text, whole.end, parts[-1].start):
        return None
    if not all(_PAYER_BEFORE[lang].search(text, max(0, part.start - _PAYER_REACH), part.start) for part in parts):
        return None  # (`영업이익 50억원과 순이익 30억원을 냈다`: no payer of each part, no whole paid)
    return whole, parts


_OPENS = ByLanguage(lambda w: r"\s*", first_tested=False)
_TOPIC_RIGHT_AFTER = ByLanguage(lambda w: rf"(?:{w.topic_particles})\s", first_tested=False)


def _figure_topic_then_list(members: list[Claim], text: str, lang: str, start: int) -> tuple[Claim, list[Claim]] | None:
    """`30대는 4줄 파종기 18대와 6줄 파종기 12대로 구성됐다`: a figure opening its sentence as its topic (the
    figure, then `[link.topic_particles]`), then the figures of its unit up to a make-up verb
    (`[link.made_up_of_ends]`), no other topic between: the whole and what it is made of, in one sentence."""
    whole = members[0]
    if len(members) < 3 or not _OPENS[lang].fullmatch(text, start, whole.start):
        return None
    if not _TOPIC_RIGHT_AFTER[lang].match(text, whole.end):
        return None
    ends = next((at for at, c in enumerate(members) if _ENDS[lang].match(text, c.end)), None)
    if ends is None or ends < 2:
        return None
    parts = [c for c in members[1 : ends + 1] if c.unit == whole.unit]
    if not 2 <= len(parts) <= _MOST_PARTS or _TOPIC[lang].search(text, whole.end + 1, parts[0].start):
        return None  # (a topic between names a whole of its own)
    return whole, parts


def _order_parts(members: list[Claim], text: str, lang: str, start: int) -> tuple[list[Claim] | None, str | None]:
    """`주문은 긴 주걱 1천700개와 짧은 주걱 1천100개로 이뤄졌다`, `수출 물량은 … 700개로 나뉜다`: a sentence whose
    topic is the order (or the goods) the story is about (`[link.made_up_of_order_topics]`), perhaps after `이번`
    (`[link.made_up_of_order_determiners]`), then the figures of one unit up to a make-up verb, no other topic
    between. A topic of one word naming no order (`솥은 … 1천300개로 나눠 보낸다`) is given back as a noun: the whole
    is then the lead's figure of that noun (`솥 2천700개`)."""
    topic = _ORDER_TOPIC[lang].match(text, start)
    noun = None
    if topic is None:
        topic = _NOUN_TOPIC[lang].match(text, start)
        noun = topic.group("noun") if topic is not None else None
    if topic is None or not members or topic.end() > members[0].start:
        return None, None
    ends = next((at for at, c in enumerate(members) if _ENDS[lang].match(text, c.end)), None)
    if ends is None or ends < 1:
        return None, None
    parts = [c for c in members[: ends + 1] if c.unit == members[ends].unit]
    if not 2 <= len(parts) <= _MOST_PARTS:
        return None, None
    if _TOPIC[lang].search(text, topic.end(), parts[0].start):
        return None, None  # (a topic of its own between)
    return parts, noun


def _named_right_before(whole: Claim, noun: str, text: str) -> bool:
    """Whether the noun is written right before the figure (`솥 2천700개`)."""
    before = text[max(0, whole.start - len(noun) - 1) : whole.start].rstrip()
    return before.endswith(noun)


def _parts(members: list[Claim], text: str, lang: str, start: int) -> list[Claim] | None:
    """The figures the sentence says its whole is made of, or None when it says no such thing."""
    opened = next((at for at, c in enumerate(members) if search_between(_OPENER[lang], text, start, c.start)), None)
    if opened is not None:
        if opened > 0 and _OPENER[lang].search(text, start, members[opened - 1].start):
            return None
        parts = [c for c in members[opened:] if c.unit == members[opened].unit]
        return parts if 2 <= len(parts) <= _MOST_PARTS else None
    ends = next((at for at, c in enumerate(members) if _ENDS[lang].match(text, c.end)), None)
    if ends is None or ends < 1:
        return None
    parts = [c for c in members[: ends + 1] if c.unit == members[ends].unit]
    if not 2 <= len(parts) <= _MOST_PARTS or _TOPIC[lang].search(text, start, parts[0].start):
        return None  # (a topic before the first part names a whole of the sentence's own)
    return parts
