"""A Korean multiple of a base it names (`X의 N배`): the base is the figure before `의`, the value the figure it
compares with, found by where it stands.

`N배` after a figure and `의` (`지난해 회비 수입 8억원의 1.5배`, `(14면)의 약 두 배`) says that figure is the base, the
smaller one for a multiple above one. The value compared with it is, in this order:

- the figure right after the multiple that the multiple's words make its value (`예산의 10배인 30억원`, `…의 세 배에
  이르는 900톤`: `[link.multiple_value_links]`);
- else the one figure of the base's kind, unit and counter before the base in its clause (`판매량은 60톤으로 지난해
  20톤의 세 배`), never past a clause ending or a contrast;
- else, when the base stands alone of its kind in its sentence (`…의 1.5배에 가깝다.`, the sentence restating a
  figure the sentence before states), the nearest earlier sentence of the paragraph, up to two back, that states a
  figure of its kind: its one value figure (a prior, a baseline, a part, a figure per unit, a change are no value).

First, when the multiple's clause names its value and its base with nouns (`A는 B의 N배`: `A` its subject, nearest the
base, `B` before `의`), the figures those nouns each stand right before, of one kind, in the multiple's sentence
before its subject or in the two sentences before it in its paragraph (`A 창고는 N톤을, B 창고는 M톤을 보관했다. A
창고는 B의 세 배`); vetoes: a noun standing before two figures or none, figures of two kinds, a value no larger or not a
value, a base some figure is a part of.

A multiple an earlier stage paired with the figure before its `의` as the value and a figure past a clause break
after it as the base (`N톤의 네 배 수준으로, 작년(M톤)에 비해`: the later one the next clause's prior) is read
again from its base; a figure of its kind past a break after the multiple leaves its base alone in its sentence.

A multiple an earlier stage paired with the figure before its `의` as the value and, as the base, the baseline of a
comparison joined before it by a connective and a comma (`지난해 M명보다 K명 많고, 첫해 N명의 네 배다`) is read again:
the two comparisons share one subject, so its value is that comparison's value (stated before it, of the base's kind,
no subject of its own named between), else none.

Or, with no base named by `의`, the one pair of figures of one kind before the multiple in its clause (`해외 수주는 30건
으로 12건이었던 지난해의 2.5배`).

Vetoes: two multiples in one sentence; a value no larger than the base (a multiple above one); a base that is a
part or some figure's whole; two candidates at the same distance, or another value a sentence farther; a sentence
between of something else (not a part, a share or a figure per unit of the value); a value that is an item of a list
(`매출 N억원, …`); a figure right before the base in its sentence (`3개 전시(…)의`, what it counts); a subject of
the multiple's sentence (`복구 비용은`) that the value's own sentence names otherwise (`피해 비용은`); a plan or
forecast beside an outcome. Bounds (`넘게`, `가깝다`) are the multiple's own, for the check to judge.

Or, first of all, with the multiple's sentence opening on the story's order as its topic (`이번 계약 금액은 회사의
지난해 매출 58억 원의 1.4배`, `[link.standin_share_subjects]` ending as `[link.order_multiple_topic_ends]`), only
words naming the base between (no clause ending, no other subject: `[link.order_multiple_gap_ends]`), and stating no
figure but its base: the value is the order's level the lead states, in the base's currency (a deal in another
currency restated in the base's: its conversion), the one value of its kind there, within three times of the stated
multiple either way (`_multiple_of_the_order`, a guess).

Or, with a time named as the base and no figure before `의` (`작년의 네 배`, `지금의 1.5배`,
`[link.multiple_time_bases]`), the base is the one value of the value's kind in the next sentence of the paragraph,
a sentence opening with such a time (`작년 말 깔린 충전기는 60기였다`), smaller than the value: the value's clause's
figure before the multiple, or the one its words make its value after it.
"""

from __future__ import annotations

import math
import re

from checker.extract.lang import ByLanguage
from checker.link.far_wholes import lead_end
from checker.link.figure_kinds import AMOUNTS
from checker.link.per_unit_apart import opens_with_headline
from checker.link.per_unit_ko import _lead_end
from checker.link.sentence_groups import EARLIER_ROLES, prose_by_sentence, prose_figures, unfurnished_by_sentence
from checker.models import Claim
from checker.regex_cache import compile_exact

_BACK = 2  # earlier sentences of the paragraph the value of a base alone in its sentence may stand in
_ROUNDED = 1.02  # one figure restated rounded is one value
_BASE_MARK = ByLanguage(lambda w: rf"(?:{w.multiple_base_marks})")
# `작년의 세 배`, `지금의 1.5배`: a time named as a multiple's base, its figure stated in the sentence after
_TIME_BASE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?:{w.multiple_time_bases})(?:{w.multiple_base_marks})")
_TIME_OPENING = ByLanguage(lambda w: rf"\s*(?:{w.multiple_time_bases})(?![^\W\d_])")
_VALUE_LINK = ByLanguage(lambda w: rf"(?:{w.multiple_value_links})")
# `36억원을 벌어 `: a figure as the object of a verb closing its own clause; `두 배를 `: a multiple as an object
_OWN_VERB_AFTER = ByLanguage(lambda w: rf"\s?(?:{w.value_own_verb_after})")
_OBJECT = ByLanguage(lambda w: rf"\s?(?:{w.object_particles})")
_BREAK = ByLanguage(lambda w: rf"(?:{w.multiple_pair_breaks})|[,.!?\"“”]")
_MARK_REACH = 8  # characters between a base and its multiple (`)의 약 `)
_LINK_REACH = 16  # characters between a multiple and the value after it (` 수준인 `)
_NOUN_BEFORE = 12  # characters before a figure where the noun it is stated with stands (`예산 `, `운영비로 `)
_SUBJECT_REACH = 16  # characters before a value where the noun it is of stands (`지난해 판매액은 `)
# a subject or topic in the multiple's sentence before its base (`기부 모금액이`, `계약액은`, `체납액만`,
# `[link.multiple_subject_marks]`): its noun, with the word before it (`복구 비용`, another quantity than `피해 비용`)
_SUBJECT = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>(?:[^\W\d_]+\s)?[^\W\d_]+?)"
        rf"(?:{w.clause_subject_particles}|{w.clause_topic_particles}|{w.multiple_subject_marks})"
        rf"(?=\s)"
    )
)
# a subject `_SUBJECT` reads, or one said to be alike in the comparison before (`외국인도`, `외국인 수도`, `외국인
# 역시`, `[link.also_subject_marks]`): another thing than the comparison's subject
_SUBJECT_OR_ALSO = ByLanguage(
    lambda w: (
        rf"(?<![^\W\d_])(?P<noun>(?:[^\W\d_]+\s)?[^\W\d_]+?)"
        rf"(?:{w.clause_subject_particles}|{w.clause_topic_particles}|{w.multiple_subject_marks}|{w.also_subject_marks})"
        rf"(?=\s)"
    )
)
# `증가분 `, `감소 폭 `: a base that is the size of a change, right before its figure (`[link.change_size_nouns]`)
_CHANGE_SIZE_BEFORE = ByLanguage(lambda w: rf"(?:{w.change_size_nouns})\s?$")
# `많고, `: a connective ending and a comma, joining the clause before to the multiple's
_CLAUSE_JOINT = ByLanguage(lambda w: rf"(?:{w.comma_clause_joints})")
_ITEM_AFTER = compile_exact(r"\s?[,·;]")  # a figure a list goes on after
_NAME_REACH = 16  # characters before a figure where the noun naming it stands (`야간에는 시간당 평균 `)
# `A(은|는|이|가) …B의 N배`: the nouns (a word, digits too: `8월`) naming the value and the base of a multiple
_SUBJECT_WORD = ByLanguage(
    lambda w: (
        rf"(?<!\w)(?P<noun>(?:\w{{2,}}\s)?\w{{2,}}?)(?:{w.clause_subject_particles}|{w.clause_topic_particles})(?=\s)"
    )
)
_NAMED_BASE_WORD = ByLanguage(lambda w: rf"(?<!\w)(?P<noun>\w{{2,}}?)(?:{w.multiple_base_marks})")
_NAMED_BASE = ByLanguage(lambda w: rf"(?<![^\W\d_])(?P<noun>[^\W\d_]{{2,}})(?:{w.multiple_base_marks})")


def _amount(c: Claim) -> bool:
    return (
        c.kind in AMOUNTS
        and c.role in ("value", *EARLIER_ROLES)
        and c.low > 0
        and not c.per_unit_of
        and not c.units_of
        and not c.product_of
        and not c.per_period_of
    )


def _alike(a: Claim, b: Claim) -> bool:
    return (a.kind, a.unit, a.counter or "") == (b.kind, b.unit, b.counter or "")


def link_multiples_of_stated_base_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    if lang != "ko":
        return
    figures = prose_figures(claims)
    by_id = {c.id: c for c in figures}
    multiples = [
        c
        for c in figures
        if c.kind == "multiple"
        and c.role == "change"
        and (not c.compared_to or _base_read_as_value(c, by_id, text, lang, figures))
    ]
    if not multiples:
        return
    by_sentence = prose_by_sentence(claims)
    lead_end = _lead_end(text)
    nested = {i for c in claims for i in (c.part_of, c.share_whole, c.share_part) if i}
    nested.update(c.id for c in claims if c.part_of)
    for multiple in multiples:
        if multiple.value <= 1:
            continue
        sentence = by_sentence.get(multiple.sentence, ())
        if sum(1 for c in sentence if c.kind == "multiple") > 1:
            continue  # (two comparisons, each of its own pair)
        if _multiple_of_the_order(multiple, sentence, figures, claims, nested, text, lang):
            continue
        pair = _named_pair(multiple, by_sentence, sentence_starts, text, lang)
        if pair is False:
            continue  # (`8월 매출은 6억 원으로 1월(3억 원)보다 …, 8월 관광객은 1월의 세 배`: another metric, no pair)
        if pair is not None:
            if not {pair[0].id, pair[1].id} & nested:
                _link(multiple, *pair, nested, guessed=pair[0].sentence != multiple.sentence)
            continue
        anchor = by_id.get(multiple.change_of) if multiple.change_of else None
        joined = (
            _comparison_joined_before(multiple, anchor, figures, text, lang)
            if anchor is not None and multiple.compared_to
            else None
        )
        if joined is not None:
            # (`M명보다 K명 많고, N명의 네 배다`: one subject, compared twice; its value is the change's before)
            multiple.change_of = multiple.compared_to = None
            own = [c for c in sentence if _amount(c)]
            value = _value_shared(multiple, anchor, joined, by_id, own, sentence_starts[multiple.sentence], text, lang)
            if value is not None:
                _link(multiple, value, anchor, nested, guessed=value.sentence != multiple.sentence)
            continue
        if multiple.compared_to:
            # (`N톤의 네 배 수준으로, 작년(M톤)에 비해`: the figure before `의` is the base; the one after, the
            # next clause's prior, is no member of the multiple)
            multiple.change_of = multiple.compared_to = None
        own = [c for c in sentence if _amount(c)]
        if anchor is None and not multiple.change_of:
            # (`9억원의 세 배를 넘는다`: a base read as compared with, the multiple left without a value)
            anchor = _named_base_before(multiple, own, text, lang)
        if anchor is not None:
            if anchor.sentence != multiple.sentence or not _amount(anchor):
                continue
            if not _base_named(anchor, multiple, text, lang):
                continue  # (`48석으로 본관의 1.2배`: the figure before is the value, its base unnamed)
            subject = _SUBJECT[lang].search(text, anchor.end, multiple.start)
            if subject is not None and _value_after(multiple, anchor, own, text, lang) is None:
                # (`버스(90대)와 트럭(70대)이 뒤따랐고, 승용차 대여는 트럭의 두 배`: a subject named after the base's
                # figure is what the multiple measures; the value is the figure stated of it, never the one before)
                value = _value_named_by(subject, anchor, by_sentence, text)
                if value is not None:
                    _link(multiple, value, anchor, nested)
                    continue
            value = _value_after(multiple, anchor, own, text, lang)
            if value is None:
                value = _value_before(anchor, own, text, lang, multiple)
            if value is None and not any(
                c is not anchor and _alike(c, anchor) and not _past_a_break(multiple, c, text, lang) for c in own
            ):
                if any(c.sentence == anchor.sentence and 0 <= anchor.start - c.end <= _NOUN_BEFORE for c in figures):
                    continue  # (`3개 전시(2만명)의`: a figure of what the base counts, right before it; not ours)
                if any(
                    c.role == "conversion" and _alike(c, anchor) and c.end <= anchor.start and c.value > anchor.value
                    for c in unfurnished_by_sentence(claims).get(anchor.sentence, ())
                ):
                    # (`값은 40달러, 우리 돈 5만2천 원으로 국내 값 4만 원의 1.3배`: the value is stated in the base's
                    # sentence, as another figure's equivalent in the base's unit; no figure of a sentence before.
                    # An equivalent below the base is a part, no value: `…1만 달러(약 1천300만 원)를 합친 것으로`)
                    continue
                # (an equivalent of the sentence before is the value only where the multiple's sentence names no
                # subject of its own: `내년 목표는 지난해 매출 W의 세 배` is the target's, not the deal's)
                own_subject = _SUBJECT[lang].search(text, sentence_starts[anchor.sentence], anchor.start) is not None
                value = _value_in_sentences_before(
                    anchor, by_sentence, unfurnished_by_sentence(claims), not own_subject, sentence_starts, text, lang
                )
                if value is not None and value.value <= anchor.value:
                    continue  # (`심판은 40명이다. 첫 대회 선수 150명과 비교하면 네 배다`: no value above the base)
                if value is not None and value.metric and anchor.metric and value.metric != anchor.metric:
                    continue  # (`영업이익은 2천400억원 … 매출 600억원과 비교하면`: figures of two metrics)
                subject = _SUBJECT[lang].search(text, sentence_starts[anchor.sentence], anchor.start)
                if value is not None and subject is not None and not _named_before_value(subject, value, text, lang):
                    continue  # (`기부 모금액이 …의 세 배`: a subject the value stated apart is not named of)
                if value is None and not _stated_before_in_paragraph(anchor, figures):
                    value = _lead_value(anchor, claims, lead_end)
                if value is not None:
                    _link(multiple, value, anchor, nested, guessed=True)  # (a value stated apart: a guess)
                continue
            if value is not None:
                _link(multiple, value, anchor, nested)
        elif not multiple.change_of:
            pair = _pair_in_clause(multiple, own, text, lang)
            if pair is None:
                pair = _time_base_after(multiple, own, by_sentence, sentence_starts, text, lang)
            if pair is not None and not {pair[0].id, pair[1].id} & nested:
                value, base = pair if pair[0].value > pair[1].value else (pair[1], pair[0])
                _link(multiple, value, base, nested)


def _time_base_after(
    multiple: Claim, own: list[Claim], by_sentence: dict, sentence_starts: list[int], text: str, lang: str
) -> tuple[Claim, Claim] | None:
    """`수주는 90건으로 작년의 세 배다. 작년 수주는 30건이었다`: a multiple of a time it names with `의` and no figure
    (`[link.multiple_time_bases]`), its value the one figure before it in its clause or the one its words make its
    value after it (`지금의 1.5배인 60톤`); its base the one value of the value's kind the next sentence states, a
    sentence that opens with a time of the list (`지난해 수출은`, `현재 용량은`), smaller."""
    named = _TIME_BASE[lang].search(
        text, max(sentence_starts[multiple.sentence], multiple.start - _MARK_REACH - 8), multiple.start
    )
    if named is None:
        return None
    before = [c for c in own if c.end <= named.start()]
    value = None
    after = [c for c in own if c.start >= multiple.end]
    if (
        after
        and after[0].start - multiple.end <= _LINK_REACH
        and _VALUE_LINK[lang].fullmatch(text, multiple.end, after[0].start)
    ):
        value = after[0]
    elif before and not _BREAK[lang].search(text, before[-1].end, named.start()):
        value = before[-1]
    if value is None or value.role != "value" or not _amount(value):
        return None
    following = multiple.sentence + 1
    if following >= len(sentence_starts) or "\n" in text[multiple.end : sentence_starts[following]].rstrip(" "):
        return None  # (the next paragraph's sentence: another topic)
    opens = sentence_starts[following]
    if not _TIME_OPENING[lang].match(text, opens):
        return None
    alike = [c for c in by_sentence.get(following, ()) if _amount(c) and _alike(c, value)]
    if len(alike) != 1 or alike[0].role != "value" or alike[0].value >= value.value:
        return None
    # (`지금 깔린 급속 충전기는 200기다` after `충전기는 지금의 1.5배인`: a noun before the base's that the multiple's
    # sentence never names makes the base a subset; a word that only describes it, an adnominal, does not)
    named_sentence = text[sentence_starts[multiple.sentence] : opens]
    if any(word not in named_sentence and not _adnominal(word) for word in alike[0].head):
        return None
    return value, alike[0]


# a sentence opening on the story's order, deal or contract as its topic, right before the base of its multiple
# (`이번 계약 금액은 회사의 지난해 매출 58억 원의 1.4배`): the sentence's subject is the order the lead states. The
# words between name the base only: none closes a clause or names another subject (`이번 계약이 끝나면 매출은`,
# `이번 수출은 물류비가`, `[link.order_multiple_gap_ends]`)
_STANDIN = ByLanguage(
    lambda w: (
        rf"(?:(?<=[.!?]\s)|(?<=\n)|^)\s*(?P<opening>{w.standin_share_subjects})\s"
        rf"(?:(?![^\W\d_]*(?:{w.order_multiple_gap_ends})\s)[^\W\d_]+\s){{0,5}}$"
    ),
    re.I,
)
_TOPIC_END = ByLanguage(lambda w: rf"(?:{w.order_multiple_topic_ends})$")
_STANDIN_REACH = 60  # characters before a multiple's base where its sentence's opening may stand
# how far the order over the base may stand from the stated multiple (`세 배` of a share price, ×500,000: another
# subject's multiple)
_MULTIPLE_SLACK = 3.0


def _multiple_of_the_order(
    multiple: Claim,
    sentence: list[Claim],
    figures: list[Claim],
    claims: list[Claim],
    nested: set[str],
    text: str,
    lang: str,
) -> bool:
    """`… 540만 달러(약 81억 원) 규모의 계약을 맺었다 … 이번 계약 금액은 지난해 매출 58억 원의 1.4배에 이른다`: a
    multiple whose sentence opens on the story's order (`[link.standin_share_subjects]`) and states no figure but
    its base (the one right before `의 N배`) is of the order's level: the one value of the base's kind and unit the
    lead states before the multiple's sentence, past a headline (the order in another currency restated in the
    base's: its conversion), no part, change or figure per unit; two values say nothing. Found by position: a
    guess (`relation`)."""
    own = [c for c in sentence if c.kind in AMOUNTS and c is not multiple]
    if len(own) != 1 or own[0].end > multiple.start:
        return False
    base = own[0]
    if base.role not in ("value", *EARLIER_ROLES) or base.low <= 0:
        return False
    if multiple.start - base.end > _MARK_REACH or not _BASE_MARK[lang].search(text, base.end, multiple.start):
        return False
    opening = _STANDIN[lang].search(text, max(0, base.start - _STANDIN_REACH), base.start)
    if opening is None or not _TOPIC_END[lang].search(text, opening.start("opening"), opening.end("opening")):
        return False  # (`이번 계약이 끝나면`: a subject opening a clause of its own)
    headline = opens_with_headline(text)
    lead = lead_end(figures, text)
    found = [
        c
        for c in claims
        if c.sentence < min(lead, multiple.sentence)
        and not c.furniture
        and not (headline and c.paragraph == 0)
        and _alike(c, base)
        and c.role in ("value", "conversion")
        and math.isfinite(c.high)
        and not (c.part_of or c.change_of or c.per_unit_of or c.product_of or c.per_period_of)
    ]
    if not found or len({c.value for c in found}) != 1 or found[0].value <= base.value:
        return False
    if not multiple.value / _MULTIPLE_SLACK <= found[0].value / base.value <= multiple.value * _MULTIPLE_SLACK:
        return False  # (the order set against a price or a wage: the multiple is another subject's)
    _link(multiple, found[0], base, nested, guessed=True)
    return multiple.change_of == found[0].id


def _adnominal(word: str) -> bool:
    """A Hangul word whose last syllable closes on ㄴ or ㄹ (`깔린`, `있는`, `늘어날`): it describes the noun after
    it."""
    code = ord(word[-1]) - 0xAC00 if word else -1
    return 0 <= code < 11172 and code % 28 in (4, 8)


def _named_base_before(multiple: Claim, own: list[Claim], text: str, lang: str) -> Claim | None:
    """The figure right before the multiple that `의` names its base (`9억원의 세 배`), read as compared with."""
    before = [c for c in own if c.end <= multiple.start]
    if not before or before[-1].role not in EARLIER_ROLES:
        return None
    base = before[-1]
    if multiple.start - base.end > _MARK_REACH or not _BASE_MARK[lang].search(text, base.end, multiple.start):
        return None
    return base


def _base_named(anchor: Claim, multiple: Claim, text: str, lang: str) -> bool:
    """Whether `의` before the multiple names the figure it is appended to as its base: right after the figure
    (`4억원의 1.3배`), or after the noun the figure was stated with, in its sentence (`예산 N억원을 들여 … 예산의
    10배`)."""
    if multiple.start - anchor.end <= _MARK_REACH and _BASE_MARK[lang].search(text, anchor.end, multiple.start):
        return True
    named = _NAMED_BASE[lang].search(text, anchor.end, multiple.start)
    return named is not None and named.group("noun") in text[max(0, anchor.start - _NOUN_BEFORE) : anchor.start]


def _link(multiple: Claim, value: Claim, base: Claim, nested: set[str], guessed: bool = False) -> None:
    if value.value <= base.value or base.id in nested:
        return  # (a base some figure is a part of, or a part itself: a breakdown, no comparison)
    if value.part_of == base.id or base.part_of == value.id or value.forecast != base.forecast:
        return
    multiple.change_of = value.id
    multiple.compared_to = base.id
    if guessed:
        multiple.guesses = sorted(set(multiple.guesses) | {"relation"})


def _value_after(multiple: Claim, base: Claim, own: list[Claim], text: str, lang: str) -> Claim | None:
    """The figure right after the multiple that its words make the value (`…의 10배인 30억원`)."""
    after = [c for c in own if c.start >= multiple.end]
    if not after or not _alike(after[0], base) or after[0].role != "value":
        return None
    if after[0].start - multiple.end > _LINK_REACH or not _VALUE_LINK[lang].fullmatch(
        text, multiple.end, after[0].start
    ):
        return None
    return after[0]


def _value_before(base: Claim, own: list[Claim], text: str, lang: str, multiple: Claim | None = None) -> Claim | None:
    """The one figure of the base's kind before it in its clause (`60톤으로 지난해 20톤의 세 배`)."""
    before = [c for c in own if c.end <= base.start and _alike(c, base)]
    if len(before) != 1 or before[0].role != "value":
        return None
    if _BREAK[lang].search(text, before[0].end, base.start) or _SUBJECT[lang].search(text, before[0].end, base.start):
        return None  # (`…으로 공연비는 지난해 2억원의 1.5배`: a subject of its own between, another thing's multiple)
    if (
        _OWN_VERB_AFTER[lang].match(text, before[0].end)
        and multiple is not None
        and _OBJECT[lang].match(text, multiple.end)
    ):
        return None  # (`3천 상자를 팔아 지난해 900 상자의 두 배를 온라인으로 냈다`: two objects of two verbs)
    return before[0]


_GROWTH_ROLES = ("change", "prior", "baseline")


def _value_in_sentences_before(
    base: Claim,
    by_sentence: dict,
    with_equivalents: dict,
    equivalents_too: bool,
    sentence_starts: list[int],
    text: str,
    lang: str,
) -> Claim | None:
    """The nearest earlier sentence of the paragraph stating a figure of the base's kind: its one value figure, or
    the one equivalent in the base's unit of an amount written in another (`모두 60만 달러, 이날 환율로 약 8억 원이다.
    지난해 수출액 3억 원의 약 2.7배다`)."""
    for back in range(1, _BACK + 1):
        earlier = [
            c
            for c in with_equivalents.get(base.sentence - back, ())
            if c.paragraph == base.paragraph
            and (_amount(c) or (equivalents_too and c.role == "conversion" and c.kind in AMOUNTS and c.low > 0))
            and _alike(c, base)
        ]
        if not earlier:
            continue
        values = [c for c in earlier if c.role in ("value", "conversion") and not c.part_of]
        if not values:
            if all(c.part_of for c in earlier):
                continue  # (a listed breakdown: the total it is of stands before it)
            middle = by_sentence.get(base.sentence - back, ())
            if (
                all(c.role in _GROWTH_ROLES for c in earlier)
                and any(c.role == "change" and c.change_of for c in middle)
                and _SUBJECT[lang].search(text, sentence_starts[base.sentence - back], middle[0].start) is None
            ):
                # (`지난해 1천200명보다 240명 늘었다`: a growth of a level stated before it, naming no subject of its
                # own; `이 가운데 여성 근로자는 …보다 20% 늘었다` is another figure's)
                continue
            return None
        amounts = [c.value for c in values]
        if max(amounts) > min(amounts) * _ROUNDED:
            return None  # (two values as near: which one, unsaid)
        farther = [
            c
            for far in range(back + 1, _BACK + 1)
            for c in by_sentence.get(base.sentence - far, ())
            if c.paragraph == base.paragraph and _amount(c) and _alike(c, base) and c.role == "value" and not c.part_of
        ]
        if any(abs(c.value - values[-1].value) > values[-1].value * (_ROUNDED - 1) for c in farther):
            return None  # (another value of its kind a sentence farther: which one the multiple is of, unsaid)
        value = values[-1]
        if _ITEM_AFTER.match(text, value.end):
            return None  # (`매출 1200억원, 창업 이후 최대`: an item of a list, not a level its sentence states)
        between = [c for near in range(1, back) for c in by_sentence.get(base.sentence - near, ())]
        # (`지난해 1천200명보다 240명, 20% 늘었다`: the value's growth, its change and the level it is measured from)
        grown = {c.sentence for c in between if c.change_of == value.id}
        growth = {c.id for c in between if c.sentence in grown and c.role in _GROWTH_ROLES}
        if any(value.id not in (c.part_of, c.per_unit_of, c.share_whole) and c.id not in growth for c in between):
            return None  # (a sentence between of something else, `주택 30채가 탔다`: the paragraph moved on)
        return value
    return None


def _value_named_by(subject: re.Match, base: Claim, by_sentence: dict, text: str) -> Claim | None:
    """The one value of the base's kind, in the base's sentence or up to `_BACK` sentences before it in its
    paragraph, that the subject's first word names right before it (`승용차 대여는` → `승용차가 … 180건`); two such
    (`파급효과가 930억원 … 2년 전 파급효과는 700억원`): which one, not said."""
    word = subject.group("noun").split()[0]
    if len(word) < 2:
        return None
    named = [
        c
        for back in range(0, _BACK + 1)
        for c in by_sentence.get(base.sentence - back, ())
        if c.paragraph == base.paragraph
        and c.start < base.start
        and _amount(c)
        and _alike(c, base)
        and c.role == "value"
        and word in text[max(0, c.start - _SUBJECT_REACH) : c.start]
    ]
    return named[0] if len(named) == 1 else None


def _named_before_value(subject: re.Match, value: Claim, text: str, lang: str) -> bool:
    """Whether the noun the multiple's sentence names as its subject (`기부 모금액이`) stands right before the value
    stated apart, or no subject of its own does there (`판매액은 5억원`, `피해 비용은 80억원`: another quantity)."""
    window = text[max(0, value.start - _SUBJECT_REACH) : value.start]
    if subject.group("noun") in window:
        return True
    return _SUBJECT[lang].search(window) is None  # (the value's own sentence names no subject of its own)


def _stated_before_in_paragraph(base: Claim, figures: list[Claim]) -> bool:
    """Whether the base's paragraph states a figure of its kind before it (not one per unit): the lead's is not the
    one compared then."""
    return any(
        c.paragraph == base.paragraph and c.start < base.start and _amount(c) and _alike(c, base) for c in figures
    )


def _lead_value(base: Claim, claims: list[Claim], lead_end: int) -> Claim | None:
    """The lead's one figure of the base's kind (a headline's deal, restated in another currency or not), when the
    base stands after the lead: the subject the article is about, set against an earlier one."""
    if base.start < lead_end:
        return None
    lead = [
        c
        for c in claims
        if c.start < lead_end
        and not c.furniture
        and c.kind in AMOUNTS
        and _alike(c, base)
        and c.role in ("value", "conversion")
        and not c.per_unit_of
        and not c.part_of
    ]
    # (the title's figure restated in the lead is one)
    amounts = [c.value for c in lead]
    if not lead or max(amounts) > min(amounts) * _ROUNDED:
        return None
    if any(c.role == "value" and c.part_of for c in claims if c.start < lead_end and _alike(c, base)):
        return None
    return lead[-1]


def _pair_in_clause(multiple: Claim, own: list[Claim], text: str, lang: str) -> tuple[Claim, Claim] | None:
    """The one pair of figures of one kind before the multiple in its clause, nothing of that kind after it."""
    before = [c for c in own if c.end <= multiple.start]
    if not before:
        return None
    opens = 0
    for c in before:
        if _BREAK[lang].search(text, c.end, multiple.start):
            opens = c.end
    clause = [c for c in before if c.start >= opens]
    if len(clause) != 2 or not _alike(*clause):
        return None
    if any(_alike(c, clause[0]) for c in own if c.start >= multiple.end):
        return None
    if clause[0].role in EARLIER_ROLES and clause[1].role in EARLIER_ROLES:
        return None
    return clause[0], clause[1]


def _named_pair(
    multiple: Claim, by_sentence: dict, sentence_starts: list[int], text: str, lang: str
) -> tuple[Claim, Claim] | None | bool:
    """The value and base a multiple's clause names with nouns, each stated with its figure before it: `A(은|이) B의
    N배` with `A` right before one figure and `B` right before another of its kind (`A는 N건, B는 M건. A는 B의 네
    배`), in the multiple's sentence or the two before it in its paragraph."""
    opens = sentence_starts[multiple.sentence]
    for brk in _BREAK[lang].finditer(text, opens, multiple.start):
        opens = brk.end()
    clause = text[opens : multiple.start]
    base_mark = _NAMED_BASE_WORD[lang].search(clause)
    if base_mark is None:
        return None
    subjects = list(_SUBJECT_WORD[lang].finditer(clause[: base_mark.start()]))
    if not subjects:
        return None
    subject = subjects[-1]  # (the multiple's own subject, nearest its base: `…70대에 그쳐 야간 통행이`)
    window = [
        c
        for back in range(_BACK, -1, -1)
        for c in by_sentence.get(multiple.sentence - back, ())
        if c.paragraph == multiple.paragraph and c.end <= opens + subject.start() and _amount(c)
    ]
    value = next((c for c in (_named_figure(word, window, text) for word in subject.group("noun").split()) if c), None)
    base = _named_figure(base_mark.group("noun"), window, text)
    if value is None or base is None or value is base or not _alike(value, base):
        return None
    if value.role != "value" or value.value <= base.value:
        return None
    if _metric_named_apart(subject.group("noun").split(), value, window, text, lang):
        return False
    return value, base


def _metric_named_apart(subject: list[str], value: Claim, window: list[Claim], text: str, lang: str) -> bool:
    """The multiple's subject's head is a word the value's own words lack (`8월 관광객은`) and the value's own
    subject's head one the multiple's lacks (`8월 매출은 6억 원`): two metrics, the multiple of neither figure."""
    at = window.index(value)
    opens = max(
        value.start - _NAME_REACH, window[at - 1].end if at and window[at - 1].sentence == value.sentence else 0
    )
    words = text[opens : value.start]
    if subject[-1] in words:
        return False  # (the subject's head, `토요일이` of `그쳐 토요일이`, stated of the value)
    # (the value's own subject, the last before it: `8월 매출은`, not `기종별로는` before `관리기가`)
    own = [m.group("noun").split()[-1] for m in _SUBJECT_WORD[lang].finditer(text, opens, value.start)][-1:]
    return any(not any(w.startswith(s) or s.startswith(w) for s in subject) for w in own)


def _named_figure(name: str, window: list[Claim], text: str) -> Claim | None:
    """The one figure of the window whose own words before it (its clause since the figure before) open with the
    name (`야간에는 시간당 평균 40대`, `화물선(12척)`); None when none or the name stands before two."""
    named = []
    for i, c in enumerate(window):
        opens = max(c.start - _NAME_REACH, window[i - 1].end if i and window[i - 1].sentence == c.sentence else 0)
        words = text[opens : c.start]
        at = words.rfind(name)
        if at >= 0 and (at == 0 or not words[at - 1].isalnum()):
            named.append(c)
    return named[0] if len(named) == 1 else None


def _base_read_as_value(multiple: Claim, by_id: dict, text: str, lang: str, figures: list[Claim]) -> bool:
    """Whether an earlier stage read a multiple's base as its value: the figure it is of stands right before it with
    `의` (`N톤의 네 배`) and the figure set against it stands after it, past a clause break (`…규모로, 지난해(M명)
    보다`): the later figure is the next clause's prior; or before it, the figure another comparison of the clause
    before is measured from (`M명보다 K명 많고, N명의 네 배`)."""
    value, base = by_id.get(multiple.change_of), by_id.get(multiple.compared_to)
    if value is None or base is None or value.sentence != multiple.sentence:
        return False
    if multiple.start - value.end > _MARK_REACH or not _BASE_MARK[lang].search(text, value.end, multiple.start):
        return False
    if base.start < multiple.end:
        return _comparison_joined_before(multiple, value, figures, text, lang) is not None
    return _past_a_break(multiple, base, text, lang)


def _comparison_joined_before(multiple: Claim, base: Claim, figures: list[Claim], text: str, lang: str) -> Claim | None:
    """`312명이 왔다. 지난해 260명보다 52명 많고, 첫해 39명의 8배다`: the change of the clause joined before the
    multiple's base by a connective and a comma (`[link.comma_clause_joints]`), measured from a figure of its own: the
    figure before `의` is the multiple's base, that change's baseline no member of the multiple."""
    before = [c for c in figures if c.sentence == multiple.sentence and c.end <= base.start]
    if not before:
        return None
    other = before[-1]
    # (a comparison an earlier stage found no level for, `해설사는 40명보다 20명 많고`, leaves its figure a value: its
    # baseline right before it, read as the multiple's base, says the same)
    compared = other.role == "change" and other.compared_to
    unplaced = (
        other.role == "value"
        and len(before) > 1
        and before[-2].role in EARLIER_ROLES
        and before[-2].id == multiple.compared_to
    )
    if not (compared or unplaced):
        return None
    if not _CLAUSE_JOINT[lang].search(text, other.end, base.start):
        return None
    return other


def _value_shared(
    multiple: Claim, base: Claim, other: Claim, by_id: dict, own: list[Claim], sentence_start: int, text: str, lang: str
) -> Claim | None:
    """The value of the comparison joined before the multiple, when the two share one subject: a value of the base's
    kind stated before that comparison, larger than the base, with no subject of its own named in the comparison's
    sentence before it or between it and the base (`운영비는 지난해 …보다 K원 많고`, `…많고, 자원봉사자는 첫해 N명의`:
    another thing's figures)."""
    value = by_id.get(other.change_of) if other.change_of else None
    if value is None or not _amount(value) or not _alike(value, base) or value.start >= other.start:
        return None
    if value.sentence == multiple.sentence and value not in own:
        return None
    if _SUBJECT_OR_ALSO[lang].search(text, max(value.end, sentence_start), base.start) is not None:
        return None
    if _CHANGE_SIZE_BEFORE[lang].search(text, max(sentence_start, base.start - _NOUN_BEFORE), base.start):
        return None  # (`…명 늘었고, 재작년 증가분 N명의 세 배`: a multiple of the change, no value of the level's)
    return value


def _past_a_break(multiple: Claim, c: Claim, text: str, lang: str) -> bool:
    """Whether a figure after a multiple stands past a clause break or a comma (another clause's)."""
    return c.start >= multiple.end and _BREAK[lang].search(text, multiple.end, c.start) is not None
