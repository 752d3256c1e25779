"""The gap between two figures stated as a comparison of size: `수도권 인구는 2600만명으로 비수도권
2550만명보다 50만명 많다`, `서울은 12억원으로 경기(6억원)보다 6억원 비싸다`.

A figure followed by a comparative adjective (`많다`, `높다`, `비싸다`; `적다`, `낮다`, `싸다`), right
after the figure it is compared with (`B보다`), states the difference of the figure before that one
(of the same unit, in the sentence) and the compared figure: A − B = ±C. It becomes a change of A
measured from B, which the difference kind checks. English states this with `more than` / `higher
than` after the gap, which the role stage reads already (`$230 more than the $1,020`). Language words
are data (`[link.gap_more]`, `[link.gap_less]`, with `[link.compared_after]`).

A figure named a gap (`Men earned $1,250, compared with $1,020 for women, a gap of $230`, `12억원, 경기는
6억원으로 격차는 6억원`, `… 1200만명으로 300만명 차이가 났다`, `a $230 gap`) is the difference of the two
figures of its unit before it in the sentence — only when there are two: the larger minus the smaller (a gap
has no sign), `[link.gap_nouns_before]`, `[link.gap_nouns_after]`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from checker.extract.lang import ByLanguage
from checker.link.bare_comparatives import restates_before
from checker.link.leaving_remainders import named_a_remainder
from checker.link.sentence_groups import prose_figures
from checker.link.subjects import said_of
from checker.link.view import ArticleView
from checker.models import Claim
from checker.regex_cache import compile_exact
from checker.regex_needs import may_match

# `50만명 많다`, `6억원이나 더 비싸다`, `3000원가량 싸다`, `54조원(8.1%) 많은`, `54조원, 8.1% 많다`, `72톤, 4분의 1
# 많은`: a rate in parentheses, or set after a comma (in percent or as a fraction), restates the gap
_GAP_AFTER = ByLanguage(
    lambda w: (
        rf"(?:\s?\([^()\n]{{1,20}}\)|,\s?(?:(?:{w.gap_rate_openers})\s?)?(?:\d[\d.,]*\s?%|{w.gap_rate_fractions}))?"
        rf"\s?(?:{w.particles_before_verb})?\s?(?:(?:{w.further_before_verb})\s?)?"
        rf"(?:(?P<more>{w.gap_more})|{w.gap_less})"
    )
)
# `2550만명보다 `, `(6억원)보다 `, `300만원에 비해 `, `8개보다 벌써 `: from the compared figure to the gap
_COMPARED_TO_GAP = ByLanguage(
    lambda w: rf"\)?\s?(?:{w.compared_after})(?:{w.topic_particles})?,?\s?(?:(?:{w.hedges}|{w.excess_adverbs})\s?)?"
)
_GAPS = ("money", "count", "measure")
# `a gap of $230`, `격차는 6억원`: a figure named the difference between the two before it
_GAP_NOUN_BEFORE = ByLanguage(lambda w: rf"(?:{w.gap_nouns_before})\s?$", re.I)
_GAP_NOUN_REACH = 24
_DIGIT = compile_exact(r"\d")
_BREAK = compile_exact(r"[,:;—–(]")  # a clause break between a pair and a bare comparative's figure
# `300만명 차이가 났다`, `6억원의 격차`, `a $230 gap`: a figure named a gap by the noun after it
_GAP_NOUN_AFTER = ByLanguage(lambda w: rf"(?:{w.gap_nouns_after})", re.I)
# `$9,000 and the grant $4,000`: two figures joined as items of one list, no comparison between them
_LISTED_WITH_AND = ByLanguage(lambda w: rf"[^\d;:]*?(?<![^\W\d_])(?:{w.and_words})(?![^\W\d_])[^\d;:]*", re.I)
_GAP_COMPARATIVE_AFTER = ByLanguage(lambda w: rf"(?:{w.gap_comparatives_after})", re.I)


# `전년 동기보다 `, `지난해에 비해 `: a comparison's mark right before a figure, the level compared with named in words
_COMPARED_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"(?:{w.compared_after})(?:{w.topic_particles})?,?\s?(?:(?:{w.hedges})\s?)?$"
)
_COMPARED_REACH = 16  # characters before a figure where the mark of its comparison stands


def is_a_stated_gap(figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure is written as a gap, a comparison's mark right before it and a comparative word right after
    it (`올해 매출은 전년 동기보다 16억 원 많다`, invented: `16억 원` is how much more, no level of the metric)."""
    return (
        _COMPARED_RIGHT_BEFORE[lang].search(text, max(0, figure.start - _COMPARED_REACH), figure.start) is not None
        and _GAP_AFTER[lang].match(text, figure.end) is not None
    )


def written_after_compared(before: Claim, figure: Claim, text: str, lang: str) -> bool:
    """Whether a figure stands right after another of its unit and the mark of a comparison with it (`8천원보다
    700원`, `B보다 C`): the size of a gap to that figure, no level."""
    return (
        before.end <= figure.start
        and before.unit == figure.unit
        and _COMPARED_TO_GAP[lang].fullmatch(text, before.end, figure.start) is not None
    )


def gap_word_after(text: str, position: int, lang: str) -> re.Match[str] | None:
    """The comparative word of a gap right after a figure (`50만명 많다`; its group `more` set when upward)."""
    return _GAP_AFTER[lang].match(text, position)


def compared_gaps(
    figures: list[Claim], text: str, lang: str, first: int
) -> Iterator[tuple[int, Claim, Claim, re.Match[str]]]:
    """Each figure from `figures[first]` on written as the gap to the figure right before it in its
    sentence (`151석보다 16석 적다`, `$2bn more than the $8bn`): its index, the gap, the figure compared
    with, and the word after the gap (its group `more` set when the gap is upward)."""
    for i in range(first, len(figures)):
        gap, compared = figures[i], figures[i - 1]
        if gap.kind not in _GAPS or gap.role != "value" or gap.change_of is not None:
            continue
        if compared.sentence != gap.sentence or compared.unit != gap.unit or compared.counter != gap.counter:
            continue
        if not _COMPARED_TO_GAP[lang].fullmatch(text, compared.end, gap.start):
            continue
        word = _GAP_AFTER[lang].match(text, gap.end)
        if word is not None:
            yield i, gap, compared, word


def link_gaps(claims: list[Claim], text: str, lang: str) -> None:
    figures = prose_figures(claims)
    for i, gap, compared, word in compared_gaps(figures, text, lang, first=2):
        value = next(
            (
                c
                for c in reversed(figures[: i - 1])
                if c.sentence == gap.sentence
                and c.role == "value"
                and c.unit == gap.unit
                and c.counter == gap.counter
                and c.change_of is None
            ),
            None,
        )
        if value is None or not said_of(value, compared, compared.start, text, lang):
            continue
        gap.role, gap.direction = "change", 1 if word.group("more") else -1
        gap.change_of, gap.compared_to = value.id, compared.id


def link_gap_nouns(claims: list[Claim], text: str, lang: str) -> None:
    if not (
        may_match(_GAP_NOUN_BEFORE[lang], text)
        or may_match(_GAP_NOUN_AFTER[lang], text)
        or may_match(_GAP_COMPARATIVE_AFTER[lang], text)
    ):
        return  # (a gap is read only beside a gap noun or a comparative)
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    for i, gap in enumerate(figures):
        if gap.kind not in _GAPS or gap.change_of is not None:
            continue
        named = bool(
            _GAP_NOUN_BEFORE[lang].search(text, max(0, gap.start - _GAP_NOUN_REACH), gap.start)
            or _GAP_NOUN_AFTER[lang].match(text, gap.end)
        )
        if not named and not (
            _GAP_COMPARATIVE_AFTER[lang].match(text, gap.end) and restates_before(text, gap.start, lang)
        ):
            continue
        first = i  # (the figures are in text order: the gap's sentence starts at `first`)
        while first and figures[first - 1].sentence == gap.sentence:
            first -= 1
        before = [c for c in figures[first:i] if c.kind == gap.kind and c.unit == gap.unit and c.counter == gap.counter]
        if len(before) > 2 and _pair_right_before(before, gap, text):
            before = before[-2:]  # `… and March's to 210,000 from 198,000, a revision of 12,000`
        if len(before) != 2 or before[0].value == before[1].value:
            continue  # which two the gap is between is not said
        if (
            named
            and _LISTED_WITH_AND[lang].fullmatch(text, before[0].end, before[1].start)
            and named_a_remainder(gap, text, lang)
        ):
            # `A brought in $9,000 and B $4,000, leaving a gap of $2,000`: what two listed parts leave of a whole, not
            # the difference of the two (`spending of $9m against income of $7m, leaving a gap` compares them)
            continue
        if not named and not _restates_the_pair(text, before[1], gap):
            continue  # `sold 312 in May and 286 in June; in July it sold 316, 30 more`: of the figure just before
        larger, smaller = sorted(before, key=lambda c: c.value, reverse=True)
        if _named(larger) and _named(smaller) and larger.metric != smaller.metric:
            continue  # `매출 10조원, 영업이익 1조원으로 격차는 …`: two figures of different things
        gap.role, gap.direction = "change", 1
        gap.change_of, gap.compared_to = larger.id, smaller.id


def _restates_the_pair(text: str, last: Claim, gap: Claim) -> bool:
    """Whether a bare comparative's figure restates the pair just before it (`against 57 the week before: 15
    fewer`): no other number stands between the pair's second figure and it, nor a clause break but the one that
    sets it after that clause (`286 in June; by July, 30 more` is a count of another clause)."""
    between = text[last.end : gap.start]
    return not _DIGIT.search(between) and len(_BREAK.findall(between)) <= 1


def _pair_right_before(before: list[Claim], gap: Claim, text: str) -> bool:
    """Whether the last two figures before a gap noun are a level and the figure it is compared with (`to
    210,000 from 198,000`), with nothing but the noun between them and the gap: then the gap is theirs, however
    many figures the sentence states before them."""
    level, compared = before[-2], before[-1]
    return (
        level.role == "value"
        and compared.role in ("baseline", "prior")
        and gap.start - compared.end <= _GAP_NOUN_REACH + 2
        and not _DIGIT.search(text, compared.end, gap.start)
    )


def link_said_gaps(claims: list[Claim], doc: ArticleView) -> None:
    """`남성은 1500만명, 여성은 1200만명으로 남성이 300만명 많았다`, `… 남성이 여성보다 300만명 많다`: a figure
    followed by a comparative adjective with no figure compared with right before it is the gap between the
    two figures of its unit before it in the sentence (both stated as values, of one metric), the larger
    minus the smaller. Not when a time or a figure stands between them (`… 전년보다 30만명 많았다` compares
    with another period)."""
    text, lang = doc.text, doc.language
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    for i, gap in enumerate(figures):
        if gap.kind not in _GAPS or gap.role != "value" or gap.change_of is not None:
            continue
        if not _GAP_AFTER[lang].match(text, gap.end):
            continue
        first = i  # (the figures are in text order: the gap's sentence starts at `first`)
        while first and figures[first - 1].sentence == gap.sentence:
            first -= 1
        before = [c for c in figures[first:i] if c.kind == gap.kind and c.unit == gap.unit and c.counter == gap.counter]
        if len(before) != 2 or before[0].value == before[1].value or any(c.role != "value" for c in before):
            continue
        if _DIGIT.search(text, before[1].end, gap.start) or _time_between(doc, before[1].end, gap.start):
            continue
        larger, smaller = sorted(before, key=lambda c: c.value, reverse=True)
        if _named(larger) and _named(smaller) and larger.metric != smaller.metric:
            continue
        gap.role, gap.direction = "change", 1
        gap.change_of, gap.compared_to = larger.id, smaller.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


# `That is $3.50 more`: a sentence that opens so continues the one before
_CONTINUES = ByLanguage(lambda w: rf"\s*(?:{w.continuations})\b")


def link_gaps_continuing(claims: list[Claim], doc: ArticleView) -> None:
    """`lifting the bill from $52.20 a month to $55.70. That is $3.50 more, an increase of 6.7%.`: a figure named
    a gap (`more`, `fewer`, `[link.gap_nouns_after]`) first of its unit in a sentence that continues the one before
    (`[link.continuations]`) is the gap of the two figures of its unit that sentence states — a level and the one it
    is compared with, the larger minus the smaller. Read before the changes are related, so that the sentence's
    rate (`an increase of 6.7%`) is not taken for a change of the gap. A guess: it spans two sentences."""
    text, lang = doc.text, doc.language
    starts = doc.segments.sentence_starts
    figures = [c for c in claims if c.role not in ("conversion", "change") and not c.furniture]
    for i, gap in enumerate(figures):
        if gap.kind not in _GAPS or gap.role != "value" or gap.sentence == 0:
            continue
        if not _GAP_NOUN_AFTER[lang].match(text, gap.end) or not _CONTINUES[lang].match(text, starts[gap.sentence]):
            continue
        same = [c for c in figures[:i] if c.unit == gap.unit and c.counter == gap.counter]
        if any(c.sentence == gap.sentence for c in same):
            continue
        before = [c for c in same if c.sentence == gap.sentence - 1]
        if len(before) != 2 or before[0].paragraph != gap.paragraph:
            continue
        level, compared = before[1], before[0]
        if level.role != "value" or compared.role not in ("baseline", "prior") or level.value == compared.value:
            continue  # not a level and the figure it moved from (`from $52.20 to $55.70`)
        gap.role, gap.direction = "change", 1 if level.value > compared.value else -1
        gap.change_of, gap.compared_to = level.id, compared.id
        gap.guesses = sorted(set(gap.guesses) | {"relation"})


def _time_between(doc: ArticleView, start: int, end: int) -> bool:
    i = bisect.bisect_left(doc.time_starts, start)
    return i < len(doc.time_starts) and doc.time_starts[i] < end


def _named(claim: Claim) -> bool:
    return bool(claim.metric) and "metric" not in claim.guesses
