"""A Korean figure per one unit and per a period both, and the total it makes over a count of the units and a span.

`구장 4면에서 이틀 동안 64경기가 치러져 한 면에서 하루 8경기씩`, `판매장 24곳은 열흘 동안 5억 원어치를 팔았다. 한
곳이 하루 200만 원꼴`, `장인 6명이 한 사람당 하루 40점씩 20일 동안 만들면 주문량(4천800점)을 채운다`: the figure
is marked as one unit's (`한 면에서`, `한 곳이`, `한 사람당`, `1인당`, `대당`: the marks checker/link/per_unit_ko.py
reads) and as one period's (`하루`, `하루 평균`, `한 달`, `날마다`: `[link.per_day_before]`, `[link.per_month_before]`,
`[link.per_week_before]`), the period's word between the mark and the figure or right before the mark (`하루에 한
사람당 한 개씩`). No total over the span alone divides it (checker/link/span_averages.py leaves it), nor one over the
units alone (checker/link/per_unit_ko.py leaves it): the total is the figure times the count of the units times the
span's periods.

The count is a count of the unit (its counter, people for a person, a counter of anything with the unit's noun after
it, the unit's noun right before it) before the mark, in the figure's sentence or the two before it in its paragraph,
else the lead's one (the title aside): the nearest sentence's one value. The span is a length of the period's unit
(`이틀 동안`, `20일 동안`, `석 달 동안`, `꼬박 30일이`, `150일이 걸리는`: `[link.pace_terms_day]` and the month's and
week's, `[link.span_days]`): in the figure's sentence, else the two before, else the one right after (`주문 물량을
채우는 데 120일이 걸리는 셈이다`), else the lead's; the nearest sentence's one length. The total is a value of the
figure's kind, unit and counter, larger, stated as no figure per unit or per period, no part, no prior: after the
figure in its sentence (`…씩 이틀 동안 모두 7천680만 원을`), else before it there, else in the two sentences before
(across a paragraph's break; a sentence stating two or more such values lists parts, passed over), else the lead's
(the order a crew's pace fills); the nearest sentence's one value, none its clause dates to a past year (`지난해 판매가
N개였는데`: that year's). A span worked out (`…일이 걸린다`, `…일 만에 끝낸다`, `…일이면 채운다`: the time the pace
fills the order in) is compared within its rounding to whole periods. A total another sentence states, naming no span,
is the span's when it is the lead's figure the title restates (the order the story is of, `바구니 N개 수출`).

A count given the figure each without a mark of one (`셔틀버스 12대가 하루 30차례씩 모두 5천 차례`, `경로당 200곳에
냉방비를 월 10만 원씩`, `공원 8곳이 주 3회씩`) is read the same way: the count right before the figure in its clause,
its particle (`[link.one_unit_subject_particles]`), at most two words, the period's word right before the figure, and
the figure given out to each (`씩`, `[link.per_unit_distributive_after]`).

The total is tied as the per-period kind reads it (`per_period_of`, `periods`, and `per_period_units`: the count it is
each of). A total the product is more than two and a half times away from, either way, is another thing's (which
figure the sentences mean, unsaid): nothing is linked. The reading spans sentences, so a mismatch there is a warning.
"""

from __future__ import annotations

import re

from checker.extract.lang import ByLanguage, link_alternations
from checker.extract.units import measure_unit
from checker.link.counter_synonyms import counters_alike
from checker.link.paces import _terms
from checker.link.per_unit_fallback import partners_taken
from checker.link.per_unit_ko import _GENERIC, _MARK, _ONE_AS_SUBJECT, _PEOPLE, _TIME_NOUN, _lead_end, _stem
from checker.link.per_unit_vetoes import dated_by_its_clause
from checker.link.sentence_groups import group_by_sentence
from checker.link.span_averages import _count
from checker.models import Claim, Span

_KINDS = ("money", "measure", "count")
_NEEDS = ("fallback_one_unit", "one_unit_subject_particles", "per_unit_distributive_after", "span_total_marks")
_GRAINS = ("day", "week", "month")
_MARK_REACH = 40  # characters before a figure where its unit's mark stands
_PERIOD_BEFORE_MARK = 8  # characters before a unit's mark where the period's word may stand (`하루에 한 사람당`)
_SENTENCES_BEFORE = 2
_FAR = 2.5  # a total the product is more than this many times away from, either way, is another thing's
_MAX_PERIODS = 400
_LEAD_FIGURES = 40  # figures a lead holds at most
_NOUN_REACH = 10  # characters before a count where the unit's noun stands (`구장 4면`)

_PERIOD_WORD = {
    grain: ByLanguage(lambda w, g=grain: rf"(?<![^\W\d_])(?:{getattr(w, f'per_{g}_before')})(?![^\W\d_])")
    for grain in _GRAINS
}
_PERIOD_RIGHT_BEFORE_MARK = {
    grain: ByLanguage(lambda w, g=grain: rf"(?<![^\W\d_])(?:{getattr(w, f'per_{g}_before')})\s?$") for grain in _GRAINS
}
# (a figure itself per a period: its period's word right before it, `하루 72경기`)
_PERIOD_RIGHT_BEFORE = ByLanguage(
    lambda w: rf"(?<![^\W\d_])(?:{w.per_day_before}|{w.per_month_before}|{w.per_week_before})\s?$"
)
_SPAN = {
    "day": ByLanguage(lambda w: rf"(?:{w.span_days})"),
    "week": ByLanguage(lambda w: rf"(?:{w.span_weeks})"),
    "month": ByLanguage(lambda w: rf"(?:{w.span_months})"),
}
# (`12대가 하루 `, `248곳에 냉방비를 월 `: a count's particle, at most two words, one period's word before a figure)
_GIVEN_JOINT = ByLanguage(
    lambda w: (
        rf"(?:{w.one_unit_subject_particles})\s+(?:[^\W\d_]+\s+){{0,2}}?"
        rf"(?P<period>(?:{w.per_day_before}|{w.per_month_before}|{w.per_week_before}))\s?"
    )
)
_DISTRIBUTIVE = ByLanguage(lambda w: rf"\s?(?:{w.per_unit_distributive_after})")
_BACK_REFERENCE = ByLanguage(lambda w: rf"(?:{w.back_reference_subjects})")
_SPAN_TOTAL = ByLanguage(lambda w: rf"(?:{w.span_total_marks})")
_WORKED_OUT = ByLanguage(lambda w: rf"(?:{w.pace_term_worked_out})")
_FILLED = ByLanguage(lambda w: rf"(?:{w.pace_term_filled})")
# `씩 돗자리를 `: the thing the pace makes, named right after it
_OBJECT_AFTER = ByLanguage(
    lambda w: rf"\s?(?:{w.per_unit_distributive_after})\s+([^\W\d_]+?)(?:{w.object_particles})(?!\w)"
)


def link_per_unit_per_period_ko(claims: list[Claim], text: str, lang: str, sentence_starts: list[int]) -> None:
    # (the reading runs where the language's data defines the marks it reads: one unit's, a count's particle, a figure
    # given out to each; nowhere else)
    words = link_alternations(lang)
    if not all(words.defines(name) for name in _NEEDS):
        return
    figures = [c for c in claims if not c.furniture and not c.table_cell and c.kind in _KINDS]
    if len(figures) < 3:
        return
    # (a figure per period another pace reads is its; a total may be another figure per unit's total as well)
    paced = {c.per_period_of for c in claims if c.per_period_of}
    taken = partners_taken(claims) | paced
    by_sentence = group_by_sentence(figures)
    lead_end = _lead_end(text)
    title_end = max(0, text.find("\n"))
    # (the lead's figures and its lengths of each period's unit, read once: a lead of more figures than a lead holds is
    # no lead, so a long one-paragraph article is not read again for each figure)
    lead = [c for c in figures if title_end <= c.start < lead_end]
    titled = {_key(c) for c in figures if c.start < title_end}
    a_lead = len(lead) <= _LEAD_FIGURES
    if not a_lead:
        lead = []
    lead_lengths = {g: _lengths(g, text, lang, title_end, lead_end, None) if a_lead else [] for g in _GRAINS}
    for figure in figures:
        if not _free(figure) or figure.id in taken or figure.start < lead_end or figure.low <= 0:
            continue
        opens = sentence_starts[figure.sentence]
        found = _marked(figure, opens, text, lang)
        if found is None:
            given = _given_to_each(figure, by_sentence.get(figure.sentence, ()), opens, text, lang)
            if given is None:
                continue
            count, grain = given
            if _tie(
                figure,
                count,
                grain,
                by_sentence,
                sentence_starts,
                text,
                lang,
                lead,
                lead_end,
                lead_lengths,
                paced,
                titled,
            ):
                taken.add(count.id)
            continue
        mark, grain = found
        noun, pre = mark.group("noun"), _stem(mark.group("pre"), lang)
        if pre is not None and (
            any(_PERIOD_WORD[g][lang].search(mark.group("pre")) for g in _GRAINS)
            or _BACK_REFERENCE[lang].match(mark.group("pre"))
        ):
            pre = None  # (`하루에 한 사람당`, `이들이 1인당`: a period's word, or the ones just counted: no subset)
        if measure_unit(noun, lang) is not None or _TIME_NOUN[lang].fullmatch(noun):
            continue  # (`㏊당 하루`, `한 해`, `한 번에`: a unit of measure or of time, no count of units)

        def around(first: int, last: int, figure: Claim = figure) -> list[Claim]:
            return [
                c
                for s in range(first, last + 1)
                for c in by_sentence.get(s, ())
                if c.paragraph == figure.paragraph and c is not figure
            ]

        count = _nearest(
            [
                c
                for c in around(figure.sentence - _SENTENCES_BEFORE, figure.sentence)
                if c.end <= mark.start() and _counts(c, noun, pre, text, lang)
            ],
            figure,
        ) or _one([c for c in lead if _counts(c, noun, pre, text, lang)])
        if count is None:
            continue
        if _tie(
            figure, count, grain, by_sentence, sentence_starts, text, lang, lead, lead_end, lead_lengths, paced, titled
        ):
            taken.add(count.id)


def _tie(
    figure: Claim,
    count: Claim,
    grain: str,
    by_sentence: dict[int, list[Claim]],
    sentence_starts: list[int],
    text: str,
    lang: str,
    lead: list[Claim],
    lead_end: int,
    lead_lengths: dict[str, list[tuple[float, Span, bool]]],
    paced: set[str | None],
    titled: set[tuple],
) -> bool:
    """Ties the total the figure, its count and the span of its period's unit make; whether it did."""
    term = _term(figure, grain, sentence_starts, text, lang, lead_end, lead_lengths[grain])
    if term is None:
        return False
    periods, span, rounded = term
    total = _total(figure, count, lead, by_sentence, text, lang)
    opens = sentence_starts[figure.sentence]
    closes = sentence_starts[figure.sentence + 1] if figure.sentence + 1 < len(sentence_starts) else len(text)
    # (the title's order: for a term in the pace's sentence or before it, `기계 세 대로 15일 동안 … 한 대가 하루
    # N개꼴`; one after it, `겨울에는 45일 동안 쉰다`, is another stretch)
    # (a total another sentence states is the span's when the span is stated; a span worked out, `…일이 걸린다`, is the
    # time the total takes to fill; the lead's figure the title states, the order the story is of, is the one a crew's
    # pace fills)
    if (
        total is not None
        and not rounded
        and total.sentence != figure.sentence
        and not _for_the_span(total, grain, sentence_starts, text, lang)
        and not (
            total.start < lead_end
            and _key(total) in titled
            and span.start < closes
            and not _makes_another(figure, text, lang)
        )
    ):
        return False
    if total is None or total.id in paced:
        return False
    product = figure.value * count.value * periods
    if not total.value / _FAR <= product <= total.value * _FAR:
        return False
    total.per_period_of, total.periods, total.periods_span = figure.id, periods, span
    total.per_period_units, total.periods_unit, total.periods_rounded = count.id, grain, rounded
    apart = not opens <= span.start < closes or len({figure.sentence, count.sentence, total.sentence}) > 1
    if apart and "relation" not in total.guesses:
        total.guesses = sorted({*total.guesses, "relation"})
    paced.add(figure.id)
    return True


def _makes_another(figure: Claim, text: str, lang: str) -> bool:
    """Whether the pace names right after it a thing it makes that the title does not name (`하루 10개씩 돗자리를`)."""
    made = _OBJECT_AFTER[lang].match(text, figure.end)
    return made is not None and made.group(1) not in text[: max(0, text.find("\n"))]


def _key(c: Claim) -> tuple:
    return (c.kind, c.unit, c.counter or "", c.value)


def _free(c: Claim) -> bool:
    return (
        c.role == "value"
        and c.per_unit_of is None
        and c.units_of is None
        and c.product_of is None
        and c.per_period_of is None
        and c.period_ratio is None
        and c.part_of is None
    )


def _marked(figure: Claim, opens: int, text: str, lang: str) -> tuple[re.Match, str] | None:
    """The figure's mark of one unit (`한 면에서 하루 `, `한 사람당 하루 `, `1인당 하루 `) and the grain of the one
    period's word between that mark's noun and the figure, or right before the mark (`하루에 한 사람당 `)."""
    window = max(opens, figure.start - _MARK_REACH)
    mark = _MARK[lang].search(text, window, figure.start) or _ONE_AS_SUBJECT[lang].search(text, window, figure.start)
    if mark is None:
        return None
    # (in the mark and its words, `한 면에서 하루 `, `하루에 한 사람당 `, or right before the mark)
    grains = {grain for grain in _GRAINS if _PERIOD_WORD[grain][lang].search(text, mark.start(), figure.start)}
    grains |= {
        grain
        for grain in _GRAINS
        if _PERIOD_RIGHT_BEFORE_MARK[grain][lang].search(
            text, max(opens, mark.start() - _PERIOD_BEFORE_MARK), mark.start()
        )
    }
    return (mark, grains.pop()) if len(grains) == 1 else None


def _given_to_each(figure: Claim, sentence: list[Claim], opens: int, text: str, lang: str) -> tuple[Claim, str] | None:
    """A count right before the figure in its clause, its particle (`12대가`, `248곳에`), a few words and one period's
    word, and the figure given out to each (`씩`): `셔틀버스 12대가 하루 30차례씩`, `경로당 248곳에 냉방비를 월 10만
    원씩`. The count and the period's grain."""
    if not _DISTRIBUTIVE[lang].match(text, figure.end):
        return None
    before = [c for c in sentence if c.end <= figure.start]
    if not before:
        return None
    count = before[-1]
    if not _free(count) or count.kind != "count" or count.value <= 1 or count.counter is None:
        return None
    joint = _GIVEN_JOINT[lang].fullmatch(text, count.end, figure.start)
    if joint is None:
        return None
    grains = [
        g for g in _GRAINS if _PERIOD_RIGHT_BEFORE_MARK[g][lang].search(text, joint.start("period"), figure.start)
    ]
    return (count, grains[0]) if len(grains) == 1 else None


def _counts(c: Claim, noun: str, pre: str | None, text: str, lang: str) -> bool:
    """A count of the unit the mark names: of its counter (people for a person), of a counter of anything with the
    unit's noun right after it (`36개 팀`), or named with the unit's noun right before it (`구장 4면`)."""
    if not _free(c) or c.kind != "count" or c.value <= 1:
        return False
    counter = c.counter or ""
    people = _PEOPLE[lang]
    if people.fullmatch(noun):
        return people.fullmatch(counter) is not None and (pre is None or pre in text[max(0, c.start - 12) : c.start])
    if counters_alike(counter, noun):
        return True
    after = c.end + text.startswith(" ", c.end)
    if _GENERIC[lang].fullmatch(counter) and text.startswith(noun, after):
        return True
    return len(noun) >= 2 and noun in text[max(0, c.start - _NOUN_REACH) : c.start]


def _term(
    figure: Claim,
    grain: str,
    sentence_starts: list[int],
    text: str,
    lang: str,
    lead_end: int,
    lead_lengths: list[tuple[float, Span, bool]],
) -> tuple[float, Span, bool] | None:
    """The one length of the period's unit the nearest sentence writes: the figure's, the two before, the one after,
    the lead's; its periods, its span, and whether it is worked out (`…일이 걸린다`)."""
    order = [figure.sentence, *range(figure.sentence - 1, figure.sentence - _SENTENCES_BEFORE - 1, -1)]
    order.append(figure.sentence + 1)
    seen: set[int] = set()
    for s in order:
        if s < 0 or s >= len(sentence_starts) or s in seen:
            continue
        seen.add(s)
        start = sentence_starts[s]
        end = sentence_starts[s + 1] if s + 1 < len(sentence_starts) else len(text)
        if start < lead_end and s != figure.sentence:
            continue  # (the lead's spans are read last, as the story's run)
        found = _lengths(grain, text, lang, start, end, figure)
        if found:
            return _one_length(found)
    return _one_length(lead_lengths) if lead_lengths else None


def _lengths(
    grain: str, text: str, lang: str, start: int, end: int, figure: Claim | None
) -> list[tuple[float, Span, bool]]:
    patterns, words = _terms(lang)
    found: list[tuple[float, Span, bool]] = []
    for m in patterns[grain].finditer(text, start, end):
        if figure is not None and m.start() < figure.end and figure.start < m.end():
            continue
        written = m.group("n").strip()
        periods = float(written) if written.isdigit() else words.get(written.lower())
        if periods is not None:
            # (`…일이 걸린다` is worked out wherever it stands; `…일 만에`, `…일이면` only in the pace's own sentence:
            # another's, `지난번 주문은 40일 만에 마쳤다`, is another job's time)
            own = figure is not None and start <= figure.start < end
            worked = bool(_WORKED_OUT[lang].search(m.group(0))) or (own and bool(_FILLED[lang].search(m.group(0))))
            found.append((float(periods), Span(start=m.start(), end=m.end()), worked))
    for m in _SPAN[grain][lang].finditer(text, start, end):
        if any(f[1].start < m.end() and m.start() < f[1].end for f in found):
            continue
        periods = _count(m.group(0), lang)
        if periods is not None:
            found.append((periods, Span(start=m.start(), end=m.end()), False))
    return [f for f in found if 1 < f[0] <= _MAX_PERIODS]


def _one_length(found: list[tuple[float, Span, bool]]) -> tuple[float, Span, bool] | None:
    return found[0] if len({f[0] for f in found}) == 1 else None


def _total(figure, count, lead, by_sentence, text, lang) -> Claim | None:
    """The total of the figure's kind the nearest place states: after it in its sentence, before it there, the two
    sentences before, the lead."""

    def fits(c: Claim) -> bool:
        return (
            c is not count
            and _free(c)
            and c.kind == figure.kind
            and c.unit == figure.unit
            and (figure.kind != "count" or counters_alike(c.counter or "", figure.counter or ""))
            and c.value > figure.value
            and not _PERIOD_RIGHT_BEFORE[lang].search(text, max(0, c.start - 12), c.start)
        )

    own = [c for c in by_sentence.get(figure.sentence, ()) if c is not figure and fits(c)]
    after = [c for c in own if c.start > figure.end]
    if after:
        return _one(after[:1])
    if own:
        return _one(own)
    for s in range(figure.sentence - 1, figure.sentence - _SENTENCES_BEFORE - 1, -1):
        # (across a paragraph's break too: `주문량은 소반 320개로 … ¶ 장인 다섯 명이 하루에 한 사람당 한 개씩`)
        # (a figure its clause dates to a past year, `지난해 판매가 N개였는데`, is that year's, no total of the pace)
        here = [c for c in by_sentence.get(s, ()) if fits(c) and not _of_a_past_year(c, text, lang)]
        if len({c.value for c in here}) == 1:
            return here[-1]
        # (two or more: a list of parts, `해주반이 120개, 나주반이 200개`, the whole they make stated before them)
    return _one([c for c in lead if fits(c)])


def _of_a_past_year(c: Claim, text: str, lang: str) -> bool:
    past = c.period is not None and c.published is not None and c.period.year < c.published.year
    return past and dated_by_its_clause(c, text, lang)


def _for_the_span(total: Claim, grain: str, sentence_starts: list[int], text: str, lang: str) -> bool:
    """A total another sentence states is the span's only when that sentence names a span of the period's unit
    (`열흘 동안`, `축제 기간`) or marks the total as the span's (`이 기간`, `그동안`): a year's total (`올해 시장 매출이
    모두 6억 원`) is no span's."""
    start = sentence_starts[total.sentence]
    end = sentence_starts[total.sentence + 1] if total.sentence + 1 < len(sentence_starts) else len(text)
    return bool(_lengths(grain, text, lang, start, end, total)) or bool(_SPAN_TOTAL[lang].search(text, start, end))


def _nearest(candidates: list[Claim], figure: Claim) -> Claim | None:
    if not candidates:
        return None
    best = max(c.sentence for c in candidates)
    return _one([c for c in candidates if c.sentence == best])


def _one(candidates: list[Claim]) -> Claim | None:
    """The candidates' one value (restated, it is one); None for none or two."""
    if not candidates or len({c.value for c in candidates}) != 1:
        return None
    return candidates[-1]
